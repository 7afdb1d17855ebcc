# Titles of the specifications that define status codes, and the words used
# when citing them („RFC 9110, secțiunea 15.5.5 (experimental)”).
# RFC numbers and section numbers are added by the program: do not write them here.

spec-rfc9110 = Semantica HTTP
spec-rfc2518 = Extensii HTTP pentru crearea distribuită de conținut (WebDAV)
spec-rfc4918 = Extensii HTTP pentru crearea distribuită de conținut web și controlul versiunilor (WebDAV)
spec-rfc5842 = Extensii de legare pentru WebDAV
spec-rfc3229 = Codificarea delta în HTTP
spec-rfc8297 = Un cod de stare HTTP pentru transmiterea de indicii
spec-rfc8470 = Utilizarea datelor timpurii în HTTP
spec-rfc6585 = Coduri de stare HTTP suplimentare
spec-rfc7725 = Un cod de stare HTTP pentru semnalarea obstacolelor legale
spec-rfc2295 = Negocierea transparentă a conținutului în HTTP
spec-rfc2774 = Un cadru de extensii pentru HTTP
spec-rfc2324 = Protocolul hipertext de control al cafetierei (HTCPCP/1.0)
spec-draft-resumable-upload = Încărcări reluabile pentru HTTP (Internet-Draft)

# How a section of a specification is cited: "RFC 9110, Section 15.5.5". { $spec } is the
# specification ("RFC 9110"), { $section } the section number; use each exactly once.
spec-citation = { $spec }, secțiunea { $section }
# A citation of an Experimental RFC: „RFC 5842, secțiunea 7.1 (experimental)”. { $citation } is
# the citation above; use it exactly once.
spec-citation-experimental = { $citation } (experimental)

# Where a status code stands in its life.
lifecycle-standard = Standard
lifecycle-experimental = Experimental
lifecycle-provisional = Provizoriu
lifecycle-deprecated = Învechit
lifecycle-obsoleted = Scos din uz
lifecycle-reserved = Rezervat
