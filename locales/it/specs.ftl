# Titoli delle specifiche che definiscono i codici di stato, e parole usate
# per citarle («RFC 9110, sezione 15.5.5 (sperimentale)»).
# I numeri RFC e i numeri di sezione vengono aggiunti dal programma: non scriverli qui.

spec-rfc9110 = Semantica di HTTP
spec-rfc2518 = Estensioni HTTP per la modifica distribuita (WebDAV)
spec-rfc4918 = Estensioni HTTP per la modifica distribuita sul Web e il controllo delle versioni (WebDAV)
spec-rfc5842 = Estensioni di associazione per WebDAV
spec-rfc3229 = Codifica delta in HTTP
spec-rfc8297 = Un codice di stato HTTP per indicare suggerimenti
spec-rfc8470 = Uso dei dati anticipati in HTTP
spec-rfc6585 = Codici di stato HTTP aggiuntivi
spec-rfc7725 = Un codice di stato HTTP per segnalare ostacoli legali
spec-rfc2295 = Negoziazione trasparente del contenuto in HTTP
spec-rfc2774 = Un framework di estensione per HTTP
spec-rfc2324 = Protocollo ipertestuale di controllo delle caffettiere (HTCPCP/1.0)
spec-draft-resumable-upload = Caricamenti riprendibili per HTTP (Internet-Draft)

# Come si cita una sezione di una specifica: «RFC 9110, sezione 15.5.5». $spec è la specifica
# («RFC 9110»), $section il numero di sezione; usa ciascuna variabile esattamente una volta.
spec-citation = { $spec }, sezione { $section }
# Citazione di un RFC sperimentale: «RFC 5842, sezione 7.1 (sperimentale)». { $citation } è
# la citazione precedente; usala esattamente una volta.
spec-citation-experimental = { $citation } (sperimentale)

# La posizione di un codice di stato nel suo ciclo di vita.
lifecycle-standard = Standard
lifecycle-experimental = Sperimentale
lifecycle-provisional = Provvisorio
lifecycle-deprecated = Deprecato
lifecycle-obsoleted = Obsoleto
lifecycle-reserved = Riservato
