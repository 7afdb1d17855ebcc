# Parole della pagina di errore HTML che un'applicazione web mostra ai suoi utenti.

# Etichetta prima del codice e della frase di stato: «Stato HTTP: 404 Not Found».
page-status-label = Stato HTTP
# Il link per tornare alla pagina iniziale del sito.
page-home-link = Vai alla pagina iniziale
# Il pulsante che ricarica la pagina, mostrato per gli errori che possono risolversi da soli
# (408, 425, 429 ed errori del server).
page-try-again = Riprova
# Il titolo del piccolo riquadro con il codice, l'ID della richiesta e la descrizione tecnica.
page-technical-details = Dettagli tecnici
# Etichetta dell'identificativo della richiesta, che il personale di assistenza usa per trovarla nei log.
page-request-id = ID richiesta
# Etichetta dell'indirizzo (percorso e query) richiesto dal visitatore, come lo riporta il proxy inverso
# davanti al sito (X-Original-URI); il valore è mostrato così come è stato inviato, da sinistra a destra.
page-original-uri = Indirizzo richiesto
# Etichetta dei metodi accettati da una pagina, presi dall'intestazione Allow della risposta (405).
page-allowed-methods = Metodi consentiti
# Quando il sito indica quando riprovare (l'intestazione Retry-After): un numero di secondi, minuti
# o ore, scritto con il simbolo dell'unità, così non serve nessuna forma plurale. Usa { $count }
# una sola volta. Tra numero e simbolo c'è uno spazio unificatore.
page-retry-seconds = Puoi riprovare tra { $count } s.
page-retry-minutes = Puoi riprovare tra { $count } min.
page-retry-hours = Puoi riprovare tra { $count } h.
