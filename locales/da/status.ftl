# Titler og beskrivelser til mennesker af alle registrerede HTTP-statuskoder.
# De statustekster, der sendes i protokollen, står i wire.ftl; titlerne her må kun afvige fra dem i formen.

## 1xx Information

status-100-title = Fortsæt
status-100-description = Serveren har modtaget begyndelsen af anmodningen, og klienten bør fortsætte med at sende resten af den. Koden er som regel svaret på en anmodning, der med en Expect-header har spurgt, om serveren vil acceptere indholdet, før det sendes.
status-101-title = Protokolskift
status-101-description = Serveren imødekommer klientens Upgrade-anmodning og skifter forbindelsen over til en anden protokol, for eksempel WebSocket. Alt, hvad der sendes på forbindelsen efter dette svar, bruger den nye protokol.
status-102-title = Under behandling
status-102-description = Et foreløbigt svar, der fortalte klienten, at serveren havde accepteret en lang WebDAV-anmodning og stadig arbejdede på den. Koden frarådes: den senere WebDAV-specifikation fjernede den, så klienter bør ikke regne med den.
status-103-title = Tidlige hints
status-103-description = Et foreløbigt svar, der sendes før det endelige, som regel med Link-headere, så klienten kan begynde at forudindlæse ressourcer, mens serveren forbereder sit svar. Koden er eksperimentel, og en klient, der ikke bruger disse hints, kan bare ignorere den.
status-104-title = Genoptagelse af upload understøttes
status-104-description = Et foreløbigt svar, hvor serveren oplyser, at den understøtter genoptagelige uploads, og hvor uploaden kan findes, så en afbrudt upload kan fortsættes i stedet for at starte forfra. Det er en foreløbig registrering til udkastet »Genoptagelige uploads til HTTP« og kan blive ændret eller udløbe.

## 2xx Succes

status-200-title = OK
status-200-description = Anmodningen lykkedes. Hvad svaret indeholder, afhænger af metoden: ved GET er det den anmodede ressource, ved POST som regel resultatet af handlingen.
status-201-title = Oprettet
status-201-description = Anmodningen lykkedes og oprettede en eller flere nye ressourcer. Den vigtigste nye ressource angives normalt i svarets Location-header.
status-202-title = Accepteret
status-202-description = Anmodningen er accepteret til behandling, men behandlingen er ikke færdig og kan stadig mislykkes. Det er typisk for job i kø eller i baggrunden; svaret oplyser ofte, hvor man kan følge med i, hvor langt behandlingen er nået.
status-203-title = Ikke-autoritative oplysninger
status-203-description = Anmodningen lykkedes, men en transformerende proxy har ændret indholdet, så det ikke er præcis det, som den oprindelige server sendte.
status-204-title = Intet indhold
status-204-description = Anmodningen lykkedes, og der er intet at sende tilbage. En browser bliver på den aktuelle side, og en API-klient bør ikke forvente en brødtekst i svaret.
status-205-title = Nulstil indhold
status-205-description = Anmodningen lykkedes, og klienten bør nulstille den visning, som anmodningen blev sendt fra, for eksempel tømme en formular, så der kan indtastes nye data. Svaret har intet indhold.
status-206-title = Delvist indhold
status-206-description = Serveren sender kun de dele af ressourcen, som klienten har bedt om med en Range-header. Det er sådan, downloads genoptages, og sådan medieafspillere springer til et bestemt sted i en fil.
status-207-title = Multistatus
status-207-description = Et WebDAV-svar, der i en XML-brødtekst angiver en separat status for hver af flere ressourcer eller handlinger. Kontrollér hver enkelt status i brødteksten i stedet for den samlede kode.
status-208-title = Allerede rapporteret
status-208-description = Bruges i et WebDAV-multistatussvar til at angive, at medlemmerne af en samling allerede er opregnet tidligere i samme svar og ikke gentages. Det forhindrer, at en ressource, der kan nås via flere bindinger, bliver opregnet mange gange.
status-226-title = IM anvendt
status-226-description = Serveren har opfyldt en GET-anmodning, og svaret er resultatet af en eller flere instansmanipulationer, for eksempel et delta, anvendt på den aktuelle version af ressourcen. Koden hører til HTTP-udvidelsen for deltakodning.

## 3xx Omdirigering

status-300-title = Flere valgmuligheder
status-300-description = Ressourcen har flere repræsentationer, hver med sin egen adresse, og brugeren eller klienten bør vælge én af dem. Serveren kan pege på sit foretrukne valg i Location-headeren.
status-301-title = Flyttet permanent
status-301-description = Ressourcen er flyttet permanent til adressen i Location-headeren, og links og bogmærker bør opdateres til den. Når klienter følger omdirigeringen, må de ændre en POST til en GET; 308 er den variant, der bevarer metoden.
status-302-title = Fundet
status-302-description = Ressourcen ligger midlertidigt på adressen i Location-headeren, og den oprindelige adresse bør stadig bruges til fremtidige anmodninger. Når klienter følger omdirigeringen, må de ændre en POST til en GET; 307 er den variant, der bevarer metoden.
status-303-title = Se andet sted
status-303-description = Serveren sender klienten videre til en anden ressource, angivet i Location-headeren, som skal hentes med GET. Koden bruges ofte, efter at en formular er indsendt, til at vise en resultatside.
status-304-title = Ikke ændret
status-304-description = En betinget anmodning viste, at ressourcen ikke er ændret siden den version, klienten allerede har, så klienten kan bruge sin cachelagrede kopi. Svaret har intet indhold.
status-305-title = Brug proxy
status-305-description = Koden bad tidligere klienten om at gentage anmodningen via den proxy, der er angivet i Location-headeren. Koden frarådes af sikkerhedshensyn, fordi den lod en server sende en klients trafik gennem en vilkårlig proxy, og nutidens klienter reagerer ikke på den.
status-307-title = Midlertidig omdirigering
status-307-description = Ressourcen ligger midlertidigt på adressen i Location-headeren, og klienten skal gentage anmodningen dér med samme metode og indhold. Fremtidige anmodninger bør stadig gå til den oprindelige adresse.
status-308-title = Permanent omdirigering
status-308-description = Ressourcen er flyttet permanent til adressen i Location-headeren, og klienten skal gentage anmodningen dér med samme metode og indhold. Fremtidige anmodninger bør bruge den nye adresse.

## 4xx Klientfejl

status-400-title = Ugyldig anmodning
status-400-description = Serveren kan eller vil ikke behandle anmodningen på grund af noget, den opfatter som en fejl hos klienten, for eksempel forkert syntaks eller en ugyldig meddelelse. Ret anmodningen, før du sender den igen.
status-401-title = Ikke godkendt
status-401-description = Anmodningen mangler gyldige legitimationsoplysninger til ressourcen. Svarets WWW-Authenticate-header angiver, hvordan du skal godkendes; log ind eller send legitimationsoplysninger, og prøv så igen.
status-402-title = Betaling påkrævet
status-402-description = Reserveret til fremtidig brug; HTTP definerer ikke, hvad koden betyder. Nogle tjenester bruger den uformelt til at angive, at der kræves en betaling eller et abonnement.
status-403-title = Forbudt
status-403-description = Serveren forstod anmodningen, men nægter at udføre den. I modsætning til ved 401 hjælper det ikke at logge ind igen med de samme legitimationsoplysninger: klienten har ikke tilladelse til denne ressource.
status-404-title = Ikke fundet
status-404-description = Serveren har intet på denne adresse, eller den vil ikke afsløre, at der findes noget. Kontrollér adressen for tastefejl; siden kan være flyttet eller slettet.
status-405-title = Metode ikke tilladt
status-405-description = Ressourcen findes, men accepterer ikke anmodningens metode, for eksempel en POST til en side, der kun kan læses. Svarets Allow-header viser de metoder, den accepterer.
status-406-title = Ikke acceptabel
status-406-description = Serveren har ingen version af ressourcen, der matcher det, som klienten ifølge sine Accept-headere accepterer, for eksempel medietype eller sprog, og vil ikke sende en standardversion.
status-407-title = Proxygodkendelse påkrævet
status-407-description = Som 401, men klienten skal først godkendes hos en proxy mellem den og serveren. Svarets Proxy-Authenticate-header angiver hvordan.
status-408-title = Timeout for anmodning
status-408-description = Serveren modtog ikke en fuldstændig anmodning inden for den tid, den var indstillet på at vente, og lukker forbindelsen. Klienten kan sende anmodningen igen på en ny forbindelse.
status-409-title = Konflikt
status-409-description = Anmodningen er i konflikt med ressourcens aktuelle tilstand, for eksempel en redigering baseret på en forældet version. Løs konflikten, ofte ved at hente den nyeste version, og prøv igen.
status-410-title = Forsvundet
status-410-description = Ressourcen fandtes her engang, men er fjernet med vilje og kommer ikke tilbage; der kendes ingen ny adresse. Links til den bør slettes.
status-411-title = Længde påkrævet
status-411-description = Serveren afviser anmodningen, fordi den ikke har en Content-Length-header. Send den igen med længden af dens indhold.
status-412-title = Forudsætning ikke opfyldt
status-412-description = En betingelse i anmodningens headere, for eksempel If-Match eller If-Unmodified-Since, viste sig at være falsk på serveren. Det forhindrer typisk, at man overskriver en ressource, som en anden har ændret i mellemtiden.
status-413-title = Indhold for stort
status-413-description = Anmodningens indhold er større, end serveren vil eller kan behandle. Send færre data; hvis grænsen kun er midlertidig, kan Retry-After-headeren angive, hvornår du kan prøve igen.
status-414-title = URI for lang
status-414-description = Den anmodede adresse er længere, end serveren er villig til at fortolke. Det skyldes ofte, at der er lagt for mange data i forespørgselsstrengen; send i stedet sådanne data i anmodningens brødtekst.
status-415-title = Medietype understøttes ikke
status-415-description = Serveren afviser anmodningen, fordi indholdet er i et format eller bruger en kodning, som ressourcen ikke understøtter for denne metode. Kontrollér headerne Content-Type og Content-Encoding.
status-416-title = Område kan ikke opfyldes
status-416-description = Ingen af de områder, der er bedt om i Range-headeren, kan leveres, for eksempel fordi de begynder efter ressourcens slutning. Svaret angiver som regel ressourcens aktuelle længde i en Content-Range-header.
status-417-title = Forventning ikke opfyldt
status-417-description = Serveren kan ikke opfylde den forventning, der er angivet i anmodningens Expect-header. Klienten kan sende anmodningen igen uden den header.
status-418-title = Jeg er en tekande
status-418-description = Reserveret og ubrugt i HTTP. Koden stammer fra Hyper Text Coffee Pot Control Protocol, en aprilsnar, hvor en tekande nægter at brygge kaffe, og nogle servere sender den stadig som et påskeæg.
status-421-title = Fejldirigeret anmodning
status-421-description = Anmodningen nåede frem til en server, der ikke kan levere et svar for dens adresse, for eksempel fordi en genbrugt forbindelse fører til en server, der ikke er sat op til det værtsnavn. Klienten kan prøve igen via en anden forbindelse.
status-422-title = Indhold kan ikke behandles
status-422-description = Serveren forstår indholdstypen, og syntaksen er korrekt, men den kan ikke handle på det, indholdet siger, for eksempel fordi dataene ikke består valideringen. Ret dataene, før du prøver igen.
status-423-title = Låst
status-423-description = WebDAV-ressourcen er låst, så metoden kan ikke anvendes på den. Vent, til låsen frigives, eller send låsetokenet, hvis det er dig, der har låsen.
status-424-title = Mislykket afhængighed
status-424-description = Metoden kunne ikke udføres på ressourcen, fordi en anden handling, den afhang af, mislykkedes. I WebDAV sker det for eksempel, når én ændring i et sæt mislykkes, og de øvrige derfor ikke gennemføres.
status-425-title = For tidligt
status-425-description = Serveren vil ikke behandle en anmodning, der er sendt som tidlige TLS-data (early data), fordi sådanne data kan genafspilles af en angriber. Klienten bør sende anmodningen igen, når handshaket er gennemført.
status-426-title = Opgradering påkrævet
status-426-description = Serveren nægter at håndtere anmodningen over den nuværende protokol, men vil måske gøre det, når klienten skifter til en anden. Svarets Upgrade-header angiver de protokoller, den kræver.
status-428-title = Forudsætning påkrævet
status-428-description = Serveren kræver, at anmodningen er betinget, for eksempel ved at den har en If-Match-header, så ændringer fra forskellige klienter ikke overskriver hinanden. Hent den aktuelle version, og send anmodningen igen med en betingelse.
status-429-title = For mange anmodninger
status-429-description = Klienten har sendt for mange anmodninger inden for et givet tidsrum, og dens hastighed bliver nu begrænset. Sænk tempoet; Retry-After-headeren kan angive, hvor længe du skal vente.
status-431-title = Anmodningens headerfelter er for store
status-431-description = Serveren vil ikke behandle anmodningen, fordi dens headerfelter er for store, enten et enkelt felt eller dem alle tilsammen. Gør headerne mindre, for eksempel ved at rydde cookies for webstedet, og prøv igen.
status-451-title = Ikke tilgængelig af juridiske årsager
status-451-description = Serveren nægter adgang til ressourcen på grund af et juridisk krav, for eksempel en retskendelse eller statslig censur. Svaret bør forklare, hvad kravet går ud på, og hvem der har stillet det.

## 5xx Serverfejl

status-500-title = Intern serverfejl
status-500-description = Serveren stødte på en uventet tilstand, der forhindrede den i at opfylde anmodningen. Fejlen ligger hos serveren; prøv igen senere, og kontakt webstedets administratorer, hvis problemet fortsætter.
status-501-title = Ikke implementeret
status-501-description = Serveren understøtter ikke den funktionalitet, der kræves for at opfylde anmodningen, som regel fordi den slet ikke genkender anmodningens metode. I modsætning til 405 gælder det hele serveren og ikke kun én ressource.
status-502-title = Ugyldig gateway
status-502-description = En server, der fungerer som gateway eller proxy, fik et ugyldigt svar fra den bagvedliggende server, den kontaktede. Problemet ligger mellem serverne, og det kan hjælpe at prøve igen senere.
status-503-title = Tjeneste ikke tilgængelig
status-503-description = Serveren kan ikke håndtere anmodningen lige nu, som regel fordi den er overbelastet eller nede på grund af vedligeholdelse. Prøv igen senere; Retry-After-headeren kan angive hvornår.
status-504-title = Timeout for gateway
status-504-description = En server, der fungerer som gateway eller proxy, fik ikke svar i tide fra den bagvedliggende server, den skulle have kontakt med. Det kan hjælpe at prøve igen senere.
status-505-title = HTTP-version understøttes ikke
status-505-description = Serveren understøtter ikke, eller nægter at understøtte, den hovedversion af HTTP, der er brugt i anmodningen. Klienten bør prøve igen med en anden version af protokollen.
status-506-title = Variant forhandler også
status-506-description = Serveren er forkert konfigureret til transparent indholdsforhandling: den variant, den har valgt, er selv sat op til at forhandle, hvilket aldrig ville ende. Koden stammer fra en eksperimentel specifikation og ses sjældent.
status-507-title = Utilstrækkelig lagerplads
status-507-description = Serveren kan ikke gemme det, den skal bruge for at fuldføre anmodningen, for eksempel fordi en disk eller en kvote er fuld. I WebDAV betragtes denne tilstand som midlertidig.
status-508-title = Løkke registreret
status-508-description = Serveren stoppede en handling, fordi den fandt en uendelig løkke under behandlingen af en WebDAV-anmodning med uendelig dybde. Hele handlingen mislykkedes.
status-510-title = Ikke udvidet
status-510-description = Anmodningen indeholdt ikke de udvidelseserklæringer, som serveren kræver ifølge udvidelsesrammen for HTTP (HTTP Extension Framework). Koden er forældet: rammen har fået status som historisk (Historic), og koden bør ikke bruges.
status-511-title = Netværksgodkendelse påkrævet
status-511-description = Klienten skal logge ind for at få adgang til netværket, typisk på en loginside (captive portal) på et offentligt Wi-Fi; svaret kommer fra netværket og ikke fra det websted, der blev anmodet om. Åbn en webside, og log ind eller accepter netværkets vilkår.
