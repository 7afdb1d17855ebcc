//! The translator's workflow: fixtures with every kind of problem, each with its exact
//! diagnostics, and a new locale taken from template to current.

use std::path::Path;

use http_status_catalog::tools::{CheckReport, Translations};
use http_status_catalog::{Catalog, DiagnosticKind as K, Severity, StatusCode};

use crate::fixture;

/// The locale folders under `dir` (English from `dir/en` if there, else the embedded one), or
/// the embedded locales.
fn load(dir: Option<&Path>) -> Translations {
    match dir {
        Some(dir) => Catalog::builder().embedded(false).locales_dir(dir).build_translations(),
        None => Catalog::builder().build_translations(),
    }
    .unwrap()
}

fn check(dir: Option<&Path>) -> CheckReport {
    load(dir).check()
}

/// How many messages English has, in all its files.
fn english_total() -> usize {
    check(None).locales()[0].total()
}

type Seen = (Severity, K, String, Option<usize>);

/// The diagnostics as (severity, kind, path below the fixture folder, line), leaving out the
/// per-message "missing" warnings, which partial fixtures have by the hundred.
fn seen(report: &CheckReport, root: &Path) -> Vec<Seen> {
    let root = root.display().to_string();
    report
        .diagnostics()
        .iter()
        .filter(|d| d.kind() != K::Missing)
        .map(|d| {
            let path = d.path().strip_prefix(&root).unwrap_or(d.path()).trim_start_matches('/');
            (d.severity(), d.kind(), path.to_string(), d.line())
        })
        .collect()
}

fn row(severity: Severity, kind: K, path: &str, line: Option<usize>) -> Seen {
    (severity, kind, path.to_string(), line)
}

/// The warnings every fixture with only `status.ftl` and no `sources.txt` gets.
fn only_status_ftl(tag: &str) -> Vec<Seen> {
    let mut rows: Vec<Seen> = [
        "classes.ftl",
        "cli.ftl",
        "docs.ftl",
        "locale.ftl",
        "pages.ftl",
        "site.ftl",
        "specs.ftl",
        "visitor.ftl",
    ]
    .iter()
    .map(|f| row(Severity::Warning, K::MissingFile, &format!("{tag}/{f}"), None))
    .collect();
    rows.push(row(Severity::Warning, K::Stale, &format!("{tag}/sources.txt"), None));
    rows
}

/// The catalog with the fixture on top still answers every code in the fixture's locale.
fn answers_every_code(dir: &Path, tag: &str) {
    let catalog = Catalog::builder().locales_dir(dir).build();
    let locale = catalog.negotiate_tag(tag);
    for code in 100..=599 {
        let d = locale.describe_code(code).unwrap();
        assert!(!d.title().is_empty() && !d.description().is_empty(), "{tag} {code}");
    }
}

#[test]
fn syntax_errors_have_positions_and_the_rest_still_works() {
    let dir = fixture("check/syntax");
    let report = check(Some(&dir));
    let mut expected = vec![
        row(Severity::Error, K::Syntax, "nl/status.ftl", Some(4)),
        row(Severity::Error, K::Syntax, "nl/status.ftl", Some(5)),
    ];
    expected.extend(only_status_ftl("nl"));
    assert_eq!(seen(&report, &dir), expected);
    assert!(!report.passes(false));
    let first = &report.diagnostics()[0];
    assert_eq!(first.column(), Some(18));
    assert!(first.message().contains("Expected a token starting with \"=\""), "{first}");
    answers_every_code(&dir, "nl");
    let catalog = Catalog::builder().embedded(false).locales_dir(&dir).build();
    let nl = catalog.negotiate_tag("nl");
    assert_eq!(nl.describe(StatusCode::Gone).title(), "Verdwenen", "after the junk");
    assert_eq!(nl.describe(StatusCode::InternalServerError).title(), "Internal Server Error");
    // With the embedded Dutch underneath, the broken messages fall back to it instead.
    let layered = Catalog::builder().locales_dir(&dir).build();
    let shipped = Catalog::global().negotiate_tag("nl").describe(StatusCode::InternalServerError);
    assert_eq!(
        layered.negotiate_tag("nl").describe(StatusCode::InternalServerError).title(),
        shipped.title()
    );
}

#[test]
fn a_partial_locale_lists_what_is_missing_as_warnings() {
    let dir = fixture("check/partial");
    let report = check(Some(&dir));
    assert_eq!(seen(&report, &dir), only_status_ftl("sv"));
    let missing = report.diagnostics().iter().filter(|d| d.kind() == K::Missing).count();
    assert_eq!(
        missing,
        2 * StatusCode::ALL.len() - 3,
        "one warning per missing message of status.ftl"
    );
    let sv = &report.locales()[0];
    assert_eq!((sv.tag(), sv.translated(), sv.missing()), ("sv", 3, sv.total() - 3));
    assert!(report.passes(false) && !report.passes(true), "warnings fail only under --strict");
    answers_every_code(&dir, "sv");
}

#[test]
fn stale_translations_are_listed_until_marked_current() {
    let dir = fixture("check/stale");
    let report = check(Some(&dir));
    assert_eq!(
        seen(&report, &dir),
        [
            row(Severity::Warning, K::Stale, "da/status.ftl", Some(2)),
            row(Severity::Warning, K::Stale, "da/status.ftl", Some(3)),
        ]
    );
    assert!(report.diagnostics()[0].message().contains("the English changed"));
    assert!(report.diagnostics()[1].message().contains("not recorded"));
    let da = report.locales().iter().find(|l| l.tag() == "da").unwrap();
    assert_eq!((da.total(), da.translated(), da.stale()), (3, 3, 2));
    assert!(da.is_complete() && !da.is_current());
    answers_every_code(&dir, "da");
}

#[test]
fn a_byte_order_mark_is_a_warning_and_crlf_is_fine() {
    let dir = fixture("check/bom-crlf");
    let report = check(Some(&dir));
    let mut expected = vec![row(Severity::Warning, K::ByteOrderMark, "fi/status.ftl", None)];
    expected.extend(only_status_ftl("fi"));
    assert_eq!(seen(&report, &dir), expected);
    let catalog = Catalog::builder().locales_dir(&dir).build();
    let fi = catalog.negotiate_tag("fi");
    assert_eq!(fi.describe(StatusCode::NotFound).title(), "Ei löytynyt");
    let d = fi.describe(StatusCode::InternalServerError).description();
    assert_eq!(d, "Palvelimella tapahtui virhe,\nyritä myöhemmin uudelleen.");
    answers_every_code(&dir, "fi");
}

#[test]
fn a_file_that_is_not_utf8_is_rejected_with_its_position() {
    let dir = fixture("check/not-utf8");
    let report = check(Some(&dir));
    let mut expected = vec![row(Severity::Error, K::InvalidUtf8, "cs/status.ftl", Some(2))];
    expected.extend(only_status_ftl("cs"));
    assert_eq!(seen(&report, &dir), expected);
    assert_eq!(report.diagnostics()[0].column(), Some(34));
    assert_eq!(report.locales()[0].translated(), 0);
    answers_every_code(&dir, "cs");
}

#[test]
fn deep_nesting_is_rejected_before_parsing() {
    let dir = fixture("check/deep");
    let report = check(Some(&dir));
    let mut expected = vec![row(Severity::Error, K::TooDeep, "tr/status.ftl", Some(2))];
    expected.extend(only_status_ftl("tr"));
    assert_eq!(seen(&report, &dir), expected);
    assert_eq!(report.diagnostics()[0].column(), Some(19 + 33));
    answers_every_code(&dir, "tr");
}

#[test]
fn extra_and_duplicate_ids_are_reported() {
    let dir = fixture("check/extra");
    let report = check(Some(&dir));
    let mut expected = vec![row(Severity::Error, K::Duplicate, "hu/status.ftl", Some(2))];
    expected.extend(only_status_ftl("hu"));
    let after_missing_files = expected.iter().filter(|r| r.1 == K::MissingFile).count() + 1;
    expected
        .insert(after_missing_files, row(Severity::Warning, K::ExtraFile, "hu/notes.ftl", None));
    expected.extend([
        row(Severity::Warning, K::Extra, "hu/status.ftl", Some(4)),
        row(Severity::Warning, K::Extra, "hu/notes.ftl", Some(1)),
        row(Severity::Warning, K::Extra, "hu/status.ftl", Some(3)),
    ]);
    assert_eq!(seen(&report, &dir), expected);
    let catalog = Catalog::builder().locales_dir(&dir).build();
    assert_eq!(catalog.negotiate_tag("hu").describe(StatusCode::NotFound).title(), "Nem található");
    answers_every_code(&dir, "hu");
}

#[test]
fn the_shipped_locales_pass_the_strict_check() {
    for dir in [None, Some(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/locales")))] {
        let report = check(dir);
        let shown: Vec<String> = report.diagnostics().iter().map(ToString::to_string).collect();
        assert!(report.passes(true), "{shown:#?}");
        let folders = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/locales"))
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().is_dir())
            .count();
        assert_eq!(report.locales().len(), folders);
        assert!(report.locales().iter().all(|l| l.is_current() && l.total() == english_total()));
    }
}

#[test]
fn a_new_locale_from_template_to_current() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // English in the work folder, so that the test can change it as a writer would.
    let en = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en");
    std::fs::create_dir(dir.join("en")).unwrap();
    for file in std::fs::read_dir(&en).unwrap() {
        let file = file.unwrap();
        std::fs::copy(file.path(), dir.join("en").join(file.file_name())).unwrap();
    }

    // 1. The skeleton: every English file, every message commented out with its English.
    let written = load(Some(dir)).template(dir, "ga", false).unwrap();
    let english_files = std::fs::read_dir(&en).unwrap().count();
    assert_eq!(written.len(), english_files);
    let status = std::fs::read_to_string(dir.join("ga/status.ftl")).unwrap();
    assert!(status.contains("\n# status-404-title = Not Found\n"), "{status}");
    let report = check(Some(dir));
    let sv = report.locales().iter().find(|l| l.tag() == "ga").unwrap().clone();
    assert_eq!((sv.translated(), sv.missing()), (0, english_total()));
    assert!(report.passes(false), "a fresh template has warnings only");
    let translations = load(Some(dir));
    assert!(
        translations.template(dir, "ga", false).is_err(),
        "an existing folder is not overwritten"
    );
    assert!(translations.template(dir, "ga_IE", false).is_err(), "folder names are canonical tags");

    // 2. Translate two messages; preview them without building anything.
    let translated = status
        .replace("# status-404-title = Not Found", "status-404-title = Gan aimsiú")
        .replace("# status-410-title = Gone", "status-410-title = Imithe");
    std::fs::write(dir.join("ga/status.ftl"), translated).unwrap();
    let preview = Catalog::builder().locales_dir(dir).build();
    let sv_preview = preview.negotiate_tag("ga-IE");
    assert_eq!(sv_preview.describe(StatusCode::NotFound).title(), "Gan aimsiú");
    assert_eq!(sv_preview.describe(StatusCode::Gone).title(), "Imithe");
    assert_eq!(sv_preview.describe(StatusCode::BadRequest).title(), "Bad Request");
    let report = check(Some(dir));
    let sv = report.locales().iter().find(|l| l.tag() == "ga").unwrap().clone();
    assert_eq!((sv.translated(), sv.stale()), (2, 2), "not yet recorded as current");

    // 3. Mark them current.
    let path = load(Some(dir)).update_sources("ga").unwrap();
    assert_eq!(
        std::fs::read_to_string(path).unwrap().lines().filter(|l| !l.starts_with('#')).count(),
        2
    );
    let sv = check(Some(dir)).locales().iter().find(|l| l.tag() == "ga").unwrap().clone();
    assert_eq!((sv.translated(), sv.stale()), (2, 0));

    // 4. The English of 410 changes: exactly that translation becomes stale.
    let en_status = std::fs::read_to_string(dir.join("en/status.ftl")).unwrap();
    let changed = en_status.replace("status-410-title = Gone", "status-410-title = Gone Forever");
    assert_ne!(changed, en_status);
    std::fs::write(dir.join("en/status.ftl"), changed).unwrap();
    let report = check(Some(dir));
    let stale: Vec<String> = report
        .diagnostics()
        .iter()
        .filter(|d| d.kind() == K::Stale)
        .map(|d| d.message().to_string())
        .collect();
    assert_eq!(stale.len(), 1, "{stale:?}");
    assert!(stale[0].starts_with("`status-410-title` is stale"), "{stale:?}");
}
