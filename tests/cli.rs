//! The `httpstatus` binary, run as a user would.

use std::process::{Command, Output};

/// Runs `httpstatus` with `args`, with no language or locale folder from the environment.
pub(crate) fn httpstatus(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_httpstatus"))
        .args(args)
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("HTTPSTATUS_LOCALES_DIR")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn describes_a_code_in_russian() {
    let out = httpstatus(&["404", "--lang", "ru"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("404 Не найдено\n"), "{text}");
    assert!(text.contains("NOT_FOUND"), "{text}");
    assert!(text.contains("Not Found"), "{text}");
    assert!(text.contains("RFC 9110, Раздел 15.5.5"), "{text}");
}

#[test]
fn json_has_the_documented_fields() {
    let out = httpstatus(&["too_many_requests", "--format", "json", "--lang", "ru-RU"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for field in [
        "code",
        "name",
        "aliases",
        "phrase",
        "title",
        "description",
        "class",
        "locale",
        "registered",
        "references",
        "lifecycle",
    ] {
        assert!(json.get(field).is_some(), "{field} missing from {json}");
    }
    assert_eq!(json["code"], 429);
    assert_eq!(json["locale"], "ru");
    assert_eq!(json["phrase"], "Too Many Requests");
    assert_eq!(json["registered"], true);
    assert_eq!(json["references"][0]["rfc"], 6585);
}

#[test]
fn unregistered_codes_are_described_from_their_class() {
    let out = httpstatus(&["299", "--format", "json"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["registered"], false);
    assert_eq!(json["class"], "2xx");
    assert_eq!(json["phrase"], serde_json::Value::Null);
}

#[test]
fn unknown_input_is_one_line_on_stderr_and_exit_2() {
    for input in ["600", "0", "NOT_A_STATUS", "99999999"] {
        let out = httpstatus(&[input]);
        assert_eq!(out.status.code(), Some(2), "{input}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("httpstatus: "), "{err}");
        assert!(out.stdout.is_empty());
    }
    let out = httpstatus(&["404", "--lang", "not a tag!"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn list_is_every_code_in_order() {
    let out = httpstatus(&["list", "--format", "json", "--accept-language", "en;q=0.1, ru;q=0.9"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes: Vec<u64> =
        json.as_array().unwrap().iter().map(|d| d["code"].as_u64().unwrap()).collect();
    assert_eq!(codes.len(), 63);
    assert!(codes.windows(2).all(|w| w[0] < w[1]));
    assert!(json.as_array().unwrap().iter().all(|d| d["locale"] == "ru"));
    let text = stdout(&httpstatus(&["list"]));
    assert_eq!(text.lines().count(), 63);
}

#[test]
fn language_comes_from_the_environment() {
    let out = Command::new(env!("CARGO_BIN_EXE_httpstatus"))
        .args(["500"])
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "ru_RU.UTF-8")
        .output()
        .unwrap();
    assert!(stdout(&out).starts_with("500 Внутренняя ошибка сервера"));
    let out = Command::new(env!("CARGO_BIN_EXE_httpstatus"))
        .args(["500"])
        .env_remove("LANGUAGE")
        .env("LC_ALL", "C")
        .env("LANG", "ru_RU.UTF-8")
        .output()
        .unwrap();
    assert!(stdout(&out).starts_with("500 Internal Server Error"));
}

#[test]
fn locales_lists_the_shipped_locales() {
    let out = httpstatus(&["locales", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let tags: Vec<&str> =
        json.as_array().unwrap().iter().map(|l| l["tag"].as_str().unwrap()).collect();
    assert_eq!(tags[0], "en");
    assert!(tags.contains(&"ru"));
    assert!(json.as_array().unwrap().iter().all(|l| l["complete"] == true));
}

#[test]
fn check_exits_1_on_errors_and_on_warnings_only_when_strict() {
    let shipped = httpstatus(&["check", "--strict"]);
    assert_eq!(shipped.status.code(), Some(0), "{}", stdout(&shipped));
    assert!(stdout(&shipped).ends_with(" locales\n"), "{}", stdout(&shipped));
    assert!(stdout(&shipped).contains("\n0 errors, 0 warnings in "), "{}", stdout(&shipped));

    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/check/");
    let broken = httpstatus(&["check", "--locales-dir", &format!("{fixtures}syntax")]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(stdout(&broken).contains("nl/status.ftl:4:18: error: syntax error"));

    let partial = format!("{fixtures}partial");
    assert_eq!(httpstatus(&["check", "--locales-dir", &partial]).status.code(), Some(0));
    let strict = httpstatus(&["check", "--strict", "--locales-dir", &partial, "--format", "json"]);
    assert_eq!(strict.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&strict.stdout).unwrap();
    assert_eq!(json["errors"], 0);
    assert_eq!(json["locales"][0]["tag"], "sv");
    assert_eq!(json["locales"][0]["translated"], 3);
}

#[test]
fn template_and_update_source_work_from_the_command_line() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_str().unwrap();
    let made = httpstatus(&["template", "ga", "--out", dir]);
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    assert!(String::from_utf8_lossy(&made.stderr).contains("status.ftl"));
    let again = httpstatus(&["template", "ga", "--out", dir]);
    assert_eq!(again.status.code(), Some(2));
    let marked = httpstatus(&["check", "--locales-dir", dir, "--update-source", "ga"]);
    assert_eq!(marked.status.code(), Some(0));
    assert!(std::path::Path::new(dir).join("ga/sources.txt").exists());
    let preview = httpstatus(&["404", "--lang", "ga", "--locales-dir", dir]);
    assert!(stdout(&preview).starts_with("404 Not Found"), "untranslated messages fall back");
}

#[test]
fn terminal_output_carries_no_escape_sequences_or_bidi_overrides() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/locales-hostile");
    for args in [["404", "--lang", "qaa"], ["list", "--lang", "qaa"], ["docs", "--lang", "qaa"]] {
        let mut args = args.to_vec();
        args.extend(["--locales-dir", fixtures]);
        let out = httpstatus(&args);
        assert!(out.status.success(), "{args:?}");
        let text = stdout(&out);
        let bad = |c: char| {
            (c.is_control() && c != '\n')
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
        };
        assert!(!text.contains(bad), "{args:?}: {text:?}");
        assert!(!String::from_utf8_lossy(&out.stderr).contains(bad), "{args:?}");
    }
    let out = httpstatus(&["404", "--lang", "qaa", "--locales-dir", fixtures]);
    assert!(stdout(&out).starts_with("404 <b>Gone</b> [31mRED[0m evil"), "{}", stdout(&out));
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn a_closed_pipe_is_not_an_error_whatever_the_format() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    for args in [["list", "--format", "json"], ["list", "--format", "text"]] {
        for _ in 0..10 {
            let mut child = Command::new(env!("CARGO_BIN_EXE_httpstatus"))
                .args(args)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            let mut first = String::new();
            BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
            // The reader is dropped here: the pipe closes while the tool is still writing.
            let out = child.wait_with_output().unwrap();
            assert!(!first.is_empty());
            assert!(out.status.success(), "{args:?}: {}", stderr(&out));
            assert_eq!(stderr(&out), "", "{args:?}");
        }
    }
}

#[test]
fn reserved_306_is_called_reserved() {
    let out = httpstatus(&["306"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("306 Redirection\n"), "{text}");
    assert!(text.contains("Reserved in the registry"), "{text}");
    assert!(!text.contains("Not a registered status code"), "{text}");
    assert!(stdout(&httpstatus(&["299"])).contains("Not a registered status code"));
}

#[test]
fn counts_take_their_plural_forms() {
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/check/");
    let one = httpstatus(&["check", "--locales-dir", &format!("{fixtures}not-utf8")]);
    assert_eq!(one.status.code(), Some(1));
    let last = stdout(&one).lines().last().unwrap().to_string();
    assert_eq!(last, "1 error, 9 warnings in 1 locale");
    let ru =
        httpstatus(&["check", "--lang", "ru", "--locales-dir", &format!("{fixtures}not-utf8")]);
    let last = stdout(&ru).lines().last().unwrap().to_string();
    assert_eq!(last, "1 ошибка, 9 предупреждений в 1 локали", "check --lang is not ignored");
}

#[test]
fn an_unknown_language_is_reported_with_the_one_used() {
    let out = httpstatus(&["404", "--lang", "xx"]);
    assert!(out.status.success());
    assert!(stdout(&out).starts_with("404 Not Found\n"));
    assert_eq!(stderr(&out), "httpstatus: No locale matches “xx”; using en (English).\n");
    let out = httpstatus(&["404", "--accept-language", "tlh, x-klingon;q=0.5"]);
    assert!(stderr(&out).contains("No locale matches “tlh, x-klingon;q=0.5”"), "{}", stderr(&out));
    let quiet = httpstatus(&["404", "--lang", "de-AT"]);
    assert_eq!(stderr(&quiet), "", "a tag that negotiates is not reported");
}

#[test]
fn a_missing_locales_folder_is_an_error() {
    let out = httpstatus(&["404", "--locales-dir", "/no/such/folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "httpstatus: /no/such/folder is not a folder of locale folders.\n");
    assert!(out.stdout.is_empty());
    let check = httpstatus(&["check", "--locales-dir", "/no/such/folder"]);
    assert_eq!(check.status.code(), Some(2));
}

#[test]
fn the_check_hint_names_the_real_folder() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/check/partial");
    let text = stdout(&httpstatus(&["check", "--locales-dir", dir]));
    let hint = text.lines().find(|l| l.contains("sources.txt")).unwrap();
    assert!(hint.contains(&format!("--locales-dir {dir} --update-source sv")), "{hint}");
}

#[test]
fn a_message_without_value_is_reported_where_the_value_goes() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/check/no-value");
    let text = stdout(&httpstatus(&["check", "--locales-dir", dir]));
    assert!(text.contains("pl/status.ftl:2:19: error: syntax error"), "{text}");
}

#[test]
fn classes_phrases_and_near_misses() {
    let class = stdout(&httpstatus(&["4xx"]));
    assert!(class.starts_with("4xx Client Error: 29 registered codes\n"), "{class}");
    assert_eq!(class.lines().filter(|l| l.starts_with('4')).count(), 30);
    let json: serde_json::Value =
        serde_json::from_slice(&httpstatus(&["5XX", "--format", "json"]).stdout).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 11);

    assert!(stdout(&httpstatus(&["I'm a teapot"])).starts_with("418 I'm a Teapot\n"));
    assert!(stdout(&httpstatus(&["not found"])).starts_with("404 Not Found\n"));

    let typo = httpstatus(&["teapot"]);
    assert_eq!(typo.status.code(), Some(2));
    assert_eq!(
        stderr(&typo),
        "httpstatus: “teapot” is neither a status code nor a known status name. Did you mean IM_A_TEAPOT?\n"
    );
    let out_of_range = httpstatus(&["70000"]);
    assert_eq!(
        stderr(&out_of_range),
        "httpstatus: 70000 is not an HTTP status code: codes range from 100 to 599.\n"
    );
}

#[test]
fn run_bare_it_prints_help() {
    let out = httpstatus(&[]);
    let help = stderr(&out) + &stdout(&out);
    assert!(help.contains("Usage: httpstatus"), "{help}");
    assert!(help.contains("Commands:"), "{help}");
}

#[test]
fn errors_speak_the_chosen_language() {
    let out = httpstatus(&["teapot", "--lang", "de"]);
    assert_eq!(out.status.code(), Some(2));
    let message = stderr(&out);
    assert!(message.contains("IM_A_TEAPOT") && !message.contains("Did you mean"), "{message}");
}

#[test]
fn site_writes_every_language_and_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("site");
    let out = httpstatus(&["site", "--out-dir", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.contains(" files for 30 languages in "), "{said}");
    assert!(said.contains("give --base-url"), "{said}");
    assert!(dir.join("ar").join("404.html").is_file());
    assert!(!dir.join("sitemap.xml").exists());

    let out = httpstatus(&[
        "site",
        "--out-dir",
        dir.to_str().unwrap(),
        "--base-url",
        "https://example.org/",
    ]);
    assert!(out.status.success());
    assert!(dir.join("sitemap.xml").is_file());

    let bad =
        httpstatus(&["site", "--out-dir", dir.to_str().unwrap(), "--base-url", "example.org"]);
    assert_eq!(bad.status.code(), Some(2));
    let said = String::from_utf8(bad.stderr).unwrap();
    assert!(said.contains("“example.org” is not a base URL"), "{said}");
}
