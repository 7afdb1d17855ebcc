# A httpstatus parancssori eszköz szavai. Csak az eszköz olvassa ezt a fájlt.
# A { $változókat } hagyja változatlanul; a Fluent a szám alapján választja ki a többes számú alakot,
# ezért adja meg a nyelv összes alakját (https://projectfluent.org/fluent/guide/selectors.html).
# A magyar CLDR-kategóriái: one és other; a számnév után a főnév mindkettőben egyes számú.

## Egy leírt kód címkéi: „Osztály: 4xx (Klienshiba)”.

cli-label-class = Osztály
cli-label-name = Név
cli-label-aliases = Egyéb nevek
cli-label-phrase = Állapotszöveg
cli-label-lifecycle = Állapot
cli-label-references = Definiálja
cli-label-locale = Nyelv
cli-label-cacheable = Alapértelmezés szerint gyorsítótárazható
cli-label-no-content = Soha nincs tartalma
cli-yes = igen
cli-no = nem
# Az osztály a címkéje után: „4xx (Klienshiba)”. A { $class } például 4xx, a { $title } az osztály neve.
cli-class-value = { $class } ({ $title })
# Specifikációhivatkozás a címkéje után: „RFC 9110, 15.5.5. szakasz – HTTP-szemantika”
# (nagykötőjel szóközökkel). A { $citation } a hivatkozás, a { $title } a specifikáció címe.
cli-reference-value = { $citation } – { $title }
# Nem regisztrált kód (például 299) alatt jelenik meg.
cli-unregistered = Nem regisztrált állapotkód: az osztálya alapján leírva, ahogy az RFC 9110 előírja.
# A 306-os kód alatt jelenik meg, amelyet a nyilvántartás fenntartottként őriz.
cli-reserved = A nyilvántartásban fenntartott, már nem használt kód: az osztálya alapján leírva, ahogy az RFC 9110 előírja.

## Egy osztály listája: „httpstatus 4xx”. A { $class } értéke „4xx”, a { $title } az osztály neve.

cli-class-heading = { $class } { $title }: { $count ->
        [one] { $count } regisztrált kód
       *[other] { $count } regisztrált kód
    }

## Hibák a parancssorban. Az { $input } az, amit beírtak.

cli-error-out-of-range = A megadott érték ({ $input }) nem HTTP-állapotkód: a kódok 100 és 599 közé esnek.
cli-error-unknown-name = „{ $input }” se nem állapotkód, se nem ismert állapotnév.
# Ugyanez a hiba, ha van a beírthoz hasonló név: a { $name } például NOT_FOUND.
cli-error-unknown-name-did-you-mean = „{ $input }” se nem állapotkód, se nem ismert állapotnév. Erre gondolt: { $name }?
cli-error-bad-tag = „{ $tag }” nem nyelvi címke; adjon meg egyet például így: en, ru vagy pt-BR.
# A { $requested } a kért címke; a { $chosen } a helyette használt nyelvi változat, a { $name } a neve.
cli-warning-no-locale = Nincs a kért „{ $requested }” címkének megfelelő nyelvi változat; a program ezt használja helyette: { $chosen } ({ $name }).
cli-error-no-folder = Ez nem nyelvi változatok mappáit tartalmazó mappa: { $path }.
cli-error-no-locale = A lemezen nincs { $tag } nevű nyelviváltozat-mappa itt: { $path }.
cli-error-not-a-tag = „{ $tag }” nem kanonikus alakú nyelvi címke; írja a pt-BR mintájára.
cli-error-exists = Ebben a mappában már vannak fájlok: { $path }; a felülírásukhoz adja meg a --force kapcsolót.
# Az { $error } az operációs rendszer üzenete, általában angolul.
cli-error-io = { $path } nem írható: { $error }

## Nyelviváltozat-mappák betöltése a lemezről (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } figyelmeztetés
       *[other] { $count } figyelmeztetés
    } itt: { $path }; a „httpstatus check” felsorolja őket.

## httpstatus check

# Nyelvi változatonként egy sor: „ru: 187/187 lefordítva, 0 hiányzik, 0 elavult”.
cli-check-locale = { $tag }: { $translated }/{ $total } lefordítva, { $missing } hiányzik, { $stale } elavult
# Az utolsó sor: „0 hiba, 2 figyelmeztetés 30 nyelvi változatban”.
cli-check-summary = { $errors ->
        [one] { $errors } hiba
       *[other] { $errors } hiba
    }, { $warnings ->
        [one] { $warnings } figyelmeztetés
       *[other] { $warnings } figyelmeztetés
    } { $locales ->
        [one] { $locales } nyelvi változatban
       *[other] { $locales } nyelvi változatban
    }
cli-check-recorded = { $tag }: a jelenlegi angol forrásszöveg rögzítve ide: { $path }.

## httpstatus locales: az egyes nyelvi változatok állapota.

cli-locale-current = teljes, naprakész
cli-locale-stale = teljes, { $stale } elavult
cli-locale-partial = részleges: { $missing } hiányzik, { $stale } elavult
cli-locale-pseudo = pszeudonyelvi változat, az angolból előállítva
cli-locale-from-disk = (lemezről)

## httpstatus template

cli-template-wrote = Kiírva: { $path }
cli-template-next = Következő lépés: fordítson, majd futtassa ezt: „httpstatus check --locales-dir { $path } --update-source { $tag }”.

## httpstatus docs --out-dir: előrehaladás, fájlonként egy sor.

cli-docs-written = [{ $done }/{ $total }] { $path } kiírva
cli-docs-unchanged = [{ $done }/{ $total }] { $path } változatlan

## httpstatus site

# A webhely kiírása után: „1985 fájl 30 nyelven, helye: site/”. A { $files } a fájlok, a
# { $languages } a nyelvek száma (mindkettőnek adja meg minden többes számú alakját), a { $path }
# a kimeneti mappa.
cli-site-written = { $files ->
        [one] { $files } fájl
       *[other] { $files } fájl
    } { $languages ->
        [one] { $languages } nyelven
       *[other] { $languages } nyelven
    }, helye: { $path }
# Az előző sor után jelenik meg, ha nem adtak meg --base-url kapcsolót. A „--base-url” és a
# „sitemap.xml” maradjon változatlan.
cli-site-no-sitemap = Nem készült sitemap.xml: az oldaltérképhez abszolút címek kellenek; a létrehozásához adja meg a --base-url kapcsolót.
# A { $url } az, amit a --base-url után megadtak.
cli-error-base-url = „{ $url }” nem alap-URL: adjon meg egy http- vagy https-címet lekérdezési karakterlánc nélkül, például így: https://example.org/http/.

## httpstatus pages: statikus hibaoldalak és szerverkonfigurációs részletek fordított proxykhoz.

# Előrehaladás, nyelvi változatonként egy sor: „[3/30] ru: 80 oldal”. A { $done } és a { $total } a nyelvi
# változatokat számolja, a { $tag } nyelvi címke, a { $count } az oldalak száma (adja meg minden alakját).
cli-pages-locale = [{ $done }/{ $total }] { $tag }: { $count ->
        [one] { $count } oldal
       *[other] { $count } oldal
    }
# A httpstatus pages utolsó sora: { $written } kiírt fájl (adja meg minden alakját), { $unchanged }
# változatlanul hagyott fájl, { $path } a kimeneti mappa.
cli-pages-done = { $written ->
        [one] { $written } fájl kiírva
       *[other] { $written } fájl kiírva
    }, { $unchanged } változatlan, helye: { $path }.
# A httpstatus pages utolsó sora előtt jelenik meg, ha egy korábbi futtatás ugyanabba a mappába
# olyan oldalakat (vagy szerverfájlokat) írt ki, amelyeket ez a futtatás már nem ír ki, mert
# kevesebb kódot, nyelvi változatot vagy formátumot kértek: { $count } törölt fájl (adja meg
# minden alakját).
cli-pages-removed = { $count ->
        [one] { $count } fájl törölve egy korábbi futtatás kimenetéből, mert ez a futtatás már nem írja ki.
       *[other] { $count } fájl törölve egy korábbi futtatás kimenetéből, mert ez a futtatás már nem írja ki őket.
    }
# Minden kiírt szerverkonfigurációs fájlhoz egy sor, amely jelzi az üzemeltetőnek, hogy emelje be;
# a { $path } a fájl.
cli-pages-snippet = Beemelendő: { $path }
# A { $tag } szerepelt a --locales kapcsolóban, de a katalógusban nincs ilyen nyelvi változat.
# A „httpstatus locales” maradjon változatlan.
cli-error-pages-locale = Egyik nyelvi változat sem felel meg ennek: „{ $tag }”; a „httpstatus locales” felsorolja őket.
# Az { $input } a --codes egy olyan értéke, amely se nem hibakód, se nem 4xx vagy 5xx. A 400 és 599
# számot, valamint a 4xx és 5xx alakot hagyja változatlanul.
cli-error-pages-code = „{ $input }” nem hibakód: 400 és 599 közötti kód, 4xx vagy 5xx adható meg.
# Az { $input } a --format egy olyan értéke, amely se nem html, se nem json. A html és a json maradjon.
cli-error-pages-format = „{ $input }” nem oldalformátum: html, json vagy mindkettő adható meg.
# A { $path } (a mappa, amelyet a szerverkonfiguráció megnevezne) olyan karaktereket tartalmaz, amelyeket
# a konfigurációs fájlok nem tartalmazhatnak, vagy nem abszolút. A --install-dir maradjon változatlan.
cli-error-pages-install-dir = { $path } nem szerepelhet szerverkonfigurációban: a --install-dir kapcsolóval adjon meg egy abszolút elérési utat idézőjelek, kapcsos zárójelek, pontosvesszők és dollárjelek nélkül.

## httpstatus serve: a hibaoldalakat kiszolgáló szerver.

# A httpstatus serve indulási sora a stderr kimeneten. Az { $address } például 127.0.0.1:8080; a
# „http://{ $address }” maradjon egyben, szkriptek olvassák. A { $locales } a nyelvek száma.
cli-serve-listening = Hibaoldalak kiszolgálása { $locales } nyelven a http://{ $address } címen; a /healthz válaszol az állapotellenőrzésekre.
# SIGTERM vagy Ctrl-C után.
cli-serve-stopping = Leállás: a folyamatban lévő kérések befejezése.
# A --listen után megadott { $address } nem cím. A példacímek és számaik maradjanak változatlanok.
cli-error-serve-listen = „{ $address }” nem olyan cím, amelyen figyelni lehet; írja például így: 127.0.0.1:8080 vagy [::1]:8080.
# Az { $address } címen nem sikerült figyelni; az { $error } az operációs rendszer üzenete, általában angolul.
cli-error-serve-bind = Nem sikerült figyelni a megadott címen ({ $address }): { $error }
