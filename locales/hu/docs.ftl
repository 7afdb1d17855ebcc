# Szavak, amelyeket az állapotkód-táblázat dokumentációként való előállításakor használunk.

docs-caption = HTTP-állapotkódok
docs-intro = Az IANA HTTP-állapotkód-nyilvántartásának minden állapotkódja, az azt definiáló specifikációval együtt.

# Az állapotkód-táblázat oszlopfejlécei.
docs-column-code = Kód
docs-column-name = Enum-név
docs-column-details = Részletek
docs-column-phrase = Állapotszöveg
docs-column-title = Cím
docs-column-description = Leírás
docs-column-class = Osztály
docs-column-lifecycle = Állapot
docs-column-aliases = Egyéb nevek

# Megjegyzés az előállított táblázat végén arról, honnan származik.
docs-generated = A katalógus nyelvi fájljaiból készült a „httpstatus docs” paranccsal. Ne szerkessze kézzel.
