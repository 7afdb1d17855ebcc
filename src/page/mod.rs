//! A complete, accessible HTML error page in the negotiated locale (feature `html`).
//!
//! Every catalog string is escaped by the template engine (minijinja, with HTML
//! auto-escaping), never by hand. The page needs no external assets, sets `lang` and `dir`, and
//! keeps the English wire phrase isolated (`<bdi lang="en" dir="ltr">`) inside right-to-left
//! text.

use core::fmt;
use std::sync::LazyLock;

use minijinja::{AutoEscape, Environment};
use serde::Serialize;

use crate::catalog::keys::Message;
use crate::describe::Description;

const TEMPLATE: &str = include_str!("error.html");

static BUILT_IN: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut env = Environment::new();
    env.add_template("error.html", TEMPLATE).expect("the built-in error page template parses");
    env
});

/// An HTML error page for one described status.
///
/// # Example
///
/// ```
/// use http_status_catalog::page::ErrorPage;
/// use http_status_catalog::{Catalog, StatusCode};
///
/// let locale = Catalog::global().negotiate_accept_language("ar, en;q=0.5");
/// let html = ErrorPage::new(locale.describe(StatusCode::NotFound)).render();
/// assert!(html.starts_with("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">"));
/// assert!(html.contains("<title>404 غير موجود</title>"));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct ErrorPage<'a> {
    description: Description<'a>,
    home_href: &'a str,
}

impl<'a> ErrorPage<'a> {
    /// A page for `description`, linking home to `/`.
    pub fn new(description: Description<'a>) -> ErrorPage<'a> {
        ErrorPage { description, home_href: "/" }
    }

    /// Where the home link points (escaped like everything else).
    pub fn home_href(mut self, href: &'a str) -> ErrorPage<'a> {
        self.home_href = href;
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
            phrase: d.phrase(),
            registered: d.is_registered(),
            class: d.class().as_str(),
            class_title: d.class_title(),
            status_label: locale.message(Message::PageStatusLabel),
            home_href: self.home_href,
            home_label: locale.message(Message::PageHomeLink),
        }
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
    /// of [`context`](ErrorPage::context).
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
    /// let html = ErrorPage::new(d).render_with("<h1 lang={{ lang }}>{{ title }}</h1>")?;
    /// assert_eq!(html, "<h1 lang=ru>Удалено</h1>");
    /// # Ok::<(), http_status_catalog::page::TemplateError>(())
    /// ```
    pub fn render_with(&self, template: &str) -> Result<String, TemplateError> {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|_| AutoEscape::Html);
        env.add_template("page", template).map_err(TemplateError)?;
        env.get_template("page")
            .and_then(|t| t.render(minijinja::value::Serde(self.context())))
            .map_err(TemplateError)
    }
}

/// What an error page template sees, as plain data: each field is a template variable of the
/// same name.
#[derive(Clone, Debug, Serialize)]
#[non_exhaustive]
pub struct PageContext<'a> {
    /// The locale's tag, e.g. `ar`.
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// The numeric code.
    pub code: u16,
    /// The localized title.
    pub title: &'a str,
    /// The localized description.
    pub description: &'a str,
    /// The English wire phrase, or none for an unregistered code.
    pub phrase: Option<&'static str>,
    /// Whether the code is registered.
    pub registered: bool,
    /// The class, e.g. `4xx`.
    pub class: &'static str,
    /// The class's localized name.
    pub class_title: &'a str,
    /// The localized label before the code and phrase.
    pub status_label: &'a str,
    /// Where the home link points.
    pub home_href: &'a str,
    /// The home link's localized text.
    pub home_label: &'a str,
}

/// A caller's template that failed to parse or render.
#[derive(Debug)]
pub struct TemplateError(minijinja::Error);

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
