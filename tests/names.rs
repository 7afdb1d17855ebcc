//! Name lookup: primary names, aliases, case, and what is not a name.

use http_status_catalog::{ErrorKind, StatusCode};

#[test]
fn old_names_are_aliases_of_the_same_member() {
    let cases = [
        ("REQUEST_ENTITY_TOO_LARGE", 413),
        ("PAYLOAD_TOO_LARGE", 413),
        ("CONTENT_TOO_LARGE", 413),
        ("REQUEST_URI_TOO_LONG", 414),
        ("REQUESTED_RANGE_NOT_SATISFIABLE", 416),
        ("REQUEST_RANGE_NOT_SATISFIABLE", 416),
        ("UNPROCESSABLE_ENTITY", 422),
        ("IM_A_TEAPOT", 418),
    ];
    for (name, code) in cases {
        assert_eq!(StatusCode::from_name(name).map(u16::from), Ok(code), "{name}");
        assert_eq!(name.parse::<StatusCode>().map(u16::from), Ok(code), "{name}");
    }
}

#[test]
fn lookup_ignores_case_and_separators() {
    for name in ["not_found", "Not_Found", "NOT-FOUND", "not found", " NOT_FOUND ", "Not Found"] {
        assert_eq!(name.parse::<StatusCode>(), Ok(StatusCode::NotFound), "{name:?}");
        assert_eq!(StatusCode::try_from(name), Ok(StatusCode::NotFound), "{name:?}");
    }
}

#[test]
fn every_wire_phrase_finds_its_member() {
    for &status in StatusCode::ALL {
        assert_eq!(StatusCode::from_name(status.phrase()), Ok(status), "{}", status.phrase());
        let lower = status.phrase().to_lowercase();
        assert_eq!(StatusCode::from_name(&lower), Ok(status), "{lower}");
    }
    assert_eq!("I'm a teapot".parse(), Ok(StatusCode::ImATeapot));
    assert_eq!("Request-URI Too Long".parse(), Ok(StatusCode::UriTooLong));
}

#[test]
fn numbers_out_of_range_say_so() {
    for text in ["600", "70000", "99999999999999999999", "0"] {
        let err = text.parse::<StatusCode>().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::OutOfRange, "{text}");
        assert_eq!(
            err.to_string(),
            format!("{text} is not an HTTP status code: codes range from 100 to 599")
        );
    }
}

#[test]
fn typos_get_a_suggestion_and_other_text_does_not() {
    let suggest = |t: &str| t.parse::<StatusCode>().unwrap_err().suggestion();
    assert_eq!(suggest("teapot"), Some(StatusCode::ImATeapot));
    assert_eq!(suggest("NOT_FUOND"), Some(StatusCode::NotFound));
    assert_eq!(suggest("too many request"), Some(StatusCode::TooManyRequests));
    assert_eq!(suggest("Internal Server Eror"), Some(StatusCode::InternalServerError));
    assert_eq!(suggest("large"), None, "several members are too large");
    assert_eq!(suggest("banana"), None);
    let err = "teapot".parse::<StatusCode>().unwrap_err();
    assert!(err.to_string().ends_with("; did you mean IM_A_TEAPOT?"), "{err}");
}

#[test]
fn codes_compare_with_numbers_both_ways() {
    assert!(StatusCode::InternalServerError >= 500 && StatusCode::InternalServerError < 600);
    assert!(399 < StatusCode::BadRequest);
    assert!(StatusCode::ALL.windows(2).all(|w| w[0] < w[1] && w[0].as_u16() < w[1]));
    assert_eq!(format!("{:?}", StatusCode::ImATeapot), "ImATeapot");
    assert_eq!(StatusCode::Ok.as_str(), "200");
    assert!(StatusCode::ALL.iter().all(|s| s.as_str() == s.as_u16().to_string()));
}

#[test]
fn near_misses_are_clear_errors() {
    for name in
        ["", "NOT_FOUNDX", "NOTFOUND", "404x", "-404", "99999999999999999999", "ＮＯＴ_ＦＯＵＮＤ"]
    {
        let err = name.parse::<StatusCode>().unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::UnknownName | ErrorKind::OutOfRange), "{name:?}");
        assert!(!err.to_string().is_empty());
    }
    let long = "x".repeat(10_000);
    let err = StatusCode::from_name(&long).unwrap_err();
    assert!(err.to_string().len() < 200, "errors do not echo unbounded input");
}
