//! The reference site (features `tools` and `docs`); see [`Site`].

mod exchanges;
mod pages;

use std::fs;
use std::path::Path;

use super::error::ToolError;
use super::translations::Translations;
use crate::catalog::locale::Locale;

/// The reference site of a catalog's locales (features `tools` and `docs`): every status code
/// in every language, as static pages that need no server code, no JavaScript and nothing
/// from outside.
///
/// Per language, an index (the status table with titles, grouped by class, with a table of
/// contents) and one page per code; a language list on every page that leads to the same page
/// in another language; a root page that lists the languages, with an Apache type map beside
/// it that sends a browser to its own language where the server reads `.htaccess` files.
/// Links are relative, so the site works from `file://` and from any path on a server.
///
/// ```text
/// index.html            the languages, each in its own language
/// index.var, .htaccess  Apache: choose by Accept-Language (index.<tag>.html redirect)
/// style.css             the one stylesheet
/// <tag>/index.html      the status table of a language
/// <tag>/404.html        the page of a code
/// sitemap.xml           with a base URL only: a sitemap lists absolute addresses
/// ```
///
/// # Example
///
/// ```
/// use http_status_catalog::Catalog;
///
/// let translations = Catalog::builder().build_translations()?;
/// let site = translations.site().base_url("https://example.org/http/")?;
/// let files = site.files();
/// let page = files.iter().find(|f| f.path() == "ru/404.html").expect("a page per code");
/// assert!(page.contents().starts_with("<!doctype html>\n<html lang=\"ru\" dir=\"ltr\">"));
/// assert!(page.contents().contains("Не найдено"));
/// // Every value is HTML-escaped, the slashes of addresses included.
/// assert!(page.contents().contains("href=\"../ar/404.html\" hreflang=\"ar\""));
/// assert!(files.iter().any(|f| f.path() == "sitemap.xml"));
/// # Ok::<(), http_status_catalog::tools::ToolError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Site<'t> {
    translations: &'t Translations,
    base_url: Option<String>,
}

/// A file of the site: its path, relative and with `/` between folders, and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteFile {
    path: String,
    contents: String,
}

impl SiteFile {
    fn new(path: impl Into<String>, contents: String) -> SiteFile {
        SiteFile { path: path.into(), contents }
    }

    /// The path inside the site, e.g. `ru/404.html`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The file's text.
    pub fn contents(&self) -> &str {
        &self.contents
    }
}

impl Translations {
    /// The reference site of these locales (every one that is not a pseudo-locale).
    pub fn site(&self) -> Site<'_> {
        Site { translations: self, base_url: None }
    }
}

impl<'t> Site<'t> {
    /// Where the site will be published, e.g. `https://example.org/http/`: needed for
    /// `sitemap.xml`, whose addresses must be absolute. The pages themselves link relatively.
    ///
    /// # Errors
    ///
    /// [`ToolError::InvalidBaseUrl`] unless the address is `http` or `https`, without a query,
    /// a fragment, spaces or characters that would need escaping.
    pub fn base_url(mut self, url: &str) -> Result<Site<'t>, ToolError> {
        let scheme_ok = url.starts_with("https://") || url.starts_with("http://");
        let host = url.split_once("://").map_or("", |(_, rest)| rest);
        let clean = !url.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(c, '"' | '<' | '>' | '&' | '\'' | '?' | '#' | '\\')
        });
        if !scheme_ok || host.is_empty() || host.starts_with('/') || !clean {
            return Err(ToolError::InvalidBaseUrl(url.chars().take(200).collect()));
        }
        let mut url = url.to_string();
        if !url.ends_with('/') {
            url.push('/');
        }
        self.base_url = Some(url);
        Ok(self)
    }

    /// The locales the site is made of: every locale that is not a pseudo-locale, by tag.
    pub(crate) fn locales(&self) -> Vec<Locale<'t>> {
        let mut locales: Vec<Locale<'t>> =
            self.translations.catalog().locales().filter(|l| !l.is_pseudo()).collect();
        locales.sort_by_key(|l| l.to_string());
        locales
    }

    /// Every file of the site, sorted by path. The same catalog always gives the same files.
    pub fn files(&self) -> Vec<SiteFile> {
        let mut files = pages::all(self.translations, &self.locales(), self.base_url.as_deref());
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files
    }

    /// Writes the site into `dir` (made if needed), leaving alone the files that are already
    /// as they should be and any other file in it. Returns the number of files of the site.
    ///
    /// # Errors
    ///
    /// [`ToolError::Io`] with the path that could not be made or written.
    pub fn write(&self, dir: &Path) -> Result<usize, ToolError> {
        let files = self.files();
        for file in &files {
            let path = file.path.split('/').fold(dir.to_path_buf(), |p, part| p.join(part));
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent).map_err(|e| ToolError::Io(parent.to_path_buf(), e))?;
            }
            let unchanged = fs::read(&path).is_ok_and(|old| old == file.contents.as_bytes());
            if !unchanged {
                fs::write(&path, &file.contents).map_err(|e| ToolError::Io(path.clone(), e))?;
            }
        }
        Ok(files.len())
    }
}
