#![forbid(unsafe_code)]
//! `httpstatus`: the command-line face of the catalog. Thin: all facts and text come from the
//! library, and the tool's own words from `locales/<tag>/cli.ftl`.

#[cfg(feature = "serve")]
mod access_log;
mod args;
mod docs;
mod output;
mod pages;
#[cfg(feature = "serve")]
mod serve;
mod snippets;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use http_status_catalog::render::Column;
use http_status_catalog::tools::{MessageArg, Messages, ToolError, Translations};
use http_status_catalog::{Catalog, Locale, Severity, StatusClass, StatusCode};

use crate::args::{Cli, Command, Options};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`httpstatus list | head`) is not an error.
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::CheckFailed) => ExitCode::from(1),
        Err(Failure::Usage(message)) => {
            eprintln!("httpstatus: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Io(e)) => {
            eprintln!("httpstatus: {e}");
            ExitCode::from(2)
        }
    }
}

/// Why a run failed.
pub(crate) enum Failure {
    /// A mistake in the command line or its input, already in the user's language.
    Usage(String),
    Io(io::Error),
    /// `check` found problems; they were already printed.
    CheckFailed,
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure::Io(e)
    }
}

fn run(cli: &Cli) -> Result<(), Failure> {
    let options = &cli.options;
    // `check` and `template` work on the folder given, alone; everything else shows the
    // folder on top of the embedded locales.
    let on_its_own = matches!(cli.command, Some(Command::Check { .. } | Command::Template { .. }));
    let translations = load(options, wants_pseudo_locales(cli), on_its_own)?;
    let catalog = translations.catalog();
    // The tool speaks the embedded languages, whatever folder it works on.
    let embedded;
    let speaking = if on_its_own && options.locales_dir.is_some() {
        embedded =
            Catalog::builder().build_translations().map_err(|e| Failure::Usage(e.to_string()))?;
        &embedded
    } else {
        &translations
    };
    let locale = choose_locale(speaking.catalog(), options, speaking)?;
    let words = speaking.messages(locale);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match (&cli.command, &cli.code) {
        (Some(Command::Check { format, strict, update_source }), _) => {
            if let Some(tag) = update_source {
                let path = translations
                    .update_sources(tag)
                    .map_err(|e| tool_error(&words, e, options.locales_dir.as_deref()))?;
                let path = path.display().to_string();
                let args =
                    [("tag", MessageArg::from(tag.as_str())), ("path", path.as_str().into())];
                eprintln!("{}", words.format("cli-check-recorded", &args));
            }
            // The record just written is read by a fresh load.
            let fresh;
            let checked = if update_source.is_some() {
                fresh = load(options, false, true)?;
                &fresh
            } else {
                &translations
            };
            let report = checked.check();
            output::check(&mut out, &report, *format, &words)?;
            out.flush()?;
            return if report.passes(*strict) { Ok(()) } else { Err(Failure::CheckFailed) };
        }
        (Some(Command::Template { tag, out: dir, force }), _) => {
            let dir = dir.clone().or_else(|| options.locales_dir.clone());
            let dir = dir.unwrap_or_else(|| PathBuf::from("locales"));
            let written = translations
                .template(&dir, tag, *force)
                .map_err(|e| tool_error(&words, e, Some(&dir)))?;
            for path in written {
                let path = path.display().to_string();
                eprintln!(
                    "{}",
                    words.format("cli-template-wrote", &[("path", path.as_str().into())])
                );
            }
            let dir = dir.display().to_string();
            let args = [("path", MessageArg::from(dir.as_str())), ("tag", tag.as_str().into())];
            eprintln!("{}", words.format("cli-template-next", &args));
        }
        (Some(Command::List { format }), _) => {
            output::list(&mut out, locale, StatusCode::ALL, *format, &words)?
        }
        (Some(Command::Locales { format }), _) => {
            output::locales(&mut out, &translations, *format, &words)?
        }
        (Some(Command::Docs { format, columns, out_dir }), _) => {
            let columns = Column::parse_list(columns).map_err(|e| Failure::Usage(e.to_string()))?;
            match out_dir {
                Some(dir) => docs::write_all(catalog, &columns, dir, &words)?,
                None => out.write_all(docs::render(locale, *format, &columns).as_bytes())?,
            }
        }
        (Some(Command::Site { out_dir, base_url }), _) => {
            site(&translations, out_dir, base_url.as_deref(), &words)?
        }
        (
            Some(Command::Pages { out_dir, locales, codes, format, install_dir, serve_address }),
            _,
        ) => {
            let invalid = |pages::Invalid(message)| Failure::Usage(message);
            let plan = pages::Plan {
                locales: pages::locales(catalog, locales.as_deref(), &words).map_err(invalid)?,
                codes: pages::codes(codes.as_deref(), &words).map_err(invalid)?,
                formats: pages::formats(format, &words).map_err(invalid)?,
                install_dir: pages::install_dir(out_dir, install_dir.as_deref(), &words)
                    .map_err(invalid)?,
                serve_address: serve_address.clone(),
            };
            pages::write(&plan, out_dir, &words).map_err(|e| {
                let path = e.path.display().to_string();
                let error = e.error.to_string();
                let args =
                    [("path", MessageArg::from(path.as_str())), ("error", error.as_str().into())];
                Failure::Usage(words.format("cli-error-io", &args))
            })?;
        }
        #[cfg(feature = "serve")]
        (Some(Command::Serve { listen, workers, quiet }), _) => {
            // The server lives as long as the process: its catalog is made once and kept.
            let catalog: &'static Catalog = match &options.locales_dir {
                None => Catalog::global(),
                Some(dir) => Box::leak(Box::new(
                    Catalog::builder().embedded(!options.no_embedded).locales_dir(dir).build(),
                )),
            };
            let settings = serve::Settings { listen, workers: *workers, quiet: *quiet };
            serve::run(catalog, &settings, &words)?;
        }
        (None, Some(input)) => describe(&mut out, locale, input, cli.format, &words)?,
        // clap prints the help when there is neither a command nor a code.
        (None, None) => {}
    }
    out.flush()?;
    Ok(())
}

/// `httpstatus site`: writes the reference site and says what it wrote.
fn site(
    translations: &Translations,
    dir: &Path,
    base_url: Option<&str>,
    words: &Messages<'_>,
) -> Result<(), Failure> {
    let mut site = translations.site();
    if let Some(url) = base_url {
        site = site.base_url(url).map_err(|e| tool_error(words, e, None))?;
    }
    let files = site.write(dir).map_err(|e| tool_error(words, e, None))?;
    let languages = translations.catalog().locales().filter(|l| !l.is_pseudo()).count();
    let path = dir.display().to_string();
    let args = [
        ("files", MessageArg::from(files)),
        ("languages", languages.into()),
        ("path", path.as_str().into()),
    ];
    eprintln!("{}", words.format("cli-site-written", &args));
    if base_url.is_none() {
        eprintln!("{}", words.get("cli-site-no-sitemap"));
    }
    Ok(())
}

/// Loads the embedded locales and any folder from disk, once.
fn load(
    options: &Options,
    pseudo_locales: bool,
    on_its_own: bool,
) -> Result<Translations, Failure> {
    let mut builder = Catalog::builder().pseudo_locales(pseudo_locales);
    if let Some(dir) = &options.locales_dir {
        builder = builder.embedded(!options.no_embedded && !on_its_own).locales_dir(dir);
    }
    let translations = builder.build_translations().map_err(|e| match e {
        ToolError::NoSuchFolder(path) => {
            // No locale is chosen yet: say it in English, the root.
            let english = Catalog::builder().build_translations();
            let path = path.display().to_string();
            match english {
                Ok(t) => Failure::Usage(
                    t.messages(t.catalog().root())
                        .format("cli-error-no-folder", &[("path", path.as_str().into())]),
                ),
                Err(other) => Failure::Usage(other.to_string()),
            }
        }
        other => Failure::Usage(other.to_string()),
    })?;
    if let Some(dir) = &options.locales_dir {
        report_disk_problems(&translations, dir);
    }
    Ok(translations)
}

/// Errors in folders from disk are shown on stderr, warnings only counted: `httpstatus check`
/// lists them all.
fn report_disk_problems(translations: &Translations, dir: &Path) {
    let diagnostics = translations.catalog().diagnostics();
    for diagnostic in diagnostics.iter().filter(|d| d.severity() == Severity::Error) {
        eprintln!("{diagnostic}");
    }
    let warnings = diagnostics.iter().filter(|d| d.severity() == Severity::Warning).count();
    if warnings > 0 {
        let words = translations.messages(translations.catalog().root());
        let path = dir.display().to_string();
        let args = [("count", MessageArg::from(warnings)), ("path", path.as_str().into())];
        eprintln!("{}", words.format("cli-disk-warnings", &args));
    }
}

/// Pseudo-locales are built only when the command asks for one, or lists locales.
fn wants_pseudo_locales(cli: &Cli) -> bool {
    let pseudo = |text: &str| {
        let text = text.to_ascii_lowercase();
        text.contains("-xa") || text.contains("-xb")
    };
    matches!(cli.command, Some(Command::Locales { .. }))
        || cli.options.lang.as_deref().is_some_and(pseudo)
        || cli.options.accept_language.as_deref().is_some_and(pseudo)
}

/// The language from `--lang`, else `--accept-language`, else the environment, else English.
/// A tag that matches no locale is reported, naming the one used instead.
fn choose_locale<'a>(
    catalog: &'a Catalog,
    options: &Options,
    translations: &Translations,
) -> Result<Locale<'a>, Failure> {
    let root_words = || translations.messages(catalog.root());
    let requested = match (&options.lang, &options.accept_language) {
        (Some(tag), _) => {
            let parsed: Result<http_status_catalog::LanguageIdentifier, _> = tag.parse();
            if parsed.is_err() {
                let message =
                    root_words().format("cli-error-bad-tag", &[("tag", tag.as_str().into())]);
                return Err(Failure::Usage(message));
            }
            Some((tag.clone(), catalog.best_match_tag(tag)))
        }
        (None, Some(header)) => Some((header.clone(), catalog.best_match_accept_language(header))),
        // The environment often names a language nobody asked this tool for: no warning.
        (None, None) => {
            return Ok(sys_locale::get_locale()
                .and_then(|tag| catalog.best_match_tag(&tag))
                .unwrap_or_else(|| catalog.root()))
        }
    };
    match requested {
        Some((_, Some(locale))) => Ok(locale),
        Some((text, None)) => {
            let root = catalog.root();
            let chosen = root.to_string();
            let args = [
                ("requested", MessageArg::from(text.as_str())),
                ("chosen", chosen.as_str().into()),
                ("name", root.name().into()),
            ];
            eprintln!("httpstatus: {}", root_words().format("cli-warning-no-locale", &args));
            Ok(root)
        }
        None => Ok(catalog.root()),
    }
}

/// Describes a code, a name or phrase, or lists a class.
fn describe(
    out: &mut impl Write,
    locale: Locale<'_>,
    input: &str,
    format: args::Format,
    words: &Messages<'_>,
) -> Result<(), Failure> {
    let input = input.trim();
    if let Ok(class) = input.parse::<StatusClass>() {
        if input.len() == 3 {
            let members: Vec<StatusCode> =
                StatusCode::ALL.iter().copied().filter(|s| s.class() == class).collect();
            return Ok(output::class(out, locale, class, &members, format, words)?);
        }
    }
    let is_number = !input.is_empty() && input.bytes().all(|b| b.is_ascii_digit());
    let found = if is_number {
        match input.parse::<u16>() {
            Ok(code) => locale.describe_code(code),
            Err(_) => Err(input.parse::<StatusCode>().unwrap_err()),
        }
    } else {
        input.parse::<StatusCode>().map(|s| locale.describe(s))
    };
    match found {
        Ok(description) => Ok(output::describe(out, &description, format, words)?),
        Err(error) => Err(Failure::Usage(words.invalid_status_code(&error))),
    }
}

/// A translator tool's error, in the user's language.
fn tool_error(words: &Messages<'_>, error: ToolError, dir: Option<&Path>) -> Failure {
    let message = match &error {
        ToolError::InvalidTag(tag) => {
            words.format("cli-error-not-a-tag", &[("tag", tag.as_str().into())])
        }
        ToolError::NoSuchLocale(tag) => {
            let dir = dir.map_or_else(|| "locales".to_string(), |d| d.display().to_string());
            words.format(
                "cli-error-no-locale",
                &[("tag", tag.as_str().into()), ("path", dir.as_str().into())],
            )
        }
        ToolError::Exists(path) => {
            let path = path.display().to_string();
            words.format("cli-error-exists", &[("path", path.as_str().into())])
        }
        ToolError::Io(path, e) => {
            let path = path.display().to_string();
            let e = e.to_string();
            words.format(
                "cli-error-io",
                &[("path", path.as_str().into()), ("error", e.as_str().into())],
            )
        }
        ToolError::NoSuchFolder(path) => {
            let path = path.display().to_string();
            words.format("cli-error-no-folder", &[("path", path.as_str().into())])
        }
        ToolError::InvalidBaseUrl(url) => {
            words.format("cli-error-base-url", &[("url", url.as_str().into())])
        }
        other => other.to_string(),
    };
    Failure::Usage(message)
}
