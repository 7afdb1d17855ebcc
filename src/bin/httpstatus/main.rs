//! `httpstatus`: the command-line face of the catalog. Thin: all facts and text come from the
//! library.

mod args;
mod docs;
mod output;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use http_status_catalog::render::Column;
use http_status_catalog::{Catalog, Locale, StatusCode};

use crate::args::{Cli, Command, Options};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`httpstatus list | head`) is not an error.
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
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
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Usage(message) => f.write_str(message),
            Failure::Io(e) => write!(f, "cannot write output: {e}"),
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
    let catalog = load_catalog(options);
    let locale = choose_locale(catalog, options)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match (&cli.command, &cli.code) {
        (Some(Command::List { format }), _) => output::list(&mut out, locale, *format)?,
        (Some(Command::Locales { format }), _) => output::locales(&mut out, catalog, *format)?,
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
        (None, None) => return Err(Failure::Usage("give a status code or name".into())),
    }
    out.flush()?;
    Ok(())
}

/// The embedded catalog, or one with a folder from disk on top; problems in that folder are
/// reported on stderr and the catalog falls back.
fn load_catalog(options: &Options) -> &'static Catalog {
    let Some(dir) = &options.locales_dir else {
        return Catalog::global();
    };
    let catalog = Catalog::builder().locales_dir(dir).build();
    for diagnostic in catalog.diagnostics() {
        eprintln!("{diagnostic}");
    }
    Box::leak(Box::new(catalog))
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
