# Words of the reference site that “httpstatus site” writes: an index per language (the status
# table with a table of contents), one page per status code, and a root page that lists the
# languages. Only the tools read this file. Keep { $variables } as they are. Enum names
# (NOT_FOUND), wire phrases, header names (Location) and the example exchanges are never
# translated and are not in this file.
# Greek: labels as in docs.ftl and cli.ftl (sentence case, no colon); sentences in the neutral
# register of status.ftl, monotonic, ano teleia «·» for the semicolon, quotation marks «…».

## On every page

# The button at the top of every page that opens the list of languages (each listed in its
# own language).
site-languages = Γλώσσες
# A link for keyboard users, first on every page and shown only when it has the focus: it
# skips the header and the language list. A noun phrase like page-home-link.
site-skip = Μετάβαση στο περιεχόμενο
# The title of a page in the browser's tab and in search results. { $page } is the page's own
# title ("404 Δεν βρέθηκε"), { $site } the name of the site ("Κωδικοί κατάστασης HTTP").
# Greek: the spaced em dash, as in cli-reference-value.
site-page-title = { $page } — { $site }
# The last line of every page.
site-footer = Δημιουργήθηκε από τα αρχεία γλωσσών του http-status-catalog. Τα ονόματα απαρίθμησης, οι φράσεις κατάστασης και τα παραδείγματα ανταλλαγής μηνυμάτων παραμένουν όπως τα γράφει το HTTP.

## The index of a language: the status table, grouped by class

# The heading of the table of contents, which lists the five classes.
site-contents = Περιεχόμενα
# After a class in the table of contents: { $count } is how many codes it has.
# Greek has the CLDR categories one and other.
site-class-count = { $count ->
        [one] { $count } κωδικός
       *[other] { $count } κωδικοί
    }

## The page of one status code

# The link back to the index, at the top of the page.
site-all-codes = Όλοι οι κωδικοί κατάστασης
# The heading above what an error page tells a visitor who is not a developer, and the action
# it suggests (client and server errors only). The technical description follows the box.
site-visitor = Μήνυμα προς τον επισκέπτη
# Labels in the list of facts about a code, each followed by its value.
site-label-class = Κατηγορία
# Where the code stands in its life: standard, experimental, deprecated and so on.
site-label-lifecycle = Κατάσταση
site-label-name = Όνομα απαρίθμησης
# Names the code had in earlier specifications or libraries (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Παλαιότερα ονόματα
# The English text that follows the code in a response's status line ("Not Found").
site-label-phrase = Φράση κατάστασης
# The specification sections that define the code, each linked.
site-label-references = Ορίζεται στο
site-label-caching = Αποθήκευση στην κρυφή μνήμη
site-label-content = Περιεχόμενο
# The value of "Caching" for a code that caches may store without being told (RFC 9110
# calls it heuristically cacheable).
site-cacheable-yes = Από προεπιλογή επιτρέπεται η αποθήκευση στην κρυφή μνήμη: μια κρυφή μνήμη μπορεί να κρατήσει αυτή την απόκριση και να την ξαναχρησιμοποιήσει, ακόμη κι αν οι κεφαλίδες της δεν λένε τίποτα για την επικαιρότητά της.
# The value of "Caching" for the other codes.
site-cacheable-no = Από προεπιλογή δεν αποθηκεύεται στην κρυφή μνήμη: μια κρυφή μνήμη κρατά αυτή την απόκριση μόνο όταν το επιτρέπουν οι κεφαλίδες της.
# The value of "Content" for a code whose response never has content (1xx, 204, 205, 304).
site-no-content-yes = Δεν έχει ποτέ περιεχόμενο: η απόκριση τελειώνει με τις κεφαλίδες της.
# The value of "Content" for the other codes.
site-no-content-no = Μπορεί να έχει περιεχόμενο, όπως μια σελίδα που εξηγεί την κατάσταση.
# The heading above an example of a request and its response.
site-example = Παράδειγμα ανταλλαγής μηνυμάτων
# Below the example.
site-example-note = Ένα αίτημα, έπειτα η γραμμή κατάστασης και όσες κεφαλίδες της απόκρισης έχουν σημασία για αυτόν τον κωδικό. Το περιεχόμενο των μηνυμάτων παραλείπεται.
# The name of the links to the previous and the next code at the end of the page, for screen
# readers.
site-neighbours = Προηγούμενος και επόμενος κωδικός

## The root page, which lists every language

# Its heading, shown before a language is chosen and followed by the list of languages, each
# in its own language; also used on the language's own pages.
site-root-heading = Επιλέξτε γλώσσα
