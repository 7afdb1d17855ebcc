# Ord i kommandolinjeverktøyet httpstatus. Bare verktøyet leser denne filen.
# La { $variables } være som de er; Fluent velger bøyningsform ut fra tallet, så oppgi
# alle formene språket trenger (https://projectfluent.org/fluent/guide/selectors.html).

## Etiketter for en beskrevet kode: «Klasse: 4xx (Klientfeil)».

cli-label-class = Klasse
cli-label-name = Navn
cli-label-aliases = Andre navn
cli-label-phrase = Statustekst
cli-label-lifecycle = Status
cli-label-references = Definert i
cli-label-locale = Språk
cli-label-cacheable = Kan hurtigbufres som standard
cli-label-no-content = Har aldri innhold
cli-yes = ja
cli-no = nei
# Klassen etter etiketten: «4xx (Klientfeil)». { $class } er for eksempel 4xx, { $title } navnet på klassen.
cli-class-value = { $class } ({ $title })
# En henvisning til en spesifikasjon etter etiketten: «RFC 9110, avsnitt 15.5.5 – HTTP-semantikk».
# { $citation } er henvisningen, { $title } tittelen på spesifikasjonen.
cli-reference-value = { $citation } – { $title }
# Vises under en kode som ikke er registrert, for eksempel 299.
cli-unregistered = Ikke en registrert statuskode: beskrevet ut fra klassen, slik RFC 9110 krever.
# Vises under 306, som registeret holder reservert.
cli-reserved = Reservert i registeret og ikke lenger i bruk: beskrevet ut fra klassen, slik RFC 9110 krever.

## Liste opp en klasse: «httpstatus 4xx». { $class } er «4xx», { $title } navnet på klassen.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } registrert kode
       *[other] { $count } registrerte koder
    }

## Feil på kommandolinjen. { $input } er det som ble skrevet.

cli-error-out-of-range = { $input } er ikke en HTTP-statuskode: kodene går fra 100 til 599.
cli-error-unknown-name = «{ $input }» er verken en statuskode eller et kjent statusnavn.
# Samme feil når et navn ligner det som ble skrevet: { $name } er for eksempel NOT_FOUND.
cli-error-unknown-name-did-you-mean = «{ $input }» er verken en statuskode eller et kjent statusnavn. Mente du { $name }?
cli-error-bad-tag = «{ $tag }» er ikke en språkkode; skriv en som en, ru eller pt-BR.
# { $requested } er koden det ble bedt om; { $chosen } er språket som brukes i stedet, { $name } navnet på det.
cli-warning-no-locale = Ingen språk samsvarer med «{ $requested }»; { $chosen } ({ $name }) brukes i stedet.
cli-error-no-folder = { $path } er ikke en mappe med språkmapper.
cli-error-no-locale = Det finnes ingen språkmappe { $tag } på disken i { $path }.
cli-error-not-a-tag = «{ $tag }» er ikke en språkkode i kanonisk form; skriv den som pt-BR.
cli-error-exists = { $path } inneholder allerede filer; angi --force for å overskrive dem.
# { $error } er meldingen fra operativsystemet, som regel på engelsk.
cli-error-io = Kan ikke skrive { $path }: { $error }

## Laste inn språkmapper fra disken (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } advarsel
       *[other] { $count } advarsler
    } i { $path }; «httpstatus check» lister dem opp.

## httpstatus check

# Én linje per språk: «ru: 187/187 oversatt, 0 mangler, 0 utdaterte».
cli-check-locale = { $tag }: { $translated }/{ $total } oversatt, { $missing } mangler, { $stale ->
        [one] { $stale } utdatert
       *[other] { $stale } utdaterte
    }
# Den siste linjen: «0 feil, 2 advarsler i 30 språk».
cli-check-summary = { $errors ->
        [one] { $errors } feil
       *[other] { $errors } feil
    }, { $warnings ->
        [one] { $warnings } advarsel
       *[other] { $warnings } advarsler
    } i { $locales ->
        [one] { $locales } språk
       *[other] { $locales } språk
    }
cli-check-recorded = Den gjeldende engelske teksten for { $tag } er registrert i { $path }.

## httpstatus locales: tilstanden til hvert språk.

cli-locale-current = fullstendig, oppdatert
cli-locale-stale = fullstendig, { $stale ->
        [one] { $stale } utdatert
       *[other] { $stale } utdaterte
    }
cli-locale-partial = ufullstendig: { $missing } mangler, { $stale ->
        [one] { $stale } utdatert
       *[other] { $stale } utdaterte
    }
cli-locale-pseudo = pseudospråk, generert fra engelsk
cli-locale-from-disk = (fra disken)

## httpstatus template

cli-template-wrote = Skrev { $path }
cli-template-next = Neste trinn: oversett, og kjør deretter «httpstatus check --locales-dir { $path } --update-source { $tag }».

## httpstatus docs --out-dir: fremdrift, én linje per fil.

cli-docs-written = [{ $done }/{ $total }] { $path } skrevet
cli-docs-unchanged = [{ $done }/{ $total }] { $path } uendret

## httpstatus site

# Etter at nettstedet er skrevet: «1985 filer på 30 språk i site/». { $files } er antallet filer,
# { $languages } antallet språk, { $path } mappen.
cli-site-written = { $files ->
        [one] { $files } fil
       *[other] { $files } filer
    } på { $languages ->
        [one] { $languages } språk
       *[other] { $languages } språk
    } i { $path }
# Vises etter linjen over når --base-url ikke er oppgitt.
cli-site-no-sitemap = Ingen sitemap.xml: et nettstedskart krever absolutte adresser; angi --base-url for å skrive et.
# { $url } er det som ble oppgitt etter --base-url.
cli-error-base-url = «{ $url }» er ikke en basis-URL: angi en http- eller https-adresse uten spørrestreng, for eksempel https://example.org/http/.

## httpstatus pages: statiske feilsider og serverkodesnutter for reverse proxyer.

# Fremdrift, én linje per språk: «[3/30] ru: 80 sider». { $done } og { $total } teller språkene,
# { $tag } er en språkkode, { $count } antallet sider.
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } side
       *[other] { $count } sider
    }
# Den siste linjen: { $written } skrevne filer, { $unchanged } filer som ble latt være, { $path } mappen.
cli-pages-done = { $written ->
        [one] { $written } fil skrevet
       *[other] { $written } filer skrevet
    }, { $unchanged ->
        [one] { $unchanged } uendret
       *[other] { $unchanged } uendrede
    } i { $path }.
# Vises før den siste linjen når en tidligere kjøring til samme mappe skrev sider (eller serverfiler)
# som denne kjøringen ikke lenger skriver, fordi færre koder, språk eller formater ble bedt om:
# { $count } slettede filer.
cli-pages-removed = { $count ->
        [one] { $count } fil fra en tidligere kjøring ble slettet fordi denne kjøringen ikke lenger skriver den.
       *[other] { $count } filer fra en tidligere kjøring ble slettet fordi denne kjøringen ikke lenger skriver dem.
    }
# Én linje per skrevet serverkonfigurasjonsfil som operatøren skal inkludere; { $path } er filen.
cli-pages-snippet = Inkluder i serverkonfigurasjonen: { $path }
# { $tag } ble oppgitt i --locales, men katalogen har ikke noe slikt språk.
cli-error-pages-locale = Ingen språk samsvarer med «{ $tag }»; «httpstatus locales» lister dem opp.
# { $input } er en verdi av --codes som verken er en feilkode eller 4xx eller 5xx.
cli-error-pages-code = «{ $input }» er ikke en feilkode: angi koder fra 400 til 599, 4xx eller 5xx.
# { $input } er en verdi av --format som verken er html eller json.
cli-error-pages-format = «{ $input }» er ikke et sideformat: angi html, json eller begge.
# { $path }, mappen serverkonfigurasjonen skulle nevne, inneholder tegn som konfigurasjonsfiler
# ikke kan inneholde, eller er ikke absolutt.
cli-error-pages-install-dir = { $path } kan ikke oppgis i en serverkonfigurasjon: angi en absolutt sti uten anførselstegn, krøllparenteser, semikolon eller dollartegn med --install-dir.

## httpstatus serve: feilsideserveren.

# Startlinjen på stderr. { $address } er for eksempel 127.0.0.1:8080; hold «http://{ $address }»
# samlet, skript leser det. { $locales } er antallet språk.
cli-serve-listening = Leverer feilsider fra http://{ $address } på { $locales ->
        [one] { $locales } språk
       *[other] { $locales } språk
    }; /healthz svarer på helsesjekker.
# Etter SIGTERM eller Ctrl-C.
cli-serve-stopping = Stopper: fullfører forespørslene som pågår.
# { $address }, oppgitt etter --listen, er ikke en adresse.
cli-error-serve-listen = «{ $address }» er ikke en adresse det kan lyttes på; skriv den som 127.0.0.1:8080 eller [::1]:8080.
# { $error } er meldingen fra operativsystemet, som regel på engelsk.
cli-error-serve-bind = Kan ikke lytte på { $address }: { $error }
