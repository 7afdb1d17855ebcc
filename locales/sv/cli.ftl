# Ord i kommandoradsverktyget httpstatus. Bara verktyget läser den här filen.
# Låt { $variables } vara som de är; Fluent väljer pluralform utifrån talet, så ange
# alla former som språket behöver (https://projectfluent.org/fluent/guide/selectors.html).

## Etiketter för en beskriven kod: ”Klass: 4xx (Klientfel)”.

cli-label-class = Klass
cli-label-name = Namn
cli-label-aliases = Andra namn
cli-label-phrase = Statustext
cli-label-lifecycle = Status
cli-label-references = Definieras i
cli-label-locale = Språk
cli-label-cacheable = Cachebar som standard
cli-label-no-content = Har aldrig innehåll
cli-yes = ja
cli-no = nej
# Klassen efter sin etikett: ”4xx (Klientfel)”. { $class } är till exempel 4xx, { $title } klassens namn.
cli-class-value = { $class } ({ $title })
# En hänvisning till en specifikation efter sin etikett: ”RFC 9110, avsnitt 15.5.5 – HTTP-semantik”.
# { $citation } är hänvisningen, { $title } specifikationens titel.
cli-reference-value = { $citation } – { $title }
# Visas under en kod som inte är registrerad, till exempel 299.
cli-unregistered = Inte en registrerad statuskod: beskrivs utifrån sin klass, så som RFC 9110 kräver.
# Visas under 306, som registret håller reserverad.
cli-reserved = Reserverad i registret och används inte längre: beskrivs utifrån sin klass, så som RFC 9110 kräver.

## Lista en klass: ”httpstatus 4xx”. { $class } är ”4xx”, { $title } klassens namn.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } registrerad kod
       *[other] { $count } registrerade koder
    }

## Fel på kommandoraden. { $input } är det som skrevs.

cli-error-out-of-range = { $input } är inte en HTTP-statuskod: koderna går från 100 till 599.
cli-error-unknown-name = ”{ $input }” är varken en statuskod eller ett känt statusnamn.
# Samma fel när ett namn liknar det som skrevs: { $name } är till exempel NOT_FOUND.
cli-error-unknown-name-did-you-mean = ”{ $input }” är varken en statuskod eller ett känt statusnamn. Menade du { $name }?
cli-error-bad-tag = ”{ $tag }” är inte en språktagg; skriv en som en, ru eller pt-BR.
# { $requested } är den begärda taggen; { $chosen } är språket som används i stället, { $name } dess namn.
cli-warning-no-locale = Inget språk matchar ”{ $requested }”; { $chosen } ({ $name }) används i stället.
cli-error-no-folder = { $path } är inte en mapp med språkmappar.
cli-error-no-locale = Det finns ingen språkmapp { $tag } på disken i { $path }.
cli-error-not-a-tag = ”{ $tag }” är inte en språktagg i kanonisk form; skriv den som pt-BR.
cli-error-exists = { $path } innehåller redan filer; ange --force för att skriva över dem.
# { $error } är operativsystemets meddelande, oftast på engelska.
cli-error-io = Det går inte att skriva { $path }: { $error }

## Läsa in språkmappar från disken (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } varning
       *[other] { $count } varningar
    } i { $path }; ”httpstatus check” listar dem.

## httpstatus check

# En rad per språk: ”ru: 187/187 översatta, 0 saknas, 0 inaktuella”.
cli-check-locale = { $tag }: { $translated }/{ $total } översatta, { $missing } saknas, { $stale ->
        [one] { $stale } inaktuell
       *[other] { $stale } inaktuella
    }
# Den sista raden: ”0 fel, 2 varningar i 30 språk”.
cli-check-summary = { $errors ->
        [one] { $errors } fel
       *[other] { $errors } fel
    }, { $warnings ->
        [one] { $warnings } varning
       *[other] { $warnings } varningar
    } i { $locales ->
        [one] { $locales } språk
       *[other] { $locales } språk
    }
cli-check-recorded = Den aktuella engelska texten för { $tag } har registrerats i { $path }.

## httpstatus locales: läget för varje språk.

cli-locale-current = fullständigt, aktuellt
cli-locale-stale = fullständigt, { $stale ->
        [one] { $stale } inaktuell
       *[other] { $stale } inaktuella
    }
cli-locale-partial = ofullständigt: { $missing } saknas, { $stale ->
        [one] { $stale } inaktuell
       *[other] { $stale } inaktuella
    }
cli-locale-pseudo = pseudospråk, genererat från engelska
cli-locale-from-disk = (från disken)

## httpstatus template

cli-template-wrote = Skrev { $path }
cli-template-next = Nästa steg: översätt och kör sedan ”httpstatus check --locales-dir { $path } --update-source { $tag }”.

## httpstatus docs --out-dir: förlopp, en rad per fil.

cli-docs-written = [{ $done }/{ $total }] { $path } skriven
cli-docs-unchanged = [{ $done }/{ $total }] { $path } oförändrad

## httpstatus site

# Efter att webbplatsen har skrivits: ”1985 filer på 30 språk i site/”. { $files } är antalet filer,
# { $languages } antalet språk, { $path } mappen.
cli-site-written = { $files ->
        [one] { $files } fil
       *[other] { $files } filer
    } på { $languages ->
        [one] { $languages } språk
       *[other] { $languages } språk
    } i { $path }
# Visas efter raden ovan när --base-url inte har angetts.
cli-site-no-sitemap = Ingen sitemap.xml: en webbplatskarta kräver absoluta adresser; ange --base-url för att skriva en.
# { $url } är det som angavs efter --base-url.
cli-error-base-url = ”{ $url }” är inte en bas-URL: ange en http- eller https-adress utan frågesträng, till exempel https://example.org/http/.

## httpstatus pages: statiska felsidor och serverkodsnuttar för omvända proxyservrar.

# Förlopp, en rad per språk: ”[3/30] ru: 80 sidor”. { $done } och { $total } räknar språken,
# { $tag } är en språktagg, { $count } antalet sidor.
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } sida
       *[other] { $count } sidor
    }
# Den sista raden: { $written } skrivna filer, { $unchanged } filer som lämnades orörda, { $path } mappen.
cli-pages-done = { $written ->
        [one] { $written } fil skriven
       *[other] { $written } filer skrivna
    }, { $unchanged ->
        [one] { $unchanged } oförändrad
       *[other] { $unchanged } oförändrade
    } i { $path }.
# Visas före den sista raden när en tidigare körning till samma mapp skrev sidor (eller serverfiler)
# som den här körningen inte längre skriver, eftersom färre koder, språk eller format begärdes:
# { $count } borttagna filer.
cli-pages-removed = { $count ->
        [one] { $count } fil från en tidigare körning togs bort eftersom den här körningen inte längre skriver den.
       *[other] { $count } filer från en tidigare körning togs bort eftersom den här körningen inte längre skriver dem.
    }
# En rad per skriven serverkonfigurationsfil som driftansvarig ska inkludera; { $path } är filen.
cli-pages-snippet = Inkludera i serverkonfigurationen: { $path }
# { $tag } angavs i --locales och katalogen har inget sådant språk.
cli-error-pages-locale = Inget språk matchar ”{ $tag }”; ”httpstatus locales” listar dem.
# { $input } är ett värde för --codes som varken är en felkod eller 4xx eller 5xx.
cli-error-pages-code = ”{ $input }” är inte en felkod: ange koder från 400 till 599, 4xx eller 5xx.
# { $input } är ett värde för --format som varken är html eller json.
cli-error-pages-format = ”{ $input }” är inte ett sidformat: ange html, json eller båda.
# { $path }, mappen som serverkonfigurationen skulle nämna, innehåller tecken som konfigurationsfiler
# inte kan innehålla, eller är inte absolut.
cli-error-pages-install-dir = { $path } kan inte anges i en serverkonfiguration: ange en absolut sökväg utan citattecken, klammerparenteser, semikolon eller dollartecken med --install-dir.

## httpstatus serve: felsidesservern.

# Startraden på stderr. { $address } är till exempel 127.0.0.1:8080; håll ihop ”http://{ $address }”,
# skript läser det. { $locales } är antalet språk.
cli-serve-listening = Levererar felsidor från http://{ $address } på { $locales ->
        [one] { $locales } språk
       *[other] { $locales } språk
    }; /healthz svarar på hälsokontroller.
# Efter SIGTERM eller Ctrl-C.
cli-serve-stopping = Stoppar: slutför pågående begäranden.
# { $address }, som angavs efter --listen, är inte en adress.
cli-error-serve-listen = ”{ $address }” är inte en adress att lyssna på; skriv den som 127.0.0.1:8080 eller [::1]:8080.
# { $error } är operativsystemets meddelande, oftast på engelska.
cli-error-serve-bind = Det går inte att lyssna på { $address }: { $error }
