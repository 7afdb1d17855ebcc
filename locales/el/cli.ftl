# Words of the httpstatus command-line tool. Only the tool reads this file.
# Keep { $variables } as they are; Fluent chooses the plural form from the number, so give
# every form your language needs (https://projectfluent.org/fluent/guide/selectors.html).
# Greek has the CLDR categories one and other.

## Labels of a described code: "Κατηγορία: 4xx (Σφάλμα πελάτη)".

cli-label-class = Κατηγορία
cli-label-name = Όνομα
cli-label-aliases = Άλλα ονόματα
cli-label-phrase = Φράση κατάστασης
cli-label-lifecycle = Κατάσταση
cli-label-references = Ορίζεται στο
cli-label-locale = Γλώσσα
cli-label-cacheable = Αποθηκεύεται στην κρυφή μνήμη από προεπιλογή
cli-label-no-content = Δεν έχει ποτέ περιεχόμενο
cli-yes = ναι
cli-no = όχι
# The class after its label: "4xx (Σφάλμα πελάτη)". { $class } is like 4xx, { $title } the
# class's name.
cli-class-value = { $class } ({ $title })
# A specification reference after its label: "RFC 9110, ενότητα 15.5.5 — Σημασιολογία του HTTP".
# { $citation } is the citation, { $title } the specification's title. Greek uses the spaced em dash too.
cli-reference-value = { $citation } — { $title }
# Shown under a code that is not registered, such as 299.
cli-unregistered = Μη καταχωρισμένος κωδικός κατάστασης: περιγράφεται με βάση την κατηγορία του, όπως ορίζει το RFC 9110.
# Shown under 306, which the registry keeps reserved.
cli-reserved = Δεσμευμένος στο μητρώο και εκτός χρήσης πλέον: περιγράφεται με βάση την κατηγορία του, όπως ορίζει το RFC 9110.

## Listing a class: "httpstatus 4xx". { $class } is "4xx", { $title } the class's name.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } καταχωρισμένος κωδικός
       *[other] { $count } καταχωρισμένοι κωδικοί
    }

## Mistakes in the command line. { $input } is what was typed.

cli-error-out-of-range = Το { $input } δεν είναι κωδικός κατάστασης HTTP: οι κωδικοί κυμαίνονται από 100 έως 599.
cli-error-unknown-name = Το «{ $input }» δεν είναι ούτε κωδικός κατάστασης ούτε γνωστό όνομα κατάστασης.
# The same error when a name is close to what was typed: { $name } is like NOT_FOUND.
# The Greek question mark is «;».
cli-error-unknown-name-did-you-mean = Το «{ $input }» δεν είναι ούτε κωδικός κατάστασης ούτε γνωστό όνομα κατάστασης. Μήπως εννοούσατε το { $name };
cli-error-bad-tag = Το «{ $tag }» δεν είναι ετικέτα γλώσσας· γράψτε μία όπως en, ru ή pt-BR.
# { $requested } is the tag asked for; { $chosen } is the locale used instead, { $name } its name.
cli-warning-no-locale = Καμία γλωσσική έκδοση δεν αντιστοιχεί στο αιτούμενο «{ $requested }»· χρησιμοποιείται η έκδοση { $chosen } ({ $name }).
cli-error-no-folder = Το { $path } δεν είναι φάκελος με φακέλους γλωσσικών εκδόσεων.
cli-error-no-locale = Δεν υπάρχει στον δίσκο φάκελος γλωσσικής έκδοσης { $tag } στη διαδρομή { $path }.
cli-error-not-a-tag = Το «{ $tag }» δεν είναι ετικέτα γλώσσας σε κανονική μορφή· γράψτε την όπως το pt-BR.
cli-error-exists = Η διαδρομή { $path } περιέχει ήδη αρχεία· χρησιμοποιήστε την επιλογή --force για να τα αντικαταστήσετε.
# { $error } is the operating system's message, usually in English.
cli-error-io = Δεν είναι δυνατή η εγγραφή στη διαδρομή { $path }: { $error }

## Loading locale folders from disk (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } προειδοποίηση
       *[other] { $count } προειδοποιήσεις
    } στη διαδρομή { $path }· η εντολή «httpstatus check» τις παραθέτει.

## httpstatus check

# One line per locale: "ru: μεταφρασμένα 187/187, ελλείποντα 0, μη ενημερωμένα 0".
# The counts follow plural labels, so no plural selector is needed.
cli-check-locale = { $tag }: μεταφρασμένα { $translated }/{ $total }, ελλείποντα { $missing }, μη ενημερωμένα { $stale }
# The last line: "0 σφάλματα, 2 προειδοποιήσεις σε 30 γλωσσικές εκδόσεις".
cli-check-summary = { $errors ->
        [one] { $errors } σφάλμα
       *[other] { $errors } σφάλματα
    }, { $warnings ->
        [one] { $warnings } προειδοποίηση
       *[other] { $warnings } προειδοποιήσεις
    } σε { $locales ->
        [one] { $locales } γλωσσική έκδοση
       *[other] { $locales } γλωσσικές εκδόσεις
    }
cli-check-recorded = Το τρέχον αγγλικό κείμενο της έκδοσης { $tag } καταγράφηκε στο αρχείο { $path }.

## httpstatus locales: the state of each locale (γλωσσική έκδοση, feminine).

cli-locale-current = πλήρης, ενημερωμένη
cli-locale-stale = πλήρης, μη ενημερωμένα { $stale }
cli-locale-partial = μερική: ελλείποντα { $missing }, μη ενημερωμένα { $stale }
cli-locale-pseudo = ψευδογλωσσική έκδοση, παραγόμενη από τα αγγλικά
cli-locale-from-disk = (από τον δίσκο)

## httpstatus template

cli-template-wrote = Γράφτηκε: { $path }
cli-template-next = Επόμενο βήμα: μεταφράστε και μετά εκτελέστε «httpstatus check --locales-dir { $path } --update-source { $tag }».

## httpstatus docs --out-dir: progress, one line per file.

cli-docs-written = [{ $done }/{ $total }] { $path } γράφτηκε
cli-docs-unchanged = [{ $done }/{ $total }] { $path } αμετάβλητο

## httpstatus site

# After writing the site: "1985 αρχεία για 30 γλώσσες στον φάκελο site/". { $files } is the
# number of files and { $languages } the number of languages (every plural form of both),
# { $path } the output folder.
cli-site-written = { $files ->
        [one] { $files } αρχείο
       *[other] { $files } αρχεία
    } για { $languages ->
        [one] { $languages } γλώσσα
       *[other] { $languages } γλώσσες
    } στον φάκελο { $path }
# Shown after the line above when no --base-url was given. Keep --base-url and sitemap.xml.
cli-site-no-sitemap = Δεν δημιουργήθηκε sitemap.xml: ένας χάρτης ιστότοπου χρειάζεται απόλυτες διευθύνσεις· δώστε την επιλογή --base-url για να δημιουργηθεί.
# { $url } is what was given after --base-url.
cli-error-base-url = Το «{ $url }» δεν είναι βασική διεύθυνση URL: δώστε μια διεύθυνση http ή https χωρίς συμβολοσειρά ερωτήματος, όπως https://example.org/http/.

## httpstatus pages: static error pages and server snippets for reverse proxies.

# Progress, one line per locale: "[3/30] ru: 80 σελίδες". { $done } and { $total } count the
# locales, { $tag } is a language tag, { $count } the number of pages (every plural form).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } σελίδα
       *[other] { $count } σελίδες
    }
# The last line of httpstatus pages: { $written } files written, { $unchanged } files left as
# they were (both with every plural form: the participle and the adjective agree with the
# number), { $path } the output folder.
cli-pages-done = { $written ->
        [one] { $written } αρχείο γράφτηκε
       *[other] { $written } αρχεία γράφτηκαν
    }, { $unchanged ->
        [one] { $unchanged } αμετάβλητο
       *[other] { $unchanged } αμετάβλητα
    } στον φάκελο { $path }.
# Shown before the last line when an earlier run into the same folder wrote pages (or server
# files) that this run no longer writes, because fewer codes, locales or formats were asked
# for: { $count } files were deleted (every plural form: the verb agrees with the number).
cli-pages-removed = { $count ->
        [one] Διαγράφηκε { $count } αρχείο που είχε γράψει μια προηγούμενη εκτέλεση και δεν το γράφει πλέον η τρέχουσα.
       *[other] Διαγράφηκαν { $count } αρχεία που είχε γράψει μια προηγούμενη εκτέλεση και δεν τα γράφει πλέον η τρέχουσα.
    }
# One line per server configuration file written, telling the operator to include it;
# { $path } is the file.
cli-pages-snippet = Συμπεριλάβετε στις ρυθμίσεις: { $path }
# { $tag } was named in --locales and the catalog has no such locale. Keep “httpstatus locales”.
cli-error-pages-locale = Καμία γλωσσική έκδοση δεν αντιστοιχεί στο «{ $tag }»· η εντολή «httpstatus locales» τις παραθέτει.
# { $input } is a value of --codes that is neither an error code nor 4xx or 5xx. Keep the
# numbers 400 and 599, and 4xx and 5xx, as they are.
cli-error-pages-code = Το «{ $input }» δεν είναι κωδικός σφάλματος: δώστε κωδικούς από 400 έως 599, 4xx ή 5xx.
# { $input } is a value of --format that is neither html nor json. Keep html and json.
cli-error-pages-format = Το «{ $input }» δεν είναι μορφή σελίδων: δώστε html, json ή και τα δύο.
# { $path }, the folder the server configuration would name, holds characters that
# configuration files cannot hold, or is not absolute. Keep --install-dir. The ASCII semicolon
# is named with its sign, since in Greek it is also the question mark.
cli-error-pages-install-dir = Η διαδρομή { $path } δεν μπορεί να γραφτεί σε αρχείο ρυθμίσεων διακομιστή: δώστε με την επιλογή --install-dir μια απόλυτη διαδρομή χωρίς εισαγωγικά, άγκιστρα, ερωτηματικά (;) ή σύμβολα δολαρίου.

## httpstatus serve: the error-page server.

# The start line of httpstatus serve, on stderr. { $address } is like 127.0.0.1:8080; keep
# “http://{ $address }” in one piece, scripts read it. { $locales } is the number of languages.
cli-serve-listening = Οι σελίδες σφάλματος διατίθενται στο http://{ $address } σε { $locales ->
        [one] { $locales } γλώσσα
       *[other] { $locales } γλώσσες
    }· το /healthz απαντά στους ελέγχους κατάστασης.
# After SIGTERM or Ctrl-C.
cli-serve-stopping = Τερματισμός: ολοκληρώνονται τα αιτήματα που βρίσκονται σε εξέλιξη.
# { $address }, given after --listen, is not an address. Keep the example addresses and their
# numbers as they are.
cli-error-serve-listen = Το «{ $address }» δεν είναι διεύθυνση ακρόασης· γράψτε την όπως 127.0.0.1:8080 ή [::1]:8080.
# { $address } could not be listened on; { $error } is the operating system's message, usually
# in English.
cli-error-serve-bind = Δεν είναι δυνατή η ακρόαση στη διεύθυνση { $address }: { $error }
