# Przeznaczone dla ludzi tytuły i opisy wszystkich zarejestrowanych kodów odpowiedzi HTTP.
# Frazy przesyłane w protokole znajdują się w wire.ftl; tytuły tutaj mogą różnić się od nich tylko formą.

## 1xx Informacyjne

status-100-title = Kontynuuj
status-100-description = Serwer otrzymał początek żądania i klient powinien wysłać jego resztę. Zwykle jest to odpowiedź na żądanie, które nagłówkiem Expect zapytało, czy serwer przyjmie zawartość, zanim zostanie ona wysłana.
status-101-title = Przełączanie protokołów
status-101-description = Serwer zgadza się na żądanie klienta z nagłówkiem Upgrade i przełącza połączenie na inny protokół, na przykład WebSocket. Wszystko, co następuje w tym połączeniu po tej odpowiedzi, korzysta z nowego protokołu.
status-102-title = Przetwarzanie
status-102-description = Odpowiedź pośrednia, którą serwer informował klienta, że przyjął długotrwałe żądanie WebDAV i nadal nad nim pracuje. Ten kod jest przestarzały: późniejsza specyfikacja WebDAV go usunęła, więc klienci nie powinni na nim polegać.
status-103-title = Wczesne wskazówki
status-103-description = Odpowiedź pośrednia wysyłana przed ostateczną, zwykle z nagłówkami Link, aby klient mógł zacząć wstępnie wczytywać zasoby, podczas gdy serwer przygotowuje odpowiedź. Ten kod jest eksperymentalny, a klient, który nie korzysta ze wskazówek, może go po prostu zignorować.
status-104-title = Obsługiwane wznawianie przesyłania
status-104-description = Odpowiedź pośrednia, w której serwer informuje, że obsługuje wznawialne przesyłanie, i podaje, gdzie można znaleźć przesyłane dane, aby przerwane przesyłanie dało się kontynuować zamiast zaczynać od nowa. Jest to tymczasowa rejestracja na potrzeby projektu specyfikacji o wznawialnym przesyłaniu w HTTP i może się zmienić lub wygasnąć.

## 2xx Sukces

status-200-title = OK
status-200-description = Żądanie zakończyło się powodzeniem. To, co zawiera odpowiedź, zależy od metody: dla GET jest to żądany zasób, dla POST zwykle wynik wykonanej akcji.
status-201-title = Utworzono
status-201-description = Żądanie zakończyło się powodzeniem i utworzyło jeden lub więcej nowych zasobów. Główny nowy zasób jest zwykle wskazany w nagłówku Location odpowiedzi.
status-202-title = Zaakceptowano
status-202-description = Żądanie zostało zaakceptowane do przetworzenia, ale przetwarzanie jeszcze się nie zakończyło i może się nie powieść. Jest to typowe dla zadań kolejkowanych lub wykonywanych w tle; odpowiedź często wskazuje, gdzie można sprawdzić postęp.
status-203-title = Informacja nieautorytatywna
status-203-description = Żądanie zakończyło się powodzeniem, ale przekształcający serwer proxy zmodyfikował zawartość, więc nie jest ona dokładnie taka, jaką wysłał serwer źródłowy.
status-204-title = Brak zawartości
status-204-description = Żądanie zakończyło się powodzeniem i nie ma nic do odesłania. Przeglądarka pozostaje na bieżącej stronie, a klient API nie powinien oczekiwać treści odpowiedzi.
status-205-title = Zresetuj zawartość
status-205-description = Żądanie zakończyło się powodzeniem i klient powinien zresetować widok, z którego je wysłano, na przykład wyczyścić formularz, aby można było wprowadzić nowe dane. Odpowiedź nie ma zawartości.
status-206-title = Częściowa zawartość
status-206-description = Serwer wysyła tylko te części zasobu, o które klient poprosił nagłówkiem Range. W ten sposób wznawia się pobieranie plików, a odtwarzacze multimediów przeskakują do wybranego miejsca w pliku.
status-207-title = Wiele statusów
status-207-description = Odpowiedź WebDAV, która w treści XML podaje osobny status dla każdego z kilku zasobów lub operacji. Sprawdź każdy status w treści, a nie ogólny kod.
status-208-title = Już zgłoszono
status-208-description = Używany wewnątrz odpowiedzi WebDAV z wieloma statusami, aby zaznaczyć, że elementy kolekcji zostały już wymienione wcześniej w tej samej odpowiedzi i nie są powtarzane. Dzięki temu zasób dostępny przez kilka powiązań nie jest wymieniany wiele razy.
status-226-title = Użyto IM
status-226-description = Serwer zrealizował żądanie GET, a odpowiedź jest wynikiem jednej lub kilku manipulacji instancją, na przykład delty, zastosowanych do bieżącej wersji zasobu. Należy do rozszerzenia HTTP o kodowanie delta.

## 3xx Przekierowanie

status-300-title = Wiele możliwości
status-300-description = Zasób ma kilka reprezentacji, każdą pod własnym adresem, i użytkownik lub klient powinien wybrać jedną z nich. Serwer może wskazać preferowaną możliwość w nagłówku Location.
status-301-title = Trwale przeniesiono
status-301-description = Zasób został trwale przeniesiony pod adres podany w nagłówku Location, a linki i zakładki należy zaktualizować. Podczas wykonywania przekierowania klienci mogą zamienić POST na GET; wariantem, który zachowuje metodę, jest 308.
status-302-title = Znaleziono
status-302-description = Zasób tymczasowo znajduje się pod adresem podanym w nagłówku Location, a w kolejnych żądaniach nadal należy używać pierwotnego adresu. Podczas wykonywania przekierowania klienci mogą zamienić POST na GET; wariantem, który zachowuje metodę, jest 307.
status-303-title = Zobacz inne
status-303-description = Serwer odsyła klienta do innego zasobu, wskazanego w nagłówku Location, który należy pobrać metodą GET. Często stosuje się go po wysłaniu formularza, aby wyświetlić stronę z wynikiem.
status-304-title = Nie zmodyfikowano
status-304-description = Żądanie warunkowe wykazało, że zasób nie zmienił się od wersji, którą klient już ma, więc klient może użyć kopii z pamięci podręcznej. Odpowiedź nie ma zawartości.
status-305-title = Użyj proxy
status-305-description = Dawniej nakazywał klientowi powtórzyć żądanie przez serwer proxy wskazany w nagłówku Location. Jest przestarzały ze względów bezpieczeństwa, ponieważ pozwalał serwerowi skierować ruch klienta przez dowolny serwer proxy, a współcześni klienci na niego nie reagują.
status-307-title = Tymczasowe przekierowanie
status-307-description = Zasób tymczasowo znajduje się pod adresem podanym w nagłówku Location, a klient musi powtórzyć tam żądanie z tą samą metodą i zawartością. Kolejne żądania nadal powinny trafiać pod pierwotny adres.
status-308-title = Trwałe przekierowanie
status-308-description = Zasób został trwale przeniesiony pod adres podany w nagłówku Location, a klient musi powtórzyć tam żądanie z tą samą metodą i zawartością. Kolejne żądania powinny używać nowego adresu.

## 4xx Błąd klienta

status-400-title = Nieprawidłowe żądanie
status-400-description = Serwer nie może lub nie chce przetworzyć żądania z powodu czegoś, co uznaje za błąd klienta, na przykład źle sformułowanej składni lub nieprawidłowego komunikatu. Popraw żądanie przed ponownym wysłaniem.
status-401-title = Nieautoryzowany dostęp
status-401-description = Żądanie nie zawiera prawidłowych danych uwierzytelniających do tego zasobu. Nagłówek WWW-Authenticate odpowiedzi informuje, jak się uwierzytelnić; zaloguj się lub wyślij dane uwierzytelniające i spróbuj ponownie.
status-402-title = Wymagana płatność
status-402-description = Zarezerwowany do przyszłego użytku; HTTP nie określa, co oznacza. Niektóre serwisy używają go nieformalnie, aby zasygnalizować, że potrzebna jest płatność lub subskrypcja.
status-403-title = Dostęp zabroniony
status-403-description = Serwer zrozumiał żądanie, ale odmawia jego wykonania. W przeciwieństwie do 401 ponowne zalogowanie się z tymi samymi danymi uwierzytelniającymi nie pomoże: klient nie ma uprawnień do tego zasobu.
status-404-title = Nie znaleziono
status-404-description = Serwer nie ma niczego pod tym adresem albo nie chce ujawnić, że coś tam jest. Sprawdź, czy w adresie nie ma literówek; strona mogła zostać przeniesiona lub usunięta.
status-405-title = Niedozwolona metoda
status-405-description = Zasób istnieje, ale nie akceptuje metody żądania, na przykład POST wysłanego do strony tylko do odczytu. Nagłówek Allow odpowiedzi wymienia metody, które akceptuje.
status-406-title = Nieakceptowalne
status-406-description = Serwer nie ma żadnej wersji zasobu odpowiadającej temu, co klient w nagłówkach Accept zadeklarował jako akceptowane, na przykład pod względem typu mediów lub języka, i nie wyśle wersji domyślnej.
status-407-title = Wymagane uwierzytelnienie proxy
status-407-description = Podobnie jak przy 401, ale klient musi najpierw uwierzytelnić się na serwerze proxy znajdującym się między nim a serwerem. Nagłówek Proxy-Authenticate odpowiedzi informuje, jak to zrobić.
status-408-title = Przekroczono czas oczekiwania na żądanie
status-408-description = Serwer nie otrzymał kompletnego żądania w czasie, w którym był gotów czekać, i zamyka połączenie. Klient może wysłać żądanie ponownie w nowym połączeniu.
status-409-title = Konflikt
status-409-description = Żądanie jest sprzeczne z bieżącym stanem zasobu, na przykład jest to edycja oparta na nieaktualnej wersji. Rozwiąż konflikt, często przez pobranie najnowszej wersji, i spróbuj ponownie.
status-410-title = Trwale usunięto
status-410-description = Zasób był tu wcześniej, ale został celowo usunięty i nie wróci; nowy adres nie jest znany. Linki do niego należy usunąć.
status-411-title = Wymagana długość
status-411-description = Serwer odrzuca żądanie, ponieważ nie ma ono nagłówka Content-Length. Wyślij je ponownie, podając długość jego zawartości.
status-412-title = Niespełniony warunek wstępny
status-412-description = Warunek w nagłówkach żądania, na przykład If-Match lub If-Unmodified-Since, okazał się na serwerze fałszywy. Zwykle zapobiega to nadpisaniu zasobu, który ktoś inny w międzyczasie zmienił.
status-413-title = Zawartość zbyt duża
status-413-description = Zawartość żądania jest większa, niż serwer chce lub jest w stanie przetworzyć. Wyślij mniej danych; jeśli limit jest tylko tymczasowy, nagłówek Retry-After może wskazać, kiedy spróbować ponownie.
status-414-title = Zbyt długi URI
status-414-description = Żądany adres jest dłuższy, niż serwer chce zinterpretować. Często wynika to z umieszczenia zbyt wielu danych w ciągu zapytania; zamiast tego wyślij takie dane w treści żądania.
status-415-title = Nieobsługiwany typ mediów
status-415-description = Serwer odrzuca żądanie, ponieważ jego zawartość ma format lub kodowanie, których zasób nie obsługuje dla tej metody. Sprawdź nagłówki Content-Type i Content-Encoding.
status-416-title = Zakres niemożliwy do spełnienia
status-416-description = Żadnego z zakresów wskazanych w nagłówku Range nie da się obsłużyć, na przykład dlatego, że zaczynają się za końcem zasobu. Odpowiedź zwykle podaje bieżącą długość zasobu w nagłówku Content-Range.
status-417-title = Niespełnione oczekiwanie
status-417-description = Serwer nie może spełnić oczekiwania określonego w nagłówku Expect żądania. Klient może wysłać żądanie ponownie bez tego nagłówka.
status-418-title = Jestem czajnikiem
status-418-description = Zarezerwowany i nieużywany w HTTP. Pochodzi z hipertekstowego protokołu sterowania dzbankiem do kawy, primaaprilisowego żartu, w którym czajnik odmawia parzenia kawy, a niektóre serwery nadal wysyłają go jako easter egg.
status-421-title = Błędnie skierowane żądanie
status-421-description = Żądanie trafiło do serwera, który nie może wygenerować odpowiedzi dla jego adresu, na przykład dlatego, że ponownie użyte połączenie prowadzi do serwera nieskonfigurowanego dla tej nazwy hosta. Klient może ponowić próbę przez inne połączenie.
status-422-title = Nieprzetwarzalna zawartość
status-422-description = Serwer rozumie typ zawartości, a składnia jest poprawna, ale nie może wykonać tego, co opisuje zawartość, na przykład dlatego, że dane nie przechodzą walidacji. Popraw dane przed ponowną próbą.
status-423-title = Zablokowano
status-423-description = Zasób WebDAV jest zablokowany, więc nie można zastosować do niego metody. Poczekaj, aż blokada zostanie zwolniona, albo wyślij token blokady, jeśli to ty ją posiadasz.
status-424-title = Niespełniona zależność
status-424-description = Nie udało się wykonać metody na zasobie, ponieważ nie powiodła się inna akcja, od której ona zależała. W WebDAV dzieje się tak na przykład wtedy, gdy jedna zmiana z zestawu się nie powiedzie i w związku z tym pozostałe nie zostaną zastosowane.
status-425-title = Za wcześnie
status-425-description = Serwer nie przetworzy żądania wysłanego jako wczesne dane TLS, ponieważ atakujący mógłby takie dane przesłać ponownie. Klient powinien wysłać żądanie ponownie po zakończeniu uzgadniania połączenia.
status-426-title = Wymagana aktualizacja
status-426-description = Serwer odmawia obsługi żądania w bieżącym protokole, ale może to zrobić, gdy klient przełączy się na inny. Nagłówek Upgrade odpowiedzi wskazuje wymagane protokoły.
status-428-title = Wymagany warunek wstępny
status-428-description = Serwer wymaga, aby żądanie było warunkowe, na przykład zawierało nagłówek If-Match, tak aby zmiany wprowadzane przez różnych klientów nawzajem się nie nadpisywały. Pobierz bieżącą wersję i wyślij żądanie ponownie z warunkiem.
status-429-title = Zbyt wiele żądań
status-429-description = Klient wysłał zbyt wiele żądań w określonym czasie i podlega ograniczeniu liczby żądań. Zwolnij tempo; nagłówek Retry-After może wskazać, jak długo czekać.
status-431-title = Zbyt duże pola nagłówka żądania
status-431-description = Serwer nie przetworzy żądania, ponieważ jego pola nagłówka, pojedyncze pole lub wszystkie razem, są zbyt duże. Zmniejsz nagłówki, na przykład usuwając pliki cookie tej witryny, i spróbuj ponownie.
status-451-title = Niedostępne z powodów prawnych
status-451-description = Serwer odmawia dostępu do zasobu z powodu wymogu prawnego, na przykład nakazu sądowego lub cenzury państwowej. Odpowiedź powinna wyjaśniać, na czym polega ten wymóg i kto go wydał.

## 5xx Błąd serwera

status-500-title = Wewnętrzny błąd serwera
status-500-description = Serwer napotkał nieoczekiwany stan, który uniemożliwił mu zrealizowanie żądania. Wina leży po stronie serwera; spróbuj ponownie później, a jeśli problem się utrzyma, skontaktuj się z administratorami witryny.
status-501-title = Nie zaimplementowano
status-501-description = Serwer nie obsługuje funkcji potrzebnej do zrealizowania żądania, zwykle dlatego, że w ogóle nie rozpoznaje metody żądania. W przeciwieństwie do 405 dotyczy to całego serwera, a nie jednego zasobu.
status-502-title = Błąd bramy
status-502-description = Serwer działający jako brama lub serwer proxy otrzymał nieprawidłową odpowiedź od serwera nadrzędnego, z którym się połączył. Problem występuje między serwerami i ponowna próba później może pomóc.
status-503-title = Usługa niedostępna
status-503-description = Serwer nie może teraz obsłużyć żądania, zwykle z powodu przeciążenia lub prac konserwacyjnych. Spróbuj ponownie później; nagłówek Retry-After może wskazać kiedy.
status-504-title = Przekroczono czas oczekiwania bramy
status-504-description = Serwer działający jako brama lub serwer proxy nie otrzymał na czas odpowiedzi od serwera nadrzędnego, z którym musiał się połączyć. Ponowna próba później może pomóc.
status-505-title = Nieobsługiwana wersja HTTP
status-505-description = Serwer nie obsługuje lub odmawia obsługi głównej wersji HTTP użytej w żądaniu. Klient powinien spróbować ponownie z inną wersją protokołu.
status-506-title = Wariant również negocjuje
status-506-description = Serwer jest błędnie skonfigurowany do przezroczystej negocjacji zawartości: wybrany przez niego wariant sam jest skonfigurowany do negocjacji, co nigdy by się nie skończyło. Pochodzi z eksperymentalnej specyfikacji i rzadko się go spotyka.
status-507-title = Niewystarczająca ilość miejsca
status-507-description = Serwer nie może zapisać tego, czego potrzebuje do zrealizowania żądania, na przykład dlatego, że zapełnił się dysk lub wyczerpał przydział miejsca. W WebDAV ten stan uważa się za tymczasowy.
status-508-title = Wykryto pętlę
status-508-description = Serwer przerwał operację, ponieważ podczas przetwarzania żądania WebDAV o nieskończonej głębokości natrafił na nieskończoną pętlę. Cała operacja się nie powiodła.
status-510-title = Nie rozszerzono
status-510-description = Żądanie nie zawierało deklaracji rozszerzeń, których serwer wymaga zgodnie z frameworkiem rozszerzeń HTTP. Kod jest wycofany: ten framework otrzymał status historyczny i nie należy używać tego kodu.
status-511-title = Wymagane uwierzytelnienie w sieci
status-511-description = Klient musi się zalogować, aby uzyskać dostęp do sieci, zwykle w portalu przechwytującym publicznej sieci Wi-Fi; odpowiedź pochodzi od sieci, a nie od żądanej witryny. Otwórz stronę internetową i zaloguj się lub zaakceptuj warunki korzystania z sieci.
