# Woorden van de referentiesite die “httpstatus site” schrijft: een index per taal (de statustabel
# met een inhoudsopgave), een pagina per statuscode en een startpagina met de talen. Alleen de
# programma's lezen dit bestand. Laat { $variables } zoals ze zijn. Enum-namen (NOT_FOUND),
# statusteksten, headernamen (Location) en de voorbeelden worden nooit vertaald en staan niet in
# dit bestand.

## Op elke pagina

# De knop boven aan elke pagina die de lijst met talen opent.
site-languages = Talen
# Link voor toetsenbordgebruikers, als eerste op elke pagina; slaat de kop en de talenlijst over.
site-skip = Direct naar de inhoud
# De paginatitel in het tabblad van de browser en in zoekresultaten: “404 Niet gevonden – HTTP-statuscodes”.
site-page-title = { $page } – { $site }
# De laatste regel van elke pagina.
site-footer = Gegenereerd uit de taalbestanden van http-status-catalog. Enum-namen, statusteksten en de voorbeelden van aanvraag en antwoord blijven zoals HTTP ze schrijft.

## De index van een taal: de statustabel, gegroepeerd per klasse

# De kop van de inhoudsopgave, die de vijf klassen opsomt.
site-contents = Inhoud
# Na een klasse in de inhoudsopgave: { $count } is het aantal codes.
site-class-count = { $count ->
        [one] { $count } code
       *[other] { $count } codes
    }

## De pagina van één statuscode

# De link terug naar de index, boven aan de pagina.
site-all-codes = Alle statuscodes
# De kop boven wat een foutpagina een bezoeker vertelt (alleen client- en serverfouten).
site-visitor = Wat een bezoeker te zien krijgt
# Labels in de lijst met gegevens over een code, elk gevolgd door de waarde.
site-label-class = Klasse
site-label-lifecycle = Status
site-label-name = Enum-naam
# Namen die de code had in eerdere specificaties of bibliotheken (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Oudere namen
site-label-phrase = Statustekst
site-label-references = Gedefinieerd in
site-label-caching = Caching
site-label-content = Inhoud
# De waarde van “Caching” voor een code die caches zonder aanwijzing mogen opslaan
# (RFC 9110: heuristically cacheable).
site-cacheable-yes = Standaard cachebaar: een cache mag dit antwoord opslaan en hergebruiken, ook als de headers ervan niets zeggen over hoe lang het actueel blijft.
site-cacheable-no = Standaard niet cachebaar: een cache slaat dit antwoord alleen op als de headers ervan dat toestaan.
# De waarde van “Inhoud” voor een code waarvan het antwoord nooit inhoud heeft (1xx, 204, 205, 304).
site-no-content-yes = Heeft nooit inhoud: het antwoord eindigt met de headers.
site-no-content-no = Kan inhoud hebben, zoals een pagina die de status uitlegt.
# De kop boven een voorbeeld van een aanvraag en het antwoord erop.
site-example = Voorbeeld van aanvraag en antwoord
site-example-note = Een aanvraag, daarna de statusregel en de headers van het antwoord die voor deze code van belang zijn. De inhoud van de berichten is weggelaten.
# De naam van de links naar de vorige en de volgende code onder aan de pagina, voor schermlezers.
site-neighbours = Vorige en volgende code

## De startpagina, die alle talen opsomt

site-root-heading = Kies een taal
