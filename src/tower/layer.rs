//! The layer's configuration: a builder of small, named methods, cheap to clone.

use std::sync::Arc;
use std::time::Duration;

use http::header::{HeaderName, ACCEPT, ACCEPT_LANGUAGE, COOKIE};
use serde::Serialize;
use tower_layer::Layer;

use super::config::{Config, CustomTemplate, Vary};
use super::language::LanguageSource;
use super::prepared::Prepared;
use super::service::ErrorPagesService;
use crate::catalog::locale::Locale;
use crate::catalog::Catalog;
use crate::page::{ErrorPage, TemplateError};
use crate::status::StatusCode;

/// A tower layer that gives empty error responses a localized body: an HTML page, RFC 9457
/// problem details or plain text, by the request's `Accept` header, in the language the
/// request asks for. See the [module documentation](super) for an example.
///
/// Making one renders the page and the problem details of every registered error code in every
/// locale of its catalog once (a few milliseconds, about 5 MB for the 30 shipped locales), so
/// that a response only fills in its request id, retry time and allowed methods; clones share
/// them.
///
/// Configure it with the builder methods; the defaults are the safe choice: the language from
/// the `lang` query parameter, else `Accept-Language`, else English; the request id from
/// `x-request-id`; the home link to `/`; no pseudo-locales.
#[derive(Clone, Debug)]
pub struct ErrorPages {
    config: Arc<Config>,
}

impl Default for ErrorPages {
    fn default() -> Self {
        ErrorPages::new()
    }
}

impl ErrorPages {
    /// The layer with the default configuration.
    pub fn new() -> ErrorPages {
        let catalog = Catalog::global();
        let sources = vec![LanguageSource::query("lang"), LanguageSource::AcceptLanguage];
        let mut config = Config {
            catalog,
            vary: vary(&sources),
            sources,
            default: catalog.root(),
            pseudo_locales: false,
            request_id_header: HeaderName::from_static("x-request-id"),
            original_uri_header: None,
            home_href: "/".to_string(),
            template: None,
            prepared: Prepared::default(),
        };
        config.prepare();
        ErrorPages { config: Arc::new(config) }
    }

    fn config(&mut self) -> &mut Config {
        Arc::make_mut(&mut self.config)
    }

    /// The catalog to describe codes from (default: [`Catalog::global`]). A catalog built
    /// with pseudo-locales serves them once [`pseudo_locales`](ErrorPages::pseudo_locales) is
    /// on.
    pub fn catalog(mut self, catalog: &'static Catalog) -> ErrorPages {
        let config = self.config();
        config.catalog = catalog;
        config.default = catalog.root();
        config.prepare();
        self
    }

    /// Where to look for the visitor's language, in order; the first source that names a
    /// language of the catalog wins, and the chain ends at the
    /// [default](ErrorPages::default_language).
    ///
    /// ```
    /// use http_status_catalog::tower::{ErrorPages, LanguageSource};
    ///
    /// let layer = ErrorPages::new().languages([
    ///     LanguageSource::query("lang"),
    ///     LanguageSource::cookie("lang"),
    ///     LanguageSource::PathPrefix,
    ///     LanguageSource::AcceptLanguage,
    /// ]);
    /// # let _ = layer;
    /// ```
    pub fn languages(mut self, sources: impl IntoIterator<Item = LanguageSource>) -> ErrorPages {
        let config = self.config();
        config.sources = sources.into_iter().collect();
        config.vary = vary(&config.sources);
        self
    }

    /// The language when no source names one (default: the catalog's root, English). Give a
    /// locale of the layer's catalog.
    ///
    /// ```
    /// use http_status_catalog::tower::ErrorPages;
    /// use http_status_catalog::Catalog;
    ///
    /// let layer = ErrorPages::new().default_language(Catalog::global().negotiate_tag("de"));
    /// # let _ = layer;
    /// ```
    pub fn default_language(mut self, locale: Locale<'static>) -> ErrorPages {
        self.config().default = locale;
        self
    }

    /// Whether pseudo-locales (`en-XA`, `ar-XB`) may be served when the catalog has them and a
    /// request asks for one by its exact tag (default: no).
    pub fn pseudo_locales(mut self, yes: bool) -> ErrorPages {
        self.config().pseudo_locales = yes;
        self
    }

    /// The header that carries a request id, read from the request, else from the response
    /// (default: `x-request-id`). The id appears in the page and the problem details.
    pub fn request_id_header(mut self, name: HeaderName) -> ErrorPages {
        self.config().request_id_header = name;
        self
    }

    /// The request header that carries the address the visitor asked for, when this service
    /// answers errors for a reverse proxy (default: none). ingress-nginx sends it as
    /// `X-Original-URI`. The address (capped at 2048 bytes, control characters removed) appears
    /// in the page's technical block and the plain text, and is the `instance` of problem
    /// details when it is a valid URI reference.
    ///
    /// ```
    /// use http::header::HeaderName;
    /// use http_status_catalog::tower::ErrorPages;
    ///
    /// let layer =
    ///     ErrorPages::new().original_uri_header(HeaderName::from_static("x-original-uri"));
    /// # let _ = layer;
    /// ```
    pub fn original_uri_header(mut self, name: HeaderName) -> ErrorPages {
        self.config().original_uri_header = Some(name);
        self
    }

    /// Where the page's home link points (default: `/`).
    pub fn home_href(mut self, href: impl Into<String>) -> ErrorPages {
        let config = self.config();
        config.home_href = href.into();
        config.prepare();
        self
    }

    /// A template of your own for the HTML page (minijinja syntax, HTML auto-escaping on),
    /// which sees the values of [`PageContext`](crate::page::PageContext) and `extra` (any
    /// serde value: your brand's name, links, colours) as the variable `extra`.
    ///
    /// # Errors
    ///
    /// [`TemplateError`] when the template does not parse, or fails to render one of the
    /// pages it is tried on here: every error code (the unregistered 499 and 599 too) in the
    /// default locale, with and without a request id, a retry time, allowed methods and an
    /// original address, and a page in every locale. A template that passes them renders every
    /// page it will be given unless it fails on a value alone (`{{ 1 / 0 }}`-like); should it
    /// fail then, that response gets the built-in page.
    pub fn template(
        mut self,
        template: &str,
        extra: &impl Serialize,
    ) -> Result<ErrorPages, TemplateError> {
        let custom = CustomTemplate::new(template, extra)?;
        try_template(&custom, self.config.catalog, self.config.default)?;
        let config = self.config();
        config.template = Some(custom);
        config.prepare();
        Ok(self)
    }
}

impl<S> Layer<S> for ErrorPages {
    type Service = ErrorPagesService<S>;

    fn layer(&self, inner: S) -> ErrorPagesService<S> {
        ErrorPagesService::new(inner, Arc::clone(&self.config))
    }
}

/// Renders the pages that [`ErrorPages::template`] promises to try.
fn try_template(
    custom: &CustomTemplate,
    catalog: &Catalog,
    locale: Locale<'_>,
) -> Result<(), TemplateError> {
    let codes = StatusCode::ALL.iter().filter(|s| s.is_error()).map(|s| s.as_u16());
    for code in codes.chain([499, 599]) {
        let Ok(d) = locale.describe_code(code) else { continue };
        custom.render(&ErrorPage::new(d))?;
        let full = ErrorPage::new(d)
            .request_id("4bf92f3577b34da6")
            .retry_after(Duration::from_secs(120))
            .allowed_methods("GET, HEAD")
            .original_uri("/a/b?c=d");
        custom.render(&full)?;
    }
    for locale in catalog.locales() {
        custom.render(&ErrorPage::new(locale.describe(StatusCode::ServiceUnavailable)))?;
    }
    Ok(())
}

/// The request headers a response depends on, given where the language comes from.
fn vary(sources: &[LanguageSource]) -> Vary {
    let mut names = vec![ACCEPT, ACCEPT_LANGUAGE];
    if sources.iter().any(|s| matches!(s, LanguageSource::Cookie(_))) {
        names.push(COOKIE);
    }
    Vary::new(names)
}
