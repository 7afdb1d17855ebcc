//! Where the layer finds a visitor's language: a chain of sources, tried in order.

use http::header::{HeaderMap, ACCEPT_LANGUAGE, COOKIE};
use http::Uri;

use crate::catalog::locale::Locale;
use crate::catalog::Catalog;

/// A place to look for the visitor's language, one step of the chain set with
/// [`ErrorPages::languages`](super::ErrorPages::languages).
///
/// A step that finds nothing usable (absent, given twice, not a language tag, or a language
/// the catalog does not have) passes to the next; the chain ends at the default language.
///
/// ```
/// use http_status_catalog::tower::{ErrorPages, LanguageSource};
///
/// // `/ru/orders/42` in Russian; else `?hl=de`; else the `lang` cookie; else the header.
/// let pages = ErrorPages::new().languages([
///     LanguageSource::PathPrefix,
///     LanguageSource::query("hl"),
///     LanguageSource::cookie("lang"),
///     LanguageSource::AcceptLanguage,
/// ]);
/// # let _ = pages;
/// assert_eq!(LanguageSource::query("hl"), LanguageSource::Query("hl".to_string()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum LanguageSource {
    /// A query parameter, e.g. `?lang=ru`.
    Query(String),
    /// A cookie, e.g. `lang=ru`. Responses then vary by `Cookie` too.
    Cookie(String),
    /// The first segment of the path, e.g. `/ru/orders/42`.
    PathPrefix,
    /// The `Accept-Language` header, honouring q-values.
    AcceptLanguage,
}

impl LanguageSource {
    /// The query parameter `name`.
    pub fn query(name: impl Into<String>) -> LanguageSource {
        LanguageSource::Query(name.into())
    }

    /// The cookie `name`.
    pub fn cookie(name: impl Into<String>) -> LanguageSource {
        LanguageSource::Cookie(name.into())
    }
}

/// The most bytes of a query string or of `Cookie` headers read.
const MAX_BYTES: usize = 8192;

/// The first source in `sources` that names a language of `catalog`.
pub(crate) fn choose<'c>(
    sources: &[LanguageSource],
    catalog: &'c Catalog,
    pseudo_locales: bool,
    uri: &Uri,
    headers: &HeaderMap,
) -> Option<Locale<'c>> {
    let usable = |locale: Locale<'c>| (pseudo_locales || !locale.is_pseudo()).then_some(locale);
    sources.iter().find_map(|source| match source {
        LanguageSource::Query(name) => {
            let query = uri.query().filter(|q| q.len() <= MAX_BYTES)?;
            let value = single(
                form_urlencoded::parse(query.as_bytes()).filter(|(k, _)| k == name).map(|(_, v)| v),
            )?;
            catalog.best_match_tag(&value).and_then(usable)
        }
        LanguageSource::Cookie(name) => {
            let values = headers.get_all(COOKIE).iter().filter_map(|v| v.to_str().ok());
            let pairs = values
                .scan(0, |read, v| {
                    *read += v.len();
                    (*read <= MAX_BYTES).then_some(v)
                })
                .flat_map(|v| v.split(';'))
                .filter_map(|pair| pair.trim().split_once('='))
                .filter(|(k, _)| k.trim() == name)
                .map(|(_, v)| v.trim().trim_matches('"'));
            let value = single(pairs)?;
            catalog.best_match_tag(value).and_then(usable)
        }
        LanguageSource::PathPrefix => {
            let first = uri.path().trim_start_matches('/').split('/').next()?;
            catalog.best_match_tag(first).and_then(usable)
        }
        LanguageSource::AcceptLanguage => {
            let mut values =
                headers.get_all(ACCEPT_LANGUAGE).iter().filter_map(|v| v.to_str().ok());
            let first = values.next()?;
            // Several headers are one list (RFC 9110, Section 5.3); the usual single one is
            // read in place.
            let rest: Vec<&str> = values.collect();
            if rest.is_empty() {
                return catalog.best_match_accept_language(first).and_then(usable);
            }
            let mut joined = String::from(crate::sanitize::truncate(first, MAX_BYTES));
            for value in rest {
                if joined.len() > MAX_BYTES {
                    break;
                }
                joined.push(',');
                joined.push_str(crate::sanitize::truncate(value, MAX_BYTES));
            }
            catalog.best_match_accept_language(&joined).and_then(usable)
        }
    })
}

/// The one item of `items`; `None` when there is none or more than one.
fn single<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    let first = items.next()?;
    items.next().is_none().then_some(first)
}
