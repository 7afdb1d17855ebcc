//! Regional and legacy tags reach the shipped locale a reader of them understands, from a tag
//! and from an `Accept-Language` header, and the text they get is that locale's own.

use http_status_catalog::{Catalog, StatusCode};

use crate::locale_text::{message, shipped_tags};

/// (requested, shipped locale), by hand: the withdrawn ISO 639 codes as CLDR replaces them,
/// Norwegian's macrolanguage and Nynorsk read as Bokmål, the regions of every language with one
/// locale, and the script and region forms of Chinese and Portuguese.
const TAGS: &[(&str, &str)] = &[
    // Legacy and macrolanguage codes.
    ("no", "nb"),
    ("nn", "nb"),
    ("no-NO", "nb"),
    ("nn-NO", "nb"),
    ("nb-SJ", "nb"),
    ("iw", "he"),
    ("iw-IL", "he"),
    ("in", "id"),
    ("in-ID", "id"),
    ("mo", "ro"),
    ("mo-MD", "ro"),
    // Persian of Afghanistan (Dari) and Iran.
    ("fa-AF", "fa"),
    ("fa-IR", "fa"),
    // Portuguese beyond Brazil.
    ("pt", "pt-BR"),
    ("pt-PT", "pt-BR"),
    ("pt-AO", "pt-BR"),
    ("pt-MZ", "pt-BR"),
    // Chinese by script and region.
    ("zh", "zh-CN"),
    ("zh-SG", "zh-CN"),
    ("zh-Hans", "zh-CN"),
    ("zh-Hans-SG", "zh-CN"),
    ("zh-HK", "zh-TW"),
    ("zh-MO", "zh-TW"),
    ("zh-Hant", "zh-TW"),
    ("zh-Hant-HK", "zh-TW"),
    // Regions of languages with one locale.
    ("ar-EG", "ar"),
    ("ar-MA", "ar"),
    ("ar-SA", "ar"),
    ("de-AT", "de"),
    ("de-CH", "de"),
    ("el-CY", "el"),
    ("es-419", "es"),
    ("es-MX", "es"),
    ("fr-BE", "fr"),
    ("fr-CA", "fr"),
    ("it-CH", "it"),
    ("nl-BE", "nl"),
    ("ro-MD", "ro"),
    ("ru-BY", "ru"),
    ("ru-UA", "ru"),
    ("sv-FI", "sv"),
    ("tr-CY", "tr"),
    ("ko-KP", "ko"),
    ("da-GL", "da"),
    ("en-GB", "en"),
    ("en-IN", "en"),
    // Case does not matter in tags.
    ("NO", "nb"),
    ("IW-il", "he"),
    ("ZH-hk", "zh-TW"),
];

#[test]
fn regional_and_legacy_tags_reach_a_shipped_locale() {
    let catalog = Catalog::global();
    let shipped = shipped_tags();
    for &(requested, expected) in TAGS {
        assert!(shipped.iter().any(|t| t == expected), "{expected} is not shipped");
        let locale = catalog.negotiate_tag(requested);
        assert_eq!(locale.id().to_string(), expected, "tag {requested}");
        let header = format!("{requested}, en;q=0.1");
        let from_header = catalog.negotiate_accept_language(&header);
        assert_eq!(from_header.id().to_string(), expected, "Accept-Language: {header}");
        // The text is the locale's own, as its file has it.
        let title = locale.describe(StatusCode::NotFound).title();
        assert_eq!(title, message(expected, "status-404-title"), "{requested}");
    }
}

#[test]
fn every_shipped_locale_answers_its_own_tag_and_its_likely_region() {
    let catalog = Catalog::global();
    for tag in shipped_tags() {
        assert_eq!(catalog.negotiate_tag(&tag).id().to_string(), tag);
        // "ja" is likely "ja-Jpan-JP", and the maximized tag finds the locale again.
        let id: http_status_catalog::LanguageIdentifier = tag.parse().unwrap();
        let mut likely = id.clone();
        assert!(likely.maximize() || likely == id, "{tag}");
        assert_eq!(catalog.negotiate(&likely).id().to_string(), tag, "{likely}");
    }
}
