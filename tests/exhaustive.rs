//! Every `u16` through every entry point: no panic, the right class, the right error.

use http_status_catalog::{Catalog, ErrorKind, StatusClass, StatusCode};

#[test]
fn every_u16_through_every_entry_point() {
    let catalog = Catalog::global();
    let locales: Vec<_> = catalog.locales().collect();
    let mut members = 0;
    for code in 0..=u16::MAX {
        let by_number = StatusCode::from_u16(code);
        assert_eq!(by_number, StatusCode::try_from(code));
        assert_eq!(by_number, code.to_string().parse::<StatusCode>());
        let class = StatusClass::of(code);
        match &by_number {
            Ok(status) => {
                members += 1;
                assert_eq!(*status, code);
                assert_eq!(Some(status.class()), class);
                assert_eq!(StatusCode::from_name(status.name()), Ok(*status));
                assert_eq!(status.to_string(), format!("{code} {}", status.phrase()));
            }
            Err(e) => {
                assert_eq!(e.code(), Some(code));
                match e.kind() {
                    ErrorKind::OutOfRange => assert!(class.is_none()),
                    ErrorKind::Reserved => assert_eq!(code, 306),
                    ErrorKind::Unregistered => assert!(class.is_some() && code != 306),
                    other => panic!("{code}: {other:?}"),
                }
            }
        }
        for locale in &locales {
            match (locale.describe_code(code), class) {
                (Ok(d), Some(class)) => {
                    assert_eq!(d.class(), class);
                    assert_eq!(d.code(), code);
                    assert_eq!(d.is_registered(), by_number.is_ok());
                    assert!(!d.title().is_empty() && !d.description().is_empty());
                }
                (Err(e), None) => {
                    assert_eq!((e.kind(), e.code()), (ErrorKind::OutOfRange, Some(code)))
                }
                (result, class) => panic!("{code}: {result:?} for class {class:?}"),
            }
        }
    }
    assert_eq!(members, 63);
}

#[test]
fn boundaries_between_classes() {
    for (below, above) in [(99, 100), (199, 200), (299, 300), (399, 400), (499, 500), (599, 600)] {
        assert_ne!(StatusClass::of(below), StatusClass::of(above), "{below}/{above}");
    }
    let en = Catalog::global().root();
    let d = en.describe_code(599).unwrap();
    assert_eq!(d.title(), en.class_title(StatusClass::ServerError));
    assert_eq!(d.phrase(), None);
    assert!(en.describe_code(99).is_err());
}
