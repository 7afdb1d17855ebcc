# Tietoja tästä kieliversiosta itsestään.

# Tämän kielen nimi tällä kielellä kirjoitettuna, kuten kielivalitsin sen näyttää
# (”Deutsch”, ”Русский”, ”Português (Brasil)”).
locale-name = suomi

# Miten nimike kirjoitetaan ennen arvoaan: ”Luokka: 4xx”. Käytä { $label }- ja { $value }-muuttujaa
# kumpaakin kerran; käytä kielesi välimerkkejä ja välilyöntejä.
locale-label-value = { $label }: { $value }
# Miten luettelon kaksi kohdetta liitetään yhteen: ”RFC 9110, kohta 15.5.19; RFC 2324, kohta 2.3.2”.
locale-list-pair = { $first }; { $second }
