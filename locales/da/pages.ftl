# Ord på den HTML-fejlside, som en webapplikation viser sine brugere.

# Etiket foran koden og statusteksten: »HTTP-status: 404 Not Found«.
page-status-label = HTTP-status
# Linket tilbage til webstedets forside.
page-home-link = Gå til forsiden
