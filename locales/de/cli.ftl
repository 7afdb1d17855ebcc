# Wörter des Kommandozeilenwerkzeugs httpstatus. Nur das Werkzeug liest diese Datei.
# { $variables } so lassen, wie sie sind; Fluent wählt die Pluralform anhand der Zahl, daher
# jede Form angeben, die die Sprache braucht (https://projectfluent.org/fluent/guide/selectors.html).

## Beschriftungen eines beschriebenen Codes: „Klasse: 4xx (Clientfehler)“.

cli-label-class = Klasse
cli-label-name = Name
cli-label-aliases = Andere Namen
cli-label-phrase = Statustext
cli-label-lifecycle = Status
cli-label-references = Definiert in
cli-label-locale = Sprache
cli-label-cacheable = Standardmäßig zwischenspeicherbar
cli-label-no-content = Hat nie Inhalt
cli-yes = ja
cli-no = nein
# Die Klasse nach ihrer Beschriftung: „4xx (Clientfehler)“. { $class } ist etwa 4xx, { $title } der Name
# der Klasse.
cli-class-value = { $class } ({ $title })
# Ein Verweis auf eine Spezifikation nach seiner Beschriftung: „RFC 9110, Abschnitt 15.5.5 – HTTP-Semantik“.
# { $citation } ist der Verweis, { $title } der Titel der Spezifikation.
cli-reference-value = { $citation } – { $title }
# Wird unter einem nicht registrierten Code wie 299 angezeigt.
cli-unregistered = Kein registrierter Statuscode: anhand seiner Klasse beschrieben, wie es RFC 9110 verlangt.
# Wird unter 306 angezeigt, den das Register als reserviert führt.
cli-reserved = Im Register reserviert und nicht mehr verwendet: anhand seiner Klasse beschrieben, wie es RFC 9110 verlangt.

## Auflisten einer Klasse: „httpstatus 4xx“. { $class } ist „4xx“, { $title } der Name der Klasse.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } registrierter Code
       *[other] { $count } registrierte Codes
    }

## Fehler in der Befehlszeile. { $input } ist die Eingabe.

cli-error-out-of-range = { $input } ist kein HTTP-Statuscode: Codes liegen zwischen 100 und 599.
cli-error-unknown-name = „{ $input }“ ist weder ein Statuscode noch ein bekannter Statusname.
# Derselbe Fehler, wenn ein Name der Eingabe ähnelt: { $name } ist etwa NOT_FOUND.
cli-error-unknown-name-did-you-mean = „{ $input }“ ist weder ein Statuscode noch ein bekannter Statusname. Meinten Sie { $name }?
cli-error-bad-tag = „{ $tag }“ ist kein Sprach-Tag; geben Sie eines wie en, ru oder pt-BR an.
# { $requested } ist das angefragte Tag; { $chosen } die stattdessen verwendete Sprache, { $name } ihr Name.
cli-warning-no-locale = Keine Sprache passt zu „{ $requested }“; es wird { $chosen } ({ $name }) verwendet.
cli-error-no-folder = { $path } ist kein Ordner mit Sprachordnern.
cli-error-no-locale = In { $path } gibt es auf dem Datenträger keinen Sprachordner { $tag }.
cli-error-not-a-tag = „{ $tag }“ ist kein Sprach-Tag in kanonischer Form; schreiben Sie es in der Form pt-BR.
cli-error-exists = In { $path } liegen bereits Dateien; geben Sie --force an, um sie zu überschreiben.
# { $error } ist die Meldung des Betriebssystems, meist auf Englisch.
cli-error-io = { $path } kann nicht geschrieben werden: { $error }

## Laden von Sprachordnern vom Datenträger (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } Warnung
       *[other] { $count } Warnungen
    } in { $path }; „httpstatus check“ listet sie auf.

## httpstatus check

# Eine Zeile pro Sprache: „ru: 187/187 übersetzt, 0 fehlend, 0 veraltet“.
cli-check-locale = { $tag }: { $translated }/{ $total } übersetzt, { $missing } fehlend, { $stale } veraltet
# Die letzte Zeile: „0 Fehler, 2 Warnungen in 30 Sprachen“.
cli-check-summary = { $errors ->
        [one] { $errors } Fehler
       *[other] { $errors } Fehler
    }, { $warnings ->
        [one] { $warnings } Warnung
       *[other] { $warnings } Warnungen
    } in { $locales ->
        [one] { $locales } Sprache
       *[other] { $locales } Sprachen
    }
cli-check-recorded = Der aktuelle englische Text von { $tag } wurde in { $path } festgehalten.

## httpstatus locales: der Stand jeder Sprache.

cli-locale-current = vollständig, aktuell
cli-locale-stale = vollständig, { $stale } veraltet
cli-locale-partial = unvollständig: { $missing } fehlend, { $stale } veraltet
cli-locale-pseudo = Pseudosprache, aus dem Englischen erzeugt
cli-locale-from-disk = (vom Datenträger)

## httpstatus template

cli-template-wrote = { $path } geschrieben
cli-template-next = Als Nächstes: übersetzen, dann „httpstatus check --locales-dir { $path } --update-source { $tag }“ ausführen.

## httpstatus docs --out-dir: Fortschritt, eine Zeile pro Datei.

cli-docs-written = [{ $done }/{ $total }] { $path } geschrieben
cli-docs-unchanged = [{ $done }/{ $total }] { $path } unverändert

## httpstatus site

# Nach dem Schreiben der Website: „1985 Dateien für 30 Sprachen in site/“. { $files } ist die Anzahl
# der Dateien, { $languages } die Anzahl der Sprachen, { $path } der Ausgabeordner.
cli-site-written = { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    } für { $languages ->
        [one] { $languages } Sprache
       *[other] { $languages } Sprachen
    } in { $path }
# Wird nach der Zeile oben angezeigt, wenn kein --base-url angegeben wurde.
cli-site-no-sitemap = Keine sitemap.xml: Eine Sitemap braucht absolute Adressen; geben Sie --base-url an, um eine zu schreiben.
# { $url } ist die Angabe nach --base-url.
cli-error-base-url = „{ $url }“ ist keine Basis-URL: Geben Sie eine http- oder https-Adresse ohne Query-String an, etwa https://example.org/http/.

## httpstatus pages: statische Fehlerseiten und Server-Snippets für Reverse Proxys.

# Fortschritt, eine Zeile pro Sprache: „[3/30] ru: 80 Seiten“. { $done } und { $total } zählen die
# Sprachen, { $tag } ist ein Sprach-Tag, { $count } die Anzahl der Seiten.
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } Seite
       *[other] { $count } Seiten
    }
# Die letzte Zeile: { $written } geschriebene Dateien, { $unchanged } unverändert gelassene Dateien,
# { $path } der Ausgabeordner.
cli-pages-done = { $written ->
        [one] { $written } Datei geschrieben
       *[other] { $written } Dateien geschrieben
    }, { $unchanged } unverändert in { $path }.
# Wird vor der letzten Zeile angezeigt, wenn ein früherer Lauf in denselben Ordner Seiten (oder
# Serverdateien) geschrieben hat, die dieser Lauf nicht mehr schreibt, weil weniger Codes, Sprachen
# oder Formate angefordert wurden: { $count } gelöschte Dateien.
cli-pages-removed = { $count ->
        [one] { $count } Datei eines früheren Laufs wurde gelöscht, weil dieser Lauf sie nicht mehr schreibt.
       *[other] { $count } Dateien eines früheren Laufs wurden gelöscht, weil dieser Lauf sie nicht mehr schreibt.
    }
# Eine Zeile pro geschriebener Serverkonfigurationsdatei, die der Betreiber einbinden soll;
# { $path } ist die Datei.
cli-pages-snippet = In die Serverkonfiguration einbinden: { $path }
# { $tag } wurde in --locales angegeben, der Katalog hat aber keine solche Sprache.
cli-error-pages-locale = Keine Sprache passt zu „{ $tag }“; „httpstatus locales“ listet sie auf.
# { $input } ist ein Wert von --codes, der weder ein Fehlercode noch 4xx oder 5xx ist.
cli-error-pages-code = „{ $input }“ ist kein Fehlercode: Geben Sie Codes von 400 bis 599, 4xx oder 5xx an.
# { $input } ist ein Wert von --format, der weder html noch json ist.
cli-error-pages-format = „{ $input }“ ist kein Seitenformat: Geben Sie html, json oder beides an.
# { $path }, der Ordner, den die Serverkonfiguration nennen würde, enthält Zeichen, die
# Konfigurationsdateien nicht enthalten können, oder ist nicht absolut.
cli-error-pages-install-dir = { $path } kann in keiner Serverkonfiguration angegeben werden: Geben Sie mit --install-dir einen absoluten Pfad ohne Anführungszeichen, geschweifte Klammern, Semikolons oder Dollarzeichen an.

## httpstatus serve: der Fehlerseiten-Server.

# Die Startzeile auf stderr. { $address } ist etwa 127.0.0.1:8080; „http://{ $address }“ nicht
# trennen, Skripte lesen es. { $locales } ist die Anzahl der Sprachen.
cli-serve-listening = Fehlerseiten werden unter http://{ $address } in { $locales ->
        [one] { $locales } Sprache
       *[other] { $locales } Sprachen
    } bereitgestellt; /healthz beantwortet Zustandsprüfungen.
# Nach SIGTERM oder Strg+C.
cli-serve-stopping = Wird beendet: Laufende Anfragen werden noch abgeschlossen.
# { $address }, die Angabe nach --listen, ist keine Adresse.
cli-error-serve-listen = „{ $address }“ ist keine Adresse, auf der gelauscht werden kann; schreiben Sie sie in der Form 127.0.0.1:8080 oder [::1]:8080.
# { $error } ist die Meldung des Betriebssystems, meist auf Englisch.
cli-error-serve-bind = Auf { $address } kann nicht gelauscht werden: { $error }
