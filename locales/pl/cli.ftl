# Słowa narzędzia wiersza poleceń httpstatus. Ten plik czyta tylko narzędzie.
# Zmienne takie jak { $name } pozostaw bez zmian; formę liczby mnogiej Fluent wybiera na podstawie liczby,
# więc podaj wszystkie formy potrzebne w języku (https://projectfluent.org/fluent/guide/selectors.html).

## Etykiety opisu kodu: „Klasa: 4xx (Błąd klienta)”.

cli-label-class = Klasa
cli-label-name = Nazwa
cli-label-aliases = Inne nazwy
cli-label-phrase = Fraza przyczyny
cli-label-lifecycle = Stan
cli-label-references = Zdefiniowano w
cli-label-locale = Język
cli-label-cacheable = Domyślnie możliwy do zapisania w pamięci podręcznej
cli-label-no-content = Nigdy nie ma zawartości
cli-yes = tak
cli-no = nie
# Klasa po etykiecie: „4xx (Błąd klienta)”. $class to na przykład 4xx, $title to nazwa klasy.
cli-class-value = { $class } ({ $title })
# Odwołanie do specyfikacji po etykiecie: „RFC 9110, sekcja 15.5.5 – Semantyka HTTP”
# (półpauza ze spacjami). $citation to odwołanie do sekcji, $title to tytuł specyfikacji.
cli-reference-value = { $citation } – { $title }
# Wyświetlane pod kodem, który nie jest zarejestrowany, na przykład 299.
cli-unregistered = To nie jest zarejestrowany kod odpowiedzi: opisano go na podstawie jego klasy, jak wymaga tego RFC 9110.
# Wyświetlane pod kodem 306, który rejestr utrzymuje jako zarezerwowany.
cli-reserved = Zarezerwowany w rejestrze i już nieużywany: opisano go na podstawie jego klasy, jak wymaga tego RFC 9110.

## Lista kodów klasy: „httpstatus 4xx”. $class to „4xx”, $title to nazwa klasy.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } zarejestrowany kod
        [few] { $count } zarejestrowane kody
        [many] { $count } zarejestrowanych kodów
       *[other] { $count } zarejestrowanego kodu
    }

## Błędy w wierszu poleceń. $input to to, co wpisano.

cli-error-out-of-range = { $input } nie jest kodem odpowiedzi HTTP: kody mieszczą się w zakresie od 100 do 599.
cli-error-unknown-name = „{ $input }” nie jest ani kodem odpowiedzi, ani znaną nazwą kodu.
# Ten sam błąd, gdy istnieje nazwa podobna do wpisanej: $name to na przykład NOT_FOUND.
cli-error-unknown-name-did-you-mean = „{ $input }” nie jest ani kodem odpowiedzi, ani znaną nazwą kodu. Czy chodziło o { $name }?
cli-error-bad-tag = „{ $tag }” nie jest znacznikiem języka; wpisz znacznik taki jak en, ru lub pt-BR.
# $requested to żądany znacznik; $chosen to lokalizacja użyta zamiast niego, $name to jej nazwa.
cli-warning-no-locale = Brak lokalizacji pasującej do żądanego znacznika „{ $requested }”; używana jest { $chosen } ({ $name }).
cli-error-no-folder = { $path } nie jest folderem z folderami lokalizacji.
cli-error-no-locale = W { $path } na dysku nie ma folderu lokalizacji { $tag }.
cli-error-not-a-tag = „{ $tag }” nie jest znacznikiem języka w postaci kanonicznej; przykład poprawnego zapisu: pt-BR.
cli-error-exists = W { $path } są już pliki; aby je nadpisać, użyj opcji --force.
# $error to komunikat systemu operacyjnego, zwykle po angielsku.
cli-error-io = Nie można zapisać { $path }: { $error }

## Wczytywanie folderów lokalizacji z dysku (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } ostrzeżenie
        [few] { $count } ostrzeżenia
        [many] { $count } ostrzeżeń
       *[other] { $count } ostrzeżenia
    } w { $path }; wyświetla je „httpstatus check”.

## httpstatus check

# Jeden wiersz na lokalizację: „pl: przetłumaczono 187/187, brakujące: 0, nieaktualne: 0”.
cli-check-locale = { $tag }: przetłumaczono { $translated }/{ $total }, brakujące: { $missing }, nieaktualne: { $stale }
# Ostatni wiersz: „0 błędów, 2 ostrzeżenia w 30 lokalizacjach”.
cli-check-summary = { $errors ->
        [one] { $errors } błąd
        [few] { $errors } błędy
        [many] { $errors } błędów
       *[other] { $errors } błędu
    }, { $warnings ->
        [one] { $warnings } ostrzeżenie
        [few] { $warnings } ostrzeżenia
        [many] { $warnings } ostrzeżeń
       *[other] { $warnings } ostrzeżenia
    } w { $locales ->
        [one] { $locales } lokalizacji
        [few] { $locales } lokalizacjach
        [many] { $locales } lokalizacjach
       *[other] { $locales } lokalizacji
    }
cli-check-recorded = Zapisano bieżący tekst angielski lokalizacji { $tag } w { $path }.

## httpstatus locales: stan każdej lokalizacji.

cli-locale-current = pełna, aktualna
cli-locale-stale = pełna, nieaktualne: { $stale }
cli-locale-partial = częściowa (brakujące: { $missing }, nieaktualne: { $stale })
cli-locale-pseudo = pseudolokalizacja wygenerowana z angielskiej
cli-locale-from-disk = (z dysku)

## httpstatus template

cli-template-wrote = Zapisano { $path }
cli-template-next = Dalej: przetłumacz komunikaty, a następnie uruchom „httpstatus check --locales-dir { $path } --update-source { $tag }”.

## httpstatus docs --out-dir: postęp, jeden wiersz na plik.

cli-docs-written = [{ $done }/{ $total }] zapisano: { $path }
cli-docs-unchanged = [{ $done }/{ $total }] bez zmian: { $path }

## httpstatus site

# Po wygenerowaniu witryny: „1985 plików dla 30 języków w folderze site/”. { $files } to liczba
# plików, { $languages } liczba języków (wszystkie formy obu; po „dla” dopełniacz: 1 języka,
# 2 języków, 5 języków, 1,5 języka), { $path } folder wyjściowy.
cli-site-written = { $files ->
        [one] { $files } plik
        [few] { $files } pliki
        [many] { $files } plików
       *[other] { $files } pliku
    } dla { $languages ->
        [one] { $languages } języka
        [few] { $languages } języków
        [many] { $languages } języków
       *[other] { $languages } języka
    } w folderze { $path }
# Wyświetlane po powyższym wierszu, gdy nie podano --base-url. Zostaw --base-url i sitemap.xml.
cli-site-no-sitemap = Nie zapisano pliku sitemap.xml: mapa witryny wymaga adresów bezwzględnych; aby ją zapisać, podaj --base-url.
# { $url } to wartość podana po --base-url.
cli-error-base-url = „{ $url }” nie jest bazowym adresem URL: podaj adres http lub https bez ciągu zapytania, na przykład https://example.org/http/.

## httpstatus pages: statyczne strony błędów i fragmenty konfiguracji serwerów dla odwrotnych serwerów proxy.

# Postęp, jeden wiersz na lokalizację: „[3/30] ru: 80 stron”. { $done } i { $total } liczą
# lokalizacje, { $tag } to znacznik języka, { $count } liczba stron (wszystkie formy).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } strona
        [few] { $count } strony
        [many] { $count } stron
       *[other] { $count } strony
    }
# Ostatni wiersz httpstatus pages: { $written } zapisanych plików (wszystkie formy),
# { $unchanged } plików pozostawionych bez zmian, { $path } folder wyjściowy.
cli-pages-done = Zapisano { $written ->
        [one] { $written } plik
        [few] { $written } pliki
        [many] { $written } plików
       *[other] { $written } pliku
    }, { $unchanged } bez zmian w folderze { $path }.
# Wyświetlany przed ostatnim wierszem, gdy wcześniejsze uruchomienie w tym samym folderze zapisało
# strony (lub pliki serwera), których to uruchomienie już nie zapisuje, bo podano mniej kodów,
# lokalizacji lub formatów: { $count } usuniętych plików (wszystkie formy).
cli-pages-removed = { $count ->
        [one] Usunięto { $count } plik z wcześniejszego uruchomienia, którego bieżące uruchomienie już nie zapisuje.
        [few] Usunięto { $count } pliki z wcześniejszego uruchomienia, których bieżące uruchomienie już nie zapisuje.
        [many] Usunięto { $count } plików z wcześniejszego uruchomienia, których bieżące uruchomienie już nie zapisuje.
       *[other] Usunięto { $count } pliku z wcześniejszego uruchomienia, których bieżące uruchomienie już nie zapisuje.
    }
# Jeden wiersz na każdy zapisany plik konfiguracji serwera: operator ma go dołączyć (include);
# { $path } to plik.
cli-pages-snippet = Dołącz do konfiguracji: { $path }
# { $tag } podano w --locales, a katalog nie ma takiej lokalizacji. Zostaw „httpstatus locales”.
cli-error-pages-locale = Brak lokalizacji pasującej do „{ $tag }”; dostępne lokalizacje wyświetla „httpstatus locales”.
# { $input } to wartość --codes, która nie jest ani kodem błędu, ani 4xx lub 5xx. Liczby 400
# i 599 oraz 4xx i 5xx zostaw bez zmian.
cli-error-pages-code = „{ $input }” nie jest kodem błędu: podaj kody od 400 do 599, 4xx lub 5xx.
# { $input } to wartość --format, która nie jest ani html, ani json. Zostaw html i json.
cli-error-pages-format = „{ $input }” nie jest formatem stron: podaj html, json lub oba.
# { $path }, folder, który wskazywałaby konfiguracja serwera, zawiera znaki niedozwolone
# w plikach konfiguracji albo nie jest ścieżką bezwzględną. Zostaw --install-dir.
cli-error-pages-install-dir = Ścieżki { $path } nie można podać w konfiguracji serwera: w opcji --install-dir podaj ścieżkę bezwzględną bez cudzysłowów, nawiasów klamrowych, średników ani znaków dolara.

## httpstatus serve: serwer stron błędów.

# Wiersz startowy httpstatus serve, na stderr. { $address } to np. 127.0.0.1:8080; zostaw
# „http://{ $address }” w jednym kawałku, czytają go skrypty. { $locales } to liczba języków
# (miejscownik: w 1 języku, w 2 językach, w 5 językach, w 1,5 języka).
cli-serve-listening = Strony błędów są udostępniane pod adresem http://{ $address } w { $locales ->
        [one] { $locales } języku
        [few] { $locales } językach
        [many] { $locales } językach
       *[other] { $locales } języka
    }; /healthz odpowiada na kontrole stanu.
# Po SIGTERM lub Ctrl-C.
cli-serve-stopping = Zatrzymywanie: kończenie obsługi bieżących żądań.
# { $address }, podany po --listen, nie jest adresem. Przykładowe adresy i ich liczby zostaw
# bez zmian.
cli-error-serve-listen = „{ $address }” nie jest adresem, na którym można nasłuchiwać; wpisz go w postaci 127.0.0.1:8080 lub [::1]:8080.
# Nie udało się nasłuchiwać na { $address }; { $error } to komunikat systemu operacyjnego,
# zwykle po angielsku.
cli-error-serve-bind = Nie można nasłuchiwać na { $address }: { $error }
