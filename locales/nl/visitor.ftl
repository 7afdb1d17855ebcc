# Wat een foutpagina vertelt aan een bezoeker die geen ontwikkelaar is: voor elke clientfout (4xx)
# en serverfout (5xx) een korte melding bovenaan de pagina en de actie die we voorstellen.
# Schrijf voor iedereen die een website gebruikt: geen vakjargon (“aanvraag” mag, “upstream” of
# “POST” niet), spreek de bezoeker direct aan met “je”, telkens een of twee korte zinnen. De
# technische beschrijving van elke code (status.ftl) staat eronder, onder “Technische details”.
# Blijf rustig en geef de bezoeker nooit de schuld.

## Clientfouten (4xx): er is iets met de aanvraag. visitor-NNN staat bovenaan de pagina;
## visitor-NNN-action zegt wat de bezoeker kan doen.

visitor-400 = De site kon de aanvraag van je browser niet begrijpen.
visitor-400-action = Ga terug en probeer het opnieuw. Blijft dit gebeuren, wis dan de cookies van deze site of gebruik een andere browser.
visitor-401 = Je moet je aanmelden om deze pagina te bekijken.
visitor-401-action = Meld je aan en probeer het daarna opnieuw.
visitor-402 = Voor deze inhoud is een betaling of een abonnement nodig.
visitor-402-action = Controleer je abonnement of je betaalgegevens op deze site.
visitor-403 = Je hebt geen toestemming om deze pagina te bekijken.
visitor-403-action = Denk je dat je wel toegang zou moeten hebben? Neem dan contact op met de eigenaar van de site.
visitor-404 = We konden de pagina die je zocht niet vinden.
visitor-404-action = Controleer het adres op typefouten, of begin opnieuw vanaf de startpagina.
visitor-405 = Deze pagina kan niet worden gebruikt op de manier waarop je browser dat net probeerde.
visitor-405-action = Ga terug naar de vorige pagina en probeer het vanaf daar opnieuw.
visitor-406 = De site heeft geen versie van deze pagina in een formaat of taal die je browser accepteert.
visitor-406-action = Probeer het opnieuw met een andere browser, of wijzig de taalinstellingen van je browser.
visitor-407 = Het netwerk dat je gebruikt, vraagt je om je aan te melden voordat je deze site kunt bereiken.
visitor-407-action = Meld je aan bij je netwerk en probeer het daarna opnieuw.
visitor-408 = De site heeft te lang gewacht tot je browser klaar was met het verzenden van de aanvraag.
visitor-408-action = Probeer het opnieuw. Is je verbinding traag, wacht dan eerst even.
visitor-409 = Je wijziging botst met de huidige stand van deze pagina, misschien omdat iemand anders die eerder heeft gewijzigd.
visitor-409-action = Laad de pagina opnieuw om de nieuwste versie te zien en breng je wijziging daarna opnieuw aan.
visitor-410 = Deze pagina is definitief verwijderd.
visitor-410-action = Begin opnieuw vanaf de startpagina, of zoek op de site naar vergelijkbare inhoud.
visitor-411 = Je browser heeft de aanvraag verzonden in een vorm die de site niet kan accepteren.
visitor-411-action = Probeer het opnieuw. Blijft dit gebeuren, gebruik dan een andere browser.
visitor-412 = Deze pagina is gewijzigd sinds je browser hem voor het laatst heeft geladen, dus er is niets uitgevoerd.
visitor-412-action = Laad de pagina opnieuw en probeer het daarna nog een keer.
visitor-413 = Wat je probeerde te verzenden, is groter dan deze site accepteert.
visitor-413-action = Probeer een kleiner bestand, of verzend minder tegelijk.
visitor-414 = Het webadres is te lang voor de site.
visitor-414-action = Controleer het adres, of ga terug en volg de link opnieuw.
visitor-415 = De site accepteert dit type bestand of gegevens niet.
visitor-415-action = Probeer het opnieuw met een bestand in een ander formaat.
visitor-416 = Het deel van het bestand waar je browser om vroeg, bestaat niet.
visitor-416-action = Start de download opnieuw vanaf het begin.
visitor-417 = De site kan niet voldoen aan een voorwaarde die je browser aan deze aanvraag heeft gesteld.
visitor-417-action = Probeer het opnieuw. Blijft dit gebeuren, gebruik dan een andere browser.
visitor-418 = Deze server is een theepot, en theepotten zetten geen koffie.
visitor-418-action = Probeer het eens met een koffiepot.
visitor-421 = Je aanvraag is terechtgekomen bij een server die niet namens deze site kan antwoorden.
visitor-421-action = Laad de pagina over een ogenblik opnieuw.
visitor-422 = De site heeft begrepen wat je hebt verzonden, maar een deel ervan is niet geldig.
visitor-422-action = Controleer wat je hebt ingevuld, verbeter het en verzend het opnieuw.
visitor-423 = Dit item is vergrendeld, omdat het in gebruik is of wordt bewerkt.
visitor-423-action = Wacht even en probeer het daarna opnieuw.
visitor-424 = Dit kon niet worden voltooid, omdat een stap waarvan het afhangt, is mislukt.
visitor-424-action = Probeer de hele handeling opnieuw.
visitor-425 = Voor je veiligheid heeft de site nog niets met deze aanvraag gedaan.
visitor-425-action = Probeer het opnieuw.
visitor-426 = De site heeft een nieuwere, veiligere verbinding nodig dan je browser gebruikte.
visitor-426-action = Werk je browser of app bij en probeer het daarna opnieuw.
visitor-428 = Om te voorkomen dat wijzigingen van iemand anders worden overschreven, moet de site weten welke versie je bewerkt.
visitor-428-action = Laad de pagina opnieuw en breng je wijziging daarna opnieuw aan.
visitor-429 = Er kwamen in korte tijd te veel aanvragen van jou binnen.
visitor-429-action = Wacht even en probeer het daarna opnieuw.
visitor-431 = Je browser heeft te veel extra informatie met de aanvraag meegestuurd, vaak door grote cookies.
visitor-431-action = Wis de cookies van deze site en probeer het daarna opnieuw.
visitor-451 = Deze pagina is hier om juridische redenen niet beschikbaar.
visitor-451-action = Begin opnieuw vanaf de startpagina; misschien legt de site de reden ergens anders uit.

## Serverfouten (5xx): er ging iets mis aan de kant van de site, niet aan die van de bezoeker.

visitor-500 = Er ging iets mis aan de kant van de site.
visitor-500-action = Probeer het over een paar minuten opnieuw. Blijft dit gebeuren, laat het dan de eigenaar van de site weten.
visitor-501 = De site kan niet doen wat je browser vroeg.
visitor-501-action = Ga terug naar de vorige pagina.
visitor-502 = De site kreeg geen geldig antwoord van een andere server waarvan hij afhankelijk is.
visitor-502-action = Probeer het over een paar minuten opnieuw.
visitor-503 = De site kan je aanvraag op dit moment niet verwerken.
visitor-503-action = Probeer het over een paar minuten opnieuw.
visitor-504 = De site heeft te lang gewacht op een andere server waarvan hij afhankelijk is.
visitor-504-action = Probeer het over een paar minuten opnieuw.
visitor-505 = De site ondersteunt het soort verbinding niet dat je browser gebruikte.
visitor-505-action = Werk je browser of app bij en probeer het daarna opnieuw.
visitor-506 = De site is zo ingesteld dat hij geen versie van deze pagina kan kiezen om te tonen.
visitor-506-action = Laat het de eigenaar van de site weten.
visitor-507 = De site heeft geen opslagruimte meer voor je aanvraag.
visitor-507-action = Probeer het later opnieuw, of laat het de eigenaar van de site weten.
visitor-508 = De site is bij het verwerken van je aanvraag in een eindeloze lus beland.
visitor-508-action = Laat het de eigenaar van de site weten.
visitor-510 = De site heeft meer informatie bij de aanvraag nodig voordat hij die kan verwerken.
visitor-510-action = Laat het de eigenaar van de site weten.
visitor-511 = Je moet je aanmelden bij het netwerk voordat je internet kunt gebruiken.
visitor-511-action = Open een willekeurige webpagina om bij de aanmeldpagina van het netwerk te komen, en meld je daar aan.

## Codes zonder eigen melding (zoals 499 of 599) gebruiken die van hun klasse.

visitor-4xx = Er was een probleem met de aanvraag, waardoor de site die niet kon afhandelen.
visitor-4xx-action = Controleer het adres, of ga terug en probeer het opnieuw.
visitor-5xx = Er ging iets mis aan de kant van de site.
visitor-5xx-action = Probeer het over een paar minuten opnieuw.
