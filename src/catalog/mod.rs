//! The catalog: every locale's text, resolved once and looked up by index.
//!
//! Building a catalog parses every locale file, resolves every message to plain text with its
//! fallback already applied, and stores the result as one flat table per locale. After that,
//! describing a status in a negotiated locale is an index computation: no parsing, no hashing,
//! no allocation.

pub(crate) mod diagnostic;
pub(crate) mod keys;
mod pseudo;
mod resolve;
pub(crate) mod source;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use unic_langid::LanguageIdentifier;

use self::diagnostic::{Diagnostic, DiagnosticKind, Severity};
use self::keys::{Key, KEY_COUNT};
use self::source::{Origin, SourceFile};
use crate::locale::Locale;
use crate::negotiate;
use crate::status::StatusCode;

/// The locale every chain ends in, and the language of the canonical text.
pub(crate) const ROOT: &str = "en";

/// A set of locales with every message resolved, shared by all threads.
///
/// Most programs use [`Catalog::global`], built from the locales embedded in the binary at first
/// use. Build your own with [`Catalog::builder`] to load locale folders from disk (to preview a
/// translation, for instance).
///
/// A catalog never fails to build and never panics on a bad locale file: problems are collected
/// as [`diagnostics`](Catalog::diagnostics) and the affected messages fall back along the chain
/// `ru-RU → ru → en`.
///
/// # Example
///
/// ```
/// use http_status_catalog::{langid, Catalog, StatusCode};
///
/// let catalog = Catalog::global();
/// let ru = catalog.negotiate(&langid!("ru-RU"));
/// assert_eq!(ru.id().to_string(), "ru");
/// assert_eq!(ru.describe(StatusCode::NotFound).title(), "Не найдено");
///
/// let picked = catalog.negotiate_accept_language("en;q=0.1, ru;q=0.9");
/// assert_eq!(picked.id().to_string(), "ru");
/// ```
pub struct Catalog {
    pub(crate) locales: Vec<LocaleData>,
    /// The language subtag of each locale as one number, side by side, so that negotiation
    /// compares one word per locale rather than whole records.
    pub(crate) languages: Box<[u64]>,
    diagnostics: Vec<Diagnostic>,
}

/// One locale's resolved table.
pub(crate) struct LocaleData {
    pub(crate) id: LanguageIdentifier,
    /// The id with likely subtags added and variants removed (`ru` → `ru-Cyrl-RU`), for
    /// negotiation.
    pub(crate) likely: LanguageIdentifier,
    /// Every slot, fallback applied: never empty. A fixed size, so that indexing by a status
    /// ordinal needs no bounds check.
    pub(crate) texts: Box<[Box<str>; KEY_COUNT]>,
    /// Which slots the locale's own files filled.
    pub(crate) translated: Box<[bool]>,
    pub(crate) from_disk: bool,
    /// Generated from English for testing layouts; chosen only when asked for by exact tag.
    pub(crate) pseudo: bool,
}

static GLOBAL: LazyLock<Catalog> = LazyLock::new(Catalog::embedded);

impl Catalog {
    /// The process-wide catalog of the embedded locales, built on first use.
    ///
    /// It is immutable and shared; there is no "current language": pass the locale to each
    /// call.
    #[inline]
    pub fn global() -> &'static Catalog {
        &GLOBAL
    }

    /// Builds a new catalog of the embedded locales.
    pub fn embedded() -> Catalog {
        Catalog::builder().build()
    }

    /// Starts a catalog that can add locale folders from disk.
    ///
    /// ```no_run
    /// use http_status_catalog::Catalog;
    ///
    /// let catalog = Catalog::builder().locales_dir("my-locales").build();
    /// for d in catalog.diagnostics() {
    ///     eprintln!("{d}");
    /// }
    /// ```
    pub fn builder() -> CatalogBuilder {
        CatalogBuilder { embedded: true, pseudo: true, dirs: Vec::new(), files: Vec::new() }
    }

    /// Problems found in the locale files, in the order found.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Every locale, the root (`en`) first, then by tag.
    pub fn locales(&self) -> impl ExactSizeIterator<Item = Locale<'_>> + '_ {
        (0..self.locales.len()).map(move |index| Locale::new(self, index))
    }

    /// The root locale, `en`: the end of every fallback chain.
    pub fn root(&self) -> Locale<'_> {
        Locale::new(self, 0)
    }

    /// The locale with exactly this tag, if the catalog has it.
    pub fn get(&self, id: &LanguageIdentifier) -> Option<Locale<'_>> {
        self.locales.iter().position(|l| &l.id == id).map(|index| Locale::new(self, index))
    }

    /// Picks the best locale for a language tag. Always answers: the root when nothing fits.
    ///
    /// The steps, first match wins:
    /// 1. the same tag;
    /// 2. the same language, script and region, ignoring variants;
    /// 3. the same language, script and region once likely subtags are added (`ru-RU` and `ru`
    ///    are both `ru-Cyrl-RU`; `zh` and `zh-CN` are both `zh-Hans-CN`);
    /// 4. the same language and likely script, preferring a locale without a region (`ru-UA` →
    ///    `ru`, `pt-PT` → `pt-BR`, `zh-HK` → `zh-TW`; never `sr-Latn` → `sr`);
    /// 5. the root, `en`.
    ///
    /// ```text
    /// ru-RU-petr1708 → ru-RU → ru-Cyrl-RU = likely(ru) → ru
    /// zh-HK → zh-Hant-HK → zh-Hant = likely-script(zh-TW) → zh-TW
    /// tlh → en
    /// ```
    #[inline]
    pub fn negotiate(&self, requested: &LanguageIdentifier) -> Locale<'_> {
        let index = negotiate::best_match(self, requested).unwrap_or(0);
        Locale::new(self, index)
    }

    /// Like [`negotiate`](Catalog::negotiate), from a BCP 47 tag as text (`"pt-BR"`). An
    /// unparsable tag gives the root.
    pub fn negotiate_tag(&self, tag: &str) -> Locale<'_> {
        match negotiate::parse_tag(tag) {
            Some(id) => self.negotiate(&id),
            None => self.root(),
        }
    }

    /// Picks the best locale for an `Accept-Language` header value, honouring q-values.
    ///
    /// Entries are tried from the highest q-value down (ties in header order); `q=0`, `*` and
    /// malformed entries are skipped, and only the first 4 KiB and 32 entries are read. The
    /// root answers when nothing fits.
    ///
    /// ```
    /// use http_status_catalog::Catalog;
    ///
    /// let c = Catalog::global();
    /// assert_eq!(c.negotiate_accept_language("ru;q=0, en").id().to_string(), "en");
    /// assert_eq!(c.negotiate_accept_language("tlh, ru-RU;q=0.5").id().to_string(), "ru");
    /// ```
    pub fn negotiate_accept_language(&self, header: &str) -> Locale<'_> {
        let index = negotiate::accept_language(self, header).unwrap_or(0);
        Locale::new(self, index)
    }

    /// Describes a member in the best locale for `requested`.
    #[inline]
    pub fn describe(
        &self,
        status: StatusCode,
        requested: &LanguageIdentifier,
    ) -> crate::Description<'_> {
        self.negotiate(requested).describe(status)
    }
}

/// Configures a [`Catalog`]: which locale folders to load and whether to include the embedded
/// ones.
#[derive(Clone, Debug)]
pub struct CatalogBuilder {
    embedded: bool,
    pseudo: bool,
    dirs: Vec<PathBuf>,
    files: Vec<SourceFile>,
}

impl CatalogBuilder {
    /// Whether to include the embedded locales (default: yes). Without them, the embedded
    /// English still backs every message, so every code keeps its text.
    pub fn embedded(mut self, yes: bool) -> CatalogBuilder {
        self.embedded = yes;
        self
    }

    /// Adds a folder of locale folders (`DIR/<tag>/*.ftl`), read when the catalog is built.
    /// Its messages take precedence over the embedded ones of the same locale; later folders
    /// take precedence over earlier ones.
    pub fn locales_dir(mut self, dir: impl AsRef<Path>) -> CatalogBuilder {
        self.dirs.push(dir.as_ref().to_path_buf());
        self
    }

    /// Adds one locale file from memory, as if it were `<tag>/<name>` in a locale folder: for
    /// translations kept elsewhere than on disk. It is checked like any file from disk and
    /// takes precedence over the folders added before.
    ///
    /// ```
    /// use http_status_catalog::{Catalog, StatusCode};
    ///
    /// let catalog = Catalog::builder()
    ///     .locale_file("nl", "status.ftl", "status-404-title = Niet gevonden\n")
    ///     .build();
    /// let nl = catalog.negotiate_tag("nl-BE");
    /// assert_eq!(nl.describe(StatusCode::NotFound).title(), "Niet gevonden");
    /// assert_eq!(nl.describe(StatusCode::Gone).title(), "Gone");
    /// ```
    pub fn locale_file(
        mut self,
        tag: &str,
        name: &str,
        contents: impl Into<Vec<u8>>,
    ) -> CatalogBuilder {
        self.files.push(SourceFile {
            folder: tag.to_string(),
            path: format!("memory:{tag}/{name}"),
            bytes: std::borrow::Cow::Owned(contents.into()),
        });
        self
    }

    /// Whether to add the pseudo-locales `en-XA` (accented and lengthened) and `ar-XB`
    /// (mirrored, right to left), generated from English for testing layouts (default: yes).
    /// They are chosen only when asked for by their exact tag.
    pub fn pseudo_locales(mut self, yes: bool) -> CatalogBuilder {
        self.pseudo = yes;
        self
    }

    /// Reads, parses and resolves everything. Never fails: see [`Catalog::diagnostics`].
    pub fn build(self) -> Catalog {
        let mut diagnostics = crate::wire::diagnostics().to_vec();
        let embedded = source::embedded_files();
        // The embedded English backs every chain, whatever else is loaded; it is resolved
        // here once, and reused below as the embedded layer of `en`.
        let mut root_diagnostics = Vec::new();
        let builtin_root = resolve_layer(ROOT, &embedded, &mut root_diagnostics);
        if self.embedded {
            diagnostics.extend(root_diagnostics);
        }
        let mut files: Vec<(Origin, SourceFile)> = Vec::new();
        if self.embedded {
            files.extend(embedded.into_iter().map(|f| (Origin::Embedded, f)));
        }
        for dir in &self.dirs {
            let found = source::disk_files(dir, &mut diagnostics);
            files.extend(found.into_iter().map(|f| (Origin::Disk, f)));
        }
        files.extend(self.files.into_iter().map(|f| (Origin::Memory, f)));

        // Group by folder; each folder becomes one locale, its layers merged in load order.
        let mut folders: BTreeMap<String, (Vec<Option<String>>, bool)> = BTreeMap::new();
        let mut ids: BTreeMap<String, LanguageIdentifier> = BTreeMap::new();
        let mut seen: Vec<(String, Origin)> = Vec::new();
        for (origin, file) in &files {
            let key = (file.folder.clone(), *origin);
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let Some(id) = negotiate::parse_folder_name(&file.folder) else {
                let path = file.path.rsplit_once('/').map_or(file.path.as_str(), |(dir, _)| dir);
                diagnostics.push(Diagnostic::new(
                    Severity::Error,
                    DiagnosticKind::InvalidLocaleName,
                    path,
                    format!(
                        "`{}` is not a language tag (write it like `pt-BR`); the folder is ignored",
                        file.folder
                    ),
                ));
                continue;
            };
            let layer_files: Vec<&SourceFile> = files
                .iter()
                .filter(|(o, f)| o == origin && f.folder == file.folder)
                .map(|(_, f)| f)
                .collect();
            let layer = if *origin == Origin::Embedded && file.folder == ROOT {
                builtin_root.clone()
            } else {
                resolve_files(&id, &layer_files, &mut diagnostics)
            };
            let entry =
                folders.entry(id.to_string()).or_insert_with(|| (vec![None; KEY_COUNT], false));
            for (slot, text) in entry.0.iter_mut().zip(layer) {
                if text.is_some() {
                    *slot = text;
                }
            }
            entry.1 |= *origin == Origin::Disk;
            ids.insert(id.to_string(), id);
        }
        if !folders.contains_key(ROOT) {
            folders.insert(ROOT.to_string(), (builtin_root.clone(), false));
            ids.insert(ROOT.to_string(), negotiate::root_id());
        }

        // The root first, then by tag.
        let mut order: Vec<String> = folders.keys().cloned().collect();
        order.sort_by_key(|tag| (tag != ROOT, tag.clone()));
        let (own, from_disk): (Vec<Vec<Option<String>>>, Vec<bool>) =
            order.iter().filter_map(|t| folders.remove(t)).unzip();
        let langids: Vec<LanguageIdentifier> = order.iter().map(|t| ids[t].clone()).collect();

        // Parents (the root, then bare languages) are built before the locales that fall back
        // to them, so that a missing message is copied from its parent's finished table and a
        // locale's own texts are moved, not copied.
        let mut build_order: Vec<usize> = (0..langids.len()).collect();
        build_order
            .sort_by_key(|&i| (i != 0, langids[i].region.is_some() || langids[i].script.is_some()));
        let mut built: Vec<Option<LocaleData>> = (0..langids.len()).map(|_| None).collect();
        let mut own = own;
        for index in build_order {
            let id = &langids[index];
            let parent = fallback_chain(&langids, index).get(1).copied();
            let mut texts = Vec::with_capacity(KEY_COUNT);
            let mut translated = Vec::with_capacity(KEY_COUNT);
            for key in Key::all() {
                let slot = key.index();
                let mine = own[index][slot].take();
                translated.push(mine.is_some());
                let text: Box<str> = match mine {
                    Some(text) => text.into_boxed_str(),
                    None => {
                        let to = parent.map_or(ROOT.to_string(), |p| langids[p].to_string());
                        diagnostics.push(Diagnostic::new(
                            Severity::Warning,
                            DiagnosticKind::Missing,
                            &format!("locales/{id}/{}", key.file()),
                            format!("`{}` is missing; it falls back to {to}", key.id()),
                        ));
                        let from_parent =
                            parent.and_then(|p| built[p].as_ref()).map(|p| p.texts[slot].clone());
                        from_parent
                            .or_else(|| builtin_root[slot].as_deref().map(Box::from))
                            .unwrap_or_else(|| key.id().into_boxed_str())
                    }
                };
                texts.push(text);
            }
            built[index] = Some(LocaleData {
                likely: negotiate::likely(id),
                id: id.clone(),
                texts: fixed(texts),
                translated: translated.into_boxed_slice(),
                from_disk: from_disk[index],
                pseudo: false,
            });
        }
        let mut locales: Vec<LocaleData> = built.into_iter().flatten().collect();
        if self.pseudo {
            for (tag, flipped, elongate) in pseudo::LOCALES {
                if locales.iter().any(|l| l.id == tag) {
                    continue;
                }
                let texts =
                    locales[0].texts.iter().map(|t| pseudo::transform(t, flipped, elongate));
                let Some(id) = negotiate::parse_tag(tag) else { continue };
                locales.push(LocaleData {
                    likely: negotiate::likely(&id),
                    id,
                    texts: fixed(texts.collect()),
                    translated: vec![true; KEY_COUNT].into_boxed_slice(),
                    from_disk: false,
                    pseudo: true,
                });
            }
        }
        let languages = locales.iter().map(|l| negotiate::language_key(&l.id)).collect();
        Catalog { locales, languages, diagnostics }
    }
}

/// A table of exactly [`KEY_COUNT`] texts; the builders above always push one per key.
fn fixed(texts: Vec<Box<str>>) -> Box<[Box<str>; KEY_COUNT]> {
    let mut texts = texts;
    texts.resize_with(KEY_COUNT, Box::default);
    texts
        .into_boxed_slice()
        .try_into()
        .unwrap_or_else(|_| Box::new(std::array::from_fn(|_| Box::default())))
}

/// The indices a locale falls back through: itself, its bare language if the catalog has it
/// (`pt-BR` → `pt`), then the root.
fn fallback_chain(ids: &[LanguageIdentifier], index: usize) -> Vec<usize> {
    let id = &ids[index];
    let mut chain = vec![index];
    let bare = |other: &LanguageIdentifier| {
        other.language == id.language
            && other.script.is_none()
            && other.region.is_none()
            && other.variants().len() == 0
    };
    if let Some(parent) = ids.iter().position(bare).filter(|&p| p != index) {
        chain.push(parent);
    }
    if index != 0 && !chain.contains(&0) {
        chain.push(0);
    }
    chain
}

fn resolve_layer(
    folder: &str,
    files: &[SourceFile],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Option<String>> {
    let layer: Vec<&SourceFile> = files.iter().filter(|f| f.folder == folder).collect();
    resolve_files(&negotiate::root_id(), &layer, diagnostics)
}

fn resolve_files(
    id: &LanguageIdentifier,
    files: &[&SourceFile],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Option<String>> {
    let parsed =
        files.iter().filter_map(|f| resolve::parse(&f.path, &f.bytes, diagnostics)).collect();
    resolve::resolve(id, parsed, diagnostics)
}
