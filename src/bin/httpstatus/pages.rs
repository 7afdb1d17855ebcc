//! `httpstatus pages`: static error pages for reverse proxies, with the files that make Apache,
//! nginx and Caddy serve them.
//!
//! Everything written is a function of the catalog and the options alone (no dates, no
//! machine names), in a fixed order, so the same input gives the same bytes.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use http_status_catalog::page::ErrorPage;
use http_status_catalog::problem::ProblemDetails;
use http_status_catalog::tools::{MessageArg, Messages};
use http_status_catalog::{Catalog, Locale, StatusClass, StatusCode};

use crate::snippets;

/// A representation written for every page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum PageFormat {
    Html,
    Json,
}

impl PageFormat {
    pub(crate) fn extension(self) -> &'static str {
        match self {
            PageFormat::Html => "html",
            PageFormat::Json => "json",
        }
    }

    /// The media type, with the source quality that makes Apache prefer HTML when a client
    /// takes anything.
    pub(crate) fn type_map_line(self) -> &'static str {
        match self {
            PageFormat::Html => "text/html; charset=utf-8",
            PageFormat::Json => "application/problem+json; qs=0.9",
        }
    }
}

/// What to write, from the command line.
pub(crate) struct Plan<'c> {
    pub(crate) locales: Vec<Locale<'c>>,
    pub(crate) codes: Vec<u16>,
    pub(crate) formats: Vec<PageFormat>,
    /// Where the files will live on the server.
    pub(crate) install_dir: String,
    pub(crate) serve_address: String,
}

/// The sub-folder of the pages and type maps.
pub(crate) const PAGES: &str = "pages";

/// A mistake in the options, already in the user's language.
pub(crate) struct Invalid(pub(crate) String);

/// The locales named in `list` (every shipped locale without it), in catalog order.
pub(crate) fn locales<'c>(
    catalog: &'c Catalog,
    list: Option<&str>,
    words: &Messages<'_>,
) -> Result<Vec<Locale<'c>>, Invalid> {
    let shipped = catalog.locales().filter(|l| !l.is_pseudo());
    let Some(list) = list else { return Ok(shipped.collect()) };
    let mut chosen = Vec::new();
    for tag in items(list) {
        if tag.parse::<http_status_catalog::LanguageIdentifier>().is_err() {
            return Err(Invalid(words.format("cli-error-bad-tag", &[("tag", tag.into())])));
        }
        match catalog.best_match_tag(tag) {
            Some(locale) => chosen.push(locale.to_string()),
            None => {
                let message = words.format("cli-error-pages-locale", &[("tag", tag.into())]);
                return Err(Invalid(message));
            }
        }
    }
    Ok(catalog.locales().filter(|l| chosen.contains(&l.to_string())).collect())
}

/// The codes named in `list` (every registered 4xx and 5xx code without it), sorted.
pub(crate) fn codes(list: Option<&str>, words: &Messages<'_>) -> Result<Vec<u16>, Invalid> {
    let registered = |class: StatusClass| {
        StatusCode::ALL.iter().filter(move |s| s.class() == class).map(|s| s.as_u16())
    };
    let Some(list) = list else {
        return Ok(registered(StatusClass::ClientError)
            .chain(registered(StatusClass::ServerError))
            .collect());
    };
    let mut codes = Vec::new();
    for item in items(list) {
        match item.to_ascii_lowercase().as_str() {
            "4xx" => codes.extend(registered(StatusClass::ClientError)),
            "5xx" => codes.extend(registered(StatusClass::ServerError)),
            number => match number.parse::<u16>() {
                Ok(code @ 400..=599) if number.len() == 3 => codes.push(code),
                _ => {
                    let message = words.format("cli-error-pages-code", &[("input", item.into())]);
                    return Err(Invalid(message));
                }
            },
        }
    }
    codes.sort_unstable();
    codes.dedup();
    Ok(codes)
}

/// The formats named in `list`, in a fixed order.
pub(crate) fn formats(list: &str, words: &Messages<'_>) -> Result<Vec<PageFormat>, Invalid> {
    let mut formats = Vec::new();
    for item in items(list) {
        formats.push(match item.to_ascii_lowercase().as_str() {
            "html" => PageFormat::Html,
            "json" => PageFormat::Json,
            _ => {
                let message = words.format("cli-error-pages-format", &[("input", item.into())]);
                return Err(Invalid(message));
            }
        });
    }
    formats.sort_unstable();
    formats.dedup();
    if formats.is_empty() {
        let message = words.format("cli-error-pages-format", &[("input", list.into())]);
        return Err(Invalid(message));
    }
    Ok(formats)
}

/// The folder the snippets name: `--install-dir`, else the output folder made absolute. It
/// must be a path a server's configuration can hold in double quotes.
pub(crate) fn install_dir(
    out_dir: &Path,
    given: Option<&Path>,
    words: &Messages<'_>,
) -> Result<String, Invalid> {
    let path = match given {
        Some(path) => path.to_path_buf(),
        None => std::path::absolute(out_dir).unwrap_or_else(|_| out_dir.to_path_buf()),
    };
    let shown = path.display().to_string();
    let text = path.to_str().unwrap_or_default();
    let unfit = |c: char| c.is_control() || matches!(c, '"' | '\\' | '{' | '}' | ';' | '$');
    if text.is_empty() || !path.is_absolute() || text.chars().any(unfit) {
        let message =
            words.format("cli-error-pages-install-dir", &[("path", shown.as_str().into())]);
        return Err(Invalid(message));
    }
    Ok(text.trim_end_matches('/').to_string())
}

fn items(list: &str) -> impl Iterator<Item = &str> {
    list.split(',').map(str::trim).filter(|s| !s.is_empty())
}

/// A file that could not be written.
pub(crate) struct WriteError {
    pub(crate) path: PathBuf,
    pub(crate) error: io::Error,
}

/// How many files were written and how many were already as they should be, and which.
#[derive(Default)]
struct Tally {
    written: usize,
    unchanged: usize,
    paths: BTreeSet<PathBuf>,
}

impl Tally {
    fn write(&mut self, path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
        self.paths.insert(path.to_path_buf());
        if fs::read(path).is_ok_and(|old| old == bytes) {
            self.unchanged += 1;
            return Ok(());
        }
        fs::write(path, bytes).map_err(|error| WriteError { path: path.to_path_buf(), error })?;
        self.written += 1;
        Ok(())
    }
}

/// Whether `name` is one `pages` writes into its pages folder: `404.pt-BR.html`, `404.ru.json`,
/// `404.var`.
fn is_page_name(name: &str) -> bool {
    let code_first = |rest: &str| {
        rest.len() > 4
            && rest.as_bytes()[..3].iter().all(u8::is_ascii_digit)
            && (b'4'..=b'5').contains(&rest.as_bytes()[0])
            && rest.as_bytes()[3] == b'.'
    };
    if !code_first(name) {
        return false;
    }
    let rest = &name[4..];
    if rest == "var" {
        return true;
    }
    let Some((tag, extension)) = rest.rsplit_once('.') else { return false };
    matches!(extension, "html" | "json")
        && !tag.is_empty()
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Removes what an earlier run wrote and this one did not: pages of codes, locales or formats
/// no longer asked for, and `configs`, the server files this run does not write. Nothing else
/// in the folders is touched. Returns how many files were removed.
fn remove_stale(
    configs: Vec<PathBuf>,
    pages_dir: &Path,
    written: &BTreeSet<PathBuf>,
) -> Result<usize, WriteError> {
    let mut stale = configs;
    let entries = fs::read_dir(pages_dir)
        .map_err(|error| WriteError { path: pages_dir.to_path_buf(), error })?;
    for entry in entries {
        let entry = entry.map_err(|error| WriteError { path: pages_dir.to_path_buf(), error })?;
        if entry.file_name().to_str().is_some_and(is_page_name) {
            stale.push(entry.path());
        }
    }
    let mut removed = 0;
    for path in stale {
        if written.contains(&path) || !path.is_file() {
            continue;
        }
        fs::remove_file(&path).map_err(|error| WriteError { path: path.clone(), error })?;
        removed += 1;
    }
    Ok(removed)
}

/// The name of one page, e.g. `404.pt-BR.html`.
pub(crate) fn page_name(code: u16, locale: Locale<'_>, format: PageFormat) -> String {
    format!("{code}.{locale}.{}", format.extension())
}

/// One page's bytes.
fn page(locale: Locale<'_>, code: u16, format: PageFormat) -> String {
    let description = locale.describe_code(code).expect("the plan holds only codes 400-599");
    match format {
        PageFormat::Html => ErrorPage::new(description).render(),
        PageFormat::Json => {
            let mut json = serde_json::to_string_pretty(&ProblemDetails::new(description))
                .expect("problem details always serialize");
            json.push('\n');
            json
        }
    }
}

/// Writes the pages, the type maps and the snippets, reporting each locale and the end on
/// stderr.
pub(crate) fn write(
    plan: &Plan<'_>,
    out_dir: &Path,
    words: &Messages<'_>,
) -> Result<(), WriteError> {
    let pages_dir = out_dir.join(PAGES);
    fs::create_dir_all(&pages_dir)
        .map_err(|error| WriteError { path: pages_dir.clone(), error })?;
    let mut tally = Tally::default();
    for (done, &locale) in plan.locales.iter().enumerate() {
        let before = tally.written + tally.unchanged;
        for &code in &plan.codes {
            for &format in &plan.formats {
                let path = pages_dir.join(page_name(code, locale, format));
                tally.write(&path, page(locale, code, format).as_bytes())?;
            }
        }
        let tag = locale.to_string();
        let args = [
            ("done", MessageArg::from(done + 1)),
            ("total", plan.locales.len().into()),
            ("tag", tag.as_str().into()),
            ("count", (tally.written + tally.unchanged - before).into()),
        ];
        eprintln!("{}", words.format("cli-pages-locale", &args));
    }
    for &code in &plan.codes {
        let path = pages_dir.join(format!("{code}.var"));
        tally.write(&path, snippets::type_map(plan, code).as_bytes())?;
    }
    // Every server file, and its text when this run writes it: the nginx and Caddy files
    // serve HTML pages only.
    let html = plan.formats.contains(&PageFormat::Html);
    let all_configs = [
        ("apache.conf", Some(snippets::apache(plan))),
        ("nginx-http.conf", html.then(|| snippets::nginx_http(plan))),
        ("nginx-server.conf", html.then(|| snippets::nginx_server(plan))),
        ("caddy.conf", html.then(|| snippets::caddy(plan))),
        ("nginx-serve.conf", Some(snippets::nginx_serve(plan))),
    ];
    let mut configs = Vec::new();
    let mut unwritten = Vec::new();
    for (name, text) in all_configs {
        match text {
            Some(text) => configs.push((name, text)),
            None => unwritten.push(out_dir.join(name)),
        }
    }
    for (name, text) in &configs {
        tally.write(&out_dir.join(name), text.as_bytes())?;
    }
    let removed = remove_stale(unwritten, &pages_dir, &tally.paths)?;
    if removed > 0 {
        eprintln!("{}", words.format("cli-pages-removed", &[("count", removed.into())]));
    }
    let path = out_dir.display().to_string();
    let args = [
        ("written", MessageArg::from(tally.written)),
        ("unchanged", tally.unchanged.into()),
        ("path", path.as_str().into()),
    ];
    eprintln!("{}", words.format("cli-pages-done", &args));
    for (name, _) in &configs {
        let shown = out_dir.join(name).display().to_string();
        eprintln!("{}", words.format("cli-pages-snippet", &[("path", shown.as_str().into())]));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::is_page_name;

    #[test]
    fn page_names_are_told_from_other_files() {
        for name in ["404.ru.html", "503.pt-BR.json", "499.zh-TW.html", "404.var"] {
            assert!(is_page_name(name), "{name}");
        }
        for name in ["notes.txt", "404.html", "404.ru.htm", "200.ru.html", "404..html", "40a.var"] {
            assert!(!is_page_name(name), "{name}");
        }
    }
}
