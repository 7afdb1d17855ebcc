# Words on the HTML error page that a web application shows to its users.

# Label before the code and wire phrase: "HTTP status: 404 Not Found".
page-status-label = Stare HTTP
# The link back to the start page of the site.
page-home-link = Accesați pagina principală
# The button that loads the page again, shown for errors that may pass by themselves
# (408, 425, 429 and server errors).
page-try-again = Încercați din nou
# The heading of the small block with the code, request id and technical description.
page-technical-details = Detalii tehnice
# Label of the request's identifier, which support staff use to find the request in logs.
page-request-id = ID-ul cererii
# Label of the address (path and query) the visitor asked for, as the reverse proxy in front of
# the site reports it (X-Original-URI); the value is shown as it was sent, left to right.
page-original-uri = Adresa cerută
# Label of the methods a page accepts, from the response's Allow header (405).
page-allowed-methods = Metode permise
# When the site says when to try again (the Retry-After header): a number of seconds, minutes
# or hours, written with the unit's short form so that no plural form is needed. Keep
# { $count } exactly once. Romanian: "s", "min", "h", with a no-break space before the unit.
page-retry-seconds = Puteți încerca din nou peste { $count } s.
page-retry-minutes = Puteți încerca din nou peste { $count } min.
page-retry-hours = Puteți încerca din nou peste { $count } h.
