# Was eine Fehlerseite Besuchern mitteilt, die keine Entwickler sind: für jeden Clientfehler (4xx)
# und Serverfehler (5xx) eine kurze Meldung, die die Seite einleitet, und die vorgeschlagene Aktion.
# Für alle schreiben, die eine Website benutzen: kein Fachjargon („Anfrage“ ist in Ordnung,
# „Upstream“ oder „POST“ nicht), Besucher direkt mit „Sie“ ansprechen, je ein oder zwei kurze Sätze.
# Die technische Beschreibung jedes Codes (status.ftl) steht darunter unter „Technische Details“.
# Ruhig bleiben und Besuchern nie die Schuld geben.

## Clientfehler (4xx): Etwas an der Anfrage stimmt nicht. visitor-NNN leitet die Seite ein;
## visitor-NNN-action sagt, was Besucher tun können.

visitor-400 = Die Website konnte die Anfrage Ihres Browsers nicht verstehen.
visitor-400-action = Gehen Sie zurück und versuchen Sie es erneut. Wenn das Problem weiterhin auftritt, löschen Sie die Cookies dieser Website oder verwenden Sie einen anderen Browser.
visitor-401 = Sie müssen sich anmelden, um diese Seite zu sehen.
visitor-401-action = Melden Sie sich an und versuchen Sie es dann erneut.
visitor-402 = Für diesen Inhalt ist eine Zahlung oder ein Abonnement erforderlich.
visitor-402-action = Prüfen Sie Ihr Abonnement oder Ihre Zahlungsdaten auf dieser Website.
visitor-403 = Sie haben keine Berechtigung, diese Seite zu sehen.
visitor-403-action = Wenn Sie meinen, dass Sie Zugriff haben sollten, wenden Sie sich an den Betreiber der Website.
visitor-404 = Wir konnten die gesuchte Seite nicht finden.
visitor-404-action = Prüfen Sie die Adresse auf Tippfehler oder beginnen Sie noch einmal auf der Startseite.
visitor-405 = Diese Seite lässt sich nicht so verwenden, wie Ihr Browser es gerade versucht hat.
visitor-405-action = Gehen Sie zur vorherigen Seite zurück und versuchen Sie es von dort aus erneut.
visitor-406 = Die Website bietet diese Seite in keinem Format und keiner Sprache an, die Ihr Browser akzeptiert.
visitor-406-action = Versuchen Sie es mit einem anderen Browser erneut oder ändern Sie die Spracheinstellungen Ihres Browsers.
visitor-407 = Das Netzwerk, das Sie verwenden, verlangt eine Anmeldung, bevor Sie diese Website erreichen können.
visitor-407-action = Melden Sie sich bei Ihrem Netzwerk an und versuchen Sie es dann erneut.
visitor-408 = Die Website hat zu lange darauf gewartet, dass Ihr Browser seine Anfrage vollständig sendet.
visitor-408-action = Versuchen Sie es erneut. Wenn Ihre Verbindung langsam ist, warten Sie vorher einen Moment.
visitor-409 = Ihre Änderung steht im Widerspruch zum aktuellen Stand dieser Seite – vielleicht hat jemand anderes sie vor Ihnen geändert.
visitor-409-action = Laden Sie die Seite neu, um die neueste Version zu sehen, und nehmen Sie Ihre Änderung dann erneut vor.
visitor-410 = Diese Seite wurde dauerhaft entfernt.
visitor-410-action = Beginnen Sie noch einmal auf der Startseite oder suchen Sie auf der Website nach ähnlichen Inhalten.
visitor-411 = Ihr Browser hat die Anfrage in einer Form gesendet, die die Website nicht annehmen kann.
visitor-411-action = Versuchen Sie es erneut. Wenn das Problem weiterhin auftritt, verwenden Sie einen anderen Browser.
visitor-412 = Diese Seite hat sich geändert, seit Ihr Browser sie zuletzt geladen hat, daher wurde nichts ausgeführt.
visitor-412-action = Laden Sie die Seite neu und versuchen Sie es dann erneut.
visitor-413 = Die Daten, die Sie senden wollten, sind größer, als diese Website zulässt.
visitor-413-action = Versuchen Sie es mit einer kleineren Datei oder senden Sie weniger auf einmal.
visitor-414 = Die Webadresse ist für diese Website zu lang.
visitor-414-action = Prüfen Sie die Adresse oder gehen Sie zurück und folgen Sie dem Link erneut.
visitor-415 = Die Website nimmt diese Art von Datei oder Daten nicht an.
visitor-415-action = Versuchen Sie es mit einer Datei in einem anderen Format erneut.
visitor-416 = Den Teil der Datei, den Ihr Browser angefordert hat, gibt es nicht.
visitor-416-action = Starten Sie den Download noch einmal von vorn.
visitor-417 = Die Website kann eine Bedingung nicht erfüllen, die Ihr Browser an diese Anfrage geknüpft hat.
visitor-417-action = Versuchen Sie es erneut. Wenn das Problem weiterhin auftritt, verwenden Sie einen anderen Browser.
visitor-418 = Dieser Server ist eine Teekanne, und Teekannen kochen keinen Kaffee.
visitor-418-action = Versuchen Sie es stattdessen mit einer Kaffeekanne.
visitor-421 = Ihre Anfrage ist bei einem Server gelandet, der für diese Website nicht antworten kann.
visitor-421-action = Warten Sie einen Moment und laden Sie die Seite dann neu.
visitor-422 = Die Website hat verstanden, was Sie gesendet haben, aber ein Teil davon ist ungültig.
visitor-422-action = Prüfen Sie Ihre Eingaben, korrigieren Sie sie und senden Sie sie erneut.
visitor-423 = Dieses Element ist gesperrt, weil es gerade verwendet oder bearbeitet wird.
visitor-423-action = Warten Sie eine Weile und versuchen Sie es dann erneut.
visitor-424 = Der Vorgang konnte nicht abgeschlossen werden, weil ein Schritt fehlgeschlagen ist, von dem er abhängt.
visitor-424-action = Führen Sie den gesamten Vorgang noch einmal aus.
visitor-425 = Zu Ihrer Sicherheit hat die Website diese Anfrage noch nicht ausgeführt.
visitor-425-action = Versuchen Sie es erneut.
visitor-426 = Die Website benötigt eine neuere, sicherere Verbindung als die, die Ihr Browser verwendet hat.
visitor-426-action = Aktualisieren Sie Ihren Browser oder Ihre App und versuchen Sie es dann erneut.
visitor-428 = Damit nicht versehentlich Änderungen anderer überschrieben werden, muss die Website wissen, welche Version Sie bearbeiten.
visitor-428-action = Laden Sie die Seite neu und nehmen Sie Ihre Änderung dann erneut vor.
visitor-429 = Von Ihnen kamen in kurzer Zeit zu viele Anfragen.
visitor-429-action = Warten Sie eine Weile und versuchen Sie es dann erneut.
visitor-431 = Ihr Browser hat mit der Anfrage zu viele Zusatzinformationen gesendet, oft wegen großer Cookies.
visitor-431-action = Löschen Sie die Cookies dieser Website und versuchen Sie es dann erneut.
visitor-451 = Diese Seite ist hier aus rechtlichen Gründen nicht verfügbar.
visitor-451-action = Beginnen Sie noch einmal auf der Startseite; vielleicht erklärt die Website den Grund an anderer Stelle.

## Serverfehler (5xx): Etwas ist auf Seiten der Website schiefgelaufen, nicht bei Besuchern.

visitor-500 = Bei der Website ist etwas schiefgelaufen.
visitor-500-action = Versuchen Sie es in ein paar Minuten erneut. Wenn das Problem weiterhin auftritt, informieren Sie den Betreiber der Website.
visitor-501 = Die Website kann das, was Ihr Browser von ihr verlangt hat, nicht ausführen.
visitor-501-action = Gehen Sie zur vorherigen Seite zurück.
visitor-502 = Die Website hat von einem anderen Server, von dem sie abhängt, keine gültige Antwort erhalten.
visitor-502-action = Versuchen Sie es in ein paar Minuten erneut.
visitor-503 = Die Website kann Ihre Anfrage gerade nicht bearbeiten.
visitor-503-action = Versuchen Sie es in ein paar Minuten erneut.
visitor-504 = Die Website hat zu lange auf einen anderen Server gewartet, von dem sie abhängt.
visitor-504-action = Versuchen Sie es in ein paar Minuten erneut.
visitor-505 = Die Website unterstützt die Art von Verbindung nicht, die Ihr Browser verwendet hat.
visitor-505-action = Aktualisieren Sie Ihren Browser oder Ihre App und versuchen Sie es dann erneut.
visitor-506 = Die Website ist so eingerichtet, dass sie keine Version dieser Seite zum Anzeigen auswählen kann.
visitor-506-action = Informieren Sie den Betreiber der Website.
visitor-507 = Der Website ist der Speicherplatz für Ihre Anfrage ausgegangen.
visitor-507-action = Versuchen Sie es später erneut oder informieren Sie den Betreiber der Website.
visitor-508 = Die Website ist bei der Bearbeitung Ihrer Anfrage in eine Endlosschleife geraten.
visitor-508-action = Informieren Sie den Betreiber der Website.
visitor-510 = Die Website benötigt zusätzliche Angaben in der Anfrage, bevor sie sie bearbeiten kann.
visitor-510-action = Informieren Sie den Betreiber der Website.
visitor-511 = Sie müssen sich beim Netzwerk anmelden, bevor Sie das Internet nutzen können.
visitor-511-action = Öffnen Sie eine beliebige Webseite, um zur Anmeldeseite des Netzwerks zu gelangen, und melden Sie sich dort an.

## Codes ohne eigene Meldung (etwa 499 oder 599) verwenden die ihrer Klasse.

visitor-4xx = Bei der Anfrage gab es ein Problem, daher konnte die Website sie nicht ausführen.
visitor-4xx-action = Prüfen Sie die Adresse oder gehen Sie zurück und versuchen Sie es erneut.
visitor-5xx = Bei der Website ist etwas schiefgelaufen.
visitor-5xx-action = Versuchen Sie es in ein paar Minuten erneut.
