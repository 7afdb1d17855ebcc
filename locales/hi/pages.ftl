# Words on the HTML error page that a web application shows to its users.

# Label before the code and wire phrase: "HTTP status: 404 Not Found".
page-status-label = HTTP स्थिति
# The link back to the start page of the site.
page-home-link = होम पेज पर जाएँ
# The button that loads the page again, shown for errors that may pass by themselves
# (408, 425, 429 and server errors).
page-try-again = दोबारा कोशिश करें
# The heading of the small block with the code, request id and technical description.
page-technical-details = तकनीकी जानकारी
# Label of the request's identifier, which support staff use to find the request in logs.
page-request-id = अनुरोध आईडी
# Label of the address (path and query) the visitor asked for, as the reverse proxy in front of
# the site reports it (X-Original-URI); the value is shown as it was sent, left to right.
page-original-uri = अनुरोधित पता
# Label of the methods a page accepts, from the response's Allow header (405).
page-allowed-methods = अनुमत मेथड
# When the site says when to try again (the Retry-After header): a number of seconds, minutes
# or hours. Hindi writes the units out: सेकंड, मिनट and घंटे (oblique before बाद) have the
# same form for every number, so no plural form is needed. Keep { $count } exactly once.
page-retry-seconds = आप { $count } सेकंड बाद दोबारा कोशिश कर सकते हैं।
page-retry-minutes = आप { $count } मिनट बाद दोबारा कोशिश कर सकते हैं।
page-retry-hours = आप { $count } घंटे बाद दोबारा कोशिश कर सकते हैं।
