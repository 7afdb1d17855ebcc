# Datos sobre este idioma.

# El nombre de este idioma, escrito en este idioma, tal como lo muestra un selector de idioma
# («Deutsch», «Русский», «Português (Brasil)»).
locale-name = Español

# Cómo se escribe una etiqueta delante de su valor: «Clase: 4xx». Use { $label } y { $value }
# una vez cada uno, con la puntuación y los espacios del español.
locale-label-value = { $label }: { $value }
# Cómo se unen dos elementos de una lista: «RFC 9110, sección 15.5.19; RFC 2324, sección 2.3.2».
locale-list-pair = { $first }; { $second }
