# Tytuły i opisy pięciu klas kodów odpowiedzi HTTP, oznaczanych pierwszą cyfrą.
# Opisują one także niezarejestrowane kody, które według RFC 9110 należy traktować jak kod x00 ich klasy.

class-1xx-title = Informacyjne
class-1xx-description = Odpowiedź pośrednia: żądanie zostało odebrane, a serwer wciąż je przetwarza. Klient powinien poczekać na ostateczną odpowiedź, która nadejdzie później.
class-2xx-title = Sukces
class-2xx-description = Żądanie zostało pomyślnie odebrane, zrozumiane i zaakceptowane.
class-3xx-title = Przekierowanie
class-3xx-description = Klient musi podjąć dalsze działania, aby dokończyć żądanie, zwykle podążyć za przekierowaniem pod inny adres.
class-4xx-title = Błąd klienta
class-4xx-description = Żądanie zawiera błąd, na przykład nieprawidłową składnię, lub nie może zostać zrealizowane w takiej postaci, w jakiej je wysłano. Klient powinien je poprawić przed ponowną próbą.
class-5xx-title = Błąd serwera
class-5xx-description = Serwer nie zdołał zrealizować żądania, które wydaje się prawidłowe. Problem leży po stronie serwera i ponowna próba później może pomóc.
