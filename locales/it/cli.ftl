# Parole dello strumento da riga di comando httpstatus. Solo lo strumento legge questo file.
# Lascia le { $variabili } come sono; Fluent sceglie la forma plurale in base al numero, quindi
# indica tutte le forme che servono all'italiano (https://projectfluent.org/fluent/guide/selectors.html).

## Etichette di un codice descritto: «Classe: 4xx (Errore del client)».

cli-label-class = Classe
cli-label-name = Nome
cli-label-aliases = Altri nomi
cli-label-phrase = Frase di stato
cli-label-lifecycle = Stato
cli-label-references = Definito in
cli-label-locale = Lingua
cli-label-cacheable = Memorizzabile nella cache per impostazione predefinita
cli-label-no-content = Non ha mai contenuto
cli-yes = sì
cli-no = no
# La classe dopo la sua etichetta: «4xx (Errore del client)». { $class } è del tipo 4xx, { $title } il
# nome della classe.
cli-class-value = { $class } ({ $title })
# Un riferimento a una specifica dopo la sua etichetta: «RFC 9110, sezione 15.5.5 — Semantica di HTTP».
# { $citation } è la citazione, { $title } il titolo della specifica.
cli-reference-value = { $citation } — { $title }
# Mostrato sotto un codice non registrato, come 299.
cli-unregistered = Codice di stato non registrato: descritto in base alla sua classe, come richiede RFC 9110.
# Mostrato sotto 306, che il registro mantiene riservato.
cli-reserved = Riservato nel registro e non più utilizzato: descritto in base alla sua classe, come richiede RFC 9110.

## Elenco di una classe: «httpstatus 4xx». { $class } è «4xx», { $title } il nome della classe.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } codice registrato
        [many] { $count } codici registrati
       *[other] { $count } codici registrati
    }

## Errori nella riga di comando. { $input } è ciò che è stato digitato.

cli-error-out-of-range = { $input } non è un codice di stato HTTP: i codici vanno da 100 a 599.
cli-error-unknown-name = «{ $input }» non è né un codice di stato né un nome di stato noto.
# Lo stesso errore quando un nome è simile a ciò che è stato digitato: { $name } è del tipo NOT_FOUND.
cli-error-unknown-name-did-you-mean = «{ $input }» non è né un codice di stato né un nome di stato noto. Forse intendevi { $name }?
cli-error-bad-tag = «{ $tag }» non è un tag di lingua; scrivine uno come en, ru o pt-BR.
# { $requested } è il tag richiesto; { $chosen } è la lingua usata al suo posto, { $name } il suo nome.
cli-warning-no-locale = Nessuna lingua corrisponde a «{ $requested }»; si usa { $chosen } ({ $name }).
cli-error-no-folder = { $path } non è una cartella che contiene cartelle di lingua.
cli-error-no-locale = Non esiste una cartella di lingua { $tag } sul disco in { $path }.
cli-error-not-a-tag = «{ $tag }» non è un tag di lingua in forma canonica; scrivilo come pt-BR.
cli-error-exists = { $path } contiene già dei file; usa --force per sovrascriverli.
# { $error } è il messaggio del sistema operativo, di solito in inglese.
cli-error-io = Impossibile scrivere { $path }: { $error }

## Caricamento delle cartelle di lingua dal disco (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } avviso
        [many] { $count } avvisi
       *[other] { $count } avvisi
    } in { $path }; «httpstatus check» ne mostra l'elenco.

## httpstatus check

# Una riga per lingua: «ru: 187/187 tradotti, 0 mancanti, 0 non aggiornati».
cli-check-locale = { $tag }: { $translated }/{ $total } { $translated ->
        [one] tradotto
        [many] tradotti
       *[other] tradotti
    }, { $missing } { $missing ->
        [one] mancante
        [many] mancanti
       *[other] mancanti
    }, { $stale } { $stale ->
        [one] non aggiornato
        [many] non aggiornati
       *[other] non aggiornati
    }
# L'ultima riga: «0 errori, 2 avvisi in 30 lingue».
cli-check-summary = { $errors ->
        [one] { $errors } errore
        [many] { $errors } errori
       *[other] { $errors } errori
    }, { $warnings ->
        [one] { $warnings } avviso
        [many] { $warnings } avvisi
       *[other] { $warnings } avvisi
    } in { $locales ->
        [one] { $locales } lingua
        [many] { $locales } lingue
       *[other] { $locales } lingue
    }
cli-check-recorded = Registrato il testo inglese attuale di { $tag } in { $path }.

## httpstatus locales: lo stato di ogni lingua.

cli-locale-current = completa, aggiornata
cli-locale-stale = completa, { $stale ->
        [one] { $stale } messaggio non aggiornato
        [many] { $stale } messaggi non aggiornati
       *[other] { $stale } messaggi non aggiornati
    }
cli-locale-partial = parziale: { $missing } { $missing ->
        [one] mancante
        [many] mancanti
       *[other] mancanti
    }, { $stale } { $stale ->
        [one] non aggiornato
        [many] non aggiornati
       *[other] non aggiornati
    }
cli-locale-pseudo = pseudo-lingua, generata dall'inglese
cli-locale-from-disk = (dal disco)

## httpstatus template

cli-template-wrote = Scritto { $path }
cli-template-next = Passo successivo: traduci, poi esegui «httpstatus check --locales-dir { $path } --update-source { $tag }».

## httpstatus docs --out-dir: avanzamento, una riga per file.

cli-docs-written = [{ $done }/{ $total }] { $path } scritto
cli-docs-unchanged = [{ $done }/{ $total }] { $path } invariato

## httpstatus site

# Dopo aver scritto il sito: «1985 file per 30 lingue in site/». { $files } è il numero di file e
# { $languages } il numero di lingue (indica tutte le forme del plurale di entrambi), { $path } la
# cartella di destinazione.
cli-site-written = { $files ->
        [one] { $files } file
        [many] { $files } file
       *[other] { $files } file
    } per { $languages ->
        [one] { $languages } lingua
        [many] { $languages } lingue
       *[other] { $languages } lingue
    } in { $path }
# Mostrato dopo la riga precedente quando non è stato indicato --base-url. Lascia «--base-url» e
# «sitemap.xml».
cli-site-no-sitemap = Nessun file sitemap.xml: una sitemap richiede indirizzi assoluti; usa --base-url per crearne una.
# { $url } è ciò che è stato indicato dopo --base-url.
cli-error-base-url = «{ $url }» non è un URL di base: indica un indirizzo http o https senza stringa di query, come https://example.org/http/.

## httpstatus pages: pagine di errore statiche e frammenti di configurazione del server per i proxy inversi.

# Avanzamento, una riga per lingua: «[3/30] ru: 80 pagine». { $done } e { $total } contano le lingue,
# { $tag } è un tag di lingua, { $count } il numero di pagine (indica tutte le forme del plurale).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } pagina
        [many] { $count } pagine
       *[other] { $count } pagine
    }
# L'ultima riga di httpstatus pages: { $written } file scritti (indica tutte le forme del plurale),
# { $unchanged } file lasciati come erano, { $path } la cartella di destinazione.
cli-pages-done = { $written ->
        [one] { $written } file scritto
        [many] { $written } file scritti
       *[other] { $written } file scritti
    }, { $unchanged } { $unchanged ->
        [one] invariato
        [many] invariati
       *[other] invariati
    } in { $path }.
# Mostrata prima dell'ultima riga quando un'esecuzione precedente nella stessa cartella ha scritto pagine
# (o file del server) che l'esecuzione attuale non scrive più, perché sono stati chiesti meno codici, lingue
# o formati: { $count } file sono stati eliminati (indica tutte le forme del plurale).
cli-pages-removed = { $count ->
        [one] È stato eliminato { $count } file scritto da un'esecuzione precedente e che quella attuale non scrive più.
        [many] Sono stati eliminati { $count } file scritti da un'esecuzione precedente e che quella attuale non scrive più.
       *[other] Sono stati eliminati { $count } file scritti da un'esecuzione precedente e che quella attuale non scrive più.
    }
# Una riga per ogni file di configurazione del server scritto, per dire all'amministratore di includerlo;
# { $path } è il file.
cli-pages-snippet = Da includere: { $path }
# { $tag } è stato indicato in --locales e il catalogo non ha questa lingua. Lascia «httpstatus locales».
cli-error-pages-locale = Nessuna lingua corrisponde a «{ $tag }»; «httpstatus locales» ne mostra l'elenco.
# { $input } è un valore di --codes che non è né un codice di errore né 4xx o 5xx. Lascia i numeri
# 400 e 599, e 4xx e 5xx, come sono.
cli-error-pages-code = «{ $input }» non è un codice di errore: indica codici da 400 a 599, 4xx o 5xx.
# { $input } è un valore di --format che non è né html né json. Lascia html e json.
cli-error-pages-format = «{ $input }» non è un formato di pagina: indica html, json o entrambi.
# { $path }, la cartella che la configurazione del server nominerebbe, contiene caratteri che i file di
# configurazione non possono contenere, oppure non è assoluta. Lascia --install-dir.
cli-error-pages-install-dir = { $path } non può comparire in una configurazione del server: indica con --install-dir un percorso assoluto senza virgolette, parentesi graffe, punti e virgola o simboli del dollaro.

## httpstatus serve: il server delle pagine di errore.

# La riga di avvio di httpstatus serve, su stderr. { $address } è del tipo 127.0.0.1:8080; lascia
# «http://{ $address }» in un unico pezzo, gli script lo leggono. { $locales } è il numero di lingue.
cli-serve-listening = Pagine di errore servite su http://{ $address } in { $locales ->
        [one] { $locales } lingua
        [many] { $locales } lingue
       *[other] { $locales } lingue
    }; /healthz risponde alle sonde.
# Dopo SIGTERM o Ctrl-C.
cli-serve-stopping = Arresto: completamento delle richieste in corso.
# { $address }, indicato dopo --listen, non è un indirizzo. Lascia gli indirizzi di esempio e i loro
# numeri come sono.
cli-error-serve-listen = «{ $address }» non è un indirizzo su cui mettersi in ascolto; scrivilo come 127.0.0.1:8080 o [::1]:8080.
# Impossibile mettersi in ascolto su { $address }; { $error } è il messaggio del sistema operativo, di solito
# in inglese.
cli-error-serve-bind = Impossibile mettersi in ascolto su { $address }: { $error }
