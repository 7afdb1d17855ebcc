//! Property tests: arbitrary input through every parser and negotiator. A fixed case count and
//! seed keep CI repeatable; `PROPTEST_CASES=100000` runs longer locally.

use http_status_catalog::{Catalog, ErrorKind, LanguageIdentifier, StatusCode};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(512);
    Config {
        cases,
        rng_seed: RngSeed::Fixed(0x4854_5450),
        failure_persistence: None,
        ..Config::default()
    }
}

/// Language ranges as clients send them, valid and not.
fn tag() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "en",
            "ru",
            "ru-RU",
            "de-AT",
            "pt-PT",
            "pt-BR",
            "zh",
            "zh-HK",
            "zh-Hant",
            "ar-EG",
            "ja-JP",
            "ko",
            "uk",
            "pl-PL",
            "es-419",
            "sr-Latn",
            "tlh",
            "*",
            "x-private",
            "i-klingon",
            "",
        ])
        .prop_map(str::to_string),
        "[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8}){0,3}",
        "\\PC{0,12}",
    ]
}

/// q-values, valid and not, in thousandths where valid.
fn quality() -> impl Strategy<Value = (String, Option<u16>)> {
    prop_oneof![
        Just((String::new(), Some(1000))),
        (0u16..=1000).prop_map(|q| {
            let text = if q == 1000 { "1".to_string() } else { format!("0.{:03}", q) };
            (format!(";q={text}"), Some(q))
        }),
        prop::sample::select(vec![";q=2", ";q=-0.5", ";q=0.1234", ";q=", ";q=abc", ";Q=1.000"])
            .prop_map(|s| (s.to_string(), if s == ";Q=1.000" { Some(1000) } else { None })),
    ]
}

/// What `negotiate_accept_language` must answer, computed the slow, obvious way: of the
/// well-formed entries with q > 0, sorted by q (stable, so ties keep header order), the first
/// whose tag has a locale other than the fallback to English.
fn model(catalog: &Catalog, entries: &[(String, (String, Option<u16>))]) -> String {
    let mut usable: Vec<(u16, &str)> = entries
        .iter()
        .filter_map(|(tag, (_, q))| Some((q.filter(|q| *q > 0)?, tag.trim())))
        .filter(|(_, tag)| *tag != "*" && !tag.is_empty() && !tag.contains([',', ';']))
        .collect();
    usable.sort_by_key(|u| std::cmp::Reverse(u.0));
    for (_, tag) in usable {
        let Ok(id) = tag.parse::<LanguageIdentifier>() else { continue };
        if id.language.is_empty() || tag.len() > 64 {
            continue;
        }
        let locale = catalog.negotiate(&id);
        if locale.id().language == id.language {
            return locale.id().to_string();
        }
    }
    "en".to_string()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_text_is_a_code_a_name_or_a_clear_error(text in "\\PC{0,80}") {
        match text.parse::<StatusCode>() {
            Ok(status) => {
                let t = text.trim();
                let by_number = t.parse::<u16>().is_ok_and(|n| n == status.as_u16());
                // A name read loosely: letters and digits in order, apostrophes dropped, the
                // rest separators.
                let words = |s: &str| -> Vec<String> {
                    s.replace(['\'', '\u{2019}'], "")
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .map(str::to_ascii_uppercase)
                        .collect()
                };
                let by_name = std::iter::once(status.name()).chain(status.aliases().iter().copied())
                    .any(|n| words(n) == words(t));
                prop_assert!(by_number || by_name, "{text:?} -> {status:?}");
            }
            Err(e) => {
                prop_assert!(!e.to_string().is_empty() && e.to_string().len() < 300);
                prop_assert!(matches!(e.kind(), ErrorKind::UnknownName | ErrorKind::OutOfRange
                    | ErrorKind::Reserved | ErrorKind::Unregistered));
            }
        }
    }

    #[test]
    fn any_tag_negotiates_to_its_language_or_english(tag in tag()) {
        let catalog = Catalog::global();
        let locale = catalog.negotiate_tag(&tag);
        let id = locale.id().clone();
        prop_assert!(catalog.get(&id).is_some());
        if let Ok(requested) = tag.parse::<LanguageIdentifier>() {
            prop_assert!(id.language == requested.language || id == "en", "{tag} -> {id}");
        }
        prop_assert!(!locale.describe(StatusCode::NotFound).title().is_empty());
    }

    #[test]
    fn accept_language_agrees_with_the_model(entries in prop::collection::vec((tag(), quality()), 0..8)) {
        let header: Vec<String> = entries.iter().map(|(tag, (q, _))| format!("{tag}{q}")).collect();
        let header = header.join(", ");
        let catalog = Catalog::global();
        let answer = catalog.negotiate_accept_language(&header).id().to_string();
        prop_assert_eq!(answer, model(catalog, &entries), "{}", header);
    }

    #[test]
    fn any_locale_file_leaves_every_code_with_clean_text(
        lines in prop::collection::vec((prop::sample::select(vec![
            "status-404-title", "status-404-description", "status-500-title", "class-4xx-title",
            "spec-citation", "docs-caption", "wire-404", "-term", "x",
        ]), "[\\PC\\x00-\\x1f\u{202e}{}$ -]{0,24}"), 0..12),
    ) {
        let source: String = lines.iter().map(|(id, value)| format!("{id} = {value}\n")).collect();
        let catalog = Catalog::builder()
            .embedded(false)
            .locale_file("qaa", "status.ftl", source)
            .build();
        let locale = catalog.negotiate_tag("qaa");
        for code in [100, 299, 404, 500, 599] {
            let d = locale.describe_code(code).unwrap();
            for text in [d.title(), d.description()] {
                prop_assert!(!text.trim().is_empty());
                prop_assert!(!text.contains(|c: char| c.is_control() && c != '\n' && c != '\t'));
            }
        }
        let cited = locale.cite(StatusCode::NotFound.references()[0]).to_string();
        prop_assert!(cited.contains("RFC 9110") && cited.contains("15.5.5"), "{}", cited);
    }

    #[test]
    fn any_header_bytes_answer_without_panicking(header in "\\PC{0,300}") {
        let locale = Catalog::global().negotiate_accept_language(&header);
        prop_assert!(!locale.describe(StatusCode::Ok).title().is_empty());
    }
}
