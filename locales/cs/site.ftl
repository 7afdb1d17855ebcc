# Words of the reference site that “httpstatus site” writes: an index per language (the status
# table with a table of contents), one page per status code, and a root page that lists the
# languages. Only the tools read this file. Keep { $variables } as they are. Enum names
# (NOT_FOUND), wire phrases, header names (Location) and the example exchanges are never
# translated and are not in this file.
# Czech: labels as in docs.ftl and cli.ftl (sentence case, no colon); sentences in the neutral
# register of status.ftl; quotation marks „…“.

## On every page

# The button at the top of every page that opens the list of languages (each listed in its
# own language).
site-languages = Jazyky
# A link for keyboard users, first on every page and shown only when it has the focus: it
# skips the header and the language list.
site-skip = Přejít na obsah
# The title of a page in the browser's tab and in search results. { $page } is the page's own
# title ("404 Nenalezeno"), { $site } the name of the site ("Stavové kódy HTTP").
# Czech: the spaced en dash, the Czech dash (as in cli-reference-value).
site-page-title = { $page } – { $site }
# The last line of every page.
site-footer = Vygenerováno z lokalizačních souborů projektu http-status-catalog. Názvy ve výčtu, stavová hlášení a ukázky komunikace zůstávají v podobě, v jaké je zapisuje HTTP.

## The index of a language: the status table, grouped by class

# The heading of the table of contents, which lists the five classes.
site-contents = Obsah
# After a class in the table of contents: { $count } is how many codes it has.
# Czech: one (1), few (2–4), many (decimals: 1,5 kódu), other (0, 5+).
site-class-count = { $count ->
        [one] { $count } kód
        [few] { $count } kódy
        [many] { $count } kódu
       *[other] { $count } kódů
    }

## The page of one status code

# The link back to the index, at the top of the page.
site-all-codes = Všechny stavové kódy
# The heading above what an error page tells a visitor who is not a developer, and the action
# it suggests (client and server errors only). The technical description follows the box.
site-visitor = Sdělení pro návštěvníka
# Labels in the list of facts about a code, each followed by its value.
site-label-class = Třída
# Where the code stands in its life: standard, experimental, deprecated and so on.
site-label-lifecycle = Stav
site-label-name = Název ve výčtu
# Names the code had in earlier specifications or libraries (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Starší názvy
# The English text that follows the code in a response's status line ("Not Found").
site-label-phrase = Stavové hlášení
# The specification sections that define the code, each linked.
site-label-references = Definováno v
site-label-caching = Ukládání do mezipaměti
site-label-content = Obsah
# The value of "Caching" for a code that caches may store without being told (RFC 9110
# calls it heuristically cacheable).
site-cacheable-yes = Ve výchozím nastavení lze uložit do mezipaměti: mezipaměť může tuto odpověď uchovat a znovu použít, i když její hlavičky o aktuálnosti nic neříkají.
# The value of "Caching" for the other codes.
site-cacheable-no = Ve výchozím nastavení se do mezipaměti neukládá: mezipaměť tuto odpověď uchová, jen pokud to její hlavičky povolují.
# The value of "Content" for a code whose response never has content (1xx, 204, 205, 304).
site-no-content-yes = Nikdy nemá obsah: odpověď končí svými hlavičkami.
# The value of "Content" for the other codes.
site-no-content-no = Může mít obsah, například stránku, která stav vysvětluje.
# The heading above an example of a request and its response.
site-example = Ukázka komunikace
# Below the example.
site-example-note = Požadavek, po něm stavový řádek a ty hlavičky odpovědi, které jsou pro tento kód podstatné. Obsah zpráv je vynechán.
# The name of the links to the previous and the next code at the end of the page, for screen
# readers.
site-neighbours = Předchozí a následující kód

## The root page, which lists every language

# Its heading, shown in English and followed by the list of languages, each in its own
# language.
site-root-heading = Vyberte jazyk
