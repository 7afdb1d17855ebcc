# Słowa używane, gdy tabela kodów odpowiedzi jest generowana jako dokumentacja.

docs-caption = Kody odpowiedzi HTTP
docs-intro = Wszystkie kody odpowiedzi z prowadzonego przez IANA rejestru kodów odpowiedzi HTTP wraz ze specyfikacją, która je definiuje.

# Nagłówki kolumn tabeli kodów odpowiedzi.
docs-column-code = Kod
docs-column-name = Nazwa stałej wyliczeniowej
docs-column-details = Szczegóły
docs-column-phrase = Fraza przyczyny
docs-column-title = Tytuł
docs-column-description = Opis
docs-column-class = Klasa
docs-column-lifecycle = Stan
docs-column-aliases = Inne nazwy

# Uwaga na końcu wygenerowanej tabeli, informująca, skąd ona pochodzi.
docs-generated = Wygenerowano z plików lokalizacji katalogu poleceniem „httpstatus docs”. Nie edytuj ręcznie.
