//! Any Accept-Language value: negotiation answers, and the answer describes every code.
#![no_main]

use http_status_catalog::{Catalog, StatusCode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|header: &str| {
    let locale = Catalog::global().negotiate_accept_language(header);
    for &status in StatusCode::ALL {
        assert!(!locale.describe(status).title().is_empty());
    }
});
