# Titel und Beschreibungen aller registrierten HTTP-Statuscodes, für Menschen gedacht.
# Die im Protokoll gesendeten Statustexte stehen in wire.ftl; die Titel hier dürfen sich nur in der Form von ihnen unterscheiden.

## 1xx Informationen

status-100-title = Weiter
status-100-description = Der Server hat den Anfang der Anfrage erhalten, und der Client soll den Rest senden. Meist ist dies die Antwort auf eine Anfrage, die mit einem Expect-Header gefragt hat, ob der Server den Inhalt akzeptieren würde, bevor er gesendet wird.
status-101-title = Protokollwechsel
status-101-description = Der Server stimmt der Upgrade-Anfrage des Clients zu und wechselt die Verbindung auf ein anderes Protokoll, etwa WebSocket. Alles, was nach dieser Antwort über die Verbindung läuft, verwendet das neue Protokoll.
status-102-title = Wird verarbeitet
status-102-description = Eine Zwischenantwort, mit der der Server dem Client mitteilte, dass er eine lange WebDAV-Anfrage akzeptiert hatte und noch daran arbeitete. Der Code ist veraltet: Die spätere WebDAV-Spezifikation hat ihn entfernt, daher sollten sich Clients nicht auf ihn verlassen.
status-103-title = Frühe Hinweise
status-103-description = Eine Zwischenantwort, die vor der endgültigen gesendet wird, meist mit Link-Headern, damit der Client schon Ressourcen vorladen kann, während der Server seine Antwort vorbereitet. Der Code ist experimentell, und ein Client, der die Hinweise nicht nutzt, kann ihn einfach ignorieren.
status-104-title = Fortsetzen von Uploads unterstützt
status-104-description = Eine Zwischenantwort, in der der Server mitteilt, dass er fortsetzbare Uploads unterstützt und wo der Upload zu finden ist, damit ein unterbrochener Upload fortgesetzt statt neu begonnen werden kann. Es handelt sich um eine vorläufige Registrierung für den Entwurf „Fortsetzbare Uploads für HTTP“, die sich noch ändern oder auslaufen kann.

## 2xx Erfolg

status-200-title = OK
status-200-description = Die Anfrage war erfolgreich. Was die Antwort enthält, hängt von der Methode ab: bei GET die angeforderte Ressource, bei POST meist das Ergebnis der Aktion.
status-201-title = Erstellt
status-201-description = Die Anfrage war erfolgreich und hat eine oder mehrere neue Ressourcen erstellt. Die wichtigste neue Ressource wird normalerweise im Location-Header der Antwort angegeben.
status-202-title = Akzeptiert
status-202-description = Die Anfrage wurde zur Verarbeitung akzeptiert, doch die Verarbeitung ist noch nicht abgeschlossen und kann noch fehlschlagen. Das ist typisch für Aufträge in einer Warteschlange oder im Hintergrund; die Antwort gibt oft an, wo man den Fortschritt prüfen kann.
status-203-title = Nicht maßgebliche Informationen
status-203-description = Die Anfrage war erfolgreich, aber ein transformierender Proxy hat den Inhalt verändert, sodass er nicht genau dem entspricht, was der Ursprungsserver gesendet hat.
status-204-title = Kein Inhalt
status-204-description = Die Anfrage war erfolgreich, und es gibt nichts zurückzusenden. Ein Browser bleibt auf der aktuellen Seite, und ein API-Client sollte keinen Body in der Antwort erwarten.
status-205-title = Inhalt zurücksetzen
status-205-description = Die Anfrage war erfolgreich, und der Client soll die Ansicht zurücksetzen, von der aus sie gesendet wurde, etwa ein Formular leeren, damit neue Eingaben gemacht werden können. Die Antwort hat keinen Inhalt.
status-206-title = Teilinhalt
status-206-description = Der Server sendet nur die Teile der Ressource, die der Client mit einem Range-Header angefordert hat. So werden Downloads fortgesetzt, und so springen Mediaplayer an eine bestimmte Stelle in einer Datei.
status-207-title = Mehrfachstatus
status-207-description = Eine WebDAV-Antwort, die in einem XML-Body für mehrere Ressourcen oder Operationen jeweils einen eigenen Status meldet. Prüfen Sie jeden Status im Body und nicht den Gesamtcode.
status-208-title = Bereits gemeldet
status-208-description = Wird innerhalb einer WebDAV-Mehrfachstatus-Antwort verwendet, um anzugeben, dass die Mitglieder einer Sammlung bereits weiter oben in derselben Antwort aufgeführt wurden und nicht wiederholt werden. So wird eine Ressource, die über mehrere Bindungen erreichbar ist, nicht mehrfach aufgelistet.
status-226-title = IM verwendet
status-226-description = Der Server hat eine GET-Anfrage erfüllt, und die Antwort ist das Ergebnis einer oder mehrerer Instanzmanipulationen (IM), etwa eines Deltas, die auf die aktuelle Version der Ressource angewendet wurden. Der Code gehört zur Delta-Kodierungs-Erweiterung von HTTP.

## 3xx Weiterleitung

status-300-title = Mehrfachauswahl
status-300-description = Die Ressource hat mehrere Darstellungen mit jeweils eigener Adresse, und der Benutzer oder der Client soll eine davon auswählen. Der Server kann im Location-Header auf die von ihm bevorzugte Auswahl verweisen.
status-301-title = Dauerhaft verschoben
status-301-description = Die Ressource wurde dauerhaft an die im Location-Header angegebene Adresse verschoben, und Links und Lesezeichen sollten auf diese Adresse aktualisiert werden. Beim Folgen der Weiterleitung dürfen Clients aus einem POST ein GET machen; 308 ist die Variante, die die Methode beibehält.
status-302-title = Gefunden
status-302-description = Die Ressource befindet sich vorübergehend unter der im Location-Header angegebenen Adresse, und für künftige Anfragen soll weiterhin die ursprüngliche Adresse verwendet werden. Beim Folgen der Weiterleitung dürfen Clients aus einem POST ein GET machen; 307 ist die Variante, die die Methode beibehält.
status-303-title = Siehe andere Ressource
status-303-description = Der Server verweist den Client auf eine andere Ressource, die im Location-Header angegeben ist und mit GET abgerufen werden soll. Das wird oft nach dem Absenden eines Formulars verwendet, um eine Ergebnisseite anzuzeigen.
status-304-title = Nicht geändert
status-304-description = Eine bedingte Anfrage hat ergeben, dass sich die Ressource seit der Version, die der Client bereits hat, nicht geändert hat, sodass der Client seine zwischengespeicherte Kopie verwenden kann. Die Antwort hat keinen Inhalt.
status-305-title = Proxy verwenden
status-305-description = Wies den Client früher an, die Anfrage über den im Location-Header genannten Proxy zu wiederholen. Der Code ist aus Sicherheitsgründen veraltet, weil ein Server damit den Datenverkehr eines Clients über einen beliebigen Proxy leiten konnte, und heutige Clients reagieren nicht darauf.
status-307-title = Vorübergehende Weiterleitung
status-307-description = Die Ressource befindet sich vorübergehend unter der im Location-Header angegebenen Adresse, und der Client muss die Anfrage dort mit derselben Methode und demselben Inhalt wiederholen. Künftige Anfragen sollen weiterhin an die ursprüngliche Adresse gehen.
status-308-title = Dauerhafte Weiterleitung
status-308-description = Die Ressource wurde dauerhaft an die im Location-Header angegebene Adresse verschoben, und der Client muss die Anfrage dort mit derselben Methode und demselben Inhalt wiederholen. Künftige Anfragen sollen die neue Adresse verwenden.

## 4xx Clientfehler

status-400-title = Fehlerhafte Anfrage
status-400-description = Der Server kann oder will die Anfrage nicht verarbeiten, weil er etwas als Clientfehler ansieht, etwa eine fehlerhafte Syntax oder eine ungültige Nachricht. Korrigieren Sie die Anfrage, bevor Sie sie erneut senden.
status-401-title = Nicht authentifiziert
status-401-description = Der Anfrage fehlen gültige Anmeldedaten für die Ressource. Der WWW-Authenticate-Header der Antwort gibt an, wie man sich authentifiziert; melden Sie sich an oder senden Sie Anmeldedaten, und versuchen Sie es dann erneut.
status-402-title = Zahlung erforderlich
status-402-description = Der Code ist für künftige Verwendung reserviert; HTTP legt seine Bedeutung nicht fest. Manche Dienste verwenden ihn inoffiziell, um anzuzeigen, dass eine Zahlung oder ein Abonnement nötig ist.
status-403-title = Verboten
status-403-description = Der Server hat die Anfrage verstanden, weigert sich aber, sie auszuführen. Anders als bei 401 hilft eine erneute Anmeldung mit denselben Anmeldedaten nicht: Der Client hat keine Berechtigung für diese Ressource.
status-404-title = Nicht gefunden
status-404-description = Der Server hat unter dieser Adresse nichts, oder er will nicht verraten, dass dort etwas ist. Prüfen Sie die Adresse auf Tippfehler; die Seite wurde möglicherweise verschoben oder gelöscht.
status-405-title = Methode nicht erlaubt
status-405-description = Die Ressource existiert, akzeptiert aber die Anfragemethode nicht, zum Beispiel ein POST an eine schreibgeschützte Seite. Der Allow-Header der Antwort listet die Methoden auf, die sie akzeptiert.
status-406-title = Nicht akzeptabel
status-406-description = Der Server hat keine Version der Ressource, die dem entspricht, was der Client laut seinen Accept-Headern akzeptiert, etwa beim Medientyp oder der Sprache, und will keine Standardversion senden.
status-407-title = Proxy-Authentifizierung erforderlich
status-407-description = Wie 401, aber der Client muss sich zuerst bei einem Proxy authentifizieren, der zwischen ihm und dem Server liegt. Der Proxy-Authenticate-Header der Antwort gibt an, wie.
status-408-title = Zeitüberschreitung der Anfrage
status-408-description = Der Server hat innerhalb der Zeit, die er zu warten bereit war, keine vollständige Anfrage erhalten und schließt die Verbindung. Der Client kann die Anfrage über eine neue Verbindung erneut senden.
status-409-title = Konflikt
status-409-description = Die Anfrage steht im Konflikt mit dem aktuellen Zustand der Ressource, zum Beispiel bei einer Änderung, die auf einer nicht mehr aktuellen Version beruht. Lösen Sie den Konflikt, oft durch Abrufen der neuesten Version, und versuchen Sie es erneut.
status-410-title = Entfernt
status-410-description = Die Ressource war früher hier, wurde aber absichtlich entfernt und kommt nicht zurück; eine neue Adresse ist nicht bekannt. Links darauf sollten gelöscht werden.
status-411-title = Länge erforderlich
status-411-description = Der Server lehnt die Anfrage ab, weil sie keinen Content-Length-Header hat. Senden Sie sie erneut mit der Länge ihres Inhalts.
status-412-title = Vorbedingung fehlgeschlagen
status-412-description = Eine Bedingung in den Headern der Anfrage, etwa If-Match oder If-Unmodified-Since, hat sich auf dem Server als falsch erwiesen. Das verhindert typischerweise, dass eine Ressource überschrieben wird, die jemand anderes inzwischen geändert hat.
status-413-title = Inhalt zu groß
status-413-description = Der Inhalt der Anfrage ist größer, als der Server verarbeiten will oder kann. Senden Sie weniger Daten; ist die Grenze nur vorübergehend, gibt der Retry-After-Header möglicherweise an, wann Sie es erneut versuchen können.
status-414-title = URI zu lang
status-414-description = Die angeforderte Adresse ist länger, als der Server zu interpretieren bereit ist. Das kommt oft daher, dass zu viele Daten in den Query-String gepackt werden; senden Sie solche Daten stattdessen im Body der Anfrage.
status-415-title = Nicht unterstützter Medientyp
status-415-description = Der Server lehnt die Anfrage ab, weil ihr Inhalt in einem Format vorliegt oder eine Kodierung verwendet, die die Ressource für diese Methode nicht unterstützt. Prüfen Sie die Header Content-Type und Content-Encoding.
status-416-title = Bereich nicht erfüllbar
status-416-description = Keiner der im Range-Header angeforderten Bereiche kann geliefert werden, zum Beispiel weil sie hinter dem Ende der Ressource beginnen. Die Antwort gibt meist die aktuelle Länge der Ressource in einem Content-Range-Header an.
status-417-title = Erwartung fehlgeschlagen
status-417-description = Der Server kann die im Expect-Header der Anfrage angegebene Erwartung nicht erfüllen. Der Client kann die Anfrage ohne diesen Header erneut senden.
status-418-title = Ich bin eine Teekanne
status-418-description = Der Code ist in HTTP reserviert und wird nicht verwendet. Er stammt aus dem Hypertext-Kaffeekannen-Steuerungsprotokoll, einem Aprilscherz, in dem sich eine Teekanne weigert, Kaffee zu kochen, und manche Server senden ihn noch als Easter Egg.
status-421-title = Fehlgeleitete Anfrage
status-421-description = Die Anfrage hat einen Server erreicht, der für ihre Adresse keine Antwort erzeugen kann, zum Beispiel weil eine wiederverwendete Verbindung zu einem Server führt, der nicht für diesen Hostnamen eingerichtet ist. Der Client kann es über eine andere Verbindung erneut versuchen.
status-422-title = Nicht verarbeitbarer Inhalt
status-422-description = Der Server versteht den Inhaltstyp, und die Syntax ist korrekt, aber er kann nicht umsetzen, was im Inhalt steht, zum Beispiel weil die Daten die Validierung nicht bestehen. Korrigieren Sie die Daten, bevor Sie es erneut versuchen.
status-423-title = Gesperrt
status-423-description = Die WebDAV-Ressource ist gesperrt, daher kann die Methode nicht auf sie angewendet werden. Warten Sie, bis die Sperre aufgehoben ist, oder senden Sie das Sperr-Token, wenn Sie Inhaber der Sperre sind.
status-424-title = Fehlgeschlagene Abhängigkeit
status-424-description = Die Methode konnte auf der Ressource nicht ausgeführt werden, weil eine andere Aktion, von der sie abhing, fehlgeschlagen ist. In WebDAV passiert das zum Beispiel, wenn eine Änderung in einer Gruppe fehlschlägt und die anderen deshalb nicht angewendet werden.
status-425-title = Zu früh
status-425-description = Der Server verarbeitet keine Anfrage, die als frühe TLS-Daten (Early Data) gesendet wurde, weil ein Angreifer solche Daten erneut einspielen könnte. Der Client sollte die Anfrage erneut senden, sobald der Handshake abgeschlossen ist.
status-426-title = Upgrade erforderlich
status-426-description = Der Server weigert sich, die Anfrage über das aktuelle Protokoll zu bearbeiten, tut es aber möglicherweise, sobald der Client zu einem anderen wechselt. Der Upgrade-Header der Antwort nennt die Protokolle, die er verlangt.
status-428-title = Vorbedingung erforderlich
status-428-description = Der Server verlangt, dass die Anfrage bedingt ist, zum Beispiel einen If-Match-Header enthält, damit sich Änderungen verschiedener Clients nicht gegenseitig überschreiben. Rufen Sie die aktuelle Version ab und senden Sie die Anfrage mit einer Bedingung erneut.
status-429-title = Zu viele Anfragen
status-429-description = Der Client hat in einem bestimmten Zeitraum zu viele Anfragen gesendet, und seine Anfragerate wird begrenzt. Verringern Sie die Anfragerate; der Retry-After-Header gibt möglicherweise an, wie lange Sie warten sollen.
status-431-title = Headerfelder der Anfrage zu groß
status-431-description = Der Server verarbeitet die Anfrage nicht, weil ihre Headerfelder zu groß sind, entweder ein einzelnes Feld oder alle zusammen. Verkleinern Sie die Header, zum Beispiel indem Sie die Cookies der Website löschen, und versuchen Sie es erneut.
status-451-title = Aus rechtlichen Gründen nicht verfügbar
status-451-description = Der Server verweigert den Zugriff auf die Ressource aufgrund einer rechtlichen Forderung, etwa eines Gerichtsbeschlusses oder staatlicher Zensur. Die Antwort sollte erklären, worin die Forderung besteht und wer sie gestellt hat.

## 5xx Serverfehler

status-500-title = Interner Serverfehler
status-500-description = Der Server ist auf einen unerwarteten Zustand gestoßen, der ihn daran gehindert hat, die Anfrage zu erfüllen. Der Fehler liegt beim Server; versuchen Sie es später erneut, und wenden Sie sich an die Administratoren der Website, wenn das Problem bestehen bleibt.
status-501-title = Nicht implementiert
status-501-description = Der Server unterstützt die Funktionalität nicht, die zum Erfüllen der Anfrage nötig ist, meist weil er die Anfragemethode überhaupt nicht kennt. Anders als bei 405 betrifft das den ganzen Server und nicht nur eine Ressource.
status-502-title = Fehlerhaftes Gateway
status-502-description = Ein Server, der als Gateway oder Proxy arbeitet, hat vom Upstream-Server, den er kontaktiert hat, eine ungültige Antwort erhalten. Das Problem liegt zwischen den Servern, und ein späterer erneuter Versuch kann helfen.
status-503-title = Dienst nicht verfügbar
status-503-description = Der Server kann die Anfrage gerade nicht bearbeiten, meist weil er überlastet ist oder wegen Wartungsarbeiten nicht läuft. Versuchen Sie es später erneut; der Retry-After-Header gibt möglicherweise an, wann.
status-504-title = Gateway-Zeitüberschreitung
status-504-description = Ein Server, der als Gateway oder Proxy arbeitet, hat vom Upstream-Server, den er erreichen musste, nicht rechtzeitig eine Antwort erhalten. Ein späterer erneuter Versuch kann helfen.
status-505-title = HTTP-Version nicht unterstützt
status-505-description = Der Server unterstützt die in der Anfrage verwendete Hauptversion von HTTP nicht oder weigert sich, sie zu unterstützen. Der Client sollte es mit einer anderen Version des Protokolls erneut versuchen.
status-506-title = Variante verhandelt ebenfalls
status-506-description = Der Server ist für die transparente Inhaltsaushandlung falsch konfiguriert: Die von ihm gewählte Variante ist selbst wieder für eine Aushandlung eingerichtet, was nie enden würde. Der Code stammt aus einer experimentellen Spezifikation und kommt selten vor.
status-507-title = Unzureichender Speicherplatz
status-507-description = Der Server kann nicht speichern, was er zum Abschließen der Anfrage braucht, zum Beispiel weil ein Datenträger oder ein Kontingent voll ist. In WebDAV gilt dieser Zustand als vorübergehend.
status-508-title = Schleife erkannt
status-508-description = Der Server hat einen Vorgang abgebrochen, weil er bei der Verarbeitung einer WebDAV-Anfrage mit unendlicher Tiefe auf eine Endlosschleife gestoßen ist. Der gesamte Vorgang ist fehlgeschlagen.
status-510-title = Nicht erweitert
status-510-description = Die Anfrage enthielt nicht die Erweiterungsdeklarationen, die der Server nach dem Erweiterungsframework für HTTP verlangt. Der Code ist überholt: Dieses Framework wurde in den Status „historisch“ versetzt, und der Code sollte nicht verwendet werden.
status-511-title = Netzwerkauthentifizierung erforderlich
status-511-description = Der Client muss sich anmelden, um Zugang zum Netzwerk zu erhalten, typischerweise bei einem Captive Portal in einem öffentlichen WLAN; die Antwort kommt vom Netzwerk, nicht von der angeforderten Website. Öffnen Sie eine Webseite, und melden Sie sich an oder akzeptieren Sie die Nutzungsbedingungen des Netzwerks.
