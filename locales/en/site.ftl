# Words of the reference site that “httpstatus site” writes: an index per language (the status
# table with a table of contents), one page per status code, and a root page that lists the
# languages. Only the tools read this file. Keep { $variables } as they are. Enum names
# (NOT_FOUND), wire phrases, header names (Location) and the example exchanges are never
# translated and are not in this file.

## On every page

# The button at the top of every page that opens the list of languages (each listed in its
# own language).
site-languages = Languages
# A link for keyboard users, first on every page and shown only when it has the focus: it
# skips the header and the language list.
site-skip = Skip to the content
# The title of a page in the browser's tab and in search results. { $page } is the page's own
# title ("404 Not Found"), { $site } the name of the site ("HTTP status codes").
site-page-title = { $page } — { $site }
# The last line of every page.
site-footer = Generated from the locale files of http-status-catalog. Enum names, wire phrases and example exchanges stay as HTTP writes them.

## The index of a language: the status table, grouped by class

# The heading of the table of contents, which lists the five classes.
site-contents = Contents
# After a class in the table of contents: { $count } is how many codes it has (give every
# plural form).
site-class-count = { $count ->
        [one] { $count } code
       *[other] { $count } codes
    }

## The page of one status code

# The link back to the index, at the top of the page.
site-all-codes = All status codes
# The heading above what an error page tells a visitor who is not a developer, and the action
# it suggests (client and server errors only). The technical description follows the box.
site-visitor = What a visitor is told
# Labels in the list of facts about a code, each followed by its value.
site-label-class = Class
# Where the code stands in its life: standard, experimental, deprecated and so on.
site-label-lifecycle = Status
site-label-name = Enum name
# Names the code had in earlier specifications or libraries (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Older names
# The English text that follows the code in a response's status line ("Not Found").
site-label-phrase = Reason phrase
# The specification sections that define the code, each linked.
site-label-references = Defined in
site-label-caching = Caching
site-label-content = Content
# The value of "Caching" for a code that caches may store without being told (RFC 9110
# calls it heuristically cacheable).
site-cacheable-yes = Cacheable by default: a cache may store this response and reuse it even when its headers say nothing about freshness.
# The value of "Caching" for the other codes.
site-cacheable-no = Not cacheable by default: a cache stores this response only when its headers allow it.
# The value of "Content" for a code whose response never has content (1xx, 204, 205, 304).
site-no-content-yes = Never has content: the response ends with its headers.
# The value of "Content" for the other codes.
site-no-content-no = May have content, such as a page that explains the status.
# The heading above an example of a request and its response.
site-example = Example exchange
# Below the example.
site-example-note = A request, then the status line and the headers of the response that matter for this code. Message content is left out.
# The name of the links to the previous and the next code at the end of the page, for screen
# readers.
site-neighbours = Previous and next codes

## The root page, which lists every language

# Its heading, shown in English and followed by the list of languages, each in its own
# language.
site-root-heading = Choose a language
