//! A localized citation of a specification section.

use core::fmt;

use crate::catalog::keys::{self, Key};
use crate::catalog::locale::Locale;
use crate::spec::Reference;

/// A localized citation of a [`Reference`]; see [`Locale::cite`]. Writing it allocates nothing.
#[derive(Clone, Copy, Debug)]
pub struct Citation<'a> {
    locale: Locale<'a>,
    reference: Reference,
}

impl<'a> Locale<'a> {
    /// A localized citation: `RFC 9110, Раздел 15.5.5` (`RFC 9110 第 15.5.5 节` in Chinese),
    /// with the experimental marker in parentheses where the RFC is Experimental. The
    /// specification's title is not included: see [`spec_title`](Locale::spec_title).
    ///
    /// ```
    /// use http_status_catalog::{Catalog, StatusCode};
    ///
    /// let ru = Catalog::global().negotiate_tag("ru");
    /// let r = StatusCode::AlreadyReported.references()[0];
    /// assert_eq!(ru.cite(r).to_string(), "RFC 5842, Раздел 7.1 (Экспериментальный)");
    /// ```
    pub fn cite(self, reference: Reference) -> Citation<'a> {
        Citation::new(self, reference)
    }
}

impl<'a> Citation<'a> {
    pub(crate) fn new(locale: Locale<'a>, reference: Reference) -> Citation<'a> {
        Citation { locale, reference }
    }

    /// The reference cited.
    pub fn reference(&self) -> Reference {
        self.reference
    }
}

impl fmt::Display for Citation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plain = Plain(self);
        if self.reference.is_experimental() {
            // The locale's decoration, e.g. "{ $citation } (Experimental)", around the rest.
            let pattern = self.locale.text(Key::ExperimentalCitation);
            keys::fill(f, pattern, &[(keys::CITATION, &plain)])
        } else {
            fmt::Display::fmt(&plain, f)
        }
    }
}

/// The citation without the experimental marker.
struct Plain<'c, 'a>(&'c Citation<'a>);

impl fmt::Display for Plain<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Citation { locale, reference } = self.0;
        let spec = reference.spec();
        match reference.section() {
            // The locale's pattern, e.g. "{ $spec }, Раздел { $section }", filled in.
            Some(section) => keys::fill(
                f,
                locale.text(Key::Citation),
                &[(keys::SPEC, &spec), (keys::SECTION, &section)],
            ),
            None => write!(f, "{spec}"),
        }
    }
}
