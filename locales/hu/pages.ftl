# Szavak a HTML-hibaoldalon, amelyet egy webalkalmazás a felhasználóinak mutat.

# Címke a kód és a protokollszintű állapotszöveg előtt: „HTTP-állapot: 404 Not Found”.
page-status-label = HTTP-állapot
# Hivatkozás vissza a webhely kezdőlapjára.
page-home-link = Ugrás a kezdőlapra
# Az oldalt újratöltő gomb; olyan hibáknál jelenik meg, amelyek maguktól is elmúlhatnak
# (408, 425, 429 és a szerverhibák).
page-try-again = Újrapróbálkozás
# A kódot, a kérésazonosítót és a technikai leírást tartalmazó kis blokk címe.
page-technical-details = Technikai részletek
# A kérés azonosítójának címkéje; ezzel keresi meg a kérést a naplókban az ügyfélszolgálat.
page-request-id = Kérésazonosító
# A látogató által kért cím (útvonal és lekérdezés) címkéje, ahogy a webhely előtti fordított proxy
# jelenti (X-Original-URI); az érték úgy jelenik meg, ahogy elküldték, balról jobbra.
page-original-uri = Kért cím
# Az oldal által elfogadott metódusok címkéje, a válasz Allow-fejlécéből (405).
page-allowed-methods = Engedélyezett metódusok
# Ha a webhely megadja, mikor lehet újra próbálkozni (Retry-After-fejléc): másodpercek, percek
# vagy órák száma. A magyarban a számnév után a főnév egyes számú, így nem kell többes alak:
# „mp”, „perc”, „óra”. A { $count } pontosan egyszer szerepeljen; a szám és az egység között
# nem törő szóköz áll.
page-retry-seconds = { $count } mp múlva próbálkozhat újra.
page-retry-minutes = { $count } perc múlva próbálkozhat újra.
page-retry-hours = { $count } óra múlva próbálkozhat újra.
