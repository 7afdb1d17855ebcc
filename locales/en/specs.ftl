# Titles of the specifications that define status codes, and the words used
# when citing them ("RFC 9110, Section 15.5.5 (Experimental)").
# RFC numbers and section numbers are added by the program: do not write them here.

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

# How a section of a specification is cited: "RFC 9110, Section 15.5.5". { $spec } is the
# specification ("RFC 9110"), { $section } the section number; use each exactly once.
spec-citation = { $spec }, Section { $section }
# A citation of an Experimental RFC: "RFC 5842, Section 7.1 (Experimental)". { $citation } is
# the citation above; use it exactly once.
spec-citation-experimental = { $citation } (Experimental)

# Where a status code stands in its life.
lifecycle-standard = Standard
lifecycle-experimental = Experimental
lifecycle-provisional = Provisional
lifecycle-deprecated = Deprecated
lifecycle-obsoleted = Obsoleted
lifecycle-reserved = Reserved
