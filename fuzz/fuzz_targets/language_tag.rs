//! Any text as a language tag, a status code or a status name.
#![no_main]

use http_status_catalog::{Catalog, StatusCode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let locale = Catalog::global().negotiate_tag(text);
    assert!(!locale.describe(StatusCode::NotFound).title().is_empty());
    if let Ok(status) = text.parse::<StatusCode>() {
        assert!((100..=599).contains(&status.as_u16()));
    }
    let _ = StatusCode::from_name(text);
});
