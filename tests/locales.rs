//! The shipped locales: complete, consistent in layout, clean, and kept apart from the wire.

use std::collections::BTreeSet;
use std::path::Path;

use http_status_catalog::{Catalog, StatusClass, StatusCode};

fn locales_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/locales"))
}

fn file_names(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect()
}

#[test]
fn the_shipped_locales_load_without_diagnostics() {
    let catalog = Catalog::global();
    let shown: Vec<String> = catalog.diagnostics().iter().map(ToString::to_string).collect();
    assert!(shown.is_empty(), "{shown:#?}");
    let tags: Vec<String> = catalog.locales().map(|l| l.id().to_string()).collect();
    assert_eq!(tags[0], "en");
    assert!(tags.contains(&"ru".to_string()));
}

#[test]
fn every_locale_folder_has_the_same_files() {
    let english = file_names(&locales_dir().join("en"));
    for entry in std::fs::read_dir(locales_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() && path != locales_dir().join("en") {
            let mut expected = english.clone();
            // The records for translators: what each message was translated from, the
            // locale's terminology, and its review.
            for record in ["sources.txt", "terms.txt", "REVIEW.md"] {
                expected.insert(record.to_string());
            }
            assert_eq!(file_names(&path), expected, "{}", path.display());
        }
    }
}

#[test]
fn every_folder_is_a_locale_of_the_catalog() {
    let catalog = Catalog::global();
    let folders =
        std::fs::read_dir(locales_dir()).unwrap().filter(|e| e.as_ref().unwrap().path().is_dir());
    assert_eq!(folders.count(), catalog.locales().count());
    assert!(catalog.locales().all(|l| !l.is_pseudo()), "pseudo-locales only when asked for");
}

#[test]
fn every_code_in_every_locale_has_its_own_text() {
    for locale in Catalog::global().locales() {
        for &status in StatusCode::ALL {
            let d = locale.describe(status);
            assert!(d.is_translated(), "{locale:?} {}", status.as_u16());
            assert!(!d.title().trim().is_empty(), "{locale:?} {}", status.as_u16());
            assert!(d.description().trim().len() > 10, "{locale:?} {}", status.as_u16());
        }
        for class in StatusClass::ALL {
            assert!(!locale.class_title(class).is_empty());
            assert!(!locale.class_description(class).is_empty());
        }
        assert!(!locale.name().is_empty());
    }
}

#[test]
fn russian_is_a_translation_not_a_copy() {
    let catalog = Catalog::global();
    let (en, ru) = (catalog.root(), catalog.negotiate_tag("ru"));
    for &status in StatusCode::ALL {
        let (e, r) = (en.describe(status), ru.describe(status));
        assert_ne!(e.description(), r.description(), "{}", status.as_u16());
        assert_eq!(e.phrase(), r.phrase(), "wire phrases are never translated");
        // Russian writes "OK" as English does, as the seed's Russian table shows; every other
        // title is Russian.
        if status != StatusCode::Ok {
            assert_ne!(e.title(), r.title(), "{}", status.as_u16());
            let cyrillic = |c: char| ('а'..='я').contains(&c.to_lowercase().next().unwrap());
            assert!(r.title().chars().any(cyrillic), "{}", r.title());
        }
    }
    // The seed's official Russian terms.
    let r = StatusCode::AlreadyReported.references()[0];
    assert_eq!(ru.cite(r).to_string(), "RFC 5842, Раздел 7.1 (Экспериментальный)");
    #[cfg(feature = "docs")]
    {
        use http_status_catalog::render::{DocsTable, Format};
        let markdown = DocsTable::new(ru).render(Format::Markdown);
        assert!(
            markdown.contains("| Код | Название | Перечисление имён | Подробности |"),
            "{markdown}"
        );
    }
}

#[test]
fn no_locale_defines_wire_phrases_and_titles_do_not_reach_the_wire() {
    for entry in walk(locales_dir()) {
        if entry.file_name().unwrap() == "wire.ftl" {
            continue;
        }
        let text = std::fs::read_to_string(&entry).unwrap();
        assert!(!text.lines().any(|l| l.starts_with("wire-")), "{}", entry.display());
    }
    // The status line is the code and the wire phrase, whatever the locale says.
    for locale in Catalog::global().locales() {
        for &status in StatusCode::ALL {
            let line = format!("HTTP/1.1 {status}");
            assert_eq!(line, format!("HTTP/1.1 {} {}", status.as_u16(), status.phrase()));
            let title = locale.describe(status).title();
            let localized = format!("HTTP/1.1 {} {title}", status.as_u16());
            assert!(title == status.phrase() || line != localized, "{locale:?}: {line}");
        }
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
#[cfg(feature = "tools")]
fn pseudo_locales_are_generated_from_english_and_chosen_only_by_exact_tag() {
    use http_status_catalog::Direction;
    let catalog = Catalog::builder().pseudo_locales(true).build();
    let xa = catalog.negotiate_tag("en-XA");
    let xb = catalog.negotiate_tag("ar-XB");
    assert!(xa.is_pseudo() && xb.is_pseudo());
    assert_eq!(xb.direction(), Direction::Rtl);
    let en = catalog.root().describe(StatusCode::NotFound);
    let accented = xa.describe(StatusCode::NotFound);
    assert_ne!(accented.title(), en.title());
    assert!(accented.description().chars().count() > en.description().chars().count());
    assert_eq!(accented.phrase(), Some("Not Found"), "wire phrases stay untouched");
    assert_eq!(xb.describe(StatusCode::NotFound).phrase(), Some("Not Found"));
    assert!(xb.cite(StatusCode::NotFound.references()[0]).to_string().contains("15.5.5"));
    // Real Arabic is never answered with the pseudo-locale, nor English with en-XA.
    assert_eq!(catalog.negotiate_tag("ar-EG").id().to_string(), "ar");
    assert_eq!(catalog.negotiate_tag("en-GB").id().to_string(), "en");
    assert_eq!(Catalog::global().negotiate_tag("en-XA").id().to_string(), "en");
}
