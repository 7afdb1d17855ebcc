//! The `http` and `serde` features.

use http_status_catalog::{langid, HttpStatusExt, StatusCode};

#[test]
fn conversions_with_http_both_ways() {
    for &status in StatusCode::ALL {
        let theirs = http::StatusCode::from(status);
        assert_eq!(theirs.as_u16(), status.as_u16());
        assert_eq!(StatusCode::try_from(theirs), Ok(status));
        assert_eq!(status, theirs);
    }
    for code in 100..=999 {
        let theirs = http::StatusCode::from_u16(code).unwrap();
        assert_eq!(StatusCode::try_from(theirs).is_ok(), StatusCode::from_u16(code).is_ok());
        match theirs.describe(&langid!("ja")) {
            Ok(d) => {
                assert!((100..=599).contains(&code));
                assert_eq!(d.is_registered(), StatusCode::from_u16(code).is_ok());
                assert_eq!(d.locale().to_string(), "ja");
            }
            Err(_) => assert!(code >= 600),
        }
    }
    let d = http::StatusCode::TOO_MANY_REQUESTS.describe(&langid!("pt-PT")).unwrap();
    assert_eq!(d.locale().to_string(), "pt-BR");
}

#[test]
fn error_for_status_splits_errors_from_the_rest() {
    for &status in StatusCode::ALL {
        match status.error_for_status() {
            Ok(ok) => assert!(ok.as_u16() < 400),
            Err(e) => {
                assert!(status.as_u16() >= 400);
                assert_eq!(e.status(), status);
                assert_eq!(e.to_string(), status.to_string());
                let boxed: Box<dyn std::error::Error> = Box::new(e);
                assert!(!boxed.to_string().is_empty());
            }
        }
    }
    let e = StatusCode::ServiceUnavailable.error_for_status().unwrap_err();
    assert_eq!(e.status().describe(&langid!("uk")).title(), "Сервіс недоступний");
}

#[test]
fn serde_numbers_names_and_descriptions() {
    assert_eq!(serde_json::to_string(&StatusCode::NotFound).unwrap(), "404");
    let parsed: Vec<StatusCode> =
        serde_json::from_str(r#"[404, "NOT_FOUND", "payload_too_large", "422"]"#).unwrap();
    assert_eq!(
        parsed,
        [
            StatusCode::NotFound,
            StatusCode::NotFound,
            StatusCode::ContentTooLarge,
            StatusCode::UnprocessableContent
        ]
    );
    for bad in ["306", "299", "700", "-1", "70000", "\"nope\"", "4.04", "null"] {
        let result: Result<StatusCode, _> = serde_json::from_str(bad);
        assert!(result.is_err(), "{bad}");
    }
    let d = StatusCode::Gone.describe(&langid!("es"));
    let json = serde_json::to_value(d).unwrap();
    let mut fields: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    fields.sort_unstable();
    let mut expected = [
        "code",
        "name",
        "aliases",
        "phrase",
        "title",
        "description",
        "class",
        "class_title",
        "locale",
        "direction",
        "registered",
        "lifecycle",
        "cacheable",
        "no_content",
        "references",
    ];
    expected.sort_unstable();
    assert_eq!(fields, expected);
    assert_eq!(json["references"][0]["citation"], "RFC 9110, sección 15.5.11");
}
