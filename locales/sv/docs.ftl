# Ord som används när statustabellen återges som dokumentation.

docs-caption = HTTP-statuskoder
docs-intro = Alla statuskoder i IANA:s register över HTTP-statuskoder, med den specifikation som definierar var och en.

# Kolumnrubriker i statustabellen.
docs-column-code = Kod
docs-column-name = Enum-namn
docs-column-details = Detaljer
docs-column-phrase = Statustext
docs-column-title = Titel
docs-column-description = Beskrivning
docs-column-class = Klass
docs-column-lifecycle = Status
docs-column-aliases = Andra namn

# En anteckning i slutet av en återgiven tabell som anger var den kommer från.
docs-generated = Genererad från katalogens språkfiler med ”httpstatus docs”. Redigera inte för hand.
