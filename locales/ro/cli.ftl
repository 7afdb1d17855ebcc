# Words of the httpstatus command-line tool. Only the tool reads this file.
# Keep { $variables } as they are; Fluent chooses the plural form from the number. Romanian
# needs three forms: one (1), few (0, 2–19, 101–119…) and other (20 and up, with „de”).

## Labels of a described code: „Clasă: 4xx (Eroare de client)”.

cli-label-class = Clasă
cli-label-name = Nume
cli-label-aliases = Alte nume
cli-label-phrase = Mesaj de stare
cli-label-lifecycle = Stare
cli-label-references = Definit în
cli-label-locale = Limbă
cli-label-cacheable = Poate fi stocat implicit în memoria cache
cli-label-no-content = Nu are niciodată conținut
cli-yes = da
cli-no = nu
# The class after its label: „4xx (Eroare de client)”. { $class } is like 4xx, { $title } the
# class's name.
cli-class-value = { $class } ({ $title })
# A specification reference after its label: „RFC 9110, secțiunea 15.5.5 – Semantica HTTP”.
# { $citation } is the citation, { $title } the specification's title. Romanian dash: spaced en dash.
cli-reference-value = { $citation } – { $title }
# Shown under a code that is not registered, such as 299.
cli-unregistered = Nu este un cod de stare înregistrat: este descris pe baza clasei sale, așa cum cere RFC 9110.
# Shown under 306, which the registry keeps reserved.
cli-reserved = Rezervat în registru și nu mai este folosit: este descris pe baza clasei sale, așa cum cere RFC 9110.

## Listing a class: „httpstatus 4xx”. { $class } is „4xx”, { $title } the class's name.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } cod înregistrat
        [few] { $count } coduri înregistrate
       *[other] { $count } de coduri înregistrate
    }

## Mistakes in the command line. { $input } is what was typed.

cli-error-out-of-range = { $input } nu este un cod de stare HTTP: codurile sunt cuprinse între 100 și 599.
cli-error-unknown-name = „{ $input }” nu este nici cod de stare, nici nume de stare cunoscut.
# The same error when a name is close to what was typed: { $name } is like NOT_FOUND.
cli-error-unknown-name-did-you-mean = „{ $input }” nu este nici cod de stare, nici nume de stare cunoscut. Ați vrut să spuneți { $name }?
cli-error-bad-tag = „{ $tag }” nu este o etichetă de limbă; scrieți una precum en, ru sau pt-BR.
# { $requested } is the tag asked for; { $chosen } is the locale used instead, { $name } its name.
cli-warning-no-locale = Nicio limbă nu corespunde cu „{ $requested }”; se folosește { $chosen } ({ $name }).
cli-error-no-folder = { $path } nu este un dosar care să conțină dosare de limbă.
cli-error-no-locale = Nu există pe disc niciun dosar de limbă { $tag } în { $path }.
cli-error-not-a-tag = „{ $tag }” nu este o etichetă de limbă în formă canonică; scrieți-o ca pt-BR.
cli-error-exists = { $path } conține deja fișiere; adăugați --force pentru a le suprascrie.
# { $error } is the operating system's message, usually in English.
cli-error-io = Nu se poate scrie { $path }: { $error }

## Loading locale folders from disk (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } avertisment
        [few] { $count } avertismente
       *[other] { $count } de avertismente
    } în { $path }; „httpstatus check” afișează lista.

## httpstatus check

# One line per locale: „ru: 187/187 traduse, 0 lipsă, 0 neactualizate”.
cli-check-locale = { $tag }: { $translated }/{ $total } { $translated ->
        [one] tradus
        [few] traduse
       *[other] traduse
    }, { $missing } lipsă, { $stale } { $stale ->
        [one] neactualizat
        [few] neactualizate
       *[other] neactualizate
    }
# The last line: „0 erori, 2 avertismente în 30 de limbi”.
cli-check-summary = { $errors ->
        [one] { $errors } eroare
        [few] { $errors } erori
       *[other] { $errors } de erori
    }, { $warnings ->
        [one] { $warnings } avertisment
        [few] { $warnings } avertismente
       *[other] { $warnings } de avertismente
    } în { $locales ->
        [one] { $locales } limbă
        [few] { $locales } limbi
       *[other] { $locales } de limbi
    }
cli-check-recorded = Textul englez actual pentru { $tag } a fost înregistrat în { $path }.

## httpstatus locales: the state of each locale.

cli-locale-current = completă, actualizată
cli-locale-stale = completă, { $stale ->
        [one] { $stale } mesaj neactualizat
        [few] { $stale } mesaje neactualizate
       *[other] { $stale } de mesaje neactualizate
    }
cli-locale-partial = parțială: { $missing } lipsă, { $stale } { $stale ->
        [one] neactualizat
        [few] neactualizate
       *[other] neactualizate
    }
cli-locale-pseudo = pseudolimbă, generată din engleză
cli-locale-from-disk = (de pe disc)

## httpstatus template

cli-template-wrote = S-a scris { $path }
cli-template-next = Pasul următor: traduceți, apoi rulați „httpstatus check --locales-dir { $path } --update-source { $tag }”.

## httpstatus docs --out-dir: progress, one line per file.

cli-docs-written = [{ $done }/{ $total }] { $path } scris
cli-docs-unchanged = [{ $done }/{ $total }] { $path } neschimbat

## httpstatus site

# After writing the site: „1985 de fișiere pentru 30 de limbi în site/”. { $files } is the
# number of files and { $languages } the number of languages (every plural form of both; only
# `other` takes „de”), { $path } the output folder.
cli-site-written = { $files ->
        [one] { $files } fișier
        [few] { $files } fișiere
       *[other] { $files } de fișiere
    } pentru { $languages ->
        [one] { $languages } limbă
        [few] { $languages } limbi
       *[other] { $languages } de limbi
    } în { $path }
# Shown after the line above when no --base-url was given. Keep --base-url and sitemap.xml.
cli-site-no-sitemap = Fără sitemap.xml: o hartă a site-ului are nevoie de adrese absolute; adăugați --base-url pentru a o genera.
# { $url } is what was given after --base-url.
cli-error-base-url = „{ $url }” nu este un URL de bază: scrieți o adresă http sau https fără șir de interogare, de exemplu https://example.org/http/.

## httpstatus pages: static error pages and server snippets for reverse proxies.

# Progress, one line per locale: „[3/30] ru: 80 de pagini”. { $done } and { $total } count the
# locales, { $tag } is a language tag, { $count } the number of pages (every plural form).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } pagină
        [few] { $count } pagini
       *[other] { $count } de pagini
    }
# The last line of httpstatus pages: { $written } files written, { $unchanged } files left as
# they were (both with every plural form, as in cli-check-locale), { $path } the output folder.
cli-pages-done = { $written ->
        [one] { $written } fișier scris
        [few] { $written } fișiere scrise
       *[other] { $written } de fișiere scrise
    }, { $unchanged } { $unchanged ->
        [one] neschimbat
        [few] neschimbate
       *[other] neschimbate
    } în { $path }.
# Shown before the last line when an earlier run into the same folder wrote pages (or server
# files) that this run no longer writes, because fewer codes, locales or formats were asked
# for: { $count } files were deleted (every plural form, as in cli-pages-done).
cli-pages-removed = { $count ->
        [one] A fost șters { $count } fișier scris de o rulare anterioară, pe care rularea curentă nu îl mai scrie.
        [few] Au fost șterse { $count } fișiere scrise de o rulare anterioară, pe care rularea curentă nu le mai scrie.
       *[other] Au fost șterse { $count } de fișiere scrise de o rulare anterioară, pe care rularea curentă nu le mai scrie.
    }
# One line per server configuration file written, telling the operator to include it;
# { $path } is the file.
cli-pages-snippet = Includeți în configurație: { $path }
# { $tag } was named in --locales and the catalog has no such locale. Keep „httpstatus locales”.
cli-error-pages-locale = Nicio limbă nu corespunde cu „{ $tag }”; „httpstatus locales” afișează lista.
# { $input } is a value of --codes that is neither an error code nor 4xx or 5xx. Keep the
# numbers 400 and 599, and 4xx and 5xx, as they are.
cli-error-pages-code = „{ $input }” nu este un cod de eroare: scrieți coduri de la 400 la 599, 4xx sau 5xx.
# { $input } is a value of --format that is neither html nor json. Keep html and json.
cli-error-pages-format = „{ $input }” nu este un format de pagină: scrieți html, json sau ambele.
# { $path }, the folder the server configuration would name, holds characters that
# configuration files cannot hold, or is not absolute. Keep --install-dir.
cli-error-pages-install-dir = Calea { $path } nu poate fi scrisă într-o configurație de server: indicați cu --install-dir o cale absolută fără ghilimele, acolade, caractere punct și virgulă sau semne de dolar.

## httpstatus serve: the error-page server.

# The start line of httpstatus serve, on stderr. { $address } is like 127.0.0.1:8080; keep
# „http://{ $address }” in one piece, scripts read it. { $locales } is the number of languages.
cli-serve-listening = Paginile de eroare sunt servite la http://{ $address } în { $locales ->
        [one] { $locales } limbă
        [few] { $locales } limbi
       *[other] { $locales } de limbi
    }; /healthz răspunde la verificările de stare.
# After SIGTERM or Ctrl-C.
cli-serve-stopping = Oprire: se finalizează cererile în curs.
# { $address }, given after --listen, is not an address. Keep the example addresses and their
# numbers as they are.
cli-error-serve-listen = „{ $address }” nu este o adresă pe care se poate asculta; scrieți-o ca 127.0.0.1:8080 sau [::1]:8080.
# { $address } could not be listened on; { $error } is the operating system's message, usually
# in English.
cli-error-serve-bind = Nu se poate asculta pe { $address }: { $error }
