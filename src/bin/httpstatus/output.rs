//! What the CLI prints, as text or JSON.

use std::io::{self, Write};

use http_status_catalog::{Catalog, Description, Locale, Message, StatusCode};

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
    let label = |m: Message| clean(locale.message(m));
    writeln!(out, "{} {}", d.code(), clean(d.title()))?;
    writeln!(out, "{}", clean(d.description()))?;
    if !d.is_registered() {
        writeln!(out, "{}", label(Message::Unregistered))?;
    }
    writeln!(out)?;
    writeln!(out, "{}: {} ({})", label(Message::LabelClass), d.class(), clean(d.class_title()))?;
    if let Some(status) = d.status() {
        writeln!(out, "{}: {}", label(Message::LabelName), status.name())?;
        if !status.aliases().is_empty() {
            writeln!(out, "{}: {}", label(Message::LabelAliases), status.aliases().join(", "))?;
        }
        writeln!(out, "{}: {}", label(Message::LabelPhrase), status.phrase())?;
        let lifecycle = clean(locale.lifecycle_name(status.lifecycle()));
        writeln!(out, "{}: {lifecycle}", label(Message::LabelLifecycle))?;
        let yes_no = |b: bool| label(if b { Message::Yes } else { Message::No });
        let cacheable = yes_no(status.is_heuristically_cacheable());
        writeln!(out, "{}: {cacheable}", label(Message::LabelCacheable))?;
        writeln!(out, "{}: {}", label(Message::LabelNoContent), yes_no(status.has_no_content()))?;
        for r in status.references() {
            let title = clean(locale.spec_title(r.spec()));
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
                writeln!(out, "{}  {name:<32}  {}", d.code(), clean(d.title()))?;
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
    complete: bool,
    from_disk: bool,
}

pub(crate) fn locales(out: &mut impl Write, catalog: &Catalog, format: Format) -> io::Result<()> {
    let infos: Vec<LocaleInfo> = catalog
        .locales()
        .map(|l| {
            let (translated, total) = l.coverage();
            LocaleInfo {
                tag: l.id().to_string(),
                name: l.message(Message::LocaleName).to_string(),
                direction: l.direction().as_str(),
                translated,
                total,
                complete: translated == total,
                from_disk: l.is_from_disk(),
            }
        })
        .collect();
    match format {
        Format::Json => json(out, &infos),
        Format::Text => {
            for i in infos {
                let state = if i.complete { "complete" } else { "partial" };
                writeln!(
                    out,
                    "{:<8} {:<16} {:>4}/{:<4} {state}{}",
                    i.tag,
                    clean(&i.name),
                    i.translated,
                    i.total,
                    if i.from_disk { " (from disk)" } else { "" }
                )?;
            }
            Ok(())
        }
    }
}

fn json(out: &mut impl Write, value: &impl serde::Serialize) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::other)?;
    writeln!(out)
}

/// Catalog text can come from locale files on disk: keep control characters and bidi
/// overrides away from the terminal.
fn clean(text: &str) -> String {
    text.chars()
        .filter(|&c| !c.is_control() && !('\u{202a}'..='\u{202e}').contains(&c))
        .filter(|&c| !('\u{2066}'..='\u{2069}').contains(&c))
        .collect()
}
