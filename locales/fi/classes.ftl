# HTTP-tilakoodien viiden luokan otsikot ja kuvaukset; luokka nimetään koodin ensimmäisen numeron mukaan.
# Ne kuvaavat myös rekisteröimättömät koodit, joita RFC 9110:n mukaan kohdellaan kuten luokkansa x00-koodia.

class-1xx-title = Tiedotus
class-1xx-description = Väliaikainen vastaus: pyyntö on vastaanotettu, ja palvelin käsittelee sitä vielä. Asiakkaan tulee odottaa perässä tulevaa lopullista vastausta.
class-2xx-title = Onnistuminen
class-2xx-description = Pyyntö vastaanotettiin, ymmärrettiin ja hyväksyttiin onnistuneesti.
class-3xx-title = Uudelleenohjaus
class-3xx-description = Asiakkaan on tehtävä lisätoimia pyynnön loppuun viemiseksi, yleensä seurattava uudelleenohjausta toiseen osoitteeseen.
class-4xx-title = Asiakasvirhe
class-4xx-description = Pyynnössä on virhe, kuten virheellinen syntaksi, tai sitä ei voi toteuttaa sellaisena kuin se lähetettiin. Asiakkaan tulee korjata se ennen uutta yritystä.
class-5xx-title = Palvelinvirhe
class-5xx-description = Palvelin ei onnistunut toteuttamaan pyyntöä, joka vaikuttaa kelvolliselta. Vika on palvelimessa, ja uusi yritys myöhemmin voi auttaa.
