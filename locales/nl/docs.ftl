# Woorden die worden gebruikt wanneer de statustabel als documentatie wordt weergegeven.

docs-caption = HTTP-statuscodes
docs-intro = Alle statuscodes uit het HTTP-statuscoderegister van IANA, met de specificatie die elke code definieert.

# Kolomkoppen van de statustabel.
docs-column-code = Code
docs-column-name = Enum-naam
docs-column-details = Details
docs-column-phrase = Statustekst
docs-column-title = Titel
docs-column-description = Beschrijving
docs-column-class = Klasse
docs-column-lifecycle = Status
docs-column-aliases = Andere namen

# Een opmerking aan het einde van een weergegeven tabel over waar die vandaan komt.
docs-generated = Gegenereerd uit de taalbestanden van de catalogus met “httpstatus docs”. Niet handmatig bewerken.
