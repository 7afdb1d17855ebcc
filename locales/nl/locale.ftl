# Gegevens over deze taal zelf.

# De naam van deze taal, geschreven in deze taal, zoals een taalkeuzelijst die toont
# (“Deutsch”, “Русский”, “Português (Brasil)”).
locale-name = Nederlands

# Hoe een label vóór zijn waarde wordt geschreven: “Klasse: 4xx”. Gebruik { $label } en { $value }
# elk precies één keer, met de leestekens en spaties van je taal.
locale-label-value = { $label }: { $value }
# Hoe twee items van een lijst worden verbonden: “RFC 9110, paragraaf 15.5.19; RFC 2324, paragraaf 2.3.2”.
locale-list-pair = { $first }; { $second }
