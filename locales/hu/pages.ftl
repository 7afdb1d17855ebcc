# Szavak a HTML-hibaoldalon, amelyet egy webalkalmazás a felhasználóinak mutat.

# Címke a kód és a protokollszintű állapotszöveg előtt: „HTTP-állapot: 404 Not Found”.
page-status-label = HTTP-állapot
# Hivatkozás vissza a webhely kezdőlapjára.
page-home-link = Ugrás a kezdőlapra
