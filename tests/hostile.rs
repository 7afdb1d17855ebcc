//! Hostile input: locale files written to break the catalog, and output that must stay clean.

use std::path::Path;
use std::sync::{Arc, Barrier, LazyLock};
use std::time::{Duration, Instant};

use http_status_catalog::{Catalog, DiagnosticKind as K, Severity, StatusCode};

use crate::fixture;

static HOSTILE: LazyLock<Catalog> =
    LazyLock::new(|| Catalog::builder().locales_dir(fixture("locales-hostile")).build());

/// Characters that must never reach any output.
fn is_dangerous(c: char) -> bool {
    (c.is_control() && c != '\n')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn every_code_has_text(catalog: &Catalog, tag: &str) {
    let locale = catalog.negotiate_tag(tag);
    for code in 100..=599 {
        let d = locale.describe_code(code).unwrap();
        assert!(!d.title().trim().is_empty() && !d.description().trim().is_empty(), "{tag} {code}");
        assert!(d.title().len() <= 4096 && d.description().len() <= 4096, "{tag} {code}");
    }
}

#[test]
fn hostile_text_is_reported_cleaned_and_bounded() {
    let kinds: Vec<(Severity, K)> = HOSTILE
        .diagnostics()
        .iter()
        .filter(|d| d.kind() != K::Missing)
        .map(|d| (d.severity(), d.kind()))
        .collect();
    assert_eq!(
        kinds,
        [
            (Severity::Warning, K::ForbiddenCharacter),
            (Severity::Warning, K::ForbiddenCharacter),
            (Severity::Warning, K::ForbiddenCharacter),
            (Severity::Warning, K::ForbiddenCharacter),
            (Severity::Error, K::WirePhraseInLocale),
            (Severity::Error, K::Resolve),
            (Severity::Error, K::Resolve),
        ]
    );
    let qaa = HOSTILE.negotiate_tag("qaa");
    let title = qaa.describe(StatusCode::NotFound).title();
    assert_eq!(title, "<b>Gone</b> [31mRED[0m evil | `tick` & iso");
    for locale in HOSTILE.locales() {
        for &status in StatusCode::ALL {
            let d = locale.describe(status);
            assert!(!d.title().contains(is_dangerous) && !d.description().contains(is_dangerous));
        }
    }
    // The cycle and the expansion bomb fall back to English.
    let english = Catalog::global().root();
    assert_eq!(
        qaa.describe(StatusCode::BadGateway).title(),
        english.describe(StatusCode::BadGateway).title()
    );
    let bomb = qaa.describe(StatusCode::ServiceUnavailable).description();
    assert_eq!(bomb, english.describe(StatusCode::ServiceUnavailable).description());
    every_code_has_text(&HOSTILE, "qaa");
}

#[test]
fn no_locale_file_can_change_the_wire() {
    let qaa = HOSTILE.negotiate_tag("qaa");
    for &status in StatusCode::ALL {
        let d = qaa.describe(status);
        assert_eq!(d.phrase(), Some(status.phrase()));
        // The status line is built from the wire phrase alone; no title reaches it.
        let status_line = format!("HTTP/1.1 {status}\r\n");
        assert!(!status_line.contains("Gone</b>") && !status_line.contains("Hacked"));
        assert!(status
            .phrase()
            .bytes()
            .all(|b| b == b' ' || b == b'\t' || b.is_ascii_graphic() || b >= 0x80));
    }
    assert_eq!(StatusCode::NotFound.to_string(), "404 Not Found");
}

#[test]
fn oversized_binary_and_linked_files_are_refused_and_the_rest_works() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let locale = dir.join("nl");
    std::fs::create_dir(&locale).unwrap();
    // 10 MB of valid Fluent: refused before it is read whole.
    let line = "status-404-title = Niet gevonden\n";
    std::fs::write(locale.join("status.ftl"), line.repeat(10 * 1024 * 1024 / line.len() + 1))
        .unwrap();
    // Invalid UTF-8 and NUL bytes.
    std::fs::write(locale.join("classes.ftl"), b"class-4xx-title = Fout\xff\xfe\n").unwrap();
    std::fs::write(locale.join("docs.ftl"), b"docs-caption = Status\0codes\n").unwrap();
    // A file outside the folder, reached through a symbolic link, and a linked folder.
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.ftl"), "status-500-title = secret\n").unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.ftl"), locale.join("specs.ftl"))
        .unwrap();
    std::os::unix::fs::symlink(outside.path(), dir.join("de")).unwrap();
    // A folder that is not a language tag.
    std::fs::create_dir(dir.join("not a tag")).unwrap();
    std::fs::write(dir.join("not a tag/status.ftl"), "status-404-title = x\n").unwrap();

    let catalog = Catalog::builder().locales_dir(dir).build();
    let errors: Vec<(K, String)> = catalog
        .diagnostics()
        .iter()
        .filter(|d| d.severity() == Severity::Error)
        .map(|d| {
            (d.kind(), Path::new(d.path()).file_name().unwrap().to_string_lossy().into_owned())
        })
        .collect();
    assert_eq!(
        errors,
        [
            (K::Io, "de".to_string()),
            (K::Io, "specs.ftl".to_string()),
            (K::TooLarge, "status.ftl".to_string()),
            (K::InvalidUtf8, "classes.ftl".to_string()),
            (K::InvalidLocaleName, "not a tag".to_string()),
        ]
    );
    let nl = catalog.negotiate_tag("nl");
    let shipped = Catalog::global().negotiate_tag("nl");
    assert_eq!(
        nl.describe(StatusCode::InternalServerError).title(),
        shipped.describe(StatusCode::InternalServerError).title(),
        "the secret stayed outside"
    );
    let table = http_status_catalog::render::DocsTable::new(nl);
    let markdown = table.render(http_status_catalog::render::Format::Markdown);
    assert!(markdown.starts_with("# Statuscodes\n"), "NUL removed: {markdown:?}");
    every_code_has_text(&catalog, "nl");
}

#[test]
fn every_renderer_keeps_hostile_text_inert() {
    use http_status_catalog::page::ErrorPage;
    use http_status_catalog::render::{Column, DocsTable, Format};
    let qaa = HOSTILE.negotiate_tag("qaa");
    let columns = [Column::Code, Column::Title, Column::Description, Column::Details];
    for format in Format::ALL {
        let out = DocsTable::new(qaa).columns(&columns).render(format);
        assert!(!out.contains(is_dangerous_outside_json), "{format:?}");
        // Markdown and HTML pass markup through, so they must escape it; in reStructuredText
        // and JSON it is inert text.
        if matches!(format, Format::Markdown | Format::Html) {
            assert!(!out.contains("<script>") && !out.contains("<b>"), "{format:?}");
        }
    }
    let page = ErrorPage::new(qaa.describe(StatusCode::NotFound)).render();
    assert!(!page.contains(is_dangerous) && !page.contains("<b>Gone"));
    let json = serde_json::to_string(&qaa.describe(StatusCode::NotFound)).unwrap();
    let back: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(back["title"], qaa.describe(StatusCode::NotFound).title());
}

fn is_dangerous_outside_json(c: char) -> bool {
    is_dangerous(c) && c != '\n'
}

#[test]
fn racing_threads_get_identical_answers() {
    static LAZY: LazyLock<Catalog> = LazyLock::new(|| Catalog::builder().build());
    let threads = 8;
    let barrier = Arc::new(Barrier::new(threads));
    let deadline = Instant::now() + Duration::from_secs(3);
    let handles: Vec<_> = (0..threads)
        .map(|n| {
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                barrier.wait(); // all threads reach first use together
                let headers = ["ru-RU, en;q=0.5", "zh-HK", "ar;q=0.9, de", "tlh, pt-PT;q=0.3"];
                let mut answers = Vec::new();
                let mut rounds = 0;
                while rounds < 200 && Instant::now() < deadline {
                    for header in headers {
                        let locale = LAZY.negotiate_accept_language(header);
                        let code = StatusCode::ALL[(rounds + n) % StatusCode::ALL.len()];
                        let d = locale.describe(code);
                        answers.push((
                            header,
                            code,
                            locale.id().to_string(),
                            d.title().to_string(),
                        ));
                    }
                    rounds += 1;
                }
                answers
            })
        })
        .collect();
    let expected = |header: &str, code: StatusCode| {
        let locale = Catalog::global().negotiate_accept_language(header);
        (locale.id().to_string(), locale.describe(code).title().to_string())
    };
    let mut checked = 0;
    for handle in handles {
        for (header, code, tag, title) in handle.join().unwrap() {
            assert_eq!((tag, title), expected(header, code), "{header} {code:?}");
            checked += 1;
        }
    }
    assert!(checked >= threads * 4, "every thread answered");
}

#[test]
fn a_value_made_only_of_removed_characters_is_empty_and_falls_back() {
    // Found by the locale_file fuzz target: the removal used to leave an empty title.
    let source = "status-502-title = \0\0\0\nstatus-503-title = \u{202e}\u{202c}\nstatus-504-title = ok\u{7}\n";
    let catalog = Catalog::builder().locale_file("qaa", "status.ftl", source).build();
    let empty = catalog.diagnostics().iter().filter(|d| d.kind() == K::Empty).count();
    assert_eq!(empty, 2);
    let qaa = catalog.negotiate_tag("qaa");
    let english = Catalog::global().root();
    for status in [StatusCode::BadGateway, StatusCode::ServiceUnavailable] {
        assert_eq!(qaa.describe(status).title(), english.describe(status).title());
    }
    assert_eq!(qaa.describe(StatusCode::GatewayTimeout).title(), "ok");
}

#[test]
fn the_catalog_and_its_handles_are_shared_across_threads() {
    fn shared<T: Send + Sync>() {}
    shared::<Catalog>();
    shared::<http_status_catalog::Locale<'static>>();
    shared::<http_status_catalog::Description<'static>>();
    shared::<http_status_catalog::InvalidStatusCode>();
    shared::<http_status_catalog::StatusError>();
}
