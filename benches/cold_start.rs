//! Cold start of the global catalog, measured in fresh processes, against merely parsing the
//! shipped `.ftl` files with fluent-syntax, in the same run.
//!
//! Run with `cargo bench --bench cold_start`. The benchmark starts itself again as a child
//! process, many times, alternating between the two measurements; each child times one thing
//! once and prints nanoseconds. Medians and their ratio are printed and written to
//! `target/cold-start.json`, which `benches/ratios.py` reads.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const RUNS: usize = 41;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("--child-parse") => println!("{}", parse_only(false)),
        Some("--child-parse-catalog-files") => println!("{}", parse_only(true)),
        Some("--child-catalog") => println!("{}", catalog()),
        // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing we use.
        _ if args.iter().any(|a| a == "--bench") => parent(),
        _ => {}
    }
}

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Every shipped `.ftl` file, read into memory; with `catalog_only`, the files the run-time
/// catalog reads (all but the command-line tool's own words).
fn shipped_files(catalog_only: bool) -> Vec<String> {
    let mut paths = vec![locales_dir().join("wire.ftl")];
    for folder in std::fs::read_dir(locales_dir()).unwrap() {
        let folder = folder.unwrap().path();
        if folder.is_dir() {
            for file in std::fs::read_dir(&folder).unwrap() {
                let file = file.unwrap().path();
                let name = file.file_name().unwrap().to_str().unwrap().to_string();
                if name.ends_with(".ftl") && !(catalog_only && name == "cli.ftl") {
                    paths.push(file);
                }
            }
        }
    }
    paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// Nanoseconds to parse the files once; they are read before the clock starts.
fn parse_only(catalog_only: bool) -> u128 {
    let texts = shipped_files(catalog_only);
    let start = Instant::now();
    let mut entries = 0;
    for text in &texts {
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
        entries += resource.body.len();
    }
    let elapsed = start.elapsed().as_nanos();
    std::hint::black_box(entries);
    elapsed
}

/// Nanoseconds for the first use of the global catalog: reading the embedded files,
/// decoding, parsing, resolving every message and building the lookup tables.
fn catalog() -> u128 {
    let start = Instant::now();
    let catalog = http_status_catalog::Catalog::global();
    let elapsed = start.elapsed().as_nanos();
    assert!(catalog.diagnostics().is_empty());
    elapsed
}

fn child(mode: &str) -> f64 {
    let out = Command::new(std::env::current_exe().unwrap()).arg(mode).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().trim().parse().unwrap()
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    values[values.len() / 2]
}

fn parent() {
    let modes = ["--child-parse", "--child-parse-catalog-files", "--child-catalog"];
    let mut samples: Vec<Vec<f64>> = vec![Vec::new(); modes.len()];
    for _ in 0..RUNS {
        for (mode, samples) in modes.iter().zip(&mut samples) {
            samples.push(child(mode));
        }
    }
    let [parse, parse_catalog_files, catalog]: [f64; 3] =
        samples.into_iter().map(median).collect::<Vec<_>>().try_into().unwrap();
    let locales = std::fs::read_dir(locales_dir())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().is_dir())
        .count();
    println!("cold start in fresh processes, {RUNS} runs each, {locales} locales (medians):");
    println!("  parse every shipped .ftl file:        {:8.1} µs", parse / 1000.0);
    println!("  parse the catalog's files only:       {:8.1} µs", parse_catalog_files / 1000.0);
    println!("  Catalog::global(), first use:         {:8.1} µs", catalog / 1000.0);
    println!("  ratio to parsing every shipped file:  {:.2}x", catalog / parse);
    println!("  ratio to parsing the catalog's files: {:.2}x", catalog / parse_catalog_files);
    let json = format!(
        "{{\"runs\": {RUNS}, \"locales\": {locales}, \"parse_ns\": {parse}, \"parse_catalog_files_ns\": {parse_catalog_files}, \"catalog_ns\": {catalog}}}\n"
    );
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("target");
    std::fs::create_dir_all(&target).unwrap();
    std::fs::write(target.join("cold-start.json"), json).unwrap();
}
