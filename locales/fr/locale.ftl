# Informations sur cette langue elle-même.

# Le nom de cette langue, écrit dans cette langue, tel qu'un sélecteur de langue l'affiche
# (« Deutsch », « Русский », « Português (Brasil) »).
locale-name = Français

# Comment un libellé s'écrit devant sa valeur : « Classe : 4xx ». Gardez { $label } et { $value }
# une fois chacun ; en français, une espace insécable précède le deux-points.
locale-label-value = { $label } : { $value }
# Comment deux éléments d'une liste sont joints : « RFC 9110, section 15.5.19 ; RFC 2324, section 2.3.2 ».
locale-list-pair = { $first } ; { $second }
