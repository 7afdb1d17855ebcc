//! Each locale is written in its own script: every letter of every message, once placeables,
//! names that stay in Latin (header names, methods, RFC and protocol names), English glosses in
//! brackets and the command line's literal words are taken out.

use crate::locale_text::{messages, shipped_tags};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    Latin,
    Arabic,
    Hebrew,
    Greek,
    Devanagari,
    Thai,
    Cyrillic,
    /// Kana and kanji.
    Japanese,
    /// Chinese characters only.
    Han,
    Hangul,
}

/// The script of each shipped locale.
const SCRIPTS: &[(&str, Script)] = &[
    ("ar", Script::Arabic),
    ("cs", Script::Latin),
    ("da", Script::Latin),
    ("de", Script::Latin),
    ("el", Script::Greek),
    ("en", Script::Latin),
    ("es", Script::Latin),
    ("fa", Script::Arabic),
    ("fi", Script::Latin),
    ("fr", Script::Latin),
    ("he", Script::Hebrew),
    ("hi", Script::Devanagari),
    ("hu", Script::Latin),
    ("id", Script::Latin),
    ("it", Script::Latin),
    ("ja", Script::Japanese),
    ("ko", Script::Hangul),
    ("nb", Script::Latin),
    ("nl", Script::Latin),
    ("pl", Script::Latin),
    ("pt-BR", Script::Latin),
    ("ro", Script::Latin),
    ("ru", Script::Cyrillic),
    ("sv", Script::Latin),
    ("th", Script::Thai),
    ("tr", Script::Latin),
    ("uk", Script::Cyrillic),
    ("vi", Script::Latin),
    ("zh-CN", Script::Han),
    ("zh-TW", Script::Han),
];

fn is_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{309F}' | '\u{30A0}'..='\u{30FF}')
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{3005}')
}

impl Script {
    /// Whether a letter belongs to the script. Presentation forms, full-width Latin and
    /// half-width kana are not the script a locale is written in.
    fn has(self, c: char) -> bool {
        match self {
            Script::Latin => {
                matches!(c,
                'A'..='Z' | 'a'..='z' | '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
                    && c != '×'
                    && c != '÷'
            }
            Script::Arabic => matches!(c, '\u{600}'..='\u{6FF}' | '\u{750}'..='\u{77F}'),
            Script::Hebrew => matches!(c, '\u{591}'..='\u{5F4}'),
            Script::Greek => matches!(c, '\u{370}'..='\u{3FF}'),
            Script::Devanagari => matches!(c, '\u{900}'..='\u{97F}'),
            Script::Thai => matches!(c, '\u{E00}'..='\u{E7F}'),
            Script::Cyrillic => matches!(c, '\u{400}'..='\u{4FF}'),
            Script::Japanese => is_kana(c) || is_han(c),
            Script::Han => is_han(c),
            Script::Hangul => {
                matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
            }
        }
    }
}

/// Words of the command line that every locale quotes as they are: the tool, its commands and
/// options, and the example tags of `cli-error-bad-tag`. And "cookie", which Russian, Ukrainian
/// and Greek write in Latin letters.
const LITERALS: &[&str] = &[
    "httpstatus",
    "check",
    "docs",
    "--locales-dir",
    "--update-source",
    "--force",
    "en",
    "ru",
    "cookie",
    // httpstatus site: the file it writes, its option, the URL schemes and the example URL,
    // and the project's name in the footer.
    "sitemap",
    "xml",
    "--base-url",
    "http",
    "https",
    "example",
    "org",
    "http-status-catalog",
    // httpstatus pages and serve: the commands' literal words.
    "locales",
    "html",
    "json",
    "--install-dir",
    "healthz",
    "--listen",
];

/// The text with what may stay in Latin letters taken out: English glosses in brackets
/// ("(easter egg)"), names with a capital or a digit (HTTP, WebDAV, Retry-After, RFC 9110, GET,
/// Wi-Fi, pt-BR) and the command line's literal words.
fn without_latin_names(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    // Glosses: a bracket holding only Latin letters, spaces and hyphens.
    while let Some(open) = rest.find(['(', '（']) {
        let bracket = &rest[open..];
        let inner_start = bracket.chars().next().unwrap().len_utf8();
        let close = bracket.find([')', '）']);
        let gloss = close.filter(|&end| {
            let inner = &bracket[inner_start..end];
            !inner.is_empty()
                && inner.chars().all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '-')
        });
        match gloss {
            Some(end) => {
                out.push_str(&rest[..open]);
                rest = &bracket[end + bracket[end..].chars().next().unwrap().len_utf8()..];
            }
            None => {
                out.push_str(&rest[..open + inner_start]);
                rest = &bracket[inner_start..];
            }
        }
    }
    out.push_str(rest);
    let is_token = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let mut kept = String::new();
    let mut token = String::new();
    let flush = |token: &mut String, kept: &mut String| {
        let name = token.chars().any(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if !name && !LITERALS.contains(&token.as_str()) {
            kept.push_str(token);
        }
        token.clear();
    };
    for c in out.chars() {
        if is_token(c) {
            token.push(c);
        } else {
            flush(&mut token, &mut kept);
            kept.push(c);
        }
    }
    flush(&mut token, &mut kept);
    kept
}

#[test]
fn names_glosses_and_literals_are_taken_out_and_nothing_else() {
    let text = "ترويسة Retry-After (easter egg) في HTTP/1.1، request، “httpstatus check --force”";
    assert_eq!(without_latin_names(text), "ترويسة   في /.، request، “  ”");
    assert_eq!(without_latin_names("（Historic）と (a, b)"), "と (a, b)");
}

/// Letters outside the locale's script, per message: (tag, id, letter, message).
fn foreign_letters(tag: &str, script: Script) -> Vec<(String, String, char, String)> {
    let mut found = Vec::new();
    for (id, text) in messages(tag) {
        let checked =
            if script == Script::Latin { text.clone() } else { without_latin_names(&text) };
        if let Some(c) = checked.chars().find(|&c| c.is_alphabetic() && !script.has(c)) {
            found.push((tag.to_string(), id, c, text));
        }
    }
    found
}

#[test]
fn every_letter_is_in_the_locales_script() {
    let tags = shipped_tags();
    assert_eq!(tags, SCRIPTS.iter().map(|(t, _)| t.to_string()).collect::<Vec<_>>());
    let mut found = Vec::new();
    let mut messages_checked = 0;
    for &(tag, script) in SCRIPTS {
        found.extend(foreign_letters(tag, script));
        messages_checked += messages(tag).len();
    }
    assert!(found.is_empty(), "{found:#?}");
    assert!(messages_checked > 30 * 200, "{messages_checked}");
}

#[test]
fn the_check_finds_a_foreign_letter() {
    // The rule itself, on text that breaks it: Cyrillic "е" in a Latin word, Latin in Hebrew.
    assert!(Script::Latin.has('é') && !Script::Latin.has('е'));
    let hebrew = without_latin_names("השרת request לא נמצא");
    assert_eq!(hebrew.chars().find(|&c| c.is_alphabetic() && !Script::Hebrew.has(c)), Some('r'));
    // Ideographs alone are Chinese, not Japanese kana; Hangul is not Han.
    assert!(Script::Japanese.has('リ') && !Script::Han.has('リ') && !Script::Han.has('요'));
}

/// Letters a locale must not use, though its script has them, and why.
const NOT_IN: &[(&str, &str, &str)] = &[
    ("fa", "يكى", "Persian writes ی and ک, not the Arabic ي, ك and ى"),
    ("ar", "یکپچژگ", "Arabic writes ي and ك and has no پ چ ژ گ"),
    ("ru", "іїєґІЇЄҐ", "Ukrainian letters"),
    ("uk", "ыэъёЫЭЪЁ", "Russian letters"),
    ("ro", "şţŞŢ", "Romanian writes ș and ț with a comma below, not a cedilla"),
    // Common characters whose simplified and traditional forms differ.
    ("zh-CN", "請應務資誤錯據體關網實無時為這個們來對發與會過從認證權處頭長問間門連進還沒傳協載碼節達讓確類頁顯臨見視", "traditional forms"),
    ("zh-TW", "请应务资误错据体关网实无时为这个们来对发与会过从认证权处头长问间门连进还没传协载码节达让确类页显临见视", "simplified forms"),
];

#[test]
fn locales_keep_to_their_own_letters_within_a_script() {
    let mut found = Vec::new();
    for &(tag, letters, why) in NOT_IN {
        for (id, text) in messages(tag) {
            if let Some(c) = text.chars().find(|c| letters.contains(*c)) {
                found.push(format!("{tag} {id}: {c} ({why}): {text}"));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn persian_uses_persian_letters_and_japanese_uses_kana() {
    let all = |tag: &str| messages(tag).into_iter().map(|(_, t)| t).collect::<String>();
    let persian = all("fa");
    // ژ is rare enough that the texts have no word with it.
    for letter in ['ی', 'ک', 'پ', 'چ', 'گ'] {
        assert!(persian.contains(letter), "fa never uses {letter}");
    }
    // A Japanese sentence has kana; without them it would read as Chinese.
    for (id, text) in messages("ja") {
        if text.chars().filter(|c| c.is_alphabetic()).count() >= 12 {
            assert!(text.chars().any(is_kana), "ja {id} has no kana: {text}");
        }
    }
}
