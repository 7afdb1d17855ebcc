//! What the layer renders once, when it is configured, so that a response only fills in its
//! own values: each locale's `Content-Language`, and for each locale and registered error code
//! the page and the problem details up to their per-response members.

use http::HeaderValue;

use crate::catalog::Catalog;
use crate::page::{ErrorPage, Prerendered};
use crate::problem::ProblemDetails;
use crate::status::{StatusCode, STATUS_COUNT};

#[derive(Clone, Debug, Default)]
pub(crate) struct Prepared {
    /// `Content-Language` of each locale, in catalog order.
    pub(crate) languages: Vec<HeaderValue>,
    /// By locale position and status ordinal: the built-in page, for error codes, unless a
    /// template of the caller's replaces it.
    pages: Vec<Option<Prerendered>>,
    /// By locale position and status ordinal: the problem details' JSON without its closing
    /// brace, for error codes.
    problems: Vec<Option<Box<str>>>,
}

impl Prepared {
    pub(crate) fn new(catalog: &Catalog, home_href: &str, pages: bool) -> Prepared {
        let mut prepared = Prepared::default();
        for locale in catalog.locales() {
            let tag = HeaderValue::from_str(&locale.to_string())
                .expect("a language tag is a valid header value");
            prepared.languages.push(tag);
            for &status in StatusCode::ALL {
                let d = locale.describe(status);
                let error = status.is_error();
                prepared.pages.push(
                    (error && pages).then(|| ErrorPage::new(d).home_href(home_href).prerender()),
                );
                prepared.problems.push(error.then(|| {
                    let mut json = serde_json::to_string(&ProblemDetails::new(d))
                        .expect("problem details always serialize");
                    json.pop();
                    json.into_boxed_str()
                }));
            }
        }
        prepared
    }

    pub(crate) fn page(&self, locale: usize, status: StatusCode) -> Option<&Prerendered> {
        self.pages.get(locale * STATUS_COUNT + status.index())?.as_ref()
    }

    pub(crate) fn problem(&self, locale: usize, status: StatusCode) -> Option<&str> {
        self.problems.get(locale * STATUS_COUNT + status.index())?.as_deref()
    }
}
