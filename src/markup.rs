//! HTML escaping, and the template environment that applies it, for every page this crate
//! writes.
//!
//! minijinja's own HTML escaping also writes `/` as `&#x2f;`, which no attribute or text of an
//! HTML document needs and which makes every address in a page's source hard to read. Here only
//! the characters that HTML gives meaning to are escaped: `&`, `<`, `>`, `"` and `'`.

use core::fmt;

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, Error, Output, State};

/// `text`, escaped for HTML text and quoted attribute values.
pub(crate) struct Escaped<'t>(pub(crate) &'t str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#x27;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}

/// A template environment whose HTML auto-escaping writes strings as [`Escaped`] does; every
/// other value, and every template that is not HTML, is written as minijinja writes it.
pub(crate) fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_formatter(format_value);
    env
}

fn format_value(out: &mut Output, state: &mut State, value: &Value) -> Result<(), Error> {
    match (state.auto_escape(), value.as_str()) {
        (AutoEscape::Html, Some(text)) if !value.is_safe() => {
            write!(out, "{}", Escaped(text)).map_err(Error::from)
        }
        _ => minijinja::escape_formatter(out, state, value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_html_gives_meaning_to_and_nothing_else() {
        let text = "a/b?c=d&e=<f> \"g\" 'h' ø";
        let expected = "a/b?c=d&amp;e=&lt;f&gt; &quot;g&quot; &#x27;h&#x27; ø";
        assert_eq!(Escaped(text).to_string(), expected);
        let mut env = environment();
        env.add_template("t.html", "{{ v }}|{{ v|safe }}|{{ n }}").unwrap();
        env.add_template("t.txt", "{{ v }}").unwrap();
        let ctx = minijinja::context! { v => text, n => 404 };
        let html = env.get_template("t.html").unwrap().render(&ctx).unwrap();
        assert_eq!(html, format!("{expected}|{text}|404"));
        let plain = env.get_template("t.txt").unwrap().render(&ctx).unwrap();
        assert_eq!(plain, text, "only HTML templates are escaped");
    }
}
