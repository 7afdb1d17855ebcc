### Words on the HTML error page that a web application shows to its users.

# Label on the error page before the code and the English wire phrase, which stays in English:
# "HTTP status: 404 Not Found". Keep "HTTP"; the page adds the colon.
page-status-label = HTTP status
# The text of the link on the error page back to the start page of the site.
page-home-link = Go to the home page
