//! Language tags: parsing, likely subtags, and packing into numbers for fast comparison.

use unic_langid::LanguageIdentifier;

/// The longest language tag considered (BCP 47 tags of real languages are far shorter).
const MAX_TAG_BYTES: usize = 64;

/// Parses a language tag given as text; `None` when it is not one. `und` and other tags
/// without a language are not tags of a language.
pub(crate) fn parse_tag(tag: &str) -> Option<LanguageIdentifier> {
    let tag = tag.trim();
    if tag.is_empty() || tag.len() > MAX_TAG_BYTES {
        return None;
    }
    LanguageIdentifier::from_bytes(tag.as_bytes()).ok().filter(|id| !id.language.is_empty())
}

/// Parses a locale folder name, which must be a tag in its canonical form (`pt-BR`, not
/// `pt_br`).
pub(crate) fn parse_folder_name(name: &str) -> Option<LanguageIdentifier> {
    parse_tag(name).filter(|id| *id == name)
}

/// Language subtags that stand for another: the codes ISO 639 withdrew (`iw`, `in`, `ji`,
/// `jw`, `mo`, as CLDR's language aliases replace them), and Norwegian, whose macrolanguage `no`
/// and written standard `nn` readers of Bokmål (`nb`) understand.
pub(crate) const LANGUAGE_ALIASES: &[(&str, &str)] = &[
    ("iw", "he"),
    ("in", "id"),
    ("ji", "yi"),
    ("jw", "jv"),
    ("mo", "ro"),
    ("no", "nb"),
    ("nn", "nb"),
];

/// `id` with its language replaced when it is an alias (`iw-IL` → `he-IL`).
pub(crate) fn unaliased(id: &LanguageIdentifier) -> Option<LanguageIdentifier> {
    let language = id.language.as_str();
    let (_, to) = LANGUAGE_ALIASES.iter().find(|(from, _)| *from == language)?;
    let mut replaced = id.clone();
    replaced.language = to.parse().ok()?;
    Some(replaced)
}

/// The id with variants dropped and likely subtags added: `ru` → `ru-Cyrl-RU`,
/// `zh-TW` → `zh-Hant-TW`. Without allocating: variants are the only heap part of an id.
pub(crate) fn likely(id: &LanguageIdentifier) -> LanguageIdentifier {
    let mut likely = LanguageIdentifier::from_parts(id.language, id.script, id.region, &[]);
    likely.maximize();
    likely
}

/// Language, script and region as two numbers (their ASCII bytes; 0 when absent), ignoring
/// variants.
#[inline]
pub(crate) fn pack(id: &LanguageIdentifier) -> (u64, u64) {
    let language = Option::<u64>::from(&id.language).unwrap_or(0);
    let script = id.script.map_or(0, u32::from);
    let region = id.region.map_or(0, u32::from);
    (language, (u64::from(script) << 32) | u64::from(region))
}

/// Language and region as two numbers, for a tag without a script: the form nearly every
/// request has. `None` for a tag with a script.
#[inline]
pub(crate) fn pack_without_script(id: &LanguageIdentifier) -> Option<(u64, u32)> {
    if id.script.is_some() {
        return None;
    }
    let language = Option::<u64>::from(&id.language).unwrap_or(0);
    Some((language, id.region.map_or(0, u32::from)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_parse_and_folders_must_be_canonical() {
        assert_eq!(parse_tag(" pt-BR ").map(|t| t.to_string()).as_deref(), Some("pt-BR"));
        assert_eq!(parse_tag("und"), None);
        assert_eq!(parse_tag(""), None);
        assert_eq!(parse_tag(&"a".repeat(65)), None);
        assert!(parse_folder_name("pt-BR").is_some());
        assert!(parse_folder_name("pt_br").is_none());
        assert!(parse_folder_name("PT-br").is_none());
    }

    #[test]
    fn packing_tells_subtags_apart() {
        let p = |t: &str| pack(&parse_tag(t).unwrap());
        assert_eq!(p("ru-RU"), p("ru-RU-petr1708"), "variants are ignored");
        assert_ne!(p("ru"), p("ru-RU"));
        assert_ne!(p("zh-Hant"), p("zh-TW"));
        assert_eq!(p("ru").1, 0);
    }
}
