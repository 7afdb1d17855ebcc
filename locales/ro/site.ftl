# Words of the reference site that “httpstatus site” writes: an index per language (the status
# table with a table of contents), one page per status code, and a root page that lists the
# languages. Only the tools read this file. Keep { $variables } as they are. Enum names
# (NOT_FOUND), wire phrases, header names (Location) and the example exchanges are never
# translated and are not in this file.
# Romanian: labels as in docs.ftl and cli.ftl (sentence case, no colon); sentences in the
# neutral register of status.ftl; comma-below ș ț; quotation marks „…”.

## On every page

# The button at the top of every page that opens the list of languages (each listed in its
# own language).
site-languages = Limbi
# A link for keyboard users, first on every page and shown only when it has the focus: it
# skips the header and the language list.
site-skip = Salt la conținut
# The title of a page in the browser's tab and in search results. { $page } is the page's own
# title ("404 Negăsit"), { $site } the name of the site ("Coduri de stare HTTP").
# Romanian: the spaced en dash, as in cli-reference-value.
site-page-title = { $page } – { $site }
# The last line of every page.
site-footer = Generat din fișierele de localizare ale proiectului http-status-catalog. Numele din enumerare, mesajele de stare și exemplele de schimb de mesaje rămân așa cum le scrie HTTP.

## The index of a language: the status table, grouped by class

# The heading of the table of contents, which lists the five classes.
site-contents = Cuprins
# After a class in the table of contents: { $count } is how many codes it has.
# Romanian: one (1), few (0, 2–19, 101–119…), other (20 and up, with „de”).
site-class-count = { $count ->
        [one] { $count } cod
        [few] { $count } coduri
       *[other] { $count } de coduri
    }

## The page of one status code

# The link back to the index, at the top of the page.
site-all-codes = Toate codurile de stare
# The heading above what an error page tells a visitor who is not a developer, and the action
# it suggests (client and server errors only). The technical description follows the box.
site-visitor = Ce i se spune vizitatorului
# Labels in the list of facts about a code, each followed by its value.
site-label-class = Clasă
# Where the code stands in its life: standard, experimental, deprecated and so on.
site-label-lifecycle = Stare
site-label-name = Nume în enumerare
# Names the code had in earlier specifications or libraries (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Nume mai vechi
# The English text that follows the code in a response's status line ("Not Found").
site-label-phrase = Mesaj de stare
# The specification sections that define the code, each linked.
site-label-references = Definit în
site-label-caching = Stocare în memoria cache
site-label-content = Conținut
# The value of "Caching" for a code that caches may store without being told (RFC 9110
# calls it heuristically cacheable).
site-cacheable-yes = Poate fi stocat implicit în memoria cache: o memorie cache poate păstra acest răspuns și îl poate refolosi chiar dacă antetele sale nu spun nimic despre prospețime.
# The value of "Caching" for the other codes.
site-cacheable-no = Nu este stocat implicit în memoria cache: o memorie cache păstrează acest răspuns numai dacă antetele sale permit acest lucru.
# The value of "Content" for a code whose response never has content (1xx, 204, 205, 304).
site-no-content-yes = Nu are niciodată conținut: răspunsul se încheie cu antetele sale.
# The value of "Content" for the other codes.
site-no-content-no = Poate avea conținut, de exemplu o pagină care explică starea.
# The heading above an example of a request and its response.
site-example = Exemplu de schimb de mesaje
# Below the example.
site-example-note = O cerere, apoi linia de stare și antetele răspunsului care contează pentru acest cod. Conținutul mesajelor este omis.
# The name of the links to the previous and the next code at the end of the page, for screen
# readers.
site-neighbours = Codul anterior și codul următor

## The root page, which lists every language

# Its heading, shown before a language is chosen and followed by the list of languages, each
# in its own language; also used on the language's own pages.
site-root-heading = Alegeți limba
