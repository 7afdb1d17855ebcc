//! The service the layer wraps around the application, and the future of its responses.

use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};
use std::sync::Arc;

use bytes::Bytes;
use http::{Method, Request, Response};
use http_body::Body;
use tower_service::Service;

use super::accept::representation;
use super::config::Config;
use super::language::choose;
use super::respond::{respond, Decision};

/// The service [`ErrorPages`](super::ErrorPages) makes: passes every request on, and gives
/// an empty error response (status 400 or above, no body) a localized body. Responses that
/// have a body (an API's own JSON error, say) pass through untouched.
///
/// It works with any response body that can be made from [`Bytes`] (axum's `Body`,
/// `http_body_util::Full`, `String`, …), so the application keeps its own body type.
#[derive(Clone, Debug)]
pub struct ErrorPagesService<S> {
    inner: S,
    config: Arc<Config>,
}

impl<S> ErrorPagesService<S> {
    pub(crate) fn new(inner: S, config: Arc<Config>) -> ErrorPagesService<S> {
        ErrorPagesService { inner, config }
    }
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for ErrorPagesService<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    ResBody: Body + From<Bytes>,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        // What depends on the request is decided now, as it passes, and carried to the
        // response.
        let config = &self.config;
        let (uri, headers) = (request.uri(), request.headers());
        let locale = choose(&config.sources, config.catalog, config.pseudo_locales, uri, headers)
            .unwrap_or(config.default);
        let decision = Decision {
            locale,
            representation: representation(headers),
            head: request.method() == Method::HEAD,
            request_id: headers.get(&config.request_id_header).cloned(),
            original_uri: config.original_uri_header.as_ref().and_then(|n| headers.get(n)).cloned(),
            uri: uri.clone(),
        };
        ResponseFuture {
            inner: Box::pin(self.inner.call(request)),
            decision: Some(decision),
            config: Arc::clone(&self.config),
        }
    }
}

/// The future of an [`ErrorPagesService`] response.
pub struct ResponseFuture<F> {
    // Boxed so that this future is `Unpin` whatever the inner one is, without unsafe
    // projections.
    inner: Pin<Box<F>>,
    decision: Option<Decision<'static>>,
    config: Arc<Config>,
}

impl<F> core::fmt::Debug for ResponseFuture<F> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ResponseFuture").field("decision", &self.decision).finish_non_exhaustive()
    }
}

impl<F, ResBody, E> Future for ResponseFuture<F>
where
    F: Future<Output = Result<Response<ResBody>, E>>,
    ResBody: Body + From<Bytes>,
{
    type Output = Result<Response<ResBody>, E>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let response = match self.inner.as_mut().poll(cx) {
            Poll::Ready(Ok(response)) => response,
            other => return other,
        };
        let status = response.status();
        if status.as_u16() < 400 || !response.body().is_end_stream() {
            return Poll::Ready(Ok(response));
        }
        let Some(decision) = self.decision.take() else {
            // Polled again after it answered: nothing is left to decide.
            return Poll::Ready(Ok(response));
        };
        let (mut parts, _) = response.into_parts();
        let body = respond(&decision, &self.config, status, &mut parts.headers);
        Poll::Ready(Ok(Response::from_parts(parts, ResBody::from(body))))
    }
}
