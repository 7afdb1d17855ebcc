//! What can go wrong running a translator tool.

use core::fmt;
use std::path::PathBuf;

/// A problem running a translator tool. Its message names the tag, folder or file at fault.
///
/// ```
/// use http_status_catalog::tools::ToolError;
/// use http_status_catalog::Catalog;
///
/// let translations = Catalog::builder().build_translations()?;
/// let dir = std::env::temp_dir();
/// let err = translations.template(&dir, "pt_br", false).unwrap_err();
/// assert!(matches!(err, ToolError::InvalidTag(_)));
/// assert_eq!(err.to_string(), "\"pt_br\" is not a language tag in canonical form (write it like pt-BR)");
/// # Ok::<(), ToolError>(())
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum ToolError {
    /// The tag is not a valid language tag in canonical form.
    InvalidTag(String),
    /// A folder of locale folders does not exist or is not a folder.
    NoSuchFolder(PathBuf),
    /// There is no such locale folder on disk.
    NoSuchLocale(String),
    /// The folder already has files.
    Exists(PathBuf),
    /// Reading or writing a file failed.
    Io(PathBuf, std::io::Error),
    /// A site's base URL is not an absolute `http` or `https` address without a query.
    InvalidBaseUrl(String),
}

impl fmt::Display for ToolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ToolError::InvalidTag(tag) => {
                write!(f, "{tag:?} is not a language tag in canonical form (write it like pt-BR)")
            }
            ToolError::NoSuchFolder(path) => {
                write!(f, "{} is not a folder of locale folders", path.display())
            }
            ToolError::NoSuchLocale(tag) => {
                write!(f, "there is no locale folder {tag} on disk in the folders given")
            }
            ToolError::Exists(path) => {
                write!(f, "{} already has files; pass --force to overwrite them", path.display())
            }
            ToolError::Io(path, e) => write!(f, "{}: {e}", path.display()),
            ToolError::InvalidBaseUrl(url) => write!(
                f,
                "{url:?} is not a base URL: give an http or https address without a query, \
                 like https://example.org/http/"
            ),
        }
    }
}

impl std::error::Error for ToolError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ToolError::Io(_, e) => Some(e),
            _ => None,
        }
    }
}
