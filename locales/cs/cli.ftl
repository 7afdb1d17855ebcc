# Words of the httpstatus command-line tool. Only the tool reads this file.
# Keep { $variables } as they are; Fluent chooses the plural form from the number, so give
# every form your language needs (https://projectfluent.org/fluent/guide/selectors.html).
# Czech plural categories: one (1), few (2–4), many (decimal numbers), other (0, 5 and more).

## Labels of a described code: "Class: 4xx (Client Error)".

cli-label-class = Třída
cli-label-name = Název
cli-label-aliases = Jiné názvy
cli-label-phrase = Stavové hlášení
cli-label-lifecycle = Stav
cli-label-references = Definováno v
cli-label-locale = Jazyk
cli-label-cacheable = Ve výchozím nastavení lze uložit do mezipaměti
cli-label-no-content = Nikdy nemá obsah
cli-yes = ano
cli-no = ne
# The class after its label: "4xx (Client Error)". { $class } is like 4xx, { $title } the
# class's name.
cli-class-value = { $class } ({ $title })
# A specification reference after its label: "RFC 9110, oddíl 15.5.5 – Sémantika HTTP".
# { $citation } is the citation, { $title } the specification's title. Czech dash: spaced en dash.
cli-reference-value = { $citation } – { $title }
# Shown under a code that is not registered, such as 299.
cli-unregistered = Nejde o registrovaný stavový kód: popis vychází z jeho třídy, jak to vyžaduje RFC 9110.
# Shown under 306, which the registry keeps reserved.
cli-reserved = Kód je v registru vyhrazený a už se nepoužívá: popis vychází z jeho třídy, jak to vyžaduje RFC 9110.

## Listing a class: "httpstatus 4xx". { $class } is "4xx", { $title } the class's name.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } registrovaný kód
        [few] { $count } registrované kódy
        [many] { $count } registrovaného kódu
       *[other] { $count } registrovaných kódů
    }

## Mistakes in the command line. { $input } is what was typed.

cli-error-out-of-range = { $input } není stavový kód HTTP: kódy jsou v rozsahu 100 až 599.
cli-error-unknown-name = „{ $input }“ není stavový kód ani známý název stavu.
# The same error when a name is close to what was typed: { $name } is like NOT_FOUND.
cli-error-unknown-name-did-you-mean = „{ $input }“ není stavový kód ani známý název stavu. Měli jste na mysli { $name }?
cli-error-bad-tag = „{ $tag }“ není jazyková značka; zadejte značku ve tvaru en, ru nebo pt-BR.
# { $requested } is the tag asked for; { $chosen } is the locale used instead, { $name } its name.
cli-warning-no-locale = Požadované značce „{ $requested }“ neodpovídá žádná lokalizace; použije se { $chosen } ({ $name }).
cli-error-no-folder = { $path } není složka se složkami lokalizací.
cli-error-no-locale = V { $path } na disku není složka lokalizace { $tag }.
cli-error-not-a-tag = „{ $tag }“ není jazyková značka v kanonickém tvaru; příklad správného zápisu: pt-BR.
cli-error-exists = { $path } už obsahuje soubory; chcete-li je přepsat, použijte --force.
# { $error } is the operating system's message, usually in English.
cli-error-io = Nelze zapsat { $path }: { $error }

## Loading locale folders from disk (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } varování
        [few] { $count } varování
        [many] { $count } varování
       *[other] { $count } varování
    } v { $path }; vypíše je „httpstatus check“.

## httpstatus check

# One line per locale: "ru: 187/187 translated, 0 missing, 0 stale".
cli-check-locale = { $tag }: přeloženo { $translated }/{ $total }, chybějící: { $missing }, zastaralé: { $stale }
# The last line: "0 errors, 2 warnings in 30 locales". Czech moves "v"/"ve" into the selector
# ("ve 2 lokalizacích", "v 5 lokalizacích").
cli-check-summary = { $errors ->
        [one] { $errors } chyba
        [few] { $errors } chyby
        [many] { $errors } chyby
       *[other] { $errors } chyb
    }, { $warnings ->
        [one] { $warnings } varování
        [few] { $warnings } varování
        [many] { $warnings } varování
       *[other] { $warnings } varování
    } { $locales ->
        [one] v { $locales } lokalizaci
        [few] ve { $locales } lokalizacích
        [many] v { $locales } lokalizace
       *[other] v { $locales } lokalizacích
    }
cli-check-recorded = Aktuální anglický text lokalizace { $tag } byl zaznamenán do { $path }.

## httpstatus locales: the state of each locale.

cli-locale-current = úplná, aktuální
cli-locale-stale = úplná, zastaralé: { $stale }
cli-locale-partial = částečná (chybějící: { $missing }, zastaralé: { $stale })
cli-locale-pseudo = pseudolokalizace vygenerovaná z angličtiny
cli-locale-from-disk = (z disku)

## httpstatus template

cli-template-wrote = Zapsáno: { $path }
cli-template-next = Dále: přeložte zprávy a pak spusťte „httpstatus check --locales-dir { $path } --update-source { $tag }“.

## httpstatus docs --out-dir: progress, one line per file.

cli-docs-written = [{ $done }/{ $total }] zapsáno: { $path }
cli-docs-unchanged = [{ $done }/{ $total }] beze změny: { $path }

## httpstatus site

# After writing the site: "1985 souborů pro 30 jazyků ve složce site/". { $files } is the
# number of files and { $languages } the number of languages (every plural form of both: "pro"
# takes the accusative: 1 jazyk, 2 jazyky, 1,5 jazyka, 5 jazyků), { $path } the output folder.
cli-site-written = { $files ->
        [one] { $files } soubor
        [few] { $files } soubory
        [many] { $files } souboru
       *[other] { $files } souborů
    } pro { $languages ->
        [one] { $languages } jazyk
        [few] { $languages } jazyky
        [many] { $languages } jazyka
       *[other] { $languages } jazyků
    } ve složce { $path }
# Shown after the line above when no --base-url was given. Keep --base-url and sitemap.xml.
cli-site-no-sitemap = Soubor sitemap.xml nebyl vytvořen: mapa webu potřebuje absolutní adresy; chcete-li ji vytvořit, zadejte --base-url.
# { $url } is what was given after --base-url.
cli-error-base-url = „{ $url }“ není základní adresa URL: zadejte adresu http nebo https bez řetězce dotazu, například https://example.org/http/.

## httpstatus pages: static error pages and server snippets for reverse proxies.

# Progress, one line per locale: "[3/30] ru: 80 stránek". { $done } and { $total } count the
# locales, { $tag } is a language tag, { $count } the number of pages (every plural form).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } stránka
        [few] { $count } stránky
        [many] { $count } stránky
       *[other] { $count } stránek
    }
# The last line of httpstatus pages: { $written } files written (every plural form; the
# participle agrees with the noun), { $unchanged } files left as they were, { $path } the
# output folder.
cli-pages-done = { $written ->
        [one] Zapsán { $written } soubor
        [few] Zapsány { $written } soubory
        [many] Zapsáno { $written } souboru
       *[other] Zapsáno { $written } souborů
    }, { $unchanged } beze změny ve složce { $path }.
# Shown before the last line when an earlier run into the same folder wrote pages (or server
# files) that this run no longer writes, because fewer codes, locales or formats were asked
# for: { $count } files were deleted (every plural form; the participle agrees with the noun).
cli-pages-removed = { $count ->
        [one] Smazán { $count } soubor z dřívějšího spuštění, který aktuální spuštění už nezapisuje.
        [few] Smazány { $count } soubory z dřívějšího spuštění, které aktuální spuštění už nezapisuje.
        [many] Smazáno { $count } souboru z dřívějšího spuštění, které aktuální spuštění už nezapisuje.
       *[other] Smazáno { $count } souborů z dřívějšího spuštění, které aktuální spuštění už nezapisuje.
    }
# One line per server configuration file written, telling the operator to include it;
# { $path } is the file.
cli-pages-snippet = Zahrňte do konfigurace: { $path }
# { $tag } was named in --locales and the catalog has no such locale. Keep “httpstatus locales”.
cli-error-pages-locale = Značce „{ $tag }“ neodpovídá žádná lokalizace; seznam vypíše „httpstatus locales“.
# { $input } is a value of --codes that is neither an error code nor 4xx or 5xx. Keep the
# numbers 400 and 599, and 4xx and 5xx, as they are.
cli-error-pages-code = „{ $input }“ není chybový kód: zadejte kódy od 400 do 599, 4xx nebo 5xx.
# { $input } is a value of --format that is neither html nor json. Keep html and json.
cli-error-pages-format = „{ $input }“ není formát stránek: zadejte html, json nebo obojí.
# { $path }, the folder the server configuration would name, holds characters that
# configuration files cannot hold, or is not absolute. Keep --install-dir.
cli-error-pages-install-dir = Cestu { $path } nelze uvést v konfiguraci serveru: pomocí --install-dir zadejte absolutní cestu bez uvozovek, složených závorek, středníků a znaků dolaru.

## httpstatus serve: the error-page server.

# The start line of httpstatus serve, on stderr. { $address } is like 127.0.0.1:8080; keep
# “http://{ $address }” in one piece, scripts read it. { $locales } is the number of languages
# (locative: v 1 jazyce, ve 2 jazycích, v 5 jazycích, v 1,5 jazyka).
cli-serve-listening = Chybové stránky jsou dostupné na http://{ $address } { $locales ->
        [one] v { $locales } jazyce
        [few] ve { $locales } jazycích
        [many] v { $locales } jazyka
       *[other] v { $locales } jazycích
    }; /healthz odpovídá na kontroly stavu.
# After SIGTERM or Ctrl-C.
cli-serve-stopping = Ukončování: dokončují se rozpracované požadavky.
# { $address }, given after --listen, is not an address. Keep the example addresses and their
# numbers as they are.
cli-error-serve-listen = „{ $address }“ není adresa, na které lze naslouchat; zadejte ji ve tvaru 127.0.0.1:8080 nebo [::1]:8080.
# { $address } could not be listened on; { $error } is the operating system's message, usually
# in English.
cli-error-serve-bind = Nelze naslouchat na { $address }: { $error }
