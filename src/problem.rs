//! RFC 9457 problem details for an error status, localized (feature `serde`).
//!
//! A JSON API answers an error with `application/problem+json`: a small object whose `title`
//! and `detail` a client can show, here in the negotiated language, and whose extension members
//! keep the canonical English phrase and the code's name, so that support staff can read a
//! report in any language.

use std::borrow::Cow;

use serde::Serialize;

use crate::describe::Description;

/// The media type of problem details: `application/problem+json`.
pub const MEDIA_TYPE: &str = "application/problem+json";

/// Problem details (RFC 9457) for one described status.
///
/// Serialize it with any serde serializer; with `serde_json`, it is the body of an
/// `application/problem+json` response. Members: `type` (default `about:blank`), `title`
/// (the localized title, which RFC 9457 allows for `about:blank`), `status`, `detail` (the
/// localized description), `instance` when set, and the extensions `phrase` (the canonical
/// English phrase), `name` (e.g. `NOT_FOUND`), `locale`, `request_id` and `retry_after`
/// (seconds) when set.
///
/// # Example
///
/// ```
/// use http_status_catalog::problem::ProblemDetails;
/// use http_status_catalog::{Catalog, StatusCode};
///
/// let ru = Catalog::global().negotiate_tag("ru");
/// let problem = ProblemDetails::new(ru.describe(StatusCode::NotFound))
///     .instance("/orders/42")
///     .request_id("req-7f3a");
/// let json = serde_json::to_value(&problem).unwrap();
/// assert_eq!(json["type"], "about:blank");
/// assert_eq!(json["title"], "Не найдено");
/// assert_eq!(json["status"], 404);
/// assert_eq!(json["phrase"], "Not Found");
/// assert_eq!(json["name"], "NOT_FOUND");
/// assert_eq!(json["locale"], "ru");
/// assert_eq!(json["instance"], "/orders/42");
/// assert_eq!(json["request_id"], "req-7f3a");
/// ```
#[derive(Clone, Debug, Serialize)]
pub struct ProblemDetails<'a> {
    #[serde(rename = "type")]
    problem_type: Cow<'a, str>,
    title: &'a str,
    status: u16,
    detail: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    phrase: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'static str>,
    locale: String,
    // The members that differ between occurrences come last, so that a server can serialize
    // the rest once per status and locale (see the `tower` layer).
    #[serde(skip_serializing_if = "Option::is_none")]
    instance: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_id: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    retry_after: Option<u64>,
}

impl<'a> ProblemDetails<'a> {
    /// The problem details of `description`, of type `about:blank`.
    pub fn new(description: Description<'a>) -> ProblemDetails<'a> {
        ProblemDetails {
            problem_type: Cow::Borrowed("about:blank"),
            title: description.title(),
            status: description.code(),
            detail: description.description(),
            instance: None,
            phrase: description.phrase(),
            name: description.status().map(|s| s.name()),
            locale: description.locale().to_string(),
            request_id: None,
            retry_after: None,
        }
    }

    /// A URI that identifies the problem type, instead of `about:blank`.
    ///
    /// ```
    /// use http_status_catalog::problem::ProblemDetails;
    /// use http_status_catalog::{Catalog, StatusCode};
    ///
    /// let en = Catalog::global().root();
    /// let problem = ProblemDetails::new(en.describe(StatusCode::TooManyRequests))
    ///     .problem_type("https://example.com/problems/rate-limit")
    ///     .retry_after(30);
    /// let json = serde_json::to_value(&problem).unwrap();
    /// assert_eq!(json["type"], "https://example.com/problems/rate-limit");
    /// assert_eq!(json["retry_after"], 30);
    /// assert!(json.get("instance").is_none(), "members not set are left out");
    /// ```
    pub fn problem_type(mut self, uri: impl Into<Cow<'a, str>>) -> ProblemDetails<'a> {
        self.problem_type = uri.into();
        self
    }

    /// A URI reference that identifies this occurrence, such as the request's path.
    pub fn instance(mut self, uri: impl Into<Cow<'a, str>>) -> ProblemDetails<'a> {
        self.instance = Some(uri.into());
        self
    }

    /// The request's identifier, for support staff.
    pub fn request_id(mut self, id: impl Into<Cow<'a, str>>) -> ProblemDetails<'a> {
        self.request_id = Some(id.into());
        self
    }

    /// When the client may try again, in seconds (from `Retry-After`).
    pub fn retry_after(mut self, seconds: u64) -> ProblemDetails<'a> {
        self.retry_after = Some(seconds);
        self
    }
}
