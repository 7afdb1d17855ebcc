//! The pages of the site, each rendered from its template; every catalog string is escaped by
//! the template engine.

use std::sync::LazyLock;

use minijinja::value::{Serde, Value};
use minijinja::{context, Environment};
use serde::Serialize;

use super::exchanges;
use super::SiteFile;
use crate::catalog::keys::Message;
use crate::catalog::locale::{Locale, ROOT};
use crate::class::StatusClass;
use crate::render::html::{fragment, label_parts, list_separator, TABLE_CSS};
use crate::render::{DocsTable, Piece, Run};
use crate::status::StatusCode;
use crate::tools::{MessageArg, Messages, Translations};

static ENVIRONMENT: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut env = crate::markup::environment();
    for (name, source) in [
        ("layout.html", include_str!("templates/layout.html")),
        ("index.html", include_str!("templates/index.html")),
        ("code.html", include_str!("templates/code.html")),
        ("root.html", include_str!("templates/root.html")),
        // A word of the site, in a span that names its language when it is a fallback's.
        (
            "word.html",
            "{% if lang %}<span lang=\"{{ lang }}\" dir=\"{{ dir }}\">{{ text }}</span>\
             {% else %}{{ text }}{% endif %}",
        ),
    ] {
        env.add_template(name, source).expect("the built-in site templates parse");
    }
    env
});

/// Renders a built-in template. With plain strings as values, only a broken template fails,
/// which every test of the site would show.
fn render(name: &str, ctx: Value) -> String {
    ENVIRONMENT
        .get_template(name)
        .and_then(|t| t.render(ctx))
        .expect("the built-in site templates render")
}

/// A word of the site in a page's language: when its locale has no translation yet, the text
/// of the fallback that answered, marked with that language and its direction.
#[derive(Serialize)]
struct Word {
    text: String,
    lang: Option<String>,
    dir: Option<&'static str>,
}

/// The site's words for the pages of one locale.
struct Words<'t> {
    messages: Messages<'t>,
    page: Locale<'t>,
    translations: &'t Translations,
}

impl<'t> Words<'t> {
    fn new(translations: &'t Translations, page: Locale<'t>) -> Words<'t> {
        Words { messages: translations.messages(page), page, translations }
    }

    fn get(&self, id: &str) -> Value {
        self.format(id, &[])
    }

    /// The word as HTML: its text, in a span with `lang` and `dir` when it is a fallback's.
    fn format(&self, id: &str, args: &[(&str, MessageArg<'_>)]) -> Value {
        Value::from_safe_string(render("word.html", Value::from(Serde(self.word(id, args)))))
    }

    /// The word as plain text, for an attribute.
    fn text(&self, id: &str) -> String {
        self.word(id, &[]).text
    }

    fn word(&self, id: &str, args: &[(&str, MessageArg<'_>)]) -> Word {
        let (text, language) = self.messages.format_with_language(id, args);
        if language == self.page.id() {
            return Word { text, lang: None, dir: None };
        }
        let dir =
            self.translations.catalog().get(language).map_or("ltr", |l| l.direction().as_str());
        Word { text, lang: Some(language.to_string()), dir: Some(dir) }
    }
}

/// A language in the language list, or an alternate of a page.
#[derive(Serialize)]
struct Language {
    tag: String,
    name: String,
    dir: &'static str,
    href: String,
    current: bool,
    caption: String,
}

fn languages(
    locales: &[Locale<'_>],
    current: Option<Locale<'_>>,
    href: impl Fn(&str) -> String,
) -> Vec<Language> {
    locales
        .iter()
        .map(|&l| {
            let tag = l.to_string();
            Language {
                href: href(&tag),
                name: l.name().to_string(),
                dir: l.direction().as_str(),
                current: current == Some(l),
                caption: l.message(Message::DocsCaption).to_string(),
                tag,
            }
        })
        .collect()
}

/// Every file: the stylesheet, the root page and its variants, each language's pages, and
/// the sitemap when the base URL is known.
pub(super) fn all(
    translations: &Translations,
    locales: &[Locale<'_>],
    base_url: Option<&str>,
) -> Vec<SiteFile> {
    let mut files = vec![SiteFile::new(
        "style.css",
        format!("{}\n{TABLE_CSS}", include_str!("templates/site.css")),
    )];
    files.extend(root_pages(translations, locales));
    for &locale in locales {
        let words = Words::new(translations, locale);
        files.push(SiteFile::new(format!("{locale}/index.html"), index(locale, locales, &words)));
        for (i, &status) in StatusCode::ALL.iter().enumerate() {
            let previous = i.checked_sub(1).and_then(|j| StatusCode::ALL.get(j)).copied();
            let next = StatusCode::ALL.get(i + 1).copied();
            let page = code_page(locale, locales, &words, status, (previous, next));
            files.push(SiteFile::new(format!("{locale}/{}.html", status.as_u16()), page));
        }
    }
    if let Some(base) = base_url {
        files.push(SiteFile::new("sitemap.xml", sitemap(base, locales)));
    }
    files
}

/// The frame of a language's page around its `main` content.
fn layout(
    locale: Locale<'_>,
    locales: &[Locale<'_>],
    words: &Words<'_>,
    file: &str,
    page_title: &str,
    summary: &str,
    main: String,
) -> String {
    let site_name = locale.message(Message::DocsCaption);
    // The index is the site's own page: its title is the site's name, once. The tab's title
    // cannot mark a language of its own: its text is all it has.
    let title = if page_title == site_name {
        site_name.to_string()
    } else {
        let args = [("page", MessageArg::from(page_title)), ("site", MessageArg::from(site_name))];
        words.word("site-page-title", &args).text
    };
    let mut alternates = languages(locales, None, |tag| format!("../{tag}/{file}"));
    alternates.push(Language {
        tag: "x-default".to_string(),
        href: format!("../{ROOT}/{file}"),
        name: String::new(),
        dir: "ltr",
        current: false,
        caption: String::new(),
    });
    render(
        "layout.html",
        context! {
            lang => locale.to_string(),
            dir => locale.direction().as_str(),
            title => title,
            summary => summary,
            alternates => Serde(&alternates),
            skip => words.get("site-skip"),
            site_name => site_name,
            languages_label => words.get("site-languages"),
            languages => Serde(&languages(locales, Some(locale), |tag| format!("../{tag}/{file}"))),
            footer => words.get("site-footer"),
            main => Value::from_safe_string(main),
        },
    )
}

/// A language's index: the table of contents, then the status table, whose codes link to
/// their pages.
fn index(locale: Locale<'_>, locales: &[Locale<'_>], words: &Words<'_>) -> String {
    let table = DocsTable::new(locale);
    let classes: Vec<Value> = StatusClass::ALL
        .iter()
        .map(|&class| {
            let count = StatusCode::ALL.iter().filter(|s| s.class() == class).count();
            context! {
                class => class.as_str(),
                title => locale.class_title(class),
                count => words.format("site-class-count", &[("count", MessageArg::from(count))]),
            }
        })
        .collect();
    let caption = locale.message(Message::DocsCaption);
    let intro = locale.message(Message::DocsIntro);
    let main = render(
        "index.html",
        context! {
            caption => caption,
            intro => intro,
            contents => words.get("site-contents"),
            label => label_parts(locale),
            classes => classes,
            table => Value::from_safe_string(fragment(&table, true)),
        },
    );
    layout(locale, locales, words, "index.html", caption, intro, main)
}

#[derive(Serialize)]
struct Neighbour {
    code: u16,
    title: String,
}

#[derive(Serialize)]
struct Reference {
    url: Option<String>,
    runs: Vec<Run>,
}

/// The page of one code.
fn code_page(
    locale: Locale<'_>,
    locales: &[Locale<'_>],
    words: &Words<'_>,
    status: StatusCode,
    (previous, next): (Option<StatusCode>, Option<StatusCode>),
) -> String {
    let d = locale.describe(status);
    let neighbour = |s: Option<StatusCode>| {
        s.map(|s| Neighbour { code: s.as_u16(), title: locale.describe(s).title().to_string() })
    };
    let references: Vec<Reference> = status
        .references()
        .iter()
        .map(|&r| {
            let piece = Piece::reference(locale, r);
            Reference { url: piece.url, runs: piece.runs }
        })
        .collect();
    let labels = context! {
        class => words.get("site-label-class"),
        lifecycle => words.get("site-label-lifecycle"),
        name => words.get("site-label-name"),
        aliases => words.get("site-label-aliases"),
        phrase => words.get("site-label-phrase"),
        references => words.get("site-label-references"),
        caching => words.get("site-label-caching"),
        content => words.get("site-label-content"),
    };
    let caching = if status.is_heuristically_cacheable() {
        "site-cacheable-yes"
    } else {
        "site-cacheable-no"
    };
    let content =
        if status.has_no_content() { "site-no-content-yes" } else { "site-no-content-no" };
    let main = render(
        "code.html",
        context! {
            all_codes => words.get("site-all-codes"),
            label => label_parts(locale),
            list_separator => list_separator(locale),
            code => status.as_u16(),
            class => status.class().as_str(),
            class_title => d.class_title(),
            title => d.title(),
            visitor_heading => words.get("site-visitor"),
            visitor => d.visitor_text(),
            visitor_action => d.visitor_action(),
            description => d.description(),
            labels => labels,
            lifecycle => locale.lifecycle_name(status.lifecycle()),
            name => status.name(),
            aliases => status.aliases().to_vec(),
            phrase => status.phrase(),
            references => Serde(&references),
            caching => words.get(caching),
            content => words.get(content),
            example_heading => words.get("site-example"),
            example => exchanges::example(status),
            example_note => words.get("site-example-note"),
            neighbours_text => words.text("site-neighbours"),
            previous => Serde(neighbour(previous)),
            next => Serde(neighbour(next)),
        },
    );
    let page_title = format!("{} {}", status.as_u16(), d.title());
    let file = format!("{}.html", status.as_u16());
    layout(locale, locales, words, &file, &page_title, d.description(), main)
}

/// The root page (`index.html`, in English, a plain list of the languages) and, for servers
/// that negotiate, one variant per language that sends the browser on to its language, with
/// the Apache type map that chooses among them.
fn root_pages(translations: &Translations, locales: &[Locale<'_>]) -> Vec<SiteFile> {
    let list = languages(locales, None, |tag| format!("{tag}/index.html"));
    let page = |locale: Locale<'_>, redirect: Option<String>| {
        let words = Words::new(translations, locale);
        render(
            "root.html",
            context! {
                lang => locale.to_string(),
                dir => locale.direction().as_str(),
                caption => locale.message(Message::DocsCaption),
                heading => words.get("site-root-heading"),
                redirect => redirect,
                languages => Serde(&list),
            },
        )
    };
    let root = translations.catalog().root();
    let mut files = vec![SiteFile::new("index.html", page(root, None))];
    let mut map = String::from(
        "# The root page by language (Apache mod_negotiation; .htaccess names this file).\n\
         URI: index\n",
    );
    for &locale in locales {
        let tag = locale.to_string();
        let file = format!("index.{tag}.html");
        map.push_str(&format!(
            "\nURI: {file}\nContent-Type: text/html; charset=utf-8\nContent-Language: {tag}\n"
        ));
        files.push(SiteFile::new(file, page(locale, Some(format!("{tag}/index.html")))));
    }
    // Without a language, the plain list: chosen when no language is acceptable.
    map.push_str("\nURI: index.html\nContent-Type: text/html; charset=utf-8\n");
    files.push(SiteFile::new("index.var", map));
    files.push(SiteFile::new(
        ".htaccess",
        "# Apache: answer the root with the page of the browser's language (mod_negotiation,\n\
         # no JavaScript). Needs AllowOverride FileInfo Indexes; elsewhere index.html lists\n\
         # the languages.\n\
         AddHandler type-map .var\n\
         DirectoryIndex index.var index.html\n"
            .to_string(),
    ));
    files
}

/// `sitemap.xml`: every page of every language, with absolute addresses.
fn sitemap(base: &str, locales: &[Locale<'_>]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    out.push_str(&format!("<url><loc>{base}</loc></url>\n"));
    for locale in locales {
        out.push_str(&format!("<url><loc>{base}{locale}/index.html</loc></url>\n"));
        for status in StatusCode::ALL {
            out.push_str(&format!(
                "<url><loc>{base}{locale}/{}.html</loc></url>\n",
                status.as_u16()
            ));
        }
    }
    out.push_str("</urlset>\n");
    out
}
