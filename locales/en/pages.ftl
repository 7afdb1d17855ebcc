# Words on the HTML error page that a web application shows to its users.

# Label before the code and wire phrase: "HTTP status: 404 Not Found".
page-status-label = HTTP status
# The link back to the start page of the site.
page-home-link = Go to the home page
# The button that loads the page again, shown for errors that may pass by themselves
# (408, 425, 429 and server errors).
page-try-again = Try again
# The heading of the small block with the code, request id and technical description.
page-technical-details = Technical details
# Label of the request's identifier, which support staff use to find the request in logs.
page-request-id = Request ID
# Label of the address (path and query) the visitor asked for, as the reverse proxy in front
# of the site reports it (X-Original-URI); the value is shown as it was sent, left to right.
page-original-uri = Requested address
# Label of the methods a page accepts, from the response's Allow header (405).
page-allowed-methods = Allowed methods
# When the site says when to try again (the Retry-After header): a number of seconds, minutes
# or hours, written with the unit's short form so that no plural form is needed. Keep
# { $count } exactly once.
page-retry-seconds = You can try again in { $count } s.
page-retry-minutes = You can try again in { $count } min.
page-retry-hours = You can try again in { $count } h.
