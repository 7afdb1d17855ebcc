# Tytuły specyfikacji definiujących kody odpowiedzi oraz słowa używane
# przy ich cytowaniu („RFC 9110, sekcja 15.5.5 (eksperymentalny)”).
# Numery RFC i sekcji dodaje program: nie wpisuj ich tutaj.

spec-rfc9110 = Semantyka HTTP
spec-rfc2518 = Rozszerzenia HTTP do rozproszonej edycji (WebDAV)
spec-rfc4918 = Rozszerzenia HTTP do rozproszonej edycji i wersjonowania w sieci WWW (WebDAV)
spec-rfc5842 = Rozszerzenia powiązań dla WebDAV
spec-rfc3229 = Kodowanie delta w HTTP
spec-rfc8297 = Kod odpowiedzi HTTP do przekazywania wskazówek
spec-rfc8470 = Korzystanie z wczesnych danych w HTTP
spec-rfc6585 = Dodatkowe kody odpowiedzi HTTP
spec-rfc7725 = Kod odpowiedzi HTTP do zgłaszania przeszkód prawnych
spec-rfc2295 = Przezroczysta negocjacja zawartości w HTTP
spec-rfc2774 = Framework rozszerzeń HTTP
spec-rfc2324 = Hipertekstowy protokół sterowania dzbankiem do kawy (HTCPCP/1.0)
spec-draft-resumable-upload = Wznawialne przesyłanie w HTTP (Internet-Draft)

# Sposób cytowania sekcji specyfikacji: „RFC 9110, sekcja 15.5.5”. $spec to specyfikacja
# („RFC 9110”), $section to numer sekcji; użyj każdej zmiennej dokładnie raz.
spec-citation = { $spec }, sekcja { $section }
# Odwołanie do eksperymentalnego RFC: „RFC 5842, sekcja 7.1 (eksperymentalny)”. $citation to odwołanie
# opisane wyżej; użyj go dokładnie raz.
spec-citation-experimental = { $citation } (eksperymentalny)

# Etap cyklu życia, na którym znajduje się kod odpowiedzi.
lifecycle-standard = Standardowy
lifecycle-experimental = Eksperymentalny
lifecycle-provisional = Tymczasowy
lifecycle-deprecated = Przestarzały
lifecycle-obsoleted = Wycofany
lifecycle-reserved = Zarezerwowany
