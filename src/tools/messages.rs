//! The tools' own words (`cli.ftl`), formatted with fluent-bundle, plural forms included.

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::translations::Translations;
use crate::catalog::locale::{Locale, ROOT};
use crate::error::{ErrorKind, InvalidStatusCode};
use crate::load::kinds::TOOL_TEXT_FILES;
use crate::load::Parsed;
use crate::negotiate::parse_folder_name;
use crate::sanitize;

/// The words of the tools (the command-line tool's labels and messages) in one locale, with
/// the fallback chain of the catalog: the locale, its bare language, English.
///
/// ```
/// use http_status_catalog::tools::MessageArg;
/// use http_status_catalog::Catalog;
///
/// let translations = Catalog::builder().build_translations()?;
/// let ru = translations.catalog().negotiate_tag("ru");
/// let words = translations.messages(ru);
/// assert_eq!(words.get("cli-yes"), "да");
/// let summary = words.format("cli-check-summary", &[
///     ("errors", MessageArg::from(1)),
///     ("warnings", MessageArg::from(5)),
///     ("locales", MessageArg::from(21)),
/// ]);
/// assert_eq!(summary, "1 ошибка, 5 предупреждений в 21 локали");
/// # Ok::<(), http_status_catalog::tools::ToolError>(())
/// ```
pub struct Messages<'t> {
    locale: Locale<'t>,
    bundles: Vec<FluentBundle<&'t FluentResource>>,
}

/// A value for a variable of a message.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum MessageArg<'a> {
    /// Text, shown as it is.
    Text(&'a str),
    /// A count, which also selects the plural form.
    Count(u64),
}

impl<'a> From<&'a str> for MessageArg<'a> {
    fn from(text: &'a str) -> Self {
        MessageArg::Text(text)
    }
}

impl From<usize> for MessageArg<'_> {
    fn from(count: usize) -> Self {
        MessageArg::Count(count as u64)
    }
}

impl From<u64> for MessageArg<'_> {
    fn from(count: u64) -> Self {
        MessageArg::Count(count)
    }
}

impl From<i32> for MessageArg<'_> {
    fn from(count: i32) -> Self {
        MessageArg::Count(u64::try_from(count).unwrap_or(0))
    }
}

impl Translations {
    /// The tools' words in `locale` (a locale of this catalog).
    pub fn messages<'t>(&'t self, locale: Locale<'t>) -> Messages<'t> {
        let folders = self.folders();
        let english = self.english();
        let tag = locale.to_string();
        let id = locale.id();
        let bare = id.script.is_some() || id.region.is_some();
        let mut chain: Vec<String> = vec![tag];
        if bare {
            chain.push(id.language.to_string());
        }
        chain.push(ROOT.to_string());
        chain.dedup();
        let mut bundles = Vec::new();
        for name in chain {
            let files = if name == ROOT {
                english.files.clone()
            } else {
                match folders.get(name.as_str()) {
                    Some(folder) => folder.files.clone(),
                    None => continue,
                }
            };
            let Some(lang) = parse_folder_name(&name) else { continue };
            let mut bundle: FluentBundle<&'t FluentResource> = FluentBundle::new(vec![lang]);
            bundle.set_use_isolating(false);
            for file in files.into_iter().filter(|f| TOOL_TEXT_FILES.contains(&f.name.as_str())) {
                if let Some(Parsed::Owned(resource)) = &file.parsed {
                    // Duplicates are reported by `check`; the first definition is used.
                    let _ = bundle.add_resource(resource);
                }
            }
            bundles.push(bundle);
        }
        Messages { locale, bundles }
    }
}

impl Messages<'_> {
    /// A label and its value, as the locale writes them ("Class: 4xx", "Classe : 4xx").
    pub fn label(&self, label: &str, value: &dyn core::fmt::Display) -> String {
        self.locale.label(&label, value)
    }

    /// What `httpstatus` says about a status it cannot describe, in this locale: a number
    /// outside 100-599, or a name that is no member's, with the member probably meant.
    ///
    /// A number in 100-599 is always described (from its class when it is unregistered), so
    /// the errors of strict member lookups, [`ErrorKind::Reserved`] and
    /// [`ErrorKind::Unregistered`], are never the tool's to say; they get the error's own
    /// English [`Display`](core::fmt::Display).
    ///
    /// ```
    /// use http_status_catalog::{Catalog, StatusCode};
    ///
    /// let translations = Catalog::builder().build_translations()?;
    /// let words = translations.messages(translations.catalog().root());
    /// let error = "teapot".parse::<StatusCode>().unwrap_err();
    /// assert_eq!(
    ///     words.invalid_status_code(&error),
    ///     "“teapot” is neither a status code nor a known status name. Did you mean IM_A_TEAPOT?"
    /// );
    /// let error = "70000".parse::<StatusCode>().unwrap_err();
    /// assert_eq!(
    ///     words.invalid_status_code(&error),
    ///     "70000 is not an HTTP status code: codes range from 100 to 599."
    /// );
    /// # Ok::<(), http_status_catalog::tools::ToolError>(())
    /// ```
    pub fn invalid_status_code(&self, error: &InvalidStatusCode) -> String {
        let number = error.code().map(|code| code.to_string());
        let input = error.input().or(number.as_deref()).unwrap_or_default();
        let shown = [("input", MessageArg::from(input))];
        match (error.kind(), error.suggestion()) {
            (ErrorKind::UnknownName, Some(status)) => {
                let args = [("input", MessageArg::from(input)), ("name", status.name().into())];
                self.format("cli-error-unknown-name-did-you-mean", &args)
            }
            (ErrorKind::UnknownName, None) => self.format("cli-error-unknown-name", &shown),
            (ErrorKind::OutOfRange, _) => self.format("cli-error-out-of-range", &shown),
            _ => error.to_string(),
        }
    }

    /// A message without variables.
    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with its variables filled in. The first locale of the chain that has the
    /// message and formats it without error answers; English always does for the tools' own
    /// messages (the tests check it), and an id nobody defines comes back as itself, so a
    /// mistake shows rather than vanishes.
    pub fn format(&self, id: &str, args: &[(&str, MessageArg<'_>)]) -> String {
        self.format_with_language(id, args).0
    }

    /// Like [`format`](Messages::format), with the language of the text: the locale's own, or
    /// the one of the fallback chain that answered (English for a message not translated yet),
    /// so that a page can mark text in another language with `lang`.
    ///
    /// ```
    /// use http_status_catalog::tools::MessageArg;
    /// use http_status_catalog::Catalog;
    ///
    /// let translations = Catalog::builder().build_translations()?;
    /// let words = translations.messages(translations.catalog().negotiate_tag("de"));
    /// let (text, language) = words.format_with_language("cli-yes", &[]);
    /// assert_eq!((text.as_str(), language.to_string().as_str()), ("ja", "de"));
    /// # Ok::<(), http_status_catalog::tools::ToolError>(())
    /// ```
    pub fn format_with_language(
        &self,
        id: &str,
        args: &[(&str, MessageArg<'_>)],
    ) -> (String, &LanguageIdentifier) {
        let mut fluent_args = FluentArgs::new();
        for &(name, value) in args {
            let value: FluentValue<'_> = match value {
                MessageArg::Text(text) => FluentValue::from(text),
                MessageArg::Count(count) => FluentValue::from(count),
            };
            fluent_args.set(name, value);
        }
        for bundle in &self.bundles {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            if errors.is_empty() {
                let text = match sanitize::without_forbidden(&text) {
                    Some(clean) => clean,
                    None => Cow::into_owned(text),
                };
                let language = bundle.locales.first().unwrap_or(self.locale.id());
                return (text, language);
            }
        }
        (id.to_string(), self.root_language())
    }

    /// The language at the end of the chain, English.
    fn root_language(&self) -> &LanguageIdentifier {
        self.bundles.last().and_then(|b| b.locales.first()).unwrap_or(self.locale.id())
    }
}
