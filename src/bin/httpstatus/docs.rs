//! `httpstatus docs`: the status table as documentation.

use std::fs;
use std::io;
use std::path::Path;

use http_status_catalog::render::{Column, DocsTable, Format};
use http_status_catalog::{Catalog, Locale};

use crate::args::DocsFormat;

/// The formats committed under `docs/` for every locale.
const COMMITTED: [Format; 2] = [Format::Markdown, Format::Html];

pub(crate) fn render(locale: Locale<'_>, format: DocsFormat, columns: &[Column]) -> String {
    let format = match format {
        DocsFormat::Markdown => Format::Markdown,
        DocsFormat::Html => Format::Html,
        DocsFormat::Rst => Format::Rst,
        DocsFormat::Json => Format::Json,
    };
    DocsTable::new(locale).columns(columns).render(format)
}

/// The file name of one rendered table, e.g. `status-codes.ru.md`.
pub(crate) fn file_name(locale: Locale<'_>, format: Format) -> String {
    format!("status-codes.{}.{}", locale.id(), format.extension())
}

/// Writes every real (not pseudo) locale's table in every committed format, reporting each file on stderr.
pub(crate) fn write_all(catalog: &Catalog, columns: &[Column], dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    let shipped: Vec<Locale<'_>> = catalog.locales().filter(|l| !l.is_pseudo()).collect();
    let total = shipped.len() * COMMITTED.len();
    let mut written = 0;
    for locale in shipped {
        for format in COMMITTED {
            let path = dir.join(file_name(locale, format));
            let text = DocsTable::new(locale).columns(columns).render(format);
            let unchanged = fs::read_to_string(&path).is_ok_and(|old| old == text);
            if !unchanged {
                fs::write(&path, text)?;
            }
            written += 1;
            let state = if unchanged { "unchanged" } else { "written" };
            eprintln!("[{written}/{total}] {} {state}", path.display());
        }
    }
    Ok(())
}
