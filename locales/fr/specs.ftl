# Titres des spécifications qui définissent les codes de statut, et mots utilisés
# pour les citer (« RFC 9110, section 15.5.5 (expérimentale) »).
# Les numéros de RFC et de section sont ajoutés par le programme : ne les écrivez pas ici.

spec-rfc9110 = Sémantique HTTP
spec-rfc2518 = Extensions HTTP pour l'édition distribuée (WebDAV)
spec-rfc4918 = Extensions HTTP pour l'édition et la gestion de versions distribuées sur le Web (WebDAV)
spec-rfc5842 = Extensions de liaison pour WebDAV
spec-rfc3229 = Encodage delta dans HTTP
spec-rfc8297 = Un code de statut HTTP pour transmettre des indications
spec-rfc8470 = Utilisation des données précoces dans HTTP
spec-rfc6585 = Codes de statut HTTP supplémentaires
spec-rfc7725 = Un code de statut HTTP pour signaler des obstacles juridiques
spec-rfc2295 = Négociation de contenu transparente dans HTTP
spec-rfc2774 = Un cadre d'extension pour HTTP
spec-rfc2324 = Protocole de contrôle de cafetière hypertexte (HTCPCP/1.0)
spec-draft-resumable-upload = Téléversements avec reprise pour HTTP (Internet-Draft)

# Comment une section d'une spécification est citée : « RFC 9110, section 15.5.5 ». $spec est la
# spécification (« RFC 9110 »), $section le numéro de section ; utilisez chaque variable exactement une fois.
spec-citation = { $spec }, section { $section }
# Citation d'une RFC expérimentale : « RFC 5842, section 7.1 (expérimentale) ». { $citation } est
# la citation ci-dessus ; utilisez-la exactement une fois.
spec-citation-experimental = { $citation } (expérimentale)

# Où en est un code de statut dans son cycle de vie.
lifecycle-standard = Standard
lifecycle-experimental = Expérimental
lifecycle-provisional = Provisoire
lifecycle-deprecated = Déconseillé
lifecycle-obsoleted = Obsolète
lifecycle-reserved = Réservé
