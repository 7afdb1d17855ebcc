# Words used when the status table is rendered as documentation.

docs-caption = Stavové kódy HTTP
docs-intro = Všechny stavové kódy z registru stavových kódů HTTP, který vede IANA, spolu se specifikací, která je definuje.

# Column headings of the status table.
docs-column-code = Kód
docs-column-name = Název ve výčtu
docs-column-details = Podrobnosti
docs-column-phrase = Stavové hlášení
docs-column-title = Titulek
docs-column-description = Popis
docs-column-class = Třída
docs-column-lifecycle = Stav
docs-column-aliases = Jiné názvy

# A note at the end of a rendered table saying where it comes from.
docs-generated = Vygenerováno z lokalizačních souborů katalogu příkazem „httpstatus docs“. Neupravujte ručně.
