# Minden regisztrált HTTP-állapotkód embereknek szóló címe és leírása.
# A protokollban küldött állapotszövegek a wire.ftl fájlban vannak; az itteni címek csak formájukban térhetnek el tőlük.

## 1xx Tájékoztatás

status-100-title = Folytatás
status-100-description = A szerver megkapta a kérés elejét, és a kliensnek folytatnia kell a többi rész küldését. Általában olyan kérésre érkezik, amely egy Expect-fejléccel megkérdezte, hogy a szerver elfogadná-e a tartalmat, mielőtt elküldené.
status-101-title = Protokollváltás
status-101-description = A szerver elfogadja a kliens Upgrade-kérését, és a kapcsolatot egy másik protokollra, például WebSocketre váltja. A kapcsolaton e válasz után minden az új protokollt használja.
status-102-title = Feldolgozás
status-102-description = Ideiglenes válasz, amellyel a szerver jelezte a kliensnek, hogy elfogadott egy hosszú WebDAV-kérést, és még dolgozik rajta. Elavult: a későbbi WebDAV-specifikáció eltávolította, ezért a kliensek ne támaszkodjanak rá.
status-103-title = Előzetes tippek
status-103-description = A végleges válasz előtt küldött ideiglenes válasz, általában Link-fejlécekkel, hogy a kliens már előre betölthesse az erőforrásokat, amíg a szerver előkészíti a válaszát. Kísérleti, és az a kliens, amely nem használja a tippeket, egyszerűen figyelmen kívül hagyhatja.
status-104-title = Feltöltés folytatása támogatott
status-104-description = Ideiglenes válasz, amelyben a szerver jelzi, hogy támogatja a folytatható feltöltéseket, és megadja, hol található a feltöltés, így a megszakadt feltöltés folytatható, és nem kell elölről kezdeni. A „Folytatható feltöltések HTTP-ben” tervezethez tartozó ideiglenes regisztráció, amely még változhat vagy lejárhat.

## 2xx Siker

status-200-title = OK
status-200-description = A kérés sikeres volt. Hogy a válasz mit tartalmaz, az a metódustól függ: GET esetén a kért erőforrást, POST esetén általában a művelet eredményét.
status-201-title = Létrehozva
status-201-description = A kérés sikeres volt, és egy vagy több új erőforrást hozott létre. A fő új erőforrást általában a válasz Location-fejléce azonosítja.
status-202-title = Elfogadva
status-202-description = A kérést feldolgozásra elfogadták, de a feldolgozás még nem fejeződött be, és még meghiúsulhat. Sorba állított vagy háttérben futó feladatokra jellemző; a válasz gyakran megadja, hol követhető nyomon a folyamat.
status-203-title = Nem mérvadó információ
status-203-description = A kérés sikeres volt, de egy átalakító proxy módosította a tartalmat, így az nem pontosan az, amit az eredeti szerver küldött.
status-204-title = Nincs tartalom
status-204-description = A kérés sikeres volt, és nincs mit visszaküldeni. A böngésző az aktuális oldalon marad, az API-kliensek pedig ne várjanak választörzset.
status-205-title = Tartalom alaphelyzetbe állítása
status-205-description = A kérés sikeres volt, és a kliensnek alaphelyzetbe kell állítania a kérést küldő nézetet, például ki kell ürítenie egy űrlapot, hogy új adatokat lehessen bevinni. A válasznak nincs tartalma.
status-206-title = Részleges tartalom
status-206-description = A szerver az erőforrásnak csak azokat a részeit küldi, amelyeket a kliens a Range-fejléccel kért. Így folytatódnak a megszakadt letöltések, és így ugranak a médialejátszók egy fájl adott pontjára.
status-207-title = Több állapot
status-207-description = WebDAV-válasz, amely egy XML-törzsben több erőforrás vagy művelet mindegyikéhez külön állapotot jelent. Az összesített kód helyett a törzsben szereplő egyes állapotokat ellenőrizze.
status-208-title = Már jelentve
status-208-description = Egy WebDAV-os többállapotú válaszban azt jelzi, hogy egy gyűjtemény tagjait ugyanabban a válaszban korábban már felsorolták, ezért nem ismétlődnek. Így a több kötésen keresztül is elérhető erőforrás nem szerepel sokszor a listában.
status-226-title = IM alkalmazva
status-226-description = A szerver teljesített egy GET-kérést, és a válasz egy vagy több, az erőforrás aktuális verziójára alkalmazott példánymanipuláció (például delta) eredménye. A HTTP deltakódolási bővítményéhez tartozik.

## 3xx Átirányítás

status-300-title = Több választási lehetőség
status-300-description = Az erőforrásnak több reprezentációja van, mindegyik saját címmel, és a felhasználónak vagy a kliensnek kell választania közülük. A szerver a Location-fejlécben megjelölheti az általa előnyben részesített lehetőséget.
status-301-title = Véglegesen áthelyezve
status-301-description = Az erőforrás végleg átkerült a Location-fejlécben megadott címre, ezért a hivatkozásokat és a könyvjelzőket célszerű erre frissíteni. Az átirányítás követésekor a kliensek a POST metódust GET-re cserélhetik; a metódust megtartó változat a 308.
status-302-title = Megtalálva
status-302-description = Az erőforrás ideiglenesen a Location-fejlécben megadott címen található, a későbbi kérésekhez azonban továbbra is az eredeti címet kell használni. Az átirányítás követésekor a kliensek a POST metódust GET-re cserélhetik; a metódust megtartó változat a 307.
status-303-title = Lásd máshol
status-303-description = A szerver egy másik erőforráshoz küldi a klienst, amelyet a Location-fejléc ad meg, és amelyet GET metódussal kell lekérni. Gyakran használják űrlap elküldése után egy eredményoldal megjelenítésére.
status-304-title = Nem módosult
status-304-description = Egy feltételes kérés megállapította, hogy az erőforrás nem változott a kliensnél már meglévő verzió óta, így a kliens használhatja a gyorsítótárban tárolt példányát. A válasznak nincs tartalma.
status-305-title = Proxy használata
status-305-description = Egykor arra utasította a klienst, hogy a kérést a Location-fejlécben megnevezett proxyn keresztül ismételje meg. Biztonsági okokból elavult, mert lehetővé tette, hogy egy szerver bármilyen proxyn át terelje a kliens forgalmát, és a mai kliensek nem veszik figyelembe.
status-307-title = Ideiglenes átirányítás
status-307-description = Az erőforrás ideiglenesen a Location-fejlécben megadott címen található, és a kliensnek ott kell megismételnie a kérést ugyanazzal a metódussal és tartalommal. A későbbi kéréseknek továbbra is az eredeti címre kell menniük.
status-308-title = Végleges átirányítás
status-308-description = Az erőforrás végleg átkerült a Location-fejlécben megadott címre, és a kliensnek ott kell megismételnie a kérést ugyanazzal a metódussal és tartalommal. A későbbi kérésekben már az új címet kell használni.

## 4xx Klienshiba

status-400-title = Hibás kérés
status-400-description = A szerver nem tudja vagy nem akarja feldolgozni a kérést valami miatt, amit kliensoldali hibának tekint, például hibás szintaxis vagy érvénytelen üzenet miatt. Javítsa ki a kérést, mielőtt újra elküldi.
status-401-title = Hitelesítés szükséges
status-401-description = A kérésből hiányoznak az erőforráshoz szükséges érvényes hitelesítő adatok. A válasz WWW-Authenticate-fejléce megadja, hogyan lehet hitelesíteni; jelentkezzen be vagy küldjön hitelesítő adatokat, majd próbálja újra.
status-402-title = Fizetés szükséges
status-402-description = Jövőbeli használatra fenntartva; a HTTP nem határozza meg a jelentését. Egyes szolgáltatások nem hivatalosan arra használják, hogy jelezzék: fizetés vagy előfizetés szükséges.
status-403-title = Tiltott
status-403-description = A szerver megértette a kérést, de megtagadja a végrehajtását. A 401-gyel ellentétben itt nem segít, ha ugyanazokkal a hitelesítő adatokkal újra bejelentkezik: a kliensnek nincs jogosultsága ehhez az erőforráshoz.
status-404-title = Nem található
status-404-description = A szerveren nincs semmi ezen a címen, vagy nem akarja felfedni, hogy van ott valami. Ellenőrizze, nincs-e elírás a címben; lehet, hogy az oldalt áthelyezték vagy törölték.
status-405-title = Nem engedélyezett metódus
status-405-description = Az erőforrás létezik, de nem fogadja el a kérés metódusát, például egy POST-kérést egy csak olvasható oldalra. A válasz Allow-fejléce felsorolja azokat a metódusokat, amelyeket elfogad.
status-406-title = Nem elfogadható
status-406-description = A szervernek nincs olyan változata az erőforrásból, amely megfelelne annak, amit a kliens az Accept-fejlécekben elfogadhatónak jelölt, például médiatípus vagy nyelv szerint, és alapértelmezett változatot sem küld.
status-407-title = Proxyhitelesítés szükséges
status-407-description = Mint a 401, de a kliensnek előbb a közte és a szerver között álló proxynál kell hitelesítenie magát. A válasz Proxy-Authenticate-fejléce megadja, hogyan.
status-408-title = Kérés időtúllépése
status-408-description = A szerver nem kapott meg egy teljes kérést azon az időn belül, ameddig hajlandó volt várni, ezért bezárja a kapcsolatot. A kliens egy új kapcsolaton újra elküldheti a kérést.
status-409-title = Ütközés
status-409-description = A kérés ütközik az erőforrás aktuális állapotával, például egy elavult verzión alapuló szerkesztés miatt. Oldja fel az ütközést, gyakran a legfrissebb verzió lekérésével, majd próbálja újra.
status-410-title = Megszűnt
status-410-description = Az erőforrás korábban itt volt, de szándékosan eltávolították, és nem fog visszatérni; új cím nem ismert. A rá mutató hivatkozásokat célszerű törölni.
status-411-title = Hossz megadása szükséges
status-411-description = A szerver elutasítja a kérést, mert nincs benne Content-Length-fejléc. Küldje el újra a tartalom hosszával együtt.
status-412-title = Nem teljesült előfeltétel
status-412-description = A kérés fejléceiben megadott valamelyik feltétel, például az If-Match vagy az If-Unmodified-Since, a szerveren hamisnak bizonyult. Jellemzően megakadályozza egy olyan erőforrás felülírását, amelyet időközben valaki más módosított.
status-413-title = Túl nagy tartalom
status-413-description = A kérés tartalma nagyobb annál, amit a szerver hajlandó vagy képes feldolgozni. Küldjön kevesebb adatot; ha a korlát csak átmeneti, a Retry-After-fejléc megadhatja, mikor lehet újra próbálkozni.
status-414-title = Túl hosszú URI
status-414-description = A kért cím hosszabb, mint amit a szerver hajlandó értelmezni. Ez gyakran abból adódik, hogy túl sok adat került a lekérdezési karakterláncba; az ilyen adatokat inkább a kérés törzsében küldje.
status-415-title = Nem támogatott médiatípus
status-415-description = A szerver elutasítja a kérést, mert a tartalma olyan formátumú vagy olyan kódolást használ, amelyet az erőforrás ennél a metódusnál nem támogat. Ellenőrizze a Content-Type- és a Content-Encoding-fejlécet.
status-416-title = Nem teljesíthető tartomány
status-416-description = A Range-fejlécben kért tartományok egyike sem szolgálható ki, például mert az erőforrás végén túl kezdődnek. A válasz általában a Content-Range-fejlécben megadja az erőforrás aktuális hosszát.
status-417-title = Nem teljesült elvárás
status-417-description = A szerver nem tudja teljesíteni a kérés Expect-fejlécében megadott elvárást. A kliens e fejléc nélkül újra elküldheti a kérést.
status-418-title = Teáskanna vagyok
status-418-description = Fenntartott, a HTTP-ben nem használt kód. A Hipertext kávéfőző-vezérlési protokollból, egy áprilisi tréfából származik, amelyben egy teáskanna nem hajlandó kávét főzni, és egyes szerverek ma is elküldik húsvéti tojásként.
status-421-title = Rosszul irányított kérés
status-421-description = A kérés olyan szerverhez jutott, amely nem tud választ adni a címére, például mert egy újrahasznált kapcsolat olyan szerverhez vezet, amely nincs beállítva az adott gazdagépnévre. A kliens egy másik kapcsolaton újra próbálkozhat.
status-422-title = Feldolgozhatatlan tartalom
status-422-description = A szerver érti a tartalomtípust, és a szintaxis is helyes, de nem tud a tartalom szerint eljárni, például mert az adatok nem mennek át az ellenőrzésen. Javítsa ki az adatokat, mielőtt újra próbálkozik.
status-423-title = Zárolva
status-423-description = A WebDAV-erőforrás zárolva van, ezért a metódus nem alkalmazható rá. Várjon, amíg a zárolás feloldódik, vagy küldje el a zárolási tokent, ha a zárolás az Öné.
status-424-title = Sikertelen függőség
status-424-description = A metódust nem lehetett végrehajtani az erőforráson, mert egy másik művelet, amelytől függött, meghiúsult. WebDAV-ban ez például akkor történik, ha egy módosításcsoport egyik módosítása meghiúsul, és ezért a többit sem alkalmazzák.
status-425-title = Túl korán
status-425-description = A szerver nem dolgoz fel TLS korai adatként küldött kérést, mert az ilyen adatokat egy támadó visszajátszhatja. A kliens küldje el újra a kérést, miután a kézfogás befejeződött.
status-426-title = Protokollváltás szükséges
status-426-description = A szerver nem hajlandó a jelenlegi protokollon kezelni a kérést, de megteheti, ha a kliens átvált egy másikra. A válasz Upgrade-fejléce megnevezi a szükséges protokollokat.
status-428-title = Előfeltétel szükséges
status-428-description = A szerver megköveteli, hogy a kérés feltételes legyen, például tartalmazzon If-Match-fejlécet, hogy a különböző kliensek módosításai ne írják felül egymást. Kérje le az aktuális verziót, és küldje el újra a kérést egy feltétellel.
status-429-title = Túl sok kérés
status-429-description = A kliens adott idő alatt túl sok kérést küldött, ezért korlátozzák a kérései gyakoriságát. Lassítson; a Retry-After-fejléc megadhatja, mennyit kell várni.
status-431-title = Túl nagy fejlécmezők a kérésben
status-431-description = A szerver nem dolgozza fel a kérést, mert a fejlécmezői – akár egyetlen mező, akár az összes együtt – túl nagyok. Csökkentse a fejlécek méretét, például a webhely sütijeinek törlésével, majd próbálja újra.
status-451-title = Jogi okokból nem érhető el
status-451-description = A szerver jogi követelés, például bírósági végzés vagy állami cenzúra miatt megtagadja a hozzáférést az erőforráshoz. A válasznak célszerű megadnia, mi a követelés, és ki támasztotta.

## 5xx Szerverhiba

status-500-title = Belső szerverhiba
status-500-description = A szerver váratlan helyzetbe került, amely megakadályozta a kérés teljesítését. A hiba a szerver oldalán van; próbálja újra később, és ha a probléma továbbra is fennáll, forduljon a webhely üzemeltetőihez.
status-501-title = Nincs megvalósítva
status-501-description = A szerver nem támogatja a kérés teljesítéséhez szükséges funkciót, általában azért, mert egyáltalán nem ismeri fel a kérés metódusát. A 405-tel ellentétben ez az egész szerverre vonatkozik, nem egyetlen erőforrásra.
status-502-title = Hibás átjáró
status-502-description = Egy átjáróként vagy proxyként működő szerver érvénytelen választ kapott a mögötte álló szervertől, amelyhez fordult. A probléma a szerverek között van, és egy későbbi újrapróbálkozás segíthet.
status-503-title = A szolgáltatás nem érhető el
status-503-description = A szerver jelenleg nem tudja kezelni a kérést, általában azért, mert túlterhelt, vagy karbantartás miatt nem működik. Próbálja újra később; a Retry-After-fejléc megadhatja, mikor.
status-504-title = Átjáró időtúllépése
status-504-description = Egy átjáróként vagy proxyként működő szerver nem kapott időben választ a mögötte álló szervertől, amelyet el kellett érnie. Egy későbbi újrapróbálkozás segíthet.
status-505-title = Nem támogatott HTTP-verzió
status-505-description = A szerver nem támogatja, vagy nem hajlandó támogatni a kérésben használt HTTP-főverziót. A kliens próbálkozzon újra a protokoll egy másik verziójával.
status-506-title = A változat is egyeztet
status-506-description = A szerver rosszul van beállítva az átlátható tartalomegyeztetéshez: az általa választott változat maga is egyeztetésre van beállítva, ami soha nem érne véget. Kísérleti specifikációból származik, és ritkán fordul elő.
status-507-title = Elégtelen tárhely
status-507-description = A szerver nem tudja eltárolni azt, amire a kérés teljesítéséhez szüksége van, például mert megtelt egy lemez vagy egy kvóta. WebDAV-ban ezt az állapotot átmenetinek tekintik.
status-508-title = Hurok észlelve
status-508-description = A szerver leállított egy műveletet, mert végtelen hurkot talált egy végtelen mélységű WebDAV-kérés feldolgozása közben. A teljes művelet meghiúsult.
status-510-title = Nincs kiterjesztve
status-510-description = A kérés nem tartalmazta azokat a bővítménydeklarációkat, amelyeket a szerver a HTTP-bővítési keretrendszer alapján megkövetel. Visszavont: a keretrendszert történeti (Historic) státuszba helyezték, és a kódot nem szabad használni.
status-511-title = Hálózati hitelesítés szükséges
status-511-description = A kliensnek be kell jelentkeznie a hálózati hozzáféréshez, jellemzően egy nyilvános Wi-Fi-hálózat bejelentkezési oldalán (captive portal); a válasz a hálózattól érkezik, nem a kért webhelytől. Nyisson meg egy weboldalt, és jelentkezzen be, vagy fogadja el a hálózat feltételeit.
