# Ord på den HTML-felsida som en webbapplikation visar för sina användare.

# Etikett före koden och statustexten på protokollnivå: ”HTTP-status: 404 Not Found”.
page-status-label = HTTP-status
# Länken tillbaka till webbplatsens startsida.
page-home-link = Gå till startsidan
