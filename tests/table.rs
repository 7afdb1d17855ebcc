//! Pins the whole status table against facts written down independently of the code, as
//! CPython pins `HTTPStatus`.

use http_status_catalog::{StatusClass, StatusCode};

use crate::fixture;

fn fixture_rows(name: &str) -> Vec<Vec<String>> {
    std::fs::read_to_string(fixture(name))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

fn references(status: StatusCode) -> String {
    let refs: Vec<String> = status
        .references()
        .iter()
        .map(|r| match r.section() {
            Some(section) => format!("{}:{section}", r.spec().id()),
            None => r.spec().id().to_string(),
        })
        .collect();
    refs.join(";")
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

#[test]
fn every_member_matches_the_fixture_row_for_row() {
    let rows = fixture_rows("status-table.tsv");
    assert_eq!(rows.len(), 63);
    assert_eq!(StatusCode::ALL.len(), rows.len());
    for (status, row) in StatusCode::ALL.iter().copied().zip(&rows) {
        let actual = vec![
            status.as_u16().to_string(),
            status.name().to_string(),
            status.aliases().join(","),
            status.class().to_string(),
            references(status),
            status.lifecycle().to_string(),
            yes_no(status.is_heuristically_cacheable()).to_string(),
            yes_no(status.has_no_content()).to_string(),
        ];
        assert_eq!(&actual, row, "row for {}", status.as_u16());
    }
}

#[test]
fn wire_phrases_are_the_registry_descriptions() {
    for row in fixture_rows("iana-status-codes.tsv").into_iter().skip(1) {
        let (code, description) = (&row[0], &row[1]);
        let Ok(code) = code.parse::<u16>() else {
            continue;
        }; // ranges: "105-199"
        if description == "Unassigned" {
            continue;
        }
        match StatusCode::from_u16(code) {
            // The registry's exceptions, documented in the reference README.
            Ok(StatusCode::ImATeapot) => assert_eq!(StatusCode::ImATeapot.phrase(), "I'm a Teapot"),
            Ok(s @ (StatusCode::UploadResumptionSupported | StatusCode::NotExtended)) => {
                assert!(description.starts_with(s.phrase()), "{code}: {description}");
                assert!(description.contains('('), "{code}: {description}");
            }
            Ok(s) => assert_eq!(s.phrase(), description, "{code}"),
            Err(e) => {
                assert_eq!(code, 306, "only 306 is registered but not a member");
                assert_eq!(e.kind(), http_status_catalog::ErrorKind::Reserved);
            }
        }
    }
}

#[test]
fn wire_phrases_are_valid_reason_phrases() {
    // RFC 9112, Section 4: reason-phrase = 1*( HTAB / SP / VCHAR / obs-text )
    for &s in StatusCode::ALL {
        let phrase = s.phrase();
        assert!(!phrase.is_empty(), "{}", s.as_u16());
        assert!(
            phrase
                .bytes()
                .all(|b| b == b'\t' || b == b' ' || (0x21..=0x7e).contains(&b) || b >= 0x80),
            "{}: {phrase:?}",
            s.as_u16()
        );
    }
}

#[test]
fn members_are_in_numeric_order_with_dense_indices() {
    for (i, pair) in StatusCode::ALL.windows(2).enumerate() {
        assert!(pair[0].as_u16() < pair[1].as_u16());
        assert_eq!(StatusCode::ALL[i], pair[0]);
    }
    assert_eq!(
        StatusCode::ALL.iter().filter(|s| s.class() == StatusClass::ClientError).count(),
        29
    );
}

#[test]
fn python_parity_display_and_comparisons() {
    assert_eq!(StatusCode::Ok.to_string(), "200 OK");
    assert_eq!(StatusCode::NotFound, 404);
    assert_eq!(404, StatusCode::NotFound);
    assert_ne!(StatusCode::NotFound, 405);
    assert_eq!(u16::from(StatusCode::Gone), 410);
    assert!(StatusCode::Ok < StatusCode::Created);
    assert_eq!(format!("{:?}", StatusCode::Gone), "Gone");
    assert!(StatusCode::Gone >= 410 && 500 > StatusCode::Gone);
    assert_eq!(StatusCode::Gone.as_str(), "410");
}

#[test]
fn semantics_predicates_agree_with_the_class() {
    for &s in StatusCode::ALL {
        let code = s.as_u16();
        assert_eq!(s.is_informational(), (100..200).contains(&code));
        assert_eq!(s.is_success(), (200..300).contains(&code));
        assert_eq!(s.is_redirection(), (300..400).contains(&code));
        assert_eq!(s.is_client_error(), (400..500).contains(&code));
        assert_eq!(s.is_server_error(), (500..600).contains(&code));
        assert_eq!(s.is_error(), code >= 400);
    }
}

#[test]
fn experimental_references_are_marked() {
    let experimental: Vec<u16> = StatusCode::ALL
        .iter()
        .filter(|s| s.references().iter().any(|r| r.is_experimental()))
        .map(|s| s.as_u16())
        .collect();
    assert_eq!(experimental, [103, 208, 506, 508, 510]);
}
