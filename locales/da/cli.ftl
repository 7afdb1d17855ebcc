# Ord fra kommandolinjeværktøjet httpstatus. Kun værktøjet læser denne fil.
# Lad { $variables } være, som de er; Fluent vælger bøjningsformen ud fra tallet, så angiv
# alle de former, sproget har brug for (https://projectfluent.org/fluent/guide/selectors.html).

## Etiketter for en beskrevet kode: »Klasse: 4xx (Klientfejl)«.

cli-label-class = Klasse
cli-label-name = Navn
cli-label-aliases = Andre navne
cli-label-phrase = Statustekst
cli-label-lifecycle = Status
cli-label-references = Defineret i
cli-label-locale = Sprog
cli-label-cacheable = Kan cachelagres som standard
cli-label-no-content = Har aldrig indhold
cli-yes = ja
cli-no = nej
# Klassen efter sin etiket: »4xx (Klientfejl)«. { $class } er for eksempel 4xx, { $title } klassens navn.
cli-class-value = { $class } ({ $title })
# En henvisning til en specifikation efter sin etiket: »RFC 9110, afsnit 15.5.5 – HTTP-semantik«.
# { $citation } er henvisningen, { $title } specifikationens titel.
cli-reference-value = { $citation } – { $title }
# Vises under en kode, der ikke er registreret, for eksempel 299.
cli-unregistered = Ikke en registreret statuskode: beskrevet ud fra dens klasse, som RFC 9110 kræver.
# Vises under 306, som registret holder reserveret.
cli-reserved = Reserveret i registret og ikke længere i brug: beskrevet ud fra dens klasse, som RFC 9110 kræver.

## Visning af en klasse: »httpstatus 4xx«. { $class } er »4xx«, { $title } klassens navn.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } registreret kode
       *[other] { $count } registrerede koder
    }

## Fejl på kommandolinjen. { $input } er det, der blev skrevet.

cli-error-out-of-range = { $input } er ikke en HTTP-statuskode: koderne går fra 100 til 599.
cli-error-unknown-name = »{ $input }« er hverken en statuskode eller et kendt statusnavn.
# Samme fejl, når et navn ligner det, der blev skrevet: { $name } er for eksempel NOT_FOUND.
cli-error-unknown-name-did-you-mean = »{ $input }« er hverken en statuskode eller et kendt statusnavn. Mente du { $name }?
cli-error-bad-tag = »{ $tag }« er ikke en sprogkode; skriv en som en, ru eller pt-BR.
# { $requested } er den kode, der blev bedt om; { $chosen } er det sprog, der bruges i stedet, { $name } dets navn.
cli-warning-no-locale = Intet sprog passer til »{ $requested }«; { $chosen } ({ $name }) bruges i stedet.
cli-error-no-folder = { $path } er ikke en mappe med sprogmapper.
cli-error-no-locale = Der findes ingen sprogmappe { $tag } på disken i { $path }.
cli-error-not-a-tag = »{ $tag }« er ikke en sprogkode i kanonisk form; skriv den som pt-BR.
cli-error-exists = { $path } indeholder allerede filer; angiv --force for at overskrive dem.
# { $error } er styresystemets meddelelse, som regel på engelsk.
cli-error-io = Kan ikke skrive { $path }: { $error }

## Indlæsning af sprogmapper fra disken (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } advarsel
       *[other] { $count } advarsler
    } i { $path }; »httpstatus check« viser dem.

## httpstatus check

# Én linje pr. sprog: »ru: 187/187 oversat, 0 manglende, 0 forældede«.
cli-check-locale = { $tag }: { $translated }/{ $total } oversat, { $missing } manglende, { $stale ->
        [one] { $stale } forældet
       *[other] { $stale } forældede
    }
# Den sidste linje: »0 fejl, 2 advarsler i 30 sprog«.
cli-check-summary = { $errors ->
        [one] { $errors } fejl
       *[other] { $errors } fejl
    }, { $warnings ->
        [one] { $warnings } advarsel
       *[other] { $warnings } advarsler
    } i { $locales ->
        [one] { $locales } sprog
       *[other] { $locales } sprog
    }
cli-check-recorded = Den aktuelle engelske tekst for { $tag } er registreret i { $path }.

## httpstatus locales: status for hvert sprog.

cli-locale-current = fuldstændig, aktuel
cli-locale-stale = fuldstændig, { $stale ->
        [one] { $stale } forældet
       *[other] { $stale } forældede
    }
cli-locale-partial = delvis: { $missing } manglende, { $stale ->
        [one] { $stale } forældet
       *[other] { $stale } forældede
    }
cli-locale-pseudo = pseudosprog, genereret ud fra engelsk
cli-locale-from-disk = (fra disken)

## httpstatus template

cli-template-wrote = { $path } er skrevet
cli-template-next = Næste trin: oversæt, og kør derefter »httpstatus check --locales-dir { $path } --update-source { $tag }«.

## httpstatus docs --out-dir: fremskridt, én linje pr. fil.

cli-docs-written = [{ $done }/{ $total }] { $path } skrevet
cli-docs-unchanged = [{ $done }/{ $total }] { $path } uændret

## httpstatus site

# Efter at webstedet er skrevet: »1985 filer på 30 sprog i site/«. { $files } er antallet af filer,
# { $languages } antallet af sprog, { $path } mappen.
cli-site-written = { $files ->
        [one] { $files } fil
       *[other] { $files } filer
    } på { $languages ->
        [one] { $languages } sprog
       *[other] { $languages } sprog
    } i { $path }
# Vises efter linjen ovenfor, når der ikke er angivet --base-url.
cli-site-no-sitemap = Ingen sitemap.xml: et sitemap kræver absolutte adresser; angiv --base-url for at skrive et.
# { $url } er det, der blev angivet efter --base-url.
cli-error-base-url = »{ $url }« er ikke en basis-URL: angiv en http- eller https-adresse uden forespørgselsstreng, for eksempel https://example.org/http/.

## httpstatus pages: statiske fejlsider og serverkodestykker til reverse proxyer.

# Fremskridt, én linje pr. sprog: »[3/30] ru: 80 sider«. { $done } og { $total } tæller sprogene,
# { $tag } er en sprogkode, { $count } antallet af sider.
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } side
       *[other] { $count } sider
    }
# Den sidste linje: { $written } skrevne filer, { $unchanged } filer, der blev ladt urørt, { $path } mappen.
cli-pages-done = { $written ->
        [one] { $written } fil skrevet
       *[other] { $written } filer skrevet
    }, { $unchanged ->
        [one] { $unchanged } uændret
       *[other] { $unchanged } uændrede
    } i { $path }.
# Vises før den sidste linje, når en tidligere kørsel til samme mappe skrev sider (eller serverfiler),
# som denne kørsel ikke længere skriver, fordi der blev bedt om færre koder, sprog eller formater:
# { $count } slettede filer.
cli-pages-removed = { $count ->
        [one] { $count } fil fra en tidligere kørsel blev slettet, fordi denne kørsel ikke længere skriver den.
       *[other] { $count } filer fra en tidligere kørsel blev slettet, fordi denne kørsel ikke længere skriver dem.
    }
# Én linje pr. skrevet serverkonfigurationsfil, som operatøren skal inkludere; { $path } er filen.
cli-pages-snippet = Inkluder i serverkonfigurationen: { $path }
# { $tag } blev angivet i --locales, men kataloget har intet sådant sprog.
cli-error-pages-locale = Intet sprog passer til »{ $tag }«; »httpstatus locales« viser dem.
# { $input } er en værdi af --codes, der hverken er en fejlkode eller 4xx eller 5xx.
cli-error-pages-code = »{ $input }« er ikke en fejlkode: angiv koder fra 400 til 599, 4xx eller 5xx.
# { $input } er en værdi af --format, der hverken er html eller json.
cli-error-pages-format = »{ $input }« er ikke et sideformat: angiv html, json eller begge.
# { $path }, mappen som serverkonfigurationen skulle nævne, indeholder tegn, som konfigurationsfiler
# ikke kan indeholde, eller er ikke absolut.
cli-error-pages-install-dir = { $path } kan ikke angives i en serverkonfiguration: angiv en absolut sti uden anførselstegn, krøllede parenteser, semikoloner eller dollartegn med --install-dir.

## httpstatus serve: fejlsideserveren.

# Startlinjen på stderr. { $address } er for eksempel 127.0.0.1:8080; hold »http://{ $address }«
# samlet, scripts læser det. { $locales } er antallet af sprog.
cli-serve-listening = Leverer fejlsider fra http://{ $address } på { $locales ->
        [one] { $locales } sprog
       *[other] { $locales } sprog
    }; /healthz besvarer tilstandstjek.
# Efter SIGTERM eller Ctrl-C.
cli-serve-stopping = Stopper: afslutter de igangværende anmodninger.
# { $address }, angivet efter --listen, er ikke en adresse.
cli-error-serve-listen = »{ $address }« er ikke en adresse, der kan lyttes på; skriv den som 127.0.0.1:8080 eller [::1]:8080.
# { $error } er styresystemets meddelelse, som regel på engelsk.
cli-error-serve-bind = Kan ikke lytte på { $address }: { $error }
