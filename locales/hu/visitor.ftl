# Amit egy hibaoldal mond a látogatónak, aki nem fejlesztő: minden klienshibához (4xx) és
# szerverhibához (5xx) egy rövid üzenet, amely az oldalt nyitja, és a javasolt teendő.
# Bárkinek írjon, aki webhelyet használ: szakzsargon nélkül (a „kérés” rendben van, az „upstream”
# vagy a „POST” nem), közvetlenül a látogatóhoz szóljon (magázva), egy-két rövid mondatban.
# A kód technikai leírása (status.ftl) alatta jelenik meg, a „Technikai részletek” részben.
# Hangnem: nyugodt, és soha ne hibáztassa a látogatót.

## Klienshibák (4xx): valami a kéréssel van. A visitor-NNN nyitja az oldalt;
## a visitor-NNN-action mondja meg, mit tehet a látogató.

visitor-400 = A webhely nem tudta értelmezni a böngészője által küldött kérést.
visitor-400-action = Lépjen vissza, és próbálja újra. Ha a hiba ismétlődik, törölje a webhely sütijeit, vagy használjon másik böngészőt.
visitor-401 = Az oldal megtekintéséhez be kell jelentkeznie.
visitor-401-action = Jelentkezzen be, majd próbálja újra.
visitor-402 = Ez a tartalom fizetéshez vagy előfizetéshez kötött.
visitor-402-action = Ellenőrizze az előfizetését vagy a fizetési adatait ezen a webhelyen.
visitor-403 = Nincs jogosultsága az oldal megtekintéséhez.
visitor-403-action = Ha úgy gondolja, hogy hozzá kellene férnie, forduljon a webhely üzemeltetőjéhez.
visitor-404 = Nem találjuk a keresett oldalt.
visitor-404-action = Ellenőrizze, nincs-e elírás a címben, vagy kezdje újra a kezdőlapról.
visitor-405 = Ezt az oldalt nem lehet úgy használni, ahogyan a böngészője az imént megpróbálta.
visitor-405-action = Lépjen vissza az előző oldalra, és próbálja újra onnan.
visitor-406 = A webhelynek nincs olyan változata ebből az oldalból, amelynek a formátumát vagy a nyelvét a böngészője elfogadja.
visitor-406-action = Próbálja újra egy másik böngészővel, vagy módosítsa a böngésző nyelvi beállításait.
visitor-407 = A hálózat, amelyet használ, bejelentkezést kér, mielőtt elérhetné ezt a webhelyet.
visitor-407-action = Jelentkezzen be a hálózatba, majd próbálja újra.
visitor-408 = A webhely túl sokáig várt arra, hogy a böngészője befejezze a kérés elküldését.
visitor-408-action = Próbálja újra. Ha lassú a kapcsolata, előbb várjon egy kicsit.
visitor-409 = A módosítása ütközik az oldal jelenlegi állapotával, talán mert valaki más már módosította.
visitor-409-action = Frissítse az oldalt a legújabb változat megtekintéséhez, majd végezze el újra a módosítást.
visitor-410 = Ezt az oldalt véglegesen eltávolították.
visitor-410-action = Kezdje újra a kezdőlapról, vagy keressen hasonló tartalmat a webhelyen.
visitor-411 = A böngészője olyan formában küldte el a kérést, amelyet a webhely nem tud elfogadni.
visitor-411-action = Próbálja újra. Ha a hiba ismétlődik, használjon másik böngészőt.
visitor-412 = Az oldal megváltozott azóta, hogy a böngészője legutóbb betöltötte, ezért semmi sem történt.
visitor-412-action = Frissítse az oldalt, majd próbálja újra.
visitor-413 = Amit küldeni próbált, nagyobb annál, amit ez a webhely elfogad.
visitor-413-action = Próbálkozzon kisebb fájllal, vagy küldjön egyszerre kevesebbet.
visitor-414 = A webcím túl hosszú ahhoz, hogy a webhely kezelni tudja.
visitor-414-action = Ellenőrizze a címet, vagy lépjen vissza, és kattintson újra a hivatkozásra.
visitor-415 = A webhely nem fogad el ilyen típusú fájlt vagy adatot.
visitor-415-action = Próbálja újra egy másik formátumú fájllal.
visitor-416 = A fájlnak az a része, amelyet a böngészője kért, nem létezik.
visitor-416-action = Kezdje újra a letöltést az elejéről.
visitor-417 = A webhely nem tud eleget tenni egy feltételnek, amelyet a böngészője ehhez a kéréshez szabott.
visitor-417-action = Próbálja újra. Ha a hiba ismétlődik, használjon másik böngészőt.
visitor-418 = Ez a szerver egy teáskanna, a teáskannák pedig nem főznek kávét.
visitor-418-action = Próbálkozzon inkább egy kávéfőzővel.
visitor-421 = A kérése olyan szerverhez jutott, amely nem ezt a webhelyet szolgálja ki.
visitor-421-action = Egy kis idő múlva frissítse az oldalt.
visitor-422 = A webhely megértette, amit küldött, de egy része nem érvényes.
visitor-422-action = Ellenőrizze a megadott adatokat, javítsa ki őket, és küldje el újra.
visitor-423 = Ez az elem zárolva van, mert éppen használják vagy szerkesztik.
visitor-423-action = Várjon egy kicsit, majd próbálja újra.
visitor-424 = A műveletet nem sikerült befejezni, mert meghiúsult egy lépés, amelytől függ.
visitor-424-action = Próbálja újra a teljes műveletet.
visitor-425 = Az Ön biztonsága érdekében a webhely még nem teljesítette ezt a kérést.
visitor-425-action = Próbálja újra.
visitor-426 = A webhely újabb, biztonságosabb kapcsolatot igényel, mint amilyet a böngészője használt.
visitor-426-action = Frissítse a böngészőjét vagy az alkalmazást, majd próbálja újra.
visitor-428 = Ahhoz, hogy mások módosításai ne íródjanak felül, a webhelynek tudnia kell, melyik változatot szerkeszti.
visitor-428-action = Frissítse az oldalt, majd végezze el újra a módosítást.
visitor-429 = Rövid idő alatt túl sok kérés érkezett Öntől.
visitor-429-action = Várjon egy kicsit, majd próbálja újra.
visitor-431 = A böngészője túl sok kiegészítő adatot küldött a kéréssel, gyakran a nagy méretű sütik miatt.
visitor-431-action = Törölje a webhely sütijeit, majd próbálja újra.
visitor-451 = Ez az oldal jogi okokból itt nem érhető el.
visitor-451-action = Kezdje újra a kezdőlapról; lehet, hogy a webhely máshol elmagyarázza az okát.

## Szerverhibák (5xx): valami a webhely hibájából romlott el, nem a látogatóéból.

visitor-500 = Hiba történt a webhely működésében.
visitor-500-action = Próbálja újra néhány perc múlva. Ha a hiba ismétlődik, értesítse a webhely üzemeltetőjét.
visitor-501 = A webhely nem tudja teljesíteni azt, amit a böngészője kért tőle.
visitor-501-action = Lépjen vissza az előző oldalra.
visitor-502 = A webhely nem kapott érvényes választ egy másik szervertől, amelytől a működése függ.
visitor-502-action = Próbálja újra néhány perc múlva.
visitor-503 = A webhely most nem tudja feldolgozni a kérését.
visitor-503-action = Próbálja újra néhány perc múlva.
visitor-504 = A webhely túl sokáig várt egy másik szerverre, amelytől a működése függ.
visitor-504-action = Próbálja újra néhány perc múlva.
visitor-505 = A webhely nem támogatja azt a kapcsolattípust, amelyet a böngészője használt.
visitor-505-action = Frissítse a böngészőjét vagy az alkalmazást, majd próbálja újra.
visitor-506 = A webhely beállításai miatt nem lehet kiválasztani, hogy az oldal melyik változata jelenjen meg.
visitor-506-action = Értesítse a webhely üzemeltetőjét.
visitor-507 = A webhelyen elfogyott a tárhely, amely a kérése teljesítéséhez kellene.
visitor-507-action = Próbálja újra később, vagy értesítse a webhely üzemeltetőjét.
visitor-508 = A webhely végtelen ciklusba került a kérése feldolgozása közben.
visitor-508-action = Értesítse a webhely üzemeltetőjét.
visitor-510 = A kérés feldolgozásához a webhelynek több információra van szüksége, mint amennyit a kérés tartalmaz.
visitor-510-action = Értesítse a webhely üzemeltetőjét.
visitor-511 = Az internet használatához be kell jelentkeznie a hálózatba.
visitor-511-action = Nyisson meg bármilyen weboldalt, hogy eljusson a hálózat bejelentkezési oldalára, majd jelentkezzen be.

## Saját üzenet nélküli kódok (például 499 vagy 599): az osztályuk üzenetét használják.

visitor-4xx = Probléma volt a kéréssel, ezért a webhely nem tudta teljesíteni.
visitor-4xx-action = Ellenőrizze a címet, vagy lépjen vissza, és próbálja újra.
visitor-5xx = Hiba történt a webhely működésében.
visitor-5xx-action = Próbálja újra néhány perc múlva.
