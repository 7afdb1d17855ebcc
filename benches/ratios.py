#!/usr/bin/env python3
"""Prints the medians of the last benchmark run (`cargo bench --bench catalog --all-features`
then `cargo bench --bench cold_start`) and the ratios that BENCHMARKS.md reports."""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"


def median(group, name):
    path = root / group / name / "new" / "estimates.json"
    try:
        return json.loads(path.read_text())["median"]["point_estimate"]
    except FileNotFoundError:
        sys.exit(f"no results at {path}: run `cargo bench --bench catalog --all-features` first")


def show(ns):
    return f"{ns / 1000:.1f} µs" if ns >= 1000 else f"{ns:.1f} ns"


codes = "63 codes"
http = median(codes, "http canonical_reason")
warm = median(codes, "describe, negotiated locale")
langid = median(codes, "describe from LanguageIdentifier")
templates = median(codes, "fluent-templates lookup")
typical = median("Accept-Language", "five entries")
hostile = median("Accept-Language", "64 KiB hostile")
everything = median("cold start", "every shipped locale")
english = median("cold start", "English only")
locales = len([p for p in (root.parent.parent / "locales").iterdir() if p.is_dir()])
cold_path = root.parent / "cold-start.json"
try:
    cold = json.loads(cold_path.read_text())
except FileNotFoundError:
    sys.exit(f"no results at {cold_path}: run `cargo bench --bench cold_start` first")

rows = [
    ("http `canonical_reason()`, 63 codes", show(http), "1 (reference)", ""),
    ("`describe` through a negotiated locale, 63 codes", show(warm), f"{warm / http:.2f}x http", "at most 0.5x"),
    ("`describe(&LanguageIdentifier)`, 63 codes", show(langid), f"{langid / http:.2f}x http", "at most 1x"),
    ("fluent-templates lookup, same 126 messages", show(templates), f"{templates / warm:.0f}x slower than `describe`", "at least 10x"),
    ("`Accept-Language`, five entries", show(typical), "", "under 500 ns"),
    ("`Accept-Language`, 64 KiB hostile", show(hostile), "", "under 50 µs"),
    (f"parse every shipped `.ftl` file, fresh process", show(cold["parse_ns"]), "1 (reference)", ""),
    (f"`Catalog::global()` first use, fresh process", show(cold["catalog_ns"]), f"{cold['catalog_ns'] / cold['parse_ns']:.2f}x parsing", "at most 1.5x"),
    (f"catalog of {locales} locales, rebuilt in a warm process", show(everything), "", ""),
    ("catalog of English only, rebuilt in a warm process", show(english), f"{(everything - english) / (locales - 1) / 1000:.0f} µs per further locale", ""),
]
print("| what | median | ratio | target |")
print("| --- | --- | --- | --- |")
for row in rows:
    print("| " + " | ".join(row) + " |")
