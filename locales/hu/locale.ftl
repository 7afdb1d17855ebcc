# Adatok magáról a nyelvi változatról.

# A nyelv neve ezen a nyelven írva, ahogyan egy nyelvválasztó mutatja
# („Deutsch”, „Русский”, „Português (Brasil)”).
locale-name = magyar

# Hogyan áll egy címke az értéke előtt: „Osztály: 4xx”. A { $label } és a { $value } egyszer-egyszer
# szerepeljen; a nyelv írásjeleit és szóközeit használja.
locale-label-value = { $label }: { $value }
# Hogyan kapcsolódik egymáshoz egy lista két eleme: „RFC 9110, 15.5.19. szakasz; RFC 2324, 2.3.2. szakasz”.
locale-list-pair = { $first }; { $second }
