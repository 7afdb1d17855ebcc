# Titler på de specifikationer, der definerer statuskoder, og de ord, der bruges,
# når der henvises til dem (»RFC 9110, afsnit 15.5.5 (Eksperimentel)«).
# RFC-numre og afsnitsnumre tilføjes af programmet: skriv dem ikke her.

spec-rfc9110 = HTTP-semantik
spec-rfc2518 = HTTP-udvidelser til distribueret redigering (WebDAV)
spec-rfc4918 = HTTP-udvidelser til distribueret redigering og versionsstyring på nettet (WebDAV)
spec-rfc5842 = Bindingsudvidelser til WebDAV
spec-rfc3229 = Deltakodning i HTTP
spec-rfc8297 = En HTTP-statuskode til angivelse af hints
spec-rfc8470 = Brug af tidlige data i HTTP
spec-rfc6585 = Yderligere HTTP-statuskoder
spec-rfc7725 = En HTTP-statuskode til rapportering af juridiske hindringer
spec-rfc2295 = Transparent indholdsforhandling i HTTP
spec-rfc2774 = En udvidelsesramme for HTTP
spec-rfc2324 = Protokol til styring af hypertekst-kaffekander (HTCPCP/1.0)
spec-draft-resumable-upload = Genoptagelige uploads til HTTP (Internet-Draft)

# Sådan henvises der til et afsnit i en specifikation: »RFC 9110, afsnit 15.5.5«. { $spec } er
# specifikationen (»RFC 9110«), { $section } afsnitsnummeret; brug hver af dem præcis én gang.
spec-citation = { $spec }, afsnit { $section }
# En henvisning til en eksperimentel RFC: »RFC 5842, afsnit 7.1 (Eksperimentel)«. { $citation } er
# henvisningen ovenfor; brug den præcis én gang.
spec-citation-experimental = { $citation } (Eksperimentel)

# Hvor en statuskode befinder sig i sit livsforløb.
lifecycle-standard = Standard
lifecycle-experimental = Eksperimentel
lifecycle-provisional = Foreløbig
lifecycle-deprecated = Frarådet
lifecycle-obsoleted = Forældet
lifecycle-reserved = Reserveret
