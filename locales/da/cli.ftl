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
