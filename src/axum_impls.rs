//! Handlers can fail with a status (feature `axum`).
//!
//! A handler returns a [`StatusCode`] or a [`StatusError`] and gets an empty-bodied response
//! with that status, which the [`ErrorPages`](crate::tower::ErrorPages) layer then localizes.
//!
//! ```
//! use axum::routing::get;
//! use axum::Router;
//! use http_status_catalog::tower::ErrorPages;
//! use http_status_catalog::{StatusCode as Status, StatusError};
//!
//! async fn order(axum::extract::Path(id): axum::extract::Path<u32>) -> Result<String, StatusError> {
//!     if id == 42 {
//!         Ok("order 42".into())
//!     } else {
//!         Err(Status::NotFound.error_for_status().unwrap_err())
//!     }
//! }
//!
//! let app: Router = Router::new().route("/orders/{id}", get(order)).layer(ErrorPages::new());
//! # let _ = app;
//! ```

use axum_core::response::{IntoResponse, Response};

use crate::status::StatusCode;
use crate::status_error::StatusError;

/// An empty response with this status.
impl IntoResponse for StatusCode {
    fn into_response(self) -> Response {
        http::StatusCode::from(self).into_response()
    }
}

/// An empty response with the error's status.
impl IntoResponse for StatusError {
    fn into_response(self) -> Response {
        self.status().into_response()
    }
}
