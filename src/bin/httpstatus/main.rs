#![forbid(unsafe_code)]
//! `httpstatus`: the command-line face of the catalog. Thin: all facts and text come from the
//! library.

mod args;
mod docs;
mod output;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use http_status_catalog::check;
use http_status_catalog::render::Column;
use http_status_catalog::{Catalog, Locale, Severity, StatusCode};

use crate::args::{Cli, Command, Options};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`httpstatus list | head`) is not an error.
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::CheckFailed) => ExitCode::from(1),
        Err(failure) => {
            eprintln!("httpstatus: {failure}");
            ExitCode::from(2)
        }
    }
}

/// Why a run failed.
enum Failure {
    Usage(String),
    Io(io::Error),
    /// `check` found problems; they were already printed.
    CheckFailed,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Usage(message) => f.write_str(message),
            Failure::Io(e) => write!(f, "cannot write output: {e}"),
            Failure::CheckFailed => f.write_str("the check found problems"),
        }
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure::Io(e)
    }
}

fn run(cli: &Cli) -> Result<(), Failure> {
    let options = &cli.options;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    // The translator tools work on files, not on a loaded catalog.
    match &cli.command {
        Some(Command::Check { format, strict, update_source }) => {
            if let (Some(tag), Some(dir)) = (update_source, &options.locales_dir) {
                let path = check::update_sources(dir, tag).map_err(usage)?;
                eprintln!("recorded the current English for {tag} in {}", path.display());
            }
            let report = check::check(options.locales_dir.as_deref());
            output::check(&mut out, &report, *format)?;
            out.flush()?;
            return if report.passes(*strict) { Ok(()) } else { Err(Failure::CheckFailed) };
        }
        Some(Command::Template { tag, out: dir, force }) => {
            let dir = dir.clone().or_else(|| options.locales_dir.clone());
            let dir = dir.unwrap_or_else(|| "locales".into());
            for path in check::template(&dir, tag, *force).map_err(usage)? {
                eprintln!("wrote {}", path.display());
            }
            eprintln!(
                "next: translate, then run `httpstatus check --locales-dir {} --update-source {tag}`",
                dir.display()
            );
            return Ok(());
        }
        _ => {}
    }
    let from_disk;
    let catalog = match &options.locales_dir {
        Some(dir) => {
            from_disk = disk_catalog(dir, options);
            &from_disk
        }
        None => Catalog::global(),
    };
    let locale = choose_locale(catalog, options)?;
    match (&cli.command, &cli.code) {
        (Some(Command::List { format }), _) => output::list(&mut out, locale, *format)?,
        (Some(Command::Locales { format }), _) => {
            let report = check::check(options.locales_dir.as_deref());
            output::locales(&mut out, catalog, &report, *format)?;
        }
        (Some(Command::Docs { format, columns, out_dir }), _) => {
            let columns = Column::parse_list(columns).map_err(|e| Failure::Usage(e.to_string()))?;
            match out_dir {
                Some(dir) => docs::write_all(catalog, &columns, dir)?,
                None => out.write_all(docs::render(locale, *format, &columns).as_bytes())?,
            }
        }
        (None, Some(code)) => {
            let description = lookup(locale, code)?;
            output::describe(&mut out, &description, cli.format)?;
        }
        (Some(Command::Check { .. } | Command::Template { .. }), _) => {}
        (None, None) => return Err(Failure::Usage("give a status code or name".into())),
    }
    out.flush()?;
    Ok(())
}

/// A catalog with the locale folders from disk on top of (or instead of) the embedded ones.
/// Errors in those folders are shown on stderr, warnings only counted: `httpstatus check`
/// lists them all.
fn disk_catalog(dir: &std::path::Path, options: &Options) -> Catalog {
    let catalog = Catalog::builder().embedded(!options.no_embedded).locales_dir(dir).build();
    let mut warnings = 0;
    for diagnostic in catalog.diagnostics() {
        match diagnostic.severity() {
            Severity::Error => eprintln!("{diagnostic}"),
            Severity::Warning => warnings += 1,
        }
    }
    if warnings > 0 {
        eprintln!("{warnings} warnings in {}; `httpstatus check` lists them", dir.display());
    }
    catalog
}

fn choose_locale<'a>(catalog: &'a Catalog, options: &Options) -> Result<Locale<'a>, Failure> {
    if let Some(tag) = &options.lang {
        let id = tag.parse().map_err(|_| {
            Failure::Usage(format!("{tag:?} is not a language tag (try en, ru or pt-BR)"))
        })?;
        return Ok(catalog.negotiate(&id));
    }
    if let Some(header) = &options.accept_language {
        return Ok(catalog.negotiate_accept_language(header));
    }
    Ok(environment_tag().map_or(catalog.root(), |tag| catalog.negotiate_tag(&tag)))
}

/// The language of the POSIX locale environment: `ru_RU.UTF-8@euro` gives `ru-RU`.
fn environment_tag() -> Option<String> {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())?;
    let tag = value.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    match tag.as_str() {
        "" | "C" | "POSIX" => None,
        _ => Some(tag),
    }
}

fn lookup<'a>(
    locale: Locale<'a>,
    input: &str,
) -> Result<http_status_catalog::Description<'a>, Failure> {
    let input = input.trim();
    let by_number = !input.is_empty() && input.bytes().all(|b| b.is_ascii_digit());
    let found = match input.parse::<u16>() {
        Ok(code) if by_number => locale.describe_code(code),
        _ => StatusCode::from_name(input).map(|status| locale.describe(status)),
    };
    found.map_err(|e| Failure::Usage(e.to_string()))
}

fn usage(e: impl std::fmt::Display) -> Failure {
    Failure::Usage(e.to_string())
}
