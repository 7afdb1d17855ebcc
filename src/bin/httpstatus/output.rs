//! What the CLI prints, as text or JSON.

use std::io::{self, Write};

use http_status_catalog::tools::{CheckReport, MessageArg, Messages, Translations};
use http_status_catalog::{Description, Locale, StatusClass, StatusCode};
use unicode_width::UnicodeWidthStr;

use crate::args::Format;

pub(crate) fn describe(
    out: &mut impl Write,
    d: &Description<'_>,
    format: Format,
    words: &Messages<'_>,
) -> io::Result<()> {
    match format {
        Format::Json => json(out, d),
        Format::Text => describe_text(out, d, words),
    }
}

fn describe_text(
    out: &mut impl Write,
    d: &Description<'_>,
    words: &Messages<'_>,
) -> io::Result<()> {
    let locale = d.locale();
    writeln!(out, "{} {}", d.code(), d.title())?;
    writeln!(out, "{}", d.description())?;
    if !d.is_registered() {
        let reserved = StatusCode::from_u16(d.code())
            .is_err_and(|e| e.kind() == http_status_catalog::ErrorKind::Reserved);
        writeln!(out, "{}", words.get(if reserved { "cli-reserved" } else { "cli-unregistered" }))?;
    }
    writeln!(out)?;
    let args = [("class", MessageArg::from(d.class().as_str())), ("title", d.class_title().into())];
    let class = words.format("cli-class-value", &args);
    writeln!(out, "{}", words.label(&words.get("cli-label-class"), &class))?;
    if let Some(status) = d.status() {
        let line =
            |label: &str, value: &dyn std::fmt::Display| words.label(&words.get(label), value);
        writeln!(out, "{}", line("cli-label-name", &status.name()))?;
        if !status.aliases().is_empty() {
            writeln!(out, "{}", line("cli-label-aliases", &status.aliases().join(", ")))?;
        }
        writeln!(out, "{}", line("cli-label-phrase", &status.phrase()))?;
        writeln!(
            out,
            "{}",
            line("cli-label-lifecycle", &locale.lifecycle_name(status.lifecycle()))
        )?;
        let yes_no = |b: bool| words.get(if b { "cli-yes" } else { "cli-no" });
        let cacheable = yes_no(status.is_heuristically_cacheable());
        writeln!(out, "{}", line("cli-label-cacheable", &cacheable))?;
        writeln!(out, "{}", line("cli-label-no-content", &yes_no(status.has_no_content())))?;
        for r in status.references() {
            let citation = locale.cite(*r).to_string();
            let args = [
                ("citation", MessageArg::from(citation.as_str())),
                ("title", locale.spec_title(r.spec()).into()),
            ];
            let reference = words.format("cli-reference-value", &args);
            writeln!(out, "{}", line("cli-label-references", &reference))?;
        }
    }
    writeln!(out, "{}", words.label(&words.get("cli-label-locale"), &locale))
}

pub(crate) fn list(
    out: &mut impl Write,
    locale: Locale<'_>,
    statuses: &[StatusCode],
    format: Format,
    _words: &Messages<'_>,
) -> io::Result<()> {
    let all = statuses.iter().map(|&s| locale.describe(s));
    match format {
        Format::Json => json(out, &all.collect::<Vec<_>>()),
        Format::Text => {
            for d in all {
                let name = d.status().map_or("", StatusCode::name);
                writeln!(out, "{}  {name:<32}  {}", d.code(), d.title())?;
            }
            Ok(())
        }
    }
}

/// `httpstatus 4xx`: the class, then its members.
pub(crate) fn class(
    out: &mut impl Write,
    locale: Locale<'_>,
    class: StatusClass,
    members: &[StatusCode],
    format: Format,
    words: &Messages<'_>,
) -> io::Result<()> {
    if format == Format::Text {
        let args = [
            ("class", MessageArg::from(class.as_str())),
            ("title", locale.class_title(class).into()),
            ("count", members.len().into()),
        ];
        writeln!(out, "{}", words.format("cli-class-heading", &args))?;
        writeln!(out, "{}", locale.class_description(class))?;
        writeln!(out)?;
    }
    list(out, locale, members, format, words)
}

#[derive(serde::Serialize)]
struct LocaleInfo<'a> {
    tag: String,
    name: &'a str,
    direction: &'static str,
    translated: usize,
    total: usize,
    missing: usize,
    stale: usize,
    complete: bool,
    current: bool,
    pseudo: bool,
    from_disk: bool,
}

/// `httpstatus locales`: every locale of the catalog, with the coverage of its files.
pub(crate) fn locales(
    out: &mut impl Write,
    translations: &Translations,
    format: Format,
    words: &Messages<'_>,
) -> io::Result<()> {
    let coverage = translations.coverage();
    let infos: Vec<LocaleInfo<'_>> = translations
        .catalog()
        .locales()
        .map(|l| {
            let tag = l.to_string();
            let report = coverage.iter().find(|r| r.tag() == tag);
            let (translated, total, stale) = match report {
                Some(r) => (r.translated(), r.total(), r.stale()),
                // Pseudo-locales are generated whole from English.
                None => {
                    let total = coverage.first().map_or(0, |r| r.total());
                    (total, total, 0)
                }
            };
            LocaleInfo {
                name: l.name(),
                direction: l.direction().as_str(),
                missing: total - translated,
                complete: translated == total,
                current: translated == total && stale == 0,
                pseudo: l.is_pseudo(),
                from_disk: report.is_some_and(|r| r.is_from_disk()),
                tag,
                translated,
                total,
                stale,
            }
        })
        .collect();
    if format == Format::Json {
        return json(out, &infos);
    }
    let name_width = infos.iter().map(|i| i.name.width()).max().unwrap_or(0);
    for i in &infos {
        let pad = " ".repeat(name_width - i.name.width());
        let mut state = match (i.pseudo, i.complete, i.current) {
            (true, ..) => words.get("cli-locale-pseudo"),
            (false, true, true) => words.get("cli-locale-current"),
            (false, true, false) => words.format("cli-locale-stale", &[("stale", i.stale.into())]),
            (false, false, _) => words.format(
                "cli-locale-partial",
                &[("missing", i.missing.into()), ("stale", i.stale.into())],
            ),
        };
        if i.from_disk {
            state.push(' ');
            state.push_str(&words.get("cli-locale-from-disk"));
        }
        writeln!(out, "{:<8} {}{pad}  {:>4}/{:<4} {state}", i.tag, i.name, i.translated, i.total)?;
    }
    Ok(())
}

pub(crate) fn check(
    out: &mut impl Write,
    report: &CheckReport,
    format: Format,
    words: &Messages<'_>,
) -> io::Result<()> {
    if format == Format::Json {
        return json(out, report);
    }
    for diagnostic in report.diagnostics() {
        writeln!(out, "{diagnostic}")?;
    }
    for l in report.locales() {
        let args = [
            ("tag", MessageArg::from(l.tag())),
            ("translated", l.translated().into()),
            ("total", l.total().into()),
            ("missing", l.missing().into()),
            ("stale", l.stale().into()),
        ];
        writeln!(out, "{}", words.format("cli-check-locale", &args))?;
    }
    let args = [
        ("errors", MessageArg::from(report.count(http_status_catalog::Severity::Error))),
        ("warnings", report.count(http_status_catalog::Severity::Warning).into()),
        ("locales", report.locales().len().into()),
    ];
    writeln!(out, "{}", words.format("cli-check-summary", &args))
}

/// Pretty JSON and a final line break. Serialized to memory first, so that a failed write
/// keeps its I/O error kind (a closed pipe is not an error).
fn json(out: &mut impl Write, value: &impl serde::Serialize) -> io::Result<()> {
    let mut text = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
    text.push('\n');
    out.write_all(text.as_bytes())
}
