# A „httpstatus site” paranccsal előállított referenciawebhely szavai: nyelvenként egy kezdőoldal
# (az állapotkód-táblázat tartalomjegyzékkel), állapotkódonként egy oldal, és egy gyökéroldal,
# amely a nyelveket sorolja fel. Ezt a fájlt csak az eszközök olvassák. A { $variables } változókat
# hagyja változatlanul. Az enum-neveket (NOT_FOUND), a protokollszintű állapotszövegeket, a
# fejlécneveket (Location) és a példaüzenetváltásokat soha nem fordítjuk, ezek nincsenek ebben a
# fájlban.

## Minden oldalon

# Gomb minden oldal tetején, amely megnyitja a nyelvek listáját (mindegyik a saját nyelvén
# szerepel).
site-languages = Nyelvek
# Hivatkozás a billentyűzettel navigálóknak: minden oldalon az első, és csak akkor látszik, ha
# fókuszban van. Átugorja az oldal fejlécét és a nyelvek listáját.
site-skip = Ugrás a tartalomhoz
# Az oldal címe a böngésző lapján és a keresési találatokban. A { $page } az oldal saját címe
# („404 Nem található”), a { $site } a webhely neve („HTTP-állapotkódok”). Elválasztó: szóközök
# közötti nagykötőjel (gondolatjel), mint a cli-reference-value üzenetben.
site-page-title = { $page } – { $site }
# Minden oldal utolsó sora.
site-footer = A http-status-catalog nyelvi fájljaiból készült. Az enum-nevek, az állapotszövegek és a példaüzenetváltások abban az alakban szerepelnek, ahogy a HTTP írja őket.

## Egy nyelv kezdőoldala: az állapotkód-táblázat, osztályok szerint csoportosítva

# A tartalomjegyzék címe; a tartalomjegyzék az öt osztályt sorolja fel. (A „Tartalom” már a
# választörzs címkéje, ezért itt „Tartalomjegyzék”.)
site-contents = Tartalomjegyzék
# Egy osztály után a tartalomjegyzékben: a { $count } az osztály kódjainak száma (adjon meg
# minden többes számú alakot; a magyarban a számnév után egyes szám áll).
site-class-count = { $count ->
        [one] { $count } kód
       *[other] { $count } kód
    }

## Egy állapotkód oldala

# Hivatkozás vissza a kezdőoldalra, az oldal tetején.
site-all-codes = Az összes állapotkód
# Címsor afölött, amit egy hibaoldal a nem fejlesztő látogatónak mond, és a javasolt teendő
# fölött (csak kliens- és szerverhibáknál). A technikai leírás a keret után következik.
site-visitor = A látogatónak szóló üzenet
# Címkék a kód adatainak listájában, mindegyiket az értéke követi.
site-label-class = Osztály
# Hol tart a kód az életciklusában: szabványos, kísérleti, elavult stb.
site-label-lifecycle = Állapot
site-label-name = Enum-név
# Nevek, amelyeket a kód korábbi specifikációkban vagy könyvtárakban viselt
# (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Korábbi nevek
# Az angol szöveg, amely a kódot követi egy válasz állapotsorában („Not Found”).
site-label-phrase = Állapotszöveg
# A kódot definiáló specifikációs szakaszok, mindegyik hivatkozással.
site-label-references = Definiálja
site-label-caching = Gyorsítótárazás
site-label-content = Tartalom
# A „Gyorsítótárazás” értéke olyan kódnál, amelyet a gyorsítótár külön utasítás nélkül is
# tárolhat (az RFC 9110 szerint heurisztikusan gyorsítótárazható).
site-cacheable-yes = Alapértelmezés szerint gyorsítótárazható: egy gyorsítótár akkor is tárolhatja ezt a választ, és újra felhasználhatja, ha a fejlécei semmit sem mondanak arról, meddig friss.
# A „Gyorsítótárazás” értéke a többi kódnál.
site-cacheable-no = Alapértelmezés szerint nem gyorsítótárazható: egy gyorsítótár csak akkor tárolja ezt a választ, ha a fejlécei megengedik.
# A „Tartalom” értéke olyan kódnál, amelynek a válaszában soha nincs tartalom (1xx, 204, 205, 304).
site-no-content-yes = Soha nincs tartalma: a válasz a fejlécei után véget ér.
# A „Tartalom” értéke a többi kódnál.
site-no-content-no = Lehet tartalma, például egy oldal, amely elmagyarázza az állapotot.
# Címsor egy kérés és a rá adott válasz példája fölött.
site-example = Példa üzenetváltásra
# A példa alatt.
site-example-note = Egy kérés, majd a válasz állapotsora és azok a fejlécei, amelyek ennél a kódnál számítanak. Az üzenetek tartalma kimarad.
# Az oldal alján az előző és a következő kódra mutató hivatkozások neve, képernyőolvasóknak.
site-neighbours = Előző és következő kód

## A gyökéroldal, amely minden nyelvet felsorol

# A címsora, amely a nyelvek listája előtt jelenik meg (mindegyik a saját nyelvén), és a nyelv
# saját oldalain is.
site-root-heading = Válasszon nyelvet
