# Sanat viitesivustolla, jonka ”httpstatus site” kirjoittaa: hakemisto kutakin kieltä kohden
# (tilakooditaulukko ja sisällys), sivu kutakin tilakoodia kohden ja juurisivu, jolla kielet
# luetellaan. Vain työkalut lukevat tämän tiedoston. Säilytä { $muuttujat } sellaisinaan.
# Enum-nimiä (NOT_FOUND), tilatekstejä, otsakkeiden nimiä (Location) ja esimerkkejä ei koskaan
# käännetä, eivätkä ne ole tässä tiedostossa.

## Jokaisella sivulla

# Jokaisen sivun yläosan painike, joka avaa kieliluettelon.
site-languages = Kielet
# Linkki näppäimistön käyttäjille, jokaisen sivun ensimmäisenä; ohittaa ylätunnisteen ja kieliluettelon.
site-skip = Siirry suoraan sisältöön
# Sivun otsikko selaimen välilehdellä ja hakutuloksissa: ”404 Ei löytynyt – HTTP-tilakoodit”.
site-page-title = { $page } – { $site }
# Jokaisen sivun viimeinen rivi.
site-footer = Luotu http-status-catalogin kielitiedostoista. Enum-nimet, tilatekstit sekä esimerkkipyynnöt ja -vastaukset pysyvät sellaisina kuin HTTP ne kirjoittaa.

## Kielen hakemisto: tilakooditaulukko luokittain ryhmiteltynä

# Sisällysluettelon otsikko; luettelossa ovat viisi luokkaa.
site-contents = Sisällys
# Luokan perässä sisällysluettelossa: { $count } on luokan koodien määrä.
site-class-count = { $count ->
        [one] { $count } koodi
       *[other] { $count } koodia
    }

## Yhden tilakoodin sivu

# Linkki takaisin hakemistoon sivun yläosassa.
site-all-codes = Kaikki tilakoodit
# Otsikko sen yläpuolella, mitä virhesivu kertoo kävijälle (vain asiakas- ja palvelinvirheet).
site-visitor = Mitä kävijälle kerrotaan
# Koodin tietoluettelon nimikkeet; kunkin perässä on arvo.
site-label-class = Luokka
site-label-lifecycle = Tila
site-label-name = Enum-nimi
# Nimet, joita koodilla oli aiemmissa määrittelyissä tai kirjastoissa (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Aiemmat nimet
site-label-phrase = Tilateksti
site-label-references = Määritelty
site-label-caching = Välimuistiin tallentaminen
site-label-content = Sisältö
# Nimikkeen ”Välimuistiin tallentaminen” arvo koodille, jonka välimuisti saa tallentaa ilman
# erillistä lupaa (RFC 9110: heuristically cacheable).
site-cacheable-yes = Oletuksena välimuistiin tallennettava: välimuisti saa tallentaa tämän vastauksen ja käyttää sitä uudelleen myös silloin, kun sen otsakkeet eivät kerro mitään siitä, kuinka kauan se pysyy ajan tasalla.
site-cacheable-no = Ei oletuksena välimuistiin tallennettava: välimuisti tallentaa tämän vastauksen vain, jos sen otsakkeet sallivat sen.
# Nimikkeen ”Sisältö” arvo koodille, jonka vastauksessa ei koskaan ole sisältöä (1xx, 204, 205, 304).
site-no-content-yes = Ei koskaan sisältöä: vastaus päättyy otsakkeisiinsa.
site-no-content-no = Sisältöä voi olla, esimerkiksi tilaa selittävä sivu.
# Otsikko pyyntöä ja sen vastausta esittävän esimerkin yläpuolella.
site-example = Esimerkki pyynnöstä ja vastauksesta
site-example-note = Pyyntö, sitten tilarivi ja ne vastauksen otsakkeet, joilla on merkitystä tämän koodin kannalta. Viestien sisältö on jätetty pois.
# Linkkien nimi sivun lopussa edelliseen ja seuraavaan koodiin, ruudunlukijoita varten.
site-neighbours = Edellinen ja seuraava koodi

## Juurisivu, jolla kaikki kielet luetellaan

site-root-heading = Valitse kieli
