//! `httpstatus docs`: the status table as documentation.

use std::fs;
use std::io;
use std::path::Path;

use http_status_catalog::render::{Column, DocsTable, Format};
use http_status_catalog::tools::{MessageArg, Messages};
use http_status_catalog::{Catalog, Locale};

/// The formats committed under `docs/` for every locale.
const COMMITTED: [Format; 2] = [Format::Markdown, Format::Html];

pub(crate) fn render(locale: Locale<'_>, format: Format, columns: &[Column]) -> String {
    DocsTable::new(locale).columns(columns).render(format)
}

/// The file name of one rendered table, e.g. `status-codes.ru.md`.
pub(crate) fn file_name(locale: Locale<'_>, format: Format) -> String {
    format!("status-codes.{}.{}", locale, format.extension())
}

/// Writes every real (not pseudo) locale's table in every committed format, reporting each
/// file on stderr.
pub(crate) fn write_all(
    catalog: &Catalog,
    columns: &[Column],
    dir: &Path,
    words: &Messages<'_>,
) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    let shipped: Vec<Locale<'_>> = catalog.locales().filter(|l| !l.is_pseudo()).collect();
    let total = shipped.len() * COMMITTED.len();
    let mut done = 0;
    for locale in shipped {
        for format in COMMITTED {
            let path = dir.join(file_name(locale, format));
            let text = render(locale, format, columns);
            let unchanged = fs::read_to_string(&path).is_ok_and(|old| old == text);
            if !unchanged {
                fs::write(&path, text)?;
            }
            done += 1;
            let shown = path.display().to_string();
            let args = [
                ("done", MessageArg::from(done)),
                ("total", total.into()),
                ("path", shown.as_str().into()),
            ];
            let id = if unchanged { "cli-docs-unchanged" } else { "cli-docs-written" };
            eprintln!("{}", words.format(id, &args));
        }
    }
    Ok(())
}
