# Informações sobre este idioma.

# O nome deste idioma, escrito neste idioma, como aparece em um seletor de idiomas
# (“Deutsch”, “Русский”, “Português (Brasil)”).
locale-name = Português (Brasil)

# Como um rótulo é escrito antes do seu valor: “Classe: 4xx”. Use { $label } e { $value }
# uma vez cada, com a pontuação e os espaços do português.
locale-label-value = { $label }: { $value }
# Como dois itens de uma lista são unidos: “RFC 9110, seção 15.5.19; RFC 2324, seção 2.3.2”.
locale-list-pair = { $first }; { $second }
