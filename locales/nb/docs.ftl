# Ord som brukes når statustabellen gjengis som dokumentasjon.

docs-caption = HTTP-statuskoder
docs-intro = Alle statuskoder i IANAs register over HTTP-statuskoder, med spesifikasjonen som definerer hver av dem.

# Kolonneoverskrifter i statustabellen.
docs-column-code = Kode
docs-column-name = Enum-navn
docs-column-details = Detaljer
docs-column-phrase = Statustekst
docs-column-title = Tittel
docs-column-description = Beskrivelse
docs-column-class = Klasse
docs-column-lifecycle = Status
docs-column-aliases = Andre navn

# En merknad på slutten av en gjengitt tabell som sier hvor den kommer fra.
docs-generated = Generert fra katalogens språkfiler med «httpstatus docs». Må ikke redigeres for hånd.
