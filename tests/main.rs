//! One integration test binary (faster to build and link than one per file).

mod allocations;
#[cfg(feature = "docs")]
mod docs;
mod exhaustive;
#[cfg(feature = "tools")]
mod fallback;
#[cfg(all(feature = "docs", feature = "html"))]
mod hostile;
#[cfg(all(feature = "http", feature = "serde"))]
mod interop;
mod layers;
mod locale_text;
mod locales;
mod names;
mod negotiation;
#[cfg(feature = "tools")]
mod notes;
mod properties;
mod regional;
mod reviews;
mod scripts;
#[cfg(all(feature = "tools", feature = "docs"))]
mod site;
mod style;
mod table;
#[cfg(feature = "tools")]
mod terminology;
#[cfg(feature = "tools")]
mod translator;
#[cfg(feature = "axum")]
mod web_layer;

#[cfg(feature = "cli")]
mod cli;
#[cfg(feature = "cli")]
mod proxy;

/// The path of a file or folder under `tests/fixtures/`.
pub fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}
