# Ord på HTML-feilsiden som en nettapplikasjon viser brukerne sine.

# Etikett foran koden og statusteksten på protokollnivå: «HTTP-status: 404 Not Found».
page-status-label = HTTP-status
# Lenken tilbake til forsiden av nettstedet.
page-home-link = Gå til forsiden
