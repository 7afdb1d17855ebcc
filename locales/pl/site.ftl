# Słowa witryny referencyjnej, którą generuje „httpstatus site”: indeks dla każdego języka (tabela
# kodów ze spisem treści), osobna strona dla każdego kodu i strona główna z listą języków. Ten plik
# czytają tylko narzędzia. Zmienne { $variables } zostaw bez zmian. Nazwy stałych wyliczeniowych
# (NOT_FOUND), frazy przesyłane w odpowiedzi, nazwy nagłówków (Location) i przykładowe wymiany
# komunikatów nigdy nie są tłumaczone i nie ma ich w tym pliku.
# Etykiety jak w docs.ftl i cli.ftl (wielka litera tylko na początku, bez dwukropka); zdania
# w neutralnym rejestrze opisów ze status.ftl.

## Na każdej stronie

# Przycisk u góry każdej strony, który otwiera listę języków (każdy podany w swoim języku).
site-languages = Języki
# Odnośnik dla użytkowników klawiatury, pierwszy na każdej stronie i widoczny tylko, gdy ma fokus:
# pomija nagłówek strony i listę języków.
site-skip = Przejdź do treści
# Tytuł strony na karcie przeglądarki i w wynikach wyszukiwania. { $page } to tytuł samej strony
# („404 Nie znaleziono”), { $site } nazwa witryny („Kody odpowiedzi HTTP”). Separator: półpauza
# ze spacjami, jak w cli-reference-value.
site-page-title = { $page } – { $site }
# Ostatni wiersz każdej strony.
site-footer = Wygenerowano z plików lokalizacji projektu http-status-catalog. Nazwy stałych wyliczeniowych, frazy przyczyny i przykładowe wymiany komunikatów pozostają w takiej postaci, w jakiej zapisuje je HTTP.

## Indeks języka: tabela kodów pogrupowana według klas

# Nagłówek spisu treści, który wymienia pięć klas.
site-contents = Spis treści
# Po klasie w spisie treści: { $count } to liczba jej kodów. Formy: one (1), few (2–4, 22–24…),
# many (0, 5–21…), other (ułamki: 1,5 kodu).
site-class-count = { $count ->
        [one] { $count } kod
        [few] { $count } kody
        [many] { $count } kodów
       *[other] { $count } kodu
    }

## Strona jednego kodu

# Odnośnik z powrotem do indeksu, u góry strony.
site-all-codes = Wszystkie kody odpowiedzi
# Nagłówek nad tym, co strona błędu mówi odwiedzającemu, który nie jest programistą, i nad
# działaniem, które proponuje (tylko błędy klienta i serwera). Opis techniczny jest pod ramką.
site-visitor = Komunikat dla odwiedzającego
# Etykiety na liście faktów o kodzie, każda przed swoją wartością.
site-label-class = Klasa
# Etap życia kodu: standardowy, eksperymentalny, przestarzały itd.
site-label-lifecycle = Stan
site-label-name = Nazwa stałej wyliczeniowej
# Nazwy, które kod miał we wcześniejszych specyfikacjach lub bibliotekach (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Starsze nazwy
# Angielski tekst po kodzie w wierszu statusu odpowiedzi („Not Found”).
site-label-phrase = Fraza przyczyny
# Sekcje specyfikacji, które definiują kod, każda z odnośnikiem.
site-label-references = Zdefiniowano w
site-label-caching = Pamięć podręczna
site-label-content = Zawartość
# Wartość „Pamięć podręczna” dla kodu, którego odpowiedź pamięć podręczna może zapisać bez
# wyraźnej zgody (RFC 9110: heuristically cacheable).
site-cacheable-yes = Odpowiedź domyślnie nadaje się do zapisania w pamięci podręcznej: pamięć podręczna może ją przechować i użyć ponownie, nawet jeśli nagłówki odpowiedzi nic nie mówią o jej świeżości.
# Wartość „Pamięć podręczna” dla pozostałych kodów.
site-cacheable-no = Odpowiedź domyślnie nie nadaje się do zapisania w pamięci podręcznej: pamięć podręczna przechowuje ją tylko wtedy, gdy pozwalają na to nagłówki odpowiedzi.
# Wartość „Zawartość” dla kodu, którego odpowiedź nigdy nie ma zawartości (1xx, 204, 205, 304).
site-no-content-yes = Nigdy nie ma zawartości: odpowiedź kończy się na nagłówkach.
# Wartość „Zawartość” dla pozostałych kodów.
site-no-content-no = Może mieć zawartość, na przykład stronę, która wyjaśnia status.
# Nagłówek nad przykładem żądania i odpowiedzi na nie.
site-example = Przykładowa wymiana komunikatów
# Pod przykładem.
site-example-note = Żądanie, a po nim wiersz statusu i te nagłówki odpowiedzi, które mają znaczenie dla tego kodu. Zawartość komunikatów pominięto.
# Nazwa odnośników do poprzedniego i następnego kodu na końcu strony, dla czytników ekranu.
site-neighbours = Poprzedni i następny kod

## Strona główna z listą wszystkich języków

# Jej nagłówek, nad listą języków (każdy w swoim języku); widzi go każdy, zanim wybierze język.
site-root-heading = Wybierz język
