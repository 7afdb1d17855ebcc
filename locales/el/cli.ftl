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
