# Le nom de cette langue, écrit dans cette langue.
locale-name = Français

# Libellés affichés par l'outil en ligne de commande httpstatus.
cli-label-code = Code
cli-label-name = Nom
cli-label-aliases = Autres noms
cli-label-phrase = Phrase de motif
cli-label-title = Titre
cli-label-description = Description
cli-label-class = Classe
cli-label-lifecycle = Statut
cli-label-references = Défini dans
cli-label-locale = Langue
cli-label-cacheable = Mise en cache possible par défaut
cli-label-no-content = N'a jamais de contenu
cli-yes = oui
cli-no = non
cli-unregistered = Code de statut non enregistré : il est décrit d'après sa classe, comme l'exige la RFC 9110.
