# Titler og beskrivelser af de fem klasser af HTTP-statuskoder, opkaldt efter deres første ciffer.
# De beskriver også ikke-registrerede koder, som ifølge RFC 9110 skal behandles som x00-koden i deres klasse.

class-1xx-title = Information
class-1xx-description = Et foreløbigt svar: anmodningen er modtaget, og serveren behandler den stadig. Klienten bør vente på det endelige svar, der følger.
class-2xx-title = Succes
class-2xx-description = Anmodningen blev modtaget, forstået og accepteret.
class-3xx-title = Omdirigering
class-3xx-description = Klienten skal gøre mere for at fuldføre anmodningen, som regel ved at følge en omdirigering til en anden adresse.
class-4xx-title = Klientfejl
class-4xx-description = Anmodningen indeholder en fejl, for eksempel forkert syntaks, eller kan ikke opfyldes, som den er sendt. Klienten bør rette den, før den prøver igen.
class-5xx-title = Serverfejl
class-5xx-description = Serveren kunne ikke opfylde en anmodning, der ser ud til at være gyldig. Problemet ligger hos serveren, og det kan hjælpe at prøve igen senere.
