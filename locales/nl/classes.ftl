# Titels en beschrijvingen van de vijf klassen van HTTP-statuscodes, genoemd naar hun eerste cijfer.
# Ze beschrijven ook niet-geregistreerde codes, die volgens RFC 9110 moeten worden behandeld als de x00-code van hun klasse.

class-1xx-title = Informatief
class-1xx-description = Een tussentijds antwoord: de aanvraag is ontvangen en de server is er nog mee bezig. De client moet wachten op het definitieve antwoord dat volgt.
class-2xx-title = Geslaagd
class-2xx-description = De aanvraag is met succes ontvangen, begrepen en geaccepteerd.
class-3xx-title = Omleiding
class-3xx-description = De client moet nog iets doen om de aanvraag te voltooien, meestal een omleiding naar een ander adres volgen.
class-4xx-title = Clientfout
class-4xx-description = De aanvraag bevat een fout, zoals een onjuiste syntaxis, of kan zoals ze is verzonden niet worden uitgevoerd. De client moet de fout corrigeren voordat hij het opnieuw probeert.
class-5xx-title = Serverfout
class-5xx-description = De server kon een aanvraag die geldig lijkt niet uitvoeren. Het probleem ligt bij de server, en later opnieuw proberen kan helpen.
