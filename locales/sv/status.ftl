# Titlar och beskrivningar för människor av varje registrerad HTTP-statuskod.
# Statustexterna som skickas i protokollet finns i wire.ftl; titlarna här får bara skilja sig från dem i formen.

## 1xx Information

status-100-title = Fortsätt
status-100-description = Servern har tagit emot början av begäran, och klienten bör fortsätta att skicka resten. Koden är oftast svaret på en begäran som med huvudfältet Expect frågade om servern skulle ta emot innehållet innan det skickas.
status-101-title = Protokollbyte
status-101-description = Servern går med på klientens begäran om uppgradering (Upgrade) och byter anslutningen till ett annat protokoll, till exempel WebSocket. Allt som skickas på anslutningen efter det här svaret använder det nya protokollet.
status-102-title = Bearbetning pågår
status-102-description = Ett preliminärt svar som talade om för klienten att servern hade tagit emot en lång begäran i WebDAV och fortfarande arbetade med den. Koden är utfasad: den senare WebDAV-specifikationen tog bort den, så klienter bör inte förlita sig på den.
status-103-title = Tidiga tips
status-103-description = Ett preliminärt svar som skickas före det slutliga, oftast med huvudfältet Link, så att klienten kan börja förinläsa resurser medan servern förbereder sitt svar. Koden är experimentell, och en klient som inte använder tipsen kan helt enkelt ignorera den.
status-104-title = Återupptagning av uppladdningar stöds
status-104-description = Ett preliminärt svar där servern meddelar att den stöder återupptagbara uppladdningar och var uppladdningen finns, så att en avbruten uppladdning kan fortsätta i stället för att börja om. Det är en provisorisk registrering för utkastet ”Återupptagbara uppladdningar för HTTP” och kan ändras eller upphöra att gälla.

## 2xx Lyckad

status-200-title = OK
status-200-description = Begäran lyckades. Vad svaret innehåller beror på metoden: för GET är det den begärda resursen, för POST oftast resultatet av åtgärden.
status-201-title = Skapad
status-201-description = Begäran lyckades och skapade en eller flera nya resurser. Den viktigaste nya resursen anges normalt i huvudfältet Location i svaret.
status-202-title = Accepterad
status-202-description = Begäran har accepterats för bearbetning, men bearbetningen är inte klar och kan fortfarande misslyckas. Det är typiskt för köade jobb och bakgrundsjobb; svaret anger ofta var man kan följa förloppet.
status-203-title = Icke-auktoritativ information
status-203-description = Begäran lyckades, men en transformerande proxy har ändrat innehållet, så det är inte exakt det som den ursprungliga servern skickade.
status-204-title = Inget innehåll
status-204-description = Begäran lyckades och det finns inget att skicka tillbaka. En webbläsare stannar kvar på den aktuella sidan, och en klient som anropar ett API ska inte förvänta sig något innehåll i svaret.
status-205-title = Återställ innehåll
status-205-description = Begäran lyckades och klienten bör återställa vyn som skickade den, till exempel tömma ett formulär så att nya uppgifter kan matas in. Svaret har inget innehåll.
status-206-title = Delvis innehåll
status-206-description = Servern skickar bara de delar av resursen som klienten bad om med huvudfältet Range. Det är så nedladdningar återupptas och så mediaspelare hoppar till en viss position i en fil.
status-207-title = Multistatus
status-207-description = Ett svar från WebDAV som i XML-format rapporterar en separat status för var och en av flera resurser eller operationer. Kontrollera varje status i svarets innehåll snarare än den övergripande koden.
status-208-title = Redan rapporterad
status-208-description = Koden används i ett multistatussvar från WebDAV för att ange att medlemmarna i en samling redan har listats tidigare i samma svar och inte upprepas. Det förhindrar att en resurs som kan nås via flera bindningar listas många gånger.
status-226-title = IM använd
status-226-description = Servern uppfyllde en begäran med GET, och svaret är resultatet av en eller flera instansmanipuleringar, till exempel ett delta, som tillämpats på den aktuella versionen av resursen. Koden hör till tillägget för deltakodning i HTTP.

## 3xx Omdirigering

status-300-title = Flera val
status-300-description = Resursen har flera representationer, var och en med sin egen adress, och användaren eller klienten bör välja en av dem. Servern kan ange sitt förstahandsval i huvudfältet Location.
status-301-title = Permanent flyttad
status-301-description = Resursen har flyttats permanent till adressen i huvudfältet Location, och länkar och bokmärken bör uppdateras till den. När klienter följer omdirigeringen får de göra om en POST till en GET; 308 är varianten som behåller metoden.
status-302-title = Hittades
status-302-description = Resursen finns tillfälligt på adressen i huvudfältet Location, och den ursprungliga adressen ska fortfarande användas för framtida begäranden. När klienter följer omdirigeringen får de göra om en POST till en GET; 307 är varianten som behåller metoden.
status-303-title = Se annan resurs
status-303-description = Servern hänvisar klienten till en annan resurs, angiven i huvudfältet Location, som ska hämtas med GET. Det används ofta efter att ett formulär har skickats, för att visa en resultatsida.
status-304-title = Inte ändrad
status-304-description = En villkorlig begäran visade att resursen inte har ändrats sedan den version som klienten redan har, så klienten kan använda sin cachade kopia. Svaret har inget innehåll.
status-305-title = Använd proxy
status-305-description = Koden uppmanade tidigare klienten att göra om begäran via den proxy som anges i huvudfältet Location. Koden är utfasad av säkerhetsskäl, eftersom den lät en server leda en klients trafik genom vilken proxy som helst, och dagens klienter agerar inte på den.
status-307-title = Tillfällig omdirigering
status-307-description = Resursen finns tillfälligt på adressen i huvudfältet Location, och klienten måste göra om begäran där med samma metod och samma innehåll. Framtida begäranden ska fortfarande gå till den ursprungliga adressen.
status-308-title = Permanent omdirigering
status-308-description = Resursen har flyttats permanent till adressen i huvudfältet Location, och klienten måste göra om begäran där med samma metod och samma innehåll. Framtida begäranden ska använda den nya adressen.

## 4xx Klientfel

status-400-title = Felaktig begäran
status-400-description = Servern kan eller vill inte behandla begäran på grund av något som den uppfattar som ett klientfel, till exempel felaktig syntax eller ett ogiltigt meddelande. Rätta begäran innan du skickar den igen.
status-401-title = Autentisering krävs
status-401-description = Begäran saknar giltiga autentiseringsuppgifter för resursen. Huvudfältet WWW-Authenticate i svaret anger hur man autentiserar sig; logga in eller skicka autentiseringsuppgifter och försök sedan igen.
status-402-title = Betalning krävs
status-402-description = Koden är reserverad för framtida användning; HTTP definierar inte vad den betyder. Vissa tjänster använder den informellt för att ange att en betalning eller en prenumeration krävs.
status-403-title = Förbjuden
status-403-description = Servern förstod begäran men vägrar att utföra den. Till skillnad från 401 hjälper det inte att logga in igen med samma autentiseringsuppgifter: klienten har inte behörighet till den här resursen.
status-404-title = Hittades inte
status-404-description = Servern har ingenting på den här adressen, eller vill inte avslöja att något finns där. Kontrollera att adressen inte innehåller skrivfel; sidan kan ha flyttats eller tagits bort.
status-405-title = Metoden tillåts inte
status-405-description = Resursen finns men tar inte emot metoden i begäran, till exempel en POST till en skrivskyddad sida. Huvudfältet Allow i svaret listar de metoder som resursen tar emot.
status-406-title = Inte acceptabelt
status-406-description = Servern har ingen version av resursen som motsvarar det som klienten har sagt att den accepterar i huvudfält som Accept, till exempel medietyp eller språk, och tänker inte skicka någon standardversion.
status-407-title = Proxyautentisering krävs
status-407-description = Som 401, men klienten måste först autentisera sig mot en proxy som står mellan klienten och servern. Huvudfältet Proxy-Authenticate i svaret anger hur.
status-408-title = Timeout för begäran
status-408-description = Servern fick inte en fullständig begäran inom den tid den var beredd att vänta och stänger anslutningen. Klienten kan skicka begäran igen på en ny anslutning.
status-409-title = Konflikt
status-409-description = Begäran står i konflikt med resursens aktuella tillstånd, till exempel en ändring som bygger på en inaktuell version. Lös konflikten, ofta genom att hämta den senaste versionen, och försök igen.
status-410-title = Borttagen
status-410-description = Resursen fanns tidigare här men har tagits bort avsiktligt och kommer inte tillbaka; ingen ny adress är känd. Länkar till den bör tas bort.
status-411-title = Längd krävs
status-411-description = Servern vägrar att ta emot begäran eftersom den saknar huvudfältet Content-Length. Skicka den igen med innehållets längd.
status-412-title = Förhandsvillkoret uppfylldes inte
status-412-description = Ett villkor i begärans huvudfält, till exempel If-Match eller If-Unmodified-Since, visade sig vara falskt på servern. Det förhindrar oftast att en resurs skrivs över när någon annan har ändrat den under tiden.
status-413-title = Innehållet är för stort
status-413-description = Innehållet i begäran är större än servern vill eller kan behandla. Skicka mindre data; om gränsen bara är tillfällig kan huvudfältet Retry-After ange när du kan försöka igen.
status-414-title = URI:n är för lång
status-414-description = Den begärda adressen är längre än servern är villig att tolka. Det beror ofta på att för mycket data har lagts i frågesträngen; skicka i stället sådana data i innehållet i begäran.
status-415-title = Medietypen stöds inte
status-415-description = Servern vägrar att ta emot begäran eftersom innehållet har ett format, eller använder en kodning, som resursen inte stöder för den här metoden. Kontrollera huvudfälten Content-Type och Content-Encoding.
status-416-title = Intervallet kan inte levereras
status-416-description = Inget av de intervall som begärdes i huvudfältet Range kan levereras, till exempel för att de börjar efter slutet av resursen. Svaret anger oftast resursens aktuella längd i huvudfältet Content-Range.
status-417-title = Förväntan uppfylldes inte
status-417-description = Servern kan inte uppfylla den förväntan som anges i huvudfältet Expect i begäran. Klienten kan skicka begäran igen utan det huvudfältet.
status-418-title = Jag är en tekanna
status-418-description = Koden är reserverad och oanvänd i HTTP. Den kommer från Hyper Text Coffee Pot Control Protocol, ett aprilskämt där en tekanna vägrar att brygga kaffe, och vissa servrar skickar den fortfarande som ett påskägg.
status-421-title = Felriktad begäran
status-421-description = Begäran nådde en server som inte kan ge något svar för dess adress, till exempel för att en återanvänd anslutning leder till en server som inte är konfigurerad för det värdnamnet. Klienten kan försöka igen över en annan anslutning.
status-422-title = Innehållet kan inte bearbetas
status-422-description = Servern förstår innehållstypen och syntaxen är korrekt, men den kan inte agera på det som innehållet säger, till exempel för att data inte klarar valideringen. Rätta data innan du försöker igen.
status-423-title = Låst
status-423-description = Resursen i WebDAV är låst, så metoden kan inte tillämpas på den. Vänta tills låset släpps, eller skicka låstoken om du innehar låset.
status-424-title = Misslyckat beroende
status-424-description = Metoden kunde inte utföras på resursen eftersom en annan åtgärd som den var beroende av misslyckades. I WebDAV händer detta till exempel när en ändring i en uppsättning misslyckas och de andra därför inte tillämpas.
status-425-title = För tidigt
status-425-description = Servern vill inte behandla en begäran som skickats som tidiga data i TLS, eftersom sådana data kan spelas upp igen av en angripare. Klienten bör skicka begäran igen när handskakningen har slutförts.
status-426-title = Uppgradering krävs
status-426-description = Servern vägrar att hantera begäran över det aktuella protokollet men kan göra det när klienten har bytt till ett annat. Huvudfältet Upgrade i svaret anger vilka protokoll som krävs.
status-428-title = Förhandsvillkor krävs
status-428-description = Servern kräver att begäran är villkorlig, till exempel att den har huvudfältet If-Match, så att ändringar från olika klienter inte skriver över varandra. Hämta den aktuella versionen och skicka begäran igen med ett villkor.
status-429-title = För många begäranden
status-429-description = Klienten har skickat för många begäranden under en viss tid och hastighetsbegränsas nu. Sakta ned; huvudfältet Retry-After kan ange hur länge du ska vänta.
status-431-title = Huvudfälten i begäran är för stora
status-431-description = Servern vill inte behandla begäran eftersom dess huvudfält, antingen ett enskilt fält eller alla tillsammans, är för stora. Gör huvudfälten mindre, till exempel genom att rensa webbplatsens cookies, och försök igen.
status-451-title = Inte tillgänglig av juridiska skäl
status-451-description = Servern nekar åtkomst till resursen på grund av ett juridiskt krav, till exempel ett domstolsbeslut eller statlig censur. Svaret bör förklara vad kravet gäller och vem som har ställt det.

## 5xx Serverfel

status-500-title = Internt serverfel
status-500-description = Servern stötte på ett oväntat tillstånd som hindrade den från att uppfylla begäran. Felet ligger hos servern; försök igen senare, och kontakta webbplatsens administratörer om problemet kvarstår.
status-501-title = Inte implementerad
status-501-description = Servern stöder inte den funktion som krävs för att uppfylla begäran, oftast för att den inte känner igen metoden i begäran alls. Till skillnad från 405 gäller detta hela servern och inte en enskild resurs.
status-502-title = Felaktig gateway
status-502-description = En server som fungerar som gateway eller proxy fick ett ogiltigt svar från den bakomliggande server som den kontaktade. Problemet ligger mellan servrarna, och det kan hjälpa att försöka igen senare.
status-503-title = Tjänsten är inte tillgänglig
status-503-description = Servern kan inte hantera begäran just nu, oftast för att den är överbelastad eller nere för underhåll. Försök igen senare; huvudfältet Retry-After kan ange när.
status-504-title = Gateway-timeout
status-504-description = En server som fungerar som gateway eller proxy fick inget svar i tid från den bakomliggande server som den behövde nå. Det kan hjälpa att försöka igen senare.
status-505-title = HTTP-versionen stöds inte
status-505-description = Servern stöder inte, eller vägrar att stödja, den huvudversion av HTTP som används i begäran. Klienten bör försöka igen med en annan version av protokollet.
status-506-title = Varianten förhandlar också
status-506-description = Servern är felkonfigurerad för transparent innehållsförhandling: den variant som den valde är själv inställd på att förhandla, vilket aldrig skulle ta slut. Koden kommer från en experimentell specifikation och förekommer sällan.
status-507-title = Otillräckligt lagringsutrymme
status-507-description = Servern kan inte lagra det som behövs för att slutföra begäran, till exempel för att en disk eller en kvot är full. I WebDAV betraktas detta tillstånd som tillfälligt.
status-508-title = Loop upptäckt
status-508-description = Servern avbröt en åtgärd eftersom den hittade en oändlig loop när den behandlade en begäran i WebDAV med oändligt djup. Hela åtgärden misslyckades.
status-510-title = Inte utökad
status-510-description = Begäran innehöll inte de tilläggsdeklarationer som servern kräver enligt ramverket för HTTP-tillägg. Koden är obsolet: ramverket har fått statusen Historic, och koden ska inte användas.
status-511-title = Nätverksautentisering krävs
status-511-description = Klienten måste logga in för att få åtkomst till nätverket, oftast i en inloggningsportal i ett offentligt wifi-nät; svaret kommer från nätverket, inte från den webbplats som begärdes. Öppna en webbsida och logga in eller godkänn nätverkets villkor.
