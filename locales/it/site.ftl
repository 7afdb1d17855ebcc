# Parole del sito di riferimento generato da «httpstatus site»: un indice per lingua (la tabella
# degli stati con un sommario), una pagina per codice di stato e una pagina principale che elenca
# le lingue. Solo gli strumenti leggono questo file. Lascia le { $variables } come sono. I nomi
# enum (NOT_FOUND), le frasi di stato trasmesse, i nomi delle intestazioni (Location) e gli scambi
# di esempio non si traducono mai e non sono in questo file.

## In ogni pagina

# Il pulsante in cima a ogni pagina che apre l'elenco delle lingue (ciascuna scritta nella propria
# lingua).
site-languages = Lingue
# Un link per chi usa la tastiera, il primo di ogni pagina, visibile solo quando ha il focus: salta
# l'intestazione della pagina e l'elenco delle lingue.
site-skip = Vai al contenuto
# Il titolo di una pagina nella scheda del browser e nei risultati di ricerca. { $page } è il titolo
# della pagina («404 Non trovato»), { $site } il nome del sito («Codici di stato HTTP»).
# Separatore: lineetta lunga tra spazi, come in cli-reference-value.
site-page-title = { $page } — { $site }
# L'ultima riga di ogni pagina.
site-footer = Generato dai file di localizzazione di http-status-catalog. I nomi enum, le frasi di stato e gli scambi di esempio restano come li scrive HTTP.

## L'indice di una lingua: la tabella degli stati, raggruppata per classe

# Il titolo del sommario, che elenca le cinque classi. («Contenuto» è già l'etichetta del corpo
# della risposta, per questo qui «Indice».)
site-contents = Indice
# Dopo una classe nel sommario: { $count } è il numero di codici che contiene (indica tutte le forme
# del plurale).
site-class-count = { $count ->
        [one] { $count } codice
        [many] { $count } codici
       *[other] { $count } codici
    }

## La pagina di un codice di stato

# Il link per tornare all'indice, in cima alla pagina.
site-all-codes = Tutti i codici di stato
# Il titolo sopra ciò che una pagina di errore dice a un visitatore che non è uno sviluppatore, e
# l'azione che suggerisce (solo errori del client e del server). La descrizione tecnica segue il
# riquadro.
site-visitor = Che cosa viene detto al visitatore
# Etichette dell'elenco di informazioni su un codice, ciascuna seguita dal suo valore.
site-label-class = Classe
# A che punto è il codice nella sua vita: standard, sperimentale, deprecato e così via.
site-label-lifecycle = Stato
site-label-name = Nome enum
# Nomi che il codice aveva in specifiche o librerie precedenti (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Nomi precedenti
# Il testo inglese che segue il codice nella riga di stato di una risposta («Not Found»).
site-label-phrase = Frase di stato
# Le sezioni delle specifiche che definiscono il codice, ciascuna con il suo link.
site-label-references = Definito in
site-label-caching = Memorizzazione nella cache
site-label-content = Contenuto
# Il valore di «Memorizzazione nella cache» per un codice che una cache può conservare senza che
# le venga detto (la RFC 9110 lo chiama «euristicamente memorizzabile nella cache»).
site-cacheable-yes = Memorizzabile nella cache per impostazione predefinita: una cache può conservare questa risposta e riutilizzarla anche quando le sue intestazioni non dicono nulla sulla sua freschezza.
# Il valore di «Memorizzazione nella cache» per gli altri codici.
site-cacheable-no = Non memorizzabile nella cache per impostazione predefinita: una cache conserva questa risposta solo se le sue intestazioni lo consentono.
# Il valore di «Contenuto» per un codice la cui risposta non ha mai contenuto (1xx, 204, 205, 304).
site-no-content-yes = Non ha mai contenuto: la risposta termina dopo le sue intestazioni.
# Il valore di «Contenuto» per gli altri codici.
site-no-content-no = Può avere un contenuto, ad esempio una pagina che spiega lo stato.
# Il titolo sopra un esempio di richiesta e della sua risposta.
site-example = Esempio di scambio
# Sotto l'esempio.
site-example-note = Una richiesta, poi la riga di stato e le intestazioni della risposta rilevanti per questo codice. Il contenuto dei messaggi è omesso.
# Il nome dei link al codice precedente e a quello successivo, in fondo alla pagina, per gli
# screen reader.
site-neighbours = Codice precedente e successivo

## La pagina principale, che elenca tutte le lingue

# Il suo titolo, mostrato prima dell'elenco delle lingue (ciascuna nella propria lingua) e anche
# nelle pagine della lingua.
site-root-heading = Scegli una lingua
