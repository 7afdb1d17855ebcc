# Ord på referencewebstedet, som »httpstatus site« skriver: et indeks pr. sprog (statustabellen med
# en indholdsfortegnelse), én side pr. statuskode og en rodside med sprogene. Kun værktøjerne læser
# denne fil. Lad { $variables } være, som de er. Enum-navne (NOT_FOUND), statustekster,
# headernavne (Location) og eksemplerne oversættes aldrig og findes ikke i denne fil.

## På hver side

# Knappen øverst på hver side, der åbner listen over sprog.
site-languages = Sprog
# Link til tastaturbrugere, først på hver side; springer sidehovedet og sproglisten over.
site-skip = Gå til indholdet
# Sidens titel i browserens fane og i søgeresultater: »404 Ikke fundet – HTTP-statuskoder«.
site-page-title = { $page } – { $site }
# Den sidste linje på hver side.
site-footer = Genereret ud fra sprogfilerne i http-status-catalog. Enum-navne, statustekster og eksemplerne på anmodning og svar står, som HTTP skriver dem.

## Et sprogs indeks: statustabellen, grupperet efter klasse

# Overskriften på indholdsfortegnelsen, som viser de fem klasser.
site-contents = Indhold
# Efter en klasse i indholdsfortegnelsen: { $count } er antallet af koder.
site-class-count = { $count ->
        [one] { $count } kode
       *[other] { $count } koder
    }

## Siden for én statuskode

# Linket tilbage til indekset øverst på siden.
site-all-codes = Alle statuskoder
# Overskriften over det, en fejlside fortæller en besøgende (kun klient- og serverfejl).
site-visitor = Hvad den besøgende får at vide
# Etiketter i listen over fakta om en kode, hver efterfulgt af sin værdi.
site-label-class = Klasse
site-label-lifecycle = Status
site-label-name = Enum-navn
# Navne, koden havde i tidligere specifikationer eller biblioteker (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Ældre navne
site-label-phrase = Statustekst
site-label-references = Defineret i
site-label-caching = Cachelagring
site-label-content = Indhold
# Værdien af »Cachelagring« for en kode, som caches må gemme uden at få det at vide
# (RFC 9110: heuristically cacheable).
site-cacheable-yes = Kan cachelagres som standard: en cache må gemme dette svar og genbruge det, selv når dets headere ikke siger noget om, hvor længe det er aktuelt.
site-cacheable-no = Kan som standard ikke cachelagres: en cache gemmer kun dette svar, når dets headere tillader det.
# Værdien af »Indhold« for en kode, hvis svar aldrig har indhold (1xx, 204, 205, 304).
site-no-content-yes = Har aldrig indhold: svaret slutter med sine headere.
site-no-content-no = Kan have indhold, for eksempel en side, der forklarer statussen.
# Overskriften over et eksempel på en anmodning og dens svar.
site-example = Eksempel på anmodning og svar
site-example-note = En anmodning, derefter statuslinjen og de headere i svaret, der er relevante for denne kode. Meddelelsernes indhold er udeladt.
# Navnet på linkene til forrige og næste kode nederst på siden, til skærmlæsere.
site-neighbours = Forrige og næste kode

## Rodsiden, som viser alle sprog

site-root-heading = Vælg sprog
