//! The builder options only the translator tools need (feature `tools`).

use std::path::Path;

use super::{assemble, is_catalog_name, CatalogBuilder};
use crate::load;
use crate::tools::{ToolError, Translations};

impl CatalogBuilder {
    /// Adds a folder of locale folders (`DIR/<tag>/*.ftl`), read when the catalog is built.
    /// Its messages take precedence over the embedded ones of the same locale; later folders
    /// take precedence over earlier ones. A folder that cannot be read is reported in
    /// [`Catalog::diagnostics`](super::Catalog::diagnostics).
    ///
    /// ```no_run
    /// use http_status_catalog::Catalog;
    ///
    /// let catalog = Catalog::builder().locales_dir("my-locales").build();
    /// for d in catalog.diagnostics() {
    ///     eprintln!("{d}");
    /// }
    /// ```
    pub fn locales_dir(mut self, dir: impl AsRef<Path>) -> CatalogBuilder {
        self.dirs.push(dir.as_ref().to_path_buf());
        self
    }

    /// Whether to add the pseudo-locales `en-XA` (accented and lengthened) and `ar-XB`
    /// (mirrored, right to left), generated from English for testing layouts (default: no).
    /// They are chosen only when asked for by their exact tag.
    ///
    /// ```
    /// use http_status_catalog::{Catalog, StatusCode};
    ///
    /// let catalog = Catalog::builder().pseudo_locales(true).build();
    /// let xa = catalog.negotiate_tag("en-XA");
    /// assert_ne!(xa.describe(StatusCode::NotFound).title(), "Not Found");
    /// assert_eq!(catalog.negotiate_tag("en-US").to_string(), "en", "never chosen by likeness");
    /// ```
    pub fn pseudo_locales(mut self, yes: bool) -> CatalogBuilder {
        self.pseudo_locales = yes;
        self
    }

    /// Loads like [`build`](CatalogBuilder::build) and keeps every file read, the tools' own
    /// included, for the translator tools: checking, coverage, templates and the tools' words.
    ///
    /// # Errors
    ///
    /// [`ToolError::NoSuchFolder`] when a folder given to
    /// [`locales_dir`](CatalogBuilder::locales_dir) does not exist or is not a folder.
    pub fn build_translations(self) -> Result<Translations, ToolError> {
        if let Some(dir) = self.dirs.iter().find(|d| !d.is_dir()) {
            return Err(ToolError::NoSuchFolder(dir.clone()));
        }
        let embedded = self.embedded;
        let dirs = self.dirs.clone();
        let gathered = self.gather();
        let files = load::load_all(gathered.fluent);
        let catalog_files = files.iter().filter(|f| is_catalog_name(&f.name));
        let layers = assemble::layers(catalog_files, |f| (f.folder.as_str(), f.origin));
        let catalog = assemble::assemble(layers, gathered.diagnostics, gathered.pseudo_locales);
        Ok(Translations::new(catalog, files, gathered.records, gathered.wire, dirs, embedded))
    }
}
