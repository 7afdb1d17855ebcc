//! The `httpstatus` binary, run as a user would.

use std::process::{Command, Output};

fn httpstatus(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_httpstatus"))
        .args(args)
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
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "ru_RU.UTF-8")
        .output()
        .unwrap();
    assert!(stdout(&out).starts_with("500 Внутренняя ошибка сервера"));
    let out = Command::new(env!("CARGO_BIN_EXE_httpstatus"))
        .args(["500"])
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
    assert!(stdout(&shipped).ends_with("0 errors, 0 warnings in 14 locales\n"));

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
    let made = httpstatus(&["template", "nb", "--out", dir]);
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    assert!(String::from_utf8_lossy(&made.stderr).contains("status.ftl"));
    let again = httpstatus(&["template", "nb", "--out", dir]);
    assert_eq!(again.status.code(), Some(2));
    let marked = httpstatus(&["check", "--locales-dir", dir, "--update-source", "nb"]);
    assert_eq!(marked.status.code(), Some(0));
    assert!(std::path::Path::new(dir).join("nb/sources.txt").exists());
    let preview = httpstatus(&["404", "--lang", "nb", "--locales-dir", dir]);
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
