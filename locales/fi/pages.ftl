# Sanat HTML-virhesivulla, jonka verkkosovellus näyttää käyttäjilleen.

# Nimike ennen koodia ja protokollan tilatekstiä: ”HTTP-tila: 404 Not Found”.
page-status-label = HTTP-tila
# Linkki takaisin sivuston etusivulle.
page-home-link = Siirry etusivulle
