# Titel der Spezifikationen, die Statuscodes definieren, und die Wörter, die
# beim Zitieren verwendet werden („RFC 9110, Abschnitt 15.5.5 (Experimentell)“).
# RFC-Nummern und Abschnittsnummern fügt das Programm hinzu: Schreiben Sie sie nicht hierher.

spec-rfc9110 = HTTP-Semantik
spec-rfc2518 = HTTP-Erweiterungen für verteiltes Bearbeiten (WebDAV)
spec-rfc4918 = HTTP-Erweiterungen für verteiltes Bearbeiten und Versionieren im Web (WebDAV)
spec-rfc5842 = Bindungserweiterungen für WebDAV
spec-rfc3229 = Delta-Kodierung in HTTP
spec-rfc8297 = Ein HTTP-Statuscode zur Angabe von Hinweisen
spec-rfc8470 = Verwendung früher Daten in HTTP
spec-rfc6585 = Zusätzliche HTTP-Statuscodes
spec-rfc7725 = Ein HTTP-Statuscode zur Meldung rechtlicher Hindernisse
spec-rfc2295 = Transparente Inhaltsaushandlung in HTTP
spec-rfc2774 = Ein Erweiterungsframework für HTTP
spec-rfc2324 = Hypertext-Kaffeekannen-Steuerungsprotokoll (HTCPCP/1.0)
spec-draft-resumable-upload = Fortsetzbare Uploads für HTTP (Internet-Draft)

# Wie ein Abschnitt einer Spezifikation zitiert wird: „RFC 9110, Abschnitt 15.5.5“. { $spec } ist die
# Spezifikation („RFC 9110“), { $section } die Abschnittsnummer; beide Variablen genau einmal verwenden.
spec-citation = { $spec }, Abschnitt { $section }
# Ein Verweis auf einen experimentellen RFC: „RFC 5842, Abschnitt 7.1 (Experimentell)“. { $citation } ist
# der Verweis oben; genau einmal verwenden.
spec-citation-experimental = { $citation } (Experimentell)

# Wo ein Statuscode in seinem Lebenszyklus steht.
lifecycle-standard = Standard
lifecycle-experimental = Experimentell
lifecycle-provisional = Vorläufig
lifecycle-deprecated = Veraltet
lifecycle-obsoleted = Überholt
lifecycle-reserved = Reserviert
