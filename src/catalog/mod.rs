//! The catalog: every locale's text, resolved once and looked up by index.
//!
//! Building a catalog reads every locale file once (the load stage), resolves every message to
//! plain text with its fallback already applied, and stores the result as one flat table per
//! locale. After that, describing a status in a negotiated locale is an index computation: no
//! parsing, no hashing, no allocation.

mod assemble;
pub(crate) mod keys;
pub(crate) mod locale;
#[cfg(feature = "tools")]
mod pseudo;
pub(crate) mod resolve;

use core::fmt;
use std::borrow::Cow;
use std::sync::LazyLock;

use unic_langid::LanguageIdentifier;

use self::assemble::Parts;
use self::locale::{Locale, LocaleData, ROOT};
use crate::diagnostic::Diagnostic;
use crate::load::{self, kinds::TOOL_TEXT_FILES, Origin, RawFile};
use crate::negotiate::{parse_tag, Available};

/// A set of locales with every message resolved, shared by all threads.
///
/// Most programs use [`Catalog::global`], built from the locales embedded in the binary at first
/// use. [`Catalog::builder`] makes others: with translations kept in memory, or (feature
/// `tools`) with locale folders from disk.
///
/// A catalog never fails to build and never panics on a bad locale file: problems are collected
/// as [`diagnostics`](Catalog::diagnostics) and the affected messages fall back along the chain
/// `pt-BR → pt → en`.
///
/// # Example
///
/// ```
/// use http_status_catalog::{Catalog, StatusCode};
///
/// let catalog = Catalog::global();
/// let ru = catalog.negotiate_tag("ru-RU");
/// assert_eq!(ru.id().to_string(), "ru");
/// assert_eq!(ru.describe(StatusCode::NotFound).title(), "Не найдено");
///
/// let picked = catalog.negotiate_accept_language("en;q=0.1, ru;q=0.9");
/// assert_eq!(picked.to_string(), "ru");
/// ```
pub struct Catalog {
    pub(crate) locales: Box<[LocaleData]>,
    available: Available,
    diagnostics: Vec<Diagnostic>,
}

static GLOBAL: LazyLock<Catalog> = LazyLock::new(|| Catalog::builder().build());

impl Catalog {
    pub(crate) fn from_parts(parts: Parts) -> Catalog {
        Catalog {
            available: parts.available,
            locales: parts.locales.into(),
            diagnostics: parts.diagnostics,
        }
    }

    /// The process-wide catalog of the embedded locales, built on first use (about 2 ms for the
    /// 30 shipped locales, close to the time of merely parsing their files; see BENCHMARKS.md).
    ///
    /// It is immutable and shared; there is no "current language": pass the locale to each
    /// call.
    #[inline]
    pub fn global() -> &'static Catalog {
        &GLOBAL
    }

    /// Starts a catalog of the embedded locales, to which translations can be added.
    ///
    /// ```
    /// use http_status_catalog::{Catalog, StatusCode};
    ///
    /// let catalog = Catalog::builder()
    ///     .locale_file("ga", "status.ftl", "status-404-title = Gan aimsiú\n")
    ///     .build();
    /// let ga = catalog.negotiate_tag("ga-IE");
    /// assert_eq!(ga.describe(StatusCode::NotFound).title(), "Gan aimsiú");
    /// assert_eq!(ga.describe(StatusCode::Gone).title(), "Gone", "the rest falls back");
    /// assert!(catalog.diagnostics().is_empty());
    /// ```
    pub fn builder() -> CatalogBuilder {
        CatalogBuilder {
            embedded: true,
            #[cfg(feature = "tools")]
            pseudo_locales: false,
            #[cfg(feature = "tools")]
            dirs: Vec::new(),
            memory: Vec::new(),
        }
    }

    /// Problems found in the locale files, in the order found. The shipped locales have none.
    ///
    /// ```
    /// use http_status_catalog::{Catalog, DiagnosticKind, StatusCode};
    ///
    /// assert!(Catalog::global().diagnostics().is_empty());
    /// let catalog = Catalog::builder()
    ///     .locale_file("ga", "status.ftl", "status-404-title = Gan aimsiú\nno equals sign\n")
    ///     .build();
    /// let problem = &catalog.diagnostics()[0];
    /// assert_eq!(problem.kind(), DiagnosticKind::Syntax);
    /// assert_eq!((problem.path(), problem.line()), ("memory:ga/status.ftl", Some(2)));
    /// // The rest of the file is still used.
    /// let ga = catalog.negotiate_tag("ga");
    /// assert_eq!(ga.describe(StatusCode::NotFound).title(), "Gan aimsiú");
    /// ```
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Every locale, the root (`en`) first, then by tag, then any pseudo-locales.
    ///
    /// ```
    /// use http_status_catalog::Catalog;
    ///
    /// let tags: Vec<String> = Catalog::global().locales().map(|l| l.to_string()).collect();
    /// assert_eq!(tags[0], "en");
    /// assert!(tags.contains(&"pt-BR".to_string()) && tags.contains(&"zh-TW".to_string()));
    /// assert_eq!(tags.len(), 30);
    /// ```
    pub fn locales(&self) -> impl ExactSizeIterator<Item = Locale<'_>> + '_ {
        self.locales.iter().map(Locale::new)
    }

    /// The root locale, `en`: the end of every fallback chain.
    ///
    /// ```
    /// use http_status_catalog::{Catalog, StatusCode};
    ///
    /// let en = Catalog::global().root();
    /// assert_eq!(en.to_string(), "en");
    /// assert_eq!(en.describe(StatusCode::NotFound).title(), "Not Found");
    /// ```
    pub fn root(&self) -> Locale<'_> {
        Locale::new(&self.locales[0])
    }

    /// The locale with exactly this tag, if the catalog has it.
    ///
    /// ```
    /// use http_status_catalog::{langid, Catalog};
    /// assert!(Catalog::global().get(&langid!("pt-BR")).is_some());
    /// assert!(Catalog::global().get(&langid!("pt")).is_none());
    /// ```
    pub fn get(&self, id: &LanguageIdentifier) -> Option<Locale<'_>> {
        self.locales.iter().find(|l| l.id == *id).map(Locale::new)
    }

    /// The position of `locale` among [`locales`](Catalog::locales), if it is one of this
    /// catalog's.
    #[cfg(feature = "tower")]
    pub(crate) fn position(&self, locale: Locale<'_>) -> Option<usize> {
        self.locales.iter().position(|l| locale.is(l))
    }

    /// The best locale for a language tag, or `None` when only the root's default would do.
    ///
    /// The steps, first match wins:
    /// 1. the same tag;
    /// 2. the same language, script and region, ignoring variants;
    /// 3. the same language, script and region once likely subtags are added (`ru-RU` and `ru`
    ///    are both `ru-Cyrl-RU`; `zh` and `zh-CN` are both `zh-Hans-CN`);
    /// 4. the same language and likely script, preferring a locale without a region (`ru-UA` →
    ///    `ru`, `pt-PT` → `pt-BR`, `zh-HK` → `zh-TW`; never `sr-Latn` → `sr`).
    ///
    /// ```text
    /// ru-RU-petr1708 → ru-RU → ru-Cyrl-RU = likely(ru) → ru
    /// zh-HK → zh-Hant-HK → zh-Hant = likely-script(zh-TW) → zh-TW
    /// tlh → none
    /// ```
    ///
    /// Pseudo-locales are chosen by their exact tag only.
    #[inline]
    pub fn best_match(&self, requested: &LanguageIdentifier) -> Option<Locale<'_>> {
        self.available.best_match(requested).map(|i| Locale::new(&self.locales[i]))
    }

    /// Like [`best_match`](Catalog::best_match), from a BCP 47 tag as text (`"pt-BR"`); `None`
    /// as well when the text is not a tag.
    pub fn best_match_tag(&self, tag: &str) -> Option<Locale<'_>> {
        parse_tag(tag).and_then(|id| self.best_match(&id))
    }

    /// The best locale for an `Accept-Language` header value, honouring q-values, or `None`
    /// when no entry fits.
    ///
    /// Entries are tried from the highest q-value down (ties in header order); `q=0`, `*` and
    /// malformed entries are skipped, and only the first 4 KiB and 32 entries are read.
    ///
    /// ```
    /// use http_status_catalog::Catalog;
    ///
    /// let c = Catalog::global();
    /// assert_eq!(c.best_match_accept_language("tlh, ru-RU;q=0.5").unwrap().to_string(), "ru");
    /// assert!(c.best_match_accept_language("tlh, *;q=0.5").is_none());
    /// ```
    pub fn best_match_accept_language(&self, header: &str) -> Option<Locale<'_>> {
        self.available.accept_language(header).map(|i| Locale::new(&self.locales[i]))
    }

    /// The best locale for a language tag, or the root when none fits: see
    /// [`best_match`](Catalog::best_match).
    #[inline]
    pub fn negotiate(&self, requested: &LanguageIdentifier) -> Locale<'_> {
        self.best_match(requested).unwrap_or_else(|| self.root())
    }

    /// The best locale for a tag given as text, or the root when none fits or the text is not a
    /// tag.
    pub fn negotiate_tag(&self, tag: &str) -> Locale<'_> {
        self.best_match_tag(tag).unwrap_or_else(|| self.root())
    }

    /// The best locale for an `Accept-Language` header value, or the root when none fits: see
    /// [`best_match_accept_language`](Catalog::best_match_accept_language).
    ///
    /// ```
    /// use http_status_catalog::Catalog;
    ///
    /// let c = Catalog::global();
    /// assert_eq!(c.negotiate_accept_language("ru;q=0, en").to_string(), "en");
    /// assert_eq!(c.negotiate_accept_language("de-CH, fr;q=0.9").to_string(), "de");
    /// ```
    pub fn negotiate_accept_language(&self, header: &str) -> Locale<'_> {
        self.best_match_accept_language(header).unwrap_or_else(|| self.root())
    }
}

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tags: Vec<String> = self.locales.iter().map(|l| l.id.to_string()).collect();
        f.debug_struct("Catalog")
            .field("locales", &tags)
            .field("diagnostics", &self.diagnostics.len())
            .finish()
    }
}

/// Configures a [`Catalog`]: the embedded locales, translations from memory and (feature
/// `tools`) from folders on disk, and pseudo-locales.
#[derive(Clone)]
pub struct CatalogBuilder {
    pub(crate) embedded: bool,
    #[cfg(feature = "tools")]
    pub(crate) pseudo_locales: bool,
    #[cfg(feature = "tools")]
    pub(crate) dirs: Vec<std::path::PathBuf>,
    memory: Vec<RawFile>,
}

impl CatalogBuilder {
    /// Whether to include the embedded locales other than English (default: yes). The
    /// embedded English always backs every message, so every code keeps its text.
    ///
    /// ```
    /// use http_status_catalog::Catalog;
    ///
    /// let english_only = Catalog::builder().embedded(false).build();
    /// assert_eq!(english_only.locales().len(), 1);
    /// assert_eq!(english_only.negotiate_tag("ru").to_string(), "en");
    /// ```
    pub fn embedded(mut self, yes: bool) -> CatalogBuilder {
        self.embedded = yes;
        self
    }

    /// Adds one locale file from memory, as if it were `<tag>/<name>` in a locale folder: for
    /// translations kept elsewhere than on disk. It is checked like any file and takes
    /// precedence over the files added before.
    pub fn locale_file(
        mut self,
        tag: &str,
        name: &str,
        contents: impl Into<Vec<u8>>,
    ) -> CatalogBuilder {
        self.memory.push(RawFile {
            folder: tag.to_string(),
            name: name.to_string(),
            path: format!("memory:{tag}/{name}"),
            origin: Origin::Memory,
            bytes: Cow::Owned(contents.into()),
        });
        self
    }

    /// Reads, parses and resolves everything. Never fails: see [`Catalog::diagnostics`].
    pub fn build(self) -> Catalog {
        let gathered = self.gather();
        let catalog_files = gathered.fluent.into_iter().filter(|f| is_catalog_name(&f.name));
        let layers = assemble::layers(catalog_files, |f| (f.folder.as_str(), f.origin));
        // Each layer is read, resolved and dropped before the next: the parsed files are
        // never all in memory at once.
        let loaded = layers.into_iter().map(load::load_all);
        let parts = assemble::assemble(loaded, gathered.diagnostics, gathered.pseudo_locales);
        Catalog::from_parts(parts)
    }

    /// Every Fluent file to load, in precedence order, and the problems met finding them.
    pub(crate) fn gather(self) -> Gathered {
        #[allow(unused_mut)]
        let mut diagnostics = crate::wire::diagnostics().to_vec();
        let embedded = load::embedded::runtime_files();
        #[allow(unused_mut)]
        let mut fluent: Vec<RawFile> =
            embedded.into_iter().filter(|f| self.embedded || f.folder == ROOT).collect();
        #[allow(unused_mut)]
        let mut records = Vec::new();
        #[allow(unused_mut)]
        let mut wire = None;
        #[cfg(feature = "tools")]
        {
            // The embedded English backs the tools' words too, whatever else is loaded.
            let tools = load::embedded::tool_files().into_iter();
            let tools = tools.filter(|f| self.embedded || f.folder == ROOT);
            let (text, data): (Vec<_>, Vec<_>) = tools.partition(|f| f.name.ends_with(".ftl"));
            fluent.extend(text);
            records.extend(data);
            for dir in &self.dirs {
                let found = load::disk::read(dir);
                diagnostics.extend(found.diagnostics);
                let (text, data): (Vec<_>, Vec<_>) =
                    found.files.into_iter().partition(|f| f.name.ends_with(".ftl"));
                fluent.extend(text);
                records.extend(data);
                wire = found.wire.or(wire);
            }
        }
        fluent.extend(self.memory);
        Gathered {
            fluent,
            records,
            wire,
            diagnostics,
            #[cfg(feature = "tools")]
            pseudo_locales: self.pseudo_locales,
            #[cfg(not(feature = "tools"))]
            pseudo_locales: false,
        }
    }
}

/// What a builder found to load.
pub(crate) struct Gathered {
    pub(crate) fluent: Vec<RawFile>,
    #[cfg_attr(not(feature = "tools"), allow(dead_code))]
    pub(crate) records: Vec<RawFile>,
    #[cfg_attr(not(feature = "tools"), allow(dead_code))]
    pub(crate) wire: Option<RawFile>,
    pub(crate) diagnostics: Vec<Diagnostic>,
    pub(crate) pseudo_locales: bool,
}

/// Whether the run-time catalog resolves a file of this name (the tools' own words it does
/// not).
pub(crate) fn is_catalog_name(name: &str) -> bool {
    !TOOL_TEXT_FILES.contains(&name)
}

impl fmt::Debug for CatalogBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_struct("CatalogBuilder");
        s.field("embedded", &self.embedded);
        #[cfg(feature = "tools")]
        s.field("pseudo_locales", &self.pseudo_locales).field("dirs", &self.dirs);
        let memory: Vec<&str> = self.memory.iter().map(|f| f.path.as_str()).collect();
        s.field("memory", &memory).finish()
    }
}

#[cfg(feature = "tools")]
mod tools_builder;

#[cfg(feature = "tools")]
pub(crate) use self::assemble::{assemble, layers};
