# Words used when the status table is rendered as documentation.

docs-caption = Coduri de stare HTTP
docs-intro = Toate codurile de stare din registrul IANA al codurilor de stare HTTP, împreună cu specificația care le definește.

# Column headings of the status table.
docs-column-code = Cod
docs-column-name = Nume în enumerare
docs-column-details = Detalii
docs-column-phrase = Mesaj de stare
docs-column-title = Titlu
docs-column-description = Descriere
docs-column-class = Clasă
docs-column-lifecycle = Stare
docs-column-aliases = Alte nume

# A note at the end of a rendered table saying where it comes from.
docs-generated = Generat din fișierele de localizare ale catalogului cu „httpstatus docs”. Nu editați manual.
