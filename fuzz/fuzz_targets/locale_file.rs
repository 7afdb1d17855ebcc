//! Any bytes as a locale file: the catalog builds, reports, and still describes every code
//! with text free of control characters.
#![no_main]

use http_status_catalog::Catalog;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let catalog = Catalog::builder()
        .embedded(false)
        .locale_file("qaa", "status.ftl", bytes)
        .build();
    let locale = catalog.negotiate_tag("qaa");
    for code in 100..=599 {
        let d = locale.describe_code(code).expect("every code in 100-599 is described");
        assert!(!d.title().is_empty() && !d.description().is_empty());
        assert!(!d.title().contains(|c: char| c.is_control() && c != '\n' && c != '\t'));
        assert!(d.title().len() <= 4096);
    }
});
