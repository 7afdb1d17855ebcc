//! What the CLI prints, as text or JSON.

use std::io::{self, Write};

use http_status_catalog::check::CheckReport;
use http_status_catalog::{Catalog, Description, Locale, Message, Severity, StatusCode};
use unicode_width::UnicodeWidthStr;

use crate::args::Format;

pub(crate) fn describe(
    out: &mut impl Write,
    d: &Description<'_>,
    format: Format,
) -> io::Result<()> {
    match format {
        Format::Json => json(out, d),
        Format::Text => describe_text(out, d),
    }
}

fn describe_text(out: &mut impl Write, d: &Description<'_>) -> io::Result<()> {
    let locale = d.locale_handle();
    let label = |m: Message| locale.message(m);
    writeln!(out, "{} {}", d.code(), d.title())?;
    writeln!(out, "{}", d.description())?;
    if !d.is_registered() {
        writeln!(out, "{}", label(Message::Unregistered))?;
    }
    writeln!(out)?;
    writeln!(out, "{}: {} ({})", label(Message::LabelClass), d.class(), d.class_title())?;
    if let Some(status) = d.status() {
        writeln!(out, "{}: {}", label(Message::LabelName), status.name())?;
        if !status.aliases().is_empty() {
            writeln!(out, "{}: {}", label(Message::LabelAliases), status.aliases().join(", "))?;
        }
        writeln!(out, "{}: {}", label(Message::LabelPhrase), status.phrase())?;
        let lifecycle = locale.lifecycle_name(status.lifecycle());
        writeln!(out, "{}: {lifecycle}", label(Message::LabelLifecycle))?;
        let yes_no = |b: bool| label(if b { Message::Yes } else { Message::No });
        let cacheable = yes_no(status.is_heuristically_cacheable());
        writeln!(out, "{}: {cacheable}", label(Message::LabelCacheable))?;
        writeln!(out, "{}: {}", label(Message::LabelNoContent), yes_no(status.has_no_content()))?;
        for r in status.references() {
            let title = locale.spec_title(r.spec());
            writeln!(out, "{}: {} — {title}", label(Message::LabelReferences), locale.cite(*r))?;
        }
    }
    writeln!(out, "{}: {}", label(Message::LabelLocale), d.locale())
}

pub(crate) fn list(out: &mut impl Write, locale: Locale<'_>, format: Format) -> io::Result<()> {
    let all = StatusCode::ALL.iter().map(|&s| locale.describe(s));
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

#[derive(serde::Serialize)]
struct LocaleInfo {
    tag: String,
    name: String,
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

pub(crate) fn locales(
    out: &mut impl Write,
    catalog: &Catalog,
    report: &CheckReport,
    format: Format,
) -> io::Result<()> {
    let infos: Vec<LocaleInfo> = catalog
        .locales()
        .map(|l| {
            let tag = l.id().to_string();
            let found = report.locales().iter().find(|r| r.tag() == tag);
            let (own, total) = l.coverage();
            let (translated, total, stale) =
                found.map_or((own, total, 0), |r| (r.translated(), r.total(), r.stale()));
            LocaleInfo {
                name: l.message(Message::LocaleName).to_string(),
                direction: l.direction().as_str(),
                missing: total - translated,
                complete: translated == total,
                current: translated == total && stale == 0,
                pseudo: l.is_pseudo(),
                from_disk: l.is_from_disk(),
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
    for i in infos {
        let name = &i.name;
        let pad = " ".repeat(name_width - name.width());
        let state = match (i.pseudo, i.complete, i.current) {
            (true, ..) => "pseudo-locale, generated from English".to_string(),
            (false, true, true) => "complete, current".to_string(),
            (false, true, false) => format!("complete, {} stale", i.stale),
            (false, false, _) => format!("partial: {} missing, {} stale", i.missing, i.stale),
        };
        let origin = if i.from_disk { " (from disk)" } else { "" };
        writeln!(
            out,
            "{:<8} {name}{pad}  {:>4}/{:<4} {state}{origin}",
            i.tag, i.translated, i.total
        )?;
    }
    Ok(())
}

pub(crate) fn check(out: &mut impl Write, report: &CheckReport, format: Format) -> io::Result<()> {
    if format == Format::Json {
        #[derive(serde::Serialize)]
        struct Summary<'a> {
            errors: usize,
            warnings: usize,
            diagnostics: &'a [http_status_catalog::Diagnostic],
            locales: Vec<serde_json::Value>,
        }
        let locales = report
            .locales()
            .iter()
            .map(|l| {
                serde_json::json!({
                    "tag": l.tag(), "name": l.name(), "total": l.total(),
                    "translated": l.translated(), "missing": l.missing(), "stale": l.stale(),
                    "extra": l.extra(), "complete": l.is_complete(), "current": l.is_current(),
                })
            })
            .collect();
        let summary = Summary {
            errors: report.count(Severity::Error),
            warnings: report.count(Severity::Warning),
            diagnostics: report.diagnostics(),
            locales,
        };
        return json(out, &summary);
    }
    for diagnostic in report.diagnostics() {
        writeln!(out, "{diagnostic}")?;
    }
    for l in report.locales() {
        writeln!(
            out,
            "{}: {}/{} translated, {} missing, {} stale",
            l.tag(),
            l.translated(),
            l.total(),
            l.missing(),
            l.stale()
        )?;
    }
    writeln!(
        out,
        "{} errors, {} warnings in {} locales",
        report.count(Severity::Error),
        report.count(Severity::Warning),
        report.locales().len()
    )
}

fn json(out: &mut impl Write, value: &impl serde::Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::other)?;
    writeln!(out)
}
