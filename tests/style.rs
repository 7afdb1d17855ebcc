//! How each locale writes titles, and the punctuation it uses where it has its own.
//!
//! Titles (of codes and classes) are names shown as headings, so no locale ends one with a
//! full stop. How words are capitalised follows each language's convention for headings:
//!
//! | rule | locales | why |
//! | --- | --- | --- |
//! | Title Case | en, id, tr | English, Indonesian and Turkish capitalise each word of a heading except short function words |
//! | first letter only | de | German capitalises every noun, so only the first letter can be checked |
//! | sentence case | cs da el es fi fr hu it nb nl pl pt-BR ro ru sv uk vi | only the first word and names (HTTP, URI, IM) are capitalised |
//! | no case | ar fa he hi ja ko th zh-CN zh-TW | the script has no capitals |
//!
//! Japanese titles are names, not sentences: no です/ます or other polite endings. Korean titles
//! are noun phrases (찾을 수 없음, 결제 필요), not sentences in the polite (-요, -니다) or plain
//! (-다) style; Thai titles carry no polite particles (ครับ, ค่ะ).

use crate::locale_text::{message, messages, shipped_tags};

#[derive(Clone, Copy, Debug)]
enum Case {
    /// Every word starts with a capital but these function words.
    Title(&'static [&'static str]),
    FirstLetter,
    Sentence,
    None,
}

const CASE: &[(&str, Case)] = &[
    ("ar", Case::None),
    ("cs", Case::Sentence),
    ("da", Case::Sentence),
    ("de", Case::FirstLetter),
    ("el", Case::Sentence),
    (
        "en",
        Case::Title(&[
            "a", "an", "and", "as", "at", "but", "by", "in", "of", "on", "or", "the", "to",
        ]),
    ),
    ("es", Case::Sentence),
    ("fa", Case::None),
    ("fi", Case::Sentence),
    ("fr", Case::Sentence),
    ("he", Case::None),
    ("hi", Case::None),
    ("hu", Case::Sentence),
    ("id", Case::Title(&["dan", "atau", "di", "ke", "dari", "yang", "untuk", "karena", "dengan"])),
    ("it", Case::Sentence),
    ("ja", Case::None),
    ("ko", Case::None),
    ("nb", Case::Sentence),
    ("nl", Case::Sentence),
    ("pl", Case::Sentence),
    ("pt-BR", Case::Sentence),
    ("ro", Case::Sentence),
    ("ru", Case::Sentence),
    ("sv", Case::Sentence),
    ("th", Case::None),
    ("tr", Case::Title(&["da", "de", "ve", "ile", "ki"])),
    ("uk", Case::Sentence),
    ("vi", Case::Sentence),
    ("zh-CN", Case::None),
    ("zh-TW", Case::None),
];

/// What no title ends with, in any script.
const FINAL_PUNCTUATION: &[char] = &[
    '.', '。', '।', '۔', '!', '！', '?', '？', '؟', ':', '：', ';', '；', '؛', ',', '，', '،',
    '、', '…',
];

/// Words a title must not contain (`contains`) or end with (`ends`), per locale.
const NOT_IN_TITLES: &[(&str, &[&str], &[&str])] = &[
    ("ja", &["です", "ます", "でした", "ました", "ません", "ください", "ましょう"], &[]),
    (
        "ko",
        &["니다", "세요", "어요", "아요", "해요", "에요", "예요"],
        &["했다", "었다", "았다", "한다", "된다", "없다", "있다"],
    ),
    ("th", &["ครับ", "ค่ะ"], &["คะ", "จ้ะ"]),
];

/// The titles of a locale: every code and class.
fn titles(tag: &str) -> Vec<(String, String)> {
    messages(tag)
        .into_iter()
        .filter(|(id, _)| {
            (id.starts_with("status-") || id.starts_with("class-")) && id.ends_with("-title")
        })
        .collect()
}

/// A name, not a word: an acronym or a word with a second capital or a digit (HTTP, URI-en,
/// WebDAV, IM, OK).
fn is_name(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() >= 2
        || word.chars().any(|c| c.is_ascii_digit())
}

fn starts_upper(word: &str) -> Option<bool> {
    word.chars().find(|c| c.is_alphabetic()).map(char::is_uppercase)
}

/// The problems of one title under a locale's rules.
fn title_problems(tag: &str, case: Case, title: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if title.trim() != title || title.contains("  ") || title.is_empty() {
        problems.push("stray spaces".to_string());
    }
    if title.ends_with(FINAL_PUNCTUATION) {
        problems.push("ends with punctuation".to_string());
    }
    let words: Vec<&str> = title.split_whitespace().collect();
    if !matches!(case, Case::None)
        && starts_upper(words.first().copied().unwrap_or("")) == Some(false)
    {
        problems.push("does not start with a capital".to_string());
    }
    for (i, word) in words.iter().enumerate().skip(1) {
        match case {
            Case::Title(small) if starts_upper(word) == Some(false) && !small.contains(word) => {
                problems.push(format!("“{word}” is not capitalised (Title Case)"));
            }
            Case::Sentence if starts_upper(word) == Some(true) && !is_name(word) => {
                problems.push(format!("word {} “{word}” is capitalised (sentence case)", i + 1));
            }
            _ => {}
        }
    }
    for &(locale, contains, ends) in NOT_IN_TITLES {
        if locale == tag {
            for bad in contains.iter().filter(|b| title.contains(*b)) {
                problems.push(format!("contains “{bad}”, a sentence ending"));
            }
            for bad in ends.iter().filter(|b| title.ends_with(*b)) {
                problems.push(format!("ends with “{bad}”, a sentence ending"));
            }
        }
    }
    problems
}

#[test]
fn titles_follow_their_locales_style() {
    assert_eq!(shipped_tags(), CASE.iter().map(|(t, _)| t.to_string()).collect::<Vec<_>>());
    let mut found = Vec::new();
    for &(tag, case) in CASE {
        let titles = titles(tag);
        assert_eq!(
            titles.len(),
            http_status_catalog::StatusCode::ALL.len() + 5,
            "{tag}: every code and class has a title"
        );
        for (id, title) in titles {
            for problem in title_problems(tag, case, &title) {
                found.push(format!("{tag} {id} “{title}”: {problem}"));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_title_rules_catch_what_they_name() {
    let sentence = Case::Sentence;
    assert_eq!(
        title_problems("fr", sentence, "Requête Incorrecte"),
        ["word 2 “Incorrecte” is capitalised (sentence case)"]
    );
    assert!(title_problems("fr", sentence, "Version HTTP non prise en charge").is_empty());
    assert_eq!(
        title_problems("de", Case::FirstLetter, "nicht gefunden."),
        ["ends with punctuation", "does not start with a capital"]
    );
    let en = CASE.iter().find(|(t, _)| *t == "en").unwrap().1;
    assert_eq!(title_problems("en", en, "Not found"), ["“found” is not capitalised (Title Case)"]);
    assert!(title_problems("en", en, "I'm a Teapot").is_empty());
    assert_eq!(
        title_problems("ja", Case::None, "見つかりません"),
        ["contains “ません”, a sentence ending"]
    );
    assert_eq!(
        title_problems("ko", Case::None, "찾을 수 없어요"),
        ["contains “어요”, a sentence ending"]
    );
    assert_eq!(
        title_problems("ko", Case::None, "찾을 수 없다"),
        ["ends with “없다”, a sentence ending"]
    );
    assert!(title_problems("ko", Case::None, "결제 필요").is_empty(), "필요 is a noun");
}

/// Where a locale has punctuation of its own, no ASCII stand-in touches its text.
fn ascii_next_to(text: &str, ascii: &[char], own: impl Fn(char) -> bool) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if !ascii.contains(&c) {
            continue;
        }
        let before = chars[..i].iter().rev().find(|c| !c.is_whitespace());
        let after = chars[i + 1..].iter().find(|c| !c.is_whitespace());
        if before.is_some_and(|&b| own(b)) || after.is_some_and(|&a| own(a)) {
            let start = i.saturating_sub(8);
            return Some(chars[start..(i + 8).min(chars.len())].iter().collect());
        }
    }
    None
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{620}'..='\u{64A}' | '\u{66E}'..='\u{6D3}' | '\u{6FA}'..='\u{6FF}')
}

#[test]
fn labels_and_lists_use_the_locales_own_separators() {
    // (locale, label-value, list-pair): the shipped pattern, written out by hand.
    let expected = [
        ("ja", "：", "；"),
        ("zh-CN", "：", "；"),
        ("zh-TW", "：", "；"),
        // Arabic script shares the colon with Latin, but has its own comma and semicolon.
        ("ar", ": ", "؛ "),
        ("fa", ": ", "؛ "),
        // French puts a no-break space before the colon and the semicolon.
        ("fr", "\u{a0}: ", "\u{a0}; "),
    ];
    for (tag, colon, semicolon) in expected {
        let label = message(tag, "locale-label-value");
        let list = message(tag, "locale-list-pair");
        assert_eq!(label, colon, "{tag}: the text between $label and $value");
        assert_eq!(list, semicolon, "{tag}: the text between $first and $second");
    }
}

#[test]
fn chinese_and_japanese_cite_and_bracket_in_full_width() {
    for tag in ["ja", "zh-CN", "zh-TW"] {
        let experimental = message(tag, "spec-citation-experimental");
        assert!(
            experimental.starts_with('（') && experimental.ends_with('）'),
            "{tag}: {experimental}"
        );
        let mut found = Vec::new();
        for (id, text) in messages(tag) {
            let ascii = ['(', ')', ',', ';', ':', '?', '!'];
            if let Some(context) = ascii_next_to(&text, &ascii, is_cjk) {
                found.push(format!("{tag} {id}: …{context}…"));
            }
        }
        assert!(found.is_empty(), "ASCII punctuation beside CJK text: {found:#?}");
    }
}

#[test]
fn arabic_and_persian_use_their_comma_semicolon_and_question_mark() {
    for tag in ["ar", "fa"] {
        assert!(message(tag, "spec-citation").starts_with('،'), "{tag}: the citation's comma");
        let mut found = Vec::new();
        for (id, text) in messages(tag) {
            if let Some(context) = ascii_next_to(&text, &[',', ';', '?'], is_arabic_letter) {
                found.push(format!("{tag} {id}: …{context}…"));
            }
        }
        assert!(found.is_empty(), "ASCII , ; or ? beside Arabic script: {found:#?}");
    }
}

#[test]
fn hindi_ends_sentences_with_the_danda() {
    let devanagari = |c: char| ('\u{900}'..='\u{97F}').contains(&c) && c != '।' && c != '॥';
    for (id, text) in messages("hi") {
        let stop = text
            .char_indices()
            .find(|&(i, c)| c == '.' && text[..i].chars().next_back().is_some_and(devanagari));
        assert!(stop.is_none(), "hi {id}: a full stop after Devanagari: {text}");
    }
    assert!(message("hi", "status-404-description").trim_end().ends_with('।'));
}

#[test]
fn the_separator_rules_catch_ascii_stand_ins() {
    assert_eq!(
        ascii_next_to("リクエスト(実験的)", &['('], is_cjk).as_deref(),
        Some("リクエスト(実験的)")
    );
    assert_eq!(ascii_next_to("RFC 9110, Section", &[','], is_cjk), None);
    assert!(ascii_next_to("خادم, عميل", &[','], is_arabic_letter).is_some());
}
