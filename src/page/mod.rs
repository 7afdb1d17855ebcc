//! A complete, accessible HTML error page in the negotiated locale (feature `html`).
//!
//! Every catalog string is escaped by the template engine (minijinja, with HTML
//! auto-escaping), never by hand. The page needs no external assets, sets `lang` and `dir`, and
//! keeps the English wire phrase isolated (`<bdi lang="en" dir="ltr">`) inside right-to-left
//! text.

use core::fmt;
use std::sync::LazyLock;

use minijinja::{context, AutoEscape, Environment, Value};

use crate::catalog::keys::Message;
use crate::locale::Description;

const TEMPLATE: &str = include_str!("error.html");

static BUILT_IN: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut env = Environment::new();
    // The built-in template is part of the crate and tested on every locale.
    let _ = env.add_template("error.html", TEMPLATE);
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

    /// The values a template sees:
    ///
    /// | name | value |
    /// | --- | --- |
    /// | `lang`, `dir` | the locale's tag and direction (`ltr` or `rtl`) |
    /// | `code` | the number |
    /// | `title`, `description` | the localized title and description |
    /// | `phrase` | the English wire phrase, or none for an unregistered code |
    /// | `registered` | whether the code is registered |
    /// | `class`, `class_title` | `4xx` and its localized name |
    /// | `status_label` | the localized label before the code and phrase |
    /// | `home_href`, `home_label` | the home link and its localized text |
    pub fn context(&self) -> Value {
        let d = &self.description;
        let locale = d.locale_handle();
        context! {
            lang => d.locale().to_string(),
            dir => locale.direction().as_str(),
            code => d.code(),
            title => d.title().to_string(),
            description => d.description().to_string(),
            phrase => d.phrase(),
            registered => d.is_registered(),
            class => d.class().as_str(),
            class_title => d.class_title().to_string(),
            status_label => locale.message(Message::PageStatusLabel).to_string(),
            home_href => self.home_href.to_string(),
            home_label => locale.message(Message::PageHomeLink).to_string(),
        }
    }

    /// Renders the built-in page.
    pub fn render(&self) -> String {
        match BUILT_IN.get_template("error.html").and_then(|t| t.render(self.context())) {
            Ok(page) => page,
            // Unreachable with the tested built-in template; never panic on a request path.
            Err(_) => format!("<!doctype html><title>{}</title>", self.description.code()),
        }
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
        env.get_template("page").and_then(|t| t.render(self.context())).map_err(TemplateError)
    }
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
