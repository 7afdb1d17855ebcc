# Wörter, die verwendet werden, wenn die Statustabelle als Dokumentation ausgegeben wird.

docs-caption = HTTP-Statuscodes
docs-intro = Jeder Statuscode aus dem HTTP-Statuscode-Register der IANA, mit der Spezifikation, die ihn definiert.

# Spaltenüberschriften der Statustabelle.
docs-column-code = Code
docs-column-name = Enum-Name
docs-column-details = Details
docs-column-phrase = Statustext
docs-column-title = Titel
docs-column-description = Beschreibung
docs-column-class = Klasse
docs-column-lifecycle = Status
docs-column-aliases = Andere Namen

# Ein Hinweis am Ende einer ausgegebenen Tabelle, woher sie stammt.
docs-generated = Aus den Sprachdateien des Katalogs mit „httpstatus docs“ erzeugt. Nicht von Hand bearbeiten.
