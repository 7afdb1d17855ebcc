# Titles of the specifications that define status codes, and the words used
# when citing them ("RFC 9110, Section 15.5.5 (Experimental)").
# RFC numbers and section numbers are added by the program: do not write them here.

spec-rfc9110 = Σημασιολογία του HTTP
spec-rfc2518 = Επεκτάσεις του HTTP για κατανεμημένη συγγραφή (WebDAV)
spec-rfc4918 = Επεκτάσεις του HTTP για κατανεμημένη συγγραφή και διαχείριση εκδόσεων στον ιστό (WebDAV)
spec-rfc5842 = Επεκτάσεις συνδέσεων (bindings) για το WebDAV
spec-rfc3229 = Κωδικοποίηση διαφορών (delta) στο HTTP
spec-rfc8297 = Ένας κωδικός κατάστασης HTTP για την ένδειξη υποδείξεων
spec-rfc8470 = Χρήση πρώιμων δεδομένων στο HTTP
spec-rfc6585 = Πρόσθετοι κωδικοί κατάστασης HTTP
spec-rfc7725 = Ένας κωδικός κατάστασης HTTP για την αναφορά νομικών εμποδίων
spec-rfc2295 = Διαφανής διαπραγμάτευση περιεχομένου στο HTTP
spec-rfc2774 = Ένα πλαίσιο επεκτάσεων για το HTTP
spec-rfc2324 = Πρωτόκολλο ελέγχου καφετιέρας υπερκειμένου (HTCPCP/1.0)
spec-draft-resumable-upload = Μεταφορτώσεις με δυνατότητα συνέχισης για το HTTP (Internet-Draft)

# How a section of a specification is cited: "RFC 9110, Section 15.5.5". { $spec } is the
# specification ("RFC 9110"), { $section } the section number; use each exactly once.
spec-citation = { $spec }, ενότητα { $section }
# A citation of an Experimental RFC: "RFC 5842, ενότητα 7.1 (πειραματικό)". { $citation } is
# the citation above; use it exactly once. The adjective is neuter (το RFC) and lowercase, as Greek
# writes it inside brackets.
spec-citation-experimental = { $citation } (πειραματικό)

# Where a status code stands in its life.
lifecycle-standard = Τυποποιημένος
lifecycle-experimental = Πειραματικός
lifecycle-provisional = Προσωρινός
lifecycle-deprecated = Απαξιωμένος
lifecycle-obsoleted = Καταργημένος
lifecycle-reserved = Δεσμευμένος
