//! The error-page layer, driven in-process through the example's router and small routers of
//! its own: representation by `Accept`, each language source, passthrough, headers, `HEAD`,
//! request ids, 405, escaping.

use std::sync::LazyLock;

use axum::body::Body;
use axum::http::{header, HeaderMap, Method, Request, StatusCode as WireStatus};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use http_status_catalog::tower::{ErrorPages, LanguageSource};
use http_status_catalog::Catalog;
use tower::ServiceExt;

#[path = "../examples/error_pages.rs"]
mod example;

struct Reply {
    status: u16,
    headers: HeaderMap,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> &str {
        self.headers.get(name).map_or("", |v| v.to_str().unwrap())
    }
}

async fn send<S>(router: S, method: Method, uri: &str, headers: &[(&str, &str)]) -> Reply
where
    S: tower::Service<
        Request<Body>,
        Response = axum::response::Response,
        Error = std::convert::Infallible,
    >,
{
    let mut request = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = router.oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20).await.unwrap();
    Reply { status, headers, body: String::from_utf8(bytes.to_vec()).unwrap() }
}

async fn get_(uri: &str, headers: &[(&str, &str)]) -> Reply {
    send(example::app(), Method::GET, uri, headers).await
}

const HTML: (&str, &str) = ("accept", "text/html,application/xhtml+xml,*/*;q=0.8");

#[tokio::test]
async fn the_representation_follows_accept_with_q_values() {
    let cases = [
        (Some("text/html"), "text/html; charset=utf-8"),
        (Some("application/problem+json"), "application/problem+json"),
        (Some("application/json"), "application/problem+json"),
        (Some("text/html;q=0.4, application/json;q=0.8"), "application/problem+json"),
        (Some("application/json;q=0, text/html"), "text/html; charset=utf-8"),
        (Some("*/*"), "text/plain; charset=utf-8"),
        (Some("image/avif,image/webp,*/*;q=0.8"), "text/plain; charset=utf-8"),
        (None, "text/plain; charset=utf-8"),
    ];
    for (accept, media) in cases {
        let headers: Vec<(&str, &str)> = accept.map(|a| ("accept", a)).into_iter().collect();
        let reply = get_("/status/404", &headers).await;
        assert_eq!(reply.status, 404, "{accept:?}");
        assert_eq!(reply.header("content-type"), media, "{accept:?}");
        assert_eq!(reply.header("content-length"), reply.body.len().to_string());
    }
    let problem = get_("/status/404", &[("accept", "application/json")]).await;
    let json: serde_json::Value = serde_json::from_str(&problem.body).unwrap();
    assert_eq!(json["type"], "about:blank");
    assert_eq!((json["status"].as_u64(), json["phrase"].as_str()), (Some(404), Some("Not Found")));
    assert_eq!(
        (json["name"].as_str(), json["instance"].as_str()),
        (Some("NOT_FOUND"), Some("/status/404"))
    );
}

#[tokio::test]
async fn the_language_comes_from_each_source_in_order() {
    let router = || {
        Router::new().route("/{*path}", get(|| async { WireStatus::NOT_FOUND })).layer(
            ErrorPages::new().languages([
                LanguageSource::query("lang"),
                LanguageSource::cookie("lang"),
                LanguageSource::PathPrefix,
                LanguageSource::AcceptLanguage,
            ]),
        )
    };
    let lang = |r: &Reply| r.header("content-language").to_string();
    type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);
    let cases: [Case; 11] = [
        ("/x?lang=ru", &[("cookie", "lang=de"), ("accept-language", "fr")], "ru"),
        ("/x", &[("cookie", "theme=dark; lang=de"), ("accept-language", "fr")], "de"),
        ("/ja/orders/1", &[("accept-language", "fr")], "ja"),
        ("/x", &[("accept-language", "fr-CH, de;q=0.5")], "fr"),
        ("/x", &[], "en"),
        // Given twice, malformed, or no language of the catalog: the next source answers.
        ("/x?lang=ru&lang=de", &[("accept-language", "fr")], "fr"),
        ("/x?lang=%ZZ%", &[("accept-language", "fr")], "fr"),
        ("/x?lang=tlh", &[("accept-language", "fr")], "fr"),
        ("/x", &[("cookie", "lang=ru; lang=de"), ("accept-language", "pl")], "pl"),
        ("/api/x", &[("accept-language", "uk")], "uk"),
        // Without pseudo-locales, en-XA is English.
        ("/x?lang=en-XA", &[("accept-language", "ko")], "en"),
    ];
    for (uri, headers, expected) in cases {
        let reply = send(router(), Method::GET, uri, headers).await;
        assert_eq!(reply.status, 404);
        assert_eq!(lang(&reply), expected, "{uri} {headers:?}");
    }
    // With a cookie among the sources, responses vary by it too.
    let reply = send(router(), Method::GET, "/x", &[]).await;
    assert_eq!(reply.header("vary"), "accept, accept-language, cookie");
}

#[tokio::test]
async fn pseudo_locales_only_when_enabled() {
    static PSEUDO: LazyLock<Catalog> =
        LazyLock::new(|| Catalog::builder().pseudo_locales(true).build());
    let router = |enabled: bool| {
        Router::new()
            .route("/", get(|| async { WireStatus::NOT_FOUND }))
            .layer(ErrorPages::new().catalog(&PSEUDO).pseudo_locales(enabled))
    };
    let off = send(router(false), Method::GET, "/?lang=en-XA", &[]).await;
    assert_eq!(off.header("content-language"), "en");
    let on = send(router(true), Method::GET, "/?lang=en-XA", &[]).await;
    assert_eq!(on.header("content-language"), "en-XA");
}

#[tokio::test]
async fn bodies_of_the_application_pass_through() {
    let reply = get_("/api/409", &[HTML, ("accept-language", "ru")]).await;
    assert_eq!(reply.status, 409);
    assert_eq!(reply.body, "{\"error\":\"api\",\"code\":409}");
    assert_eq!(reply.header("content-type"), "application/json");
    assert_eq!(reply.header("content-language"), "");
    let ok = get_("/", &[HTML]).await;
    assert_eq!(ok.status, 200);
    assert!(ok.body.contains("<ul>"));
}

#[tokio::test]
async fn headers_of_a_localized_response() {
    let page = get_("/status/404?lang=ru", &[HTML]).await;
    assert_eq!(page.header("content-language"), "ru");
    assert_eq!(page.header("vary"), "accept, accept-language");
    assert_eq!(page.header("x-content-type-options"), "nosniff");
    assert!(page.header("content-security-policy").starts_with("default-src 'none'"));
    assert_eq!(page.header("cache-control"), "", "a 404 may be cached");
    for uri in ["/status/500", "/status/503", "/status/429"] {
        let reply = get_(uri, &[]).await;
        assert_eq!(reply.header("cache-control"), "no-store", "{uri}");
        assert_eq!(reply.header("content-security-policy"), "", "text has no CSP");
    }
    // Headers the application set are kept, Cache-Control and Vary included.
    let router = Router::new().route(
        "/",
        get(|| async {
            (
                WireStatus::SERVICE_UNAVAILABLE,
                [
                    ("cache-control", "max-age=5"),
                    ("vary", "origin"),
                    ("www-authenticate", "Bearer"),
                ],
            )
                .into_response()
        }),
    );
    let reply = send(router.layer(ErrorPages::new()), Method::GET, "/", &[]).await;
    assert_eq!(reply.header("cache-control"), "max-age=5");
    assert_eq!(reply.header("www-authenticate"), "Bearer");
    let vary: Vec<&str> =
        reply.headers.get_all("vary").iter().map(|v| v.to_str().unwrap()).collect();
    assert_eq!(vary, ["origin", "accept, accept-language"]);
}

#[tokio::test]
async fn head_gets_the_headers_only() {
    let reply = send(example::app(), Method::HEAD, "/status/404?lang=de", &[HTML]).await;
    assert_eq!(reply.status, 404);
    assert_eq!(reply.body, "");
    assert_eq!(reply.header("content-type"), "text/html; charset=utf-8");
    assert_eq!(reply.header("content-language"), "de");
    let full = get_("/status/404?lang=de", &[HTML]).await;
    assert_eq!(reply.header("content-length"), full.body.len().to_string());
}

#[tokio::test]
async fn the_request_id_reaches_page_and_problem_from_request_or_response() {
    let page = get_("/status/500", &[HTML, ("x-request-id", "req-42")]).await;
    assert!(page.body.contains("<code dir=\"ltr\">req-42</code>"), "{}", page.body);
    let problem =
        get_("/status/500", &[("accept", "application/problem+json"), ("x-request-id", "req-42")])
            .await;
    let json: serde_json::Value = serde_json::from_str(&problem.body).unwrap();
    assert_eq!(json["request_id"], "req-42");
    let router = Router::new()
        .route("/", get(|| async { (WireStatus::BAD_GATEWAY, [("trace-id", "from-response")]) }))
        .layer(ErrorPages::new().request_id_header(header::HeaderName::from_static("trace-id")));
    let reply = send(router, Method::GET, "/", &[]).await;
    assert!(reply.body.contains("from-response"), "{}", reply.body);
}

#[tokio::test]
async fn method_not_allowed_is_localized_with_allow() {
    let reply = send(example::app(), Method::POST, "/status/404?lang=fr", &[HTML]).await;
    assert_eq!(reply.status, 405);
    assert_eq!(reply.header("allow"), "GET,HEAD");
    assert_eq!(reply.header("content-language"), "fr");
    assert!(reply.body.contains("<code dir=\"ltr\">GET,HEAD</code>"), "{}", reply.body);
}

#[tokio::test]
async fn problem_details_are_the_serde_type_byte_for_byte() {
    use http_status_catalog::problem::ProblemDetails;
    for (uri, lang, id) in
        [("/retry?lang=ru", "ru", Some("r\"1")), ("/status/404?lang=ja", "ja", None)]
    {
        let mut headers = vec![("accept", "application/problem+json")];
        if let Some(id) = id {
            headers.push(("x-request-id", id));
        }
        let reply = get_(uri, &headers).await;
        let locale = Catalog::global().negotiate_tag(lang);
        let d = locale.describe_code(reply.status).unwrap();
        let mut expected = ProblemDetails::new(d).instance(uri.split('?').next().unwrap());
        if let Some(id) = id {
            expected = expected.request_id(id);
        }
        if reply.status == 503 {
            expected = expected.retry_after(120);
        }
        assert_eq!(reply.body, serde_json::to_string(&expected).unwrap(), "{uri}");
    }
}

#[tokio::test]
async fn retry_after_becomes_a_sentence_and_a_number() {
    let page = get_("/retry?lang=en", &[HTML]).await;
    assert_eq!(page.status, 503);
    assert_eq!(page.header("retry-after"), "120");
    assert!(
        page.body.contains("<p class=\"retry\">You can try again in 2 min.</p>"),
        "{}",
        page.body
    );
    let problem = get_("/retry", &[("accept", "application/json")]).await;
    let json: serde_json::Value = serde_json::from_str(&problem.body).unwrap();
    assert_eq!(json["retry_after"], 120);
}

#[tokio::test]
async fn hostile_request_ids_and_queries_stay_text() {
    let hostile = "<script>alert(1)</script>\"'";
    let page =
        get_("/status/404?lang=%3Cscript%3E&x=%3Cb%3E", &[HTML, ("x-request-id", hostile)]).await;
    assert_eq!(page.status, 404);
    assert!(!page.body.contains("<script>") && !page.body.contains("<b>"), "{}", page.body);
    assert!(page.body.contains("&lt;script&gt;alert(1)&lt;"), "{}", page.body);
    let long = "x".repeat(5000);
    let reply = get_("/status/404", &[HTML, ("x-request-id", long.as_str())]).await;
    assert!(reply.body.len() < 6000, "the id is cut: {}", reply.body.len());
    let problem =
        get_("/status/404", &[("accept", "application/json"), ("x-request-id", hostile)]).await;
    let json: serde_json::Value = serde_json::from_str(&problem.body).unwrap();
    assert_eq!(json["request_id"], hostile, "JSON carries it as a string");
}

#[tokio::test]
async fn unregistered_codes_get_their_class_and_a_reason_phrase() {
    let reply = get_("/status/499", &[HTML]).await;
    assert_eq!(reply.status, 499);
    assert!(reply.body.contains("<span class=\"code\">499</span> Client Error"), "{}", reply.body);
    assert!(reply.body.contains("There was a problem with the request"));
}

#[tokio::test]
async fn every_locale_gets_its_page_language_and_direction() {
    for locale in Catalog::global().locales() {
        let uri = format!("/status/503?lang={locale}");
        let page = get_(&uri, &[HTML]).await;
        let d = locale.describe(http_status_catalog::StatusCode::ServiceUnavailable);
        let root = format!("<html lang=\"{locale}\" dir=\"{}\">", locale.direction().as_str());
        assert!(page.body.contains(&root), "{locale}");
        let visitor = minijinja::HtmlEscape(d.visitor_text().unwrap()).to_string();
        assert!(page.body.contains(&format!("<h1>{visitor}</h1>")), "{locale}");
        assert!(page.body.contains("<bdi lang=\"en\" dir=\"ltr\">503 Service Unavailable</bdi>"));
    }
}

#[tokio::test]
async fn a_branded_template_sees_the_page_and_extra_values() {
    let brand = serde_json::json!({ "name": "Acme <Shop>" });
    let layer = ErrorPages::new()
        .template("<title>{{ extra.name }}</title><h1>{{ visitor_text }}</h1>", &brand)
        .unwrap();
    let router = Router::new().route("/", get(|| async { WireStatus::NOT_FOUND })).layer(layer);
    let reply = send(router, Method::GET, "/?lang=de", &[HTML]).await;
    assert!(reply.body.starts_with("<title>Acme &lt;Shop&gt;</title><h1>"), "{}", reply.body);
    assert!(ErrorPages::new().template("{% if %}", &()).is_err(), "a broken template is an error");
}

#[test]
fn a_template_that_fails_for_some_pages_only_is_refused_when_configured() {
    // Each fails at render time, and only for some pages: one code, a value only some
    // responses carry, one writing direction.
    for (template, pages) in [
        ("{% if code == 503 %}{{ title | no_such_filter }}{% endif %}ok", "503"),
        ("{% if code == 499 %}{{ title | no_such_filter }}{% endif %}ok", "an unregistered code"),
        ("{% if request_id %}{{ request_id | no_such_filter }}{% endif %}ok", "a request id"),
        ("{% if retry_after %}{{ retry_after | no_such_filter }}{% endif %}ok", "a retry time"),
        ("{% if dir == 'rtl' %}{{ lang | no_such_filter }}{% endif %}ok", "right to left"),
    ] {
        let error = ErrorPages::new().template(template, &()).err();
        assert!(error.is_some(), "a template failing for {pages} is accepted");
        assert!(error.unwrap().to_string().contains("no_such_filter"), "{pages}");
    }
    assert!(ErrorPages::new().template("{{ title }}", &()).is_ok());
}
