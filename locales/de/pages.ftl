# Wörter auf der HTML-Fehlerseite, die eine Webanwendung ihren Benutzern anzeigt.

# Beschriftung vor dem Code und dem Statustext: „HTTP-Status: 404 Not Found“.
page-status-label = HTTP-Status
# Der Link zurück zur Startseite der Website.
page-home-link = Zur Startseite
# Die Schaltfläche, die die Seite neu lädt; angezeigt bei Fehlern, die von selbst vorübergehen
# können (408, 425, 429 und Serverfehler).
page-try-again = Erneut versuchen
# Die Überschrift des kleinen Blocks mit Code, Anfrage-ID und technischer Beschreibung.
page-technical-details = Technische Details
# Beschriftung der Kennung der Anfrage, mit der der Support die Anfrage in den Protokollen findet.
page-request-id = Anfrage-ID
# Beschriftung der Adresse (Pfad und Query-String), die der Besucher angefordert hat, wie der Reverse Proxy
# vor der Website sie meldet (X-Original-URI); der Wert wird so angezeigt, wie er gesendet wurde, von links nach rechts.
page-original-uri = Angeforderte Adresse
# Beschriftung der Methoden, die eine Seite annimmt, aus dem Allow-Header der Antwort (405).
page-allowed-methods = Erlaubte Methoden
# Wenn die Website angibt, wann ein neuer Versuch möglich ist (Retry-After-Header): Sekunden,
# Minuten oder Stunden, mit der Kurzform der Einheit, damit keine Pluralform nötig ist.
# { $count } genau einmal verwenden.
page-retry-seconds = Sie können es in { $count } Sek. erneut versuchen.
page-retry-minutes = Sie können es in { $count } Min. erneut versuchen.
page-retry-hours = Sie können es in { $count } Std. erneut versuchen.
