# Les mots de cloudboard en français. Même syntaxe et mêmes messages que en.ftl (un test
# y veille). Typographie française : une espace insécable (U+00A0) avant les deux-points et
# dans les guillemets « », une espace fine insécable (U+202F) avant ; ? et !, l’apostrophe ’.

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

# --help : l’aide de chaque option, la description de chaque sous-commande (les mots de clap
# lui-même, comme ses erreurs, ne sont pas les nôtres).
scripts-cli-after-help = Fichiers : le fichier de configuration est config.toml dans le répertoire de configuration (voir --config) ; l’état et le journal sont dans le répertoire de données. CLOUDBOARD_LOG fixe le niveau du journal (par exemple debug).
scripts-cli-help = Afficher l’aide
scripts-cli-help-more = Afficher l’aide (plus de détails avec --help)
scripts-cli-help-summary = Afficher l’aide (un résumé avec -h)
scripts-cli-version = Afficher la version
scripts-cli-help-about = Afficher ce message ou l’aide des sous-commandes données
scripts-cli-help-subcommand = Afficher l’aide des sous-commandes
scripts-cli-plain = Poser les questions ligne par ligne sur l’écran normal au lieu de l’interface plein écran (aussi avec ACCESSIBLE=1 ou TERM=dumb) : ni déplacement du curseur ni couleur, bien lu par les lecteurs d’écran
scripts-cli-answers = Préremplir les champs de l’assistant avec un fichier de réponses TOML (voir assets/answers.sample.toml)
scripts-cli-yes = Avec --answers : mener le parcours jusqu’au bout sans demander ce que le fichier répond
scripts-cli-config = Lire la configuration dans le fichier FILE au lieu de l’emplacement par défaut
scripts-cli-sandbox = Démarrer un simulateur intégré des trois fournisseurs et y diriger chaque parcours
scripts-cli-sandbox-url = Diriger chaque fournisseur vers un bac à sable qui tourne déjà à l’adresse URL (voir `cloudboard sandbox`)
scripts-cli-lang = La langue à parler (sinon le `lang` du fichier de configuration, sinon celle que nomment LC_ALL, LC_MESSAGES ou LANG, sinon l’anglais)
scripts-cli-cozy-about = Créer un Cozy, suivre sa création, l’activer
scripts-cli-cozy-create-email = Votre adresse e-mail : l’e-mail d’activation y est envoyé
scripts-cli-cozy-create-slug = L’adresse : SLUG.DOMAIN (lettres minuscules et chiffres, une lettre d’abord)
scripts-cli-cozy-create-domain = L’un des domaines du partenaire (par défaut : le premier configuré)
scripts-cli-cozy-create-offer = L’offre du partenaire avec laquelle créer le Cozy (par défaut : celle configurée)
scripts-cli-cozy-create-redirect = Un lien universel pour l’inscription sur mobile
scripts-cli-cozy-create-accept-terms = Déclarer que vous acceptez les conditions d’utilisation en vigueur (leur version est envoyée et indiquée)
scripts-cli-json = Écrire un objet JSON sur la sortie standard au lieu de texte (voir docs/SCRIPTING.md)
scripts-cli-cozy-create-about = Créer un Cozy et suivre sa création jusqu’au bout
scripts-cli-cozy-status-workflow = L’identifiant de la création (workflow) affiché par `cozy create` (un UUID)
scripts-cli-cozy-status-about = Afficher où en est une création (workflow) ; sans identifiant, les créations dont cette machine se souvient (celle qui est suivie, les demandes restées sans réponse)
scripts-cli-cozy-activate-link = Refusé : le lien contient un secret (voir --link-stdin)
scripts-cli-cozy-activate-link-stdin = Lire le lien d’activation sur l’entrée standard (sinon CLOUDBOARD_COZY_LINK, sinon une invite qui ne l’affiche pas), avant la phrase de passe si les deux y sont lus
scripts-cli-cozy-activate-passphrase-stdin = Lire la phrase de passe sur l’entrée standard (sinon CLOUDBOARD_COZY_PASSPHRASE, sinon une invite sans écho, deux fois)
scripts-cli-cozy-activate-hint = Un indice pour vous souvenir de la phrase de passe
scripts-cli-cozy-activate-about = Activer un nouveau Cozy avec le lien de son e-mail d’activation, en choisissant la phrase de passe
scripts-cli-cozy-onboard-link-email = Votre adresse e-mail, préremplie sur la page web
scripts-cli-cozy-onboard-link-slug = L’adresse voulue (SLUG.DOMAIN), préremplie sur la page web
scripts-cli-cozy-onboard-link-qr = La dessiner aussi en QR code, pour un téléphone
scripts-cli-cozy-onboard-link-about = Afficher le lien de l’inscription web de la Cloudery (pour faire de même dans un navigateur)
scripts-cli-cleura-about = Se connecter à l’API REST de Cleura (double authentification par SMS) et lister les régions et les projets
scripts-cli-cleura-login-login = Votre identifiant Cleura Cloud (il l’emporte sur celui retenu lors d’une exécution précédente)
scripts-cli-cleura-login-password-stdin = Lire le mot de passe sur l’entrée standard (sinon CLOUDBOARD_CLEURA_PASSWORD, sinon une invite sans écho)
scripts-cli-cleura-login-sms-code-stdin = Lire le code SMS sur l’entrée standard (après la ligne du mot de passe, si les deux y sont lus)
scripts-cli-cleura-login-about = Se connecter et garder le jeton (trousseau, ou un fichier que vous seul pouvez lire)
scripts-cli-cleura-regions-about = Lister les régions que votre compte peut utiliser
scripts-cli-cleura-projects-domain = Un identifiant de domaine, ou une étiquette de région comme Sto2 (voir `cleura regions`)
scripts-cli-cleura-projects-about = Lister les projets d’un domaine (son identifiant, ou son étiquette de région comme Sto2)
scripts-cli-cleura-logout-about = Révoquer le jeton sur le serveur et l’oublier
scripts-cli-cloudsigma-about = Créer un compte CloudSigma ou s’y connecter
scripts-cli-cloudsigma-create-account-email = L’adresse e-mail du nouveau compte : son e-mail de confirmation y est envoyé
scripts-cli-cloudsigma-create-account-promo = Un code promotionnel, si on vous en a donné un
scripts-cli-cloudsigma-create-account-location = Un code d’emplacement (voir `locations`), ou une adresse d’API
scripts-cli-cloudsigma-create-account-about = Créer un compte ; un e-mail de confirmation suit
scripts-cli-cloudsigma-login-email = L’adresse e-mail du compte
scripts-cli-cloudsigma-login-password-stdin = Lire le mot de passe sur l’entrée standard (sinon CLOUDBOARD_CLOUDSIGMA_PASSWORD, sinon une invite sans écho)
scripts-cli-cloudsigma-login-location = L’emplacement où le compte a été ouvert : un code (voir `locations`), ou une adresse d’API (par défaut : celui retenu lors d’une exécution précédente, sinon zrh)
scripts-cli-cloudsigma-login-about = Se connecter et garder la session (trousseau, ou un fichier que vous seul pouvez lire)
scripts-cli-cloudsigma-whoami-location = Seulement si la session gardée a été ouverte à cet emplacement (un code, ou une adresse d’API)
scripts-cli-cloudsigma-whoami-about = Afficher le compte connecté, à l’emplacement où sa session a été ouverte
scripts-cli-cloudsigma-logout-location = Seulement si la session gardée a été ouverte à cet emplacement (un code, ou une adresse d’API)
scripts-cli-cloudsigma-logout-about = Se déconnecter et oublier la session, à l’emplacement où elle a été ouverte
scripts-cli-cloudsigma-locations-about = Lister les emplacements
scripts-cli-sandbox-listen = L’adresse où répondre
scripts-cli-sandbox-workflow-secs = La durée d’une création de Cozy, en secondes (de 0 à 3600)
scripts-cli-sandbox-regions = Combien de régions Cleura les comptes voient : les trois du guide, puis des régions inventées (pour essayer un long tableau de régions) ; au plus autant qu’un client en lit dans une réponse
scripts-cli-sandbox-quiet = Ne pas noter chaque requête sur la sortie d’erreur
scripts-cli-sandbox-about = Faire tourner le simulateur des fournisseurs jusqu’à son arrêt, pour les tests et les démonstrations
scripts-cli-completions-shell = Le shell pour lequel compléter
scripts-cli-completions-about = Écrire un script de complétion pour un shell (bash, zsh, fish, elvish, powershell)
scripts-cli-man-about = Écrire la page de manuel (roff), par exemple `cloudboard man | man -l -`


## Les avertissements et conseils de l’estimateur de solidité des phrases de passe
# (Strength section: its messages go here, each id starting strength-.)

