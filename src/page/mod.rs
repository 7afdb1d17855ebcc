//! A complete, accessible HTML error page in the negotiated locale (feature `html`).
//!
//! The page leads with what a visitor needs (a plain sentence about what happened and what to
//! do, a button to try again when the error may pass by itself, a way home) and keeps the code,
//! the request id and the technical description in a small block below. Every catalog string
//! is escaped by the template engine (minijinja, with HTML auto-escaping), never by hand. The
//! page needs no external assets or scripts, sets `lang` and `dir`, follows the visitor's light
//! or dark preference, keeps the English wire phrase isolated (`<bdi lang="en" dir="ltr">`)
//! inside right-to-left text, and fits a 390 px wide phone.

#[cfg(feature = "tower")]
mod prerender;

use core::fmt;
use std::sync::LazyLock;
use std::time::Duration;

use minijinja::{AutoEscape, Environment};
use serde::Serialize;

use crate::catalog::keys::{self, Key, Message};
use crate::catalog::locale::Locale;
use crate::describe::Description;

#[cfg(feature = "tower")]
use self::prerender::Slot;
#[cfg(feature = "tower")]
pub(crate) use self::prerender::{Prerendered, SlotValues};

const TEMPLATE: &str = include_str!("error.html");

static BUILT_IN: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut env = crate::markup::environment();
    env.add_template("error.html", TEMPLATE).expect("the built-in error page template parses");
    env
});

/// An HTML error page for one described status.
///
/// # Example
///
/// ```
/// use std::time::Duration;
/// use http_status_catalog::page::ErrorPage;
/// use http_status_catalog::{Catalog, StatusCode};
///
/// let locale = Catalog::global().negotiate_accept_language("ar, en;q=0.5");
/// let html = ErrorPage::new(locale.describe(StatusCode::NotFound)).render();
/// assert!(html.starts_with("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">"));
///
/// let en = Catalog::global().root();
/// let page = ErrorPage::new(en.describe(StatusCode::ServiceUnavailable))
///     .request_id("req-7f3a")
///     .retry_after(Duration::from_secs(120));
/// let html = page.render();
/// assert!(html.contains("<h1>The site can&#x27;t handle your request right now.</h1>"));
/// assert!(html.contains("You can try again in 2 min."));
/// assert!(html.contains("<code dir=\"ltr\">req-7f3a</code>"));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct ErrorPage<'a> {
    description: Description<'a>,
    home_href: &'a str,
    request_id: Option<&'a str>,
    retry_after: Option<Duration>,
    allowed_methods: Option<&'a str>,
    original_uri: Option<&'a str>,
}

impl<'a> ErrorPage<'a> {
    /// A page for `description`, linking home to `/`.
    pub fn new(description: Description<'a>) -> ErrorPage<'a> {
        ErrorPage {
            description,
            home_href: "/",
            request_id: None,
            retry_after: None,
            allowed_methods: None,
            original_uri: None,
        }
    }

    /// Where the home link points (escaped like everything else).
    pub fn home_href(mut self, href: &'a str) -> ErrorPage<'a> {
        self.home_href = href;
        self
    }

    /// The request's identifier, shown in the technical block so that a visitor can quote it
    /// to support staff.
    pub fn request_id(mut self, id: &'a str) -> ErrorPage<'a> {
        self.request_id = Some(id);
        self
    }

    /// When the visitor may try again (a response's `Retry-After`): the page says so in the
    /// visitor's language, in seconds, minutes or hours.
    pub fn retry_after(mut self, after: Duration) -> ErrorPage<'a> {
        self.retry_after = Some(after);
        self
    }

    /// The methods the page accepts (a response's `Allow`), shown in the technical block.
    pub fn allowed_methods(mut self, methods: &'a str) -> ErrorPage<'a> {
        self.allowed_methods = Some(methods);
        self
    }

    /// The address the visitor asked for (path and query, as a reverse proxy reports it in
    /// `X-Original-URI`), shown in the technical block. It is shown as given, escaped: cap
    /// and clean it first when it comes from a request.
    ///
    /// ```
    /// use http_status_catalog::page::ErrorPage;
    /// use http_status_catalog::{Catalog, StatusCode};
    ///
    /// let d = Catalog::global().root().describe(StatusCode::NotFound);
    /// let html = ErrorPage::new(d).original_uri("/search?q=<b>").render();
    /// let shown = "<dt>Requested address</dt><dd><code dir=\"ltr\">/search?q=&lt;b&gt;</code>";
    /// assert!(html.contains(shown));
    /// ```
    pub fn original_uri(mut self, uri: &'a str) -> ErrorPage<'a> {
        self.original_uri = Some(uri);
        self
    }

    /// The values a template sees: see [`PageContext`].
    pub fn context(&self) -> PageContext<'a> {
        let d = &self.description;
        let locale = d.locale();
        PageContext {
            lang: locale.to_string(),
            dir: locale.direction().as_str(),
            code: d.code(),
            title: d.title(),
            description: d.description(),
            visitor_text: d.visitor_text(),
            visitor_action: d.visitor_action(),
            retryable: d.is_retryable(),
            retry_after: self.retry_after.map(|after| retry_text(locale, after)),
            phrase: d.phrase(),
            registered: d.is_registered(),
            class: d.class().as_str(),
            class_title: d.class_title(),
            status_label: locale.message(Message::PageStatusLabel),
            home_href: self.home_href,
            home_label: locale.message(Message::PageHomeLink),
            try_again: locale.message(Message::PageTryAgain),
            technical_details: locale.message(Message::PageTechnicalDetails),
            request_id: self.request_id,
            request_id_label: locale.message(Message::PageRequestId),
            allowed_methods: self.allowed_methods,
            allowed_methods_label: locale.message(Message::PageAllowedMethods),
            original_uri: self.original_uri,
            original_uri_label: locale.message(Message::PageOriginalUri),
        }
    }

    /// The built-in page rendered ahead of time, with slots for the request id, the retry
    /// sentence, the allowed methods and the original URI.
    #[cfg(feature = "tower")]
    pub(crate) fn prerender(&self) -> Prerendered {
        let mut context = self.context();
        let sentinel = |slot: Slot| slot.sentinel().to_string();
        context.retry_after = Some(sentinel(Slot::RetryAfter));
        let request_id = sentinel(Slot::RequestId);
        let allowed = sentinel(Slot::AllowedMethods);
        context.request_id = Some(&request_id);
        context.allowed_methods = Some(&allowed);
        let original = sentinel(Slot::OriginalUri);
        context.original_uri = Some(&original);
        let marked = Marked { page: context, markers: true };
        let rendered = BUILT_IN
            .get_template("error.html")
            .and_then(|t| t.render(minijinja::value::Serde(marked)))
            .expect("the built-in error page template renders");
        Prerendered::parse(&rendered)
    }

    /// Renders the built-in page.
    pub fn render(&self) -> String {
        // The built-in template with plain strings fails only if the template itself is
        // broken, which the tests of every locale would show.
        BUILT_IN
            .get_template("error.html")
            .and_then(|t| t.render(minijinja::value::Serde(self.context())))
            .expect("the built-in error page template renders")
    }

    /// Renders a template of your own (minijinja syntax, HTML auto-escaping on) with the values
    /// of [`context`](ErrorPage::context), and `extra` (any serde value, for your brand's
    /// name, links and the like) as the variable `extra`.
    ///
    /// # Errors
    ///
    /// [`TemplateError`] when the template does not parse or fails to render.
    ///
    /// ```
    /// use http_status_catalog::page::ErrorPage;
    /// use http_status_catalog::{Catalog, StatusCode};
    ///
    /// let d = Catalog::global().negotiate_tag("ru").describe(StatusCode::Gone);
    /// let brand = serde_json::json!({ "name": "Acme <Shop>" });
    /// let html = ErrorPage::new(d)
    ///     .render_with("<h1 lang={{ lang }}>{{ title }}</h1><p>{{ extra.name }}</p>", &brand)?;
    /// assert_eq!(html, "<h1 lang=ru>Удалено</h1><p>Acme &lt;Shop&gt;</p>");
    /// # Ok::<(), http_status_catalog::page::TemplateError>(())
    /// ```
    pub fn render_with(
        &self,
        template: &str,
        extra: &impl Serialize,
    ) -> Result<String, TemplateError> {
        let mut env = crate::markup::environment();
        env.set_auto_escape_callback(|_| AutoEscape::Html);
        env.add_template("page", template).map_err(TemplateError)?;
        let page = minijinja::Value::from(minijinja::value::Serde(self.context()));
        let ctx = minijinja::context! { extra => minijinja::value::Serde(extra), ..page };
        env.get_template("page").and_then(|t| t.render(ctx)).map_err(TemplateError)
    }
}

/// "You can try again in 2 min.": the locale's sentence for the largest unit that keeps the
/// number readable, rounded up.
pub(crate) fn retry_text(locale: Locale<'_>, after: Duration) -> String {
    let seconds = after.as_secs() + u64::from(after.subsec_nanos() > 0);
    let (message, count) = match seconds {
        0..120 => (Message::PageRetrySeconds, seconds),
        120..7200 => (Message::PageRetryMinutes, seconds.div_ceil(60)),
        _ => (Message::PageRetryHours, seconds.div_ceil(3600)),
    };
    let mut out = String::new();
    // Writing into a String cannot fail.
    let _ = keys::fill(&mut out, locale.text(Key::Message(message)), &[(keys::COUNT, &count)]);
    out
}

/// What an error page template sees, as plain data: each field is a template variable of the
/// same name.
///
/// ```
/// use http_status_catalog::page::ErrorPage;
/// use http_status_catalog::{Catalog, StatusCode};
///
/// let d = Catalog::global().negotiate_tag("ar").describe(StatusCode::ServiceUnavailable);
/// let context = ErrorPage::new(d).request_id("req-7").context();
/// assert_eq!((context.lang.as_str(), context.dir, context.code), ("ar", "rtl", 503));
/// assert!(context.retryable);
/// assert_eq!(context.request_id, Some("req-7"));
/// ```
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct PageContext<'a> {
    /// The locale's tag, e.g. `ar`.
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// The numeric code.
    pub code: u16,
    /// The localized title, e.g. "Не найдено".
    pub title: &'a str,
    /// The localized technical description.
    pub description: &'a str,
    /// What to tell a visitor (client and server errors), e.g. "We couldn't find the page you
    /// were looking for."
    pub visitor_text: Option<&'a str>,
    /// The action to suggest to a visitor (client and server errors).
    pub visitor_action: Option<&'a str>,
    /// Whether the error may pass by itself, so that the page offers to try again.
    pub retryable: bool,
    /// When the visitor may try again, as a sentence, when the response said so.
    pub retry_after: Option<String>,
    /// The English wire phrase, or none for an unregistered code.
    pub phrase: Option<&'static str>,
    /// Whether the code is registered.
    pub registered: bool,
    /// The class, e.g. `4xx`.
    pub class: &'static str,
    /// The class's localized name.
    pub class_title: &'a str,
    /// The localized label of the status in the technical block.
    pub status_label: &'a str,
    /// Where the home link points.
    pub home_href: &'a str,
    /// The home link's localized text.
    pub home_label: &'a str,
    /// The localized text of the button that loads the page again.
    pub try_again: &'a str,
    /// The localized heading of the technical block.
    pub technical_details: &'a str,
    /// The request's identifier, when known.
    pub request_id: Option<&'a str>,
    /// The localized label of the request id.
    pub request_id_label: &'a str,
    /// The methods the page accepts, when the response said so.
    pub allowed_methods: Option<&'a str>,
    /// The localized label of the allowed methods.
    pub allowed_methods_label: &'a str,
    /// The address the visitor asked for, as a reverse proxy reported it, when known.
    pub original_uri: Option<&'a str>,
    /// The localized label of the original address.
    pub original_uri_label: &'a str,
}

/// The built-in template's values when rendering ahead: the page's, and `markers` on.
#[cfg(feature = "tower")]
#[derive(Serialize)]
struct Marked<'a> {
    #[serde(flatten)]
    page: PageContext<'a>,
    markers: bool,
}

/// A caller's template that failed to parse or render.
#[derive(Debug)]
pub struct TemplateError(minijinja::Error);

impl TemplateError {
    #[cfg(feature = "tower")]
    pub(crate) fn new(error: minijinja::Error) -> TemplateError {
        TemplateError(error)
    }
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error page template: {}", self.0)
    }
}

impl std::error::Error for TemplateError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::retry_text;
    use crate::catalog::Catalog;

    #[test]
    #[cfg(feature = "tower")]
    fn a_page_rendered_ahead_is_the_page_rendered_whole() {
        use super::{ErrorPage, SlotValues};
        use crate::status::StatusCode;

        let catalog = Catalog::global();
        let hostile = "<script>\"'&";
        for locale in catalog.locales() {
            for &status in StatusCode::ALL.iter().filter(|s| s.is_error()) {
                let page = ErrorPage::new(locale.describe(status)).home_href("/home?a=1&b=2");
                let ahead = page.prerender();
                let retry = retry_text(locale, Duration::from_secs(90));
                for (request_id, retry_after, allowed, original) in [
                    (None, None, None, None),
                    (Some(hostile), Some(retry.as_str()), Some("GET, HEAD"), Some(hostile)),
                    (Some("id-1"), None, None, None),
                    (None, Some(retry.as_str()), None, None),
                    (None, None, Some(hostile), None),
                    (None, None, None, Some("/a?b=<c>&d")),
                ] {
                    let mut whole = page;
                    if let Some(id) = request_id {
                        whole = whole.request_id(id);
                    }
                    if retry_after.is_some() {
                        whole = whole.retry_after(Duration::from_secs(90));
                    }
                    if let Some(methods) = allowed {
                        whole = whole.allowed_methods(methods);
                    }
                    if let Some(uri) = original {
                        whole = whole.original_uri(uri);
                    }
                    let values = SlotValues {
                        retry_after,
                        request_id,
                        allowed_methods: allowed,
                        original_uri: original,
                    };
                    assert_eq!(ahead.render(values), whole.render(), "{locale} {status:?}");
                }
            }
        }
    }

    #[test]
    fn retry_times_take_the_largest_readable_unit() {
        let en = Catalog::global().root();
        let said = |s: u64| retry_text(en, Duration::from_secs(s));
        assert_eq!(said(0), "You can try again in 0 s.");
        assert_eq!(said(45), "You can try again in 45 s.");
        assert_eq!(said(119), "You can try again in 119 s.");
        assert_eq!(said(120), "You can try again in 2 min.");
        assert_eq!(said(121), "You can try again in 3 min.");
        assert_eq!(said(7199), "You can try again in 120 min.");
        assert_eq!(said(7200), "You can try again in 2 h.");
        assert_eq!(said(86_400), "You can try again in 24 h.");
        assert_eq!(retry_text(en, Duration::from_millis(1500)), "You can try again in 2 s.");
    }
}
