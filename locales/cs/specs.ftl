# Titles of the specifications that define status codes, and the words used
# when citing them ("RFC 9110, Section 15.5.5 (Experimental)").
# RFC numbers and section numbers are added by the program: do not write them here.

spec-rfc9110 = Sémantika HTTP
spec-rfc2518 = Rozšíření HTTP pro distribuovanou tvorbu obsahu (WebDAV)
spec-rfc4918 = Rozšíření HTTP pro distribuovanou tvorbu a správu verzí obsahu na webu (WebDAV)
spec-rfc5842 = Rozšíření WebDAV o vazby
spec-rfc3229 = Delta kódování v HTTP
spec-rfc8297 = Stavový kód HTTP pro předávání nápověd
spec-rfc8470 = Použití časných dat v HTTP
spec-rfc6585 = Další stavové kódy HTTP
spec-rfc7725 = Stavový kód HTTP pro oznámení právních překážek
spec-rfc2295 = Transparentní vyjednávání obsahu v HTTP
spec-rfc2774 = Rámec pro rozšíření HTTP
spec-rfc2324 = Hypertextový protokol pro ovládání konvice na kávu (HTCPCP/1.0)
spec-draft-resumable-upload = Navazované nahrávání v HTTP (Internet-Draft)

# How a section of a specification is cited: "RFC 9110, Section 15.5.5". { $spec } is the
# specification ("RFC 9110"), { $section } the section number; use each exactly once.
spec-citation = { $spec }, oddíl { $section }
# A citation of an Experimental RFC: "RFC 5842, Section 7.1 (Experimental)". { $citation } is
# the citation above; use it exactly once. Czech: „RFC 5842, oddíl 7.1 (experimentální)“.
spec-citation-experimental = { $citation } (experimentální)

# Where a status code stands in its life.
lifecycle-standard = Standardní
lifecycle-experimental = Experimentální
lifecycle-provisional = Prozatímní
lifecycle-deprecated = Zastaralý
lifecycle-obsoleted = Zrušený
lifecycle-reserved = Rezervovaný
