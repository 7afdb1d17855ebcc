# Titoli e descrizioni delle cinque classi di codici di stato HTTP, identificate dalla prima cifra.
# Descrivono anche i codici non registrati, che secondo RFC 9110 vanno trattati come il codice x00 della loro classe.

class-1xx-title = Informazioni
class-1xx-description = Una risposta intermedia: la richiesta è stata ricevuta e il server la sta ancora elaborando. Il client dovrebbe attendere la risposta definitiva che segue.
class-2xx-title = Successo
class-2xx-description = La richiesta è stata ricevuta, compresa e accettata con successo.
class-3xx-title = Reindirizzamento
class-3xx-description = Il client deve compiere un'ulteriore azione per completare la richiesta, di solito seguendo un reindirizzamento verso un altro indirizzo.
class-4xx-title = Errore del client
class-4xx-description = La richiesta contiene un errore, come una sintassi errata, oppure non può essere soddisfatta così come è stata inviata. Il client dovrebbe correggerla prima di riprovare.
class-5xx-title = Errore del server
class-5xx-description = Il server non è riuscito a soddisfare una richiesta apparentemente valida. Il problema è dal lato del server, e riprovare più tardi può aiutare.
