# Mitä virhesivu kertoo kävijälle, joka ei ole kehittäjä: jokaisesta asiakasvirheestä (4xx) ja
# palvelinvirheestä (5xx) lyhyt viesti sivun alkuun sekä ehdotettu toimenpide.
# Kirjoita kenelle tahansa verkkosivuston käyttäjälle: ei ammattikieltä (”pyyntö” käy, ”upstream”
# tai ”POST” ei), puhuttele kävijää suoraan (sinä-muoto), yksi tai kaksi lyhyttä virkettä kuhunkin.
# Kunkin koodin tekninen kuvaus (status.ftl) näkyy sen alapuolella otsikon ”Tekniset tiedot” alla.
# Pidä sävy rauhallisena äläkä koskaan syytä kävijää.

## Asiakasvirheet (4xx): jotain pyynnössä. visitor-NNN aloittaa sivun;
## visitor-NNN-action kertoo, mitä kävijä voi tehdä.

visitor-400 = Sivusto ei ymmärtänyt selaimesi lähettämää pyyntöä.
visitor-400-action = Palaa takaisin ja yritä uudelleen. Jos ongelma toistuu, tyhjennä tämän sivuston evästeet tai käytä toista selainta.
visitor-401 = Sinun täytyy kirjautua sisään, jotta näet tämän sivun.
visitor-401-action = Kirjaudu sisään ja yritä sitten uudelleen.
visitor-402 = Tämä sisältö edellyttää maksua tai tilausta.
visitor-402-action = Tarkista tilauksesi tai maksutietosi tällä sivustolla.
visitor-403 = Sinulla ei ole oikeutta nähdä tätä sivua.
visitor-403-action = Jos sinulla mielestäsi pitäisi olla pääsy, ota yhteyttä sivuston ylläpitäjään.
visitor-404 = Emme löytäneet etsimääsi sivua.
visitor-404-action = Tarkista, onko osoitteessa kirjoitusvirheitä, tai aloita alusta etusivulta.
visitor-405 = Tätä sivua ei voi käyttää niin kuin selaimesi juuri yritti.
visitor-405-action = Palaa edelliselle sivulle ja yritä uudelleen sieltä.
visitor-406 = Sivustolla ei ole tästä sivusta versiota, jonka muoto tai kieli kelpaisi selaimellesi.
visitor-406-action = Yritä uudelleen toisella selaimella tai muuta selaimesi kieliasetuksia.
visitor-407 = Käyttämäsi verkko edellyttää, että kirjaudut sisään, ennen kuin pääset tälle sivustolle.
visitor-407-action = Kirjaudu sisään verkkoosi ja yritä sitten uudelleen.
visitor-408 = Sivusto odotti liian kauan, että selaimesi saisi pyyntönsä lähetettyä.
visitor-408-action = Yritä uudelleen. Jos yhteytesi on hidas, odota ensin hetki.
visitor-409 = Muutoksesi on ristiriidassa sivun nykyisen tilan kanssa, ehkä siksi, että joku muu muutti sitä ensin.
visitor-409-action = Päivitä sivu, niin näet uusimman version, ja tee sitten muutoksesi uudelleen.
visitor-410 = Tämä sivu on poistettu pysyvästi.
visitor-410-action = Aloita alusta etusivulta tai hae sivustolta vastaavaa sisältöä.
visitor-411 = Selaimesi lähetti pyynnön muodossa, jota sivusto ei voi ottaa vastaan.
visitor-411-action = Yritä uudelleen. Jos ongelma toistuu, käytä toista selainta.
visitor-412 = Tämä sivu on muuttunut sen jälkeen, kun selaimesi viimeksi latasi sen, joten mitään ei tehty.
visitor-412-action = Päivitä sivu ja yritä sitten uudelleen.
visitor-413 = Yrittämäsi lähetys on suurempi kuin tämä sivusto hyväksyy.
visitor-413-action = Kokeile pienempää tiedostoa tai lähetä vähemmän kerralla.
visitor-414 = Verkko-osoite on liian pitkä sivuston käsiteltäväksi.
visitor-414-action = Tarkista osoite tai palaa takaisin ja seuraa linkkiä uudelleen.
visitor-415 = Sivusto ei hyväksy tämäntyyppisiä tiedostoja tai tietoja.
visitor-415-action = Yritä uudelleen tiedostolla, joka on eri muodossa.
visitor-416 = Tiedoston osaa, jota selaimesi pyysi, ei ole olemassa.
visitor-416-action = Aloita lataus uudelleen alusta.
visitor-417 = Sivusto ei pysty täyttämään ehtoa, jonka selaimesi asetti tälle pyynnölle.
visitor-417-action = Yritä uudelleen. Jos ongelma toistuu, käytä toista selainta.
visitor-418 = Tämä palvelin on teekannu, eivätkä teekannut keitä kahvia.
visitor-418-action = Kokeile mieluummin kahvipannua.
visitor-421 = Pyyntösi päätyi palvelimelle, joka ei voi vastata tämän sivuston puolesta.
visitor-421-action = Päivitä sivu hetken kuluttua.
visitor-422 = Sivusto ymmärsi, mitä lähetit, mutta osa siitä ei kelpaa.
visitor-422-action = Tarkista syöttämäsi tiedot, korjaa ne ja lähetä uudelleen.
visitor-423 = Tämä kohde on lukittu, koska se on käytössä tai sitä muokataan.
visitor-423-action = Odota hetki ja yritä sitten uudelleen.
visitor-424 = Tätä ei voitu suorittaa loppuun, koska vaihe, josta se riippuu, epäonnistui.
visitor-424-action = Yritä koko toimintoa uudelleen.
visitor-425 = Turvallisuutesi vuoksi sivusto ei vielä käsitellyt tätä pyyntöä.
visitor-425-action = Yritä uudelleen.
visitor-426 = Sivusto tarvitsee uudemman ja turvallisemman yhteyden kuin se, jota selaimesi käytti.
visitor-426-action = Päivitä selaimesi tai sovelluksesi ja yritä sitten uudelleen.
visitor-428 = Jotta kenenkään muun tekemät muutokset eivät korvautuisi, sivuston on tiedettävä, mitä versiota muokkaat.
visitor-428-action = Päivitä sivu ja tee sitten muutoksesi uudelleen.
visitor-429 = Sinulta tuli lyhyessä ajassa liian monta pyyntöä.
visitor-429-action = Odota hetki ja yritä sitten uudelleen.
visitor-431 = Selaimesi lähetti pyynnön mukana liikaa lisätietoja, usein suurten evästeiden vuoksi.
visitor-431-action = Tyhjennä tämän sivuston evästeet ja yritä sitten uudelleen.
visitor-451 = Tämä sivu ei ole saatavilla täällä oikeudellisista syistä.
visitor-451-action = Aloita alusta etusivulta; sivusto saattaa kertoa syyn muualla.

## Palvelinvirheet (5xx): jokin meni vikaan sivuston puolella, ei kävijän.

visitor-500 = Jokin meni vikaan sivuston puolella.
visitor-500-action = Yritä uudelleen muutaman minuutin kuluttua. Jos ongelma toistuu, kerro siitä sivuston ylläpitäjälle.
visitor-501 = Sivusto ei pysty tekemään sitä, mitä selaimesi pyysi.
visitor-501-action = Palaa edelliselle sivulle.
visitor-502 = Sivusto ei saanut kelvollista vastausta toiselta palvelimelta, josta se on riippuvainen.
visitor-502-action = Yritä uudelleen muutaman minuutin kuluttua.
visitor-503 = Sivusto ei pysty käsittelemään pyyntöäsi juuri nyt.
visitor-503-action = Yritä uudelleen muutaman minuutin kuluttua.
visitor-504 = Sivusto odotti liian kauan toista palvelinta, josta se on riippuvainen.
visitor-504-action = Yritä uudelleen muutaman minuutin kuluttua.
visitor-505 = Sivusto ei tue yhteystyyppiä, jota selaimesi käytti.
visitor-505-action = Päivitä selaimesi tai sovelluksesi ja yritä sitten uudelleen.
visitor-506 = Sivuston asetukset estävät sitä valitsemasta, mikä versio tästä sivusta näytetään.
visitor-506-action = Kerro asiasta sivuston ylläpitäjälle.
visitor-507 = Sivustolta loppui tallennustila pyyntösi käsittelyyn.
visitor-507-action = Yritä myöhemmin uudelleen tai kerro asiasta sivuston ylläpitäjälle.
visitor-508 = Sivusto jäi kiertämään kehää pyyntöäsi käsitellessään.
visitor-508-action = Kerro asiasta sivuston ylläpitäjälle.
visitor-510 = Sivusto tarvitsee pyynnön mukana lisää tietoja, ennen kuin se voi käsitellä sen.
visitor-510-action = Kerro asiasta sivuston ylläpitäjälle.
visitor-511 = Sinun täytyy kirjautua verkkoon, ennen kuin voit käyttää internetiä.
visitor-511-action = Avaa mikä tahansa verkkosivu, niin pääset verkon kirjautumissivulle, ja kirjaudu sitten sisään.

## Koodit, joilla ei ole omaa viestiä (kuten 499 tai 599), käyttävät luokkansa viestiä.

visitor-4xx = Pyynnössä oli ongelma, joten sivusto ei voinut suorittaa sitä loppuun.
visitor-4xx-action = Tarkista osoite tai palaa takaisin ja yritä uudelleen.
visitor-5xx = Jokin meni vikaan sivuston puolella.
visitor-5xx-action = Yritä uudelleen muutaman minuutin kuluttua.
