//! Which representation a client wants, from its `Accept` header (RFC 9110, Section 12.5.1).

use http::header::{HeaderMap, ACCEPT};

use crate::negotiate::parse_qvalue;

/// The representations the layer writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Representation {
    /// The HTML page, for `text/html`.
    Html,
    /// RFC 9457 problem details, for `application/problem+json` or `application/json`.
    Problem,
    /// Plain text, for anything else.
    Text,
}

/// The most bytes of `Accept` headers read, and the most media ranges considered.
const MAX_BYTES: usize = 4096;
const MAX_RANGES: usize = 32;

/// The representation with the highest q-value among those the client names; ties go to the
/// earlier range. Without an `Accept` header, or when it names none of them, plain text.
pub(crate) fn representation(headers: &HeaderMap) -> Representation {
    let mut best: Option<(u16, Representation)> = None;
    let mut read = 0;
    let values = headers.get_all(ACCEPT).iter().filter_map(|v| v.to_str().ok());
    for range in values.flat_map(|v| v.split(',')).take(MAX_RANGES) {
        read += range.len() + 1;
        if read > MAX_BYTES {
            break;
        }
        let mut parts = range.split(';');
        let media = parts.next().unwrap_or("").trim();
        let wanted = if media.eq_ignore_ascii_case("text/html") {
            Representation::Html
        } else if media.eq_ignore_ascii_case("application/problem+json")
            || media.eq_ignore_ascii_case("application/json")
        {
            Representation::Problem
        } else {
            continue;
        };
        let mut quality = Some(1000);
        for param in parts {
            if let Some((name, value)) = param.split_once('=') {
                if name.trim().eq_ignore_ascii_case("q") {
                    quality = parse_qvalue(value.trim());
                }
            }
        }
        // A malformed q-value makes the range unusable; q=0 means "not this".
        let Some(quality) = quality.filter(|&q| q > 0) else { continue };
        if best.is_none_or(|(q, _)| quality > q) {
            best = Some((quality, wanted));
        }
    }
    best.map_or(Representation::Text, |(_, r)| r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn pick(accept: &[&str]) -> Representation {
        let mut headers = HeaderMap::new();
        for value in accept {
            headers.append(ACCEPT, HeaderValue::from_str(value).unwrap());
        }
        representation(&headers)
    }

    #[test]
    fn the_highest_q_value_wins() {
        assert_eq!(pick(&[]), Representation::Text);
        assert_eq!(pick(&["*/*"]), Representation::Text);
        assert_eq!(pick(&["text/html,application/xhtml+xml,*/*;q=0.8"]), Representation::Html);
        assert_eq!(pick(&["application/problem+json"]), Representation::Problem);
        assert_eq!(pick(&["application/json;q=0.9, text/html;q=0.5"]), Representation::Problem);
        assert_eq!(pick(&["text/html;q=0.5", "application/json;q=0.9"]), Representation::Problem);
        assert_eq!(pick(&["text/html;q=0, application/json;q=0.1"]), Representation::Problem);
        assert_eq!(pick(&["text/html;q=0"]), Representation::Text);
        assert_eq!(pick(&["text/html;q=2"]), Representation::Text, "a malformed q-value");
        assert_eq!(pick(&["TEXT/HTML"]), Representation::Html);
        assert_eq!(pick(&["application/json, text/html"]), Representation::Problem, "ties: first");
    }
}
