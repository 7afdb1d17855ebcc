//! Command-line arguments.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Every registered HTTP status code, described in your language.
///
/// Examples:
///   httpstatus 404 --lang ru
///   httpstatus too_many_requests --format json
///   httpstatus list --accept-language "de-CH, ru;q=0.8"
#[derive(Parser, Debug)]
#[command(name = "httpstatus", version, verbatim_doc_comment)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub(crate) struct Cli {
    /// A status code (404) or name (NOT_FOUND, not-found; any case, old names too).
    #[arg(value_name = "CODE|NAME", required = true)]
    pub(crate) code: Option<String>,

    #[command(flatten)]
    pub(crate) options: Options,

    #[command(subcommand)]
    pub(crate) command: Option<Command>,
}

#[derive(clap::Args, Debug, Clone)]
pub(crate) struct Options {
    /// Language tag to describe in (ru, pt-BR). Default: LC_ALL, LC_MESSAGES or LANG, else en.
    #[arg(
        long,
        global = true,
        value_name = "TAG",
        conflicts_with = "accept_language"
    )]
    pub(crate) lang: Option<String>,

    /// Pick the language from an HTTP Accept-Language value, honouring q-values.
    #[arg(long, global = true, value_name = "HEADER")]
    pub(crate) accept_language: Option<String>,

    /// Output format.
    #[arg(long, global = true, value_enum, default_value_t = Format::Text)]
    pub(crate) format: Format,

    /// Also load locale folders (DIR/TAG/*.ftl) from disk, on top of the embedded ones.
    #[arg(
        long,
        global = true,
        value_name = "DIR",
        env = "HTTPSTATUS_LOCALES_DIR"
    )]
    pub(crate) locales_dir: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// Every registered status code, in numeric order.
    List,
    /// The available locales and how complete each is.
    Locales,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    /// A short human summary.
    Text,
    /// JSON, for scripts.
    Json,
}
