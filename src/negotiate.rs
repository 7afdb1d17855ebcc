//! Language negotiation: from a language tag or an `Accept-Language` header to a locale.
//!
//! Everything here runs on the hot path of a web server and works without allocating: tags are
//! compared subtag by subtag, likely subtags come from unic-langid's built-in CLDR tables, and
//! the header is scanned in place.

use unic_langid::LanguageIdentifier;

use crate::catalog::Catalog;

/// The most bytes of an `Accept-Language` value that are read.
pub(crate) const MAX_HEADER_BYTES: usize = 4096;

/// The most entries of an `Accept-Language` value that are considered.
pub(crate) const MAX_HEADER_ENTRIES: usize = 32;

/// The longest single language tag considered (BCP 47 tags of real languages are far shorter).
const MAX_TAG_BYTES: usize = 64;

/// `en`.
pub(crate) fn root_id() -> LanguageIdentifier {
    unic_langid::langid!("en")
}

/// The id with variants dropped and likely subtags added: `ru` → `ru-Cyrl-RU`,
/// `zh-TW` → `zh-Hant-TW`. Without allocating: variants are the only heap part of an id.
pub(crate) fn likely(id: &LanguageIdentifier) -> LanguageIdentifier {
    let mut likely = LanguageIdentifier::from_parts(id.language, id.script, id.region, &[]);
    likely.maximize();
    likely
}

/// The language subtag as one number (its eight ASCII bytes; 0 when empty), for fast
/// comparison.
#[inline]
pub(crate) fn language_key(id: &LanguageIdentifier) -> u64 {
    Option::<u64>::from(&id.language).unwrap_or(0)
}

/// Parses a language tag given as text; `None` when it is not one.
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

/// The best locale for `requested`, or `None` when only the root default would do.
///
/// The steps, first match wins:
/// 1. the same tag;
/// 2. the same language, script and region, ignoring variants;
/// 3. the same language, script and region once likely subtags are added
///    (`ru-RU` and `ru` are both `ru-Cyrl-RU`; `zh` and `zh-CN` are both `zh-Hans-CN`);
/// 4. the same language and likely script, preferring a locale without a region
///    (`ru-UA` → `ru`, `pt-PT` → `pt-BR`, `zh-HK` → `zh-TW`, but never `sr-Latn` → `sr`).
pub(crate) fn best_match(catalog: &Catalog, requested: &LanguageIdentifier) -> Option<usize> {
    let locales = &catalog.locales;
    if requested.language.is_empty() {
        return None;
    }
    // One pass answers the common requests without computing likely subtags: the exact tag
    // (step 1), the same subtags without variants (step 2), or a bare language whose likely
    // region is the one requested (`ru-RU` → `ru`: `ru` is `ru-Cyrl-RU`), which is step 3.
    let mut same_subtags = None;
    let mut likely_region = None;
    let language = language_key(requested);
    let keys = &catalog.languages;
    let mut from = 0;
    // `position` over packed keys is a tight loop; only the few matches are looked at closely.
    while let Some(offset) =
        keys.get(from..).and_then(|rest| rest.iter().position(|k| *k == language))
    {
        let i = from + offset;
        from = i + 1;
        let l = &locales[i];
        if l.id.script == requested.script && l.id.region == requested.region {
            if l.id.variants().eq(requested.variants()) {
                return Some(i);
            }
            // Pseudo-locales are only ever chosen by their exact tag.
            if same_subtags.is_none() && !l.pseudo {
                same_subtags = Some(i);
            }
        } else if likely_region.is_none()
            && !l.pseudo
            && l.id.script.is_none()
            && l.id.region.is_none()
            && requested.script.is_none()
            && requested.region.is_some()
            && requested.region == l.likely.region
        {
            likely_region = Some(i);
        }
    }
    if same_subtags.is_some() {
        return same_subtags;
    }
    if likely_region.is_some() {
        return likely_region;
    }
    let candidates = || {
        locales.iter().enumerate().filter(|(_, l)| !l.pseudo && l.id.language == requested.language)
    };
    let want = likely(requested);
    if let Some((i, _)) = candidates().find(|(_, l)| l.likely == want) {
        return Some(i);
    }
    candidates()
        .filter(|(_, l)| l.likely.script == want.script)
        .min_by_key(|(_, l)| l.id.region.is_some())
        .map(|(i, _)| i)
}

/// The best locale for an `Accept-Language` header value, or `None` when no entry fits.
///
/// RFC 9110, Section 12.5.4: entries are `language-range [ ";" "q=" qvalue ]`. The entry with
/// the highest q-value that has a matching locale wins; ties go to the earlier entry.
pub(crate) fn accept_language(catalog: &Catalog, header: &str) -> Option<usize> {
    let header = truncate(header, MAX_HEADER_BYTES);
    let mut best: Option<(u16, usize)> = None;
    for entry in header.split(',').take(MAX_HEADER_ENTRIES) {
        let Some((tag, quality)) = parse_entry(entry) else {
            continue;
        };
        if quality == 0 || best.is_some_and(|(q, _)| q >= quality) {
            continue;
        }
        let Some(id) = parse_tag(tag) else { continue };
        if let Some(index) = best_match(catalog, &id) {
            best = Some((quality, index));
        }
    }
    best.map(|(_, index)| index)
}

/// Splits one entry into its tag and its q-value in thousandths; `None` for `*` or a
/// malformed entry.
fn parse_entry(entry: &str) -> Option<(&str, u16)> {
    let mut parts = entry.split(';');
    let tag = parts.next()?.trim();
    if tag.is_empty() || tag == "*" {
        return None;
    }
    let mut quality = 1000;
    for param in parts {
        let (name, value) = param.split_once('=')?;
        if name.trim().eq_ignore_ascii_case("q") {
            quality = parse_qvalue(value.trim())?;
        }
    }
    Some((tag, quality))
}

/// `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )`, in thousandths.
fn parse_qvalue(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut thousandths: u16 = 0;
    for (i, b) in fraction.bytes().enumerate() {
        thousandths += u16::from(b - b'0') * [100, 10, 1][i];
    }
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qvalues_follow_the_grammar() {
        let cases = [
            ("1", Some(1000)),
            ("1.0", Some(1000)),
            ("1.000", Some(1000)),
            ("0", Some(0)),
            ("0.5", Some(500)),
            ("0.05", Some(50)),
            ("0.123", Some(123)),
            ("1.5", None),
            ("0.1234", None),
            ("2", None),
            ("-1", None),
            ("", None),
            ("0.x", None),
            ("１", None),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_qvalue(input), expected, "{input:?}");
        }
    }

    #[test]
    fn entries_split_into_tag_and_quality() {
        assert_eq!(parse_entry(" ru-RU ; q=0.8"), Some(("ru-RU", 800)));
        assert_eq!(parse_entry("de"), Some(("de", 1000)));
        assert_eq!(parse_entry("de;Q=0.5"), Some(("de", 500)));
        assert_eq!(parse_entry("*;q=0.1"), None);
        assert_eq!(parse_entry("de;q"), None);
        assert_eq!(parse_entry("de;q=abc"), None);
        assert_eq!(parse_entry(""), None);
    }

    #[test]
    fn truncation_respects_char_boundaries() {
        assert_eq!(truncate("ééé", 3), "é");
        assert_eq!(truncate("abc", 10), "abc");
    }
}
