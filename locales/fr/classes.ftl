# Titres et descriptions des cinq classes de codes de statut HTTP, désignées par leur premier chiffre.
# Elles décrivent aussi les codes non enregistrés, que la RFC 9110 demande de traiter comme le code x00 de leur classe.

class-1xx-title = Information
class-1xx-description = Une réponse intermédiaire : la requête a été reçue et le serveur est toujours en train de la traiter. Le client doit attendre la réponse finale qui suit.
class-2xx-title = Succès
class-2xx-description = La requête a bien été reçue, comprise et acceptée.
class-3xx-title = Redirection
class-3xx-description = Le client doit effectuer une action supplémentaire pour mener la requête à bien, généralement suivre une redirection vers une autre adresse.
class-4xx-title = Erreur du client
class-4xx-description = La requête contient une erreur, comme une syntaxe incorrecte, ou ne peut pas être satisfaite telle qu'elle a été envoyée. Le client doit la corriger avant de réessayer.
class-5xx-title = Erreur du serveur
class-5xx-description = Le serveur n'a pas pu traiter une requête qui semble valide. Le problème vient du serveur, et réessayer plus tard peut aider.
