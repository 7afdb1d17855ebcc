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
            let md_row = format!("\n| <a id=\"{code}\"></a>{code} | `{}` |", status.name());
            assert_eq!(count(&md, &md_row), 1, "{code} in md");
            let html_row = format!(
                "<tr id=\"{code}\" role=\"row\"><th scope=\"row\" role=\"rowheader\" class=\"code\">{code}</th>"
            );
            assert_eq!(count(&html, &html_row), 1, "{code} in html");
            let rst_row = format!("\n   * - .. _status-{code}:\n\n       {code}\n");
            assert_eq!(count(&rst, &rst_row), 1, "{code} in rst");
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
    let row = md.lines().find(|l| l.starts_with("| <a id=\"404\"></a>404 |")).unwrap();
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
    assert!(html.contains("<title>Caption &lt;/title&gt;"), "{html}");
    assert!(html.contains("HTTP &lt;i&gt;Semantics&lt;/i&gt;"));
    assert!(!html.contains("&#x2f;"), "a slash needs no escaping");
    assert!(html.contains("<html lang=\"qaa\" dir=\"ltr\">"));
}

#[test]
fn rst_escapes_backticks_and_inline_markup() {
    let catalog = markup_locale();
    let rst = DocsTable::new(catalog.negotiate_tag("qaa"))
        .columns(&[Column::Code, Column::Name, Column::Title])
        .render(Format::Rst);
    let row = rst.split("       404\n").nth(1).unwrap();
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
    assert!(html
        .contains("<th scope=\"col\" role=\"columnheader\" class=\"name\">Перечисление имён</th>"));
}

#[test]
fn committed_tables_show_the_localized_title_and_anchor_every_row() {
    let docs = root().join("docs");
    let read = |name: &str| std::fs::read_to_string(docs.join(name)).unwrap();
    let md = read("status-codes.ru.md");
    assert!(md.contains("| Код | Название | Перечисление имён | Подробности |"), "{md}");
    assert!(md.contains("| <a id=\"404\"></a>404 | Не найдено | `NOT_FOUND` | [Семантика HTTP"));
    let html = read("status-codes.ja.html");
    assert!(html.contains("<td role=\"cell\" class=\"title\">未検出</td>"), "{html}");
    for &status in StatusCode::ALL {
        assert!(html.contains(&format!("<tr id=\"{}\" role=\"row\">", status.as_u16())));
    }
}

#[test]
fn markdown_and_rst_link_the_specifications_as_html_does() {
    let en = Catalog::global().root();
    let url = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5";
    let md = DocsTable::new(en).render(Format::Markdown);
    assert!(md.contains(&format!("[HTTP Semantics RFC 9110, Section 15.5.5]({url})")), "{md}");
    let rst = DocsTable::new(en).render(Format::Rst);
    assert!(rst.contains(&format!("`HTTP Semantics RFC 9110, Section 15.5.5 <{url}>`__")), "{rst}");
    let html = DocsTable::new(en).render(Format::Html);
    assert!(html.contains("rfc9110#section-15.5.5\">HTTP Semantics "), "{html}");
    // Two references in one cell: each linked, joined by the locale's separator.
    let teapot = md.lines().find(|l| l.contains("<a id=\"418\">")).unwrap();
    assert_eq!(teapot.matches("](https://").count(), 2, "{teapot}");
    assert!(teapot.contains(")` ; [") || teapot.contains("); ["), "{teapot}");
}

#[test]
fn the_note_for_maintainers_is_a_comment() {
    let en = Catalog::global().root();
    let note = "Generated from the catalog";
    let html = DocsTable::new(en).render(Format::Html);
    let comment = html.find("<!-- ").unwrap();
    assert!(html[comment..].split(" -->").next().unwrap().contains(note));
    assert_eq!(html.matches(note).count(), 1, "the note appears only in the comment");
    let md = DocsTable::new(en).render(Format::Markdown);
    assert!(md.trim_end().ends_with("Do not edit by hand. -->"), "{md}");
    assert!(md.contains(&format!("\n<!-- {note}")), "{md}");
    let rst = DocsTable::new(en).render(Format::Rst);
    assert!(rst.contains(&format!("\n..\n   {note}")), "{rst}");
}

#[test]
fn html_tables_share_their_column_widths_and_keep_citations_whole() {
    for locale in Catalog::global().locales() {
        let html = DocsTable::new(locale).render(Format::Html);
        // Every class table: the same columns and the same width for the code column.
        let tables: Vec<&str> = html.split("<table ").skip(1).collect();
        assert_eq!(tables.len(), 5, "{locale}");
        let head = |t: &str| {
            let from = t.find("style=").unwrap();
            t[from..].split("<tbody").next().unwrap().to_string()
        };
        assert!(tables.iter().all(|t| head(t) == head(tables[0])), "{locale}");
        assert!(tables[0].contains("style=\"--code-width: "), "{locale}");
        // The cells carry the classes the style sheet names.
        for class in ["code", "title", "name", "details"] {
            assert!(html.contains(&format!("class=\"{class}\">")), "{locale}: {class}");
        }
        // Names may break after an underscore; the specification and the section never break.
        assert!(html.contains("<code dir=\"ltr\" translate=\"no\">NOT_<wbr>FOUND</code>"));
        assert!(html.contains("<span class=\"nw\" dir=\"ltr\">RFC 9110</span>"), "{locale}");
    }
    let en = DocsTable::new(Catalog::global().root()).render(Format::Html);
    assert!(en.contains("<span class=\"nw\">Section 15.5.5</span>"));
    assert!(en.contains("NETWORK_<wbr>AUTHENTICATION_<wbr>REQUIRED"));
}

#[test]
fn enum_names_are_code_in_every_format() {
    for &status in StatusCode::ALL {
        for name in std::iter::once(status.name()).chain(status.aliases().iter().copied()) {
            let plain =
                name.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
            assert!(plain, "{name} would need escaping inside a code span");
        }
    }
    let table = DocsTable::new(Catalog::global().root()).columns(&[Column::Code, Column::Aliases]);
    assert!(table.render(Format::Markdown).contains("| `UNPROCESSABLE_ENTITY` |"));
    assert!(table.render(Format::Rst).contains("     - ``UNPROCESSABLE_ENTITY``\n"));
}

#[test]
fn rst_gives_no_text_the_power_of_a_link() {
    let catalog = markup_locale();
    let rst = DocsTable::new(catalog.negotiate_tag("qaa"))
        .columns(&[Column::Code, Column::Title])
        .render(Format::Rst);
    // The fixture's title holds "[link](javascript:x)": docutils would link a bare address.
    assert!(rst.contains("javascript\\:x"), "{rst}");
    assert!(!rst.contains("javascript:x"), "{rst}");
}

#[test]
fn the_table_as_data_has_the_locales_words_and_links() {
    let catalog = Catalog::global();
    let ru = catalog.negotiate_tag("ru");
    let table = DocsTable::new(ru).columns(Column::SEED);
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
