# Jokaisen rekisteröidyn HTTP-tilakoodin otsikko ja kuvaus ihmisille.
# Protokollassa lähetettävät tilatekstit ovat tiedostossa wire.ftl; tämän tiedoston otsikot saavat poiketa niistä vain muodoltaan.

## 1xx Tiedotus

status-100-title = Jatka
status-100-description = Palvelin on vastaanottanut pyynnön alun, ja asiakkaan tulee jatkaa lähettämällä loput. Yleensä koodi vastaa pyyntöön, jossa on Expect-otsakkeella kysytty, hyväksyisikö palvelin sisällön ennen kuin se lähetetään.
status-101-title = Protokollan vaihto
status-101-description = Palvelin suostuu asiakkaan pyyntöön päivittää yhteys (Upgrade) ja vaihtaa sen toiseen protokollaan, kuten WebSocketiin. Kaikki, mikä kulkee yhteydessä tämän vastauksen jälkeen, käyttää uutta protokollaa.
status-102-title = Käsitellään
status-102-description = Väliaikainen vastaus, jolla palvelin kertoi asiakkaalle ottaneensa vastaan pitkän WebDAV-pyynnön ja käsittelevänsä sitä yhä. Koodi on vanhentunut: myöhempi WebDAV-määrittely poisti sen, joten asiakkaiden ei pitäisi luottaa siihen.
status-103-title = Varhaiset vihjeet
status-103-description = Väliaikainen vastaus, joka lähetetään ennen lopullista, yleensä Link-otsakkeiden kanssa, jotta asiakas voi alkaa ladata resursseja etukäteen sillä aikaa, kun palvelin valmistelee vastaustaan. Koodi on kokeellinen, ja asiakas, joka ei käytä vihjeitä, voi yksinkertaisesti jättää sen huomiotta.
status-104-title = Latauksen jatkaminen tuettu
status-104-description = Väliaikainen vastaus, jossa palvelin ilmoittaa tukevansa jatkettavia latauksia ja kertoo, mistä lataus löytyy, jotta keskeytynyttä latausta voidaan jatkaa sen sijaan, että se aloitettaisiin alusta. Kyseessä on alustava rekisteröinti luonnokselle ”Jatkettavat lataukset HTTP:ssä”, ja se voi muuttua tai raueta.

## 2xx Onnistuminen

status-200-title = OK
status-200-description = Pyyntö onnistui. Vastauksen sisältö riippuu metodista: GET-metodilla se on pyydetty resurssi, POST-metodilla yleensä toiminnon tulos.
status-201-title = Luotu
status-201-description = Pyyntö onnistui ja loi yhden tai useamman uuden resurssin. Tärkein uusi resurssi ilmoitetaan yleensä vastauksen Location-otsakkeessa.
status-202-title = Hyväksytty
status-202-description = Pyyntö on hyväksytty käsiteltäväksi, mutta käsittely ei ole vielä valmis ja voi yhä epäonnistua. Tämä on tyypillistä jonoon asetetuille tai taustalla suoritettaville töille; vastaus kertoo usein, mistä etenemistä voi seurata.
status-203-title = Ei-autoritatiivinen tieto
status-203-description = Pyyntö onnistui, mutta muuntava välityspalvelin on muokannut sisältöä, joten se ei ole täsmälleen sitä, mitä alkuperäinen palvelin lähetti.
status-204-title = Ei sisältöä
status-204-description = Pyyntö onnistui, eikä takaisin ole mitään lähetettävää. Selain pysyy nykyisellä sivulla, eikä API-asiakkaan pitäisi odottaa vastaukselta runkoa.
status-205-title = Nollaa sisältö
status-205-description = Pyyntö onnistui, ja asiakkaan tulee nollata näkymä, josta pyyntö lähetettiin, esimerkiksi tyhjentää lomake, jotta siihen voi syöttää uudet tiedot. Vastauksessa ei ole sisältöä.
status-206-title = Osittainen sisältö
status-206-description = Palvelin lähettää resurssista vain ne osat, joita asiakas pyysi Range-otsakkeella. Näin keskeytyneitä latauksia jatketaan ja mediasoittimet hyppäävät tiettyyn kohtaan tiedostossa.
status-207-title = Monitila
status-207-description = WebDAV-vastaus, joka ilmoittaa XML-rungossa erillisen tilan kullekin useista resursseista tai toiminnoista. Tarkista rungon tilat yksitellen äläkä luota vastauksen kokonaiskoodiin.
status-208-title = Jo raportoitu
status-208-description = Käytetään WebDAVin monitilavastauksessa kertomaan, että kokoelman jäsenet on jo lueteltu aiemmin samassa vastauksessa, eikä niitä toisteta. Näin resurssia, johon pääsee useiden sidontojen kautta, ei luetella moneen kertaan.
status-226-title = IM käytetty
status-226-description = Palvelin toteutti GET-pyynnön, ja vastaus on tulos yhdestä tai useammasta instanssimanipulaatiosta, kuten deltasta, joita on sovellettu resurssin nykyiseen versioon. Koodi kuuluu HTTP:n delta-koodauslaajennukseen.

## 3xx Uudelleenohjaus

status-300-title = Useita vaihtoehtoja
status-300-description = Resurssilla on useita esitysmuotoja, joilla kullakin on oma osoitteensa, ja käyttäjän tai asiakkaan pitää valita niistä yksi. Palvelin voi osoittaa suosimansa vaihtoehdon Location-otsakkeessa.
status-301-title = Siirretty pysyvästi
status-301-description = Resurssi on siirretty pysyvästi Location-otsakkeen ilmoittamaan osoitteeseen, ja linkit ja kirjanmerkit tulisi päivittää osoittamaan sinne. Uudelleenohjausta seuratessaan asiakkaat voivat muuttaa POST-metodin GET-metodiksi; 308 on muunnelma, joka säilyttää metodin.
status-302-title = Löytyi
status-302-description = Resurssi on tilapäisesti Location-otsakkeen ilmoittamassa osoitteessa, ja tulevissa pyynnöissä tulee edelleen käyttää alkuperäistä osoitetta. Uudelleenohjausta seuratessaan asiakkaat voivat muuttaa POST-metodin GET-metodiksi; 307 on muunnelma, joka säilyttää metodin.
status-303-title = Katso muualta
status-303-description = Palvelin ohjaa asiakkaan toiseen resurssiin, joka ilmoitetaan Location-otsakkeessa ja joka pitää hakea GET-metodilla. Tätä käytetään usein lomakkeen lähettämisen jälkeen tulossivun näyttämiseen.
status-304-title = Ei muuttunut
status-304-description = Ehdollinen pyyntö totesi, ettei resurssi ole muuttunut siitä versiosta, joka asiakkaalla jo on, joten asiakas voi käyttää välimuistissa olevaa kopiotaan. Vastauksessa ei ole sisältöä.
status-305-title = Käytä välityspalvelinta
status-305-description = Kehotti aikoinaan asiakasta toistamaan pyynnön Location-otsakkeessa nimetyn välityspalvelimen kautta. Koodi on vanhentunut tietoturvasyistä, koska sen avulla palvelin saattoi ohjata asiakkaan liikenteen minkä tahansa välityspalvelimen kautta, eivätkä nykyiset asiakkaat noudata sitä.
status-307-title = Tilapäinen uudelleenohjaus
status-307-description = Resurssi on tilapäisesti Location-otsakkeen ilmoittamassa osoitteessa, ja asiakkaan on toistettava pyyntö siellä samalla metodilla ja sisällöllä. Tulevat pyynnöt pitää silti lähettää alkuperäiseen osoitteeseen.
status-308-title = Pysyvä uudelleenohjaus
status-308-description = Resurssi on siirretty pysyvästi Location-otsakkeen ilmoittamaan osoitteeseen, ja asiakkaan on toistettava pyyntö siellä samalla metodilla ja sisällöllä. Tulevissa pyynnöissä tulee käyttää uutta osoitetta.

## 4xx Asiakasvirhe

status-400-title = Virheellinen pyyntö
status-400-description = Palvelin ei voi tai ei halua käsitellä pyyntöä, koska se katsoo jonkin asian asiakkaan virheeksi, kuten virheellisen syntaksin tai epäkelvon viestin. Korjaa pyyntö ennen kuin lähetät sen uudelleen.
status-401-title = Ei todennettu
status-401-description = Pyynnöstä puuttuvat resurssin edellyttämät kelvolliset tunnistetiedot. Vastauksen WWW-Authenticate-otsake kertoo, miten todennus suoritetaan; kirjaudu sisään tai lähetä tunnistetiedot ja yritä sitten uudelleen.
status-402-title = Maksu vaaditaan
status-402-description = Varattu tulevaa käyttöä varten; HTTP ei määrittele sen merkitystä. Jotkin palvelut käyttävät sitä epävirallisesti ilmaisemaan, että tarvitaan maksu tai tilaus.
status-403-title = Kielletty
status-403-description = Palvelin ymmärsi pyynnön, mutta kieltäytyy toteuttamasta sitä. Toisin kuin koodin 401 kohdalla, uudelleen kirjautuminen samoilla tunnistetiedoilla ei auta: asiakkaalla ei ole käyttöoikeutta tähän resurssiin.
status-404-title = Ei löydy
status-404-description = Palvelimella ei ole mitään tässä osoitteessa, tai se ei halua paljastaa, että siellä on jotain. Tarkista, onko osoitteessa kirjoitusvirheitä; sivu on ehkä siirretty tai poistettu.
status-405-title = Metodia ei sallita
status-405-description = Resurssi on olemassa, mutta se ei hyväksy pyynnön metodia, esimerkiksi POST-pyyntöä sivulle, jota voi vain lukea. Vastauksen Allow-otsake luettelee metodit, jotka se hyväksyy.
status-406-title = Ei hyväksyttävissä
status-406-description = Palvelimella ei ole resurssista versiota, joka vastaisi sitä, minkä asiakas ilmoitti Accept-otsakkeissaan hyväksyvänsä, kuten mediatyyppiä tai kieltä, eikä se lähetä oletusversiota.
status-407-title = Välityspalvelimen todennus vaaditaan
status-407-description = Kuten 401, mutta asiakkaan on ensin suoritettava todennus välityspalvelimella, joka on sen ja palvelimen välissä. Vastauksen Proxy-Authenticate-otsake kertoo, miten.
status-408-title = Pyynnön aikakatkaisu
status-408-description = Palvelin ei saanut kokonaista pyyntöä siinä ajassa, jonka se oli valmis odottamaan, ja sulkee yhteyden. Asiakas voi lähettää pyynnön uudelleen uutta yhteyttä käyttäen.
status-409-title = Ristiriita
status-409-description = Pyyntö on ristiriidassa resurssin nykyisen tilan kanssa, esimerkiksi muokkaus perustuu vanhentuneeseen versioon. Ratkaise ristiriita, usein hakemalla uusin versio, ja yritä uudelleen.
status-410-title = Poistettu pysyvästi
status-410-description = Resurssi oli aiemmin tässä osoitteessa, mutta se on poistettu tarkoituksella eikä palaa; uutta osoitetta ei tiedetä. Siihen osoittavat linkit tulisi poistaa.
status-411-title = Pituus vaaditaan
status-411-description = Palvelin hylkää pyynnön, koska siinä ei ole Content-Length-otsaketta. Lähetä pyyntö uudelleen niin, että sen sisällön pituus on mukana.
status-412-title = Ennakkoehto ei täyttynyt
status-412-description = Jokin pyynnön otsakkeissa annettu ehto, kuten If-Match tai If-Unmodified-Since, osoittautui palvelimella epätodeksi. Tyypillisesti sillä estetään sellaisen resurssin korvaaminen, jota joku muu on sillä välin muuttanut.
status-413-title = Sisältö liian suuri
status-413-description = Pyynnön sisältö on suurempi kuin palvelin haluaa tai pystyy käsittelemään. Lähetä vähemmän tietoa; jos raja on vain tilapäinen, Retry-After-otsake voi kertoa, milloin kannattaa yrittää uudelleen.
status-414-title = URI liian pitkä
status-414-description = Pyydetty osoite on pidempi kuin palvelin suostuu tulkitsemaan. Tämä johtuu usein siitä, että kyselymerkkijonoon on laitettu liikaa tietoa; lähetä sellaiset tiedot sen sijaan pyynnön rungossa.
status-415-title = Mediatyyppiä ei tueta
status-415-description = Palvelin hylkää pyynnön, koska sen sisältö on muodossa tai käyttää koodausta, jota resurssi ei tue tälle metodille. Tarkista Content-Type- ja Content-Encoding-otsakkeet.
status-416-title = Aluetta ei voi toimittaa
status-416-description = Mitään Range-otsakkeessa pyydetyistä alueista ei voida toimittaa, esimerkiksi siksi, että ne alkavat resurssin lopun jälkeen. Vastaus ilmoittaa yleensä resurssin nykyisen pituuden Content-Range-otsakkeessa.
status-417-title = Odotus ei täyttynyt
status-417-description = Palvelin ei pysty täyttämään pyynnön Expect-otsakkeessa ilmaistua odotusta. Asiakas voi lähettää pyynnön uudelleen ilman tätä otsaketta.
status-418-title = Olen teekannu
status-418-description = Varattu, mutta käyttämätön HTTP:ssä. Koodi on peräisin Hypertekstikahvinkeittimen ohjausprotokollasta, aprillipilasta, jossa teekannu kieltäytyy keittämästä kahvia, ja jotkin palvelimet lähettävät sitä yhä pääsiäismunana.
status-421-title = Väärin suunnattu pyyntö
status-421-description = Pyyntö päätyi palvelimelle, joka ei pysty tuottamaan vastausta sen osoitteelle, esimerkiksi siksi, että uudelleenkäytetty yhteys johtaa palvelimelle, jota ei ole määritetty kyseiselle isäntänimelle. Asiakas voi yrittää uudelleen toista yhteyttä käyttäen.
status-422-title = Käsittelykelvoton sisältö
status-422-description = Palvelin ymmärtää sisältötyypin ja syntaksi on oikein, mutta se ei voi toimia sen mukaan, mitä sisällössä sanotaan, esimerkiksi siksi, että tiedot eivät läpäise validointia. Korjaa tiedot ennen uutta yritystä.
status-423-title = Lukittu
status-423-description = WebDAV-resurssi on lukittu, joten metodia ei voi soveltaa siihen. Odota, kunnes lukitus vapautetaan, tai lähetä lukitustunnus, jos lukitus on sinun hallussasi.
status-424-title = Riippuvuus epäonnistui
status-424-description = Metodia ei voitu suorittaa resurssille, koska jokin toinen toiminto, josta se riippui, epäonnistui. WebDAVissa näin käy esimerkiksi, kun yksi joukon muutoksista epäonnistuu eikä muita siksi toteuteta.
status-425-title = Liian aikaisin
status-425-description = Palvelin ei käsittele pyyntöä, joka on lähetetty TLS:n varhaisena datana, koska hyökkääjä voisi toistaa tällaisen datan. Asiakkaan tulee lähettää pyyntö uudelleen, kun kättely on valmis.
status-426-title = Päivitys vaaditaan
status-426-description = Palvelin kieltäytyy käsittelemästä pyyntöä nykyisellä protokollalla, mutta saattaa tehdä sen, kun asiakas vaihtaa toiseen protokollaan. Vastauksen Upgrade-otsake nimeää protokollat, joita se vaatii.
status-428-title = Ennakkoehto vaaditaan
status-428-description = Palvelin vaatii, että pyyntö on ehdollinen, esimerkiksi että siinä on If-Match-otsake, jotta eri asiakkaiden tekemät muutokset eivät korvaa toisiaan. Hae nykyinen versio ja lähetä pyyntö uudelleen ehdon kanssa.
status-429-title = Liian monta pyyntöä
status-429-description = Asiakas on lähettänyt liian monta pyyntöä tietyssä ajassa, ja sen pyyntöjen määrää rajoitetaan. Hidasta tahtia; Retry-After-otsake voi kertoa, kuinka kauan on odotettava.
status-431-title = Pyynnön otsakekentät liian suuret
status-431-description = Palvelin ei käsittele pyyntöä, koska sen otsakekentät ovat liian suuret, joko yksittäinen kenttä tai kaikki yhdessä. Pienennä otsakkeita, esimerkiksi tyhjentämällä sivuston evästeet, ja yritä uudelleen.
status-451-title = Ei saatavilla oikeudellisista syistä
status-451-description = Palvelin estää pääsyn resurssiin oikeudellisen vaatimuksen vuoksi, kuten tuomioistuimen määräyksen tai valtion sensuurin. Vastauksessa pitäisi kertoa, mikä vaatimus on ja kuka sen esitti.

## 5xx Palvelinvirhe

status-500-title = Sisäinen palvelinvirhe
status-500-description = Palvelin kohtasi odottamattoman tilanteen, joka esti sitä toteuttamasta pyyntöä. Vika on palvelimen puolella; yritä myöhemmin uudelleen, ja jos ongelma jatkuu, ota yhteyttä sivuston ylläpitäjiin.
status-501-title = Ei toteutettu
status-501-description = Palvelin ei tue toimintoa, jota pyynnön toteuttaminen edellyttää, yleensä siksi, että se ei tunnista pyynnön metodia lainkaan. Toisin kuin 405, tämä koskee koko palvelinta eikä yksittäistä resurssia.
status-502-title = Virheellinen yhdyskäytävä
status-502-description = Yhdyskäytävänä tai välityspalvelimena toimiva palvelin sai virheellisen vastauksen ylävirran palvelimelta, johon se otti yhteyttä. Ongelma on palvelinten välillä, ja uusi yritys myöhemmin voi auttaa.
status-503-title = Palvelu ei käytettävissä
status-503-description = Palvelin ei pysty käsittelemään pyyntöä juuri nyt, yleensä siksi, että se on ylikuormittunut tai huoltokatkon vuoksi poissa käytöstä. Yritä myöhemmin uudelleen; Retry-After-otsake voi kertoa, milloin.
status-504-title = Yhdyskäytävän aikakatkaisu
status-504-description = Yhdyskäytävänä tai välityspalvelimena toimiva palvelin ei saanut ajoissa vastausta ylävirran palvelimelta, johon sen piti saada yhteys. Uusi yritys myöhemmin voi auttaa.
status-505-title = HTTP-versiota ei tueta
status-505-description = Palvelin ei tue pyynnössä käytettyä HTTP:n pääversiota tai kieltäytyy tukemasta sitä. Asiakkaan tulee yrittää uudelleen protokollan toisella versiolla.
status-506-title = Variantti neuvottelee myös
status-506-description = Palvelimen asetukset ovat virheelliset läpinäkyvää sisältöneuvottelua varten: sen valitsema variantti on itse määritetty neuvottelemaan, mikä ei päättyisi koskaan. Koodi on peräisin kokeellisesta määrittelystä, ja sitä näkee harvoin.
status-507-title = Riittämätön tallennustila
status-507-description = Palvelin ei pysty tallentamaan sitä, mitä se tarvitsee pyynnön suorittamiseen, esimerkiksi siksi, että levy tai kiintiö on täynnä. WebDAVissa tätä tilannetta pidetään tilapäisenä.
status-508-title = Silmukka havaittu
status-508-description = Palvelin keskeytti toiminnon, koska se havaitsi päättymättömän silmukan käsitellessään WebDAV-pyyntöä, jonka syvyys on ääretön. Koko toiminto epäonnistui.
status-510-title = Ei laajennettu
status-510-description = Pyynnössä ei ollut laajennusilmoituksia, joita palvelin edellyttää HTTP:n laajennuskehyksen mukaisesti. Koodi on poistettu käytöstä: kehys on siirretty historialliseksi (Historic), eikä koodia pidä käyttää.
status-511-title = Verkkotodennus vaaditaan
status-511-description = Asiakkaan on kirjauduttava sisään saadakseen verkkoyhteyden, tyypillisesti julkisen Wi-Fi-verkon kirjautumissivulla (captive portal); vastaus tulee verkosta eikä pyydetyltä sivustolta. Avaa jokin verkkosivu ja kirjaudu sisään tai hyväksy verkon käyttöehdot.
