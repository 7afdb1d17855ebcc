//! The layer's configuration, shared by its services.

use http::header::{HeaderName, HeaderValue};
use minijinja::{AutoEscape, Environment};
use serde::Serialize;

use super::language::LanguageSource;
use super::prepared::Prepared;
use crate::catalog::locale::Locale;
use crate::catalog::Catalog;
use crate::page::{ErrorPage, TemplateError};

#[derive(Clone, Debug)]
pub(crate) struct Config {
    pub(crate) catalog: &'static Catalog,
    pub(crate) sources: Vec<LanguageSource>,
    pub(crate) default: Locale<'static>,
    pub(crate) pseudo_locales: bool,
    pub(crate) request_id_header: HeaderName,
    /// The request header that carries the address a reverse proxy was asked for.
    pub(crate) original_uri_header: Option<HeaderName>,
    pub(crate) home_href: String,
    pub(crate) template: Option<CustomTemplate>,
    /// The request headers a localized response depends on.
    pub(crate) vary: Vary,
    /// What is rendered once, when the layer is configured.
    pub(crate) prepared: Prepared,
}

/// The request headers a localized response depends on, as names and as one header value.
#[derive(Clone, Debug)]
pub(crate) struct Vary {
    pub(crate) names: Vec<HeaderName>,
    /// `accept, accept-language` and so on: the value when the response has no `Vary` yet.
    pub(crate) value: HeaderValue,
}

impl Vary {
    pub(crate) fn new(names: Vec<HeaderName>) -> Vary {
        let joined: Vec<&str> = names.iter().map(HeaderName::as_str).collect();
        let value = HeaderValue::from_str(&joined.join(", "))
            .expect("header names joined by commas are a valid value");
        Vary { names, value }
    }
}

impl Config {
    /// Renders ahead what the configuration decides: called by every builder method that
    /// changes the catalog, the home link or the template.
    pub(crate) fn prepare(&mut self) {
        self.prepared = Prepared::new(self.catalog, &self.home_href, self.template.is_none());
    }
}

/// A caller's template, parsed once.
#[derive(Clone, Debug)]
pub(crate) struct CustomTemplate {
    env: Environment<'static>,
    extra: minijinja::Value,
}

impl CustomTemplate {
    pub(crate) fn new(
        template: &str,
        extra: &impl Serialize,
    ) -> Result<CustomTemplate, TemplateError> {
        let mut env = crate::markup::environment();
        env.set_auto_escape_callback(|_| AutoEscape::Html);
        env.add_template_owned("page", template.to_string()).map_err(TemplateError::new)?;
        let extra = minijinja::Value::from(minijinja::value::Serde(extra));
        Ok(CustomTemplate { env, extra })
    }

    pub(crate) fn render(&self, page: &ErrorPage<'_>) -> Result<String, TemplateError> {
        let values = minijinja::Value::from(minijinja::value::Serde(page.context()));
        let ctx = minijinja::context! { extra => self.extra.clone(), ..values };
        self.env.get_template("page").and_then(|t| t.render(ctx)).map_err(TemplateError::new)
    }
}
