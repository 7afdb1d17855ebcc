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
