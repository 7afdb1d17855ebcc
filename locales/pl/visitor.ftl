# Co strona błędu mówi odwiedzającemu, który nie jest programistą: dla każdego błędu klienta (4xx)
# i serwera (5xx) krótki komunikat otwierający stronę oraz działanie, które warto zaproponować.
# Pisz dla każdego, kto korzysta z witryny: bez żargonu („żądanie” jest w porządku, „upstream”
# czy „POST” nie), zwracaj się bezpośrednio do odwiedzającego, jedno lub dwa krótkie zdania.
# Techniczny opis kodu (status.ftl) pojawia się niżej, w sekcji „Szczegóły techniczne”.
# Ton spokojny, nigdy nie obwiniamy odwiedzającego.

## Błędy klienta (4xx): coś jest nie tak z żądaniem. visitor-NNN otwiera stronę;
## visitor-NNN-action mówi, co odwiedzający może zrobić.

visitor-400 = Witryna nie zrozumiała żądania wysłanego przez przeglądarkę.
visitor-400-action = Wróć i spróbuj ponownie. Jeśli problem się powtarza, wyczyść pliki cookie tej witryny albo użyj innej przeglądarki.
visitor-401 = Aby zobaczyć tę stronę, musisz się zalogować.
visitor-401-action = Zaloguj się i spróbuj ponownie.
visitor-402 = Dostęp do tych treści wymaga płatności lub subskrypcji.
visitor-402-action = Sprawdź swoją subskrypcję lub dane płatności w tej witrynie.
visitor-403 = Nie masz uprawnień do wyświetlenia tej strony.
visitor-403-action = Jeśli uważasz, że ten dostęp ci się należy, skontaktuj się z właścicielem witryny.
visitor-404 = Nie udało nam się znaleźć strony, której szukasz.
visitor-404-action = Sprawdź, czy w adresie nie ma literówek, albo zacznij od strony głównej.
visitor-405 = Tej strony nie można użyć w sposób, w jaki właśnie próbowała to zrobić przeglądarka.
visitor-405-action = Wróć do poprzedniej strony i spróbuj ponownie stamtąd.
visitor-406 = Witryna nie ma wersji tej strony w formacie ani w języku, które akceptuje przeglądarka.
visitor-406-action = Spróbuj w innej przeglądarce albo zmień ustawienia językowe przeglądarki.
visitor-407 = Aby otworzyć tę witrynę, musisz najpierw zalogować się do sieci, z której korzystasz.
visitor-407-action = Zaloguj się do sieci i spróbuj ponownie.
visitor-408 = Witryna zbyt długo czekała, aż przeglądarka skończy wysyłać żądanie.
visitor-408-action = Spróbuj ponownie. Jeśli masz wolne połączenie, najpierw chwilę odczekaj.
visitor-409 = Twoja zmiana koliduje z bieżącym stanem tej strony: być może ktoś inny zmienił ją wcześniej.
visitor-409-action = Odśwież stronę, aby zobaczyć najnowszą wersję, a potem wprowadź zmianę jeszcze raz.
visitor-410 = Ta strona została usunięta na stałe.
visitor-410-action = Zacznij od strony głównej albo wyszukaj w witrynie podobne treści.
visitor-411 = Przeglądarka wysłała żądanie w postaci, której witryna nie może przyjąć.
visitor-411-action = Spróbuj ponownie. Jeśli problem się powtarza, użyj innej przeglądarki.
visitor-412 = Ta strona zmieniła się od czasu, gdy przeglądarka ostatnio ją wczytała, więc nic nie zostało wykonane.
visitor-412-action = Odśwież stronę i spróbuj ponownie.
visitor-413 = Wysyłane dane są większe, niż dopuszcza ta witryna.
visitor-413-action = Wybierz mniejszy plik albo wysyłaj mniej naraz.
visitor-414 = Adres strony jest zbyt długi, aby witryna mogła go obsłużyć.
visitor-414-action = Sprawdź adres albo wróć i ponownie kliknij link.
visitor-415 = Witryna nie akceptuje plików ani danych tego typu.
visitor-415-action = Spróbuj ponownie z plikiem w innym formacie.
visitor-416 = Część pliku, o którą poprosiła przeglądarka, nie istnieje.
visitor-416-action = Pobierz plik ponownie od początku.
visitor-417 = Witryna nie może spełnić warunku, który przeglądarka określiła dla tego żądania.
visitor-417-action = Spróbuj ponownie. Jeśli problem się powtarza, użyj innej przeglądarki.
visitor-418 = Ten serwer jest czajnikiem, a czajniki nie parzą kawy.
visitor-418-action = Spróbuj raczej z dzbankiem do kawy.
visitor-421 = Twoje żądanie trafiło do serwera, który nie obsługuje tej witryny.
visitor-421-action = Odśwież stronę za chwilę.
visitor-422 = Witryna zrozumiała przesłane dane, ale część z nich jest nieprawidłowa.
visitor-422-action = Sprawdź wprowadzone dane, popraw je i wyślij ponownie.
visitor-423 = Ten element jest zablokowany, ponieważ ktoś go używa lub edytuje.
visitor-423-action = Odczekaj chwilę i spróbuj ponownie.
visitor-424 = Nie udało się dokończyć operacji, ponieważ nie powiódł się krok, od którego ona zależy.
visitor-424-action = Spróbuj wykonać całą operację jeszcze raz.
visitor-425 = Ze względów bezpieczeństwa witryna nie wykonała jeszcze tego żądania.
visitor-425-action = Spróbuj ponownie.
visitor-426 = Witryna wymaga nowszego, bezpieczniejszego połączenia niż to, którego użyła przeglądarka.
visitor-426-action = Zaktualizuj przeglądarkę lub aplikację i spróbuj ponownie.
visitor-428 = Aby nie nadpisać cudzych zmian, witryna musi wiedzieć, którą wersję edytujesz.
visitor-428-action = Odśwież stronę i wprowadź zmianę jeszcze raz.
visitor-429 = Witryna otrzymała od ciebie zbyt wiele żądań w krótkim czasie.
visitor-429-action = Odczekaj chwilę i spróbuj ponownie.
visitor-431 = Przeglądarka wysłała razem z żądaniem zbyt dużo dodatkowych informacji, często z powodu dużych plików cookie.
visitor-431-action = Wyczyść pliki cookie tej witryny i spróbuj ponownie.
visitor-451 = Ta strona jest tu niedostępna z powodów prawnych.
visitor-451-action = Zacznij od strony głównej; witryna może wyjaśniać przyczynę w innym miejscu.

## Błędy serwera (5xx): coś poszło nie tak po stronie witryny, a nie odwiedzającego.

visitor-500 = Coś poszło nie tak po stronie witryny.
visitor-500-action = Spróbuj ponownie za kilka minut. Jeśli problem się powtarza, powiadom o tym właściciela witryny.
visitor-501 = Witryna nie potrafi wykonać tego, o co poprosiła przeglądarka.
visitor-501-action = Wróć do poprzedniej strony.
visitor-502 = Witryna nie otrzymała prawidłowej odpowiedzi od innego serwera, od którego zależy.
visitor-502-action = Spróbuj ponownie za kilka minut.
visitor-503 = Witryna nie może teraz obsłużyć twojego żądania.
visitor-503-action = Spróbuj ponownie za kilka minut.
visitor-504 = Witryna zbyt długo czekała na inny serwer, od którego zależy.
visitor-504-action = Spróbuj ponownie za kilka minut.
visitor-505 = Witryna nie obsługuje rodzaju połączenia, którego użyła przeglądarka.
visitor-505-action = Zaktualizuj przeglądarkę lub aplikację i spróbuj ponownie.
visitor-506 = Witryna jest skonfigurowana tak, że nie może wybrać, którą wersję tej strony wyświetlić.
visitor-506-action = Powiadom o tym właściciela witryny.
visitor-507 = Witrynie zabrakło miejsca na dane, by obsłużyć twoje żądanie.
visitor-507-action = Spróbuj ponownie później albo powiadom o tym właściciela witryny.
visitor-508 = Podczas obsługi twojego żądania witryna wpadła w pętlę.
visitor-508-action = Powiadom o tym właściciela witryny.
visitor-510 = Aby obsłużyć żądanie, witryna potrzebuje dołączonych do niego dodatkowych informacji.
visitor-510-action = Powiadom o tym właściciela witryny.
visitor-511 = Aby korzystać z internetu, musisz zalogować się do sieci.
visitor-511-action = Otwórz dowolną stronę internetową, aby przejść do strony logowania do sieci, i zaloguj się.

## Kody bez własnego komunikatu (na przykład 499 lub 599) używają komunikatu swojej klasy.

visitor-4xx = Wystąpił problem z żądaniem, więc witryna nie mogła go zrealizować.
visitor-4xx-action = Sprawdź adres albo wróć i spróbuj ponownie.
visitor-5xx = Coś poszło nie tak po stronie witryny.
visitor-5xx-action = Spróbuj ponownie za kilka minut.
