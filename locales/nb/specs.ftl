# Titler på spesifikasjonene som definerer statuskoder, og ordene som brukes
# når de siteres («RFC 9110, avsnitt 15.5.5 (Eksperimentell)»).
# RFC-numre og avsnittsnumre legges til av programmet: ikke skriv dem her.

spec-rfc9110 = HTTP-semantikk
spec-rfc2518 = HTTP-utvidelser for distribuert redigering (WebDAV)
spec-rfc4918 = HTTP-utvidelser for distribuert redigering og versjonskontroll på nettet (WebDAV)
spec-rfc5842 = Bindingsutvidelser for WebDAV
spec-rfc3229 = Deltakoding i HTTP
spec-rfc8297 = En HTTP-statuskode for å angi hint
spec-rfc8470 = Bruk av tidlige data i HTTP
spec-rfc6585 = Ytterligere HTTP-statuskoder
spec-rfc7725 = En HTTP-statuskode for å rapportere juridiske hindringer
spec-rfc2295 = Transparent innholdsforhandling i HTTP
spec-rfc2774 = Et rammeverk for HTTP-utvidelser
spec-rfc2324 = Protokoll for styring av kaffekanner via hypertekst (HTCPCP/1.0)
spec-draft-resumable-upload = Gjenopptakbare opplastinger for HTTP (Internet-Draft)

# Hvordan et avsnitt i en spesifikasjon siteres: «RFC 9110, avsnitt 15.5.5». { $spec } er
# spesifikasjonen («RFC 9110»), { $section } avsnittsnummeret; bruk begge nøyaktig én gang.
spec-citation = { $spec }, avsnitt { $section }
# En henvisning til en eksperimentell RFC: «RFC 5842, avsnitt 7.1 (Eksperimentell)». { $citation } er
# henvisningen ovenfor; bruk den nøyaktig én gang.
spec-citation-experimental = { $citation } (Eksperimentell)

# Hvor en statuskode står i livsløpet sitt.
lifecycle-standard = Standard
lifecycle-experimental = Eksperimentell
lifecycle-provisional = Provisorisk
lifecycle-deprecated = Utfaset
lifecycle-obsoleted = Foreldet
lifecycle-reserved = Reservert
