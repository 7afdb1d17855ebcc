//! Characters no output of the crate may carry, whoever wrote the text.

/// Whether `c` must be removed from catalog text and diagnostics: control characters other than
/// line feed and tab (among them the escape that starts terminal sequences), and the bidi
/// embeddings, overrides and isolates that can reorder the text around them. Removing them where
/// text enters the crate keeps every output (terminal, HTML, Markdown, JSON, a caller's own)
/// free of them.
pub(crate) fn is_forbidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Whether `text` has any [`is_forbidden`] character, by a byte scan: they are all ASCII
/// controls, or C1 controls (UTF-8 `C2 80`-`C2 9F`), or the bidi controls U+202A-U+202E
/// (`E2 80 AA`-`E2 80 AE`) and U+2066-U+2069 (`E2 81 A6`-`E2 81 A9`).
pub(crate) fn contains_forbidden(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Non-short-circuiting operators and no early exit, so the loop compiles to vector code.
    let control = |b: u8| (b < 0x20 && b != b'\n' && b != b'\t') | (b == 0x7f);
    if bytes.iter().fold(false, |found, &b| found | control(b)) {
        return true;
    }
    memchr::memchr2_iter(0xc2, 0xe2, bytes).any(|i| match bytes[i] {
        0xc2 => matches!(bytes.get(i + 1), Some(0x80..=0x9f)),
        _ => matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
    })
}

/// `text` without forbidden characters, or `None` when it has none.
pub(crate) fn without_forbidden(text: &str) -> Option<String> {
    contains_forbidden(text).then(|| text.chars().filter(|&c| !is_forbidden(c)).collect())
}

/// The longest prefix of `text` that fits in `max` bytes without splitting a character.
pub(crate) fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_characters_are_found_and_removed() {
        assert_eq!(without_forbidden("plain текст"), None);
        assert_eq!(without_forbidden("a\u{1b}[31mb").as_deref(), Some("a[31mb"));
        assert_eq!(without_forbidden("x\u{202e}y\u{2066}z").as_deref(), Some("xyz"));
        assert_eq!(without_forbidden("keep\ttab\nand line"), None);
        assert_eq!(without_forbidden("\u{85}next line").as_deref(), Some("next line"));
    }

    #[test]
    fn the_byte_scan_agrees_with_the_character_test() {
        let samples = [
            "“quoted” — ok…",
            "\u{202a}",
            "\u{202f}",
            "\u{2069}",
            "\u{2065}",
            "\u{9f}",
            "\u{a0}",
            "ÿ",
            "\u{7f}",
            "tab\t",
            "\r",
            "Не найдено",
            "見つかりません",
        ];
        for sample in samples {
            assert_eq!(contains_forbidden(sample), sample.contains(is_forbidden), "{sample:?}");
        }
        for c in (0..0x3000).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            assert_eq!(contains_forbidden(&text), is_forbidden(c), "{:x}", c as u32);
        }
    }

    #[test]
    fn truncation_respects_char_boundaries() {
        assert_eq!(truncate("ééé", 3), "é");
        assert_eq!(truncate("abc", 10), "abc");
        assert_eq!(truncate("abc", 0), "");
    }
}
