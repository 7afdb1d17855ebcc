//! A small open-addressing table from packed tags to answers, made once per list of
//! available tags and only read afterwards.

/// The number of slots: a fixed size, so that a lookup needs no bounds check. Four forms of
/// each of a few dozen locales fill it to well under half.
const SLOTS: usize = 512;

/// One slot: a packed tag and its answer, in 16 bytes. A language of 0 marks an empty slot
/// (no real tag has an empty language).
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    language: u64,
    rest: u32,
    index: u32,
}

/// The slots are held inline, not behind a pointer: a lookup is one load from the table's own
/// address.
#[derive(Debug)]
pub(crate) struct FastTable {
    slots: [Slot; SLOTS],
}

impl Default for FastTable {
    fn default() -> Self {
        FastTable { slots: [Slot::default(); SLOTS] }
    }
}

impl FastTable {
    /// A table of `answers`; a packed tag given twice keeps its first answer. Answers that do
    /// not fit (more than half the slots) are left out: lookups then take the slow path.
    pub(crate) fn new(answers: &[((u64, u32), usize)]) -> FastTable {
        let mut table = FastTable::default();
        let mut filled = 0;
        for &((language, rest), index) in answers {
            let Ok(index) = u32::try_from(index) else { continue };
            if language == 0 || filled >= SLOTS / 2 {
                continue;
            }
            let mut i = slot(language, rest);
            loop {
                let s = &mut table.slots[i];
                if s.language == 0 {
                    *s = Slot { language, rest, index };
                    filled += 1;
                    break;
                }
                if s.language == language && s.rest == rest {
                    break;
                }
                i = (i + 1) % SLOTS;
            }
        }
        table
    }

    /// The answer for a packed tag, if the table has one.
    #[inline]
    pub(crate) fn get(&self, (language, rest): (u64, u32)) -> Option<usize> {
        let mut i = slot(language, rest);
        // The table is never more than half full, so an empty slot ends every search; nearly
        // every lookup ends at the first slot.
        loop {
            let s = &self.slots[i];
            if s.language == language && s.rest == rest && language != 0 {
                return Some(s.index as usize);
            }
            if s.language == 0 || language == 0 {
                return None;
            }
            i = (i + 1) % SLOTS;
        }
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.slots.iter().filter(|s| s.language != 0).count()
    }
}

/// Mixes the packed tag into a slot number.
#[inline]
fn slot(language: u64, rest: u32) -> usize {
    let mixed = (language ^ (u64::from(rest) << 24)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (mixed >> 55) as usize % SLOTS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_was_put_in_and_nothing_else() {
        let answers: Vec<((u64, u32), usize)> =
            (1..200u32).map(|k| ((u64::from(k), k * 7), k as usize)).collect();
        let table = FastTable::new(&answers);
        for &(key, index) in &answers {
            assert_eq!(table.get(key), Some(index));
        }
        assert_eq!(table.get((1, 8)), None);
        assert_eq!(table.get((0, 0)), None);
        assert_eq!(FastTable::default().get((1, 1)), None);
    }

    #[test]
    fn the_first_answer_wins_and_the_table_never_fills() {
        let table = FastTable::new(&[((5, 5), 1), ((5, 5), 2)]);
        assert_eq!(table.get((5, 5)), Some(1));
        let many: Vec<((u64, u32), usize)> = (1..2000u64).map(|k| ((k, 0), 0)).collect();
        let table = FastTable::new(&many);
        assert_eq!(table.len(), SLOTS / 2);
        assert_eq!(table.get((1_000_000, 0)), None, "an absent key still ends");
    }
}
