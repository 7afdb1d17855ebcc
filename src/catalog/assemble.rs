//! Turning loaded files into a catalog: layers resolved, merged per locale, fallback applied.

use std::borrow::{Borrow, Cow};
use std::collections::BTreeMap;

use unic_langid::{CharacterDirection, LanguageIdentifier};

use super::keys::{Key, KEY_COUNT};
use super::locale::{Direction, LocaleData, ROOT};
use super::resolve::{resolve_layer, Layer};
use crate::diagnostic::{Diagnostic, DiagnosticKind};
use crate::load::{LoadedFile, Origin};
use crate::negotiate::{parse_folder_name, Available, Candidate};

/// Groups files into layers: the files of one folder from one source, in the order first
/// seen.
pub(crate) fn layers<F>(
    files: impl IntoIterator<Item = F>,
    key: impl Fn(&F) -> (&str, Origin),
) -> Vec<Vec<F>> {
    let mut positions: BTreeMap<(String, Origin), usize> = BTreeMap::new();
    let mut layers: Vec<Vec<F>> = Vec::new();
    for file in files {
        let (folder, origin) = key(&file);
        let next = layers.len();
        let index = *positions.entry((folder.to_string(), origin)).or_insert(next);
        if index == next {
            layers.push(Vec::new());
        }
        layers[index].push(file);
    }
    layers
}

/// Builds a catalog from the catalog's files, layer by layer in load order (embedded, then each
/// folder from disk, then files from memory). Later layers of a locale take precedence over
/// earlier ones. The embedded English must be among them: it backs every chain. Layers are
/// taken one at a time, so that a caller that does not keep the files can drop each layer's
/// parsed files before the next is read.
pub(crate) fn assemble<F: Borrow<LoadedFile>>(
    layers: impl IntoIterator<Item = Vec<F>>,
    mut diagnostics: Vec<Diagnostic>,
    pseudo_locales: bool,
) -> Parts {
    let mut merged: BTreeMap<String, (LanguageIdentifier, Layer)> = BTreeMap::new();
    let mut builtin_root: Option<Layer> = None;
    for layer_files in layers {
        let layer_files: Vec<&LoadedFile> = layer_files.iter().map(Borrow::borrow).collect();
        let Some(first) = layer_files.first() else { continue };
        let (folder, origin) = (first.folder.as_str(), first.origin);
        let Some(id) = parse_folder_name(folder) else {
            for file in &layer_files {
                diagnostics.extend(file.diagnostics.iter().cloned());
            }
            let path = first.path.rsplit_once(['/', '\\']).map_or("", |(dir, _)| dir);
            diagnostics.push(Diagnostic::error(
                DiagnosticKind::InvalidLocaleName,
                path,
                format!("`{folder}` is not a language tag (write it like `pt-BR`); the folder is ignored"),
            ));
            continue;
        };
        // What loading found in the files, then what resolving found, in file order as an
        // editor shows it.
        for file in &layer_files {
            diagnostics.extend(file.diagnostics.iter().cloned());
        }
        let start = diagnostics.len();
        let layer = resolve_layer(&id, &layer_files, &mut diagnostics);
        diagnostics[start..].sort_by(|a, b| (a.path(), a.line()).cmp(&(b.path(), b.line())));
        if origin == Origin::Embedded && folder == ROOT {
            builtin_root = Some(layer.clone());
        }
        let (_, slots) =
            merged.entry(folder.to_string()).or_insert_with(|| (id, vec![None; KEY_COUNT]));
        for (slot, text) in slots.iter_mut().zip(layer) {
            if text.is_some() {
                *slot = text;
            }
        }
    }
    let builtin_root = builtin_root.unwrap_or_else(|| vec![None; KEY_COUNT]);
    let root_layer = merged.remove(ROOT).map_or_else(|| builtin_root.clone(), |(_, layer)| layer);

    // The root first, then by tag; each locale falls back to its bare language when the
    // catalog has it (`pt-BR` → `pt`), else to the root, whose own gaps the embedded English
    // fills.
    let mut ids: Vec<LanguageIdentifier> = vec![LanguageIdentifier::from_parts(
        ROOT.parse().expect("`en` is a language subtag"),
        None,
        None,
        &[],
    )];
    let mut own: Vec<Layer> = vec![root_layer];
    for (_, (id, layer)) in merged {
        ids.push(id);
        own.push(layer);
    }
    let mut locales = with_fallback(ids, own, &builtin_root);
    if pseudo_locales {
        add_pseudo_locales(&mut locales);
    }
    let candidates: Vec<Candidate> =
        locales.iter().map(|l| Candidate { id: l.id.clone(), exact_only: l.pseudo }).collect();
    Parts { available: Available::new(&candidates), locales, diagnostics }
}

/// Each locale's table, with the slots its own files leave empty filled from its parent, whose
/// own gaps were filled before, ending at the root, whose gaps the embedded English fills.
fn with_fallback(
    ids: Vec<LanguageIdentifier>,
    mut own: Vec<Layer>,
    builtin_root: &[Option<Cow<'static, str>>],
) -> Vec<LocaleData> {
    let parents: Vec<usize> = (0..ids.len()).map(|i| parent(&ids, i)).collect();
    // Parents before the locales that fall back to them.
    let mut order: Vec<usize> = (0..ids.len()).collect();
    order.sort_by_key(|&i| (i != 0, ids[i].script.is_some() || ids[i].region.is_some()));
    let mut built: Vec<Option<LocaleData>> = (0..ids.len()).map(|_| None).collect();
    for index in order {
        let layer = std::mem::take(&mut own[index]);
        let translated: Box<[bool]> = layer.iter().map(Option::is_some).collect();
        let fallback: &[Cow<'static, str>] = if index == 0 {
            &[]
        } else {
            &built[parents[index]].as_ref().expect("parents are built first").texts[..]
        };
        let texts: Vec<Cow<'static, str>> = layer
            .into_iter()
            .enumerate()
            .map(|(slot, text)| {
                text.or_else(|| fallback.get(slot).cloned())
                    .or_else(|| builtin_root[slot].clone())
                    .unwrap_or_else(|| {
                        panic!(
                            "the embedded English lacks `{}`; every catalog message must be in locales/en",
                            Key::all().nth(slot).map(Key::id).unwrap_or_default()
                        )
                    })
            })
            .collect();
        built[index] = Some(locale_data(ids[index].clone(), texts, translated, false));
    }
    built.into_iter().flatten().collect()
}

/// What a catalog is made of.
pub(crate) struct Parts {
    pub(crate) locales: Vec<LocaleData>,
    pub(crate) available: Available,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// The locale a locale falls back to: its bare language if the catalog has it, else the root.
fn parent(ids: &[LanguageIdentifier], index: usize) -> usize {
    let id = &ids[index];
    let bare = |other: &LanguageIdentifier| {
        other.language == id.language
            && other.script.is_none()
            && other.region.is_none()
            && other.variants().len() == 0
    };
    ids.iter().position(bare).filter(|&p| p != index).unwrap_or(0)
}

fn locale_data(
    id: LanguageIdentifier,
    texts: Vec<Cow<'static, str>>,
    translated: Box<[bool]>,
    pseudo: bool,
) -> LocaleData {
    let direction = match id.character_direction() {
        CharacterDirection::RTL => Direction::Rtl,
        _ => Direction::Ltr,
    };
    let texts: [Cow<'static, str>; KEY_COUNT] = texts.try_into().expect("one text per key");
    LocaleData { id, texts, translated, pseudo, direction }
}

#[cfg(feature = "tools")]
fn add_pseudo_locales(locales: &mut Vec<LocaleData>) {
    for (tag, flipped, elongate) in super::pseudo::LOCALES {
        let id: LanguageIdentifier = tag.parse().expect("pseudo-locale tags are valid");
        if locales.iter().any(|l| l.id == id) {
            continue;
        }
        let texts = locales[0].texts.iter().map(|t| super::pseudo::transform(t, flipped, elongate));
        let data = locale_data(id, texts.collect(), vec![true; KEY_COUNT].into(), true);
        locales.push(data);
    }
}

#[cfg(not(feature = "tools"))]
fn add_pseudo_locales(_: &mut [LocaleData]) {}
