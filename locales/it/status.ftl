# Titoli e descrizioni, destinati alle persone, di tutti i codici di stato HTTP registrati.
# Le frasi di stato trasmesse nel protocollo si trovano in wire.ftl; i titoli qui possono differirne solo nella forma.

## 1xx Informazioni

status-100-title = Continua
status-100-description = Il server ha ricevuto l'inizio della richiesta e il client dovrebbe continuare a inviarne il resto. Di solito risponde a una richiesta che, con un'intestazione Expect, ha chiesto se il server avrebbe accettato il contenuto prima che venisse inviato.
status-101-title = Cambio di protocollo
status-101-description = Il server acconsente alla richiesta di Upgrade del client e passa la connessione a un altro protocollo, come WebSocket. Tutto ciò che segue questa risposta sulla connessione usa il nuovo protocollo.
status-102-title = Elaborazione in corso
status-102-description = Una risposta intermedia con cui il server comunicava al client di aver accettato una lunga richiesta WebDAV e di starci ancora lavorando. È deprecato: la specifica WebDAV successiva lo ha rimosso, quindi i client non dovrebbero farvi affidamento.
status-103-title = Suggerimenti anticipati
status-103-description = Una risposta intermedia inviata prima di quella definitiva, di solito con intestazioni Link, in modo che il client possa iniziare a precaricare risorse mentre il server prepara la risposta. È un codice sperimentale, e un client che non usa i suggerimenti può semplicemente ignorarlo.
status-104-title = Ripresa del caricamento supportata
status-104-description = Una risposta intermedia in cui il server indica di supportare i caricamenti riprendibili e dove si trova il caricamento, così che un caricamento interrotto possa essere ripreso invece di ricominciare da capo. È una registrazione provvisoria per la bozza «Caricamenti riprendibili per HTTP» e potrebbe cambiare o scadere.

## 2xx Successo

status-200-title = OK
status-200-description = La richiesta è andata a buon fine. Il contenuto della risposta dipende dal metodo: per GET è la risorsa richiesta, per POST di solito il risultato dell'azione.
status-201-title = Creato
status-201-description = La richiesta è andata a buon fine e ha creato una o più nuove risorse. La nuova risorsa principale è normalmente indicata dall'intestazione Location della risposta.
status-202-title = Accettato
status-202-description = La richiesta è stata accettata per l'elaborazione, ma l'elaborazione non è terminata e potrebbe ancora fallire. È tipico dei processi in coda o in background; la risposta spesso indica dove controllarne l'avanzamento.
status-203-title = Informazioni non autorevoli
status-203-description = La richiesta è andata a buon fine, ma un proxy di trasformazione ha modificato il contenuto, che quindi non è esattamente quello inviato dal server di origine.
status-204-title = Nessun contenuto
status-204-description = La richiesta è andata a buon fine e non c'è nulla da restituire. Un browser resta sulla pagina corrente e un client API non dovrebbe aspettarsi un corpo nella risposta.
status-205-title = Reimposta contenuto
status-205-description = La richiesta è andata a buon fine e il client dovrebbe reimpostare la vista da cui è stata inviata, per esempio svuotare un modulo per poter inserire nuovi dati. La risposta non ha contenuto.
status-206-title = Contenuto parziale
status-206-description = Il server invia solo le parti della risorsa che il client ha chiesto con un'intestazione Range. È così che si riprendono i download e che i lettori multimediali saltano a un punto preciso di un file.
status-207-title = Stato multiplo
status-207-description = Una risposta WebDAV che riporta, in un corpo XML, uno stato separato per ciascuna di più risorse od operazioni. Controlla ogni stato nel corpo anziché il codice complessivo.
status-208-title = Già segnalato
status-208-description = Si usa all'interno di una risposta WebDAV a stato multiplo per indicare che i membri di una raccolta sono già stati elencati in precedenza nella stessa risposta e non vengono ripetuti. Evita che una risorsa raggiungibile tramite più associazioni venga elencata molte volte.
status-226-title = IM utilizzata
status-226-description = Il server ha soddisfatto una richiesta GET, e la risposta è il risultato di una o più manipolazioni di istanza (IM), come un delta, applicate alla versione corrente della risorsa. Fa parte dell'estensione di HTTP per la codifica delta.

## 3xx Reindirizzamento

status-300-title = Scelte multiple
status-300-description = La risorsa ha più rappresentazioni, ciascuna con un proprio indirizzo, e l'utente o il client dovrebbe sceglierne una. Il server può indicare la scelta che preferisce nell'intestazione Location.
status-301-title = Spostato permanentemente
status-301-description = La risorsa è stata spostata permanentemente all'indirizzo indicato nell'intestazione Location, e link e segnalibri dovrebbero essere aggiornati a questo indirizzo. Seguendo il reindirizzamento, i client possono trasformare un POST in un GET; 308 è la variante che mantiene il metodo.
status-302-title = Trovato
status-302-description = La risorsa si trova temporaneamente all'indirizzo indicato nell'intestazione Location, e per le richieste future si dovrebbe continuare a usare l'indirizzo originale. Seguendo il reindirizzamento, i client possono trasformare un POST in un GET; 307 è la variante che mantiene il metodo.
status-303-title = Vedi altra risorsa
status-303-description = Il server indirizza il client verso un'altra risorsa, indicata nell'intestazione Location, che dovrebbe essere recuperata con GET. Si usa spesso dopo l'invio di un modulo, per mostrare una pagina di risultato.
status-304-title = Non modificato
status-304-description = Una richiesta condizionale ha rilevato che la risorsa non è cambiata rispetto alla versione che il client ha già, quindi il client può usare la propria copia nella cache. La risposta non ha contenuto.
status-305-title = Usa proxy
status-305-description = Un tempo indicava al client di ripetere la richiesta tramite il proxy indicato nell'intestazione Location. È deprecato per motivi di sicurezza, perché permetteva a un server di instradare il traffico di un client attraverso qualsiasi proxy, e i client attuali non ne tengono conto.
status-307-title = Reindirizzamento temporaneo
status-307-description = La risorsa si trova temporaneamente all'indirizzo indicato nell'intestazione Location, e il client deve ripetere lì la richiesta con lo stesso metodo e lo stesso contenuto. Le richieste future dovrebbero comunque andare all'indirizzo originale.
status-308-title = Reindirizzamento permanente
status-308-description = La risorsa è stata spostata permanentemente all'indirizzo indicato nell'intestazione Location, e il client deve ripetere lì la richiesta con lo stesso metodo e lo stesso contenuto. Le richieste future dovrebbero usare il nuovo indirizzo.

## 4xx Errore del client

status-400-title = Richiesta non valida
status-400-description = Il server non può o non vuole elaborare la richiesta a causa di qualcosa che considera un errore del client, come una sintassi errata o un messaggio non valido. Correggi la richiesta prima di inviarla di nuovo.
status-401-title = Non autenticato
status-401-description = Alla richiesta mancano credenziali valide per la risorsa. L'intestazione WWW-Authenticate della risposta indica come autenticarsi; accedi o invia le credenziali, poi riprova.
status-402-title = Pagamento richiesto
status-402-description = Riservato per uso futuro; HTTP non ne definisce il significato. Alcuni servizi lo usano in modo informale per indicare che serve un pagamento o un abbonamento.
status-403-title = Vietato
status-403-description = Il server ha compreso la richiesta ma si rifiuta di eseguirla. A differenza di 401, accedere di nuovo con le stesse credenziali non servirà: il client non ha i permessi per questa risorsa.
status-404-title = Non trovato
status-404-description = Il server non ha nulla a questo indirizzo, oppure non vuole rivelare che c'è qualcosa. Controlla che l'indirizzo non contenga errori di battitura; la pagina potrebbe essere stata spostata o eliminata.
status-405-title = Metodo non consentito
status-405-description = La risorsa esiste ma non accetta il metodo della richiesta, per esempio un POST verso una pagina di sola lettura. L'intestazione Allow della risposta elenca i metodi che accetta.
status-406-title = Non accettabile
status-406-description = Il server non ha alcuna versione della risorsa che corrisponda a ciò che il client ha dichiarato di accettare nelle intestazioni Accept, come il tipo di media o la lingua, e non invierà una versione predefinita.
status-407-title = Autenticazione proxy richiesta
status-407-description = Come 401, ma il client deve prima autenticarsi presso un proxy che si trova tra il client e il server. L'intestazione Proxy-Authenticate della risposta indica come.
status-408-title = Timeout della richiesta
status-408-description = Il server non ha ricevuto una richiesta completa entro il tempo che era disposto ad attendere e sta chiudendo la connessione. Il client può inviare di nuovo la richiesta su una nuova connessione.
status-409-title = Conflitto
status-409-description = La richiesta è in conflitto con lo stato attuale della risorsa, per esempio una modifica basata su una versione non aggiornata. Risolvi il conflitto, spesso recuperando la versione più recente, e riprova.
status-410-title = Rimosso
status-410-description = La risorsa si trovava qui ma è stata rimossa di proposito e non tornerà; non è noto alcun nuovo indirizzo. I link che vi puntano dovrebbero essere eliminati.
status-411-title = Lunghezza richiesta
status-411-description = Il server rifiuta la richiesta perché non ha un'intestazione Content-Length. Inviala di nuovo indicando la lunghezza del suo contenuto.
status-412-title = Precondizione fallita
status-412-description = Una condizione nelle intestazioni della richiesta, come If-Match o If-Unmodified-Since, si è rivelata falsa sul server. In genere serve a evitare di sovrascrivere una risorsa che qualcun altro ha modificato nel frattempo.
status-413-title = Contenuto troppo grande
status-413-description = Il contenuto della richiesta è più grande di quanto il server sia disposto o in grado di elaborare. Invia meno dati; se il limite è solo temporaneo, l'intestazione Retry-After potrebbe indicare quando riprovare.
status-414-title = URI troppo lungo
status-414-description = L'indirizzo richiesto è più lungo di quanto il server sia disposto a interpretare. Spesso succede perché si mettono troppi dati nella stringa di query; invia invece quei dati nel corpo della richiesta.
status-415-title = Tipo di media non supportato
status-415-description = Il server rifiuta la richiesta perché il suo contenuto è in un formato, o usa una codifica, che la risorsa non supporta per questo metodo. Controlla le intestazioni Content-Type e Content-Encoding.
status-416-title = Intervallo non soddisfacibile
status-416-description = Nessuno degli intervalli richiesti nell'intestazione Range può essere servito, per esempio perché iniziano oltre la fine della risorsa. Di solito la risposta indica la lunghezza attuale della risorsa in un'intestazione Content-Range.
status-417-title = Aspettativa fallita
status-417-description = Il server non può soddisfare l'aspettativa indicata nell'intestazione Expect della richiesta. Il client può inviare di nuovo la richiesta senza quell'intestazione.
status-418-title = Sono una teiera
status-418-description = Riservato e non utilizzato in HTTP. Deriva dal Protocollo ipertestuale di controllo delle caffettiere, un pesce d'aprile in cui una teiera si rifiuta di preparare il caffè, e alcuni server lo inviano ancora come easter egg.
status-421-title = Richiesta mal indirizzata
status-421-description = La richiesta ha raggiunto un server che non può produrre una risposta per il suo indirizzo, per esempio perché una connessione riutilizzata porta a un server non configurato per quel nome host. Il client può riprovare su una connessione diversa.
status-422-title = Contenuto non elaborabile
status-422-description = Il server comprende il tipo di contenuto e la sintassi è corretta, ma non può agire in base a ciò che il contenuto dice, per esempio perché i dati non superano la convalida. Correggi i dati prima di riprovare.
status-423-title = Bloccato
status-423-description = La risorsa WebDAV è bloccata, quindi il metodo non può esserle applicato. Attendi che il blocco venga rilasciato, oppure invia il token di blocco se sei tu a detenere il blocco.
status-424-title = Dipendenza fallita
status-424-description = Il metodo non è stato eseguito sulla risorsa perché un'altra azione da cui dipendeva è fallita. In WebDAV succede, per esempio, quando una modifica di un insieme fallisce e quindi le altre non vengono applicate.
status-425-title = Troppo presto
status-425-description = Il server non elaborerà una richiesta inviata come dati anticipati TLS (early data), perché un aggressore potrebbe ritrasmettere tali dati. Il client dovrebbe inviare di nuovo la richiesta una volta completato l'handshake.
status-426-title = Aggiornamento richiesto
status-426-description = Il server si rifiuta di gestire la richiesta con il protocollo attuale, ma potrebbe farlo dopo che il client sarà passato a un altro. L'intestazione Upgrade della risposta indica i protocolli richiesti.
status-428-title = Precondizione richiesta
status-428-description = Il server richiede che la richiesta sia condizionale, per esempio che contenga un'intestazione If-Match, in modo che le modifiche di client diversi non si sovrascrivano a vicenda. Recupera la versione attuale e invia di nuovo la richiesta con una condizione.
status-429-title = Troppe richieste
status-429-description = Il client ha inviato troppe richieste in un certo lasso di tempo e la sua frequenza di richieste viene limitata. Rallenta; l'intestazione Retry-After potrebbe indicare quanto attendere.
status-431-title = Campi di intestazione della richiesta troppo grandi
status-431-description = Il server non elaborerà la richiesta perché i suoi campi di intestazione, un singolo campo o tutti insieme, sono troppo grandi. Riduci le intestazioni, per esempio cancellando i cookie del sito, e riprova.
status-451-title = Non disponibile per motivi legali
status-451-description = Il server rifiuta l'accesso alla risorsa a causa di un'ingiunzione legale, come un ordine di un tribunale o la censura governativa. La risposta dovrebbe spiegare in cosa consiste l'ingiunzione e chi l'ha emessa.

## 5xx Errore del server

status-500-title = Errore interno del server
status-500-description = Il server si è trovato in una condizione imprevista che gli ha impedito di soddisfare la richiesta. Il problema è dal lato del server; riprova più tardi e, se il problema persiste, contatta gli amministratori del sito.
status-501-title = Non implementato
status-501-description = Il server non supporta la funzionalità necessaria per soddisfare la richiesta, di solito perché non riconosce affatto il metodo della richiesta. A differenza di 405, questo riguarda l'intero server e non una singola risorsa.
status-502-title = Gateway non valido
status-502-description = Un server che funge da gateway o da proxy ha ricevuto una risposta non valida dal server a monte che ha contattato. Il problema è tra i server, e riprovare più tardi può aiutare.
status-503-title = Servizio non disponibile
status-503-description = Il server non può gestire la richiesta in questo momento, di solito perché è sovraccarico o fermo per manutenzione. Riprova più tardi; l'intestazione Retry-After potrebbe indicare quando.
status-504-title = Timeout del gateway
status-504-description = Un server che funge da gateway o da proxy non ha ricevuto in tempo una risposta dal server a monte che doveva raggiungere. Riprovare più tardi può aiutare.
status-505-title = Versione HTTP non supportata
status-505-description = Il server non supporta, o si rifiuta di supportare, la versione principale di HTTP usata nella richiesta. Il client dovrebbe riprovare con una versione diversa del protocollo.
status-506-title = Anche la variante negozia
status-506-description = Il server è configurato male per la negoziazione trasparente del contenuto: la variante che ha scelto è a sua volta configurata per negoziare, cosa che non finirebbe mai. Proviene da una specifica sperimentale ed è raro incontrarlo.
status-507-title = Spazio di archiviazione insufficiente
status-507-description = Il server non può memorizzare ciò che gli serve per completare la richiesta, per esempio perché un disco o una quota sono pieni. In WebDAV questa condizione è considerata temporanea.
status-508-title = Ciclo rilevato
status-508-description = Il server ha interrotto un'operazione perché ha trovato un ciclo infinito durante l'elaborazione di una richiesta WebDAV con profondità infinita. L'intera operazione è fallita.
status-510-title = Non esteso
status-510-description = La richiesta non includeva le dichiarazioni di estensione che il server richiede secondo il framework di estensione per HTTP. È obsoleto: quel framework è stato spostato allo stato «storico» e il codice non dovrebbe essere usato.
status-511-title = Autenticazione di rete richiesta
status-511-description = Il client deve effettuare l'accesso per poter usare la rete, in genere tramite un captive portal su una rete Wi-Fi pubblica; la risposta proviene dalla rete, non dal sito richiesto. Apri una pagina web e accedi oppure accetta le condizioni d'uso della rete.
