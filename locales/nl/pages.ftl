# Woorden op de HTML-foutpagina die een webapplicatie aan haar gebruikers toont.

# Label vóór de code en de statustekst: “HTTP-status: 404 Not Found”.
page-status-label = HTTP-status
# De link terug naar de startpagina van de site.
page-home-link = Naar de startpagina
# De knop die de pagina opnieuw laadt, getoond bij fouten die vanzelf kunnen overgaan
# (408, 425, 429 en serverfouten).
page-try-again = Opnieuw proberen
# De kop van het kleine blok met de code, de aanvraag-ID en de technische beschrijving.
page-technical-details = Technische details
# Label van de ID van de aanvraag, waarmee supportmedewerkers de aanvraag in logboeken terugvinden.
page-request-id = Aanvraag-ID
# Label van het adres (pad en querystring) dat de bezoeker heeft aangevraagd, zoals de reverse proxy vóór
# de site het doorgeeft (X-Original-URI); de waarde wordt getoond zoals ze is verzonden, van links naar rechts.
page-original-uri = Aangevraagd adres
# Label van de methoden die een pagina accepteert, uit de Allow-header van het antwoord (405).
page-allowed-methods = Toegestane methoden
# Als de site zegt wanneer je het opnieuw kunt proberen (de Retry-After-header): een aantal
# seconden, minuten of uren, met de korte vorm van de eenheid zodat er geen meervoudsvorm nodig
# is. Gebruik { $count } precies één keer.
page-retry-seconds = Je kunt het over { $count } sec opnieuw proberen.
page-retry-minutes = Je kunt het over { $count } min opnieuw proberen.
page-retry-hours = Je kunt het over { $count } uur opnieuw proberen.
