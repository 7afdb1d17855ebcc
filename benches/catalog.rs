//! Benchmarks of the hot paths against the lookups people use today.
//!
//! Run with `cargo bench --bench catalog --all-features`; `python3 benches/ratios.py` then
//! prints the medians and the ratios that BENCHMARKS.md reports.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use fluent_templates::{static_loader, Loader};
use http_status_catalog::{langid, Catalog, StatusCode};

static_loader! {
    // The same .ftl files, loaded the way fluent-templates users do.
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn describe(c: &mut Criterion) {
    let codes: Vec<StatusCode> = StatusCode::ALL.to_vec();
    let theirs: Vec<http::StatusCode> = codes.iter().map(|&s| s.into()).collect();
    let ids: Vec<(String, String)> = codes
        .iter()
        .map(|s| {
            (format!("status-{}-title", s.as_u16()), format!("status-{}-description", s.as_u16()))
        })
        .collect();
    let requested = langid!("ru-RU");
    let ru = Catalog::global().negotiate(&requested);
    let ru_id = langid!("ru");

    let mut group = c.benchmark_group("63 codes");
    group.bench_function("http canonical_reason", |b| {
        b.iter(|| {
            for status in &theirs {
                black_box(black_box(status).canonical_reason());
            }
        })
    });
    group.bench_function("describe, negotiated locale", |b| {
        b.iter(|| {
            // Negotiated once per request, then used for every description.
            let ru = black_box(ru);
            for &status in &codes {
                let d = ru.describe(black_box(status));
                black_box((d.title(), d.description()));
            }
        })
    });
    group.bench_function("describe from LanguageIdentifier", |b| {
        b.iter(|| {
            for &status in &codes {
                let d = black_box(status).describe(black_box(&requested));
                black_box((d.title(), d.description()));
            }
        })
    });
    group.bench_function("fluent-templates lookup", |b| {
        b.iter(|| {
            for (title, description) in &ids {
                black_box(LOCALES.lookup(black_box(&ru_id), title));
                black_box(LOCALES.lookup(black_box(&ru_id), description));
            }
        })
    });
    group.finish();
}

fn accept_language(c: &mut Criterion) {
    let catalog = Catalog::global();
    let typical = "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5";
    let hostile = "x-".repeat(32 * 1024);
    let mut group = c.benchmark_group("Accept-Language");
    group.bench_function("five entries", |b| {
        b.iter(|| black_box(catalog.negotiate_accept_language(black_box(typical))))
    });
    group.bench_function("64 KiB hostile", |b| {
        b.iter(|| black_box(catalog.negotiate_accept_language(black_box(&hostile))))
    });
    group.finish();
}

fn cold_start(c: &mut Criterion) {
    let mut group = c.benchmark_group("cold start");
    group.sample_size(20);
    group.bench_function("every shipped locale", |b| {
        b.iter(|| black_box(Catalog::builder().build()))
    });
    group.bench_function("English only", |b| {
        b.iter(|| black_box(Catalog::builder().embedded(false).build()))
    });
    group.finish();
}

criterion_group!(benches, describe, accept_language, cold_start);
criterion_main!(benches);
