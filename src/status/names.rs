//! Finding a member by name: enum names, older names and wire phrases, written loosely.

use super::StatusCode;

/// Names longer than this are not looked at: no member's name is nearly this long.
const MAX_NAME_BYTES: usize = 64;

/// The member whose enum name or older name matches `input`, read loosely (see
/// [`StatusCode::from_name`]). Allocates nothing.
pub(super) fn find(input: &str) -> Option<StatusCode> {
    if input.len() > MAX_NAME_BYTES {
        return None;
    }
    StatusCode::ALL.iter().copied().find(|status| {
        same(status.name(), input) || status.aliases().iter().any(|alias| same(alias, input))
    })
}

/// The member most probably meant by an unknown name: the one name that contains it as whole
/// words (`teapot` → `IM_A_TEAPOT`), else the one within a few typing mistakes
/// (`NOT_FUOND` → `NOT_FOUND`).
pub(super) fn closest(input: &str) -> Option<StatusCode> {
    if input.len() > MAX_NAME_BYTES {
        return None;
    }
    let wanted: String = normalized(input).map(char::from).collect();
    if wanted.len() < 3 {
        return None;
    }
    let names = || {
        StatusCode::ALL.iter().flat_map(|&s| {
            core::iter::once(s.name()).chain(s.aliases().iter().copied()).map(move |n| (s, n))
        })
    };
    let padded = format!("_{wanted}_");
    let mut containing =
        names().filter(|(_, n)| format!("_{n}_").contains(&padded)).map(|(s, _)| s);
    if let Some(first) = containing.next() {
        return containing.all(|other| other == first).then_some(first);
    }
    let allowed = (wanted.len() / 3).max(1);
    let mut best: Option<(usize, StatusCode)> = None;
    let mut tie = false;
    for (status, name) in names() {
        let distance = strsim::osa_distance(&wanted, name);
        match best {
            Some((d, s)) if distance == d && s != status => tie = true,
            Some((d, _)) if distance >= d => {}
            _ if distance <= allowed => {
                best = Some((distance, status));
                tie = false;
            }
            _ => {}
        }
    }
    best.filter(|_| !tie).map(|(_, status)| status)
}

/// Whether a table name (upper case, words joined by `_`) matches `input` read loosely.
fn same(name: &str, input: &str) -> bool {
    name.bytes().eq(normalized(input))
}

/// `input` as a table name would spell it: ASCII letters in upper case, apostrophes dropped
/// (`I'M` → `IM`), and every run of other characters one `_`, none at either end. A
/// character that no table name can contain becomes `?`, which matches nothing.
fn normalized(input: &str) -> impl Iterator<Item = u8> + '_ {
    let mut pending_separator = false;
    let mut started = false;
    input.chars().filter(|&c| c != '\'' && c != '\u{2019}').flat_map(move |c| {
        let mut out = [None, None];
        if c.is_ascii_alphanumeric() || !c.is_ascii() && c.is_alphanumeric() {
            if pending_separator && started {
                out[0] = Some(b'_');
            }
            out[1] = Some(if c.is_ascii() { c.to_ascii_uppercase() as u8 } else { b'?' });
            pending_separator = false;
            started = true;
        } else {
            pending_separator = true;
        }
        out.into_iter().flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_read_loosely() {
        let n = |s: &str| normalized(s).map(char::from).collect::<String>();
        assert_eq!(n("not found"), "NOT_FOUND");
        assert_eq!(n("  I'm a Teapot "), "IM_A_TEAPOT");
        assert_eq!(n("Non-Authoritative  Information"), "NON_AUTHORITATIVE_INFORMATION");
        assert_eq!(n("__ok__"), "OK");
        assert_eq!(n("nöt"), "N?T");
    }

    #[test]
    fn close_names_are_suggested_and_ambiguous_ones_are_not() {
        assert_eq!(closest("teapot"), Some(StatusCode::ImATeapot));
        assert_eq!(closest("NOT_FUOND"), Some(StatusCode::NotFound));
        assert_eq!(closest("gatway timeout"), Some(StatusCode::GatewayTimeout));
        assert_eq!(closest("timeout"), None, "408 and 504 both time out");
        assert_eq!(closest("zz"), None);
        assert_eq!(closest("completely unrelated words"), None);
    }
}
