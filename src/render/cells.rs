//! The cells of the status table, as plain text that each format marks up for itself.
//!
//! A cell is one or more pieces (a reference to a specification is one piece, with its link);
//! a piece is a run of texts that says where HTML may break a line and where it must not:
//! `NOT_FOUND` may break after its underscore, `RFC 9110` and `Section 15.5.5` never break.

use crate::catalog::keys::{self, Key};
use crate::catalog::locale::Locale;
use crate::spec::Reference;

/// A cell of a [`Row`](super::Row): one or more pieces of text, each optionally linked. Only
/// the details column (one piece per specification reference) and the aliases column (one per
/// older name) have more than one piece.
#[derive(Clone, Debug)]
pub struct Cell<'a> {
    pub(crate) pieces: Vec<Piece>,
    locale: Locale<'a>,
}

/// A piece of a [`Cell`]: plain (unescaped) text and, for a specification reference, its link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// The whole text, as the plain formats show it.
    pub(crate) text: String,
    pub(crate) url: Option<String>,
    /// The same text in runs, for HTML: concatenated, they are `text`.
    pub(crate) runs: Vec<Run>,
}

/// A run of a piece's text.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub(crate) struct Run {
    pub(crate) text: String,
    /// Kept on one line.
    pub(crate) keep: bool,
    /// A line may break after it even inside a word.
    pub(crate) wbr: bool,
    /// Written left to right whatever the page's direction: a specification's designation.
    pub(crate) ltr: bool,
}

impl Run {
    fn plain(text: impl Into<String>) -> Run {
        Run { text: text.into(), keep: false, wbr: false, ltr: false }
    }

    /// A specification's designation, `RFC 9110` or a draft's name: left to right, and kept
    /// on one line when it has more than one word.
    fn designation(text: String) -> Run {
        Run { ltr: true, ..Run::kept(text) }
    }

    /// A run kept on one line when it has more than one word; a single word is left free to
    /// break at its hyphens (`draft-ietf-httpbis-resumable-upload` is longer than a phone).
    fn kept(text: impl Into<String>) -> Run {
        let text = text.into();
        let keep = text.contains(char::is_whitespace);
        Run { text, keep, wbr: false, ltr: false }
    }
}

impl Piece {
    /// The text, unescaped: escape it for the format it goes into.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The link of a specification reference, e.g.
    /// `https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5`; `None` for plain text.
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    fn new(runs: Vec<Run>, url: Option<String>) -> Piece {
        let runs: Vec<Run> = runs.into_iter().filter(|r| !r.text.is_empty()).collect();
        Piece { text: runs.iter().map(|r| r.text.as_str()).collect(), url, runs }
    }

    /// A reference with its specification's title: "HTTP Semantics RFC 9110, Section 15.5.5".
    pub(crate) fn reference(locale: Locale<'_>, reference: Reference) -> Piece {
        let mut runs = vec![Run::plain(locale.spec_title(reference.spec())), Run::plain(" ")];
        let citation = citation_runs(locale, reference);
        if reference.is_experimental() {
            // The locale's decoration, e.g. "{ $citation } (Experimental)", around the rest.
            let pattern = locale.text(Key::ExperimentalCitation);
            let (before, after) = pattern.split_once(keys::CITATION).unwrap_or(("", ""));
            runs.push(Run::plain(before));
            runs.extend(citation);
            runs.push(Run::plain(after));
        } else {
            runs.extend(citation);
        }
        Piece::new(runs, Some(reference.url()))
    }
}

impl<'a> Cell<'a> {
    /// The pieces, in order: for the details column, one per reference, each with its link.
    pub fn pieces(&self) -> &[Piece] {
        &self.pieces
    }

    /// The whole cell as plain text, as the Markdown and reStructuredText tables show it:
    /// the pieces joined as the locale joins list items (`a; b`).
    pub fn text(&self) -> String {
        let pieces: Vec<&str> = self.pieces.iter().map(|p| p.text.as_str()).collect();
        self.locale.join(&pieces)
    }

    pub(crate) fn plain_text(locale: Locale<'a>, text: impl Into<String>) -> Cell<'a> {
        Cell { pieces: vec![Piece::new(vec![Run::plain(text)], None)], locale }
    }

    /// Specification references, one piece each, with its link.
    pub(crate) fn references(locale: Locale<'a>, references: &[Reference]) -> Cell<'a> {
        let pieces = references.iter().map(|&r| Piece::reference(locale, r)).collect();
        Cell { pieces, locale }
    }

    /// Enum names, one piece each, with a break allowed after every underscore.
    pub(crate) fn names(locale: Locale<'a>, names: &[&str]) -> Cell<'a> {
        let pieces = names
            .iter()
            .map(|name| {
                let parts: Vec<&str> = name.split_inclusive('_').collect();
                let last = parts.len().saturating_sub(1);
                let runs = parts
                    .iter()
                    .enumerate()
                    .map(|(i, part)| Run { wbr: i < last, ..Run::plain(*part) })
                    .collect();
                Piece::new(runs, None)
            })
            .collect();
        Cell { pieces, locale }
    }
}

/// Characters after which a citation may break: the commas and semicolons that separate its
/// parts in the shipped locales ("RFC 9110, Section 15.5.5", "RFC 9110، القسم 15.5.5").
const SEPARATORS: &[char] = &[',', '،', '、', '，', ';', '؛', '；'];

/// The citation without the experimental marker, in runs: the specification ("RFC 9110") is one
/// run, and the section with the words the locale writes next to it ("Section 15.5.5",
/// "第 15.5.5 节", "15.5.5. szakasz") another; a line breaks only at a separator or at the
/// spaces between the two.
fn citation_runs(locale: Locale<'_>, reference: Reference) -> Vec<Run> {
    let spec = reference.spec().to_string();
    let Some(section) = reference.section() else { return vec![Run::designation(spec)] };
    let pattern = locale.text(Key::Citation);
    let spec_at = pattern.find(keys::SPEC);
    let section_at = pattern.find(keys::SECTION);
    let (Some(spec_at), Some(section_at)) = (spec_at, section_at) else {
        // The catalog resolves the pattern with both variables, once each; a pattern without
        // them would show as it is, so the plain citation is the honest rendering.
        return vec![Run::plain(locale.cite(reference).to_string())];
    };
    let width = keys::SPEC.len_utf8();
    if spec_at < section_at {
        let before = &pattern[..spec_at];
        let middle = &pattern[spec_at + width..section_at];
        let after = &pattern[section_at + width..];
        // The middle splits after its last separator: ", " stays between, "Section " goes
        // with the number.
        let (between, words) = split_after_separator(middle);
        let (space, words) = leading_space(words);
        vec![
            Run::plain(before),
            Run::designation(spec),
            Run::plain(format!("{between}{space}")),
            Run::kept(format!("{words}{section}{after}")),
        ]
    } else {
        let before = &pattern[..section_at];
        let middle = &pattern[section_at + width..spec_at];
        let after = &pattern[spec_at + width..];
        // "15.5.5. szakasz, RFC 9110": the words up to the first separator go with the number.
        let cut = middle.find(SEPARATORS).unwrap_or(middle.len());
        let (words, between) = middle.split_at(cut);
        vec![
            Run::kept(format!("{before}{section}{words}")),
            Run::plain(between),
            Run::designation(spec),
            Run::plain(after),
        ]
    }
}

/// `", Section "` → `(", ", "Section ")`; `" のセクション "` → `("", " のセクション ")`.
fn split_after_separator(text: &str) -> (&str, &str) {
    match text.rfind(SEPARATORS) {
        Some(i) => {
            let end = i + text[i..].chars().next().map_or(0, char::len_utf8);
            let rest = &text[end..];
            let spaces = rest.len() - rest.trim_start().len();
            text.split_at(end + spaces)
        }
        None => ("", text),
    }
}

/// Leading white space, which stays breakable, and the rest.
fn leading_space(text: &str) -> (&str, &str) {
    let trimmed = text.trim_start();
    text.split_at(text.len() - trimmed.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::status::StatusCode;

    fn runs(tag: &str, status: StatusCode) -> Vec<(String, bool)> {
        let locale = Catalog::global().negotiate_tag(tag);
        let piece = Piece::reference(locale, status.references()[0]);
        assert_eq!(
            piece.text,
            format!(
                "{} {}",
                locale.spec_title(status.references()[0].spec()),
                locale.cite(status.references()[0])
            )
        );
        piece.runs.into_iter().filter(|r| r.keep).map(|r| (r.text, r.keep)).collect()
    }

    #[test]
    fn the_specification_and_the_section_are_each_kept_whole() {
        let kept = |tag| -> Vec<String> {
            runs(tag, StatusCode::NotFound).into_iter().map(|(t, _)| t).collect()
        };
        assert_eq!(kept("en"), ["RFC 9110", "Section 15.5.5"]);
        assert_eq!(kept("ru"), ["RFC 9110", "Раздел 15.5.5"]);
        assert_eq!(kept("ar"), ["RFC 9110", "القسم 15.5.5"]);
        assert_eq!(kept("hu"), ["RFC 9110", "15.5.5. szakasz"]);
        assert_eq!(kept("ja"), ["RFC 9110", "のセクション 15.5.5"]);
        assert_eq!(kept("zh-CN"), ["RFC 9110", "第 15.5.5 节"]);
    }

    #[test]
    fn the_experimental_marker_and_a_draft_name_stay_breakable() {
        let locale = Catalog::global().negotiate_tag("en");
        let piece = Piece::reference(locale, StatusCode::AlreadyReported.references()[0]);
        let free: Vec<&str> =
            piece.runs.iter().filter(|r| !r.keep).map(|r| r.text.as_str()).collect();
        assert!(free.contains(&" (Experimental)"), "{free:?}");
        let draft = Piece::reference(locale, StatusCode::UploadResumptionSupported.references()[0]);
        assert!(draft.runs.iter().all(|r| !r.keep), "{:?}", draft.runs);
    }

    #[test]
    fn names_break_after_underscores() {
        let cell = Cell::names(Catalog::global().root(), &["NOT_FOUND", "OK"]);
        let runs: Vec<(&str, bool)> =
            cell.pieces[0].runs.iter().map(|r| (r.text.as_str(), r.wbr)).collect();
        assert_eq!(runs, [("NOT_", true), ("FOUND", false)]);
        assert_eq!(cell.pieces[1].text, "OK");
    }
}
