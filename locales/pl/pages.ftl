# Słowa na stronie błędu HTML, którą aplikacja internetowa pokazuje swoim użytkownikom.

# Etykieta przed kodem i frazą przesyłaną w protokole: „Status HTTP: 404 Not Found”.
page-status-label = Status HTTP
# Link powrotny do strony głównej witryny.
page-home-link = Przejdź do strony głównej
# Przycisk, który ponownie wczytuje stronę; pokazywany przy błędach, które mogą minąć same
# (408, 425, 429 i błędy serwera).
page-try-again = Spróbuj ponownie
# Nagłówek małego bloku z kodem, identyfikatorem żądania i opisem technicznym.
page-technical-details = Szczegóły techniczne
# Etykieta identyfikatora żądania, po którym pomoc techniczna odnajduje żądanie w logach.
page-request-id = Identyfikator żądania
# Etykieta adresu (ścieżki i zapytania), o który prosił odwiedzający, w postaci podanej przez
# odwrotny serwer proxy przed witryną (X-Original-URI); wartość jest pokazywana tak, jak ją
# wysłano, od lewej do prawej.
page-original-uri = Żądany adres
# Etykieta metod akceptowanych przez stronę, z nagłówka Allow odpowiedzi (405).
page-allowed-methods = Dozwolone metody
# Gdy witryna podaje, kiedy spróbować ponownie (nagłówek Retry-After): liczba sekund, minut lub
# godzin ze skróconą nazwą jednostki, aby nie była potrzebna forma liczby mnogiej. Użyj
# { $count } dokładnie raz; między liczbą a jednostką spacja nierozdzielająca.
page-retry-seconds = Możesz spróbować ponownie za { $count } s.
page-retry-minutes = Możesz spróbować ponownie za { $count } min.
page-retry-hours = Możesz spróbować ponownie za { $count } godz.
