//! The configuration files `httpstatus pages` writes next to the pages: Apache type maps and an
//! `ErrorDocument` include, nginx includes, a Caddy `handle_errors` block.
//!
//! These are configuration syntax, not words for people: the comments in them are written in
//! English like the directives they explain.

use std::collections::BTreeMap;
use std::fmt::Write;

use http_status_catalog::Locale;

use crate::pages::{page_name, Plan, PAGES};

/// The URL prefix under which Apache and nginx serve the pages internally.
const PREFIX: &str = "/httpstatus-errors/";
/// The URL prefix nginx uses for errors sent on to `httpstatus serve`.
const SERVE_PREFIX: &str = "/httpstatus-serve/";

/// The error codes Apache 2.4 can give an `ErrorDocument` (those of its status table):
/// 418, 425 and unregistered codes are not among them.
const APACHE_CODES: &[u16] = &[
    400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 421,
    422, 423, 424, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
];

/// Whether nginx's `error_page` takes `code`: it refuses 499, its own code for a client that
/// closed the connection.
fn nginx_takes(code: u16) -> bool {
    code != 499
}

/// The page language when the visitor names none the servers can match.
fn fallback<'c>(plan: &Plan<'c>) -> Locale<'c> {
    let english = plan.locales.iter().find(|l| l.id().language.as_str() == "en");
    *english.or(plan.locales.first()).expect("a plan has at least one locale")
}

/// `CODE.var`: one record per language and format, for Apache's `mod_negotiation`.
pub(crate) fn type_map(plan: &Plan<'_>, code: u16) -> String {
    let mut out = String::new();
    // The fallback language first: Apache takes the first of equally good variants.
    let first = fallback(plan);
    let ordered =
        std::iter::once(first).chain(plan.locales.iter().copied().filter(|l| *l != first));
    for locale in ordered {
        for &format in &plan.formats {
            let _ = writeln!(out, "URI: {}", page_name(code, locale, format));
            let _ = writeln!(out, "Content-Type: {}", format.type_map_line());
            let _ = writeln!(out, "Content-Language: {locale}");
            out.push('\n');
        }
    }
    out
}

/// `apache.conf`: the pages' folder, the type-map handler and one `ErrorDocument` per code.
pub(crate) fn apache(plan: &Plan<'_>) -> String {
    let dir = format!("{}/{PAGES}", plan.install_dir);
    let mut out = format!(
        "# Error pages in the visitor's language, made by `httpstatus pages`.\n\
         # Include in the server configuration or a <VirtualHost>. Needs mod_alias, mod_mime,\n\
         # mod_negotiation and mod_headers (`a2enmod headers` on Debian, which enables the\n\
         # others by default). mod_negotiation chooses the page from Accept-Language with its\n\
         # q-values, and HTML or problem details from Accept.\n\
         Alias {PREFIX} \"{dir}/\"\n\
         <Directory \"{dir}\">\n\
         \x20   Options None\n\
         \x20   AllowOverride None\n\
         \x20   Require all granted\n\
         \x20   AddHandler type-map .var\n\
         \x20   AddType \"text/html; charset=utf-8\" .html\n\
         \x20   AddType application/problem+json .json\n\
         \x20   LanguagePriority {}\n\
         \x20   ForceLanguagePriority Prefer Fallback\n\
         \x20   # mod_negotiation matches a regional range (de-CH) only to pages of that region,\n\
         \x20   # so a page in the bare language (de) would lose to \"fr;q=0.9\". Browsers add the\n\
         \x20   # bare language themselves; this does it for every client, at the same q-value.\n\
         \x20   RequestHeader edit* Accept-Language \"(^|,)\\s*([A-Za-z]{{1,8}})-[A-Za-z0-9-]+\\s*(;\\s*[qQ]\\s*=\\s*[0-9.]+)?\" \"$0, $2$3\"\n",
        fallback(plan)
    );
    for locale in &plan.locales {
        let _ = writeln!(out, "    AddLanguage {locale} .{locale}");
    }
    out.push_str("</Directory>\n");
    for code in &plan.codes {
        if APACHE_CODES.contains(code) {
            let _ = writeln!(out, "ErrorDocument {code} {PREFIX}{code}.var");
        } else {
            let _ = writeln!(out, "# {code}: Apache 2.4 takes no ErrorDocument for this code.");
        }
    }
    out
}

/// The nginx `map` patterns: each locale with a region or script by its full tag, then each
/// language by its best locale. Only the first language of the header is read.
fn language_patterns<'c>(plan: &Plan<'c>) -> Vec<(String, Locale<'c>)> {
    let mut full: BTreeMap<String, Locale<'c>> = BTreeMap::new();
    let mut bare: BTreeMap<String, Locale<'c>> = BTreeMap::new();
    for &locale in &plan.locales {
        let tag = locale.to_string().to_ascii_lowercase();
        let language = locale.id().language.as_str().to_ascii_lowercase();
        if tag != language {
            full.insert(tag, locale);
        }
        // The language alone goes to its locale without a region when there is one, else to
        // the first of its regional locales in catalog order.
        let better = bare.get(&language).is_none_or(|old| {
            old.to_string().len() > language.len() && locale.to_string().len() == language.len()
        });
        if better {
            bare.insert(language, locale);
        }
    }
    full.into_iter().chain(bare).collect()
}

/// `nginx-http.conf`: the `map` from `Accept-Language` to a page language, for the http block.
pub(crate) fn nginx_http(plan: &Plan<'_>) -> String {
    let mut out = String::from(
        "# Error pages in the visitor's language, made by `httpstatus pages`: include in the\n\
         # http block, and nginx-server.conf in each server block.\n\
         # nginx cannot negotiate: this map reads only the FIRST language of Accept-Language and\n\
         # ignores q-values (\"fr;q=0.1, de\" gives French). For full negotiation, send errors to\n\
         # `httpstatus serve` with nginx-serve.conf instead.\n\
         map $http_accept_language $httpstatus_lang {\n",
    );
    let _ = writeln!(out, "    default {};", fallback(plan));
    for (pattern, locale) in language_patterns(plan) {
        let _ = writeln!(out, "    ~*^{pattern}([^a-z]|$) {locale};");
    }
    out.push_str("}\n");
    out
}

/// `nginx-server.conf`: `error_page` for every code, and the internal location of the pages.
pub(crate) fn nginx_server(plan: &Plan<'_>) -> String {
    let dir = format!("{}/{PAGES}", plan.install_dir);
    let mut out = String::from(
        "# Error pages in the visitor's language, made by `httpstatus pages`: include in a server\n\
         # block, with nginx-http.conf in the http block. The status code stays the error's.\n\
         # Add `proxy_intercept_errors on;` where upstream errors should get these pages too.\n",
    );
    for code in plan.codes.iter().filter(|c| nginx_takes(**c)) {
        let _ = writeln!(out, "error_page {code} {PREFIX}{code}.$httpstatus_lang.html;");
    }
    let _ = write!(
        out,
        "location ^~ {PREFIX} {{\n\
         \x20   internal;\n\
         \x20   alias \"{dir}/\";\n\
         \x20   default_type \"text/html; charset=utf-8\";\n\
         \x20   types {{ }}\n\
         \x20   add_header Content-Language $httpstatus_lang always;\n\
         \x20   add_header Vary Accept-Language always;\n\
         \x20   add_header X-Content-Type-Options nosniff always;\n\
         }}\n"
    );
    out
}

/// `nginx-serve.conf`: every error sent on to `httpstatus serve`, which negotiates the
/// language with q-values and the format from `Accept`.
pub(crate) fn nginx_serve(plan: &Plan<'_>) -> String {
    let mut out = format!(
        "# Errors answered by `httpstatus serve --listen {address}`, made by `httpstatus pages`:\n\
         # include in a server block (instead of nginx-server.conf). The backend chooses the\n\
         # language from Accept-Language with q-values, HTML, problem details or text from\n\
         # Accept, and answers with the error's own status code.\n",
        address = plan.serve_address
    );
    for code in plan.codes.iter().filter(|c| nginx_takes(**c)) {
        let _ = writeln!(out, "error_page {code} {SERVE_PREFIX}{code};");
    }
    let _ = write!(
        out,
        "location ^~ {SERVE_PREFIX} {{\n\
         \x20   internal;\n\
         \x20   proxy_pass http://{address}/;\n\
         \x20   proxy_pass_request_body off;\n\
         \x20   proxy_set_header Content-Length \"\";\n\
         \x20   proxy_set_header X-Original-URI $request_uri;\n\
         \x20   proxy_set_header X-Request-ID $request_id;\n\
         \x20   proxy_intercept_errors off;\n\
         }}\n",
        address = plan.serve_address
    );
    out
}

/// `caddy.conf`: a `handle_errors` block for a site, with the same first-language map as nginx.
pub(crate) fn caddy(plan: &Plan<'_>) -> String {
    let dir = format!("{}/{PAGES}", plan.install_dir);
    let mut out = String::from(
        "# Error pages in the visitor's language, made by `httpstatus pages`: `import` this file\n\
         # inside a site block. Like nginx, Caddy reads only the first language of\n\
         # Accept-Language here and ignores q-values; `reverse_proxy` to `httpstatus serve` in\n\
         # handle_errors negotiates fully.\n\
         handle_errors {\n\
         \tmap {header.Accept-Language} {httpstatus_lang} {\n",
    );
    for (pattern, locale) in language_patterns(plan) {
        let _ = writeln!(out, "\t\t~(?i)^{pattern}([^a-z]|$) {locale}");
    }
    let _ = write!(
        out,
        "\t\tdefault {}\n\
         \t}}\n\
         \trewrite * /{{err.status_code}}.{{httpstatus_lang}}.html\n\
         \troot * \"{dir}\"\n\
         \theader Content-Language {{httpstatus_lang}}\n\
         \theader Vary Accept-Language\n\
         \theader X-Content-Type-Options nosniff\n\
         \tfile_server\n\
         }}\n",
        fallback(plan)
    );
    out
}
