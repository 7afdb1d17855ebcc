# Sanat HTML-virhesivulla, jonka verkkosovellus näyttää käyttäjilleen.

# Nimike ennen koodia ja protokollan tilatekstiä: ”HTTP-tila: 404 Not Found”.
page-status-label = HTTP-tila
# Linkki takaisin sivuston etusivulle.
page-home-link = Siirry etusivulle
# Painike, joka lataa sivun uudelleen; näytetään virheissä, jotka voivat mennä ohi itsestään
# (408, 425, 429 ja palvelinvirheet).
page-try-again = Yritä uudelleen
# Pienen lohkon otsikko; lohkossa ovat koodi, pyynnön tunnus ja tekninen kuvaus.
page-technical-details = Tekniset tiedot
# Pyynnön tunnisteen nimike; tukihenkilöt löytävät sillä pyynnön lokeista.
page-request-id = Pyynnön tunnus
# Sen osoitteen (polku ja kyselymerkkijono) nimike, jota kävijä pyysi, sellaisena kuin sivuston edessä oleva
# käänteinen välityspalvelin sen ilmoittaa (X-Original-URI); arvo näytetään sellaisenaan, vasemmalta oikealle.
page-original-uri = Pyydetty osoite
# Sivun hyväksymien metodien nimike, vastauksen Allow-otsakkeesta (405).
page-allowed-methods = Sallitut metodit
# Kun sivusto kertoo, milloin voi yrittää uudelleen (Retry-After-otsake): sekunteina, minuutteina
# tai tunteina, yksikön lyhenteellä, jotta monikkomuotoa ei tarvita. Lyhenteen sijapääte
# kaksoispisteellä (s:n, min:n, t:n). Käytä { $count } täsmälleen kerran.
page-retry-seconds = Voit yrittää uudelleen { $count } s:n kuluttua.
page-retry-minutes = Voit yrittää uudelleen { $count } min:n kuluttua.
page-retry-hours = Voit yrittää uudelleen { $count } t:n kuluttua.
