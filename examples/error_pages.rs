//! A small web server that answers with localized error pages.
//!
//! ```sh
//! cargo run --example error_pages --features html,http -- --port 3000
//! ```
//!
//! - `/status/{code}` answers with that code's page, with that status on the wire;
//! - every other path answers with the 404 page;
//! - the language comes from `?lang=TAG`, else from `Accept-Language`, else English;
//! - responses carry `Content-Language` and `Vary: Accept-Language`.
//!
//! Informational codes (1xx) cannot be a final response, so their page is served with 200.
//! 204, 205 and 304 must not carry content, so they are answered with the status alone.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode as WireStatus};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use http_status_catalog::page::ErrorPage;
use http_status_catalog::{Catalog, StatusCode};

/// The query string this server understands.
#[derive(serde::Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

/// The application over the embedded locales.
pub fn app() -> Router {
    app_with(Catalog::global())
}

/// The application over any catalog, e.g. one with locale folders from disk.
pub fn app_with(catalog: &'static Catalog) -> Router {
    Router::new().route("/status/{code}", get(status_page)).fallback(not_found).with_state(catalog)
}

async fn status_page(
    State(catalog): State<&'static Catalog>,
    Path(code): Path<String>,
    query: Result<Query<LangQuery>, QueryRejection>,
    headers: HeaderMap,
) -> Response {
    // Anything that is not a code from 100 to 599 is a path that does not exist.
    let code = code.parse::<u16>().ok().filter(|c| (100..=599).contains(c)).unwrap_or(404);
    page(catalog, code, lang(query), &headers)
}

async fn not_found(
    State(catalog): State<&'static Catalog>,
    query: Result<Query<LangQuery>, QueryRejection>,
    headers: HeaderMap,
) -> Response {
    page(catalog, 404, lang(query), &headers)
}

fn lang(query: Result<Query<LangQuery>, QueryRejection>) -> Option<String> {
    query.ok().and_then(|Query(q)| q.lang)
}

fn page(catalog: &Catalog, code: u16, lang: Option<String>, headers: &HeaderMap) -> Response {
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let locale = match lang.as_deref() {
        Some(tag) => catalog.negotiate_tag(tag),
        None => catalog.negotiate_accept_language(accept.unwrap_or("")),
    };
    let description = match locale.describe_code(code) {
        Ok(description) => description,
        Err(_) => locale.describe(StatusCode::NotFound),
    };
    let wire = match WireStatus::from_u16(code) {
        Ok(status) if status.is_informational() => WireStatus::OK,
        Ok(status) => status,
        Err(_) => WireStatus::NOT_FOUND,
    };
    let content_language =
        HeaderValue::from_str(&locale.id().to_string()).unwrap_or(HeaderValue::from_static("en"));
    let vary = (header::VARY, HeaderValue::from_static("accept-language"));
    let no_content = description.status().is_some_and(|s| s.has_no_content()) && code >= 200;
    if no_content {
        return (wire, [vary, (header::CONTENT_LANGUAGE, content_language)]).into_response();
    }
    let html = ErrorPage::new(description).render();
    let headers = [
        (header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")),
        (header::CONTENT_LANGUAGE, content_language),
        vary,
    ];
    (wire, headers, html).into_response()
}

/// The port: `--port N`, else `PORT`, else 3000. Port 0 picks a free one.
fn port() -> Result<u16, String> {
    let mut args = std::env::args().skip(1);
    let from_args = match (args.next().as_deref(), args.next()) {
        (Some("--port"), Some(port)) => Some(port),
        (None, _) => None,
        (Some(other), _) => return Err(format!("unknown argument {other:?}; usage: --port N")),
    };
    match from_args.or_else(|| std::env::var("PORT").ok()) {
        Some(port) => port.parse().map_err(|_| format!("{port:?} is not a port number")),
        None => Ok(3000),
    }
}

#[cfg_attr(test, allow(dead_code))]
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let port = port()?;
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    println!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app()).await?;
    Ok(())
}
