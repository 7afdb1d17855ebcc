# Ord på HTML-feilsiden som en nettapplikasjon viser brukerne sine.

# Etikett foran koden og statusteksten på protokollnivå: «HTTP-status: 404 Not Found».
page-status-label = HTTP-status
# Lenken tilbake til forsiden av nettstedet.
page-home-link = Gå til forsiden
# Knappen som laster inn siden på nytt; vises ved feil som kan gå over av seg selv
# (408, 425, 429 og serverfeil).
page-try-again = Prøv igjen
# Overskriften på den lille boksen med koden, forespørsels-ID-en og den tekniske beskrivelsen.
page-technical-details = Tekniske detaljer
# Etikett for ID-en til forespørselen, som brukerstøtten bruker for å finne forespørselen i loggene.
page-request-id = Forespørsels-ID
# Etikett for adressen (sti og spørrestreng) den besøkende ba om, slik reverse proxyen foran nettstedet
# oppgir den (X-Original-URI); verdien vises slik den ble sendt, fra venstre mot høyre.
page-original-uri = Forespurt adresse
# Etikett for metodene en side godtar, fra Allow-hodet i svaret (405).
page-allowed-methods = Tillatte metoder
# Når nettstedet oppgir når man kan prøve igjen (Retry-After-hodet): et antall sekunder, minutter
# eller timer, skrevet med enhetens kortform slik at ingen flertallsform trengs.
# Bruk { $count } nøyaktig én gang.
page-retry-seconds = Du kan prøve igjen om { $count } sek.
page-retry-minutes = Du kan prøve igjen om { $count } min.
page-retry-hours = Du kan prøve igjen om { $count } t.
