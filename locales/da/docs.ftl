# Ord, der bruges, når statustabellen gengives som dokumentation.

docs-caption = HTTP-statuskoder
docs-intro = Alle statuskoder i IANA’s register over HTTP-statuskoder med den specifikation, der definerer hver af dem.

# Kolonneoverskrifter i statustabellen.
docs-column-code = Kode
docs-column-name = Enum-navn
docs-column-details = Detaljer
docs-column-phrase = Statustekst
docs-column-title = Titel
docs-column-description = Beskrivelse
docs-column-class = Klasse
docs-column-lifecycle = Status
docs-column-aliases = Andre navne

# En note i slutningen af en gengivet tabel om, hvor den kommer fra.
docs-generated = Genereret ud fra katalogets sprogfiler med »httpstatus docs«. Må ikke redigeres manuelt.
