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
    for name in ["not_found", "Not_Found", "NOT-FOUND", "not found", " NOT_FOUND "] {
        assert_eq!(name.parse::<StatusCode>(), Ok(StatusCode::NotFound), "{name:?}");
    }
}

#[test]
fn near_misses_are_clear_errors() {
    for name in
        ["", "NOT_FOUNDX", "NOTFOUND", "404x", "-404", "99999999999999999999", "ＮＯＴ_ＦＯＵＮＤ"]
    {
        let err = name.parse::<StatusCode>().unwrap_err();
        assert!(
            matches!(err.kind(), ErrorKind::UnknownName(_) | ErrorKind::OutOfRange(_)),
            "{name:?}"
        );
        assert!(!err.to_string().is_empty());
    }
    let long = "x".repeat(10_000);
    let err = StatusCode::from_name(&long).unwrap_err();
    assert!(err.to_string().len() < 200, "errors do not echo unbounded input");
}
