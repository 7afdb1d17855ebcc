# Woorden van het opdrachtregelprogramma httpstatus. Alleen het programma leest dit bestand.
# Laat { $variables } zoals ze zijn; Fluent kiest de meervoudsvorm op basis van het getal, dus geef
# elke vorm die je taal nodig heeft (https://projectfluent.org/fluent/guide/selectors.html).

## Labels van een beschreven code: “Klasse: 4xx (Clientfout)”.

cli-label-class = Klasse
cli-label-name = Naam
cli-label-aliases = Andere namen
cli-label-phrase = Statustekst
cli-label-lifecycle = Status
cli-label-references = Gedefinieerd in
cli-label-locale = Taal
cli-label-cacheable = Standaard cachebaar
cli-label-no-content = Heeft nooit inhoud
cli-yes = ja
cli-no = nee
# De klasse na haar label: “4xx (Clientfout)”. { $class } is bijvoorbeeld 4xx, { $title } de naam
# van de klasse.
cli-class-value = { $class } ({ $title })
# Een verwijzing naar een specificatie na haar label: “RFC 9110, paragraaf 15.5.5 – HTTP-semantiek”.
# { $citation } is de verwijzing, { $title } de titel van de specificatie.
cli-reference-value = { $citation } – { $title }
# Wordt getoond onder een code die niet geregistreerd is, zoals 299.
cli-unregistered = Geen geregistreerde statuscode: beschreven op basis van de klasse, zoals RFC 9110 voorschrijft.
# Wordt getoond onder 306, dat het register gereserveerd houdt.
cli-reserved = Gereserveerd in het register en niet meer in gebruik: beschreven op basis van de klasse, zoals RFC 9110 voorschrijft.

## Een klasse weergeven: “httpstatus 4xx”. { $class } is “4xx”, { $title } de naam van de klasse.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } geregistreerde code
       *[other] { $count } geregistreerde codes
    }

## Fouten op de opdrachtregel. { $input } is wat er werd getypt.

cli-error-out-of-range = { $input } is geen HTTP-statuscode: codes lopen van 100 tot en met 599.
cli-error-unknown-name = “{ $input }” is geen statuscode en ook geen bekende statusnaam.
# Dezelfde fout als een naam lijkt op wat er werd getypt: { $name } is bijvoorbeeld NOT_FOUND.
cli-error-unknown-name-did-you-mean = “{ $input }” is geen statuscode en ook geen bekende statusnaam. Bedoelde je { $name }?
cli-error-bad-tag = “{ $tag }” is geen taalcode; schrijf er een zoals en, ru of pt-BR.
# { $requested } is de gevraagde code; { $chosen } is de taal die in plaats daarvan wordt gebruikt, { $name } de naam ervan.
cli-warning-no-locale = Geen taal komt overeen met “{ $requested }”; { $chosen } ({ $name }) wordt gebruikt.
cli-error-no-folder = { $path } is geen map met taalmappen.
cli-error-no-locale = Er is geen taalmap { $tag } op schijf in { $path }.
cli-error-not-a-tag = “{ $tag }” is geen taalcode in canonieke vorm; schrijf hem zoals pt-BR.
cli-error-exists = { $path } bevat al bestanden; geef --force op om ze te overschrijven.
# { $error } is de melding van het besturingssysteem, meestal in het Engels.
cli-error-io = Kan { $path } niet schrijven: { $error }

## Taalmappen van schijf laden (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } waarschuwing
       *[other] { $count } waarschuwingen
    } in { $path }; “httpstatus check” geeft ze weer.

## httpstatus check

# Eén regel per taal: “ru: 187/187 vertaald, 0 ontbrekend, 0 verouderd”.
cli-check-locale = { $tag }: { $translated }/{ $total } vertaald, { $missing } ontbrekend, { $stale } verouderd
# De laatste regel: “0 fouten, 2 waarschuwingen in 30 talen”.
cli-check-summary = { $errors ->
        [one] { $errors } fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] { $warnings } waarschuwing
       *[other] { $warnings } waarschuwingen
    } in { $locales ->
        [one] { $locales } taal
       *[other] { $locales } talen
    }
cli-check-recorded = De huidige Engelse tekst van { $tag } is vastgelegd in { $path }.

## httpstatus locales: de stand van elke taal.

cli-locale-current = volledig, actueel
cli-locale-stale = volledig, { $stale } verouderd
cli-locale-partial = gedeeltelijk: { $missing } ontbrekend, { $stale } verouderd
cli-locale-pseudo = pseudotaal, gegenereerd uit het Engels
cli-locale-from-disk = (van schijf)

## httpstatus template

cli-template-wrote = { $path } geschreven
cli-template-next = Volgende stap: vertalen en daarna “httpstatus check --locales-dir { $path } --update-source { $tag }” uitvoeren.

## httpstatus docs --out-dir: voortgang, één regel per bestand.

cli-docs-written = [{ $done }/{ $total }] { $path } geschreven
cli-docs-unchanged = [{ $done }/{ $total }] { $path } ongewijzigd

## httpstatus site

# Na het schrijven van de site: “1985 bestanden voor 30 talen in site/”. { $files } is het aantal
# bestanden, { $languages } het aantal talen, { $path } de uitvoermap.
cli-site-written = { $files ->
        [one] { $files } bestand
       *[other] { $files } bestanden
    } voor { $languages ->
        [one] { $languages } taal
       *[other] { $languages } talen
    } in { $path }
# Wordt na de regel hierboven getoond als er geen --base-url is opgegeven.
cli-site-no-sitemap = Geen sitemap.xml: een sitemap heeft absolute adressen nodig; geef --base-url op om er een te schrijven.
# { $url } is wat er na --base-url werd opgegeven.
cli-error-base-url = “{ $url }” is geen basis-URL: geef een http- of https-adres zonder querystring op, zoals https://example.org/http/.

## httpstatus pages: statische foutpagina's en serverfragmenten voor reverse proxy's.

# Voortgang, één regel per taal: “[3/30] ru: 80 pagina's”. { $done } en { $total } tellen de talen,
# { $tag } is een taalcode, { $count } het aantal pagina's.
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } pagina
       *[other] { $count } pagina's
    }
# De laatste regel: { $written } geschreven bestanden, { $unchanged } ongewijzigd gelaten bestanden,
# { $path } de uitvoermap.
cli-pages-done = { $written ->
        [one] { $written } bestand geschreven
       *[other] { $written } bestanden geschreven
    }, { $unchanged } ongewijzigd in { $path }.
# Getoond vóór de laatste regel wanneer een eerdere uitvoering in dezelfde map pagina's (of
# serverbestanden) schreef die deze uitvoering niet meer schrijft, omdat om minder codes, talen of
# formaten werd gevraagd: { $count } verwijderde bestanden.
cli-pages-removed = { $count ->
        [one] { $count } bestand van een eerdere uitvoering is verwijderd, omdat deze uitvoering het niet meer schrijft.
       *[other] { $count } bestanden van een eerdere uitvoering zijn verwijderd, omdat deze uitvoering ze niet meer schrijft.
    }
# Eén regel per geschreven serverconfiguratiebestand, dat de beheerder moet opnemen; { $path } is het bestand.
cli-pages-snippet = Opnemen in de serverconfiguratie: { $path }
# { $tag } werd genoemd in --locales en de catalogus heeft zo'n taal niet.
cli-error-pages-locale = Geen taal komt overeen met “{ $tag }”; “httpstatus locales” geeft ze weer.
# { $input } is een waarde van --codes die geen foutcode en ook geen 4xx of 5xx is.
cli-error-pages-code = “{ $input }” is geen foutcode: geef codes van 400 tot en met 599, 4xx of 5xx op.
# { $input } is een waarde van --format die geen html en ook geen json is.
cli-error-pages-format = “{ $input }” is geen paginaformaat: geef html, json of beide op.
# { $path }, de map die de serverconfiguratie zou noemen, bevat tekens die configuratiebestanden
# niet kunnen bevatten, of is niet absoluut.
cli-error-pages-install-dir = { $path } kan niet in een serverconfiguratie worden opgenomen: geef met --install-dir een absoluut pad op zonder aanhalingstekens, accolades, puntkomma's of dollartekens.

## httpstatus serve: de foutpaginaserver.

# De startregel op stderr. { $address } is bijvoorbeeld 127.0.0.1:8080; houd “http://{ $address }”
# in één stuk, scripts lezen het. { $locales } is het aantal talen.
cli-serve-listening = Foutpagina's worden aangeboden op http://{ $address } in { $locales ->
        [one] { $locales } taal
       *[other] { $locales } talen
    }; /healthz beantwoordt statuscontroles.
# Na SIGTERM of Ctrl-C.
cli-serve-stopping = Stoppen: lopende aanvragen worden nog afgehandeld.
# { $address }, opgegeven na --listen, is geen adres.
cli-error-serve-listen = “{ $address }” is geen adres om op te luisteren; schrijf het als 127.0.0.1:8080 of [::1]:8080.
# { $error } is de melding van het besturingssysteem, meestal in het Engels.
cli-error-serve-bind = Kan niet luisteren op { $address }: { $error }
