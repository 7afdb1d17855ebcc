### Words on the HTML error page that a web application shows to its users.

# Label on the error page before the code and the English wire phrase, which stays in English:
# "HTTP status: 404 Not Found". Keep "HTTP"; the page adds the colon.
page-status-label = HTTP status
# The text of the link on the error page back to the start page of the site.
page-home-link = Go to the home page
# The button that loads the page again, shown for errors that may pass by themselves
# (408, 425, 429 and server errors).
page-try-again = Try again
# The heading of the small block with the code, request id and technical description.
page-technical-details = Technical details
# Label, in the technical block of the error page, of the request's identifier, which
# support staff use to find the request in logs.
page-request-id = Request ID
# Label on the error page of the address (path and query) the visitor asked for, as the
# reverse proxy in front of the site reports it (X-Original-URI); the value is shown as it
# was sent, left to right.
page-original-uri = Requested address
# Label of the methods a page accepts, from the response's Allow header (405).
page-allowed-methods = Allowed methods
# On the error page, when the site says when to try again (the Retry-After header, keep it
# as it is): a number of seconds, minutes or hours, written with the unit's short form so that no plural form is needed. Keep
# { $count } exactly once.
page-retry-seconds = You can try again in { $count } s.
# The same sentence on the error page, in minutes; keep { $count } once.
page-retry-minutes = You can try again in { $count } min.
# The same sentence on the error page, in hours; keep { $count } once.
page-retry-hours = You can try again in { $count } h.
