# Titler og beskrivelser for de fem klassene av HTTP-statuskoder, oppkalt etter det første sifferet.
# De beskriver også uregistrerte koder, som ifølge RFC 9110 skal behandles som x00-koden i klassen sin.

class-1xx-title = Informasjon
class-1xx-description = Et foreløpig svar: forespørselen er mottatt, og serveren holder fortsatt på å behandle den. Klienten bør vente på det endelige svaret som følger.
class-2xx-title = Vellykket
class-2xx-description = Forespørselen er mottatt, forstått og akseptert uten problemer.
class-3xx-title = Omdirigering
class-3xx-description = Klienten må gjøre noe mer for å fullføre forespørselen, som regel følge en omdirigering til en annen adresse.
class-4xx-title = Klientfeil
class-4xx-description = Forespørselen inneholder en feil, for eksempel feil syntaks, eller kan ikke oppfylles slik den ble sendt. Klienten bør rette den opp før den prøver igjen.
class-5xx-title = Serverfeil
class-5xx-description = Serveren klarte ikke å oppfylle en forespørsel som ser ut til å være gyldig. Problemet ligger hos serveren, og det kan hjelpe å prøve igjen senere.
