# Mots de l'outil en ligne de commande httpstatus. Seul l'outil lit ce fichier.
# Gardez les { $variables } telles quelles ; Fluent choisit la forme du pluriel d'après le nombre :
# donnez toutes les formes dont le français a besoin (https://projectfluent.org/fluent/guide/selectors.html).

## Libellés d'un code décrit : « Classe : 4xx (Erreur du client) ».

cli-label-class = Classe
cli-label-name = Nom
cli-label-aliases = Autres noms
cli-label-phrase = Message explicatif
cli-label-lifecycle = Statut
cli-label-references = Défini dans
cli-label-locale = Langue
cli-label-cacheable = Mise en cache possible par défaut
cli-label-no-content = N'a jamais de contenu
cli-yes = oui
cli-no = non
# La classe après son libellé : « 4xx (Erreur du client) ». { $class } ressemble à 4xx, { $title } est le
# nom de la classe.
cli-class-value = { $class } ({ $title })
# Une référence à une spécification après son libellé : « RFC 9110, section 15.5.5 — Sémantique HTTP ».
# { $citation } est la citation, { $title } le titre de la spécification.
cli-reference-value = { $citation } — { $title }
# Affiché sous un code qui n'est pas enregistré, comme 299.
cli-unregistered = Code de statut non enregistré : il est décrit d'après sa classe, comme l'exige la RFC 9110.
# Affiché sous 306, que le registre garde réservé.
cli-reserved = Code réservé dans le registre et qui n'est plus utilisé : il est décrit d'après sa classe, comme l'exige la RFC 9110.

## Liste d'une classe : « httpstatus 4xx ». { $class } vaut « 4xx », { $title } est le nom de la classe.

cli-class-heading = { $class } { $title } : { $count ->
        [one] { $count } code enregistré
        [many] { $count } codes enregistrés
       *[other] { $count } codes enregistrés
    }

## Erreurs dans la ligne de commande. { $input } est ce qui a été saisi.

cli-error-out-of-range = { $input } n'est pas un code de statut HTTP : les codes vont de 100 à 599.
cli-error-unknown-name = « { $input } » n'est ni un code de statut ni un nom de statut connu.
# La même erreur quand un nom est proche de ce qui a été saisi : { $name } ressemble à NOT_FOUND.
cli-error-unknown-name-did-you-mean = « { $input } » n'est ni un code de statut ni un nom de statut connu. Vouliez-vous dire { $name } ?
cli-error-bad-tag = « { $tag } » n'est pas une étiquette de langue ; écrivez-en une comme en, ru ou pt-BR.
# { $requested } est l'étiquette demandée ; { $chosen } est la langue utilisée à la place, { $name } son nom.
cli-warning-no-locale = Aucune langue ne correspond à « { $requested } » ; utilisation de { $chosen } ({ $name }).
cli-error-no-folder = { $path } n'est pas un dossier contenant des dossiers de langue.
cli-error-no-locale = Il n'y a pas de dossier de langue { $tag } sur le disque dans { $path }.
cli-error-not-a-tag = « { $tag } » n'est pas une étiquette de langue sous forme canonique ; écrivez-la comme pt-BR.
cli-error-exists = { $path } contient déjà des fichiers ; ajoutez --force pour les écraser.
# { $error } est le message du système d'exploitation, généralement en anglais.
cli-error-io = Impossible d'écrire { $path } : { $error }

## Chargement des dossiers de langue depuis le disque (--locales-dir).

cli-disk-warnings = { $count ->
        [one] { $count } avertissement
        [many] { $count } avertissements
       *[other] { $count } avertissements
    } dans { $path } ; « httpstatus check » en donne la liste.

## httpstatus check

# Une ligne par langue : « ru : 187/187 traduits, 0 manquant, 0 périmé ».
cli-check-locale = { $tag } : { $translated }/{ $total } { $translated ->
        [one] traduit
        [many] traduits
       *[other] traduits
    }, { $missing } { $missing ->
        [one] manquant
        [many] manquants
       *[other] manquants
    }, { $stale } { $stale ->
        [one] périmé
        [many] périmés
       *[other] périmés
    }
# La dernière ligne : « 0 erreur, 2 avertissements dans 30 langues ».
cli-check-summary = { $errors ->
        [one] { $errors } erreur
        [many] { $errors } erreurs
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
        [many] { $warnings } avertissements
       *[other] { $warnings } avertissements
    } dans { $locales ->
        [one] { $locales } langue
        [many] { $locales } langues
       *[other] { $locales } langues
    }
cli-check-recorded = Le texte anglais actuel de { $tag } a été enregistré dans { $path }.

## httpstatus locales : l'état de chaque langue.

cli-locale-current = complète, à jour
cli-locale-stale = complète, { $stale ->
        [one] { $stale } message périmé
        [many] { $stale } messages périmés
       *[other] { $stale } messages périmés
    }
cli-locale-partial = partielle : { $missing ->
        [one] { $missing } manquant
        [many] { $missing } manquants
       *[other] { $missing } manquants
    }, { $stale ->
        [one] { $stale } périmé
        [many] { $stale } périmés
       *[other] { $stale } périmés
    }
cli-locale-pseudo = pseudo-langue, générée à partir de l'anglais
cli-locale-from-disk = (depuis le disque)

## httpstatus template

cli-template-wrote = { $path } écrit
cli-template-next = Étape suivante : traduisez, puis lancez « httpstatus check --locales-dir { $path } --update-source { $tag } ».

## httpstatus docs --out-dir : progression, une ligne par fichier.

cli-docs-written = [{ $done }/{ $total }] { $path } écrit
cli-docs-unchanged = [{ $done }/{ $total }] { $path } inchangé

## httpstatus site

# Après l'écriture du site : « 1985 fichiers pour 30 langues dans site/ ». { $files } est le nombre de
# fichiers et { $languages } le nombre de langues (donnez toutes les formes du pluriel des deux),
# { $path } le dossier de sortie.
cli-site-written = { $files ->
        [one] { $files } fichier
        [many] { $files } fichiers
       *[other] { $files } fichiers
    } pour { $languages ->
        [one] { $languages } langue
        [many] { $languages } langues
       *[other] { $languages } langues
    } dans { $path }
# Affiché après la ligne ci-dessus quand --base-url n'a pas été donné. Gardez « --base-url » et
# « sitemap.xml ».
cli-site-no-sitemap = Pas de sitemap.xml : un plan de site exige des adresses absolues ; ajoutez --base-url pour en écrire un.
# { $url } est ce qui a été donné après --base-url.
cli-error-base-url = « { $url } » n'est pas une URL de base : indiquez une adresse http ou https sans chaîne de requête, comme https://example.org/http/.

## httpstatus pages : pages d'erreur statiques et extraits de configuration de serveur pour les proxys inverses.

# Progression, une ligne par langue : « [3/30] ru : 80 pages ». { $done } et { $total } comptent les langues,
# { $tag } est une étiquette de langue, { $count } le nombre de pages (donnez toutes les formes du pluriel).
cli-pages-locale = [{ $done }/{ $total }] { $tag } : { $count ->
        [one] { $count } page
        [many] { $count } pages
       *[other] { $count } pages
    }
# La dernière ligne de httpstatus pages : { $written } fichiers écrits (donnez toutes les formes du pluriel),
# { $unchanged } fichiers laissés tels quels, { $path } le dossier de sortie.
cli-pages-done = { $written ->
        [one] { $written } fichier écrit
        [many] { $written } fichiers écrits
       *[other] { $written } fichiers écrits
    }, { $unchanged } { $unchanged ->
        [one] inchangé
        [many] inchangés
       *[other] inchangés
    } dans { $path }.
# Affiché avant la dernière ligne quand une exécution précédente dans le même dossier a écrit des pages
# (ou des fichiers de serveur) que l'exécution actuelle n'écrit plus, parce que moins de codes, de langues
# ou de formats ont été demandés : { $count } fichiers ont été supprimés (donnez toutes les formes du pluriel).
cli-pages-removed = { $count ->
        [one] { $count } fichier écrit par une exécution précédente et que l'exécution actuelle n'écrit plus a été supprimé.
        [many] { $count } fichiers écrits par une exécution précédente et que l'exécution actuelle n'écrit plus ont été supprimés.
       *[other] { $count } fichiers écrits par une exécution précédente et que l'exécution actuelle n'écrit plus ont été supprimés.
    }
# Une ligne par fichier de configuration de serveur écrit, pour dire à l'administrateur de l'inclure ;
# { $path } est le fichier.
cli-pages-snippet = À inclure : { $path }
# { $tag } a été indiqué dans --locales et le catalogue n'a pas cette langue. Gardez « httpstatus locales ».
cli-error-pages-locale = Aucune langue ne correspond à « { $tag } » ; « httpstatus locales » en donne la liste.
# { $input } est une valeur de --codes qui n'est ni un code d'erreur, ni 4xx ou 5xx. Gardez les nombres
# 400 et 599, ainsi que 4xx et 5xx, tels quels.
cli-error-pages-code = « { $input } » n'est pas un code d'erreur : indiquez des codes de 400 à 599, 4xx ou 5xx.
# { $input } est une valeur de --format qui n'est ni html ni json. Gardez html et json.
cli-error-pages-format = « { $input } » n'est pas un format de page : indiquez html, json ou les deux.
# { $path }, le dossier que la configuration du serveur nommerait, contient des caractères que les fichiers
# de configuration ne peuvent pas contenir, ou n'est pas absolu. Gardez --install-dir.
cli-error-pages-install-dir = { $path } ne peut pas figurer dans une configuration de serveur : indiquez avec --install-dir un chemin absolu sans guillemets, accolades, points-virgules ni signes dollar.

## httpstatus serve : le serveur de pages d'erreur.

# La ligne de démarrage de httpstatus serve, sur stderr. { $address } ressemble à 127.0.0.1:8080 ; gardez
# « http://{ $address } » d'un seul tenant, des scripts la lisent. { $locales } est le nombre de langues.
cli-serve-listening = Pages d'erreur servies sur http://{ $address } en { $locales ->
        [one] { $locales } langue
        [many] { $locales } langues
       *[other] { $locales } langues
    } ; /healthz répond aux sondes.
# Après SIGTERM ou Ctrl-C.
cli-serve-stopping = Arrêt : achèvement des requêtes en cours.
# { $address }, donné après --listen, n'est pas une adresse. Gardez les adresses d'exemple et leurs
# nombres tels quels.
cli-error-serve-listen = « { $address } » n'est pas une adresse d'écoute ; écrivez-la comme 127.0.0.1:8080 ou [::1]:8080.
# Impossible d'écouter sur { $address } ; { $error } est le message du système d'exploitation, généralement
# en anglais.
cli-error-serve-bind = Impossible d'écouter sur { $address } : { $error }
