# Hva en feilside forteller en besøkende som ikke er utvikler: for hver klientfeil (4xx) og
# serverfeil (5xx) en kort melding øverst på siden og handlingen som foreslås.
# Skriv for alle som bruker et nettsted: ingen fagsjargong («forespørsel» går fint, «upstream»
# eller «POST» gjør det ikke), snakk direkte til den besøkende med «du», én eller to korte
# setninger hver. Den tekniske beskrivelsen av hver kode (status.ftl) står under, under
# «Tekniske detaljer». Hold en rolig tone, og legg aldri skylden på den besøkende.

## Klientfeil (4xx): noe ved forespørselen. visitor-NNN står øverst på siden;
## visitor-NNN-action sier hva den besøkende kan gjøre.

visitor-400 = Nettstedet forsto ikke forespørselen som nettleseren din sendte.
visitor-400-action = Gå tilbake, og prøv igjen. Hvis det fortsetter å skje, kan du slette informasjonskapslene for dette nettstedet eller bruke en annen nettleser.
visitor-401 = Du må logge på for å se denne siden.
visitor-401-action = Logg på, og prøv så igjen.
visitor-402 = Dette innholdet krever betaling eller et abonnement.
visitor-402-action = Sjekk abonnementet ditt eller betalingsopplysningene dine på dette nettstedet.
visitor-403 = Du har ikke tillatelse til å se denne siden.
visitor-403-action = Hvis du mener at du burde ha tilgang, kan du kontakte eieren av nettstedet.
visitor-404 = Vi fant ikke siden du lette etter.
visitor-404-action = Sjekk at adressen ikke inneholder skrivefeil, eller start på nytt fra forsiden.
visitor-405 = Denne siden kan ikke brukes slik nettleseren din nettopp prøvde å bruke den.
visitor-405-action = Gå tilbake til forrige side, og prøv igjen derfra.
visitor-406 = Nettstedet har ingen versjon av denne siden i et format eller språk som nettleseren din godtar.
visitor-406-action = Prøv igjen med en annen nettleser, eller endre språkinnstillingene i nettleseren din.
visitor-407 = Nettverket du bruker, krever at du logger på før du kan nå dette nettstedet.
visitor-407-action = Logg på nettverket ditt, og prøv så igjen.
visitor-408 = Nettstedet ventet for lenge på at nettleseren din skulle bli ferdig med å sende forespørselen.
visitor-408-action = Prøv igjen. Hvis tilkoblingen din er treg, kan du vente litt først.
visitor-409 = Endringen din er i konflikt med hvordan siden ser ut nå, kanskje fordi noen andre endret den først.
visitor-409-action = Last inn siden på nytt for å se den nyeste versjonen, og gjør så endringen din igjen.
visitor-410 = Denne siden er fjernet for godt.
visitor-410-action = Start på nytt fra forsiden, eller søk på nettstedet etter lignende innhold.
visitor-411 = Nettleseren din sendte forespørselen i en form som nettstedet ikke kan ta imot.
visitor-411-action = Prøv igjen. Hvis det fortsetter å skje, kan du bruke en annen nettleser.
visitor-412 = Denne siden er endret etter at nettleseren din sist lastet den inn, så ingenting ble gjort.
visitor-412-action = Last inn siden på nytt, og prøv så igjen.
visitor-413 = Det du prøvde å sende, er større enn det nettstedet tar imot.
visitor-413-action = Prøv med en mindre fil, eller send mindre om gangen.
visitor-414 = Nettadressen er for lang til at nettstedet kan håndtere den.
visitor-414-action = Sjekk adressen, eller gå tilbake og følg lenken på nytt.
visitor-415 = Nettstedet tar ikke imot denne typen fil eller data.
visitor-415-action = Prøv igjen med en fil i et annet format.
visitor-416 = Den delen av filen som nettleseren din ba om, finnes ikke.
visitor-416-action = Start nedlastingen på nytt fra begynnelsen.
visitor-417 = Nettstedet kan ikke oppfylle et vilkår som nettleseren din satte for denne forespørselen.
visitor-417-action = Prøv igjen. Hvis det fortsetter å skje, kan du bruke en annen nettleser.
visitor-418 = Denne serveren er en tekanne, og tekanner brygger ikke kaffe.
visitor-418-action = Prøv med en kaffekanne i stedet.
visitor-421 = Forespørselen din havnet hos en server som ikke kan svare for dette nettstedet.
visitor-421-action = Last inn siden på nytt om et øyeblikk.
visitor-422 = Nettstedet forsto hva du sendte, men noe av det er ikke gyldig.
visitor-422-action = Sjekk det du skrev inn, rett det opp, og send det på nytt.
visitor-423 = Dette elementet er låst fordi det er i bruk eller blir redigert.
visitor-423-action = Vent litt, og prøv så igjen.
visitor-424 = Dette kunne ikke fullføres fordi et trinn det er avhengig av, mislyktes.
visitor-424-action = Prøv hele handlingen på nytt.
visitor-425 = Av hensyn til sikkerheten din har nettstedet ikke utført denne forespørselen ennå.
visitor-425-action = Prøv igjen.
visitor-426 = Nettstedet krever en nyere og sikrere tilkobling enn den nettleseren din brukte.
visitor-426-action = Oppdater nettleseren eller appen din, og prøv så igjen.
visitor-428 = For å unngå å overskrive endringene til noen andre må nettstedet vite hvilken versjon du redigerer.
visitor-428-action = Last inn siden på nytt, og gjør så endringen din igjen.
visitor-429 = Det kom for mange forespørsler fra deg på kort tid.
visitor-429-action = Vent litt, og prøv så igjen.
visitor-431 = Nettleseren din sendte for mye ekstra informasjon med forespørselen, ofte på grunn av store informasjonskapsler.
visitor-431-action = Slett informasjonskapslene for dette nettstedet, og prøv så igjen.
visitor-451 = Denne siden er ikke tilgjengelig her av juridiske årsaker.
visitor-451-action = Start på nytt fra forsiden; nettstedet forklarer kanskje årsaken et annet sted.

## Serverfeil (5xx): noe gikk galt hos nettstedet, ikke hos den besøkende.

visitor-500 = Noe gikk galt hos nettstedet.
visitor-500-action = Prøv igjen om noen minutter. Hvis det fortsetter å skje, kan du si fra til eieren av nettstedet.
visitor-501 = Nettstedet kan ikke gjøre det nettleseren din ba om.
visitor-501-action = Gå tilbake til forrige side.
visitor-502 = Nettstedet fikk ikke et gyldig svar fra en annen server som det er avhengig av.
visitor-502-action = Prøv igjen om noen minutter.
visitor-503 = Nettstedet kan ikke behandle forespørselen din akkurat nå.
visitor-503-action = Prøv igjen om noen minutter.
visitor-504 = Nettstedet ventet for lenge på en annen server som det er avhengig av.
visitor-504-action = Prøv igjen om noen minutter.
visitor-505 = Nettstedet støtter ikke den typen tilkobling som nettleseren din brukte.
visitor-505-action = Oppdater nettleseren eller appen din, og prøv så igjen.
visitor-506 = Nettstedet er satt opp på en måte som hindrer det i å velge hvilken versjon av siden som skal vises.
visitor-506-action = Si fra til eieren av nettstedet.
visitor-507 = Nettstedet har gått tom for lagringsplass til forespørselen din.
visitor-507-action = Prøv igjen senere, eller si fra til eieren av nettstedet.
visitor-508 = Nettstedet gikk i ring mens det behandlet forespørselen din.
visitor-508-action = Si fra til eieren av nettstedet.
visitor-510 = Nettstedet trenger mer informasjon i forespørselen før det kan behandle den.
visitor-510-action = Si fra til eieren av nettstedet.
visitor-511 = Du må logge på nettverket før du kan bruke internett.
visitor-511-action = Åpne en hvilken som helst nettside for å komme til påloggingssiden for nettverket, og logg så på.

## Koder uten en egen melding (for eksempel 499 eller 599) bruker meldingen til klassen sin.

visitor-4xx = Det oppsto et problem med forespørselen, så nettstedet kunne ikke fullføre den.
visitor-4xx-action = Sjekk adressen, eller gå tilbake og prøv igjen.
visitor-5xx = Noe gikk galt hos nettstedet.
visitor-5xx-action = Prøv igjen om noen minutter.
