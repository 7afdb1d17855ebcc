//! Pseudo-locales (feature `tools`), generated from English with fluent-pseudo, for seeing how
//! a layout copes with longer text and with right-to-left text before real translations exist.

use std::borrow::Cow;

/// The pseudo-locales: tag, mirrored letters, lengthened vowels.
pub(crate) const LOCALES: [(&str, bool, bool); 2] =
    [("en-XA", false, true), ("ar-XB", true, false)];

/// Transforms resolved English text. Only ASCII letters change, so placeholders, numbers and
/// punctuation survive.
pub(crate) fn transform(text: &str, flipped: bool, elongate: bool) -> Cow<'static, str> {
    Cow::Owned(fluent_pseudo::transform(text, flipped, elongate).into_owned())
}
