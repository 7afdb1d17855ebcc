//! `httpstatus serve`: an error-page server for reverse proxies, built on the crate's
//! `ErrorPages` layer (which renders every page and problem details of every locale when it
//! is made, so that a request only fills in its own values).
//!
//! It speaks the ingress-nginx custom error backend protocol: the status from `X-Code`, the
//! wanted format from `X-Format` (else `Accept`), the request id from `X-Request-ID`, the
//! visitor's address from `X-Original-URI`. `GET /404` answers directly.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::extract::{ConnectInfo, Request, State};
use axum::http::header::{ACCEPT, CONTENT_LANGUAGE, CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode as WireStatus, Uri};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::get;
use axum::serve::ListenerExt;
use axum::Router;
use http_status_catalog::tools::{MessageArg, Messages};
use http_status_catalog::tower::ErrorPages;
use http_status_catalog::Catalog;
use serde::Serialize;

use crate::access_log::AccessLog;
use crate::Failure;

const X_CODE: HeaderName = HeaderName::from_static("x-code");
const X_FORMAT: HeaderName = HeaderName::from_static("x-format");
const X_ORIGINAL_URI: HeaderName = HeaderName::from_static("x-original-uri");
const X_REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// How long connections still open get to finish after SIGTERM.
const GRACE: Duration = Duration::from_secs(10);

/// The options of `httpstatus serve`.
pub(crate) struct Settings<'a> {
    pub(crate) listen: &'a str,
    pub(crate) workers: Option<usize>,
    pub(crate) quiet: bool,
}

/// The status to answer, and whether the proxy's `X-Code` was unusable.
pub(crate) fn status_for(x_code: Option<&HeaderValue>, path: &str) -> (WireStatus, bool) {
    let error_code = |text: &str| {
        let code = text.parse::<u16>().ok().filter(|c| (400..=599).contains(c));
        code.filter(|_| text.len() == 3).and_then(|c| WireStatus::from_u16(c).ok())
    };
    match x_code {
        // A proxy that names no error code still gets a page, never a 5xx it did not ask
        // for: the default backend's answer, 404.
        Some(value) => match value.to_str().ok().map(str::trim).and_then(error_code) {
            Some(status) => (status, false),
            None => (WireStatus::NOT_FOUND, true),
        },
        None => (error_code(path.trim_start_matches('/')).unwrap_or(WireStatus::NOT_FOUND), false),
    }
}

/// Every request that is not a probe: an empty response with the status asked for, which the
/// `ErrorPages` layer fills in.
async fn answer(headers: HeaderMap, uri: Uri) -> WireStatus {
    status_for(headers.get(X_CODE), uri.path()).0
}

async fn healthz() -> &'static str {
    "ok\n"
}

/// The outermost step: `X-Format` stands for `Accept`, and each answer is logged.
async fn front(
    State(log): State<Option<Arc<AccessLog>>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    mut request: Request,
    next: Next,
) -> Response {
    let started = Instant::now();
    if let Some(format) = request.headers().get(X_FORMAT).filter(|v| !v.is_empty()).cloned() {
        request.headers_mut().insert(ACCEPT, format);
    }
    let Some(log) = log else { return next.run(request).await };
    let method = request.method().as_str().to_string();
    let target = cap(request.uri().path_and_query().map_or("/", |p| p.as_str()), 512);
    let x_code = request.headers().get(X_CODE).map(|v| text(v, 16));
    let request_id = request.headers().get(X_REQUEST_ID).map(|v| text(v, 128));
    let invalid_code = x_code.is_some() && status_for(request.headers().get(X_CODE), "/").1;
    let response = next.run(request).await;
    let headers = response.headers();
    let record = Record {
        ts: SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64()),
        remote: peer.to_string(),
        method,
        target,
        status: response.status().as_u16(),
        x_code,
        invalid_x_code: invalid_code.then_some(true),
        lang: headers.get(CONTENT_LANGUAGE).map(|v| text(v, 32)),
        content_type: headers.get(CONTENT_TYPE).map(|v| text(v, 64)),
        bytes: headers.get(CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse().ok()),
        request_id,
        micros: u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX),
    };
    log.send(serde_json::to_string(&record).expect("an access log record always serializes"));
    response
}

/// One line of the access log (JSON).
#[derive(Serialize)]
struct Record {
    /// Seconds since the Unix epoch.
    ts: f64,
    remote: String,
    method: String,
    target: String,
    status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    x_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    invalid_x_code: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lang: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    content_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    bytes: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_id: Option<String>,
    micros: u64,
}

/// A header value for the log: lossy, capped.
fn text(value: &HeaderValue, max: usize) -> String {
    cap(&String::from_utf8_lossy(value.as_bytes()), max)
}

/// At most `max` bytes of `s`, cut at a character boundary.
fn cap(s: &str, max: usize) -> String {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_string()
}

/// The application: probes, and an error page for everything else.
pub(crate) fn app(catalog: &'static Catalog, log: Option<Arc<AccessLog>>) -> Router {
    let pages = ErrorPages::new().catalog(catalog).original_uri_header(X_ORIGINAL_URI);
    Router::new()
        .route("/healthz", get(healthz))
        .fallback(answer)
        .layer(pages)
        .layer(middleware::from_fn_with_state(log, front))
}

/// Serves until SIGTERM or Ctrl-C, then lets open requests finish.
pub(crate) fn run(
    catalog: &'static Catalog,
    settings: &Settings<'_>,
    words: &Messages<'_>,
) -> Result<(), Failure> {
    let address: SocketAddr = settings.listen.parse().map_err(|_| {
        Failure::Usage(
            words.format("cli-error-serve-listen", &[("address", settings.listen.into())]),
        )
    })?;
    let workers = settings
        .workers
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let runtime =
        tokio::runtime::Builder::new_multi_thread().worker_threads(workers).enable_all().build()?;
    let log = (!settings.quiet).then(|| Arc::new(AccessLog::start()));
    let result = runtime.block_on(serve(catalog, address, log.clone(), words));
    drop(runtime);
    if let Some(log) = log {
        // The last lines are written before the process ends.
        if let Ok(log) = Arc::try_unwrap(log) {
            log.finish();
        }
    }
    result
}

async fn serve(
    catalog: &'static Catalog,
    address: SocketAddr,
    log: Option<Arc<AccessLog>>,
    words: &Messages<'_>,
) -> Result<(), Failure> {
    let bind_error = |e: std::io::Error| {
        let (shown, e) = (address.to_string(), e.to_string());
        let args = [("address", MessageArg::from(shown.as_str())), ("error", e.as_str().into())];
        Failure::Usage(words.format("cli-error-serve-bind", &args))
    };
    let listener = tokio::net::TcpListener::bind(address).await.map_err(bind_error)?;
    let bound = listener.local_addr()?;
    let stop = stop_signal()?;
    // Made before the start line, so that the line means "ready".
    let app = app(catalog, log.clone());
    let locales = catalog.locales().filter(|l| !l.is_pseudo()).count();
    let shown = bound.to_string();
    let args = [("address", MessageArg::from(shown.as_str())), ("locales", locales.into())];
    eprintln!("{}", words.format("cli-serve-listening", &args));

    let listener = listener.tap_io(|tcp| {
        // Small answers go out at once.
        let _ = tcp.set_nodelay(true);
    });
    let (tell, told) = tokio::sync::oneshot::channel::<()>();
    let server = axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
        .with_graceful_shutdown(async move {
            let _ = told.await;
        });
    let running = tokio::spawn(async move { server.await });
    stop.await;
    eprintln!("{}", words.get("cli-serve-stopping"));
    let _ = tell.send(());
    // Connections that do not finish within the grace period are dropped with the runtime.
    let _ = tokio::time::timeout(GRACE, running).await;
    drop(log);
    Ok(())
}

/// A future that ends on SIGTERM or Ctrl-C (SIGINT).
fn stop_signal() -> std::io::Result<impl core::future::Future<Output = ()>> {
    #[cfg(unix)]
    let mut terminate = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    Ok(async move {
        #[cfg(unix)]
        tokio::select! {
            _ = terminate.recv() => {}
            _ = tokio::signal::ctrl_c() => {}
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_comes_from_x_code_then_the_path() {
        let v = |s: &str| HeaderValue::from_str(s).unwrap();
        assert_eq!(status_for(Some(&v("502")), "/"), (WireStatus::BAD_GATEWAY, false));
        assert_eq!(status_for(Some(&v(" 429 ")), "/404"), (WireStatus::TOO_MANY_REQUESTS, false));
        assert_eq!(status_for(Some(&v("499")), "/").0.as_u16(), 499);
        for bad in ["99999", "abc", "200", "302", "600", "", "4O4", "0404", "-404", "404.0"] {
            assert_eq!(status_for(Some(&v(bad)), "/503"), (WireStatus::NOT_FOUND, true), "{bad}");
        }
        assert_eq!(status_for(None, "/503"), (WireStatus::SERVICE_UNAVAILABLE, false));
        assert_eq!(status_for(None, "/"), (WireStatus::NOT_FOUND, false));
        assert_eq!(status_for(None, "/200"), (WireStatus::NOT_FOUND, false));
        assert_eq!(status_for(None, "/404/x"), (WireStatus::NOT_FOUND, false));
        assert_eq!(status_for(None, "/favicon.ico"), (WireStatus::NOT_FOUND, false));
    }

    #[test]
    fn caps_cut_at_character_boundaries() {
        assert_eq!(cap("абв", 3), "а");
        assert_eq!(cap("abc", 10), "abc");
        assert_eq!(cap("", 0), "");
    }
}
