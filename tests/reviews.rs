//! Every translated locale keeps a review record: which references its titles were compared
//! with, and how many of them agree.

use crate::locale_text::{locales_dir, shipped_tags};

/// The lines of the section of a Markdown file whose `## ` heading starts with `heading`.
fn section<'a>(text: &'a str, heading: &str) -> Option<Vec<&'a str>> {
    let mut lines = text.lines().skip_while(|l| !l.starts_with(&format!("## {heading}")));
    lines.next()?;
    Some(lines.take_while(|l| !l.starts_with("## ")).collect())
}

/// Every "N of M" in a text.
fn figures(text: &str) -> Vec<(u32, u32)> {
    let words: Vec<&str> = text.split(|c: char| c.is_whitespace() || c == '*').collect();
    words
        .windows(3)
        .filter(|w| w[1] == "of")
        .filter_map(|w| {
            let number = |s: &str| -> Option<u32> {
                s.trim_start_matches('(')
                    .trim_end_matches(|c: char| ",.:;)".contains(c))
                    .parse()
                    .ok()
            };
            Some((number(w[0])?, number(w[2])?))
        })
        .collect()
}

#[test]
fn figures_are_read_as_written() {
    assert_eq!(figures("**58 of 61** agree; 19 of 20, and one of them"), [(58, 61), (19, 20)]);
}

/// What a review must show, or why it falls short.
fn review_problems(tag: &str, text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let title = text.lines().next().unwrap_or("");
    if !(title.starts_with("# ") && title.contains(&format!("(`{tag}`)"))) {
        problems.push(format!("the first line does not name the locale as (`{tag}`): {title}"));
    }
    match section(text, "References compared") {
        None => problems.push("no `## References compared` section".into()),
        Some(lines) => {
            let items = lines
                .iter()
                .filter(|l| {
                    let l = l.trim_start();
                    l.starts_with("- ")
                        || l.split_once(". ").is_some_and(|(n, _)| n.parse::<u8>().is_ok())
                })
                .count();
            if items == 0 {
                problems.push("`References compared` lists no reference".into());
            }
        }
    }
    match section(text, "Agreement") {
        None => problems.push("no `## Agreement` section".into()),
        Some(lines) => {
            let found = figures(&lines.join("\n"));
            let codes = http_status_catalog::StatusCode::ALL.len() as u32;
            if found.iter().any(|&(n, m)| n > m) {
                problems.push(format!("an impossible figure in `Agreement`: {found:?}"));
            }
            // At least one comparison that covers a third of the codes. A figure may add up
            // several references, so it may count more comparisons than there are codes.
            if !found.iter().any(|&(n, m)| n <= m && m * 3 >= codes) {
                problems.push(format!(
                    "`Agreement` has no figure over a third of the titles: {found:?}"
                ));
            }
        }
    }
    problems
}

#[test]
fn every_translated_locale_records_its_review() {
    let mut problems = Vec::new();
    for tag in shipped_tags().into_iter().filter(|t| t != "en") {
        let path = locales_dir().join(&tag).join("REVIEW.md");
        match std::fs::read_to_string(&path) {
            Ok(text) => problems
                .extend(review_problems(&tag, &text).into_iter().map(|p| format!("{tag}: {p}"))),
            Err(e) => problems.push(format!("{}: {e}", path.display())),
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    // English is the source the others are compared with; it has nothing to review.
    assert!(!locales_dir().join("en/REVIEW.md").exists());
}

#[test]
fn a_review_without_references_or_figures_is_caught() {
    let bare =
        "# Review (`xx`)\n\n## References compared\n\nNone yet.\n\n## Agreement\n\nMost agree.\n";
    assert_eq!(
        review_problems("xx", bare),
        [
            "`References compared` lists no reference",
            "`Agreement` has no figure over a third of the titles: []",
        ]
    );
    let wrong =
        "# Review (`xx`)\n## References compared\n1. A list\n## Agreement\n70 of 64 agree\n";
    assert_eq!(review_problems("xx", wrong).len(), 2);
}
