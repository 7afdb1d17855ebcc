//! `sources.txt`: which English text each message of a locale was translated from.
//!
//! One line per message: the message id and a short hash of the English message's source text
//! at the time it was translated. When the English changes, the hash no longer matches and the
//! message is reported stale. `httpstatus check --update-source TAG` rewrites the file from the
//! current English; a translator can also edit one line by hand.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use super::entries::Entry;

/// A short, stable fingerprint of an English message: the first 8 hex digits of SHA-256 over
/// its source lines.
pub(crate) fn fingerprint(source: &str) -> String {
    let digest = Sha256::digest(source.as_bytes());
    digest.iter().take(4).map(|b| format!("{b:02x}")).collect()
}

/// Reads a `sources.txt`: `id hash` per line; `#` comments and blank lines are skipped, and
/// malformed lines ignored.
pub(crate) fn parse(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            Some((parts.next()?.to_string(), parts.next()?.to_string()))
        })
        .collect()
}

/// Writes a `sources.txt` that records the current English of every message the locale has.
pub(crate) fn render(tag: &str, english: &[Entry], translated: impl Fn(&str) -> bool) -> String {
    let mut out = format!(
        "# The English each message of `{tag}` was translated from, as a hash of the English\n\
         # message. `httpstatus check` reports a message as stale when its English changes.\n\
         # After updating translations, run: httpstatus check --locales-dir locales --update-source {tag}\n"
    );
    for entry in english.iter().filter(|e| translated(&e.id)) {
        out.push_str(&format!("{} {}\n", entry.id, fingerprint(&entry.source)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_stable_and_short() {
        // SHA-256("a = b") begins 223c4d20…, computed independently with `sha256sum`.
        assert_eq!(fingerprint("a = b"), "223c4d20");
        assert_ne!(fingerprint("a = b"), fingerprint("a = c"));
    }

    #[test]
    fn parse_skips_comments_and_junk() {
        let parsed = parse("# c\n\nx 1234abcd\nbroken\n y  99\n");
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed["x"], "1234abcd");
        assert_eq!(parsed["y"], "99");
    }
}
