//! The layout keeps its layers: no file imports from a layer above its own, and no two files
//! import each other, directly or in a ring. Read from the source, so that a new import that
//! breaks either rule fails here with its file and line.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, bottom first. A module may import from its own layer and those below.
const LAYERS: &[&[&str]] = &[
    // Facts, and the one rule about characters that every layer applies.
    &["sanitize", "markup"],
    &["class", "error", "spec", "status", "status_error"],
    // Leaves that know no catalog.
    &["diagnostic", "negotiate"],
    // Reading locale files, and the wire phrases read from one.
    &["load"],
    &["wire"],
    // The catalog, then describing codes with it.
    &["catalog"],
    &["describe"],
    // Renderers and integrations.
    &["render", "page", "problem", "http_interop", "serde_impls", "axum_impls"],
    // The web layer, built on the pages and problem details.
    &["tower"],
    // Translator tools.
    &["tools"],
];

fn layer_of(module: &[String]) -> usize {
    let Some(top) = module.first() else { return LAYERS.len() };
    LAYERS
        .iter()
        .position(|l| l.contains(&top.as_str()))
        .unwrap_or_else(|| panic!("module `{top}` has no layer in tests/layers.rs: give it one"))
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every library source file (the binary is above every layer) and its module path.
fn files() -> BTreeMap<PathBuf, Vec<String>> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() && path.file_name().unwrap() != "bin" {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    walk(&src(), &mut paths);
    paths
        .into_iter()
        .map(|path| {
            let relative = path.strip_prefix(src()).unwrap().with_extension("");
            let mut module: Vec<String> =
                relative.iter().map(|s| s.to_string_lossy().into_owned()).collect();
            if matches!(module.last().map(String::as_str), Some("mod" | "lib")) {
                module.pop();
            }
            (path, module)
        })
        .collect()
}

/// The paths a file names through `crate::`, `super::` and `self::`, each with its line, as
/// module paths from the crate root. `use` groups are expanded.
fn imports(text: &str, module: &[String], is_mod_file: bool) -> Vec<(usize, Vec<String>)> {
    // The module that `self::` means in this file, and its parent for `super::`.
    let here: Vec<String> = module.to_vec();
    let mut out = Vec::new();
    let code: Vec<String> =
        text.lines().map(|line| line.split("//").next().unwrap_or("").to_string()).collect();
    let joined = code.join("\n");
    let bytes = joined.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !joined.is_char_boundary(i) {
            i += 1;
            continue;
        }
        let rest = &joined[i..];
        let start = ["crate::", "super::", "self::"].iter().find(|p| rest.starts_with(**p));
        let boundary = i == 0
            || !(bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'_'
                || bytes[i - 1] == b':');
        let (Some(prefix), true) = (start, boundary) else {
            i += 1;
            continue;
        };
        let line = joined[..i].matches('\n').count() + 1;
        // Read the path and any `{…}` group after it.
        let mut end = i;
        let mut depth = 0;
        for (offset, c) in rest.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth > 0 => depth -= 1,
                c if depth == 0 && !(c.is_alphanumeric() || c == '_' || c == ':') => {
                    end = i + offset;
                    break;
                }
                _ => {}
            }
            end = i + offset + c.len_utf8();
        }
        let path_text = &joined[i..end];
        let base: Vec<String> = match *prefix {
            "crate::" => Vec::new(),
            "self::" => here.clone(),
            _ => {
                // `super` of a `mod.rs` file is the parent of its folder's module; of a plain
                // file, the module of its folder.
                let mut parent = here.clone();
                if is_mod_file || !parent.is_empty() {
                    parent.pop();
                }
                parent
            }
        };
        for expanded in expand(&path_text[prefix.len()..]) {
            let mut full = base.clone();
            full.extend(
                expanded.split("::").filter(|s| !s.is_empty() && *s != "self").map(str::to_string),
            );
            out.push((line, full));
        }
        i = end.max(i + 1);
    }
    out
}

/// `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn expand(path: &str) -> Vec<String> {
    let Some(open) = path.find('{') else { return vec![path.trim_end_matches("::").to_string()] };
    let head = &path[..open];
    let inner = &path[open + 1..path.rfind('}').unwrap_or(path.len())];
    let mut parts = Vec::new();
    let (mut depth, mut last) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[last..i]);
                last = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[last..]);
    parts
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand(p).into_iter().map(move |e| format!("{head}{e}")))
        .collect()
}

/// The file of the deepest module named by `path`.
fn target(path: &[String], modules: &BTreeMap<Vec<String>, PathBuf>) -> Option<PathBuf> {
    (0..=path.len()).rev().find_map(|n| modules.get(&path[..n]).cloned())
}

#[test]
fn no_file_imports_from_a_layer_above_and_no_files_import_each_other() {
    let files = files();
    let modules: BTreeMap<Vec<String>, PathBuf> =
        files.iter().map(|(path, module)| (module.clone(), path.clone())).collect();
    let mut problems = Vec::new();
    let mut edges: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
    for (path, module) in &files {
        let text = std::fs::read_to_string(path).unwrap();
        // Unit tests at the end of a file see their file as `super`; they are not part of the
        // layout.
        let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or_default();
        let is_mod_file = path.file_name().is_some_and(|n| n == "mod.rs" || n == "lib.rs");
        let shown = path.strip_prefix(src()).unwrap().display().to_string();
        for (line, imported) in imports(text, module, is_mod_file) {
            let Some(file) = target(&imported, &modules) else { continue };
            if &file == path {
                continue;
            }
            if !module.is_empty() && modules.get(&Vec::new()) == Some(&file) {
                problems.push(format!(
                    "src/{shown}:{line}: imports `{}` from the crate root; name its module",
                    imported.join("::")
                ));
                continue;
            }
            let (from, to) = (layer_of(module), layer_of(&files[&file]));
            if to > from && !module.is_empty() {
                problems.push(format!(
                    "src/{shown}:{line}: `{}` is in a layer above `{}`",
                    imported.join("::"),
                    module.join("::")
                ));
            }
            edges.entry(path.clone()).or_default().insert(file);
        }
    }
    // Rings of files, found by following imports from each file.
    for start in edges.keys() {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((file, trail)) = stack.pop() {
            for next in edges.get(&file).into_iter().flatten() {
                if next == start {
                    let ring: Vec<String> = trail
                        .iter()
                        .chain([start])
                        .map(|p| p.strip_prefix(src()).unwrap().display().to_string())
                        .collect();
                    problems.push(format!("import ring: {}", ring.join(" → ")));
                } else if seen.insert(next.clone()) {
                    let mut longer = trail.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_reader_sees_groups_and_relative_paths() {
    let module = vec!["catalog".to_string(), "keys".to_string()];
    let found = imports(
        "use super::{resolve::Layer, mod_item};\nuse crate::status::{StatusCode, names::find};",
        &module,
        false,
    );
    let paths: Vec<String> = found.iter().map(|(_, p)| p.join("::")).collect();
    assert_eq!(
        paths,
        [
            "catalog::resolve::Layer",
            "catalog::mod_item",
            "status::StatusCode",
            "status::names::find"
        ]
    );
}
