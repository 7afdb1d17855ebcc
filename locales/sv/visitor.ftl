# Vad en felsida säger till en besökare som inte är utvecklare: för varje klientfel (4xx) och
# serverfel (5xx) ett kort meddelande överst på sidan och den åtgärd som föreslås.
# Skriv för alla som använder en webbplats: ingen fackjargong (”begäran” går bra, ”upstream” eller
# ”POST” gör det inte), tilltala besökaren direkt med ”du”, en eller två korta meningar var.
# Den tekniska beskrivningen av varje kod (status.ftl) står under, under ”Tekniska detaljer”.
# Håll en lugn ton och skyll aldrig på besökaren.

## Klientfel (4xx): något med begäran. visitor-NNN står överst på sidan;
## visitor-NNN-action säger vad besökaren kan göra.

visitor-400 = Webbplatsen kunde inte förstå begäran som din webbläsare skickade.
visitor-400-action = Gå tillbaka och försök igen. Om det fortsätter att hända kan du rensa cookies för den här webbplatsen eller använda en annan webbläsare.
visitor-401 = Du måste logga in för att se den här sidan.
visitor-401-action = Logga in och försök sedan igen.
visitor-402 = Det här innehållet kräver en betalning eller en prenumeration.
visitor-402-action = Kontrollera din prenumeration eller dina betalningsuppgifter på den här webbplatsen.
visitor-403 = Du har inte behörighet att se den här sidan.
visitor-403-action = Om du tycker att du borde ha åtkomst kan du kontakta webbplatsens ägare.
visitor-404 = Vi kunde inte hitta sidan du letade efter.
visitor-404-action = Kontrollera att adressen inte innehåller något skrivfel, eller börja om från startsidan.
visitor-405 = Den här sidan kan inte användas på det sätt som din webbläsare nyss försökte.
visitor-405-action = Gå tillbaka till föregående sida och försök igen därifrån.
visitor-406 = Webbplatsen har ingen version av den här sidan i ett format eller språk som din webbläsare accepterar.
visitor-406-action = Försök igen med en annan webbläsare, eller ändra språkinställningarna i din webbläsare.
visitor-407 = Nätverket du använder vill att du loggar in innan du kan nå den här webbplatsen.
visitor-407-action = Logga in på ditt nätverk och försök sedan igen.
visitor-408 = Webbplatsen väntade för länge på att din webbläsare skulle skicka klart sin begäran.
visitor-408-action = Försök igen. Om din anslutning är långsam kan du vänta en stund först.
visitor-409 = Din ändring krockar med sidans nuvarande innehåll, kanske för att någon annan hann ändra den först.
visitor-409-action = Ladda om sidan för att se den senaste versionen och gör sedan din ändring igen.
visitor-410 = Den här sidan har tagits bort för gott.
visitor-410-action = Börja om från startsidan, eller sök på webbplatsen efter liknande innehåll.
visitor-411 = Din webbläsare skickade begäran i en form som webbplatsen inte kan ta emot.
visitor-411-action = Försök igen. Om det fortsätter att hända kan du använda en annan webbläsare.
visitor-412 = Sidan har ändrats sedan din webbläsare senast läste in den, så ingenting har gjorts.
visitor-412-action = Ladda om sidan och försök sedan igen.
visitor-413 = Det du försökte skicka är större än vad webbplatsen tar emot.
visitor-413-action = Prova med en mindre fil, eller skicka mindre åt gången.
visitor-414 = Webbadressen är för lång för att webbplatsen ska kunna hantera den.
visitor-414-action = Kontrollera adressen, eller gå tillbaka och följ länken igen.
visitor-415 = Webbplatsen tar inte emot den här typen av fil eller data.
visitor-415-action = Försök igen med en fil i ett annat format.
visitor-416 = Den del av filen som din webbläsare bad om finns inte.
visitor-416-action = Starta om nedladdningen från början.
visitor-417 = Webbplatsen kan inte uppfylla ett villkor som din webbläsare ställde för den här begäran.
visitor-417-action = Försök igen. Om det fortsätter att hända kan du använda en annan webbläsare.
visitor-418 = Den här servern är en tekanna, och tekannor brygger inte kaffe.
visitor-418-action = Prova med en kaffekanna i stället.
visitor-421 = Din begäran hamnade hos en server som inte kan svara för den här webbplatsen.
visitor-421-action = Ladda om sidan om en liten stund.
visitor-422 = Webbplatsen förstod vad du skickade, men en del av det är inte giltigt.
visitor-422-action = Kontrollera det du har angett, rätta det och skicka igen.
visitor-423 = Det här objektet är låst eftersom det används eller redigeras just nu.
visitor-423-action = Vänta en stund och försök sedan igen.
visitor-424 = Det gick inte att slutföra, eftersom ett steg som det är beroende av misslyckades.
visitor-424-action = Gör om hela åtgärden.
visitor-425 = För din säkerhets skull har webbplatsen inte utfört den här begäran än.
visitor-425-action = Försök igen.
visitor-426 = Webbplatsen kräver en nyare och säkrare anslutning än den som din webbläsare använde.
visitor-426-action = Uppdatera din webbläsare eller app och försök sedan igen.
visitor-428 = För att inte skriva över någon annans ändringar behöver webbplatsen veta vilken version du redigerar.
visitor-428-action = Ladda om sidan och gör sedan din ändring igen.
visitor-429 = Det kom för många begäranden från dig på kort tid.
visitor-429-action = Vänta en stund och försök sedan igen.
visitor-431 = Din webbläsare skickade för mycket extra information med begäran, ofta på grund av stora cookies.
visitor-431-action = Rensa cookies för den här webbplatsen och försök sedan igen.
visitor-451 = Den här sidan är inte tillgänglig här av juridiska skäl.
visitor-451-action = Börja om från startsidan; webbplatsen kanske förklarar orsaken någon annanstans.

## Serverfel (5xx): något gick fel hos webbplatsen, inte hos besökaren.

visitor-500 = Något gick fel hos webbplatsen.
visitor-500-action = Försök igen om några minuter. Om det fortsätter att hända kan du meddela webbplatsens ägare.
visitor-501 = Webbplatsen kan inte göra det som din webbläsare bad om.
visitor-501-action = Gå tillbaka till föregående sida.
visitor-502 = Webbplatsen fick inget giltigt svar från en annan server som den är beroende av.
visitor-502-action = Försök igen om några minuter.
visitor-503 = Webbplatsen kan inte hantera din begäran just nu.
visitor-503-action = Försök igen om några minuter.
visitor-504 = Webbplatsen väntade för länge på en annan server som den är beroende av.
visitor-504-action = Försök igen om några minuter.
visitor-505 = Webbplatsen stöder inte den typ av anslutning som din webbläsare använde.
visitor-505-action = Uppdatera din webbläsare eller app och försök sedan igen.
visitor-506 = Webbplatsen är inställd på ett sätt som hindrar den från att välja vilken version av sidan som ska visas.
visitor-506-action = Meddela webbplatsens ägare.
visitor-507 = Webbplatsen har fått slut på lagringsutrymme för din begäran.
visitor-507-action = Försök igen senare, eller meddela webbplatsens ägare.
visitor-508 = Webbplatsen fastnade i en oändlig slinga när den hanterade din begäran.
visitor-508-action = Meddela webbplatsens ägare.
visitor-510 = Webbplatsen behöver mer information i begäran innan den kan hantera den.
visitor-510-action = Meddela webbplatsens ägare.
visitor-511 = Du måste logga in på nätverket innan du kan använda internet.
visitor-511-action = Öppna valfri webbsida för att komma till nätverkets inloggningssida, och logga sedan in där.

## Koder utan ett eget meddelande (till exempel 499 eller 599) använder klassens meddelande.

visitor-4xx = Det uppstod ett problem med begäran, så webbplatsen kunde inte slutföra den.
visitor-4xx-action = Kontrollera adressen, eller gå tillbaka och försök igen.
visitor-5xx = Något gick fel hos webbplatsen.
visitor-5xx-action = Försök igen om några minuter.
