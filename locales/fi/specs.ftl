# Tilakoodit määrittelevien spesifikaatioiden nimet ja sanat, joita käytetään
# niihin viitattaessa (”RFC 9110, kohta 15.5.5 (Kokeellinen)”).
# Ohjelma lisää RFC- ja kohtanumerot: älä kirjoita niitä tähän.

spec-rfc9110 = HTTP:n semantiikka
spec-rfc2518 = HTTP-laajennukset hajautettuun muokkaukseen (WebDAV)
spec-rfc4918 = HTTP-laajennukset hajautettuun muokkaukseen ja versiointiin verkossa (WebDAV)
spec-rfc5842 = WebDAVin sidontalaajennukset
spec-rfc3229 = Delta-koodaus HTTP:ssä
spec-rfc8297 = HTTP-tilakoodi vihjeiden ilmaisemiseen
spec-rfc8470 = Varhaisen datan käyttö HTTP:ssä
spec-rfc6585 = HTTP:n lisätilakoodit
spec-rfc7725 = HTTP-tilakoodi oikeudellisista esteistä ilmoittamiseen
spec-rfc2295 = Läpinäkyvä sisältöneuvottelu HTTP:ssä
spec-rfc2774 = HTTP:n laajennuskehys
spec-rfc2324 = Hypertekstikahvinkeittimen ohjausprotokolla (HTCPCP/1.0)
spec-draft-resumable-upload = Jatkettavat lataukset HTTP:ssä (Internet-luonnos)

# Miten spesifikaation kohtaan viitataan: ”RFC 9110, kohta 15.5.5”. { $spec } on
# spesifikaatio (”RFC 9110”), { $section } kohdan numero; käytä kumpaakin täsmälleen kerran.
spec-citation = { $spec }, kohta { $section }
# Viittaus kokeelliseen (Experimental) RFC:hen: ”RFC 5842, kohta 7.1 (kokeellinen)”. { $citation } on
# yllä oleva viittaus; käytä sitä täsmälleen kerran.
spec-citation-experimental = { $citation } (kokeellinen)

# Missä vaiheessa elinkaartaan tilakoodi on.
lifecycle-standard = Standardi
lifecycle-experimental = Kokeellinen
lifecycle-provisional = Alustava
lifecycle-deprecated = Vanhentunut
lifecycle-obsoleted = Poistettu käytöstä
lifecycle-reserved = Varattu
