# Hvad en fejlside fortæller en besøgende, der ikke er udvikler: for hver klientfejl (4xx) og
# serverfejl (5xx) en kort meddelelse øverst på siden og den handling, der foreslås.
# Skriv til alle, der bruger et websted: ingen fagsprog (»anmodning« er i orden, »upstream« eller
# »POST« er ikke), tal direkte til den besøgende med »du«, én eller to korte sætninger hver.
# Den tekniske beskrivelse af hver kode (status.ftl) står nedenunder under »Tekniske detaljer«.
# Hold en rolig tone, og giv aldrig den besøgende skylden.

## Klientfejl (4xx): noget ved anmodningen. visitor-NNN står øverst på siden;
## visitor-NNN-action siger, hvad den besøgende kan gøre.

visitor-400 = Webstedet kunne ikke forstå den anmodning, din browser sendte.
visitor-400-action = Gå tilbage, og prøv igen. Hvis det bliver ved med at ske, så ryd cookies for dette websted, eller brug en anden browser.
visitor-401 = Du skal logge ind for at se denne side.
visitor-401-action = Log ind, og prøv så igen.
visitor-402 = Dette indhold kræver betaling eller et abonnement.
visitor-402-action = Tjek dit abonnement eller dine betalingsoplysninger på dette websted.
visitor-403 = Du har ikke tilladelse til at se denne side.
visitor-403-action = Hvis du mener, at du burde have adgang, så kontakt webstedets ejer.
visitor-404 = Vi kunne ikke finde den side, du ledte efter.
visitor-404-action = Tjek adressen for tastefejl, eller start forfra på forsiden.
visitor-405 = Denne side kan ikke bruges på den måde, din browser lige prøvede at bruge den.
visitor-405-action = Gå tilbage til den forrige side, og prøv igen derfra.
visitor-406 = Webstedet har ingen version af denne side i et format eller et sprog, som din browser accepterer.
visitor-406-action = Prøv igen med en anden browser, eller skift sprogindstillingerne i din browser.
visitor-407 = Det netværk, du bruger, kræver, at du logger ind, før du kan komme ind på dette websted.
visitor-407-action = Log ind på dit netværk, og prøv så igen.
visitor-408 = Webstedet ventede for længe på, at din browser blev færdig med at sende sin anmodning.
visitor-408-action = Prøv igen. Hvis din forbindelse er langsom, så vent et øjeblik først.
visitor-409 = Din ændring er i konflikt med sidens nuværende tilstand, måske fordi en anden har ændret den først.
visitor-409-action = Genindlæs siden for at se den nyeste version, og foretag så din ændring igen.
visitor-410 = Denne side er fjernet permanent.
visitor-410-action = Start forfra på forsiden, eller søg på webstedet efter lignende indhold.
visitor-411 = Din browser sendte anmodningen i en form, som webstedet ikke kan tage imod.
visitor-411-action = Prøv igen. Hvis det bliver ved med at ske, så brug en anden browser.
visitor-412 = Denne side er blevet ændret, efter at din browser sidst indlæste den, så der er ikke sket noget.
visitor-412-action = Genindlæs siden, og prøv så igen.
visitor-413 = Det, du prøvede at sende, er større, end webstedet tager imod.
visitor-413-action = Prøv med en mindre fil, eller send mindre ad gangen.
visitor-414 = Webadressen er for lang til, at webstedet kan håndtere den.
visitor-414-action = Tjek adressen, eller gå tilbage og følg linket igen.
visitor-415 = Webstedet tager ikke imod denne type fil eller data.
visitor-415-action = Prøv igen med en fil i et andet format.
visitor-416 = Den del af filen, som din browser bad om, findes ikke.
visitor-416-action = Start downloaden forfra.
visitor-417 = Webstedet kan ikke opfylde en betingelse, som din browser har stillet for denne anmodning.
visitor-417-action = Prøv igen. Hvis det bliver ved med at ske, så brug en anden browser.
visitor-418 = Denne server er en tepotte, og tepotter brygger ikke kaffe.
visitor-418-action = Prøv med en kaffekande i stedet.
visitor-421 = Din anmodning nåede frem til en server, der ikke kan svare for dette websted.
visitor-421-action = Genindlæs siden om et øjeblik.
visitor-422 = Webstedet forstod, hvad du sendte, men noget af det er ikke gyldigt.
visitor-422-action = Tjek det, du har indtastet, ret det, og send det igen.
visitor-423 = Dette element er låst, fordi det er i brug eller ved at blive redigeret.
visitor-423-action = Vent lidt, og prøv så igen.
visitor-424 = Dette kunne ikke gennemføres, fordi et trin, det afhænger af, mislykkedes.
visitor-424-action = Prøv hele handlingen igen.
visitor-425 = Af hensyn til din sikkerhed har webstedet ikke udført denne anmodning endnu.
visitor-425-action = Prøv igen.
visitor-426 = Webstedet kræver en nyere og mere sikker forbindelse end den, din browser brugte.
visitor-426-action = Opdater din browser eller app, og prøv så igen.
visitor-428 = For at undgå at overskrive andres ændringer skal webstedet vide, hvilken version du redigerer.
visitor-428-action = Genindlæs siden, og foretag så din ændring igen.
visitor-429 = Der er kommet for mange anmodninger fra dig på kort tid.
visitor-429-action = Vent lidt, og prøv så igen.
visitor-431 = Din browser sendte for mange ekstra oplysninger med anmodningen, ofte på grund af store cookies.
visitor-431-action = Ryd cookies for dette websted, og prøv så igen.
visitor-451 = Denne side er ikke tilgængelig her af juridiske årsager.
visitor-451-action = Start forfra på forsiden; webstedet forklarer måske årsagen et andet sted.

## Serverfejl (5xx): noget gik galt hos webstedet, ikke hos den besøgende.

visitor-500 = Der gik noget galt hos webstedet.
visitor-500-action = Prøv igen om et par minutter. Hvis det bliver ved med at ske, så giv webstedets ejer besked.
visitor-501 = Webstedet kan ikke gøre det, som din browser bad om.
visitor-501-action = Gå tilbage til den forrige side.
visitor-502 = Webstedet fik ikke et gyldigt svar fra en anden server, som det er afhængigt af.
visitor-502-action = Prøv igen om et par minutter.
visitor-503 = Webstedet kan ikke behandle din anmodning lige nu.
visitor-503-action = Prøv igen om et par minutter.
visitor-504 = Webstedet ventede for længe på en anden server, som det er afhængigt af.
visitor-504-action = Prøv igen om et par minutter.
visitor-505 = Webstedet understøtter ikke den type forbindelse, som din browser brugte.
visitor-505-action = Opdater din browser eller app, og prøv så igen.
visitor-506 = Webstedet er sat op på en måde, så det ikke kan vælge, hvilken version af denne side der skal vises.
visitor-506-action = Giv webstedets ejer besked.
visitor-507 = Webstedet er løbet tør for lagerplads til din anmodning.
visitor-507-action = Prøv igen senere, eller giv webstedets ejer besked.
visitor-508 = Webstedet kørte i ring, mens det behandlede din anmodning.
visitor-508-action = Giv webstedets ejer besked.
visitor-510 = Webstedet skal have flere oplysninger med anmodningen, før det kan behandle den.
visitor-510-action = Giv webstedets ejer besked.
visitor-511 = Du skal logge ind på netværket, før du kan bruge internettet.
visitor-511-action = Åbn en hvilken som helst webside for at komme til netværkets loginside, og log så ind.

## Koder uden deres egen meddelelse (for eksempel 499 eller 599) bruger klassens.

visitor-4xx = Der var et problem med anmodningen, så webstedet kunne ikke gennemføre den.
visitor-4xx-action = Tjek adressen, eller gå tilbage og prøv igen.
visitor-5xx = Der gik noget galt hos webstedet.
visitor-5xx-action = Prøv igen om et par minutter.
