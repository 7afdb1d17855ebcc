# Words on the HTML error page that a web application shows to its users.

# Label before the code and wire phrase: "HTTP status: 404 Not Found".
page-status-label = HTTP durumu
# The link back to the start page of the site.
page-home-link = Ana sayfaya git
# The button that loads the page again, shown for errors that may pass by themselves
# (408, 425, 429 and server errors). Same form as the home link beside it ("Ana sayfaya git").
page-try-again = Yeniden dene
# The heading of the small block with the code, request id and technical description.
page-technical-details = Teknik ayrıntılar
# Label of the request's identifier, which support staff use to find the request in logs.
page-request-id = İstek kimliği
# Label of the address (path and query) the visitor asked for, as the reverse proxy in front of
# the site reports it (X-Original-URI); the value is shown as it was sent, left to right.
page-original-uri = İstenen adres
# Label of the methods a page accepts, from the response's Allow header (405).
page-allowed-methods = İzin verilen yöntemler
# When the site says when to try again (the Retry-After header): a number of seconds, minutes
# or hours, written with the unit's short form so that no plural form is needed. Keep
# { $count } exactly once. Turkish abbreviations (TDK): sn. (saniye), dk. (dakika), sa. (saat);
# no suffix is attached to the number.
page-retry-seconds = { $count } sn. sonra yeniden deneyebilirsiniz.
page-retry-minutes = { $count } dk. sonra yeniden deneyebilirsiniz.
page-retry-hours = { $count } sa. sonra yeniden deneyebilirsiniz.
