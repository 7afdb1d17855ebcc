# Wörter auf der HTML-Fehlerseite, die eine Webanwendung ihren Benutzern anzeigt.

# Beschriftung vor dem Code und dem Statustext: „HTTP-Status: 404 Not Found“.
page-status-label = HTTP-Status
# Der Link zurück zur Startseite der Website.
page-home-link = Zur Startseite
