//! Pages rendered ahead of time, with slots for what only a response knows.
//!
//! A server that answers many errors renders each page of each locale once, with the template
//! engine, and then only fills in the request id, the retry sentence and the allowed methods.
//! The built-in template marks those parts when asked to (`markers`); the output is the same,
//! byte for byte, as rendering the page whole, which the tests check for every locale and code.

use core::fmt::Write;

use crate::markup::Escaped;

/// A value only a response knows, and where it goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Slot {
    RetryAfter,
    RequestId,
    AllowedMethods,
    OriginalUri,
}

impl Slot {
    const ALL: [(Slot, &'static str, char); 4] = [
        (Slot::RetryAfter, "retry", '\u{E020}'),
        (Slot::RequestId, "request-id", '\u{E021}'),
        (Slot::AllowedMethods, "allowed-methods", '\u{E022}'),
        (Slot::OriginalUri, "original-uri", '\u{E023}'),
    ];

    /// The character that stands for the slot's value while the page is rendered ahead.
    pub(crate) fn sentinel(self) -> char {
        Slot::ALL.iter().find(|(s, _, _)| *s == self).map_or('\u{E020}', |(_, _, c)| *c)
    }
}

#[derive(Clone, Debug)]
enum Piece {
    Text(Box<str>),
    /// The markup around a value, written only when the value is there.
    Slot {
        slot: Slot,
        before: Box<str>,
        after: Box<str>,
    },
}

/// A page rendered ahead, ready for its response's values.
#[derive(Clone, Debug)]
pub(crate) struct Prerendered {
    pieces: Vec<Piece>,
    /// The length of the page without any slot, to size the output at once.
    len: usize,
}

/// The values a response fills in; each is written HTML-escaped.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct SlotValues<'v> {
    pub(crate) retry_after: Option<&'v str>,
    pub(crate) request_id: Option<&'v str>,
    pub(crate) allowed_methods: Option<&'v str>,
    pub(crate) original_uri: Option<&'v str>,
}

impl Prerendered {
    /// Splits a page rendered with `markers` on and each slot's sentinel as its value.
    pub(crate) fn parse(rendered: &str) -> Prerendered {
        let mut pieces = Vec::new();
        let mut rest = rendered;
        while let Some(start) = rest.find("<!--slot:") {
            pieces.push(Piece::Text(rest[..start].into()));
            let after_open = &rest[start + "<!--slot:".len()..];
            let (name, after_name) =
                after_open.split_once("-->").expect("the template closes every slot marker");
            let (content, after_slot) =
                after_name.split_once("<!--/slot-->").expect("the template ends every slot");
            let (slot, _, sentinel) = Slot::ALL
                .iter()
                .find(|(_, n, _)| *n == name)
                .copied()
                .expect("the template names only known slots");
            let (before, after) =
                content.split_once(sentinel).expect("a slot's markup holds its value");
            pieces.push(Piece::Slot { slot, before: before.into(), after: after.into() });
            rest = after_slot;
        }
        pieces.push(Piece::Text(rest.into()));
        let len = pieces.iter().map(|p| if let Piece::Text(t) = p { t.len() } else { 0 }).sum();
        Prerendered { pieces, len }
    }

    /// The page with the response's values.
    pub(crate) fn render(&self, values: SlotValues<'_>) -> String {
        let mut out = String::with_capacity(self.len + 256);
        for piece in &self.pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Slot { slot, before, after } => {
                    let value = match slot {
                        Slot::RetryAfter => values.retry_after,
                        Slot::RequestId => values.request_id,
                        Slot::AllowedMethods => values.allowed_methods,
                        Slot::OriginalUri => values.original_uri,
                    };
                    if let Some(value) = value {
                        out.push_str(before);
                        // Writing into a String cannot fail.
                        let _ = write!(out, "{}", Escaped(value));
                        out.push_str(after);
                    }
                }
            }
        }
        out
    }
}
