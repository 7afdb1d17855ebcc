//! Negotiation from tags and Accept-Language headers, from fixtures.

use http_status_catalog::{Catalog, LanguageIdentifier};

use crate::fixture;

#[cfg(feature = "tools")]
fn catalog_with_regional_locales() -> Catalog {
    Catalog::builder().locales_dir(fixture("locales-regional")).build()
}

fn cases(name: &str) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(fixture("negotiation.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json[name]
        .as_array()
        .unwrap()
        .iter()
        .map(|pair| (pair[0].as_str().unwrap().to_string(), pair[1].as_str().unwrap().to_string()))
        .collect()
}

#[test]
#[cfg(feature = "tools")]
fn tags_negotiate_through_the_documented_steps() {
    let catalog = catalog_with_regional_locales();
    for (requested, expected) in cases("tags") {
        let id: LanguageIdentifier = requested.parse().unwrap();
        assert_eq!(catalog.negotiate(&id).id().to_string(), expected, "{requested}");
        assert_eq!(catalog.negotiate_tag(&requested).id().to_string(), expected, "{requested}");
    }
}

#[test]
fn shipped_locales_negotiate_from_tags() {
    let catalog = Catalog::global();
    for (requested, expected) in cases("shipped") {
        assert_eq!(catalog.negotiate_tag(&requested).id().to_string(), expected, "{requested}");
    }
}

#[test]
#[cfg(feature = "tools")]
fn accept_language_honours_q_values() {
    let catalog = catalog_with_regional_locales();
    for (header, expected) in cases("accept_language") {
        assert_eq!(
            catalog.negotiate_accept_language(&header).id().to_string(),
            expected,
            "{header:?}"
        );
    }
}

#[test]
fn hostile_headers_stay_bounded_and_answer() {
    let catalog = Catalog::global();
    let long = "x-".repeat(40_000) + ", ru";
    assert_eq!(catalog.negotiate_accept_language(&long).id().to_string(), "en", "past the cap");
    let many = "tlh;q=0.1, ".repeat(1000) + "ru";
    assert_eq!(
        catalog.negotiate_accept_language(&many).id().to_string(),
        "en",
        "past the entry cap"
    );
    for header in ["\u{0}", ";;;", ",,,,", "q=1", "ru;q=1;q=0", "ру", "\u{feff}ru"] {
        let _ = catalog.negotiate_accept_language(header);
    }
}

#[test]
fn agrees_with_fluent_langneg_where_both_apply() {
    use fluent_langneg::{negotiate_languages, NegotiationStrategy};
    let catalog = Catalog::global();
    let available: Vec<LanguageIdentifier> =
        catalog.locales().filter(|l| !l.is_pseudo()).map(|l| l.id().clone()).collect();
    let default: LanguageIdentifier = "en".parse().unwrap();
    // fluent-langneg's own likely-subtags table is small, so it is consulted as an independent
    // oracle only for tags that need no likely subtags beyond it.
    for tag in [
        "ru", "ru-RU", "de-AT", "de-CH", "fr-CA", "pt-BR", "pt", "en-GB", "zh-CN", "ja-JP",
        "uk-UA", "ko-KR", "ar-EG", "it-CH", "pl", "es-419", "tlh", "sr",
    ] {
        let requested: LanguageIdentifier = tag.parse().unwrap();
        let theirs = negotiate_languages(
            &[&requested],
            &available,
            Some(&default),
            NegotiationStrategy::Lookup,
        );
        let ours = catalog.negotiate(&requested);
        assert_eq!(ours.id(), theirs[0], "{tag}");
    }
}
