# Titel und Beschreibungen der fünf Klassen von HTTP-Statuscodes, benannt nach ihrer ersten Ziffer.
# Sie beschreiben auch nicht registrierte Codes, die laut RFC 9110 wie der x00-Code ihrer Klasse zu behandeln sind.

class-1xx-title = Informationen
class-1xx-description = Eine Zwischenantwort: Die Anfrage wurde erhalten, und der Server verarbeitet sie noch. Der Client sollte auf die endgültige Antwort warten, die danach folgt.
class-2xx-title = Erfolg
class-2xx-description = Die Anfrage wurde erfolgreich erhalten, verstanden und akzeptiert.
class-3xx-title = Weiterleitung
class-3xx-description = Der Client muss weitere Schritte unternehmen, um die Anfrage abzuschließen, meist indem er einer Weiterleitung an eine andere Adresse folgt.
class-4xx-title = Clientfehler
class-4xx-description = Die Anfrage enthält einen Fehler, etwa eine fehlerhafte Syntax, oder kann so, wie sie gesendet wurde, nicht erfüllt werden. Der Client sollte sie korrigieren, bevor er es erneut versucht.
class-5xx-title = Serverfehler
class-5xx-description = Der Server konnte eine anscheinend gültige Anfrage nicht erfüllen. Das Problem liegt beim Server, und ein späterer erneuter Versuch kann helfen.
