//! Localized error responses for tower services (feature `tower`): axum, hyper, and anything
//! else built on tower.
//!
//! [`ErrorPages`] gives every response with status 400 or above and an empty body a body in
//! the visitor's language: the HTML error page for browsers (`Accept: text/html`), RFC 9457
//! problem details for API clients (`application/problem+json` or `application/json`), plain
//! text otherwise; `HEAD` gets the headers only. Responses that already have a body pass
//! through untouched, so an API's own JSON errors survive.
//!
//! # Example
//!
//! ```
//! use axum::routing::get;
//! use axum::Router;
//! use http_status_catalog::tower::ErrorPages;
//!
//! let app: Router = Router::new()
//!     .route("/", get(|| async { "home" }))
//!     .layer(ErrorPages::new());
//! # let _ = app;
//! ```
//!
//! # What it does to a response it localizes
//!
//! - The language comes from the [sources](ErrorPages::languages) in order (by default the
//!   `lang` query parameter, then `Accept-Language`), else the default; a value given twice,
//!   malformed, or naming no language of the catalog passes to the next source.
//! - Headers: `Content-Type`, `Content-Length`, `Content-Language`, `Vary: Accept,
//!   Accept-Language` (and `Cookie` when a cookie is a source), `X-Content-Type-Options:
//!   nosniff`, a `Content-Security-Policy` that allows nothing but inline styles on the HTML
//!   page, and `Cache-Control: no-store` on 5xx and 429 unless the application set one. Every
//!   header the application set (`Retry-After`, `WWW-Authenticate`, `Allow`, `Location`) is
//!   kept; `Retry-After` becomes "You can try again in 2 min." on the page, `Allow` a line of
//!   its technical block.
//! - The request id (from the request's `x-request-id`, else the response's; see
//!   [`request_id_header`](ErrorPages::request_id_header)) appears on the page and in the
//!   problem details.
//!
//! # The name `StatusCode`
//!
//! axum and `http` have a `StatusCode` of their own. Import this crate's under another name
//! when both are in scope: `use http_status_catalog::StatusCode as Status;`.

mod accept;
mod config;
mod language;
mod layer;
mod prepared;
mod respond;
mod service;

pub use self::language::LanguageSource;
pub use self::layer::ErrorPages;
pub use self::service::{ErrorPagesService, ResponseFuture};
