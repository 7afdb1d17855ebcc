//! `httpstatus serve`: an error-page server for reverse proxies, built on the crate's
//! `ErrorPages` layer (which renders every page and problem details of every locale when it
//! is made, so that a request only fills in its own values).
//!
//! It speaks the ingress-nginx custom error backend protocol: the status from `X-Code`, the
//! wanted format from `X-Format` (else `Accept`), the request id from `X-Request-ID`, the
//! visitor's address from `X-Original-URI`. `GET /404` answers directly.

use core::convert::Infallible;
use core::fmt::Write;
use core::future::{ready, Future, Ready};
use core::pin::Pin;
use core::task::{Context, Poll};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::extract::{ConnectInfo, Request};
use axum::http::header::{ACCEPT, CONTENT_LANGUAGE, CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::{HeaderName, HeaderValue, StatusCode as WireStatus};
use axum::response::Response;
use axum::serve::ListenerExt;
use axum::ServiceExt;
use http_status_catalog::tools::{MessageArg, Messages};
use http_status_catalog::tower::{ErrorPages, ErrorPagesService};
use http_status_catalog::Catalog;
use tower_layer::Layer;
use tower_service::Service;

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

/// The innermost service: `/healthz` for probes, and for everything else an empty response
/// with the status asked for, which the `ErrorPages` layer around it fills in.
#[derive(Clone, Copy)]
struct Answer;

impl Service<Request> for Answer {
    type Response = Response;
    type Error = Infallible;
    type Future = Ready<Result<Response, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let x_code = request.headers().get(X_CODE);
        if request.uri().path() == "/healthz" && x_code.is_none() {
            return ready(Ok(Response::new(Body::from("ok\n"))));
        }
        let mut response = Response::new(Body::empty());
        *response.status_mut() = status_for(x_code, request.uri().path()).0;
        ready(Ok(response))
    }
}

/// The outermost service: `X-Format` stands for `Accept`, and each answer is logged.
#[derive(Clone)]
struct Front<S> {
    inner: S,
    log: Option<Arc<AccessLog>>,
}

impl<S> Service<Request> for Front<S>
where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request) -> Self::Future {
        let started = Instant::now();
        if let Some(format) = request.headers().get(X_FORMAT).filter(|v| !v.is_empty()).cloned() {
            request.headers_mut().insert(ACCEPT, format);
        }
        let Some(log) = self.log.clone() else { return Box::pin(self.inner.call(request)) };
        let line = Line::start(&request);
        let answer = self.inner.call(request);
        Box::pin(async move {
            let response = answer.await?;
            log.send(line.finish(&response, started));
            Ok(response)
        })
    }
}

/// One line of the access log, a JSON object: what the request said, then the answer.
struct Line(String);

impl Line {
    fn start(request: &Request) -> Line {
        let mut line = String::with_capacity(256);
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        let _ = write!(line, "{{\"ts\":{}.{:03}", now.as_secs(), now.subsec_millis());
        if let Some(ConnectInfo(peer)) = request.extensions().get::<ConnectInfo<SocketAddr>>() {
            let _ = write!(line, ",\"remote\":\"{peer}\"");
        }
        field(&mut line, "method", request.method().as_str());
        let target = request.uri().path_and_query().map_or("/", |p| p.as_str());
        field(&mut line, "target", cap(target, 512));
        let headers = request.headers();
        if let Some(code) = headers.get(X_CODE) {
            field(&mut line, "x_code", cap(&String::from_utf8_lossy(code.as_bytes()), 16));
            if status_for(Some(code), "/").1 {
                line.push_str(",\"invalid_x_code\":true");
            }
        }
        if let Some(id) = headers.get(X_REQUEST_ID) {
            field(&mut line, "request_id", cap(&String::from_utf8_lossy(id.as_bytes()), 128));
        }
        Line(line)
    }

    fn finish(self, response: &Response, started: Instant) -> String {
        let Line(mut line) = self;
        let _ = write!(line, ",\"status\":{}", response.status().as_u16());
        let headers = response.headers();
        for (name, header) in [("lang", CONTENT_LANGUAGE), ("content_type", CONTENT_TYPE)] {
            if let Some(value) = headers.get(header) {
                field(&mut line, name, cap(&String::from_utf8_lossy(value.as_bytes()), 64));
            }
        }
        if let Some(bytes) = headers.get(CONTENT_LENGTH).and_then(|v| v.to_str().ok()) {
            if !bytes.is_empty() && bytes.bytes().all(|b| b.is_ascii_digit()) {
                let _ = write!(line, ",\"bytes\":{bytes}");
            }
        }
        let _ = write!(line, ",\"micros\":{}}}", started.elapsed().as_micros());
        line
    }
}

/// `,"name":"value"`, the value escaped as a JSON string.
fn field(line: &mut String, name: &str, value: &str) {
    let _ = write!(line, ",\"{name}\":");
    line.push_str(&serde_json::to_string(value).expect("a string always serializes"));
}

/// At most `max` bytes of `s`, cut at a character boundary.
fn cap(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The application: probes, and an error page for everything else.
fn app(catalog: &'static Catalog, log: Option<Arc<AccessLog>>) -> Front<ErrorPagesService<Answer>> {
    let pages = ErrorPages::new().catalog(catalog).original_uri_header(X_ORIGINAL_URI);
    Front { inner: pages.layer(Answer), log }
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
    // One worker: everything on this thread, without the work-stealing scheduler.
    let runtime = if workers == 1 {
        tokio::runtime::Builder::new_current_thread().enable_all().build()?
    } else {
        tokio::runtime::Builder::new_multi_thread().worker_threads(workers).enable_all().build()?
    };
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
    let server = axum::serve(
        listener,
        ServiceExt::<Request>::into_make_service_with_connect_info::<SocketAddr>(app),
    )
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
        assert_eq!(cap("ab", 1), "a");
        assert_eq!(cap("", 0), "");
    }
}
