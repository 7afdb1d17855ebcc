# Titlar på de specifikationer som definierar statuskoder, och orden som används
# när de citeras (”RFC 9110, avsnitt 15.5.5 (Experimentell)”).
# RFC-nummer och avsnittsnummer läggs till av programmet: skriv dem inte här.

spec-rfc9110 = HTTP-semantik
spec-rfc2518 = HTTP-tillägg för distribuerad redigering (WebDAV)
spec-rfc4918 = HTTP-tillägg för distribuerad redigering och versionshantering på webben (WebDAV)
spec-rfc5842 = Bindningstillägg för WebDAV
spec-rfc3229 = Deltakodning i HTTP
spec-rfc8297 = En HTTP-statuskod för att ange tips
spec-rfc8470 = Användning av tidiga data i HTTP
spec-rfc6585 = Ytterligare HTTP-statuskoder
spec-rfc7725 = En HTTP-statuskod för att rapportera juridiska hinder
spec-rfc2295 = Transparent innehållsförhandling i HTTP
spec-rfc2774 = Ett ramverk för HTTP-tillägg
spec-rfc2324 = Protokoll för styrning av kaffekannor via hypertext (HTCPCP/1.0)
spec-draft-resumable-upload = Återupptagbara uppladdningar för HTTP (Internet-Draft)

# Hur ett avsnitt i en specifikation citeras: ”RFC 9110, avsnitt 15.5.5”. { $spec } är
# specifikationen (”RFC 9110”), { $section } avsnittsnumret; använd båda exakt en gång.
spec-citation = { $spec }, avsnitt { $section }
# En hänvisning till en experimentell RFC: ”RFC 5842, avsnitt 7.1 (Experimentell)”. { $citation } är
# hänvisningen ovan; använd den exakt en gång.
spec-citation-experimental = { $citation } (Experimentell)

# Var en statuskod befinner sig i sin livscykel.
lifecycle-standard = Standard
lifecycle-experimental = Experimentell
lifecycle-provisional = Provisorisk
lifecycle-deprecated = Utfasad
lifecycle-obsoleted = Obsolet
lifecycle-reserved = Reserverad
