# Words on the HTML error page that a web application shows to its users.

# Label before the code and wire phrase: "HTTP status: 404 Not Found".
page-status-label = Κατάσταση HTTP
# The link back to the start page of the site.
page-home-link = Μετάβαση στην αρχική σελίδα
# The button that loads the page again, shown for errors that may pass by themselves
# (408, 425, 429 and server errors). A noun phrase, like the home link beside it.
page-try-again = Νέα προσπάθεια
# The heading of the small block with the code, request id and technical description.
page-technical-details = Τεχνικές λεπτομέρειες
# Label of the request's identifier, which support staff use to find the request in logs.
page-request-id = Αναγνωριστικό αιτήματος
# Label of the address (path and query) the visitor asked for, as the reverse proxy in front of
# the site reports it (X-Original-URI); the value is shown as it was sent, left to right.
page-original-uri = Αιτούμενη διεύθυνση
# Label of the methods a page accepts, from the response's Allow header (405).
page-allowed-methods = Επιτρεπόμενες μέθοδοι
# When the site says when to try again (the Retry-After header): a number of seconds, minutes
# or hours, written with the unit's short form so that no plural form is needed. Keep
# { $count } exactly once. Greek short forms: δευτ. (δευτερόλεπτα), λεπ. (λεπτά), ώρ. (ώρες);
# the abbreviation's full stop also ends the sentence.
page-retry-seconds = Μπορείτε να δοκιμάσετε ξανά σε { $count } δευτ.
page-retry-minutes = Μπορείτε να δοκιμάσετε ξανά σε { $count } λεπ.
page-retry-hours = Μπορείτε να δοκιμάσετε ξανά σε { $count } ώρ.
