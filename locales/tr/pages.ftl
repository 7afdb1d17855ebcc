# Words on the HTML error page that a web application shows to its users.

# Label before the code and wire phrase: "HTTP status: 404 Not Found".
page-status-label = HTTP durumu
# The link back to the start page of the site.
page-home-link = Ana sayfaya git
