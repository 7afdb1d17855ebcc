//! The builder options only the translator tools need (feature `tools`).

use std::path::Path;

use super::CatalogBuilder;

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
}
