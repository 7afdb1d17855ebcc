# Oplysninger om selve dette sprog.

# Navnet på dette sprog, skrevet på dette sprog, sådan som en sprogvælger viser det
# (»Deutsch«, »Русский«, »Português (Brasil)«).
locale-name = Dansk

# Sådan skrives en etiket foran sin værdi: »Klasse: 4xx«. Brug { $label } og { $value } præcis
# én gang hver, med sprogets tegnsætning og mellemrum.
locale-label-value = { $label }: { $value }
# Sådan sættes to elementer i en liste sammen: »RFC 9110, afsnit 15.5.19; RFC 2324, afsnit 2.3.2«.
locale-list-pair = { $first }; { $second }
