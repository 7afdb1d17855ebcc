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

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub(crate) format: Format,

    #[command(flatten)]
    pub(crate) options: Options,

    #[command(subcommand)]
    pub(crate) command: Option<Command>,
}

#[derive(clap::Args, Debug, Clone)]
pub(crate) struct Options {
    /// Language tag to describe in (ru, pt-BR). Default: LC_ALL, LC_MESSAGES or LANG, else en.
    #[arg(long, global = true, value_name = "TAG", conflicts_with = "accept_language")]
    pub(crate) lang: Option<String>,

    /// Pick the language from an HTTP Accept-Language value, honouring q-values.
    #[arg(long, global = true, value_name = "HEADER")]
    pub(crate) accept_language: Option<String>,

    /// Also load locale folders (DIR/TAG/*.ftl) from disk, on top of the embedded ones.
    #[arg(long, global = true, value_name = "DIR", env = "HTTPSTATUS_LOCALES_DIR")]
    pub(crate) locales_dir: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// Every registered status code, in numeric order.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// The available locales and how complete each is.
    Locales {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// The status table as documentation (Code | Enum Name | Details), in any locale.
    Docs {
        /// Output format.
        #[arg(long, value_enum, default_value_t = DocsFormat::Markdown)]
        format: DocsFormat,
        /// Columns, comma-separated: code, name, details, phrase, title, description, class,
        /// lifecycle, aliases.
        #[arg(long, value_name = "LIST", default_value = "code,name,details")]
        columns: String,
        /// Write Markdown and HTML tables for every locale into DIR instead of printing one.
        #[arg(long, value_name = "DIR", conflicts_with_all = ["lang", "accept_language"])]
        out_dir: Option<PathBuf>,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DocsFormat {
    /// GitHub-flavoured Markdown.
    Markdown,
    /// A standalone HTML page.
    Html,
    /// reStructuredText for Sphinx.
    Rst,
    /// The whole catalog of the locale as JSON.
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    /// A short human summary.
    Text,
    /// JSON, for scripts.
    Json,
}
