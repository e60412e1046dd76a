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
scripts-cli-sandbox-listen = L’adresse où écouter
scripts-cli-sandbox-workflow-secs = La durée d’une création de Cozy, en secondes (de 0 à 3600)
scripts-cli-sandbox-regions = Combien de régions Cleura les comptes voient : les trois du guide, puis des régions inventées (pour essayer un long tableau de régions) ; au plus autant qu’un client en lit dans une réponse
scripts-cli-sandbox-quiet = Ne pas afficher chaque requête sur la sortie d’erreur
scripts-cli-sandbox-about = Faire tourner le simulateur des fournisseurs jusqu’à son arrêt, pour les tests et les démonstrations
scripts-cli-completions-shell = Le shell pour lequel compléter
scripts-cli-completions-about = Écrire un script de complétion pour un shell (bash, zsh, fish, elvish, powershell)
scripts-cli-man-about = Écrire la page de manuel (roff), par exemple `cloudboard man | man -l -`

# Ce qui se dit partout

# $message : ce qui n’a pas marché, tel que dit.
scripts-error = cloudboard : { $message }
scripts-interrupted = interrompu
# $why : la raison donnée par le système.
scripts-cannot-start = cloudboard : impossible de démarrer : { $why }
scripts-internal-error = cloudboard : une erreur interne a arrêté cette commande (le journal en dit plus)
# $option : une option (--redirect) ; $value : ce qui a été donné ; $why : pourquoi c’est refusé.
scripts-option-refused = { $option } { $value } : { $why }
scripts-backend-stopped = le travail en arrière-plan s’est arrêté
scripts-backend-stopped-starting = le travail en arrière-plan s’est arrêté au démarrage
# $why : la raison.
scripts-sandbox-failed = le bac à sable n’a pas pu démarrer : { $why }
scripts-no-flow-open = aucun parcours n’est ouvert
scripts-flow-stopped = le parcours s’est arrêté
scripts-stdout-closed = la sortie standard a été fermée
scripts-sandbox-and-url = --sandbox et --sandbox-url ne vont pas ensemble
scripts-wizard-options-only = cloudboard : --plain, --answers et --yes sont pour l’assistant ; une sous-commande prend ses réponses dans ses propres options (voir son --help)
# $why : la raison.
scripts-man-failed = cloudboard : impossible d’écrire la page de manuel : { $why }
# $address : où il devait écouter (127.0.0.1:8787) ; $why : la raison.
scripts-sandbox-cannot-serve = cloudboard sandbox : impossible d’écouter sur { $address } : { $why }
# `cloudboard sandbox` : ses comptes de test. $url : où il répond (la première ligne le garde en un mot à part).
scripts-sandbox-banner =
    bac à sable de cloudboard à { $url }

    Cozy (Cloudery)  { $url }/cozy/api      jeton public sandbox-token (routes partenaire :
                                               sandbox-partner-token), partenaire cozy, offre cozy_default,
                                               domaine mycozy.cloud ; le slug `taken` est pris, `fail…` échoue
    Cleura           { $url }/cleura        alice / alice-password (sans 2FA), bob / bob-password (SMS),
                                               carol / carol-password (WebAuthn seulement)
    CloudSigma       { $url }/cloudsigma/api/2.0/   demo@example.org / demo-password
    Boîte d’envoi    { $url }/_sandbox/outbox  (e-mails et SMS « envoyés » par les fournisseurs)

    Essayez l’assistant avec : cloudboard --sandbox-url { $url }
scripts-sandbox-stopping = arrêt du bac à sable
scripts-needs-terminal =
    cloudboard est un assistant interactif qui a besoin d’un terminal (stdin et stdout doivent être un TTY).
    Lancez-le dans un terminal : cloudboard --sandbox pour essayer chaque parcours hors ligne ;
    ou utilisez le mode ligne par ligne (cloudboard --plain) ou une sous-commande (cozy, cleura,
    cloudsigma).
    Voir cloudboard --help.
scripts-cannot-start-loop = impossible de démarrer la boucle d’événements
scripts-cannot-set-up-terminal = impossible de préparer le terminal
# $path : le fichier de configuration ; $why : la raison donnée par le système.
scripts-config-unreadable = Impossible de lire { $path } ({ $why }) ; les réglages par défaut sont utilisés.
# $error : ce qui ne va pas dans le fichier de configuration ; $aside : où il a été déplacé.
scripts-config-set-aside = { $error }. Il a été déplacé vers { $aside } et les réglages par défaut sont utilisés.
# $error : ce qui ne va pas dans le fichier de configuration.
scripts-config-defaults = { $error }. Les réglages par défaut sont utilisés.

# Lire les réponses et les secrets

# L’invite d’une question, la réponse tapée après. $prompt : la question.
scripts-ask = { $prompt } :
# $kib : une taille en Kio.
scripts-input-line-too-long = une ligne de l’entrée standard dépasse { $kib } Kio
# $why : la raison donnée par le système.
scripts-input-unreadable = impossible de lire l’entrée standard : { $why }
# $what : le secret, tel que son invite le dit ; $otherwise : comment le donner autrement (une option ou une variable).
scripts-secret-needs-terminal = { $what } se tape sans écho dans un terminal, et il n’y en a pas : donnez-le avec { $otherwise }
# $why : la raison donnée par le système.
scripts-secret-unreadable = impossible de lire le secret : { $why }
# $what : le secret, tel que son invite le dit, en minuscules.
scripts-secret-stdin-ended = l’entrée standard s’est terminée avant la lecture de « { $what } »
# $what : le secret, tel que son invite le dit, en minuscules.
scripts-secret-input-ended = la saisie s’est terminée avant que « { $what } » soit tapé
# $option : l’option qui le lit sur l’entrée standard ; $variable : la variable d’environnement.
scripts-secret-otherwise = { $option } ou { $variable }
# $prompt : la question.
scripts-answer-not-accepted = la réponse à « { $prompt } » n’a pas été acceptée
# $key : le nom de la question dans les fichiers de réponses (email) ; $prompt : la question.
scripts-answer-needed = { $key } est nécessaire ({ $prompt })
scripts-not-scriptable = cette commande n’est pas un parcours scriptable
# $path : le fichier de réponses ; $why : la raison donnée par le système.
scripts-answers-unreadable = impossible de lire { $path } : { $why }
# $path : le fichier de réponses ; $why : ce qui ne va pas dedans.
scripts-answers-invalid = { $path } : { $why }
scripts-answers-flow-not-text = flow doit être un texte
# $flow : le parcours que le fichier nomme.
scripts-answers-unknown-flow = flow = « { $flow } » n’est pas l’un de cozy, cleura, cloudsigma
# $key : le nom de la question (password).
scripts-answers-secret = { $key } est un secret et ne se lit pas dans un fichier : donnez-le par l’environnement, l’entrée standard ou l’invite
# $key : le nom de la question ; $value : la valeur, telle que TOML l’écrit.
scripts-answers-bad-value = { $key } = { $value } : donnez un texte, un nombre ou true/false

# Ce que le bac à sable a envoyé

# $kind : sms ou email (il choisit le mot) ; $to : l’adresse ou le numéro ; $what : le code, le lien ou l’objet.
scripts-outbox = Boîte d’envoi du bac à sable : { $kind ->
        [sms] SMS
       *[other] e-mail
    } à { $to } : { $what }
# $code : le code envoyé par SMS.
scripts-outbox-code = code { $code }

# Le mode simple (--plain)

# $url : où le bac à sable répond.
scripts-plain-sandbox = Bac à sable : chaque fournisseur est simulé à { $url }. Rien de réel n’est créé.
scripts-plain-menu-question = Que voulez-vous faire ?
# $count : le nombre de choix. q quitte dans toutes les langues.
scripts-plain-menu-choose = Choisissez de 1 à { $count } (q pour quitter) :
# $count : le nombre de choix.
scripts-plain-menu-invalid = Répondez par un nombre de 1 à { $count }, ou q.
# $message : pourquoi le parcours s’est arrêté.
scripts-plain-stopped = Arrêté : { $message }
scripts-plain-interrupted = Interrompu.
# $message : pourquoi la dernière réponse n’a pas été prise.
scripts-plain-problem = Erreur : { $message }
# $prompt : la question ; $answer : la réponse prise, telle qu’elle peut être montrée.
scripts-plain-answered = { $prompt } : { $answer }
# Au-dessus des choix numérotés. $prompt : la question.
scripts-plain-options = { $prompt } :
# $count : le nombre de choix.
scripts-plain-choose = Choisissez de 1 à { $count } :
# $count : le nombre de choix ; $default : ce que choisit Entrée seule.
scripts-plain-choose-default = Choisissez de 1 à { $count } [{ $default }] :
# y et n sont les mêmes lettres dans toutes les langues. $prompt : la question.
scripts-plain-yes-no = { $prompt } (y/n) :
# $prompt : la question ; $default : ce que répond Entrée seule.
scripts-plain-yes-no-default = { $prompt } (y/n) [{ $default }] :
# $prompt : la question ; $default : ce que répond Entrée seule.
scripts-plain-ask-default = { $prompt } [{ $default }] :
# Comment donner un secret autrement. $variable : la variable d’environnement.
scripts-plain-secret-env = { $variable }, avec --answers FICHIER --yes
scripts-plain-secret-terminal-only = rien d’autre : il ne se tape que dans un terminal
scripts-plain-input-ended = l’entrée standard s’est terminée avant le parcours
# $code : le code envoyé par SMS.
scripts-plain-outbox-code = code : { $code }
# $link : le lien envoyé par e-mail.
scripts-plain-outbox-link = lien : { $link }

# Les sous-commandes : leurs résultats en texte et ce qu’elles disent sur la sortie d’erreur

scripts-label-email = E-mail
scripts-label-uuid = UUID
scripts-label-state = État
scripts-label-balance = Solde
scripts-label-location = Emplacement
scripts-label-address = Adresse
scripts-label-workflow = Création
scripts-label-status = Statut
scripts-kept-in-desktop-keyring = le trousseau du bureau (Secret Service)
scripts-kept-in-keychain = le trousseau de macOS
scripts-kept-in-credential-manager = le Gestionnaire d’identification de Windows
scripts-kept-in-system-keyring = le trousseau du système
scripts-kept-in-kernel-keyring = le trousseau du noyau (oublié au redémarrage)
# $path : le fichier.
scripts-kept-in-file = { $path } (un fichier que vous seul pouvez lire)
# $path : le fichier.
scripts-kept-in-fallback-file = { $path } (aucun trousseau n’a répondu ; vous seul pouvez lire ce fichier)
scripts-sign-in-stopped-early = la connexion s’est arrêtée trop tôt
scripts-sign-out-did-not-end = la déconnexion n’a pas abouti
scripts-session-ended = la session a pris fin ; reconnectez-vous
# $what : la demande, avec une majuscule ; $next : que faire ensuite, une phrase ; $where : où cloudboard la garde.
scripts-left-unanswered = { $what } : la demande est partie et sa réponse n’était pas arrivée ; elle peut encore aboutir. { $next } cloudboard la garde { $where }.
# $account : l’identifiant.
scripts-cleura-signed-in = Connecté à Cleura en tant que { $account }.
# $account : l’identifiant.
scripts-cleura-already-signed-in = Déjà connecté à Cleura en tant que { $account } : le jeton gardé d’une exécution précédente est toujours valable, le mot de passe n’a donc pas servi.
# $account : l’identifiant connecté ; $login : celui demandé.
scripts-cleura-signed-in-as-other = déjà connecté à Cleura en tant que { $account }, avec un jeton gardé d’une exécution précédente ; rien n’a été envoyé pour { $login }. Pour vous connecter en tant que { $login }, lancez d’abord `cloudboard cleura logout`
# $why : la raison.
scripts-cleura-token-not-kept = Cleura a accepté la connexion, mais le jeton n’a pas pu être gardé sur cette machine ({ $why }) : rien n’est gardé, et la prochaine commande demandera de vous reconnecter
# $place : où (un trousseau, ou un fichier).
scripts-cleura-token-kept-in = Le jeton est gardé dans { $place }.
# $problem : pourquoi il n’y a pas de connexion, une phrase.
scripts-cleura-then-login = { $problem } Lancez d’abord `cloudboard cleura login --login LOGIN`.
scripts-cleura-not-signed-in = pas de connexion à Cleura : lancez d’abord `cloudboard cleura login --login LOGIN`
scripts-cleura-projects-not-listed = les projets n’ont pas été listés
# $problem : ce qui a échoué, une phrase.
scripts-cleura-logout-unreachable = { $problem } Le jeton est toujours gardé sur cette machine : relancez `cloudboard cleura logout` quand Cleura sera joignable.
# $problem : pourquoi le jeton gardé ne marche plus, une phrase.
scripts-cleura-logout-forgotten = { $problem } Il a été oublié sur cette machine ; il n’y a plus de session à fermer.
scripts-cleura-nothing-to-do = Pas de connexion à Cleura ; rien à faire.
# $place : le nom de l’emplacement.
scripts-cloudsigma-signed-in = Connecté à CloudSigma à { $place }.
# $account : l’adresse e-mail ; $place : le nom de l’emplacement.
scripts-cloudsigma-already-signed-in = Déjà connecté à CloudSigma en tant que { $account } à { $place } : la session gardée d’une exécution précédente est toujours valable, le mot de passe n’a donc pas servi.
# $account : l’adresse e-mail connectée ; $place : le nom de son emplacement ; $email : celle demandée.
scripts-cloudsigma-signed-in-as-other = déjà connecté à CloudSigma en tant que { $account } à { $place }, avec une session gardée d’une exécution précédente ; rien n’a été envoyé pour { $email }. Pour vous y connecter en tant que { $email }, lancez d’abord `cloudboard cloudsigma logout`
# $account : l’adresse e-mail connectée.
scripts-cloudsigma-signed-in-already = déjà connecté à CloudSigma en tant que { $account } : lancez d’abord `cloudboard cloudsigma logout`
# $why : la raison.
scripts-cloudsigma-session-not-kept = CloudSigma a accepté la connexion, mais la session n’a pas pu être gardée sur cette machine ({ $why }) : rien n’est gardé, et la prochaine commande demandera de vous reconnecter
# $place : où (un trousseau, ou un fichier).
scripts-cloudsigma-session-kept-in = La session est gardée dans { $place }.
# $problem : pourquoi il n’y a pas de session, une phrase.
scripts-cloudsigma-then-login = { $problem } Lancez d’abord `cloudboard cloudsigma login --email EMAIL`.
scripts-cloudsigma-not-signed-in = pas de connexion à CloudSigma : lancez d’abord `cloudboard cloudsigma login --email EMAIL`
# $place : où la session gardée a été ouverte ; $wanted : l’emplacement demandé.
scripts-cloudsigma-kept-elsewhere = la session CloudSigma gardée sur cette machine a été ouverte à { $place }, pas à { $wanted } ; rien n’y a été envoyé
scripts-cloudsigma-not-created = le compte n’a pas été créé
# $problem : ce qui a échoué, une phrase.
scripts-cloudsigma-logout-unreachable = { $problem } La session est toujours gardée sur cette machine : relancez `cloudboard cloudsigma logout` quand CloudSigma sera joignable.
scripts-cloudsigma-logout-ended = La session gardée avait déjà pris fin et a été oubliée ; il n’y a plus de session à fermer.
scripts-cloudsigma-nothing-to-do = Pas de connexion à CloudSigma ; rien à faire.
scripts-cloudsigma-no-location = CloudSigma n’a listé aucun emplacement
# $version : la version des conditions ; $url : où les lire.
scripts-cozy-accept-terms = créer un Cozy, c’est accepter les conditions d’utilisation de Cozy Cloud (version { $version }, à l’adresse { $url }) : lisez-les, puis ajoutez --accept-terms
# $domain : le domaine donné ; $domains : ceux du partenaire, séparés par des virgules.
scripts-cozy-domain-unknown = --domain { $domain } n’est pas l’un des domaines du partenaire ({ $domains })
scripts-cozy-creation-stopped-early = la création s’est arrêtée trop tôt
scripts-cozy-creation-not-recorded = la création n’a pas été enregistrée
# $fqdn : l’adresse du nouveau Cozy (alice.mycozy.cloud) ; $version : la version des conditions.
scripts-cozy-created = { $fqdn } est créé (conditions d’utilisation acceptées, version { $version }).
scripts-cozy-then-activate = Activez-le ensuite : cloudboard cozy activate (il demande le lien, ou donnez-le avec --link-stdin).
# $workflow : ce qui a été donné.
scripts-cozy-not-a-workflow = « { $workflow } » n’est pas un identifiant de création : donnez l’UUID affiché par `cozy create` (comme 0d8f1e9c-5b7a-4c2e-9f3d-1a2b3c4d5e6f)
scripts-cozy-no-token = pas de jeton de la Cloudery : définissez CLOUDBOARD_COZY_TOKEN, ou token sous [cozy] dans le fichier de configuration
scripts-cozy-no-route = aucune route n’a été essayée
scripts-cozy-link-not-an-argument = le lien d’activation contient le jeton d’inscription, et qui le détient peut choisir la phrase de passe : il n’est pas pris en argument (ps et l’historique de votre shell le garderaient). Donnez-le à l’invite, avec --link-stdin, ou dans CLOUDBOARD_COZY_LINK
scripts-cozy-activation-did-not-end = l’activation n’a pas abouti
scripts-cozy-link-prompt = Le lien d’activation de l’e-mail :
# $link : le lien, son jeton masqué.
scripts-cozy-link-shown = Lien : { $link }
scripts-cozy-no-link = aucun lien d’activation n’a été donné
# $why : la raison donnée par la bibliothèque QR.
scripts-cozy-qr-too-long = le lien est trop long pour un QR code ({ $why })
# Une ligne de `cozy status`. $fqdn : l’adresse du Cozy ; $workflow : l’identifiant de sa création.
scripts-cozy-following-line = suivie  { $fqdn }  création { $workflow }
# $fqdn : l’adresse du Cozy ; $workflow : l’identifiant de sa création.
scripts-cozy-following = La création de { $fqdn } est suivie : `cloudboard cozy status { $workflow }` demande à la Cloudery où elle en est.
# Une ligne de `cozy status`. $what : la demande ; $when : quand elle a été envoyée.
scripts-cozy-unanswered-line = sans réponse  { $what }  envoyée { $when }
scripts-cozy-unknown-time = à une heure inconnue
# $what : la demande, avec une majuscule ; $next : que faire ensuite, une phrase.
scripts-cozy-unanswered = { $what } : sa réponse n’est jamais arrivée. { $next }
scripts-cozy-nothing-remembered = Cette machine ne se souvient d’aucune création de Cozy.


## Les avertissements et conseils de l’estimateur de solidité des phrases de passe
# (Strength section: its messages go here, each id starting strength-.)

