# Titels en beschrijvingen voor mensen van alle geregistreerde HTTP-statuscodes.
# De statusteksten die in het protocol worden verzonden, staan in wire.ftl; de titels hier mogen alleen in vorm daarvan afwijken.

## 1xx Informatief

status-100-title = Doorgaan
status-100-description = De server heeft het begin van de aanvraag ontvangen en de client moet doorgaan met het verzenden van de rest. Meestal is dit het antwoord op een aanvraag die met een Expect-header heeft gevraagd of de server de inhoud zou accepteren voordat die wordt verzonden.
status-101-title = Protocolwissel
status-101-description = De server stemt in met de Upgrade-aanvraag van de client en schakelt de verbinding over op een ander protocol, zoals WebSocket. Alles wat na dit antwoord over de verbinding gaat, gebruikt het nieuwe protocol.
status-102-title = Wordt verwerkt
status-102-description = Een tussentijds antwoord waarmee de server de client liet weten dat hij een lange WebDAV-aanvraag had geaccepteerd en er nog mee bezig was. De code wordt afgeraden: de latere WebDAV-specificatie heeft hem geschrapt, dus clients moeten er niet op rekenen.
status-103-title = Vroege hints
status-103-description = Een tussentijds antwoord dat vóór het definitieve wordt verzonden, meestal met Link-headers, zodat de client alvast resources kan voorladen terwijl de server zijn antwoord voorbereidt. De code is experimenteel, en een client die de hints niet gebruikt, kan hem gewoon negeren.
status-104-title = Hervatten van uploads ondersteund
status-104-description = Een tussentijds antwoord waarin de server meldt dat hij hervatbare uploads ondersteunt en waar de upload te vinden is, zodat een onderbroken upload kan worden voortgezet in plaats van opnieuw te beginnen. Het is een voorlopige registratie voor het concept “Hervatbare uploads voor HTTP” en kan nog veranderen of vervallen.

## 2xx Geslaagd

status-200-title = OK
status-200-description = De aanvraag is geslaagd. Wat het antwoord bevat, hangt af van de methode: bij GET is het de aangevraagde resource, bij POST meestal het resultaat van de actie.
status-201-title = Aangemaakt
status-201-description = De aanvraag is geslaagd en heeft een of meer nieuwe resources aangemaakt. De belangrijkste nieuwe resource wordt normaal aangegeven in de Location-header van het antwoord.
status-202-title = Geaccepteerd
status-202-description = De aanvraag is geaccepteerd voor verwerking, maar de verwerking is nog niet klaar en kan nog mislukken. Dit is typerend voor taken in een wachtrij of op de achtergrond; het antwoord geeft vaak aan waar je de voortgang kunt volgen.
status-203-title = Niet-gezaghebbende informatie
status-203-description = De aanvraag is geslaagd, maar een transformerende proxy heeft de inhoud gewijzigd, zodat die niet precies is wat de oorspronkelijke server heeft verzonden.
status-204-title = Geen inhoud
status-204-description = De aanvraag is geslaagd en er is niets terug te sturen. Een browser blijft op de huidige pagina, en een API-client moet geen body in het antwoord verwachten.
status-205-title = Inhoud opnieuw instellen
status-205-description = De aanvraag is geslaagd en de client moet de weergave van waaruit de aanvraag is verzonden opnieuw instellen, bijvoorbeeld een formulier leegmaken zodat er nieuwe gegevens kunnen worden ingevoerd. Het antwoord heeft geen inhoud.
status-206-title = Gedeeltelijke inhoud
status-206-description = De server verzendt alleen de delen van de resource waar de client met een Range-header om heeft gevraagd. Zo worden downloads hervat en springen mediaspelers naar een bepaalde positie in een bestand.
status-207-title = Meerdere statussen
status-207-description = Een WebDAV-antwoord dat in een XML-body een afzonderlijke status meldt voor elk van meerdere resources of bewerkingen. Controleer elke status in de body in plaats van de algemene code.
status-208-title = Al gemeld
status-208-description = Wordt gebruikt in een WebDAV-multistatusantwoord om aan te geven dat de leden van een verzameling al eerder in hetzelfde antwoord zijn vermeld en niet worden herhaald. Zo wordt voorkomen dat een resource die via meerdere bindingen bereikbaar is, vele keren wordt vermeld.
status-226-title = IM toegepast
status-226-description = De server heeft een GET-aanvraag uitgevoerd, en het antwoord is het resultaat van een of meer instantiemanipulaties, zoals een delta, toegepast op de huidige versie van de resource. De code hoort bij de uitbreiding van HTTP voor delta-codering.

## 3xx Omleiding

status-300-title = Meerdere keuzes
status-300-description = De resource heeft meerdere representaties, elk met een eigen adres, en de gebruiker of de client moet er een kiezen. De server kan in de Location-header naar zijn voorkeurskeuze verwijzen.
status-301-title = Permanent verplaatst
status-301-description = De resource is permanent verplaatst naar het adres in de Location-header, en links en bladwijzers moeten naar dat adres worden bijgewerkt. Bij het volgen van de omleiding mogen clients een POST in een GET veranderen; 308 is de variant die de methode behoudt.
status-302-title = Gevonden
status-302-description = De resource staat tijdelijk op het adres in de Location-header, en voor toekomstige aanvragen moet het oorspronkelijke adres gebruikt blijven worden. Bij het volgen van de omleiding mogen clients een POST in een GET veranderen; 307 is de variant die de methode behoudt.
status-303-title = Zie andere locatie
status-303-description = De server stuurt de client door naar een andere resource, aangegeven in de Location-header, die met GET moet worden opgehaald. Dit wordt vaak gebruikt na het verzenden van een formulier, om een resultaatpagina te tonen.
status-304-title = Niet gewijzigd
status-304-description = Een voorwaardelijke aanvraag heeft vastgesteld dat de resource niet is gewijzigd sinds de versie die de client al heeft, dus de client kan zijn kopie uit de cache gebruiken. Het antwoord heeft geen inhoud.
status-305-title = Proxy gebruiken
status-305-description = Deze code droeg de client vroeger op de aanvraag te herhalen via de proxy die in de Location-header stond. De code wordt om veiligheidsredenen afgeraden, omdat een server er het verkeer van een client mee door elke willekeurige proxy kon leiden, en huidige clients reageren er niet op.
status-307-title = Tijdelijke omleiding
status-307-description = De resource staat tijdelijk op het adres in de Location-header, en de client moet de aanvraag daar herhalen met dezelfde methode en inhoud. Toekomstige aanvragen moeten nog steeds naar het oorspronkelijke adres gaan.
status-308-title = Permanente omleiding
status-308-description = De resource is permanent verplaatst naar het adres in de Location-header, en de client moet de aanvraag daar herhalen met dezelfde methode en inhoud. Toekomstige aanvragen moeten het nieuwe adres gebruiken.

## 4xx Clientfout

status-400-title = Ongeldige aanvraag
status-400-description = De server kan of wil de aanvraag niet verwerken vanwege iets wat hij als een fout van de client beschouwt, zoals een onjuiste syntaxis of een ongeldig bericht. Corrigeer de aanvraag voordat je die opnieuw verzendt.
status-401-title = Authenticatie vereist
status-401-description = De aanvraag bevat geen geldige aanmeldingsgegevens voor de resource. De WWW-Authenticate-header van het antwoord geeft aan hoe je je moet authenticeren; meld je aan of stuur aanmeldingsgegevens mee en probeer het opnieuw.
status-402-title = Betaling vereist
status-402-description = Gereserveerd voor toekomstig gebruik; HTTP legt niet vast wat de code betekent. Sommige diensten gebruiken hem informeel om aan te geven dat een betaling of een abonnement nodig is.
status-403-title = Verboden
status-403-description = De server heeft de aanvraag begrepen, maar weigert die uit te voeren. Anders dan bij 401 helpt het niet om je opnieuw aan te melden met dezelfde aanmeldingsgegevens: de client heeft geen toestemming voor deze resource.
status-404-title = Niet gevonden
status-404-description = De server heeft niets op dit adres, of wil niet prijsgeven dat er iets is. Controleer het adres op typefouten; de pagina is misschien verplaatst of verwijderd.
status-405-title = Methode niet toegestaan
status-405-description = De resource bestaat, maar accepteert de methode van de aanvraag niet, bijvoorbeeld een POST naar een pagina die alleen gelezen kan worden. De Allow-header van het antwoord vermeldt de methoden die wel worden geaccepteerd.
status-406-title = Niet aanvaardbaar
status-406-description = De server heeft geen versie van de resource die past bij wat de client volgens zijn Accept-headers accepteert, zoals mediatype of taal, en wil geen standaardversie sturen.
status-407-title = Proxyauthenticatie vereist
status-407-description = Net als 401, maar de client moet zich eerst authenticeren bij een proxy tussen hem en de server. De Proxy-Authenticate-header van het antwoord geeft aan hoe.
status-408-title = Aanvraagtijd verstreken
status-408-description = De server heeft geen volledige aanvraag ontvangen binnen de tijd die hij bereid was te wachten, en sluit de verbinding. De client mag de aanvraag opnieuw verzenden via een nieuwe verbinding.
status-409-title = Conflict
status-409-description = De aanvraag is in conflict met de huidige toestand van de resource, bijvoorbeeld een bewerking die op een verouderde versie is gebaseerd. Los het conflict op, vaak door de nieuwste versie op te halen, en probeer het opnieuw.
status-410-title = Verdwenen
status-410-description = De resource was hier eerder, maar is bewust verwijderd en komt niet terug; er is geen nieuw adres bekend. Links ernaartoe moeten worden verwijderd.
status-411-title = Lengte vereist
status-411-description = De server weigert de aanvraag omdat die geen Content-Length-header heeft. Verzend de aanvraag opnieuw met de lengte van de inhoud.
status-412-title = Niet voldaan aan voorwaarde
status-412-description = Een voorwaarde in de headers van de aanvraag, zoals If-Match of If-Unmodified-Since, bleek op de server onwaar te zijn. Dit voorkomt meestal dat een resource wordt overschreven die iemand anders intussen heeft gewijzigd.
status-413-title = Inhoud te groot
status-413-description = De inhoud van de aanvraag is groter dan de server wil of kan verwerken. Stuur minder gegevens; als de limiet maar tijdelijk is, kan de Retry-After-header aangeven wanneer je het opnieuw kunt proberen.
status-414-title = URI te lang
status-414-description = Het aangevraagde adres is langer dan de server wil interpreteren. Dit komt vaak doordat er te veel gegevens in de querystring staan; stuur zulke gegevens in plaats daarvan in de body van de aanvraag.
status-415-title = Mediatype niet ondersteund
status-415-description = De server weigert de aanvraag omdat de inhoud een indeling of codering heeft die de resource voor deze methode niet ondersteunt. Controleer de headers Content-Type en Content-Encoding.
status-416-title = Bereik niet leverbaar
status-416-description = Geen van de bereiken die in de Range-header zijn gevraagd, kan worden geleverd, bijvoorbeeld omdat ze voorbij het einde van de resource beginnen. Het antwoord vermeldt meestal de huidige lengte van de resource in een Content-Range-header.
status-417-title = Niet voldaan aan verwachting
status-417-description = De server kan niet voldoen aan de verwachting die in de Expect-header van de aanvraag staat. De client mag de aanvraag opnieuw verzenden zonder die header.
status-418-title = Ik ben een theepot
status-418-description = Gereserveerd en ongebruikt in HTTP. De code komt uit het Hyper Text Coffee Pot Control Protocol, een 1 aprilgrap waarin een theepot weigert koffie te zetten, en sommige servers sturen hem nog steeds als easter egg.
status-421-title = Verkeerd geadresseerde aanvraag
status-421-description = De aanvraag is terechtgekomen bij een server die geen antwoord kan geven voor het adres ervan, bijvoorbeeld omdat een hergebruikte verbinding uitkomt bij een server die niet is ingesteld voor die hostnaam. De client mag het opnieuw proberen via een andere verbinding.
status-422-title = Onverwerkbare inhoud
status-422-description = De server begrijpt het inhoudstype en de syntaxis is correct, maar hij kan niets doen met wat de inhoud zegt, bijvoorbeeld omdat de gegevens de validatie niet doorstaan. Corrigeer de gegevens voordat je het opnieuw probeert.
status-423-title = Vergrendeld
status-423-description = De WebDAV-resource is vergrendeld, zodat de methode er niet op kan worden toegepast. Wacht tot de vergrendeling wordt opgeheven, of stuur het vergrendelingstoken mee als jij de vergrendeling hebt.
status-424-title = Mislukte afhankelijkheid
status-424-description = De methode kon niet op de resource worden uitgevoerd omdat een andere actie waarvan die afhing, is mislukt. In WebDAV gebeurt dit bijvoorbeeld wanneer één wijziging in een reeks mislukt en de andere daarom niet worden doorgevoerd.
status-425-title = Te vroeg
status-425-description = De server wil geen aanvraag verwerken die als vroege TLS-gegevens (early data) is verzonden, omdat zulke gegevens door een aanvaller opnieuw kunnen worden afgespeeld. De client moet de aanvraag opnieuw verzenden zodra de handshake is voltooid.
status-426-title = Upgrade vereist
status-426-description = De server weigert de aanvraag via het huidige protocol af te handelen, maar doet dat mogelijk wel zodra de client overschakelt op een ander protocol. De Upgrade-header van het antwoord noemt de protocollen die hij vereist.
status-428-title = Voorwaarde vereist
status-428-description = De server vereist dat de aanvraag voorwaardelijk is, bijvoorbeeld met een If-Match-header, zodat wijzigingen van verschillende clients elkaar niet overschrijven. Haal de huidige versie op en verzend de aanvraag opnieuw met een voorwaarde.
status-429-title = Te veel aanvragen
status-429-description = De client heeft binnen een bepaalde tijd te veel aanvragen verzonden en wordt nu afgeremd. Doe het rustiger aan; de Retry-After-header kan aangeven hoelang je moet wachten.
status-431-title = Headervelden van aanvraag te groot
status-431-description = De server wil de aanvraag niet verwerken omdat de headervelden te groot zijn, een enkel veld of alle velden samen. Maak de headers kleiner, bijvoorbeeld door de cookies voor de site te wissen, en probeer het opnieuw.
status-451-title = Niet beschikbaar om juridische redenen
status-451-description = De server weigert toegang tot de resource vanwege een juridische eis, zoals een gerechtelijk bevel of overheidscensuur. Het antwoord hoort uit te leggen wat de eis inhoudt en wie die heeft gesteld.

## 5xx Serverfout

status-500-title = Interne serverfout
status-500-description = De server kreeg te maken met een onverwachte situatie waardoor hij de aanvraag niet kon afhandelen. De fout ligt aan de kant van de server; probeer het later opnieuw en neem contact op met de beheerders van de site als het probleem aanhoudt.
status-501-title = Niet geïmplementeerd
status-501-description = De server ondersteunt de functionaliteit niet die nodig is om de aanvraag af te handelen, meestal omdat hij de methode van de aanvraag helemaal niet herkent. Anders dan bij 405 geldt dit voor de hele server en niet voor één resource.
status-502-title = Ongeldige gateway
status-502-description = Een server die als gateway of proxy optreedt, heeft een ongeldig antwoord gekregen van de achterliggende server waarmee hij contact opnam. Het probleem ligt tussen servers, en later opnieuw proberen kan helpen.
status-503-title = Dienst niet beschikbaar
status-503-description = De server kan de aanvraag op dit moment niet afhandelen, meestal omdat hij overbelast is of buiten gebruik is wegens onderhoud. Probeer het later opnieuw; de Retry-After-header kan aangeven wanneer.
status-504-title = Gateway-time-out
status-504-description = Een server die als gateway of proxy optreedt, heeft niet op tijd een antwoord gekregen van de achterliggende server die hij moest bereiken. Later opnieuw proberen kan helpen.
status-505-title = HTTP-versie niet ondersteund
status-505-description = De server ondersteunt de hoofdversie van HTTP die in de aanvraag is gebruikt niet, of weigert die te ondersteunen. De client moet het opnieuw proberen met een andere versie van het protocol.
status-506-title = Variant onderhandelt ook
status-506-description = De server is verkeerd geconfigureerd voor transparante inhoudsonderhandeling: de variant die hij heeft gekozen, is zelf ingesteld om te onderhandelen, wat nooit zou eindigen. De code komt uit een experimentele specificatie en wordt zelden gezien.
status-507-title = Onvoldoende opslagruimte
status-507-description = De server kan niet opslaan wat hij nodig heeft om de aanvraag af te ronden, bijvoorbeeld omdat een schijf of een quotum vol is. In WebDAV wordt deze toestand als tijdelijk beschouwd.
status-508-title = Lus gedetecteerd
status-508-description = De server heeft een bewerking gestopt omdat hij een oneindige lus vond tijdens het verwerken van een WebDAV-aanvraag met oneindige diepte. De hele bewerking is mislukt.
status-510-title = Niet uitgebreid
status-510-description = De aanvraag bevatte niet de uitbreidingsdeclaraties die de server vereist volgens het uitbreidingsraamwerk voor HTTP (HTTP Extension Framework). De code is achterhaald: dat raamwerk heeft de status historisch (Historic) gekregen, en de code hoort niet meer gebruikt te worden.
status-511-title = Netwerkauthenticatie vereist
status-511-description = De client moet zich aanmelden om toegang te krijgen tot het netwerk, meestal via een inlogpagina (captive portal) op openbare wifi; het antwoord komt van het netwerk, niet van de site die werd aangevraagd. Open een webpagina en meld je aan of accepteer de voorwaarden van het netwerk.
