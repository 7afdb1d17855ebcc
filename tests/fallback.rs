//! A deliberately broken locale folder: the catalog reports each problem and still answers
//! every code, falling back per message.

use http_status_catalog::{Catalog, DiagnosticKind, Severity, StatusCode};

use crate::fixture;

fn broken() -> Catalog {
    Catalog::builder().locales_dir(fixture("locales-broken")).build()
}

#[test]
fn each_problem_is_reported_with_its_place() {
    let catalog = broken();
    let errors: Vec<(DiagnosticKind, String, Option<usize>)> = catalog
        .diagnostics()
        .iter()
        .filter(|d| d.severity() == Severity::Error)
        .map(|d| {
            let file = d.path().rsplit(['/', '\\']).take(2).collect::<Vec<_>>();
            (d.kind(), format!("{}/{}", file[1], file[0]), d.line())
        })
        .collect();
    let expected = vec![
        (DiagnosticKind::InvalidLocaleName, "locales-broken/pt_BR".to_string(), None),
        (DiagnosticKind::Syntax, "ru/status.ftl".to_string(), Some(5)),
        (DiagnosticKind::UnknownReference, "ru/status.ftl".to_string(), Some(4)),
        (DiagnosticKind::Duplicate, "ru/status.ftl".to_string(), Some(7)),
        (DiagnosticKind::WirePhraseInLocale, "ru/status.ftl".to_string(), Some(8)),
        (DiagnosticKind::Resolve, "ru/status.ftl".to_string(), Some(9)),
    ];
    assert_eq!(errors, expected, "{:#?}", catalog.diagnostics());
    let shown = catalog.diagnostics().iter().find(|d| d.kind() == DiagnosticKind::Syntax).unwrap();
    assert!(shown.to_string().ends_with("ru/status.ftl:5:6: error: syntax error: Expected a token starting with \"=\"; the entry is skipped"), "{shown}");
}

#[test]
fn a_partial_locale_is_reported_by_the_check_not_the_catalog() {
    assert!(!broken().diagnostics().iter().any(|d| d.kind() == DiagnosticKind::Missing));
    let translations =
        Catalog::builder().locales_dir(fixture("locales-broken")).build_translations().unwrap();
    let report = translations.check();
    let missing = report
        .diagnostics()
        .iter()
        .filter(|d| d.kind() == DiagnosticKind::Missing && d.path().contains("/eo/"))
        .count();
    let eo = report.locales().iter().find(|l| l.tag() == "eo").unwrap();
    assert_eq!(eo.translated(), 1);
    assert!(eo.is_from_disk());
    // Missing messages of status.ftl, the one file eo has, one warning each.
    assert_eq!(missing, 2 * StatusCode::ALL.len() - 1);
}

#[test]
fn broken_messages_fall_back_and_good_ones_are_used() {
    let catalog = broken();
    let embedded = Catalog::global().negotiate_tag("ru");
    let ru = catalog.negotiate_tag("ru");
    // Good messages from disk win over the embedded ones.
    assert_eq!(ru.describe(StatusCode::NotFound).title(), "Страница не найдена (из папки)");
    // The first of two duplicates is used.
    assert_eq!(ru.describe(StatusCode::Gone).title(), "Удалено навсегда");
    // Unresolvable messages fall back to the embedded Russian.
    let bad = ru.describe(StatusCode::BadRequest);
    assert_eq!(bad.title(), embedded.describe(StatusCode::BadRequest).title());
    let cyclic = ru.describe(StatusCode::InternalServerError);
    assert_eq!(
        cyclic.description(),
        embedded.describe(StatusCode::InternalServerError).description()
    );
    // The wire phrase is untouched.
    assert_eq!(StatusCode::NotFound.phrase(), "Not Found");

    let eo = catalog.negotiate_tag("eo-001");
    assert_eq!(eo.id().to_string(), "eo");
    assert_eq!(eo.describe(StatusCode::NotFound).title(), "Ne trovita");
    let english = Catalog::global().root().describe(StatusCode::Gone);
    assert_eq!(eo.describe(StatusCode::Gone).title(), english.title());
    assert!(!eo.describe(StatusCode::Gone).is_translated());
    for locale in catalog.locales() {
        for code in 100..=599 {
            let d = locale.describe_code(code).unwrap();
            assert!(!d.title().is_empty() && !d.description().is_empty());
        }
    }
}

#[test]
fn a_missing_folder_is_a_diagnostic_not_a_failure() {
    let catalog = Catalog::builder().locales_dir(fixture("no-such-folder")).build();
    assert_eq!(catalog.diagnostics().len(), 1);
    assert_eq!(catalog.diagnostics()[0].kind(), DiagnosticKind::Io);
    assert_eq!(catalog.negotiate_tag("ru").describe(StatusCode::NotFound).title(), "Не найдено");
}

#[test]
fn without_embedded_locales_english_still_backs_every_message() {
    let catalog = Catalog::builder().embedded(false).locales_dir(fixture("locales-broken")).build();
    let tags: Vec<String> = catalog.locales().map(|l| l.id().to_string()).collect();
    assert_eq!(tags, ["en", "eo", "ru"]);
    let ru = catalog.negotiate_tag("ru");
    let english = Catalog::global().root();
    assert_eq!(
        ru.describe(StatusCode::BadRequest).title(),
        english.describe(StatusCode::BadRequest).title()
    );
}

#[test]
fn a_citation_must_use_both_variables_exactly_once() {
    let reference = StatusCode::NotFound.references()[0];
    let cases = [
        ("spec-citation = { $spec } sekcio\n", Some("$section")),
        ("spec-citation = { $spec }, { $spec } { $section }\n", Some("$spec")),
        ("spec-citation = { $section } en { $spec }\n", None),
    ];
    for (source, misused) in cases {
        let catalog = Catalog::builder().locale_file("eo", "specs.ftl", source).build();
        let problems: Vec<String> = catalog
            .diagnostics()
            .iter()
            .filter(|d| d.severity() == Severity::Error)
            .map(|d| d.message().to_string())
            .collect();
        let cited = catalog.negotiate_tag("eo").cite(reference).to_string();
        match misused {
            Some(variable) => {
                assert_eq!(problems.len(), 1, "{source}");
                let expected = format!("must use {{ {variable} }} exactly once");
                assert!(problems[0].contains(&expected), "{problems:?}");
                assert_eq!(cited, "RFC 9110, Section 15.5.5", "falls back to English");
            }
            None => {
                assert!(problems.is_empty(), "{problems:?}");
                assert_eq!(cited, "15.5.5 en RFC 9110", "any order the language needs");
            }
        }
    }
}
