# Titler og beskrivelser for mennesker av hver registrerte HTTP-statuskode.
# Statustekstene som sendes i protokollen, ligger i wire.ftl; titlene her kan bare avvike fra dem i formen.

## 1xx Informasjon

status-100-title = Fortsett
status-100-description = Serveren har mottatt begynnelsen av forespørselen, og klienten bør fortsette å sende resten. Koden er oftest svaret på en forespørsel som med hodefeltet Expect spurte om serveren ville godta innholdet før det sendes.
status-101-title = Protokollbytte
status-101-description = Serveren går med på klientens forespørsel om oppgradering (Upgrade) og bytter tilkoblingen til en annen protokoll, for eksempel WebSocket. Alt som sendes på tilkoblingen etter dette svaret, bruker den nye protokollen.
status-102-title = Behandling pågår
status-102-description = Et foreløpig svar som fortalte klienten at serveren hadde tatt imot en lang forespørsel i WebDAV og fortsatt arbeidet med den. Koden er utfaset: den senere WebDAV-spesifikasjonen fjernet den, så klienter bør ikke stole på den.
status-103-title = Tidlige hint
status-103-description = Et foreløpig svar som sendes før det endelige, oftest med hodefeltet Link, slik at klienten kan begynne å forhåndslaste ressurser mens serveren forbereder svaret sitt. Koden er eksperimentell, og en klient som ikke bruker hintene, kan rett og slett ignorere den.
status-104-title = Gjenopptakelse av opplastinger støttes
status-104-description = Et foreløpig svar der serveren sier at den støtter gjenopptakbare opplastinger og hvor opplastingen finnes, slik at en avbrutt opplasting kan fortsette i stedet for å starte på nytt. Det er en provisorisk registrering for utkastet «Gjenopptakbare opplastinger for HTTP» og kan endres eller utløpe.

## 2xx Vellykket

status-200-title = OK
status-200-description = Forespørselen lyktes. Hva svaret inneholder, avhenger av metoden: for GET er det den forespurte ressursen, for POST oftest resultatet av handlingen.
status-201-title = Opprettet
status-201-description = Forespørselen lyktes og opprettet én eller flere nye ressurser. Den viktigste nye ressursen angis vanligvis i hodefeltet Location i svaret.
status-202-title = Akseptert
status-202-description = Forespørselen er akseptert for behandling, men behandlingen er ikke ferdig og kan fortsatt mislykkes. Dette er typisk for jobber i kø eller i bakgrunnen; svaret sier ofte hvor man kan følge med på fremdriften.
status-203-title = Ikke-autoritativ informasjon
status-203-description = Forespørselen lyktes, men en transformerende proxy har endret innholdet, så det er ikke nøyaktig det den opprinnelige serveren sendte.
status-204-title = Ikke noe innhold
status-204-description = Forespørselen lyktes, og det er ikke noe å sende tilbake. En nettleser blir værende på den gjeldende siden, og en klient som kaller et API, skal ikke forvente noe innhold i svaret.
status-205-title = Tilbakestill innhold
status-205-description = Forespørselen lyktes, og klienten bør tilbakestille visningen som sendte den, for eksempel tømme et skjema slik at nye opplysninger kan skrives inn. Svaret har ikke noe innhold.
status-206-title = Delvis innhold
status-206-description = Serveren sender bare de delene av ressursen som klienten ba om med hodefeltet Range. Slik gjenopptas nedlastinger, og slik hopper mediespillere til et bestemt sted i en fil.
status-207-title = Multistatus
status-207-description = Et svar fra WebDAV som i XML-format rapporterer en egen status for hver av flere ressurser eller operasjoner. Sjekk hver status i innholdet i svaret i stedet for den samlede koden.
status-208-title = Allerede rapportert
status-208-description = Koden brukes i et multistatussvar fra WebDAV for å angi at medlemmene i en samling allerede er listet opp tidligere i det samme svaret og ikke gjentas. Det hindrer at en ressurs som kan nås via flere bindinger, listes opp mange ganger.
status-226-title = IM brukt
status-226-description = Serveren oppfylte en forespørsel med GET, og svaret er resultatet av én eller flere instansmanipulasjoner, for eksempel et delta, brukt på den gjeldende versjonen av ressursen. Koden hører til utvidelsen for deltakoding i HTTP.

## 3xx Omdirigering

status-300-title = Flere valg
status-300-description = Ressursen har flere representasjoner, hver med sin egen adresse, og brukeren eller klienten bør velge én av dem. Serveren kan angi sitt foretrukne valg i hodefeltet Location.
status-301-title = Permanent flyttet
status-301-description = Ressursen er flyttet permanent til adressen i hodefeltet Location, og lenker og bokmerker bør oppdateres til den. Når klienter følger omdirigeringen, kan de gjøre en POST om til en GET; 308 er varianten som beholder metoden.
status-302-title = Funnet
status-302-description = Ressursen ligger midlertidig på adressen i hodefeltet Location, og den opprinnelige adressen skal fortsatt brukes for fremtidige forespørsler. Når klienter følger omdirigeringen, kan de gjøre en POST om til en GET; 307 er varianten som beholder metoden.
status-303-title = Se annen ressurs
status-303-description = Serveren henviser klienten til en annen ressurs, angitt i hodefeltet Location, som skal hentes med GET. Dette brukes ofte etter at et skjema er sendt inn, for å vise en resultatside.
status-304-title = Ikke endret
status-304-description = En betinget forespørsel viste at ressursen ikke er endret siden versjonen klienten allerede har, så klienten kan bruke den hurtigbufrede kopien sin. Svaret har ikke noe innhold.
status-305-title = Bruk proxy
status-305-description = Koden ba tidligere klienten om å gjenta forespørselen via proxyen som er angitt i hodefeltet Location. Den er utfaset av sikkerhetshensyn, fordi den lot en server sende en klients trafikk gjennom en hvilken som helst proxy, og dagens klienter handler ikke på den.
status-307-title = Midlertidig omdirigering
status-307-description = Ressursen ligger midlertidig på adressen i hodefeltet Location, og klienten må gjenta forespørselen der med samme metode og samme innhold. Fremtidige forespørsler skal fortsatt gå til den opprinnelige adressen.
status-308-title = Permanent omdirigering
status-308-description = Ressursen er flyttet permanent til adressen i hodefeltet Location, og klienten må gjenta forespørselen der med samme metode og samme innhold. Fremtidige forespørsler skal bruke den nye adressen.

## 4xx Klientfeil

status-400-title = Ugyldig forespørsel
status-400-description = Serveren kan eller vil ikke behandle forespørselen på grunn av noe den oppfatter som en klientfeil, for eksempel feil syntaks eller en ugyldig melding. Rett opp forespørselen før du sender den på nytt.
status-401-title = Autentisering kreves
status-401-description = Forespørselen mangler gyldig påloggingsinformasjon for ressursen. Hodefeltet WWW-Authenticate i svaret forteller hvordan man autentiserer seg; logg på eller send påloggingsinformasjon, og prøv deretter igjen.
status-402-title = Betaling kreves
status-402-description = Koden er reservert for fremtidig bruk; HTTP definerer ikke hva den betyr. Noen tjenester bruker den uformelt for å si at det kreves betaling eller et abonnement.
status-403-title = Forbudt
status-403-description = Serveren forsto forespørselen, men nekter å utføre den. I motsetning til ved 401 hjelper det ikke å logge på igjen med den samme påloggingsinformasjonen: klienten har ikke tillatelse til denne ressursen.
status-404-title = Ikke funnet
status-404-description = Serveren har ingenting på denne adressen, eller vil ikke avsløre at noe finnes der. Kontroller at adressen ikke inneholder skrivefeil; siden kan være flyttet eller slettet.
status-405-title = Metoden er ikke tillatt
status-405-description = Ressursen finnes, men godtar ikke metoden i forespørselen, for eksempel en POST til en skrivebeskyttet side. Hodefeltet Allow i svaret lister opp metodene den godtar.
status-406-title = Ikke akseptabelt
status-406-description = Serveren har ingen versjon av ressursen som samsvarer med det klienten har oppgitt at den godtar i hodefelt som Accept, for eksempel medietype eller språk, og vil ikke sende en standardversjon.
status-407-title = Proxyautentisering kreves
status-407-description = Som 401, men klienten må først autentisere seg mot en proxy som står mellom klienten og serveren. Hodefeltet Proxy-Authenticate i svaret forteller hvordan.
status-408-title = Tidsavbrudd for forespørsel
status-408-description = Serveren mottok ikke en fullstendig forespørsel innen tiden den var villig til å vente, og lukker tilkoblingen. Klienten kan sende forespørselen på nytt over en ny tilkobling.
status-409-title = Konflikt
status-409-description = Forespørselen er i konflikt med ressursens nåværende tilstand, for eksempel en endring basert på en utdatert versjon. Løs konflikten, ofte ved å hente den nyeste versjonen, og prøv igjen.
status-410-title = Fjernet
status-410-description = Ressursen fantes her tidligere, men er fjernet med vilje og kommer ikke tilbake; ingen ny adresse er kjent. Lenker til den bør slettes.
status-411-title = Lengde kreves
status-411-description = Serveren nekter å godta forespørselen fordi den mangler hodefeltet Content-Length. Send den på nytt med lengden på innholdet.
status-412-title = Forhåndsbetingelsen ble ikke oppfylt
status-412-description = En betingelse i hodefeltene i forespørselen, for eksempel If-Match eller If-Unmodified-Since, viste seg å være usann på serveren. Det hindrer som regel at en ressurs blir overskrevet når noen andre har endret den i mellomtiden.
status-413-title = Innholdet er for stort
status-413-description = Innholdet i forespørselen er større enn serveren vil eller kan behandle. Send mindre data; hvis grensen bare er midlertidig, kan hodefeltet Retry-After si når du kan prøve igjen.
status-414-title = URI-en er for lang
status-414-description = Den forespurte adressen er lengre enn serveren er villig til å tolke. Dette skyldes ofte at for mye data er lagt i spørrestrengen; send slike data i innholdet i forespørselen i stedet.
status-415-title = Medietypen støttes ikke
status-415-description = Serveren nekter å godta forespørselen fordi innholdet har et format, eller bruker en koding, som ressursen ikke støtter for denne metoden. Kontroller hodefeltene Content-Type og Content-Encoding.
status-416-title = Området kan ikke leveres
status-416-description = Ingen av områdene det ble bedt om i hodefeltet Range, kan leveres, for eksempel fordi de starter etter slutten av ressursen. Svaret oppgir som regel den nåværende lengden på ressursen i hodefeltet Content-Range.
status-417-title = Forventningen ble ikke oppfylt
status-417-description = Serveren kan ikke oppfylle forventningen som er angitt i hodefeltet Expect i forespørselen. Klienten kan sende forespørselen på nytt uten dette hodefeltet.
status-418-title = Jeg er en tekanne
status-418-description = Koden er reservert og ubrukt i HTTP. Den kommer fra Hyper Text Coffee Pot Control Protocol, en aprilspøk der en tekanne nekter å brygge kaffe, og noen servere sender den fortsatt som et påskeegg.
status-421-title = Feilrettet forespørsel
status-421-description = Forespørselen nådde en server som ikke kan gi et svar for adressen, for eksempel fordi en gjenbrukt tilkobling fører til en server som ikke er satt opp for det vertsnavnet. Klienten kan prøve på nytt over en annen tilkobling.
status-422-title = Innholdet kan ikke behandles
status-422-description = Serveren forstår innholdstypen, og syntaksen er riktig, men den kan ikke handle ut fra det innholdet sier, for eksempel fordi dataene ikke består valideringen. Rett opp dataene før du prøver igjen.
status-423-title = Låst
status-423-description = Ressursen i WebDAV er låst, så metoden kan ikke brukes på den. Vent til låsen frigis, eller send låsetokenet hvis du har låsen.
status-424-title = Mislykket avhengighet
status-424-description = Metoden kunne ikke utføres på ressursen fordi en annen handling som den var avhengig av, mislyktes. I WebDAV skjer dette for eksempel når én endring i et sett mislykkes og de andre derfor ikke blir gjennomført.
status-425-title = For tidlig
status-425-description = Serveren vil ikke behandle en forespørsel som er sendt som tidlige data i TLS, fordi slike data kan spilles av på nytt av en angriper. Klienten bør sende forespørselen på nytt når håndtrykket er fullført.
status-426-title = Oppgradering kreves
status-426-description = Serveren nekter å håndtere forespørselen over den gjeldende protokollen, men kan gjøre det når klienten har byttet til en annen. Hodefeltet Upgrade i svaret oppgir hvilke protokoller som kreves.
status-428-title = Forhåndsbetingelse kreves
status-428-description = Serveren krever at forespørselen er betinget, for eksempel at den har hodefeltet If-Match, slik at endringer fra ulike klienter ikke overskriver hverandre. Hent den gjeldende versjonen, og send forespørselen på nytt med en betingelse.
status-429-title = For mange forespørsler
status-429-description = Klienten har sendt for mange forespørsler i løpet av en gitt tid og blir nå hastighetsbegrenset. Senk tempoet; hodefeltet Retry-After kan si hvor lenge du bør vente.
status-431-title = Hodefeltene i forespørselen er for store
status-431-description = Serveren vil ikke behandle forespørselen fordi hodefeltene, enten ett enkelt felt eller alle til sammen, er for store. Gjør hodefeltene mindre, for eksempel ved å slette informasjonskapslene for nettstedet, og prøv igjen.
status-451-title = Utilgjengelig av juridiske årsaker
status-451-description = Serveren nekter tilgang til ressursen på grunn av et juridisk krav, for eksempel en rettskjennelse eller statlig sensur. Svaret bør forklare hva kravet går ut på og hvem som har stilt det.

## 5xx Serverfeil

status-500-title = Intern serverfeil
status-500-description = Serveren støtte på en uventet tilstand som hindret den i å oppfylle forespørselen. Feilen ligger hos serveren; prøv igjen senere, og kontakt administratorene for nettstedet hvis problemet vedvarer.
status-501-title = Ikke implementert
status-501-description = Serveren støtter ikke funksjonaliteten som trengs for å oppfylle forespørselen, som regel fordi den ikke kjenner igjen metoden i forespørselen i det hele tatt. I motsetning til 405 gjelder dette hele serveren og ikke én enkelt ressurs.
status-502-title = Ugyldig gateway
status-502-description = En server som fungerer som gateway eller proxy, fikk et ugyldig svar fra den bakenforliggende serveren den kontaktet. Problemet ligger mellom serverne, og det kan hjelpe å prøve igjen senere.
status-503-title = Tjenesten er utilgjengelig
status-503-description = Serveren kan ikke håndtere forespørselen akkurat nå, som regel fordi den er overbelastet eller nede for vedlikehold. Prøv igjen senere; hodefeltet Retry-After kan si når.
status-504-title = Tidsavbrudd for gateway
status-504-description = En server som fungerer som gateway eller proxy, fikk ikke svar i tide fra den bakenforliggende serveren den måtte nå. Det kan hjelpe å prøve igjen senere.
status-505-title = HTTP-versjonen støttes ikke
status-505-description = Serveren støtter ikke, eller nekter å støtte, hovedversjonen av HTTP som brukes i forespørselen. Klienten bør prøve igjen med en annen versjon av protokollen.
status-506-title = Varianten forhandler også
status-506-description = Serveren er feilkonfigurert for transparent innholdsforhandling: varianten den valgte, er selv satt opp til å forhandle, noe som aldri ville ta slutt. Koden kommer fra en eksperimentell spesifikasjon og forekommer sjelden.
status-507-title = Utilstrekkelig lagringsplass
status-507-description = Serveren kan ikke lagre det som trengs for å fullføre forespørselen, for eksempel fordi en disk eller en kvote er full. I WebDAV regnes denne tilstanden som midlertidig.
status-508-title = Løkke oppdaget
status-508-description = Serveren stoppet en operasjon fordi den fant en uendelig løkke under behandlingen av en forespørsel i WebDAV med uendelig dybde. Hele operasjonen mislyktes.
status-510-title = Ikke utvidet
status-510-description = Forespørselen inneholdt ikke utvidelseserklæringene som serveren krever etter rammeverket for HTTP-utvidelser. Koden er foreldet: rammeverket har fått statusen Historic, og koden bør ikke brukes.
status-511-title = Nettverksautentisering kreves
status-511-description = Klienten må logge på for å få tilgang til nettverket, som regel på en påloggingsportal i et offentlig wifi-nett; svaret kommer fra nettverket, ikke fra det forespurte nettstedet. Åpne en nettside, og logg på eller godta vilkårene for nettverket.
