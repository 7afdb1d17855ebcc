# Uppgifter om själva det här språket.

# Namnet på det här språket, skrivet på det här språket, så som en språkväljare visar det
# (”Deutsch”, ”Русский”, ”Português (Brasil)”).
locale-name = Svenska

# Hur en etikett skrivs före sitt värde: ”Klass: 4xx”. Använd { $label } och { $value } exakt
# en gång var, med språkets skiljetecken och mellanrum.
locale-label-value = { $label }: { $value }
# Hur två poster i en lista fogas samman: ”RFC 9110, avsnitt 15.5.19; RFC 2324, avsnitt 2.3.2”.
locale-list-pair = { $first }; { $second }
