# Titels van de specificaties die statuscodes definiëren, en de woorden die worden gebruikt
# wanneer ernaar wordt verwezen (“RFC 9110, paragraaf 15.5.5 (Experimenteel)”).
# RFC-nummers en paragraafnummers worden door het programma toegevoegd: schrijf ze hier niet.

spec-rfc9110 = HTTP-semantiek
spec-rfc2518 = HTTP-uitbreidingen voor gedistribueerd bewerken (WebDAV)
spec-rfc4918 = HTTP-uitbreidingen voor gedistribueerd bewerken en versiebeheer op het web (WebDAV)
spec-rfc5842 = Bindingsuitbreidingen voor WebDAV
spec-rfc3229 = Delta-codering in HTTP
spec-rfc8297 = Een HTTP-statuscode voor het aangeven van hints
spec-rfc8470 = Vroege data gebruiken in HTTP
spec-rfc6585 = Aanvullende HTTP-statuscodes
spec-rfc7725 = Een HTTP-statuscode voor het melden van juridische belemmeringen
spec-rfc2295 = Transparante inhoudsonderhandeling in HTTP
spec-rfc2774 = Een uitbreidingsraamwerk voor HTTP
spec-rfc2324 = Protocol voor de besturing van hypertekst-koffiepotten (HTCPCP/1.0)
spec-draft-resumable-upload = Hervatbare uploads voor HTTP (Internet-Draft)

# Hoe naar een paragraaf van een specificatie wordt verwezen: “RFC 9110, paragraaf 15.5.5”. { $spec } is de
# specificatie (“RFC 9110”), { $section } het paragraafnummer; gebruik elk precies één keer.
spec-citation = { $spec }, paragraaf { $section }
# Een verwijzing naar een experimentele RFC: “RFC 5842, paragraaf 7.1 (Experimenteel)”. { $citation } is
# de verwijzing hierboven; gebruik die precies één keer.
spec-citation-experimental = { $citation } (Experimenteel)

# Waar een statuscode in zijn levensloop staat.
lifecycle-standard = Standaard
lifecycle-experimental = Experimenteel
lifecycle-provisional = Voorlopig
lifecycle-deprecated = Afgeraden
lifecycle-obsoleted = Achterhaald
lifecycle-reserved = Gereserveerd
