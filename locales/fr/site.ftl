# Mots du site de référence qu'écrit « httpstatus site » : un index par langue (le tableau des
# statuts avec un sommaire), une page par code de statut et une page racine qui liste les langues.
# Seuls les outils lisent ce fichier. Gardez les { $variables } telles quelles. Les noms
# d'énumération (NOT_FOUND), les messages explicatifs transmis, les noms d'en-têtes (Location) et
# les échanges d'exemple ne se traduisent jamais et ne figurent pas dans ce fichier.

## Sur chaque page

# Le bouton en haut de chaque page qui ouvre la liste des langues (chacune écrite dans sa propre
# langue).
site-languages = Langues
# Un lien pour les personnes qui naviguent au clavier, le premier de chaque page, visible
# seulement quand il a le focus : il saute l'en-tête de la page et la liste des langues.
site-skip = Aller au contenu
# Le titre d'une page dans l'onglet du navigateur et dans les résultats de recherche. { $page } est
# le titre de la page (« 404 Introuvable »), { $site } le nom du site (« Codes de statut HTTP »).
# Séparateur : tiret cadratin entre espaces, comme sur Wikipédia en français.
site-page-title = { $page } — { $site }
# La dernière ligne de chaque page.
site-footer = Généré à partir des fichiers de langue de http-status-catalog. Les noms d'énumération, les messages explicatifs et les échanges d'exemple restent tels que HTTP les écrit.

## L'index d'une langue : le tableau des statuts, groupé par classe

# Le titre du sommaire, qui liste les cinq classes.
site-contents = Sommaire
# Après une classe dans le sommaire : { $count } est le nombre de codes qu'elle compte (donnez
# toutes les formes du pluriel).
site-class-count = { $count ->
        [one] { $count } code
        [many] { $count } codes
       *[other] { $count } codes
    }

## La page d'un code de statut

# Le lien de retour vers l'index, en haut de la page.
site-all-codes = Tous les codes de statut
# Le titre au-dessus de ce qu'une page d'erreur dit à un visiteur qui n'est pas développeur, et de
# l'action qu'elle propose (erreurs du client et du serveur seulement). La description technique
# suit l'encadré.
site-visitor = Ce qui est dit au visiteur
# Libellés de la liste des informations sur un code, chacun suivi de sa valeur.
site-label-class = Classe
# Où en est le code dans sa vie : standard, expérimental, déconseillé, etc.
site-label-lifecycle = Statut
site-label-name = Nom d'énumération
# Noms que le code portait dans des spécifications ou des bibliothèques antérieures
# (REQUEST_ENTITY_TOO_LARGE).
site-label-aliases = Anciens noms
# Le texte anglais qui suit le code dans la ligne de statut d'une réponse (« Not Found »).
site-label-phrase = Message explicatif
# Les sections des spécifications qui définissent le code, chacune avec son lien.
site-label-references = Défini dans
site-label-caching = Mise en cache
site-label-content = Contenu
# La valeur de « Mise en cache » pour un code qu'un cache peut stocker sans qu'on le lui dise (la
# RFC 9110 le dit « heuristiquement cacheable »).
site-cacheable-yes = Mise en cache possible par défaut : un cache peut stocker cette réponse et la réutiliser même si ses en-têtes n'indiquent rien sur sa fraîcheur.
# La valeur de « Mise en cache » pour les autres codes.
site-cacheable-no = Pas de mise en cache par défaut : un cache ne stocke cette réponse que si ses en-têtes l'autorisent.
# La valeur de « Contenu » pour un code dont la réponse n'a jamais de contenu (1xx, 204, 205, 304).
site-no-content-yes = N'a jamais de contenu : la réponse s'arrête après ses en-têtes.
# La valeur de « Contenu » pour les autres codes.
site-no-content-no = Peut avoir un contenu, par exemple une page qui explique le statut.
# Le titre au-dessus d'un exemple de requête et de sa réponse.
site-example = Exemple d'échange
# Sous l'exemple.
site-example-note = Une requête, puis la ligne de statut et les en-têtes de la réponse qui comptent pour ce code. Le contenu des messages est omis.
# Le nom des liens vers le code précédent et le code suivant, en bas de la page, pour les lecteurs
# d'écran.
site-neighbours = Codes précédent et suivant

## La page racine, qui liste toutes les langues

# Son titre, affiché avant la liste des langues (chacune dans sa propre langue), et aussi sur les
# pages de la langue.
site-root-heading = Choisissez une langue
