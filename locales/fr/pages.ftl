# Mots de la page d'erreur HTML qu'une application web affiche à ses utilisateurs.

# Libellé placé avant le code et le message explicatif transmis : « Statut HTTP : 404 Not Found ».
page-status-label = Statut HTTP
# Le lien de retour vers la page d'accueil du site.
page-home-link = Aller à la page d'accueil
# Le bouton qui recharge la page, affiché pour les erreurs qui peuvent se résoudre d'elles-mêmes
# (408, 425, 429 et erreurs du serveur).
page-try-again = Réessayer
# Le titre du petit bloc qui contient le code, l'identifiant de la requête et la description technique.
page-technical-details = Détails techniques
# Libellé de l'identifiant de la requête, que l'assistance utilise pour retrouver la requête dans les journaux.
page-request-id = Identifiant de la requête
# Libellé de l'adresse (chemin et chaîne de requête) demandée par le visiteur, telle que la transmet le
# proxy inverse placé devant le site (X-Original-URI) ; la valeur est affichée telle quelle, de gauche à droite.
page-original-uri = Adresse de la requête
# Libellé des méthodes qu'une page accepte, tirées de l'en-tête Allow de la réponse (405).
page-allowed-methods = Méthodes autorisées
# Quand le site indique quand réessayer (l'en-tête Retry-After) : un nombre de secondes, de minutes
# ou d'heures, écrit avec le symbole de l'unité pour qu'aucune forme de pluriel ne soit nécessaire.
# Gardez { $count } une seule fois. Une espace insécable sépare le nombre de l'unité.
page-retry-seconds = Vous pouvez réessayer dans { $count } s.
page-retry-minutes = Vous pouvez réessayer dans { $count } min.
page-retry-hours = Vous pouvez réessayer dans { $count } h.
