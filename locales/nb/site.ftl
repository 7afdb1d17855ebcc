# Ord på referansenettstedet som «httpstatus site» skriver: en indeks per språk (statustabellen med
# en innholdsfortegnelse), én side per statuskode og en rotside som viser språkene. Bare verktøyene
# leser denne filen. La { $variables } være som de er. Enum-navn (NOT_FOUND), statustekster,
# navn på hodefelt (Location) og eksemplene oversettes aldri og står ikke i denne filen.

## På hver side

# Knappen øverst på hver side som åpner listen over språk.
site-languages = Språk
# Lenke for tastaturbrukere, først på hver side; hopper over toppfeltet og språklisten.
site-skip = Hopp til innholdet
# Sidetittelen i nettleserfanen og i søkeresultater: «404 Ikke funnet – HTTP-statuskoder».
site-page-title = { $page } – { $site }
# Den siste linjen på hver side.
site-footer = Generert fra språkfilene i http-status-catalog. Enum-navn, statustekster og eksemplene på forespørsel og svar står slik HTTP skriver dem.

## Indeksen for et språk: statustabellen, gruppert etter klasse

# Overskriften på innholdsfortegnelsen, som viser de fem klassene.
site-contents = Innhold
# Etter en klasse i innholdsfortegnelsen: { $count } er antallet koder.
site-class-count = { $count ->
        [one] { $count } kode
       *[other] { $count } koder
    }

## Siden for én statuskode

# Lenken tilbake til indeksen øverst på siden.
site-all-codes = Alle statuskoder
# Overskriften over det en feilside forteller en besøkende (bare klient- og serverfeil).
site-visitor = Hva den besøkende får vite
# Etiketter i listen over fakta om en kode, hver fulgt av verdien.
site-label-class = Klasse
site-label-lifecycle = Status
site-label-name = Enum-navn
# Navn koden hadde i tidligere spesifikasjoner eller biblioteker (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Eldre navn
site-label-phrase = Statustekst
site-label-references = Definert i
site-label-caching = Hurtigbufring
site-label-content = Innhold
# Verdien av «Hurtigbufring» for en kode som hurtigbuffere kan lagre uten å bli bedt om det
# (RFC 9110: heuristically cacheable).
site-cacheable-yes = Kan hurtigbufres som standard: en hurtigbuffer kan lagre dette svaret og bruke det på nytt selv når hodefeltene ikke sier noe om hvor lenge det er aktuelt.
site-cacheable-no = Kan som standard ikke hurtigbufres: en hurtigbuffer lagrer dette svaret bare når hodefeltene tillater det.
# Verdien av «Innhold» for en kode der svaret aldri har innhold (1xx, 204, 205, 304).
site-no-content-yes = Har aldri innhold: svaret slutter med hodefeltene sine.
site-no-content-no = Kan ha innhold, for eksempel en side som forklarer statusen.
# Overskriften over et eksempel på en forespørsel og svaret på den.
site-example = Eksempel på forespørsel og svar
site-example-note = En forespørsel, deretter statuslinjen og de hodefeltene i svaret som har betydning for denne koden. Innholdet i meldingene er utelatt.
# Navnet på lenkene til forrige og neste kode nederst på siden, for skjermlesere.
site-neighbours = Forrige og neste kode

## Rotsiden, som viser alle språk

site-root-heading = Velg språk
