# Opplysninger om selve dette språket.

# Navnet på dette språket, skrevet på dette språket, slik en språkvelger viser det
# («Deutsch», «Русский», «Português (Brasil)»).
locale-name = Norsk bokmål

# Hvordan en etikett skrives foran verdien sin: «Klasse: 4xx». Bruk { $label } og { $value }
# nøyaktig én gang hver, med tegnsettingen og mellomrommene språket bruker.
locale-label-value = { $label }: { $value }
# Hvordan to elementer i en liste føyes sammen: «RFC 9110, avsnitt 15.5.19; RFC 2324, avsnitt 2.3.2».
locale-list-pair = { $first }; { $second }
