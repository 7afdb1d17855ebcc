# Che cosa dice una pagina di errore a un visitatore che non è uno sviluppatore: per ogni errore del client (4xx)
# e del server (5xx), un breve messaggio in apertura di pagina e l'azione da suggerire.
# Scrivi per chiunque usi un sito web: niente gergo («richiesta» va bene, «upstream» o «POST» no),
# rivolgiti direttamente al visitatore, una o due frasi brevi per messaggio. La descrizione tecnica di ogni
# codice (status.ftl) compare sotto, in «Dettagli tecnici».
# Mantieni un tono calmo e non dare mai la colpa al visitatore.

## Errori del client (4xx): un problema che riguarda la richiesta. visitor-NNN apre la pagina;
## visitor-NNN-action dice che cosa può fare il visitatore.

visitor-400 = Il sito non è riuscito a capire la richiesta inviata dal tuo browser.
visitor-400-action = Torna indietro e riprova. Se il problema persiste, cancella i cookie di questo sito o usa un altro browser.
visitor-401 = Devi accedere per vedere questa pagina.
visitor-401-action = Accedi e riprova.
visitor-402 = Questo contenuto richiede un pagamento o un abbonamento.
visitor-402-action = Controlla il tuo abbonamento o i tuoi dati di pagamento su questo sito.
visitor-403 = Non hai il permesso di vedere questa pagina.
visitor-403-action = Se pensi di dover avere accesso, contatta il gestore del sito.
visitor-404 = Non siamo riusciti a trovare la pagina che stavi cercando.
visitor-404-action = Controlla che l'indirizzo non contenga errori di battitura, oppure ricomincia dalla pagina iniziale.
visitor-405 = Questa pagina non si può usare nel modo in cui il tuo browser ha appena provato a farlo.
visitor-405-action = Torna alla pagina precedente e riprova da lì.
visitor-406 = Il sito non ha una versione di questa pagina in un formato o in una lingua accettati dal tuo browser.
visitor-406-action = Riprova con un altro browser, oppure modifica le impostazioni della lingua del browser.
visitor-407 = La rete che stai usando ti chiede di accedere prima di poter raggiungere questo sito.
visitor-407-action = Accedi alla tua rete e riprova.
visitor-408 = Il sito ha aspettato troppo a lungo che il tuo browser finisse di inviare la richiesta.
visitor-408-action = Riprova. Se la tua connessione è lenta, attendi prima qualche istante.
visitor-409 = La tua modifica è in conflitto con lo stato attuale di questa pagina, forse perché qualcun altro l'ha modificata prima di te.
visitor-409-action = Ricarica la pagina per vedere la versione più recente, poi ripeti la modifica.
visitor-410 = Questa pagina è stata rimossa definitivamente.
visitor-410-action = Ricomincia dalla pagina iniziale, oppure cerca contenuti simili nel sito.
visitor-411 = Il tuo browser ha inviato la richiesta in una forma che il sito non può accettare.
visitor-411-action = Riprova. Se il problema persiste, usa un altro browser.
visitor-412 = Questa pagina è cambiata dall'ultima volta che il tuo browser l'ha caricata, quindi non è stata eseguita alcuna operazione.
visitor-412-action = Ricarica la pagina e riprova.
visitor-413 = Quello che hai provato a inviare supera le dimensioni accettate da questo sito.
visitor-413-action = Prova con un file più piccolo, oppure invia meno contenuti alla volta.
visitor-414 = L'indirizzo web è troppo lungo perché il sito possa gestirlo.
visitor-414-action = Controlla l'indirizzo, oppure torna indietro e segui di nuovo il link.
visitor-415 = Il sito non accetta questo tipo di file o di dati.
visitor-415-action = Riprova con un file in un altro formato.
visitor-416 = La parte del file chiesta dal tuo browser non esiste.
visitor-416-action = Ricomincia il download dall'inizio.
visitor-417 = Il sito non può soddisfare una condizione posta dal tuo browser per questa richiesta.
visitor-417-action = Riprova. Se il problema persiste, usa un altro browser.
visitor-418 = Questo server è una teiera, e le teiere non fanno il caffè.
visitor-418-action = Prova con una caffettiera.
visitor-421 = La tua richiesta è arrivata a un server che non può rispondere per questo sito.
visitor-421-action = Ricarica la pagina tra qualche istante.
visitor-422 = Il sito ha capito ciò che hai inviato, ma una parte non è valida.
visitor-422-action = Controlla i dati inseriti, correggili e inviali di nuovo.
visitor-423 = Questo elemento è bloccato perché è in uso o in fase di modifica.
visitor-423-action = Attendi un po' e riprova.
visitor-424 = Non è stato possibile completare l'operazione perché un passaggio da cui dipende non è riuscito.
visitor-424-action = Ripeti l'intera operazione.
visitor-425 = Per la tua sicurezza, il sito non ha ancora dato seguito a questa richiesta.
visitor-425-action = Riprova.
visitor-426 = Il sito richiede una connessione più recente e sicura di quella usata dal tuo browser.
visitor-426-action = Aggiorna il browser o l'app e riprova.
visitor-428 = Per evitare di sovrascrivere le modifiche di qualcun altro, il sito deve sapere quale versione stai modificando.
visitor-428-action = Ricarica la pagina, poi ripeti la modifica.
visitor-429 = Il sito ha ricevuto troppe richieste da parte tua in poco tempo.
visitor-429-action = Attendi un po' e riprova.
visitor-431 = Il tuo browser ha inviato troppe informazioni aggiuntive con la richiesta, spesso a causa di cookie troppo grandi.
visitor-431-action = Cancella i cookie di questo sito e riprova.
visitor-451 = Questa pagina non è disponibile qui per motivi legali.
visitor-451-action = Ricomincia dalla pagina iniziale; il sito potrebbe spiegarne il motivo altrove.

## Errori del server (5xx): qualcosa non ha funzionato dalla parte del sito, non del visitatore.

visitor-500 = Si è verificato un problema sul sito.
visitor-500-action = Riprova tra qualche minuto. Se il problema persiste, avvisa il gestore del sito.
visitor-501 = Il sito non è in grado di fare ciò che il tuo browser gli ha chiesto.
visitor-501-action = Torna alla pagina precedente.
visitor-502 = Il sito non ha ricevuto una risposta valida da un altro server da cui dipende.
visitor-502-action = Riprova tra qualche minuto.
visitor-503 = Il sito non può gestire la tua richiesta in questo momento.
visitor-503-action = Riprova tra qualche minuto.
visitor-504 = Il sito ha aspettato troppo a lungo la risposta di un altro server da cui dipende.
visitor-504-action = Riprova tra qualche minuto.
visitor-505 = Il sito non supporta il tipo di connessione usato dal tuo browser.
visitor-505-action = Aggiorna il browser o l'app e riprova.
visitor-506 = La configurazione del sito gli impedisce di scegliere quale versione di questa pagina mostrare.
visitor-506-action = Avvisa il gestore del sito.
visitor-507 = Il sito ha esaurito lo spazio di archiviazione per la tua richiesta.
visitor-507-action = Riprova più tardi, oppure avvisa il gestore del sito.
visitor-508 = Il sito è entrato in un ciclo infinito mentre gestiva la tua richiesta.
visitor-508-action = Avvisa il gestore del sito.
visitor-510 = Il sito ha bisogno di altre informazioni nella richiesta per poterla gestire.
visitor-510-action = Avvisa il gestore del sito.
visitor-511 = Devi accedere alla rete prima di poter usare Internet.
visitor-511-action = Apri una pagina web qualsiasi per raggiungere la pagina di accesso della rete, poi accedi.

## I codici senza un messaggio proprio (come 499 o 599) usano quello della loro classe.

visitor-4xx = Si è verificato un problema con la richiesta, quindi il sito non è riuscito a completarla.
visitor-4xx-action = Controlla l'indirizzo, oppure torna indietro e riprova.
visitor-5xx = Si è verificato un problema sul sito.
visitor-5xx-action = Riprova tra qualche minuto.
