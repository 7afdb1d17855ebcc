//! A small web server whose error responses are localized by one layer.
//!
//! ```sh
//! cargo run --example error_pages --features axum -- --port 3000
//! ```
//!
//! - `/status/{code}` answers with that status and no body: the layer writes the page,
//!   problem details or text, in the visitor's language;
//! - `/api/{code}` answers with that status and the handler's own JSON, which passes through;
//! - `/retry` answers 503 with `Retry-After: 120`;
//! - `POST` to any of these gets a localized 405 with `Allow`; every other path a 404;
//! - the language comes from `?lang=TAG`, else `Accept-Language`, else English.

use axum::extract::Path;
use axum::http::{header, HeaderValue, StatusCode as WireStatus};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use http_status_catalog::tower::{ErrorPages, ErrorPagesService};
use http_status_catalog::{Catalog, StatusCode as Status};
use tower_layer::Layer;

/// The application: its routes, wrapped whole in the layer that localizes its error
/// responses. (`Router::layer(ErrorPages::new())` works too; wrapping the whole router also
/// lets the layer see the `Allow` header that axum adds to its 405 responses.)
pub fn app() -> ErrorPagesService<Router> {
    let router = Router::new()
        .route("/", get(home))
        .route("/status/{code}", get(status))
        .route("/api/{code}", get(api))
        .route("/retry", get(retry))
        .layer(axum::middleware::map_response(reason_phrase));
    ErrorPages::new().layer(router)
}

async fn home() -> Html<&'static str> {
    Html(concat!(
        "<!doctype html><meta charset=utf-8><title>Error pages</title><ul>",
        "<li><a href=/status/404>404</a> <a href=/status/404?lang=ru>ru</a> ",
        "<a href=/status/404?lang=ar>ar</a> <a href=/status/404?lang=ja>ja</a>",
        "<li><a href=/status/503>503</a> <li><a href=/retry>503 with Retry-After</a>",
        "<li><a href=/api/409>409 from an API with its own body</a>",
        "<li><a href=/status/499>499 (unregistered)</a></ul>"
    ))
}

/// That status, with no body: the layer fills it. Codes that cannot be a final response with
/// content are not served here.
async fn status(Path(code): Path<String>) -> Response {
    match code.parse::<u16>().ok().and_then(|c| WireStatus::from_u16(c).ok()) {
        Some(status) if status.as_u16() >= 400 && status.as_u16() <= 599 => status.into_response(),
        _ => WireStatus::NOT_FOUND.into_response(),
    }
}

/// An API's own error: a JSON body, which the layer leaves as it is.
async fn api(Path(code): Path<u16>) -> Response {
    let status = WireStatus::from_u16(code).unwrap_or(WireStatus::BAD_REQUEST);
    let body = format!("{{\"error\":\"api\",\"code\":{}}}", status.as_u16());
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

async fn retry() -> Response {
    let mut response = Status::ServiceUnavailable.into_response();
    response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("120"));
    response
}

/// hyper writes no reason phrase for a code it does not know; give unregistered codes the
/// English name of their class, as a client would read them (RFC 9110, Section 15).
async fn reason_phrase(mut response: Response) -> Response {
    let code = response.status().as_u16();
    if Status::from_u16(code).is_err() {
        if let Ok(d) = Catalog::global().root().describe_code(code) {
            if let Ok(phrase) = hyper::ext::ReasonPhrase::try_from(d.title().to_string()) {
                response.extensions_mut().insert(phrase);
            }
        }
    }
    response
}

#[allow(dead_code)]
fn main() {
    let port = std::env::args()
        .skip_while(|a| a != "--port")
        .nth(1)
        .or_else(|| std::env::var("PORT").ok())
        .and_then(|p| p.parse::<u16>().ok())
        .unwrap_or(3000);
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime starts");
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .unwrap_or_else(|e| panic!("cannot listen on 127.0.0.1:{port}: {e}"));
        let address = listener.local_addr().expect("a bound listener has an address");
        println!("listening on http://{address}");
        axum::serve(listener, tower::make::Shared::new(app())).await.expect("the server runs");
    });
}
