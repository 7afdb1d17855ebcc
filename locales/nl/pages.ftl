# Woorden op de HTML-foutpagina die een webapplicatie aan haar gebruikers toont.

# Label vóór de code en de statustekst: “HTTP-status: 404 Not Found”.
page-status-label = HTTP-status
# De link terug naar de startpagina van de site.
page-home-link = Naar de startpagina
