### Titles of the specifications that define status codes, and the words used
### when citing them ("RFC 9110, Section 15.5.5 (Experimental)").
### RFC numbers and section numbers are added by the program: do not write them here.

## Specification titles (spec-rfcNNNN): the title of an RFC or Internet-Draft, shown after its
## citation in the Details column of the docs table, after "Defined in" in httpstatus (CLI) and
## in JSON output. Translate the title as your language's published translations of RFCs do, or
## keep it in English where that is the usage. Keep as written: protocol names and
## abbreviations (HTTP, WebDAV, HTCPCP/1.0), and "Internet-Draft" where your language keeps it.
## No RFC numbers: the program adds them.
spec-rfc9110 = HTTP Semantics
spec-rfc2518 = HTTP Extensions for Distributed Authoring (WebDAV)
spec-rfc4918 = HTTP Extensions for Web Distributed Authoring and Versioning (WebDAV)
spec-rfc5842 = Binding Extensions to WebDAV
spec-rfc3229 = Delta Encoding in HTTP
spec-rfc8297 = An HTTP Status Code for Indicating Hints
spec-rfc8470 = Using Early Data in HTTP
spec-rfc6585 = Additional HTTP Status Codes
spec-rfc7725 = An HTTP Status Code to Report Legal Obstacles
spec-rfc2295 = Transparent Content Negotiation in HTTP
spec-rfc2774 = An HTTP Extension Framework
spec-rfc2324 = Hyper Text Coffee Pot Control Protocol (HTCPCP/1.0)
spec-draft-resumable-upload = Resumable Uploads for HTTP (Internet-Draft)

## Citations, in the Details column of the docs table, in httpstatus (CLI) and in JSON output.
# How a section of a specification is cited: "RFC 9110, Section 15.5.5". { $spec } is the
# specification ("RFC 9110"), { $section } the section number; use each exactly once.
spec-citation = { $spec }, Section { $section }
# A citation of an Experimental RFC: "RFC 5842, Section 7.1 (Experimental)". { $citation } is
# the citation above; use it exactly once. Chinese and Japanese use full-width brackets.
spec-citation-experimental = { $citation } (Experimental)

## Where a status code stands in its life: one word each, shown after "Status" in httpstatus
## (CLI) and in the Status column of the docs table. No placeholders.
lifecycle-standard = Standard
lifecycle-experimental = Experimental
lifecycle-provisional = Provisional
lifecycle-deprecated = Deprecated
lifecycle-obsoleted = Obsoleted
lifecycle-reserved = Reserved
