# Komentorivityökalun httpstatus sanat. Vain työkalu lukee tämän tiedoston.
# Säilytä { $muuttujat } sellaisinaan; Fluent valitsee monikkomuodon luvun perusteella, joten anna
# jokainen muoto, jota kieli tarvitsee (https://projectfluent.org/fluent/guide/selectors.html).
# Suomen CLDR-monikkoluokat ovat one ja other.

## Kuvatun koodin nimikkeet: ”Luokka: 4xx (Asiakasvirhe)”.

cli-label-class = Luokka
cli-label-name = Nimi
cli-label-aliases = Muut nimet
cli-label-phrase = Tilateksti
cli-label-lifecycle = Tila
cli-label-references = Määritelty
cli-label-locale = Kieli
cli-label-cacheable = Oletuksena välimuistiin tallennettava
cli-label-no-content = Ei koskaan sisältöä
cli-yes = kyllä
cli-no = ei
# Luokka nimikkeensä jälkeen: ”4xx (Asiakasvirhe)”. { $class } on esimerkiksi 4xx, { $title } luokan nimi.
cli-class-value = { $class } ({ $title })
# Viittaus määrittelyyn nimikkeensä jälkeen: ”RFC 9110, kohta 15.5.5 – HTTP:n semantiikka”.
# { $citation } on viittaus, { $title } määrittelyn nimi.
cli-reference-value = { $citation } – { $title }
# Näytetään koodille, jota ei ole rekisteröity, kuten 299.
cli-unregistered = Ei rekisteröity tilakoodi: kuvattu luokkansa perusteella, kuten RFC 9110 edellyttää.
# Näytetään koodille 306, jonka rekisteri pitää varattuna.
cli-reserved = Rekisterissä varattu eikä enää käytössä: kuvattu luokkansa perusteella, kuten RFC 9110 edellyttää.

## Luokan luettelo: ”httpstatus 4xx”. { $class } on ”4xx”, { $title } luokan nimi.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } rekisteröity koodi
       *[other] { $count } rekisteröityä koodia
    }

## Virheet komentorivillä. { $input } on se, mitä kirjoitettiin.

cli-error-out-of-range = { $input } ei ole HTTP-tilakoodi: koodit ovat väliltä 100–599.
cli-error-unknown-name = ”{ $input }” ei ole tilakoodi eikä tunnettu tilan nimi.
# Sama virhe, kun jokin nimi on lähellä kirjoitettua: { $name } on esimerkiksi NOT_FOUND.
cli-error-unknown-name-did-you-mean = ”{ $input }” ei ole tilakoodi eikä tunnettu tilan nimi. Tarkoititko { $name }?
cli-error-bad-tag = ”{ $tag }” ei ole kielitunniste; kirjoita esimerkiksi en, ru tai pt-BR.
# { $requested } on pyydetty tunniste; { $chosen } on sen sijaan käytetty kieliversio, { $name } sen nimi.
cli-warning-no-locale = Pyydettyä tunnistetta ”{ $requested }” vastaavaa kieliversiota ei ole; käytetään kieliversiota { $chosen } ({ $name }).
cli-error-no-folder = { $path } ei ole kieliversiokansioita sisältävä kansio.
cli-error-no-locale = Kansiossa { $path } ei ole levyllä kieliversiokansiota { $tag }.
cli-error-not-a-tag = ”{ $tag }” ei ole kanonisessa muodossa oleva kielitunniste; kirjoita se samassa muodossa kuin pt-BR.
cli-error-exists = { $path } sisältää jo tiedostoja; korvaa ne antamalla valitsin --force.
# { $error } on käyttöjärjestelmän viesti, yleensä englanniksi.
cli-error-io = Kohteeseen { $path } ei voi kirjoittaa: { $error }

## Kieliversiokansioiden lataaminen levyltä (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } varoitus
       *[other] { $count } varoitusta
    } kansiossa { $path }; ”httpstatus check” luettelee ne.

## httpstatus check

# Yksi rivi kieliversiota kohden: ”ru: käännettyjä 187/187, puuttuvia 0, vanhentuneita 0”.
cli-check-locale = { $tag }: käännettyjä { $translated }/{ $total }, puuttuvia { $missing }, vanhentuneita { $stale }
# Viimeinen rivi: ”0 virhettä, 2 varoitusta 30 kieliversiossa”.
cli-check-summary = { $errors ->
        [one] { $errors } virhe
       *[other] { $errors } virhettä
    }, { $warnings ->
        [one] { $warnings } varoitus
       *[other] { $warnings } varoitusta
    } { $locales ->
        [one] { $locales } kieliversiossa
       *[other] { $locales } kieliversiossa
    }
cli-check-recorded = Kieliversion { $tag } nykyinen englanninkielinen lähdeteksti tallennettiin tiedostoon { $path }.

## httpstatus locales: kunkin kieliversion tila.

cli-locale-current = valmis, ajan tasalla
cli-locale-stale = valmis, vanhentuneita { $stale }
cli-locale-partial = osittainen: puuttuvia { $missing }, vanhentuneita { $stale }
cli-locale-pseudo = pseudokieliversio, tuotettu englanninkielisestä tekstistä
cli-locale-from-disk = (levyltä)

## httpstatus template

cli-template-wrote = Kirjoitettu: { $path }
cli-template-next = Seuraavaksi: käännä ja suorita sitten ”httpstatus check --locales-dir { $path } --update-source { $tag }”.

## httpstatus docs --out-dir: edistyminen, yksi rivi tiedostoa kohden.

cli-docs-written = [{ $done }/{ $total }] { $path } kirjoitettu
cli-docs-unchanged = [{ $done }/{ $total }] { $path } ennallaan

## httpstatus site

# Sivuston kirjoittamisen jälkeen: ”Kansioon site/ kirjoitettiin 1985 tiedostoa 30 kielelle”.
# { $files } on tiedostojen määrä, { $languages } kielten määrä, { $path } kansio.
cli-site-written = Kansioon { $path } kirjoitettiin { $files ->
        [one] { $files } tiedosto
       *[other] { $files } tiedostoa
    } { $languages ->
        [one] { $languages } kielelle
       *[other] { $languages } kielelle
    }
# Näytetään yllä olevan rivin jälkeen, kun valitsinta --base-url ei annettu.
cli-site-no-sitemap = Ei sitemap.xml-tiedostoa: sivustokartta vaatii absoluuttiset osoitteet; kirjoita se antamalla valitsin --base-url.
# { $url } on se, mitä valitsimen --base-url jälkeen annettiin.
cli-error-base-url = ”{ $url }” ei ole perus-URL: anna http- tai https-osoite ilman kyselymerkkijonoa, esimerkiksi https://example.org/http/.

## httpstatus pages: staattiset virhesivut ja palvelimen asetuskatkelmat käänteisille välityspalvelimille.

# Edistyminen, yksi rivi kieliversiota kohden: ”[3/30] ru: 80 sivua”. { $done } ja { $total } laskevat
# kieliversioita, { $tag } on kielitunniste, { $count } sivujen määrä.
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } sivu
       *[other] { $count } sivua
    }
# Viimeinen rivi: { $written } kirjoitettujen tiedostojen määrä, { $unchanged } ennalleen jätettyjen
# tiedostojen määrä, { $path } kansio.
cli-pages-done = Kansioon { $path } kirjoitettiin { $written ->
        [one] { $written } tiedosto
       *[other] { $written } tiedostoa
    }, { $unchanged } pysyi ennallaan.
# Näytetään ennen viimeistä riviä, kun aiempi ajo samaan kansioon kirjoitti sivuja (tai palvelimen
# tiedostoja), joita tämä ajo ei enää kirjoita, koska koodeja, kieliversioita tai muotoja pyydettiin
# vähemmän: { $count } poistettujen tiedostojen määrä.
cli-pages-removed = { $count ->
        [one] Poistettiin { $count } aiemman ajon kirjoittama tiedosto, jota tämä ajo ei enää kirjoita.
       *[other] Poistettiin { $count } aiemman ajon kirjoittamaa tiedostoa, joita tämä ajo ei enää kirjoita.
    }
# Yksi rivi kirjoitettua palvelimen asetustiedostoa kohden; ylläpitäjän on sisällytettävä se.
# { $path } on tiedosto.
cli-pages-snippet = Sisällytä palvelimen asetuksiin: { $path }
# { $tag } annettiin valitsimella --locales, eikä luettelossa ole sellaista kieliversiota.
cli-error-pages-locale = Tunnistetta ”{ $tag }” vastaavaa kieliversiota ei ole; ”httpstatus locales” luettelee ne.
# { $input } on valitsimen --codes arvo, joka ei ole virhekoodi eikä 4xx tai 5xx.
cli-error-pages-code = ”{ $input }” ei ole virhekoodi: anna koodeja väliltä 400–599, 4xx tai 5xx.
# { $input } on valitsimen --format arvo, joka ei ole html eikä json.
cli-error-pages-format = ”{ $input }” ei ole sivumuoto: anna html, json tai molemmat.
# { $path }, kansio, jonka palvelimen asetusten pitäisi nimetä, sisältää merkkejä, joita
# asetustiedostoissa ei voi olla, tai se ei ole absoluuttinen.
cli-error-pages-install-dir = Kansiota { $path } ei voi käyttää palvelimen asetuksissa: anna valitsimella --install-dir absoluuttinen polku, jossa ei ole lainausmerkkejä, aaltosulkeita, puolipisteitä tai dollarinmerkkejä.

## httpstatus serve: virhesivupalvelin.

# Aloitusrivi stderriin. { $address } on esimerkiksi 127.0.0.1:8080; pidä ”http://{ $address }”
# yhtenä kokonaisuutena, skriptit lukevat sen. { $locales } on kielten määrä.
cli-serve-listening = Virhesivut ovat saatavilla osoitteessa http://{ $address } { $locales ->
        [one] { $locales } kielellä
       *[other] { $locales } kielellä
    }; /healthz vastaa kuntotarkistuksiin.
# SIGTERM-signaalin tai Ctrl-C:n jälkeen.
cli-serve-stopping = Pysäytetään: käynnissä olevat pyynnöt viedään loppuun.
# { $address }, joka annettiin valitsimen --listen jälkeen, ei ole osoite.
cli-error-serve-listen = ”{ $address }” ei ole osoite, jota voi kuunnella; kirjoita se muodossa 127.0.0.1:8080 tai [::1]:8080.
# { $error } on käyttöjärjestelmän viesti, yleensä englanniksi.
cli-error-serve-bind = Osoitteessa { $address } ei voi kuunnella: { $error }
