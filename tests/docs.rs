//! Rendered documentation: committed tables are fresh, goldens match, every code appears once,
//! and every format escapes what it must.

use std::path::{Path, PathBuf};

use http_status_catalog::render::{Column, DocsTable, Format};
use http_status_catalog::{Catalog, StatusCode};

use crate::fixture;

const REGENERATE: &str = "cargo run --features cli -- docs --out-dir docs";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Compares with a golden file; `UPDATE_GOLDEN=1 cargo test --all-features` rewrites it.
fn check_golden(path: PathBuf, actual: &str, how: &str) {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing; run `{how}`", path.display()));
    if expected != actual {
        let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b);
        panic!(
            "{} is out of date (first difference at line {:?}); run `{how}`",
            path.display(),
            line.map(|l| l + 1)
        );
    }
}

#[test]
fn committed_docs_are_fresh_for_every_locale() {
    let mut expected_files = Vec::new();
    for locale in Catalog::global().locales().filter(|l| !l.is_pseudo()) {
        for format in [Format::Markdown, Format::Html] {
            let name = format!("status-codes.{}.{}", locale.id(), format.extension());
            check_golden(
                root().join("docs").join(&name),
                &DocsTable::new(locale).render(format),
                REGENERATE,
            );
            expected_files.push(name);
        }
    }
    for entry in std::fs::read_dir(root().join("docs")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name.starts_with("status-codes.") {
            assert!(expected_files.contains(&name), "docs/{name} belongs to no shipped locale");
        }
    }
}

#[test]
fn golden_rst_and_json_for_en_and_ru() {
    for tag in ["en", "ru"] {
        let locale = Catalog::global().negotiate_tag(tag);
        for format in [Format::Rst, Format::Json] {
            let path = root()
                .join("tests/golden")
                .join(format!("status-codes.{tag}.{}", format.extension()));
            check_golden(
                path,
                &DocsTable::new(locale).render(format),
                "UPDATE_GOLDEN=1 cargo test --all-features",
            );
        }
    }
}

#[test]
fn every_code_appears_once_per_table() {
    for locale in Catalog::global().locales() {
        let table = DocsTable::new(locale).columns(&[
            Column::Code,
            Column::Name,
            Column::Details,
            Column::Title,
        ]);
        let md = table.render(Format::Markdown);
        let html = table.render(Format::Html);
        let rst = table.render(Format::Rst);
        let json: serde_json::Value = serde_json::from_str(&table.render(Format::Json)).unwrap();
        let json_codes: Vec<u64> = json["classes"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["rows"].as_array().unwrap().iter().map(|s| s["code"].as_u64().unwrap()))
            .collect();
        assert_eq!(json_codes.len(), StatusCode::ALL.len());
        for &status in StatusCode::ALL {
            let code = status.as_u16();
            let count = |text: &str, needle: &str| text.matches(needle).count();
            assert_eq!(count(&md, &format!("\n| {code} | {} |", status.name())), 1, "{code} in md");
            assert_eq!(count(&html, &format!("<tr><td>{code}</td>")), 1, "{code} in html");
            assert_eq!(count(&rst, &format!("\n   * - {code}\n")), 1, "{code} in rst");
            assert_eq!(json_codes.iter().filter(|&&c| c == u64::from(code)).count(), 1);
        }
    }
}

fn markup_locale() -> Catalog {
    Catalog::builder().locales_dir(fixture("locales-markup")).build()
}

#[test]
fn markdown_escapes_pipes_markup_and_backticks() {
    let catalog = markup_locale();
    let table = DocsTable::new(catalog.negotiate_tag("qaa")).columns(&[
        Column::Code,
        Column::Title,
        Column::Description,
        Column::Details,
    ]);
    let md = table.render(Format::Markdown);
    assert!(!md.contains("<script>") && !md.contains("<b>") && !md.contains("<i>"), "{md}");
    assert!(md.contains("&lt;script&gt;"));
    let row = md.lines().find(|l| l.starts_with("| 404 |")).unwrap();
    // Exactly the four cell separators of a four-column row: every pipe in the text is escaped.
    let unescaped = row.match_indices('|').filter(|(i, _)| !row[..*i].ends_with('\\')).count();
    assert_eq!(unescaped, 5, "{row}");
    assert!(row.contains("\\`tick\\`") && row.contains("&amp;amp;"), "{row}");
    assert!(!md.contains("Line one\n"), "line breaks are folded");
    assert!(md.contains("| C\\|o\\`d\\`e |"), "headings are escaped");
}

#[test]
fn html_escapes_every_catalog_string() {
    let catalog = markup_locale();
    let html = DocsTable::new(catalog.negotiate_tag("qaa"))
        .columns(&[Column::Code, Column::Title, Column::Details])
        .render(Format::Html);
    assert_eq!(html.matches("<script").count(), 0, "{html}");
    assert!(html.contains("&lt;script&gt;"));
    assert!(
        html.contains("<title>Caption &lt;&#x2f;title&gt;")
            || html.contains("<title>Caption &lt;/title&gt;"),
        "{html}"
    );
    assert!(
        html.contains("HTTP &lt;i&gt;Semantics&lt;&#x2f;i&gt;")
            || html.contains("HTTP &lt;i&gt;Semantics&lt;/i&gt;")
    );
    assert!(html.contains("<html lang=\"qaa\" dir=\"ltr\">"));
}

#[test]
fn rst_escapes_backticks_and_inline_markup() {
    let catalog = markup_locale();
    let rst = DocsTable::new(catalog.negotiate_tag("qaa"))
        .columns(&[Column::Code, Column::Name, Column::Title])
        .render(Format::Rst);
    let row = rst.split("   * - 404\n").nth(1).unwrap();
    let title = row.lines().nth(1).unwrap();
    assert!(
        title.contains("\\`tick\\`")
            && title.contains("\\*star\\*")
            && title.contains("\\_under\\_"),
        "{title}"
    );
    assert!(title.contains("\\|"), "{title}");
    assert!(rst.contains("     - \\- starts like a list"), "{rst}");
}

#[test]
fn json_keeps_text_exactly() {
    let catalog = markup_locale();
    let qaa = catalog.negotiate_tag("qaa");
    let table = DocsTable::new(qaa).columns(&[Column::Code, Column::Title]);
    let json: serde_json::Value = serde_json::from_str(&table.render(Format::Json)).unwrap();
    assert_eq!(json["columns"][1]["id"], "title");
    let not_found = &json["classes"][3]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == 404)
        .unwrap()
        .clone();
    assert_eq!(not_found["title"], qaa.describe(StatusCode::NotFound).title());
    assert!(not_found["title"].as_str().unwrap().starts_with("<script>"));
}

#[test]
fn html_page_sets_language_and_direction() {
    let ru = Catalog::global().negotiate_tag("ru");
    let html = DocsTable::new(ru).render(Format::Html);
    assert!(html.starts_with("<!doctype html>\n<html lang=\"ru\" dir=\"ltr\">"));
    assert!(html.contains("<th scope=\"col\">Перечисление имён</th>"));
}

#[test]
fn the_table_as_data_has_the_locales_words_and_links() {
    let catalog = Catalog::global();
    let ru = catalog.negotiate_tag("ru");
    let table = DocsTable::new(ru);
    assert_eq!(table.caption(), "Коды состояния HTTP");
    assert!(table.intro().starts_with("Все коды состояния"));
    let headings: Vec<(Column, &str)> = table.column_headings();
    assert_eq!(
        headings,
        [
            (Column::Code, "Код"),
            (Column::Name, "Перечисление имён"),
            (Column::Details, "Подробности")
        ]
    );

    let sections = table.sections();
    let classes: Vec<&str> = sections.iter().map(|s| s.class().as_str()).collect();
    assert_eq!(classes, ["1xx", "2xx", "3xx", "4xx", "5xx"]);
    assert_eq!(sections[1].heading(), "2xx: Успех");
    assert_eq!(sections[1].title(), "Успех");
    assert_eq!(sections[1].description(), "Запрос успешно получен, понят и принят.");
    let rows: usize = sections.iter().map(|s| s.rows().len()).sum();
    assert_eq!(rows, StatusCode::ALL.len());

    // 418 cites two specifications: one linked piece each, joined by the locale in plain text.
    let teapot = sections[3].rows().iter().find(|r| r.status() == StatusCode::ImATeapot).unwrap();
    let [code, name, details] = teapot.cells() else { panic!("three columns") };
    assert_eq!((code.text().as_str(), name.text().as_str()), ("418", "IM_A_TEAPOT"));
    let urls: Vec<Option<&str>> = details.pieces().iter().map(|p| p.url()).collect();
    assert_eq!(
        urls,
        [
            Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19"),
            Some("https://www.rfc-editor.org/rfc/rfc2324#section-2.3.2"),
        ]
    );
    assert_eq!(
        details.text(),
        format!("{}; {}", details.pieces()[0].text(), details.pieces()[1].text())
    );
    assert!(code.pieces()[0].url().is_none());

    // The words between list items and around labels are the locale's.
    let separator = |tag: &str| DocsTable::new(catalog.negotiate_tag(tag)).list_separator();
    assert_eq!(separator("en"), "; ");
    assert_eq!(separator("ar"), "؛ ");
    assert_eq!(separator("zh-CN"), "；");
    assert_eq!(separator("th"), " และ ");
    let zh = DocsTable::new(catalog.negotiate_tag("zh-CN")).sections();
    assert_eq!(zh[3].heading(), "4xx：客户端错误");
}
