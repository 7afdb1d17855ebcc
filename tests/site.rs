//! The reference site: every page of every shipped locale, what each page says, its links, and
//! what a browser needs from it. `.ci/site-check` opens the same pages in Chromium.

use std::collections::BTreeSet;

use http_status_catalog::tools::{SiteFile, ToolError, Translations};
use http_status_catalog::{Catalog, StatusCode};

use crate::fixture;

fn translations() -> &'static Translations {
    static TRANSLATIONS: std::sync::OnceLock<Translations> = std::sync::OnceLock::new();
    TRANSLATIONS.get_or_init(|| Catalog::builder().build_translations().unwrap())
}

/// The site of the shipped locales, made once for all the tests that only read it.
fn shipped_site() -> &'static [SiteFile] {
    static FILES: std::sync::OnceLock<Vec<SiteFile>> = std::sync::OnceLock::new();
    FILES.get_or_init(|| translations().site().files())
}

/// A page of the site.
fn page(files: &[SiteFile], path: &str) -> String {
    let file = files.iter().find(|f| f.path() == path).unwrap_or_else(|| panic!("no {path}"));
    assert!(!file.contents().contains("&#x2f;"), "{path}: a slash needs no escaping");
    file.contents().to_string()
}

fn shipped() -> Vec<String> {
    Catalog::global().locales().filter(|l| !l.is_pseudo()).map(|l| l.to_string()).collect()
}

#[test]
fn every_shipped_locale_has_an_index_and_a_page_per_code() {
    let files: &[SiteFile] = shipped_site();
    let paths: BTreeSet<&str> = files.iter().map(SiteFile::path).collect();
    let locales = shipped();
    assert_eq!(locales.len(), 30);
    for tag in &locales {
        assert!(paths.contains(format!("{tag}/index.html").as_str()), "{tag}");
        for status in StatusCode::ALL {
            assert!(paths.contains(format!("{tag}/{}.html", status.as_u16()).as_str()));
        }
        assert!(paths.contains(format!("index.{tag}.html").as_str()), "{tag}");
    }
    for path in ["index.html", "index.var", ".htaccess", "style.css"] {
        assert!(paths.contains(path), "{path}");
    }
    // Nothing else: no pseudo-locale, and no sitemap without a base URL.
    let expected = locales.len() * (StatusCode::ALL.len() + 2) + 4;
    assert_eq!(files.len(), expected);
    assert!(!paths.iter().any(|p| p.starts_with("en-XA") || p.contains("sitemap")));
}

#[test]
fn the_same_catalog_gives_the_same_site() {
    let site = translations().site();
    let files = &site.files()[..];
    assert_eq!(files, site.files());
    let paths: Vec<&str> = files.iter().map(SiteFile::path).collect();
    let mut sorted = paths.clone();
    sorted.sort_unstable();
    assert_eq!(paths, sorted, "files come sorted by path");
}

#[test]
fn a_code_page_says_everything_about_its_code() {
    let files: &[SiteFile] = shipped_site();
    let ru = page(files, "ru/413.html");
    assert!(ru.starts_with("<!doctype html>\n<html lang=\"ru\" dir=\"ltr\">"), "{ru}");
    let d = Catalog::global().negotiate_tag("ru").describe(StatusCode::ContentTooLarge);
    assert!(ru.contains(&format!("<h1><bdi class=\"code\">413</bdi> {}</h1>", d.title())), "{ru}");
    assert!(ru.contains(d.description()));
    // What an error page tells a visitor, before the technical description.
    let visitor = d.visitor_text().unwrap();
    let action = d.visitor_action().unwrap();
    let lead = ru.find(&format!("<p class=\"lead\">{visitor}</p>\n<p>{action}</p>")).unwrap();
    assert!(lead < ru.find(&format!("<p>{}</p>", d.description())).unwrap());
    assert!(!page(files, "en/200.html").contains("class=\"visitor\""), "no visitor text for 2xx");
    // Class, lifecycle, older names, the wire phrase, the reference with its link.
    assert!(ru.contains("<a href=\"index.html#class-4xx\"><bdi>4xx</bdi>: Ошибка клиента</a>"));
    assert!(ru.contains("<code dir=\"ltr\" translate=\"no\">REQUEST_ENTITY_TOO_LARGE</code>"));
    assert!(ru.contains("<bdi lang=\"en\" dir=\"ltr\" translate=\"no\">Content Too Large</bdi>"));
    assert!(ru.contains("href=\"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14\">Семантика HTTP <span class=\"nw\" dir=\"ltr\">RFC 9110</span>, <span class=\"nw\">Раздел 15.5.14</span></a>"), "{ru}");
    // The example exchange, as HTTP writes it.
    assert!(ru.contains("<pre class=\"exchange\" lang=\"en\" dir=\"ltr\" translate=\"no\"><code>POST /uploads HTTP/1.1\nHost: example.com\nContent-Length: 5368709120\n\nHTTP/1.1 413 Content Too Large\nConnection: close</code></pre>"), "{ru}");
    // Its neighbours.
    assert!(ru.contains("<a rel=\"prev\" href=\"412.html\"><bdi>412</bdi> "));
    assert!(ru.contains("<a rel=\"next\" href=\"414.html\"><bdi>414</bdi> "));

    let en = page(files, "en/429.html");
    assert!(en.contains("Retry-After: 3600"));
    assert!(en.contains("Not cacheable by default"));
    assert!(page(files, "en/404.html").contains("Cacheable by default"));
    assert!(page(files, "en/204.html").contains("Never has content"));
    assert!(page(files, "en/405.html").contains("Allow: GET, HEAD, POST"));
    assert!(!page(files, "en/100.html").contains("rel=\"prev\""), "the first code has no previous");
    assert!(!page(files, "en/511.html").contains("rel=\"next\""), "the last code has no next");
    assert!(page(files, "en/404.html").contains("<title>404 Not Found — HTTP status codes</title>"));
}

#[test]
fn every_page_leads_to_the_same_page_in_every_language() {
    let files: &[SiteFile] = shipped_site();
    let locales = shipped();
    for tag in ["en", "ar", "ja", "pt-BR"] {
        for file in ["index.html", "404.html", "103.html"] {
            let html = page(files, &format!("{tag}/{file}"));
            for other in &locales {
                let href = format!("href=\"../{other}/{file}\"");
                assert!(
                    html.contains(&format!("<link rel=\"alternate\" hreflang=\"{other}\" {href}>"))
                );
                assert!(
                    html.contains(&format!("<li><a {href} hreflang=\"{other}\" lang=\"{other}\""))
                );
            }
            assert!(html.contains(&format!(
                "<link rel=\"alternate\" hreflang=\"x-default\" href=\"../en/{file}\">"
            )));
            assert_eq!(html.matches("aria-current=\"true\"").count(), 1);
            assert!(html.contains(&format!("hreflang=\"{tag}\" lang=\"{tag}\"")));
        }
    }
    let ar = page(files, "ar/404.html");
    assert!(ar.starts_with("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">"));
}

#[test]
fn the_index_is_the_table_with_titles_grouped_by_class_with_contents() {
    let files: &[SiteFile] = shipped_site();
    let ja = page(files, "ja/index.html");
    assert!(ja.contains("<nav class=\"toc\" aria-labelledby=\"contents\">"));
    for class in ["1xx", "2xx", "3xx", "4xx", "5xx"] {
        assert!(ja.contains(&format!("<li><a href=\"#class-{class}\">")), "{class}");
        assert!(ja.contains(&format!("<section id=\"class-{class}\"")), "{class}");
    }
    // Each code links to its page; the title is there, localized.
    assert!(ja.contains("<tr id=\"404\" role=\"row\"><th scope=\"row\" role=\"rowheader\" class=\"code\"><a href=\"404.html\">404</a></th><td role=\"cell\" class=\"title\">未検出</td>"), "{ja}");
    assert!(page(files, "en/index.html").contains("<span class=\"count\">29 codes</span>"));
    assert!(ja.contains("<title>HTTP ステータスコード</title>"), "the site's name, once");
}

#[test]
fn links_stay_inside_the_site_and_nothing_is_loaded_from_outside() {
    let files: &[SiteFile] = shipped_site();
    for file in files.iter().filter(|f| f.path().ends_with(".html")) {
        let html = file.contents();
        assert!(!html.contains("src="), "{}: loads something", file.path());
        assert!(!html.contains("<script"), "{}", file.path());
        for href in html.split("href=\"").skip(1).map(|h| h.split('"').next().unwrap()) {
            let external = href.starts_with("https://www.rfc-editor.org/")
                || href.starts_with("https://datatracker.ietf.org/");
            assert!(external || !href.contains(':'), "{}: {href}", file.path());
            assert!(!href.starts_with('/'), "{}: {href} is not relative", file.path());
        }
        // The only style sheet is the site's own.
        for sheet in html.split("rel=\"stylesheet\" href=\"").skip(1) {
            let href = sheet.split('"').next().unwrap();
            assert!(href == "style.css" || href == "../style.css", "{href}");
        }
    }
}

#[test]
fn the_root_lists_the_languages_and_apache_can_choose_one() {
    let files: &[SiteFile] = shipped_site();
    let root = page(files, "index.html");
    assert!(root.starts_with("<!doctype html>\n<html lang=\"en\" dir=\"ltr\">"));
    assert!(!root.contains("http-equiv=\"refresh\""), "the plain list sends nobody anywhere");
    assert!(root.contains(
        "<li><a href=\"ar/index.html\" hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>"
    ));
    let ru = page(files, "index.ru.html");
    assert!(ru.contains("<meta http-equiv=\"refresh\" content=\"0; url=ru/index.html\">"));
    assert!(ru.starts_with("<!doctype html>\n<html lang=\"ru\""));
    let map = page(files, "index.var");
    for tag in shipped() {
        assert!(map.contains(&format!(
            "\nURI: index.{tag}.html\nContent-Type: text/html; charset=utf-8\nContent-Language: {tag}\n"
        )));
    }
    assert!(map.ends_with("\nURI: index.html\nContent-Type: text/html; charset=utf-8\n"));
    let htaccess = page(files, ".htaccess");
    assert!(htaccess.contains("AddHandler type-map .var\nDirectoryIndex index.var index.html\n"));
}

#[test]
fn a_sitemap_needs_an_absolute_base_url() {
    let site = translations().site().base_url("https://example.org/http").unwrap();
    let files = &site.files()[..];
    let sitemap = page(files, "sitemap.xml");
    assert!(sitemap.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"));
    assert!(sitemap.contains("<url><loc>https://example.org/http/ru/404.html</loc></url>"));
    let pages = files.iter().filter(|f| f.path().ends_with(".html") && f.path().contains('/'));
    assert_eq!(sitemap.matches("<url>").count(), pages.count() + 1);
    for bad in [
        "example.org",
        "ftp://example.org/",
        "https://",
        "https://x.org/?a=1",
        "https://x.org/a b",
        "https://x.org/\"<",
    ] {
        let error = translations().site().base_url(bad).unwrap_err();
        assert!(matches!(error, ToolError::InvalidBaseUrl(_)), "{bad}");
    }
}

#[test]
fn words_not_yet_translated_are_marked_with_their_language_and_markup_stays_text() {
    let translations =
        Catalog::builder().locales_dir(fixture("locales-site")).build_translations().unwrap();
    let files = translations.site().files();
    let qaa = page(&files, "qaa/404.html");
    assert!(qaa.starts_with("<!doctype html>\n<html lang=\"qaa\" dir=\"ltr\">"));
    assert!(qaa.contains("<dt>Klasso</dt>"), "a translated word is the page's own");
    assert!(
        qaa.contains("<dt><span lang=\"en\" dir=\"ltr\">Older names</span></dt>")
            || qaa.contains("<dt><span lang=\"en\" dir=\"ltr\">Status</span></dt>")
    );
    assert!(qaa.contains("Lingvoj &lt;script&gt;"), "{qaa}");
    assert!(!qaa.contains("<script"));
}

#[test]
fn the_site_is_written_to_a_folder_and_rewrites_nothing_that_is_current() {
    let tmp = tempfile::tempdir().unwrap();
    let site = translations().site();
    let count = site.write(tmp.path()).unwrap();
    assert_eq!(count, site.files().len());
    let page = tmp.path().join("ja").join("404.html");
    assert!(std::fs::read_to_string(&page).unwrap().contains("<html lang=\"ja\""));
    let written = std::fs::metadata(&page).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    site.write(tmp.path()).unwrap();
    assert_eq!(std::fs::metadata(&page).unwrap().modified().unwrap(), written);
}

#[test]
fn catalog_text_full_of_markup_stays_text_on_every_page() {
    let translations =
        Catalog::builder().locales_dir(fixture("locales-markup")).build_translations().unwrap();
    let files = translations.site().files();
    let qaa: Vec<&SiteFile> = files.iter().filter(|f| f.path().starts_with("qaa/")).collect();
    assert_eq!(qaa.len(), StatusCode::ALL.len() + 1);
    for file in qaa {
        let html = file.contents();
        assert!(!html.contains("<script") && !html.contains("<b>"), "{}", file.path());
        assert!(!html.contains("href=\"javascript"), "{}", file.path());
    }
    let page = page(&files, "qaa/404.html");
    assert!(page.contains("<title>404 &lt;script&gt;alert("), "{page}");
}
