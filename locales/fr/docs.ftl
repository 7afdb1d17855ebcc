# Mots utilisés lorsque la table des statuts est rendue sous forme de documentation.

docs-caption = Codes de statut HTTP
docs-intro = Tous les codes de statut du registre IANA des codes de statut HTTP, avec la spécification qui définit chacun d'eux.

# Intitulés des colonnes de la table des statuts.
docs-column-code = Code
docs-column-name = Nom d'énumération
docs-column-details = Détails
docs-column-phrase = Message explicatif
docs-column-title = Titre
docs-column-description = Description
docs-column-class = Classe
docs-column-lifecycle = Statut
docs-column-aliases = Autres noms

# Note à la fin d'une table rendue, qui indique d'où elle provient.
docs-generated = Généré à partir des fichiers de langue du catalogue avec « httpstatus docs ». Ne pas modifier à la main.
