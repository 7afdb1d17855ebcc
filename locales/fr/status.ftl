# Titres et descriptions, destinés aux humains, de tous les codes de statut HTTP enregistrés.
# Les phrases transmises sur le réseau se trouvent dans wire.ftl ; les titres ici ne peuvent en différer que par la forme.

## 1xx Information

status-100-title = Continuer
status-100-description = Le serveur a reçu le début de la requête et le client doit continuer à en envoyer le reste. C'est généralement la réponse à une requête qui demandait, avec un en-tête Expect, si le serveur accepterait le contenu avant son envoi.
status-101-title = Changement de protocole
status-101-description = Le serveur accepte la requête Upgrade du client et fait passer la connexion à un autre protocole, comme WebSocket. Tout ce qui suit cette réponse sur la connexion utilise le nouveau protocole.
status-102-title = Traitement en cours
status-102-description = Une réponse intermédiaire qui indiquait au client que le serveur avait accepté une longue requête WebDAV et y travaillait encore. Ce code est déconseillé : la spécification WebDAV ultérieure l'a supprimé, les clients ne doivent donc pas compter dessus.
status-103-title = Indications préliminaires
status-103-description = Une réponse intermédiaire envoyée avant la réponse finale, généralement avec des en-têtes Link, pour que le client puisse commencer à précharger des ressources pendant que le serveur prépare sa réponse. Ce code est expérimental, et un client qui n'utilise pas les indications peut simplement l'ignorer.
status-104-title = Reprise des téléversements prise en charge
status-104-description = Une réponse intermédiaire dans laquelle le serveur indique qu'il prend en charge les téléversements avec reprise et où se trouve le téléversement, afin qu'un téléversement interrompu puisse être poursuivi au lieu d'être recommencé. Il s'agit d'un enregistrement provisoire pour le brouillon « Téléversements avec reprise pour HTTP », qui peut changer ou expirer.

## 2xx Succès

status-200-title = OK
status-200-description = La requête a réussi. Le contenu de la réponse dépend de la méthode : pour GET, c'est la ressource demandée ; pour POST, généralement le résultat de l'action.
status-201-title = Créé
status-201-description = La requête a réussi et a créé une ou plusieurs nouvelles ressources. La principale nouvelle ressource est normalement indiquée par l'en-tête Location de la réponse.
status-202-title = Accepté
status-202-description = La requête a été acceptée pour traitement, mais le traitement n'est pas terminé et peut encore échouer. C'est typique des tâches mises en file d'attente ou exécutées en arrière-plan ; la réponse indique souvent où suivre l'avancement.
status-203-title = Information non certifiée
status-203-description = La requête a réussi, mais un proxy de transformation a modifié le contenu, qui n'est donc pas exactement celui envoyé par le serveur d'origine.
status-204-title = Pas de contenu
status-204-description = La requête a réussi et il n'y a rien à renvoyer. Un navigateur reste sur la page actuelle, et un client d'API ne doit pas s'attendre à un corps de réponse.
status-205-title = Réinitialiser le contenu
status-205-description = La requête a réussi et le client doit réinitialiser la vue qui l'a envoyée, par exemple vider un formulaire pour permettre une nouvelle saisie. La réponse n'a pas de contenu.
status-206-title = Contenu partiel
status-206-description = Le serveur n'envoie que les parties de la ressource que le client a demandées avec un en-tête Range. C'est ainsi que les téléchargements reprennent et que les lecteurs multimédias sautent à une position dans un fichier.
status-207-title = Statuts multiples
status-207-description = Une réponse WebDAV qui indique un statut distinct pour chacune de plusieurs ressources ou opérations, dans un corps XML. Vérifiez chaque statut dans le corps plutôt que le code global.
status-208-title = Déjà signalé
status-208-description = Utilisé dans une réponse WebDAV à statuts multiples pour indiquer que les membres d'une collection ont déjà été énumérés plus haut dans la même réponse et ne sont pas répétés. Cela évite qu'une ressource accessible par plusieurs liaisons soit énumérée de nombreuses fois.
status-226-title = IM utilisé
status-226-description = Le serveur a traité une requête GET, et la réponse est le résultat d'une ou plusieurs manipulations d'instance, comme un delta, appliquées à la version actuelle de la ressource. Ce code fait partie de l'extension d'encodage delta de HTTP.

## 3xx Redirection

status-300-title = Choix multiples
status-300-description = La ressource a plusieurs représentations, chacune avec sa propre adresse, et l'utilisateur ou le client doit en choisir une. Le serveur peut indiquer son choix préféré dans l'en-tête Location.
status-301-title = Déplacé définitivement
status-301-description = La ressource a été déplacée définitivement à l'adresse donnée dans l'en-tête Location, et les liens et favoris doivent être mis à jour en conséquence. En suivant la redirection, les clients peuvent transformer un POST en GET ; 308 est la variante qui conserve la méthode.
status-302-title = Trouvé
status-302-description = La ressource se trouve temporairement à l'adresse donnée dans l'en-tête Location, et l'adresse d'origine doit continuer à être utilisée pour les requêtes futures. En suivant la redirection, les clients peuvent transformer un POST en GET ; 307 est la variante qui conserve la méthode.
status-303-title = Voir ailleurs
status-303-description = Le serveur renvoie le client vers une autre ressource, indiquée dans l'en-tête Location, qui doit être récupérée avec GET. On l'utilise souvent après l'envoi d'un formulaire, pour afficher une page de résultat.
status-304-title = Non modifié
status-304-description = Une requête conditionnelle a établi que la ressource n'a pas changé depuis la version que le client possède déjà ; celui-ci peut donc utiliser sa copie en cache. La réponse n'a pas de contenu.
status-305-title = Utiliser le proxy
status-305-description = Indiquait autrefois au client de refaire la requête via le proxy désigné dans l'en-tête Location. Ce code est déconseillé pour des raisons de sécurité, car il permettait à un serveur de faire passer le trafic d'un client par n'importe quel proxy, et les clients actuels n'en tiennent pas compte.
status-307-title = Redirection temporaire
status-307-description = La ressource se trouve temporairement à l'adresse donnée dans l'en-tête Location, et le client doit y répéter la requête avec la même méthode et le même contenu. Les requêtes futures doivent continuer à être envoyées à l'adresse d'origine.
status-308-title = Redirection permanente
status-308-description = La ressource a été déplacée définitivement à l'adresse donnée dans l'en-tête Location, et le client doit y répéter la requête avec la même méthode et le même contenu. Les requêtes futures doivent utiliser la nouvelle adresse.

## 4xx Erreur du client

status-400-title = Requête incorrecte
status-400-description = Le serveur ne peut pas ou ne veut pas traiter la requête à cause de ce qu'il considère comme une erreur du client, par exemple une syntaxe mal formée ou un message invalide. Corrigez la requête avant de l'envoyer à nouveau.
status-401-title = Non authentifié
status-401-description = La requête ne contient pas d'identifiants valides pour la ressource. L'en-tête WWW-Authenticate de la réponse indique comment s'authentifier ; connectez-vous ou envoyez des identifiants, puis réessayez.
status-402-title = Paiement requis
status-402-description = Réservé pour un usage futur ; HTTP ne définit pas sa signification. Certains services l'utilisent de manière informelle pour indiquer qu'un paiement ou un abonnement est nécessaire.
status-403-title = Interdit
status-403-description = Le serveur a compris la requête mais refuse de l'exécuter. Contrairement à 401, se reconnecter avec les mêmes identifiants n'y changera rien : le client n'a pas l'autorisation d'accéder à cette ressource.
status-404-title = Introuvable
status-404-description = Le serveur n'a rien à cette adresse, ou ne veut pas révéler que quelque chose s'y trouve. Vérifiez que l'adresse ne contient pas de faute de frappe ; la page a peut-être été déplacée ou supprimée.
status-405-title = Méthode non autorisée
status-405-description = La ressource existe mais n'accepte pas la méthode de la requête, par exemple un POST vers une page en lecture seule. L'en-tête Allow de la réponse énumère les méthodes qu'elle accepte.
status-406-title = Non acceptable
status-406-description = Le serveur n'a aucune version de la ressource qui corresponde à ce que le client a déclaré accepter dans ses en-têtes Accept, comme le type de média ou la langue, et n'enverra pas de version par défaut.
status-407-title = Authentification proxy requise
status-407-description = Comme 401, mais le client doit d'abord s'authentifier auprès d'un proxy situé entre lui et le serveur. L'en-tête Proxy-Authenticate de la réponse indique comment faire.
status-408-title = Délai d'attente de la requête dépassé
status-408-description = Le serveur n'a pas reçu de requête complète dans le délai qu'il était prêt à attendre, et il ferme la connexion. Le client peut renvoyer la requête sur une nouvelle connexion.
status-409-title = Conflit
status-409-description = La requête est en conflit avec l'état actuel de la ressource, par exemple une modification fondée sur une version périmée. Résolvez le conflit, souvent en récupérant la dernière version, puis réessayez.
status-410-title = Disparu
status-410-description = La ressource se trouvait ici mais a été supprimée volontairement, et elle ne reviendra pas ; aucune nouvelle adresse n'est connue. Les liens qui y mènent doivent être supprimés.
status-411-title = Longueur requise
status-411-description = Le serveur refuse la requête car elle n'a pas d'en-tête Content-Length. Renvoyez-la en indiquant la longueur de son contenu.
status-412-title = Échec de la précondition
status-412-description = Une condition des en-têtes de la requête, comme If-Match ou If-Unmodified-Since, s'est révélée fausse sur le serveur. Cela évite généralement d'écraser une ressource que quelqu'un d'autre a modifiée entre-temps.
status-413-title = Contenu trop volumineux
status-413-description = Le contenu de la requête est plus volumineux que ce que le serveur veut ou peut traiter. Envoyez moins de données ; si la limite n'est que temporaire, l'en-tête Retry-After peut indiquer quand réessayer.
status-414-title = URI trop longue
status-414-description = L'adresse demandée est plus longue que ce que le serveur accepte d'interpréter. Cela vient souvent de trop de données placées dans la chaîne de requête ; envoyez plutôt ces données dans le corps de la requête.
status-415-title = Type de média non pris en charge
status-415-description = Le serveur refuse la requête car son contenu est dans un format, ou utilise un encodage, que la ressource ne prend pas en charge pour cette méthode. Vérifiez les en-têtes Content-Type et Content-Encoding.
status-416-title = Plage non satisfaisable
status-416-description = Aucune des plages demandées dans l'en-tête Range ne peut être servie, par exemple parce qu'elles commencent au-delà de la fin de la ressource. La réponse indique généralement la longueur actuelle de la ressource dans un en-tête Content-Range.
status-417-title = Attente non satisfaite
status-417-description = Le serveur ne peut pas satisfaire l'attente indiquée dans l'en-tête Expect de la requête. Le client peut renvoyer la requête sans cet en-tête.
status-418-title = Je suis une théière
status-418-description = Réservé et inutilisé dans HTTP. Il provient du Protocole de contrôle de cafetière hypertexte, un poisson d'avril dans lequel une théière refuse de préparer du café, et certains serveurs l'envoient encore en guise d'easter egg.
status-421-title = Requête mal dirigée
status-421-description = La requête est parvenue à un serveur qui ne peut pas produire de réponse pour son adresse, par exemple parce qu'une connexion réutilisée mène à un serveur qui n'est pas configuré pour ce nom d'hôte. Le client peut réessayer sur une autre connexion.
status-422-title = Contenu non traitable
status-422-description = Le serveur comprend le type de contenu et la syntaxe est correcte, mais il ne peut pas donner suite à ce que dit le contenu, par exemple parce que les données ne passent pas la validation. Corrigez les données avant de réessayer.
status-423-title = Verrouillé
status-423-description = La ressource WebDAV est verrouillée, la méthode ne peut donc pas lui être appliquée. Attendez que le verrou soit libéré, ou envoyez le jeton de verrou si c'est vous qui le détenez.
status-424-title = Échec de dépendance
status-424-description = La méthode n'a pas pu être exécutée sur la ressource, car une autre action dont elle dépendait a échoué. En WebDAV, cela arrive par exemple quand une modification d'un ensemble échoue et que les autres ne sont donc pas appliquées.
status-425-title = Trop tôt
status-425-description = Le serveur ne traitera pas une requête envoyée sous forme de données précoces TLS, car un attaquant pourrait rejouer ces données. Le client doit renvoyer la requête une fois la poignée de main terminée.
status-426-title = Mise à niveau requise
status-426-description = Le serveur refuse de traiter la requête avec le protocole actuel, mais pourra le faire une fois que le client sera passé à un autre. L'en-tête Upgrade de la réponse indique les protocoles qu'il exige.
status-428-title = Précondition requise
status-428-description = Le serveur exige que la requête soit conditionnelle, par exemple qu'elle contienne un en-tête If-Match, afin que les modifications faites par différents clients ne s'écrasent pas mutuellement. Récupérez la version actuelle et renvoyez la requête avec une condition.
status-429-title = Trop de requêtes
status-429-description = Le client a envoyé trop de requêtes en un temps donné et son débit est limité. Ralentissez ; l'en-tête Retry-After peut indiquer combien de temps attendre.
status-431-title = Champs d'en-tête de requête trop volumineux
status-431-description = Le serveur ne traitera pas la requête car ses champs d'en-tête, qu'il s'agisse d'un seul champ ou de tous ensemble, sont trop volumineux. Réduisez les en-têtes, par exemple en effaçant les cookies du site, puis réessayez.
status-451-title = Indisponible pour des raisons juridiques
status-451-description = Le serveur refuse l'accès à la ressource en raison d'une exigence juridique, comme une décision de justice ou une censure gouvernementale. La réponse devrait expliquer quelle est cette exigence et qui l'a formulée.

## 5xx Erreur du serveur

status-500-title = Erreur interne du serveur
status-500-description = Le serveur a rencontré une situation inattendue qui l'a empêché de traiter la requête. Le problème vient du serveur ; réessayez plus tard et, si le problème persiste, contactez les administrateurs du site.
status-501-title = Non implémenté
status-501-description = Le serveur ne prend pas en charge la fonctionnalité nécessaire pour traiter la requête, généralement parce qu'il ne reconnaît pas du tout la méthode de la requête. Contrairement à 405, cela concerne le serveur entier et non une seule ressource.
status-502-title = Passerelle incorrecte
status-502-description = Un serveur agissant comme passerelle ou proxy a reçu une réponse invalide du serveur en amont qu'il a contacté. Le problème se situe entre les serveurs, et réessayer plus tard peut aider.
status-503-title = Service indisponible
status-503-description = Le serveur ne peut pas traiter la requête pour le moment, généralement parce qu'il est surchargé ou en maintenance. Réessayez plus tard ; l'en-tête Retry-After peut indiquer quand.
status-504-title = Délai d'attente de la passerelle dépassé
status-504-description = Un serveur agissant comme passerelle ou proxy n'a pas reçu à temps de réponse du serveur en amont qu'il devait joindre. Réessayer plus tard peut aider.
status-505-title = Version HTTP non prise en charge
status-505-description = Le serveur ne prend pas en charge, ou refuse de prendre en charge, la version majeure de HTTP utilisée dans la requête. Le client doit réessayer avec une autre version du protocole.
status-506-title = La variante négocie aussi
status-506-description = Le serveur est mal configuré pour la négociation de contenu transparente : la variante qu'il a choisie est elle-même configurée pour négocier, ce qui ne finirait jamais. Ce code provient d'une spécification expérimentale et se rencontre rarement.
status-507-title = Espace de stockage insuffisant
status-507-description = Le serveur ne peut pas stocker ce dont il a besoin pour traiter la requête, par exemple parce qu'un disque ou un quota est plein. En WebDAV, cette situation est considérée comme temporaire.
status-508-title = Boucle détectée
status-508-description = Le serveur a interrompu une opération car il a détecté une boucle infinie en traitant une requête WebDAV de profondeur infinie. L'opération entière a échoué.
status-510-title = Non étendu
status-510-description = La requête ne contenait pas les déclarations d'extension que le serveur exige selon le cadre d'extension pour HTTP. Ce code est obsolète, car ce cadre est passé au statut historique ; il ne doit pas être utilisé.
status-511-title = Authentification réseau requise
status-511-description = Le client doit se connecter pour accéder au réseau, typiquement sur le portail captif d'un Wi-Fi public ; la réponse vient du réseau, et non du site auquel la requête était destinée. Ouvrez une page web et connectez-vous ou acceptez les conditions du réseau.
