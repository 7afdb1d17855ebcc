# Wörter der Referenz-Website, die „httpstatus site“ schreibt: ein Index pro Sprache (die
# Statustabelle mit Inhaltsverzeichnis), eine Seite pro Statuscode und eine Startseite mit den
# Sprachen. Nur die Werkzeuge lesen diese Datei. { $variables } so lassen, wie sie sind.
# Enum-Namen (NOT_FOUND), Statustexte, Header-Namen (Location) und die Beispiele werden nie
# übersetzt und stehen nicht in dieser Datei.

## Auf jeder Seite

# Die Schaltfläche oben auf jeder Seite, die die Liste der Sprachen öffnet.
site-languages = Sprachen
# Link für Tastaturnutzer, zuerst auf jeder Seite; überspringt Kopfbereich und Sprachliste.
site-skip = Zum Inhalt springen
# Der Seitentitel im Browser-Tab und in Suchergebnissen: „404 Nicht gefunden – HTTP-Statuscodes“.
site-page-title = { $page } – { $site }
# Die letzte Zeile jeder Seite.
site-footer = Aus den Sprachdateien von http-status-catalog erzeugt. Enum-Namen, Statustexte und die Beispiele für Anfrage und Antwort bleiben so, wie HTTP sie schreibt.

## Der Index einer Sprache: die Statustabelle, nach Klassen gruppiert

# Die Überschrift des Inhaltsverzeichnisses, das die fünf Klassen auflistet.
site-contents = Inhalt
# Nach einer Klasse im Inhaltsverzeichnis: { $count } ist die Anzahl ihrer Codes.
site-class-count = { $count ->
        [one] { $count } Code
       *[other] { $count } Codes
    }

## Die Seite eines Statuscodes

# Der Link zurück zum Index, oben auf der Seite.
site-all-codes = Alle Statuscodes
# Die Überschrift über dem, was eine Fehlerseite Besuchern sagt (nur Client- und Serverfehler).
site-visitor = Was Besuchern angezeigt wird
# Beschriftungen in der Liste der Angaben zu einem Code, jeweils gefolgt vom Wert.
site-label-class = Klasse
site-label-lifecycle = Status
site-label-name = Enum-Name
# Namen, die der Code in früheren Spezifikationen oder Bibliotheken hatte (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Ältere Namen
site-label-phrase = Statustext
site-label-references = Definiert in
site-label-caching = Zwischenspeicherung
site-label-content = Inhalt
# Der Wert von „Zwischenspeicherung“ für einen Code, den Zwischenspeicher ohne Angabe speichern
# dürfen (RFC 9110: heuristically cacheable).
site-cacheable-yes = Standardmäßig zwischenspeicherbar: Ein Zwischenspeicher darf diese Antwort speichern und wiederverwenden, auch wenn ihre Header nichts darüber sagen, wie lange sie aktuell bleibt.
site-cacheable-no = Standardmäßig nicht zwischenspeicherbar: Ein Zwischenspeicher speichert diese Antwort nur, wenn ihre Header es erlauben.
# Der Wert von „Inhalt“ für einen Code, dessen Antwort nie Inhalt hat (1xx, 204, 205, 304).
site-no-content-yes = Hat nie Inhalt: Die Antwort endet mit ihren Headern.
site-no-content-no = Kann Inhalt haben, etwa eine Seite, die den Status erklärt.
# Die Überschrift über einem Beispiel einer Anfrage und ihrer Antwort.
site-example = Beispiel für Anfrage und Antwort
site-example-note = Eine Anfrage, dann die Statuszeile und die Header der Antwort, auf die es bei diesem Code ankommt. Der Inhalt der Nachrichten ist weggelassen.
# Der Name der Links zum vorherigen und nächsten Code am Seitenende, für Screenreader.
site-neighbours = Vorheriger und nächster Code

## Die Startseite, die alle Sprachen auflistet

site-root-heading = Sprache wählen
