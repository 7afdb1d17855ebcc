//! The `Accept-Language` header (RFC 9110, Section 12.5.4), scanned in place.

use crate::sanitize::truncate;

/// The most bytes of an `Accept-Language` value that are read.
pub(crate) const MAX_HEADER_BYTES: usize = 4096;

/// The most entries of an `Accept-Language` value that are considered.
pub(crate) const MAX_HEADER_ENTRIES: usize = 32;

/// The language ranges of a header value with their q-values in thousandths, in header order;
/// `*`, `q=0` and malformed entries are left out. Only the first [`MAX_HEADER_BYTES`] and
/// [`MAX_HEADER_ENTRIES`] are read, so hostile headers cost bounded work.
pub(crate) fn ranges(header: &str) -> impl Iterator<Item = (&str, u16)> {
    truncate(header, MAX_HEADER_BYTES)
        .split(',')
        .take(MAX_HEADER_ENTRIES)
        .filter_map(parse_entry)
        .filter(|&(_, quality)| quality > 0)
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

/// `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )` (RFC 9110, Section 12.4.2),
/// in thousandths; `None` when malformed. Shared by every header that weighs its entries.
pub(crate) fn parse_qvalue(value: &str) -> Option<u16> {
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
    fn ranges_skip_what_cannot_be_chosen() {
        let found: Vec<_> = ranges("de;q=0, *, fr;q=0.5, bad;q=x, en").collect();
        assert_eq!(found, [("fr", 500), ("en", 1000)]);
        assert_eq!(ranges(&"x,".repeat(10_000)).count(), MAX_HEADER_ENTRIES);
    }
}
