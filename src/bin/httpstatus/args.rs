//! Command-line arguments.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use http_status_catalog::render::Format as DocsFormat;

/// Every registered HTTP status code, described in your language.
///
/// Examples:
///   httpstatus 404 --lang ru
///   httpstatus "I'm a teapot"
///   httpstatus 4xx --accept-language "de-CH, ru;q=0.8"
///   httpstatus too_many_requests --format json
#[derive(Parser, Debug)]
#[command(name = "httpstatus", version, verbatim_doc_comment)]
#[command(args_conflicts_with_subcommands = true, arg_required_else_help = true)]
pub(crate) struct Cli {
    /// A status code (404), a class (4xx), or a name or phrase (NOT_FOUND, "Not Found"; any
    /// case, old names too).
    #[arg(value_name = "CODE|CLASS|NAME")]
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
    /// Language tag to describe in (ru, pt-BR). Default: LANGUAGE, LC_ALL, LC_MESSAGES or LANG,
    /// else en.
    #[arg(long, global = true, value_name = "TAG", conflicts_with = "accept_language")]
    pub(crate) lang: Option<String>,

    /// Pick the language from an HTTP Accept-Language value, honouring q-values.
    #[arg(long, global = true, value_name = "HEADER")]
    pub(crate) accept_language: Option<String>,

    /// Also load locale folders (DIR/TAG/*.ftl) from disk, on top of the embedded ones; with
    /// check, template and --update-source, the folder to work on.
    #[arg(long, global = true, value_name = "DIR", env = "HTTPSTATUS_LOCALES_DIR")]
    pub(crate) locales_dir: Option<PathBuf>,

    /// Use only the locales from --locales-dir, not the embedded ones (English still backs
    /// every message).
    #[arg(long, global = true, requires = "locales_dir")]
    pub(crate) no_embedded: bool,
}

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// Every registered status code, in numeric order.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// The available locales: how complete and current each is.
    Locales {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Check locales for errors, missing and stale messages (exit status 1 on errors).
    Check {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Fail on warnings too (missing, stale or extra messages).
        #[arg(long)]
        strict: bool,
        /// After translating, record that TAG's messages are translated from the current
        /// English (writes DIR/TAG/sources.txt; needs --locales-dir).
        #[arg(long, value_name = "TAG", requires = "locales_dir")]
        update_source: Option<String>,
    },
    /// Write the skeleton of a new locale: every English message, commented out.
    Template {
        /// The new locale's language tag, e.g. pl or pt-BR.
        #[arg(value_name = "TAG")]
        tag: String,
        /// The folder of locale folders to write into (default: --locales-dir, else ./locales).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Overwrite files that already exist.
        #[arg(long)]
        force: bool,
    },
    /// The status table as documentation (Code | Title | Enum Name | Details), in any locale.
    Docs {
        /// Output format: markdown, html, rst or json.
        #[arg(long, default_value = "markdown", value_parser = clap::value_parser!(DocsFormat))]
        format: DocsFormat,
        /// Columns, comma-separated: code, name, details, phrase, title, description, class,
        /// lifecycle, aliases.
        #[arg(long, value_name = "LIST", default_value = "code,title,name,details")]
        columns: String,
        /// Write Markdown and HTML tables for every locale into DIR instead of printing one.
        #[arg(long, value_name = "DIR", conflicts_with_all = ["lang", "accept_language"])]
        out_dir: Option<PathBuf>,
    },
    /// The reference site: in every locale an index (the status table with a table of
    /// contents) and a page per code, a root page that lists the languages, static files only.
    Site {
        /// The folder to write the site into (other files in it are left alone).
        #[arg(long, value_name = "DIR", conflicts_with_all = ["lang", "accept_language"])]
        out_dir: PathBuf,
        // An attribute rather than a doc comment: rustdoc would take the address for a link.
        #[arg(
            long,
            value_name = "URL",
            help = "Where the site will be published, e.g. https://example.org/http/; needed for \
                    sitemap.xml, whose addresses are absolute. The pages link relatively."
        )]
        base_url: Option<String>,
    },
    /// Static error pages for reverse proxies: every 4xx and 5xx code in every locale, with
    /// Apache type maps, and snippets for Apache, nginx and Caddy to include.
    ///
    /// Writes DIR/pages/CODE.TAG.html (and .json), DIR/pages/CODE.var, and DIR/apache.conf,
    /// DIR/nginx-http.conf, DIR/nginx-server.conf, DIR/nginx-serve.conf, DIR/caddy.conf.
    /// The same input always gives the same bytes. Files of those names that this run does
    /// not write (left by an earlier run with more codes, locales or formats) are removed;
    /// nothing else in DIR is touched.
    #[command(verbatim_doc_comment)]
    Pages {
        /// The folder to write into (made if missing).
        #[arg(long, value_name = "DIR")]
        out_dir: PathBuf,
        /// Only these locales, comma-separated (default: every shipped locale).
        #[arg(long, value_name = "TAGS")]
        locales: Option<String>,
        /// Only these codes or classes, comma-separated, e.g. 404,5xx (default: every
        /// registered 4xx and 5xx code).
        #[arg(long, value_name = "LIST")]
        codes: Option<String>,
        /// Only these formats, comma-separated: html, json (default: both).
        #[arg(long, value_name = "LIST", default_value = "html,json")]
        format: String,
        /// Where the files will live on the server, as the snippets name it (default: DIR
        /// made absolute).
        #[arg(long, value_name = "PATH")]
        install_dir: Option<PathBuf>,
        /// The address of `httpstatus serve` that nginx-serve.conf sends errors to.
        #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:8080")]
        serve_address: String,
    },
    /// An error-page server for reverse proxies (the ingress-nginx custom error backend
    /// protocol): the status from X-Code or the path (/404), the language from
    /// Accept-Language, HTML, problem details or text by X-Format or Accept. /healthz answers
    /// probes; SIGTERM stops it gracefully; one JSON line per request goes to stderr.
    #[cfg(feature = "serve")]
    #[command(verbatim_doc_comment)]
    Serve {
        /// The address to listen on; loopback unless you name a wider one (0.0.0.0:8080).
        #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
        listen: String,
        /// Worker threads (default: one per core).
        #[arg(long, value_name = "N")]
        workers: Option<usize>,
        /// No access log.
        #[arg(long)]
        quiet: bool,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    /// A short human summary.
    Text,
    /// JSON, for scripts.
    Json,
}
