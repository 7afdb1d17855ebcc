//! The warm paths allocate nothing: counted with a counting global allocator (a count, not a
//! timing, so it holds on any machine).

use http_status_catalog::{langid, Catalog, StatusCode};

fn count(run: impl FnOnce()) -> u64 {
    allocation_counter::measure(run).count_total
}

#[test]
fn describing_through_a_negotiated_locale_allocates_nothing() {
    let catalog = Catalog::global();
    let ru = catalog.negotiate_tag("ru");
    let allocations = count(|| {
        for &status in StatusCode::ALL {
            let d = ru.describe(status);
            std::hint::black_box((d.title(), d.description(), d.phrase(), d.class_title()));
        }
        for code in 100..=599 {
            std::hint::black_box(ru.describe_code(code).map(|d| d.title()).ok());
        }
    });
    assert_eq!(allocations, 0);
}

#[test]
fn describing_from_a_language_identifier_allocates_nothing() {
    let tags =
        [langid!("ru-RU"), langid!("en"), langid!("de-AT"), langid!("zh-HK"), langid!("tlh")];
    let _ = StatusCode::Ok.describe(&tags[0]); // the catalog is built on first use
    let allocations = count(|| {
        for tag in &tags {
            for &status in StatusCode::ALL {
                std::hint::black_box(status.describe(tag).title());
            }
        }
    });
    assert_eq!(allocations, 0);
}

#[test]
fn accept_language_negotiation_allocates_nothing() {
    let catalog = Catalog::global();
    let hostile = "x-".repeat(32 * 1024);
    let headers = [
        "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5",
        "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7",
        "zh-HK, zh;q=0.9, pt-PT;q=0.5, garbage!!, ;;;",
        hostile.as_str(),
    ];
    let _ = catalog.negotiate_accept_language(headers[0]);
    let allocations = count(|| {
        for header in headers {
            std::hint::black_box(catalog.negotiate_accept_language(header).id());
        }
    });
    assert_eq!(allocations, 0);
}

#[test]
fn the_counter_counts() {
    // Guards the tests above against a counter that always says zero.
    assert!(count(|| drop(std::hint::black_box(vec![1u8; 64]))) >= 1);
}
