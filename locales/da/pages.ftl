# Ord på den HTML-fejlside, som en webapplikation viser sine brugere.

# Etiket foran koden og statusteksten: »HTTP-status: 404 Not Found«.
page-status-label = HTTP-status
# Linket tilbage til webstedets forside.
page-home-link = Gå til forsiden
# Knappen, der indlæser siden igen; vises ved fejl, der kan gå over af sig selv
# (408, 425, 429 og serverfejl).
page-try-again = Prøv igen
# Overskriften på den lille boks med koden, anmodnings-id'et og den tekniske beskrivelse.
page-technical-details = Tekniske detaljer
# Etiket for anmodningens id, som supportmedarbejdere bruger til at finde anmodningen i logfilerne.
page-request-id = Anmodnings-id
# Etiket for den adresse (sti og forespørgselsstreng), som den besøgende bad om, sådan som reverse
# proxyen foran webstedet oplyser den (X-Original-URI); værdien vises, som den blev sendt, fra venstre mod højre.
page-original-uri = Anmodet adresse
# Etiket for de metoder, en side accepterer, fra svarets Allow-header (405).
page-allowed-methods = Tilladte metoder
# Når webstedet oplyser, hvornår man kan prøve igen (Retry-After-headeren): et antal sekunder,
# minutter eller timer, skrevet med enhedens forkortelse, så der ikke skal bruges flertalsform.
# Brug { $count } præcis én gang.
page-retry-seconds = Du kan prøve igen om { $count } sek.
page-retry-minutes = Du kan prøve igen om { $count } min.
page-retry-hours = Du kan prøve igen om { $count } t.
