# Parole della pagina di errore HTML che un'applicazione web mostra ai suoi utenti.

# Etichetta prima del codice e della frase di stato: «Stato HTTP: 404 Not Found».
page-status-label = Stato HTTP
# Il link per tornare alla pagina iniziale del sito.
page-home-link = Vai alla pagina iniziale
