# Der Name dieser Sprache, in dieser Sprache geschrieben.
locale-name = Deutsch

# Beschriftungen, die das Kommandozeilenwerkzeug httpstatus ausgibt.
cli-label-code = Code
cli-label-name = Name
cli-label-aliases = Andere Namen
cli-label-phrase = Statustext
cli-label-title = Titel
cli-label-description = Beschreibung
cli-label-class = Klasse
cli-label-lifecycle = Status
cli-label-references = Definiert in
cli-label-locale = Sprache
cli-label-cacheable = Standardmäßig zwischenspeicherbar
cli-label-no-content = Hat nie Inhalt
cli-yes = ja
cli-no = nein
cli-unregistered = Kein registrierter Statuscode: anhand seiner Klasse beschrieben, wie es RFC 9110 verlangt.
