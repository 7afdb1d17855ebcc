# Mots de la page d'erreur HTML qu'une application web affiche à ses utilisateurs.

# Libellé placé avant le code et le message explicatif transmis : « Statut HTTP : 404 Not Found ».
page-status-label = Statut HTTP
# Le lien de retour vers la page d'accueil du site.
page-home-link = Aller à la page d'accueil
