//! Language negotiation: which of a list of available language tags best serves a request.
//!
//! This module knows nothing of catalogs or text: it is given the available tags once, and
//! answers with an index into that list. Everything here runs on the hot path of a web server
//! and works without allocating: tags are compared subtag by subtag, likely subtags come from
//! unic-langid's built-in CLDR tables, and headers are scanned in place.
//!
//! fluent-langneg, which the tests use as an oracle, is not used here: it allocates a list per
//! call and reads no q-values, and a request must cost a few nanoseconds.

mod accept;
mod fast;
mod tag;

use unic_langid::LanguageIdentifier;

#[cfg(feature = "tower")]
pub(crate) use self::accept::parse_qvalue;
pub(crate) use self::tag::{parse_folder_name, parse_tag};

use self::fast::FastTable;
use self::tag::{likely, pack, pack_without_script, unaliased, LANGUAGE_ALIASES};

/// A tag that can be chosen, and how.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub(crate) id: LanguageIdentifier,
    /// Chosen only when asked for by its exact tag (pseudo-locales).
    pub(crate) exact_only: bool,
}

/// The available tags, ready for negotiation.
#[derive(Debug)]
pub(crate) struct Available {
    ids: Box<[LanguageIdentifier]>,
    /// Each id with likely subtags added and variants removed (`ru` → `ru-Cyrl-RU`).
    likely: Box<[LanguageIdentifier]>,
    /// The language subtag of each id as one number, side by side, so that the slow path
    /// compares one word per tag rather than whole records.
    languages: Box<[u64]>,
    exact_only: Box<[bool]>,
    /// Whether any available tag has variants; if none has, a request's variants never change
    /// the answer.
    any_variants: bool,
    /// The answers for every tag that reaches an available one through likely subtags.
    fast: FastTable,
}

impl Available {
    /// Prepares negotiation over `candidates`; answers are indices into it.
    pub(crate) fn new(candidates: &[Candidate]) -> Available {
        let mut available = Available {
            ids: candidates.iter().map(|c| c.id.clone()).collect(),
            likely: candidates.iter().map(|c| likely(&c.id)).collect(),
            languages: candidates.iter().map(|c| pack(&c.id).0).collect(),
            exact_only: candidates.iter().map(|c| c.exact_only).collect(),
            any_variants: candidates.iter().any(|c| c.id.variants().len() > 0),
            fast: FastTable::default(),
        };
        // Every script-less form of each tag that its likely subtags reach: `ru` and `ru-RU` for
        // `ru`, `zh-CN` and `zh` for `zh-CN`. Requests with a script are rare and take the
        // steps. Each answer is computed by the full algorithm below, so the table can only
        // ever agree with it.
        let mut forms = Vec::new();
        for (c, likely) in candidates.iter().zip(available.likely.iter()) {
            forms.push(LanguageIdentifier::from_parts(
                c.id.language,
                c.id.script,
                c.id.region,
                &[],
            ));
            if c.exact_only {
                continue;
            }
            for region in [None, likely.region] {
                let form = LanguageIdentifier::from_parts(likely.language, None, region, &[]);
                if tag::likely(&form) == *likely {
                    forms.push(form);
                }
            }
            // The aliases of the language, alone and with its likely region: `no`, `no-NO`.
            for (from, _) in
                LANGUAGE_ALIASES.iter().filter(|(_, to)| *to == likely.language.as_str())
            {
                let Ok(language) = from.parse() else { continue };
                for region in [None, likely.region] {
                    forms.push(LanguageIdentifier::from_parts(language, None, region, &[]));
                }
            }
        }
        let answers: Vec<((u64, u32), usize)> = forms
            .iter()
            .filter_map(|form| Some((pack_without_script(form)?, available.full_match(form)?)))
            .collect();
        available.fast = FastTable::new(&answers);
        available
    }

    /// The best available tag for `requested`, or `None` when none fits.
    ///
    /// The steps, first match wins:
    /// 1. the same tag;
    /// 2. the same language, script and region, ignoring variants;
    /// 3. the same language, script and region once likely subtags are added (`ru-RU` and
    ///    `ru` are both `ru-Cyrl-RU`; `zh` and `zh-CN` are both `zh-Hans-CN`);
    /// 4. the same language and likely script, preferring a tag without a region (`ru-UA` →
    ///    `ru`, `pt-PT` → `pt-BR`, `zh-HK` → `zh-TW`, but never `sr-Latn` → `sr`);
    /// 5. when nothing matched and the language is an alias (`iw`, `in`, `no`, `nn`), the steps
    ///    again with the language it stands for (`he`, `id`, `nb`).
    ///
    /// Exact-only tags are chosen by step 1 alone. The common requests are answered by one
    /// probe of a table made when the list was given; the rest run the steps.
    #[inline]
    pub(crate) fn best_match(&self, requested: &LanguageIdentifier) -> Option<usize> {
        // An empty language packs to 0, which the table never holds. Variants matter only if
        // some available tag has them.
        match pack_without_script(requested).and_then(|key| self.fast.get(key)) {
            Some(index) if !self.any_variants || requested.variants().len() == 0 => Some(index),
            _ => self.full_match(requested),
        }
    }

    /// The best available tag for an `Accept-Language` header value, or `None` when no entry
    /// fits.
    ///
    /// The entry with the highest q-value that has a match wins; ties go to the earlier entry.
    /// `q=0`, `*` and malformed entries are skipped; only the first 4 KiB and 32 entries are
    /// read.
    pub(crate) fn accept_language(&self, header: &str) -> Option<usize> {
        let mut best: Option<(u16, usize)> = None;
        for (tag, quality) in accept::ranges(header) {
            if best.is_some_and(|(q, _)| q >= quality) {
                continue;
            }
            let Some(id) = parse_tag(tag) else { continue };
            if let Some(index) = self.best_match(&id) {
                best = Some((quality, index));
            }
        }
        best.map(|(_, index)| index)
    }

    /// The steps of [`best_match`](Available::best_match), without the table, for the
    /// request or, when its language is an alias, for the language it stands for. Kept out of
    /// line, so that the table's path stays short.
    #[inline(never)]
    fn full_match(&self, requested: &LanguageIdentifier) -> Option<usize> {
        self.steps(requested).or_else(|| self.steps(&unaliased(requested)?))
    }

    fn steps(&self, requested: &LanguageIdentifier) -> Option<usize> {
        if requested.language.is_empty() {
            return None;
        }
        // One pass answers the common requests without computing likely subtags: the exact
        // tag (step 1), the same subtags without variants (step 2), or a bare language whose
        // likely region is the one requested (`ru-RU` → `ru`: `ru` is `ru-Cyrl-RU`), which is
        // step 3.
        let mut same_subtags = None;
        let mut likely_region = None;
        let language = pack(requested).0;
        let mut from = 0;
        // `position` over packed keys is a tight loop; only the few matches are looked at
        // closely.
        while let Some(offset) =
            self.languages.get(from..).and_then(|rest| rest.iter().position(|k| *k == language))
        {
            let i = from + offset;
            from = i + 1;
            let id = &self.ids[i];
            if id.script == requested.script && id.region == requested.region {
                if id.variants().eq(requested.variants()) {
                    return Some(i);
                }
                if same_subtags.is_none() && !self.exact_only[i] {
                    same_subtags = Some(i);
                }
            } else if likely_region.is_none()
                && !self.exact_only[i]
                && id.script.is_none()
                && id.region.is_none()
                && requested.script.is_none()
                && requested.region.is_some()
                && requested.region == self.likely[i].region
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
            self.ids
                .iter()
                .enumerate()
                .filter(|&(i, id)| !self.exact_only[i] && id.language == requested.language)
        };
        let want = likely(requested);
        if let Some((i, _)) = candidates().find(|&(i, _)| self.likely[i] == want) {
            return Some(i);
        }
        candidates()
            .filter(|&(i, _)| self.likely[i].script == want.script)
            .min_by_key(|(_, id)| id.region.is_some())
            .map(|(i, _)| i)
    }

    /// The number of entries in the fast table (for tests).
    #[cfg(test)]
    fn fast_entries(&self) -> usize {
        self.fast.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn available(tags: &[&str]) -> Available {
        let candidates: Vec<Candidate> = tags
            .iter()
            .map(|t| Candidate {
                id: parse_tag(t).unwrap(),
                exact_only: t.ends_with("-XA") || t.ends_with("-XB"),
            })
            .collect();
        Available::new(&candidates)
    }

    #[test]
    fn the_table_agrees_with_the_full_algorithm() {
        let a = available(&["en", "ru", "pt-BR", "zh-CN", "zh-TW", "sr", "de", "en-XA"]);
        assert!(a.fast_entries() > 8);
        let requests = [
            "en",
            "en-US",
            "en-GB",
            "en-Latn",
            "en-Latn-US",
            "ru",
            "ru-RU",
            "ru-Cyrl",
            "ru-UA",
            "pt",
            "pt-BR",
            "pt-PT",
            "zh",
            "zh-CN",
            "zh-Hans",
            "zh-TW",
            "zh-Hant",
            "zh-HK",
            "zh-Hant-HK",
            "sr",
            "sr-Latn",
            "sr-RS",
            "sr-Cyrl-RS",
            "de-AT",
            "de-CH-1996",
            "en-XA",
            "ar-XB",
            "tlh",
            "x-private",
        ];
        for request in requests {
            let Some(id) = parse_tag(request) else { continue };
            assert_eq!(a.best_match(&id), a.full_match(&id), "{request}");
        }
    }

    #[test]
    fn answers_follow_the_steps() {
        let a = available(&["en", "ru", "pt-BR", "zh-CN", "zh-TW", "sr", "en-XA"]);
        let pick = |t: &str| a.best_match(&parse_tag(t).unwrap()).map(|i| a.ids[i].to_string());
        assert_eq!(pick("ru-RU").as_deref(), Some("ru"));
        assert_eq!(pick("pt-PT").as_deref(), Some("pt-BR"));
        assert_eq!(pick("zh").as_deref(), Some("zh-CN"));
        assert_eq!(pick("zh-HK").as_deref(), Some("zh-TW"));
        assert_eq!(pick("sr-Latn"), None, "a Latin request never gets Cyrillic");
        assert_eq!(pick("en-XA").as_deref(), Some("en-XA"));
        assert_eq!(pick("en-GB").as_deref(), Some("en"));
        assert_eq!(pick("tlh"), None);
        let b = available(&["en", "nb", "he", "id", "fa"]);
        let pick = |t: &str| b.best_match(&parse_tag(t).unwrap()).map(|i| b.ids[i].to_string());
        for (request, expected) in [
            ("no", "nb"),
            ("nn-NO", "nb"),
            ("no-NO", "nb"),
            ("iw", "he"),
            ("iw-IL", "he"),
            ("in", "id"),
            ("in-ID", "id"),
            ("fa-AF", "fa"),
        ] {
            assert_eq!(pick(request).as_deref(), Some(expected), "{request}");
            let id = parse_tag(request).unwrap();
            assert_eq!(b.best_match(&id), b.full_match(&id), "{request}");
        }
    }

    #[test]
    fn accept_language_honours_q_values() {
        let a = available(&["en", "ru", "de"]);
        let pick = |h: &str| a.accept_language(h).map(|i| a.ids[i].to_string());
        assert_eq!(pick("en;q=0.1, ru;q=0.9").as_deref(), Some("ru"));
        assert_eq!(pick("ru;q=0, en").as_deref(), Some("en"));
        assert_eq!(pick("tlh, de-CH;q=0.5").as_deref(), Some("de"));
        assert_eq!(pick("de, ru").as_deref(), Some("de"), "ties go to the earlier entry");
        assert_eq!(pick("*, tlh"), None);
    }
}
