//! The localized response that replaces an empty error response.

use std::borrow::Cow;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use http::header::{
    HeaderMap, HeaderName, HeaderValue, ALLOW, CACHE_CONTROL, CONTENT_LANGUAGE, CONTENT_LENGTH,
    CONTENT_SECURITY_POLICY, CONTENT_TYPE, RETRY_AFTER, VARY, X_CONTENT_TYPE_OPTIONS,
};

use super::accept::Representation;
use super::config::Vary;
use crate::catalog::keys::Message;
use crate::catalog::locale::Locale;
use crate::describe::Description;
use crate::page::{ErrorPage, SlotValues};
use crate::problem::{ProblemDetails, MEDIA_TYPE};
use crate::status::StatusCode;

/// What the layer decided when the request passed through, carried to its response.
#[derive(Clone, Debug)]
pub(crate) struct Decision<'c> {
    pub(crate) locale: Locale<'c>,
    pub(crate) representation: Representation,
    pub(crate) head: bool,
    pub(crate) request_id: Option<HeaderValue>,
    /// The address a reverse proxy was asked for, from the configured header.
    pub(crate) original_uri: Option<HeaderValue>,
    /// The request's URI: its path is the `instance` of problem details.
    pub(crate) uri: http::Uri,
}

/// Nothing but inline styles; no scripts, frames, forms, images or base URLs.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; \
                   form-action 'none'; frame-ancestors 'none'";

/// The body and the headers that replace an empty error response's.
pub(crate) fn respond(
    decision: &Decision<'_>,
    config: &super::config::Config,
    status: http::StatusCode,
    headers: &mut HeaderMap,
) -> Bytes {
    let Ok(description) = decision.locale.describe_code(status.as_u16()) else {
        // `http` allows 600-999, which are no HTTP status codes: such a response is left
        // as it is.
        return Bytes::new();
    };
    let request_id =
        decision.request_id.clone().or_else(|| headers.get(&config.request_id_header).cloned());
    let request_id = request_id.as_ref().and_then(|v| v.to_str().ok()).map(|v| clean(v, 128));
    let retry_after = headers.get(RETRY_AFTER).and_then(retry_after);
    let allowed = headers.get(ALLOW).and_then(|v| v.to_str().ok()).map(|v| clean(v, 256));
    let original =
        decision.original_uri.as_ref().and_then(|v| v.to_str().ok()).map(|v| clean(v, 2048));
    // The `instance` of problem details: the proxied address when it is a URI reference.
    let instance = original
        .as_deref()
        .filter(|o| o.starts_with('/') && o.parse::<http::Uri>().is_ok())
        .unwrap_or(decision.uri.path());
    // Where the layer rendered this page and these problem details ahead.
    let position = config.catalog.position(decision.locale);
    let ahead = position.zip(StatusCode::from_u16(status.as_u16()).ok());
    let page_ahead = ahead.and_then(|(p, s)| config.prepared.page(p, s));
    let problem_ahead = ahead.and_then(|(p, s)| config.prepared.problem(p, s));

    let (body, media) = match decision.representation {
        Representation::Html if config.template.is_none() && page_ahead.is_some() => {
            let retry = retry_after.map(|after| crate::page::retry_text(decision.locale, after));
            let values = SlotValues {
                retry_after: retry.as_deref(),
                request_id: request_id.as_deref(),
                allowed_methods: allowed.as_deref(),
                original_uri: original.as_deref(),
            };
            let page = page_ahead.expect("checked above");
            (page.render(values), "text/html; charset=utf-8")
        }
        Representation::Problem if problem_ahead.is_some() => {
            let mut json = String::from(problem_ahead.expect("checked above"));
            let string = |s: &str| serde_json::to_string(s).expect("a string always serializes");
            json.push_str(",\"instance\":");
            json.push_str(&string(instance));
            if let Some(id) = &request_id {
                json.push_str(",\"request_id\":");
                json.push_str(&string(id));
            }
            if let Some(after) = retry_after {
                json.push_str(&format!(",\"retry_after\":{}", after.as_secs()));
            }
            json.push('}');
            (json, MEDIA_TYPE)
        }
        Representation::Html => {
            let mut page = ErrorPage::new(description).home_href(&config.home_href);
            if let Some(id) = &request_id {
                page = page.request_id(id);
            }
            if let Some(after) = retry_after {
                page = page.retry_after(after);
            }
            if let Some(methods) = &allowed {
                page = page.allowed_methods(methods);
            }
            if let Some(uri) = &original {
                page = page.original_uri(uri);
            }
            let html = match &config.template {
                Some(template) => template.render(&page).unwrap_or_else(|_| page.render()),
                None => page.render(),
            };
            (html, "text/html; charset=utf-8")
        }
        Representation::Problem => {
            let mut problem = ProblemDetails::new(description).instance(instance);
            if let Some(id) = &request_id {
                problem = problem.request_id(&**id);
            }
            if let Some(after) = retry_after {
                problem = problem.retry_after(after.as_secs());
            }
            let json = serde_json::to_string(&problem).expect("problem details always serialize");
            (json, MEDIA_TYPE)
        }
        Representation::Text => {
            let technical = Technical {
                request_id: request_id.as_deref(),
                allowed: allowed.as_deref(),
                original_uri: original.as_deref(),
            };
            let body = text(description, retry_after, technical);
            (body, "text/plain; charset=utf-8")
        }
    };

    headers.insert(CONTENT_TYPE, HeaderValue::from_static(media));
    let language = match position.and_then(|p| config.prepared.languages.get(p)) {
        Some(language) => language.clone(),
        None => HeaderValue::from_str(&decision.locale.to_string())
            .expect("a language tag is a valid header value"),
    };
    headers.insert(CONTENT_LANGUAGE, language);
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    if decision.representation == Representation::Html {
        headers.insert(CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    }
    add_vary(headers, &config.vary);
    if (status.is_server_error() || status == http::StatusCode::TOO_MANY_REQUESTS)
        && !headers.contains_key(CACHE_CONTROL)
    {
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
    if decision.head {
        Bytes::new()
    } else {
        Bytes::from(body)
    }
}

/// The values of the technical lines that only a response knows.
struct Technical<'v> {
    request_id: Option<&'v str>,
    allowed: Option<&'v str>,
    original_uri: Option<&'v str>,
}

/// The plain-text representation: the title, what to tell the visitor, and the technical
/// lines, written with the locale's punctuation.
fn text(d: Description<'_>, retry_after: Option<Duration>, technical: Technical<'_>) -> String {
    let locale = d.locale();
    let mut out = format!("{} {}\n", d.code(), d.title());
    for line in [d.visitor_text(), d.visitor_action()].into_iter().flatten() {
        out.push_str(line);
        out.push('\n');
    }
    if let Some(after) = retry_after {
        out.push_str(&crate::page::retry_text(locale, after));
        out.push('\n');
    }
    out.push('\n');
    let status = match d.phrase() {
        Some(phrase) => format!("{} {phrase}", d.code()),
        None => format!("{} {}", d.code(), d.class_title()),
    };
    out.push_str(&locale.label(&locale.message(Message::PageStatusLabel), &status));
    out.push('\n');
    if let Some(id) = technical.request_id {
        out.push_str(&locale.label(&locale.message(Message::PageRequestId), &id));
        out.push('\n');
    }
    if let Some(uri) = technical.original_uri {
        out.push_str(&locale.label(&locale.message(Message::PageOriginalUri), &uri));
        out.push('\n');
    }
    if let Some(methods) = technical.allowed {
        out.push_str(&locale.label(&locale.message(Message::PageAllowedMethods), &methods));
        out.push('\n');
    }
    out.push_str(d.description());
    out.push('\n');
    out
}

/// `Retry-After` as a wait from now: delay-seconds, or an HTTP-date (a date in the past is
/// no wait).
fn retry_after(value: &HeaderValue) -> Option<Duration> {
    let text = value.to_str().ok()?.trim();
    if let Ok(seconds) = text.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(text).ok()?;
    Some(at.duration_since(SystemTime::now()).unwrap_or_default())
}

/// A header value fit to show: control characters removed, length capped. Borrowed when
/// there is nothing to remove, as there nearly always is.
fn clean(value: &str, max: usize) -> Cow<'_, str> {
    let value = crate::sanitize::truncate(value, max);
    if value.chars().any(char::is_control) {
        Cow::Owned(value.chars().filter(|c| !c.is_control()).collect())
    } else {
        Cow::Borrowed(value)
    }
}

/// Adds to `Vary` the names it does not list yet (none if it says `*`), in one value.
fn add_vary(headers: &mut HeaderMap, vary: &Vary) {
    if !headers.contains_key(VARY) {
        headers.insert(VARY, vary.value.clone());
        return;
    }
    let names = &vary.names;
    let listed = |name: &HeaderName| {
        headers.get_all(VARY).iter().filter_map(|v| v.to_str().ok()).any(|v| {
            v.split(',')
                .map(str::trim)
                .any(|item| item == "*" || item.eq_ignore_ascii_case(name.as_str()))
        })
    };
    let missing: Vec<&str> = names.iter().filter(|n| !listed(n)).map(HeaderName::as_str).collect();
    if !missing.is_empty() {
        let value =
            HeaderValue::from_str(&missing.join(", ")).expect("header names are valid values");
        headers.append(VARY, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_removes_control_characters_caps_the_length_and_copies_only_when_it_must() {
        assert!(matches!(clean("req-42", 128), Cow::Borrowed("req-42")));
        assert_eq!(clean("a\tb\u{7f}c", 128), "abc");
        assert_eq!(clean("ééé", 5), "éé", "never splits a character");
    }
}
