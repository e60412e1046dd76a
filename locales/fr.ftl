# Les mots de cloudboard en français. Même syntaxe et mêmes messages que en.ftl (un test
# y veille). Typographie française : une espace insécable (U+00A0) avant les deux-points et
# dans les guillemets « », une espace fine insécable (U+202F) avant ; ? et !, l’apostrophe ’.

# Le nom de la langue en elle-même, tel que la liste de --lang le montre.
language-name = Français

## La ligne de commande (--help)

cli-about = Ouvrir un compte cloud depuis votre terminal : créer un Cozy, vous connecter à Cleura ou ouvrir un compte CloudSigma
cli-long-about =
    cloudboard est un assistant piloté au clavier qui crée un Cozy (Cozy Cloud), se connecte à l’API REST de Cleura Cloud avec une double authentification par SMS et en parcourt les régions, et crée un compte CloudSigma ou s’y connecte.

    Essayez chaque parcours hors ligne, sans compte : cloudboard --sandbox

## Les touches qui marchent sur chaque écran, dans la barre des touches et l’aide

key-help = aide
key-outbox = afficher/masquer la boîte d’envoi du bac à sable
key-suspend = suspendre
key-quit = quitter
# F2, dans la barre des touches quand la boîte d’envoi du bac à sable est masquée et non vide.
key-outbox-messages = messages dans la boîte d’envoi

## L’aide (? ou F1)

help-title = Touches
# $screen : le titre de l’écran affiché.
help-title-of = Touches · { $screen }
help-close = Appuyez sur une touche pour fermer.

## Quitter pendant un travail en cours

quit-title = Quitter
quit-question = Quitter cloudboard ?
# $what : le travail, tel que son parcours le dit.
quit-in-progress = En cours : { $what }.
# $what : la demande, telle que son parcours la dit ; $where : où cloudboard la montre ensuite.
quit-sent = La demande est partie : si vous quittez, elle peut encore aboutir, sans qu’on sache si elle a abouti. cloudboard garde { $what } { $where }.
# Après la touche y.
quit-choice = quitter · toute autre touche pour rester

## Un terminal trop petit pour les écrans

too-small-title = Terminal trop petit
too-small-size = Il fait { $width }×{ $height } ; cloudboard a besoin d’au moins { $min_width }×{ $min_height }.
too-small-quit-while = Quitter pendant « { $what } » ?
too-small-choice = y pour quitter · toute autre touche pour rester
too-small-enlarge = Agrandissez la fenêtre, ou appuyez sur q pour quitter.

## Cozy

# Les conditions qu’on accepte, dans cette langue, sauf si le fichier de configuration fixe cozy.terms_url.
cozy-terms-url = https://cozy.io/fr/terms-of-service/

## Cleura : la connexion, le code SMS, les régions et les projets
# (Cleura section: its messages go here, each id starting cleura-.)


## CloudSigma : créer un compte ou s’y connecter, l’emplacement, le compte
# (CloudSigma section: its messages go here, each id starting cloudsigma-.)


## L’accueil : le menu et ce que chaque parcours a laissé
# (Home section: its messages go here, each id starting home-.)


## Ce que tous les parcours partagent : les champs et leurs vérifications, les avis, la boîte d’envoi, les questions
# (Shared section: its messages go here, each id starting shared-.)


## Le mode simple, les fichiers de réponses, ce que disent les sous-commandes et l’aide des options
# (Scripts section: its messages go here, each id starting scripts-.)


## Les avertissements et conseils de l’estimateur de solidité des phrases de passe
# (Strength section: its messages go here, each id starting strength-.)

