//! Finding a member by name: enum names, older names and wire phrases, written loosely.

use core::str::FromStr;

use super::StatusCode;
use crate::error::InvalidStatusCode;

impl StatusCode {
    /// Looks up a member by its enum name, an older name or its wire phrase, ignoring case,
    /// spaces, hyphens and apostrophes: `"NOT_FOUND"`, `"not-found"`, `"Not Found"` and
    /// `"I'm a teapot"` all work.
    ///
    /// # Errors
    ///
    /// [`InvalidStatusCode`] of kind [`ErrorKind::UnknownName`](crate::ErrorKind::UnknownName) when nothing matches, with a
    /// [`suggestion`](InvalidStatusCode::suggestion) when a name is close.
    ///
    /// ```
    /// use http_status_catalog::StatusCode;
    /// assert_eq!(StatusCode::from_name("payload_too_large")?, StatusCode::ContentTooLarge);
    /// assert_eq!(StatusCode::from_name("I'm a teapot")?, StatusCode::ImATeapot);
    /// assert!(StatusCode::from_name("NOT_FUOND").is_err());
    /// # Ok::<(), http_status_catalog::InvalidStatusCode>(())
    /// ```
    pub fn from_name(name: &str) -> Result<StatusCode, InvalidStatusCode> {
        find(name).ok_or_else(|| {
            InvalidStatusCode::unknown_name(name, closest(name).map(|s| (s.as_u16(), s.name())))
        })
    }
}

/// Parses a number (`"404"`) or a name (see [`StatusCode::from_name`]).
impl FromStr for StatusCode {
    type Err = InvalidStatusCode;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
            return match s.parse::<u16>() {
                Ok(code) => StatusCode::from_u16(code),
                Err(_) => Err(InvalidStatusCode::huge_number(s)),
            };
        }
        StatusCode::from_name(s)
    }
}

impl TryFrom<&str> for StatusCode {
    type Error = InvalidStatusCode;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl InvalidStatusCode {
    /// The member whose name is closest to an unknown name, when one is close enough to have
    /// been meant (`teapot` → `IM_A_TEAPOT`, `NOT_FUOND` → `NOT_FOUND`).
    pub fn suggestion(&self) -> Option<StatusCode> {
        self.suggested.and_then(|(code, _)| StatusCode::from_u16(code).ok())
    }
}

/// Names longer than this are not looked at: no member's name is nearly this long.
const MAX_NAME_BYTES: usize = 64;

/// The member whose enum name or older name matches `input`, read loosely (see
/// [`StatusCode::from_name`]). Allocates nothing.
fn find(input: &str) -> Option<StatusCode> {
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
fn closest(input: &str) -> Option<StatusCode> {
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
