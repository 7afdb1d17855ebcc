//! The error-page example's router, run in-process: status, headers, language, direction,
//! localized text and escaping.

use std::sync::LazyLock;

use axum::body::Body;
use axum::http::{header, Request};
use http_status_catalog::{Catalog, StatusCode};
use tower::ServiceExt;

#[path = "../examples/error_pages.rs"]
mod example;

struct Page {
    status: u16,
    content_language: String,
    vary: String,
    body: String,
}

async fn get(router: axum::Router, uri: &str, accept_language: Option<&str>) -> Page {
    let mut request = Request::builder().uri(uri);
    if let Some(value) = accept_language {
        request = request.header(header::ACCEPT_LANGUAGE, value);
    }
    let response = router.oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    let header = |name| {
        response.headers().get(name).map_or(String::new(), |v| v.to_str().unwrap().to_string())
    };
    let (content_language, vary) = (header(header::CONTENT_LANGUAGE), header(header::VARY));
    let status = response.status().as_u16();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20).await.unwrap();
    Page { status, content_language, vary, body: String::from_utf8(bytes.to_vec()).unwrap() }
}

#[tokio::test]
async fn unknown_paths_get_the_localized_404_page() {
    let cases = [
        (Some("ru-RU,ru;q=0.9,en;q=0.5"), "ru", "ltr", "Не найдено"),
        (Some("en;q=0.1, de;q=0.9"), "de", "ltr", "Nicht gefunden"),
        (Some("ar-EG"), "ar", "rtl", "غير موجود"),
        (Some("tlh, *"), "en", "ltr", "Not Found"),
        (None, "en", "ltr", "Not Found"),
    ];
    for (accept, tag, dir, title) in cases {
        let page = get(example::app(), "/no/such/page", accept).await;
        assert_eq!(page.status, 404, "{accept:?}");
        assert_eq!(page.content_language, tag);
        assert_eq!(page.vary, "accept-language");
        let root = format!("<html lang=\"{tag}\" dir=\"{dir}\">");
        assert!(page.body.contains(&root), "{accept:?}: {}", page.body);
        assert!(page.body.contains(&format!("<h1>{title}</h1>")), "{accept:?}");
        assert!(page.body.contains(&format!("<title>404 {title}</title>")));
    }
}

#[tokio::test]
async fn status_pages_carry_their_status_and_the_lang_override_wins() {
    let page = get(example::app(), "/status/503?lang=fr", Some("ru")).await;
    assert_eq!(page.status, 503);
    assert_eq!(page.content_language, "fr");
    assert!(page.body.contains("<h1>Service indisponible</h1>"));
    assert!(page.body.contains("<bdi lang=\"en\" dir=\"ltr\">503 Service Unavailable</bdi>"));

    let rtl = get(example::app(), "/status/429?lang=ar-EG", None).await;
    assert_eq!((rtl.status, rtl.content_language.as_str()), (429, "ar"));
    assert!(rtl.body.contains("dir=\"rtl\""));

    let unregistered = get(example::app(), "/status/299", None).await;
    assert_eq!(unregistered.status, 299);
    assert!(unregistered.body.contains("<h1>Success</h1>"));
    assert!(!unregistered.body.contains("<bdi"), "no wire phrase for an unregistered code");

    for (uri, status) in [("/status/101", 200), ("/status/600", 404), ("/status/x?lang=%ZZ", 404)] {
        assert_eq!(get(example::app(), uri, None).await.status, status, "{uri}");
    }
    let not_modified = get(example::app(), "/status/304", None).await;
    assert_eq!((not_modified.status, not_modified.body.as_str()), (304, ""));
}

#[tokio::test]
async fn catalog_text_is_escaped() {
    static CATALOG: LazyLock<Catalog> =
        LazyLock::new(|| Catalog::builder().locales_dir(crate::fixture("locales-page")).build());
    let page = get(example::app_with(&CATALOG), "/x?lang=qaa", None).await;
    assert_eq!(page.status, 404);
    assert!(!page.body.contains("<script>") && !page.body.contains("<img"), "{}", page.body);
    assert!(page.body.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"), "{}", page.body);
    assert!(page.body.contains("&lt;&#x2f;p&gt;&lt;img src=x onerror=alert(2)&gt;"));
    assert!(page.body.contains("&amp;amp;"));
    assert_eq!(StatusCode::NotFound.phrase(), "Not Found");
}

#[test]
fn every_locale_renders_a_page_for_every_code() {
    use http_status_catalog::page::ErrorPage;
    for locale in Catalog::global().locales() {
        for &status in StatusCode::ALL {
            let html = ErrorPage::new(locale.describe(status)).render();
            let title = format!("<title>{} ", status.as_u16());
            assert!(html.starts_with("<!doctype html>") && html.contains(&title), "{locale:?}");
            let dir = format!("dir=\"{}\"", locale.direction().as_str());
            assert!(html.contains(&dir));
        }
    }
}

#[test]
fn a_callers_template_is_escaped_too_and_errors_are_values() {
    use http_status_catalog::page::ErrorPage;
    static CATALOG: LazyLock<Catalog> =
        LazyLock::new(|| Catalog::builder().locales_dir(crate::fixture("locales-page")).build());
    let d = CATALOG.negotiate_tag("qaa").describe(StatusCode::NotFound);
    let html = ErrorPage::new(d).render_with("<p>{{ title }}</p>").unwrap();
    assert!(html.starts_with("<p>&lt;script&gt;"), "{html}");
    assert!(ErrorPage::new(d).render_with("{% if %}").is_err());
}
