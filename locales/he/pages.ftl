# Words on the HTML error page that a web application shows to its users.

# Label before the code and wire phrase: "HTTP status: 404 Not Found".
page-status-label = מצב HTTP
# The link back to the start page of the site.
page-home-link = מעבר לדף הבית
# The button that loads the page again, shown for errors that may pass by themselves
# (408, 425, 429 and server errors). A noun, like page-home-link.
page-try-again = ניסיון חוזר
# The heading of the small block with the code, request id and technical description.
page-technical-details = פרטים טכניים
# Label of the request's identifier, which support staff use to find the request in logs.
page-request-id = מזהה הבקשה
# Label of the address (path and query) the visitor asked for, as the reverse proxy in front of
# the site reports it (X-Original-URI); the value is shown as it was sent, left to right.
page-original-uri = הכתובת המבוקשת
# Label of the methods a page accepts, from the response's Allow header (405).
page-allowed-methods = שיטות מותרות
# When the site says when to try again (the Retry-After header): a number of seconds, minutes
# or hours, written with the unit's short form (CLDR: שנ׳, דק׳, שע׳, with a geresh) so that
# no plural form is needed. Keep { $count } exactly once.
page-retry-seconds = תוכלו לנסות שוב בעוד { $count } שנ׳.
page-retry-minutes = תוכלו לנסות שוב בעוד { $count } דק׳.
page-retry-hours = תוכלו לנסות שוב בעוד { $count } שע׳.
