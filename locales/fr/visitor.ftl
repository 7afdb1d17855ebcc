# Ce qu'une page d'erreur dit à un visiteur qui n'est pas développeur : pour chaque erreur du client (4xx)
# et du serveur (5xx), un court message en tête de page et l'action à proposer.
# Écrivez pour n'importe quel internaute : pas de jargon (« requête » convient, « amont » ou « POST » non),
# vouvoyez le visiteur, une ou deux phrases courtes à chaque fois. La description technique de chaque
# code (status.ftl) s'affiche en dessous, sous « Détails techniques ».
# Gardez un ton calme et ne rejetez jamais la faute sur le visiteur.

## Erreurs du client (4xx) : un problème lié à la requête. visitor-NNN est en tête de page ;
## visitor-NNN-action dit ce que le visiteur peut faire.

visitor-400 = Le site n'a pas pu comprendre la requête envoyée par votre navigateur.
visitor-400-action = Revenez en arrière et réessayez. Si le problème persiste, effacez les cookies de ce site ou utilisez un autre navigateur.
visitor-401 = Vous devez vous connecter pour voir cette page.
visitor-401-action = Connectez-vous, puis réessayez.
visitor-402 = Ce contenu nécessite un paiement ou un abonnement.
visitor-402-action = Vérifiez votre abonnement ou vos informations de paiement sur ce site.
visitor-403 = Vous n'avez pas l'autorisation de voir cette page.
visitor-403-action = Si vous pensez devoir y avoir accès, contactez le responsable du site.
visitor-404 = Nous n'avons pas trouvé la page que vous cherchez.
visitor-404-action = Vérifiez que l'adresse ne contient pas de faute de frappe, ou repartez de la page d'accueil.
visitor-405 = Votre navigateur a essayé d'utiliser cette page d'une façon qu'elle ne permet pas.
visitor-405-action = Revenez à la page précédente et réessayez à partir de celle-ci.
visitor-406 = Le site n'a aucune version de cette page dans un format ou une langue que votre navigateur accepte.
visitor-406-action = Réessayez avec un autre navigateur, ou modifiez les paramètres de langue de votre navigateur.
visitor-407 = Le réseau que vous utilisez vous demande de vous identifier avant de pouvoir accéder à ce site.
visitor-407-action = Identifiez-vous sur votre réseau, puis réessayez.
visitor-408 = Le site a attendu trop longtemps que votre navigateur finisse d'envoyer sa requête.
visitor-408-action = Réessayez. Si votre connexion est lente, patientez d'abord un instant.
visitor-409 = Votre modification entre en conflit avec l'état actuel de cette page, peut-être parce que quelqu'un d'autre l'a modifiée avant vous.
visitor-409-action = Rechargez la page pour afficher la dernière version, puis refaites votre modification.
visitor-410 = Cette page a été supprimée définitivement.
visitor-410-action = Repartez de la page d'accueil, ou recherchez un contenu similaire sur le site.
visitor-411 = Votre navigateur a envoyé la requête sous une forme que le site ne peut pas accepter.
visitor-411-action = Réessayez. Si le problème persiste, utilisez un autre navigateur.
visitor-412 = Cette page a changé depuis son dernier chargement par votre navigateur ; aucune action n'a donc été effectuée.
visitor-412-action = Rechargez la page, puis réessayez.
visitor-413 = Ce que vous avez essayé d'envoyer dépasse la taille acceptée par ce site.
visitor-413-action = Essayez avec un fichier plus petit, ou envoyez moins d'éléments à la fois.
visitor-414 = L'adresse web est trop longue pour que le site puisse la traiter.
visitor-414-action = Vérifiez l'adresse, ou revenez en arrière et suivez à nouveau le lien.
visitor-415 = Le site n'accepte pas ce type de fichier ou de données.
visitor-415-action = Réessayez avec un fichier dans un autre format.
visitor-416 = La partie du fichier demandée par votre navigateur n'existe pas.
visitor-416-action = Recommencez le téléchargement depuis le début.
visitor-417 = Le site ne peut pas satisfaire une condition que votre navigateur a fixée pour cette requête.
visitor-417-action = Réessayez. Si le problème persiste, utilisez un autre navigateur.
visitor-418 = Ce serveur est une théière, et les théières ne font pas de café.
visitor-418-action = Essayez plutôt avec une cafetière.
visitor-421 = Votre requête est arrivée sur un serveur qui ne peut pas répondre pour ce site.
visitor-421-action = Rechargez la page dans un instant.
visitor-422 = Le site a compris ce que vous avez envoyé, mais une partie n'est pas valide.
visitor-422-action = Vérifiez ce que vous avez saisi, corrigez-le, puis envoyez-le à nouveau.
visitor-423 = Cet élément est verrouillé, car il est en cours d'utilisation ou de modification.
visitor-423-action = Patientez quelques instants, puis réessayez.
visitor-424 = L'opération n'a pas pu aboutir, car une étape dont elle dépend a échoué.
visitor-424-action = Recommencez l'opération depuis le début.
visitor-425 = Pour votre sécurité, le site n'a pas encore donné suite à cette requête.
visitor-425-action = Réessayez.
visitor-426 = Le site exige une connexion plus récente et plus sûre que celle utilisée par votre navigateur.
visitor-426-action = Mettez à jour votre navigateur ou votre application, puis réessayez.
visitor-428 = Pour éviter d'écraser les modifications de quelqu'un d'autre, le site doit savoir quelle version vous modifiez.
visitor-428-action = Rechargez la page, puis refaites votre modification.
visitor-429 = Le site a reçu trop de requêtes de votre part en peu de temps.
visitor-429-action = Patientez quelques instants, puis réessayez.
visitor-431 = Votre navigateur a envoyé trop d'informations supplémentaires avec la requête, souvent à cause de cookies trop volumineux.
visitor-431-action = Effacez les cookies de ce site, puis réessayez.
visitor-451 = Cette page n'est pas disponible ici pour des raisons juridiques.
visitor-451-action = Repartez de la page d'accueil ; le site en explique peut-être la raison ailleurs.

## Erreurs du serveur (5xx) : un problème est survenu du côté du site, pas de celui du visiteur.

visitor-500 = Un problème est survenu du côté du site.
visitor-500-action = Réessayez dans quelques minutes. Si le problème persiste, prévenez le responsable du site.
visitor-501 = Le site ne peut pas faire ce que votre navigateur lui a demandé.
visitor-501-action = Revenez à la page précédente.
visitor-502 = Le site n'a pas reçu de réponse valide d'un autre serveur dont il dépend.
visitor-502-action = Réessayez dans quelques minutes.
visitor-503 = Le site ne peut pas traiter votre requête pour le moment.
visitor-503-action = Réessayez dans quelques minutes.
visitor-504 = Le site a attendu trop longtemps la réponse d'un autre serveur dont il dépend.
visitor-504-action = Réessayez dans quelques minutes.
visitor-505 = Le site ne prend pas en charge le type de connexion utilisé par votre navigateur.
visitor-505-action = Mettez à jour votre navigateur ou votre application, puis réessayez.
visitor-506 = La configuration du site l'empêche de choisir quelle version de cette page afficher.
visitor-506-action = Prévenez le responsable du site.
visitor-507 = Le site n'a plus assez d'espace de stockage pour traiter votre requête.
visitor-507-action = Réessayez plus tard, ou prévenez le responsable du site.
visitor-508 = Le site a tourné en boucle en traitant votre requête.
visitor-508-action = Prévenez le responsable du site.
visitor-510 = Le site a besoin de plus d'informations dans la requête pour pouvoir la traiter.
visitor-510-action = Prévenez le responsable du site.
visitor-511 = Vous devez vous identifier sur le réseau avant de pouvoir utiliser Internet.
visitor-511-action = Ouvrez n'importe quelle page web pour accéder à la page de connexion du réseau, puis identifiez-vous.

## Codes sans message propre (comme 499 ou 599) : ils utilisent celui de leur classe.

visitor-4xx = Un problème dans la requête a empêché le site de la traiter.
visitor-4xx-action = Vérifiez l'adresse, ou revenez en arrière et réessayez.
visitor-5xx = Un problème est survenu du côté du site.
visitor-5xx-action = Réessayez dans quelques minutes.
