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
key-outbox = afficher/masquer la boîte d’envoi
key-suspend = suspendre
key-quit = quitter
# F2, dans la barre des touches quand la boîte d’envoi du bac à sable est masquée et non vide.
key-outbox-messages = messages

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
home-intro = Ouvrez un compte cloud depuis votre terminal.
# La touche ? est précédée d’une espace fine insécable, comme le signe.
home-intro-keys = Choisissez quoi faire : Enter ouvre, ? liste les touches.
home-intro-sandbox = Bac à sable : tout fournisseur est simulé ici ; rien de réel n’est créé.

home-cozy-title = Créer un Cozy
home-cozy-blurb = Un cloud personnel : son adresse, les conditions, une phrase de passe
# Sans jeton partenaire Cozy (cozy.token dans la configuration).
home-cozy-blurb-no-token = Demande un jeton partenaire ; l’inscription web ci-dessous, non
home-cleura-title = Se connecter à Cleura et parcourir les régions
home-cleura-blurb = API REST de Cleura Cloud, validation par SMS ; ses régions et projets
home-cloudsigma-title = Compte CloudSigma
home-cloudsigma-blurb = Créer un compte ou se connecter à un emplacement ; voir qui vous êtes
home-web-title = Ouvrir plutôt l’inscription web de Cozy
home-web-blurb = La même inscription, dans un navigateur ou sur téléphone (code QR)
home-quit-title = Quitter
home-quit-blurb = Sortir de cloudboard

# Une création de Cozy laissée par une exécution précédente. $fqdn : l’adresse du Cozy (alice.mycozy.cloud).
home-resume-title = Reprendre la création de { $fqdn }
home-resume-blurb = Commencée plus tôt ; suivez-la jusqu’au bout (Del l’oublie)
home-finish-title = Terminer l’activation de { $fqdn }
home-finish-blurb = Il existe ; donnez le lien de son e-mail d’activation (Del l’oublie)
home-forget-title = Oublier { $fqdn } : bac à sable disparu
# $at : l’hôte et le port du bac à sable (127.0.0.1:4000).
home-forget-blurb = Son bac à sable sur { $at } est arrêté ; Enter ou Del l’oublie
# Après Enter ou Del sur l’entrée ci-dessus. $fqdn : l’adresse du Cozy.
home-forgot = Création de { $fqdn } oubliée.

# Une demande envoyée par une exécution précédente, restée sans réponse. $fqdn : l’adresse d’un Cozy.
home-unanswered-cozy-create-title = { $fqdn } a-t-il été créé ?
home-unanswered-cozy-create-blurb = Réponse à sa création perdue : activez-le, ou recréez-le (Del l’oublie)
home-unanswered-cozy-passphrase-title = { $fqdn } est-il actif ?
home-unanswered-cozy-passphrase-blurb = Réponse à sa phrase de passe perdue : voyez quoi faire (Del l’oublie)
# $email : l’adresse e-mail du compte.
home-unanswered-cloudsigma-title = Le compte CloudSigma de { $email } est-il ouvert ?
home-unanswered-cloudsigma-blurb = Réponse perdue : connectez-vous, ou recréez-le (Del l’oublie)

# Sous le titre d’un parcours : ce qu’on en sait. $fqdn : l’adresse du Cozy.
home-status-cozy-creating = { $fqdn } est en cours de création
home-status-cozy-waiting = { $fqdn } attend son activation
home-status-cozy-active = { $fqdn } est actif
home-status-cozy-gone = { $fqdn } : bac à sable disparu
# Cleura garde un jeton, CloudSigma une session : $what vaut token ou session (un nom, jamais
# affiché : chaque langue le dit avec ses mots). $who : l’identifiant ou l’e-mail ; $place :
# le nom de l’emplacement ; $store : où il est gardé (le nom d’un trousseau ou le chemin d’un fichier).
home-status-signed-in-kept = Connecté en tant que { $who } ; { $what ->
        [token] jeton gardé
       *[session] session gardée
    } dans { $store }
home-status-signed-in-kept-at = Connecté en tant que { $who } à { $place } ; { $what ->
        [token] jeton gardé
       *[session] session gardée
    } dans { $store }
home-status-signed-in-not-kept = Connecté en tant que { $who } ; { $what ->
        [token] jeton non gardé
       *[session] session non gardée
    }
home-status-kept = { $who } : { $what ->
        [token] jeton gardé
       *[session] session gardée
    } dans { $store }
home-status-kept-at = { $who } à { $place } : { $what ->
        [token] jeton gardé
       *[session] session gardée
    } dans { $store }
home-status-signed-out = Non connecté
# Connecté par une version précédente, qui ne l’a pas noté.
home-status-maybe-kept = { $what ->
        [token] Un jeton est peut-être gardé
       *[session] Une session est peut-être gardée
    } : le parcours le dira

# Les touches du menu. En français, Enter et 1-3 disent tous deux « ouvrir » : la barre les réunit.
home-key-choose = choisir
home-key-open = ouvrir
home-key-forget = l’oublier
home-key-open-flow = ouvrir
home-key-quit = quitter
home-key-first-last = première/dernière entrée


## Ce que tous les parcours partagent : les champs et leurs vérifications, les avis, la boîte d’envoi, les questions
# (Shared section: its messages go here, each id starting shared-.)
# Le bout droit de l’en-tête. $url : l’adresse du bac à sable.
shared-header-sandbox = bac à sable { $url }
shared-header-sandbox-starting = démarrage du bac à sable…
shared-header-sandbox-failed = le bac à sable n’a pas démarré
# La question pour quitter, quand aucun parcours ne nomme son travail.
shared-quit-work = un travail

# Un avis quand aucun navigateur ne s’ouvre. $why : les premiers mots du lanceur, tels quels.
shared-no-browser = Aucun navigateur n’a pu s’ouvrir ici ({ $why }). Copiez plutôt le lien (c).

# La boîte d’envoi du bac à sable

shared-outbox-title = Boîte d’envoi du bac à sable (F2 la masque)
shared-outbox-title-over = Boîte d’envoi du bac à sable (une touche la ferme)
# $why : ce qui n’a pas marché.
shared-outbox-unavailable = Impossible de lire la boîte d’envoi : { $why }
shared-outbox-empty = Rien d’envoyé pour l’instant. Les e-mails avec un lien et les SMS avec un code s’affichent ici.
# Le genre d’un message, dessiné comme une touche quand la ligne suivante commence par lui.
shared-outbox-email = E-mail
shared-outbox-sms = SMS
# $to : l’adresse ou le numéro de téléphone du destinataire.
shared-outbox-email-to = E-mail à { $to }
shared-outbox-sms-to = SMS au { $to }
# Avant le code que porte un SMS.
shared-outbox-code = code

# Les demandes qu’on ne peut pas faire deux fois, envoyées et restées sans réponse

# $fqdn : l’adresse du Cozy ; $email : l’e-mail du compte.
shared-sent-cozy-create = la création de { $fqdn } pour { $email }
shared-sent-cozy-passphrase = la première phrase de passe de { $fqdn }
# $host : l’hôte de l’emplacement CloudSigma.
shared-sent-cloudsigma-create = un compte CloudSigma pour { $email } sur { $host }
# Où cloudboard la montre tant qu’on ne sait pas (après « cloudboard garde … »).
shared-sent-kept-cozy = dans le menu de l’assistant et dans `cloudboard cozy status`
shared-sent-kept-cloudsigma = dans le menu de l’assistant
# $email : où va l’e-mail ; $fqdn : l’adresse du Cozy.
shared-sent-next-cozy-create = Si le Cloudery l’a créé, son e-mail d’activation arrive à { $email } d’ici quelques minutes : donnez-en le lien à cloudboard (son entrée dans le menu de l’assistant, ou `cloudboard cozy activate`). Si aucun e-mail n’arrive, créez { $fqdn } à nouveau : une adresse « déjà prise » est alors très probablement votre propre demande précédente.
# $address : l’adresse web du Cozy.
shared-sent-next-cozy-passphrase = Si l’instance l’a prise, votre Cozy est actif : connectez-vous sur { $address } avec cette phrase de passe. Si elle la refuse, donnez à nouveau le lien d’activation pour en choisir une.
shared-sent-next-cloudsigma-create = Si le compte a été ouvert, l’e-mail de confirmation de CloudSigma arrive à { $email } : confirmez-le, puis connectez-vous. Le créer à nouveau dira que le compte existe s’il a été ouvert.

# Où un secret (un jeton, une session) est gardé

shared-store-keyring-linux = le trousseau du bureau (Secret Service)
shared-store-keyring-linux-short = le trousseau du bureau
shared-store-keyring-macos = le trousseau macOS
shared-store-keyring-macos-short = le trousseau
shared-store-keyring-windows = le Gestionnaire d’identification Windows
shared-store-keyring-windows-short = le Gestionnaire d’identification
shared-store-keyring-other = le trousseau du système
shared-store-kernel = le trousseau du noyau (oublié au redémarrage)
shared-store-kernel-short = le trousseau du noyau (jusqu’au redémarrage)
# $path : le chemin du fichier.
shared-store-file = { $path } (un fichier que vous seul pouvez lire)
shared-store-fallback-file = { $path } (aucun trousseau n’a répondu ; vous seul pouvez lire ce fichier)

# Les remarques d’un champ sur ce qu’il a ignoré ou changé, et ses refus d’une valeur donnée

# Pourquoi un caractère est refusé.
shared-field-why-control = les caractères de contrôle ne se tapent pas ici
shared-field-why-space = les espaces ne sont pas acceptées ici
shared-field-why-slug = utilisez des minuscules a–z et des chiffres 0–9
shared-field-why-digits = seuls les chiffres 0–9 vont ici
# Un caractère nommé. $code : son échappement Unicode (\u{9}) ; $char : le caractère.
shared-field-char-space = une espace
shared-field-char-tab = une tabulation ({ $code })
shared-field-char-other-space = une espace ({ $code })
shared-field-char = « { $char } »
# Deux remarques, l’une après l’autre ($said : les premières, $more : la suivante).
shared-and = { $said } ; { $more }
# $what : les caractères nommés ; $why : pourquoi ils sont refusés (l’une des raisons ci-dessus).
shared-field-left-out = ignoré : { $what } ({ $why })
# $count : combien d’espaces.
shared-field-left-out-spaces = ignoré : { $count ->
        [one] 1 espace
       *[other] { $count } espaces
    } ({ $why })
# $from : les majuscules nommées, $to : les mêmes en minuscules.
shared-field-lowered = { $from } mis en minuscules ({ $to }) : une adresse s’écrit en minuscules
# $max : le plus de caractères que prend le champ.
shared-field-cut = coupé à { $max } caractères, le maximum de ce champ
# Un collage depuis un cadre. $count : combien de caractères de bordure ; $chars : lesquels ; $lines : combien de lignes.
shared-field-borders = { $count ->
        [one] 1 caractère de bordure retiré
       *[other] { $count } caractères de bordure retirés
    } ({ $chars }) du texte collé
shared-field-borders-joined = { $count ->
        [one] 1 caractère de bordure retiré
       *[other] { $count } caractères de bordure retirés
    } ({ $chars }) du texte collé, et ses { $lines } lignes réunies
# Un collage de Nom <adresse>. $name : le nom.
shared-field-named = seule l’adresse entre < > est gardée, sans le nom « { $name } »
# Une valeur donnée par un script. $label : l’intitulé du champ ; $max : le plus qu’il prend ; $count : sa longueur.
shared-field-too-long = { $label } : { $max } caractères au plus ; cette valeur en a { $count }.
# $char : le caractère nommé ; $why : pourquoi il est refusé.
shared-field-cannot-hold = { $label } : impossible d’y mettre { $char } ({ $why }).
# À la frappe, une touche à la fois.
shared-field-at-most = { $max } caractères au plus
shared-field-typed-lowered = { $from } devient { $to } : une adresse s’écrit en minuscules
shared-field-typed-left-out = ignoré : { $char } ({ $why })

# Les valeurs vérifiées avant tout envoi
shared-check-email-empty = Saisissez votre adresse e-mail.
shared-check-email-no-at = Une adresse e-mail a besoin d’un « @ », comme dans alice@example.org.
shared-check-email-nothing-before-at = Il faut quelque chose avant le « @ ».
shared-check-email-no-domain = Un domaine doit suivre le « @ », comme example.org.
shared-check-email-domain-without-dot = La partie après le « @ » doit contenir un point, comme example.org.
shared-check-email-misplaced-dot = La partie après le « @ » a un point mal placé.
shared-check-email-too-long = Cette adresse est plus longue que ne peut l’être une adresse e-mail.
shared-check-email-quotes = Les guillemets de cette adresse ne vont pas par paires.
shared-check-email-character = Cette adresse contient un caractère qu’une adresse e-mail ne peut pas avoir.
shared-check-not-an-email = Ce n’est pas une adresse e-mail ; une adresse ressemble à alice@example.org.
# L’adresse d’un Cozy. $max : son nombre maximal de caractères.
shared-check-slug-empty = Choisissez une adresse : de 1 à { $max } lettres minuscules et chiffres.
shared-check-slug-digit-first = Une adresse commence par une lettre (a–z), pas par un chiffre.
shared-check-slug-characters = N’utilisez que des lettres minuscules a–z et des chiffres 0–9.
shared-check-slug-too-long = Une adresse a au plus { $max } caractères.
# $char : le caractère refusé.
shared-check-promo-character = « { $char } » n’est pas permis : un code promo n’a que des lettres, des chiffres, - et _.

# Ce qui n’a pas marché avec une requête, et que faire. $host : le nom du serveur ; $detail : ce
# qu’en a dit la couche réseau (ses propres mots).
shared-api-network = impossible de joindre { $host } : { $detail }. Vérifiez votre connexion réseau, puis réessayez.
shared-api-timeout = { $host } n’a pas répondu à temps. Réessayez dans un instant.
shared-api-closed = { $host } a fermé la connexion avant de répondre. Réessayez dans un instant.
shared-api-untrusted = le certificat TLS de { $host } n’est pas reconnu ({ $detail }). Rien n’a été envoyé. Si cette adresse est la bonne, le serveur ou un intermédiaire (un proxy) présente un certificat auquel cette machine ne fait pas confiance.
# $message : pourquoi le serveur est occupé (ses mots, ou son statut en mots) ; $wait : combien de temps il demande d’attendre.
shared-api-busy = { $message }. Réessayez dans un instant.
shared-api-busy-wait = { $message }. Le serveur demande d’attendre { $wait } ; réessayez ensuite.
# $status : le numéro du statut HTTP ; $message : les mots du serveur.
shared-api-server = le serveur a échoué ({ $status }) : { $message }. Réessayez plus tard.
# $to : l’adresse vers laquelle il redirige.
shared-api-moved = le fournisseur a déplacé cette adresse (HTTP { $status }) vers { $to }. cloudboard ne l’a pas suivie : vérifiez l’adresse dans la configuration (ou demandez au support du fournisseur) avant de réessayer.
shared-api-moved-nowhere = le fournisseur a déplacé cette adresse (HTTP { $status }). cloudboard ne l’a pas suivie : vérifiez l’adresse dans la configuration (ou demandez au support du fournisseur) avant de réessayer.
# $detail : ce qui n’allait pas dans la réponse.
shared-api-bad-response = la réponse du serveur est incompréhensible : { $detail }. Le problème vient du serveur ou de l’adresse configurée pour lui ; réessayez plus tard ou vérifiez l’adresse.
# Un statut en mots, quand le serveur n’a rien dit d’utile. $meaning : l’un de ceux ci-dessous ; $code : son numéro.
shared-status-in-words = { $meaning } (HTTP { $code })
shared-status-400 = la requête a été refusée comme mal formée
shared-status-401 = les identifiants n’ont pas été acceptés
shared-status-403 = l’accès à ceci est interdit
shared-status-404 = cette adresse n’a pas cette route ou cet élément
shared-status-405 = cette adresse n’accepte pas ce genre de requête
shared-status-409 = cela entre en conflit avec quelque chose qui existe déjà
shared-status-410 = cela n’existe plus
shared-status-413 = la requête est trop grande
shared-status-415 = le format de la requête n’est pas accepté
shared-status-422 = une valeur a été refusée
shared-status-429 = trop de requêtes
shared-status-5xx = le serveur a échoué
shared-status-unexpected = une réponse inattendue
# Une attente. $minutes, $seconds : combien.
shared-duration-seconds = { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }
shared-duration-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
shared-duration-minutes-seconds = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }

# Le fichier d’état (ce que les exécutions précédentes ont laissé) est inutilisable. $path : le
# fichier ; $error : les mots du système ou de l’analyseur ; $aside : où il a été déplacé.
shared-state-unreadable = Impossible de lire { $path } : { $error }
shared-state-damaged-moved = { $path } était abîmé ({ $error }) ; il a été déplacé vers { $aside }.
shared-state-damaged = { $path } était abîmé ({ $error }) et n’est pas pris en compte.

# La tâche d’une requête s’est arrêtée sans répondre.
shared-task-failed = une erreur interne a arrêté cette requête (les détails sont dans le journal)
# La boîte d’envoi du bac à sable est illisible. $why : ce qu’a dit la couche réseau ou le statut.
shared-outbox-no-answer = le bac à sable ne répond pas ({ $why })
shared-outbox-answered = le bac à sable a répondu { $why }
shared-outbox-unreadable = la boîte d’envoi du bac à sable est illisible ({ $why })
# Une partie d’un compte CloudSigma qui n’a pas pu être lue. $why : le conseil de l’erreur.
shared-account-no-profile = Le profil n’a pas pu être lu : { $why }
shared-account-no-whoami = L’identité de la personne connectée n’a pas pu être lue : { $why }
shared-account-no-balance = Le solde n’a pas pu être lu : { $why }
# La page de confirmation de CloudSigma (le mot de passe s’y choisit). $why : les mots de la couche
# réseau ; $said : les mots de la page ; $status : son statut HTTP.
shared-confirmation-unreachable = La page de confirmation est injoignable : { $why }
shared-confirmation-refused = La page de confirmation a refusé le mot de passe : { $said }
shared-confirmation-used = Le lien de confirmation n’est plus valable : il a déjà servi.
shared-confirmation-answered = La page de confirmation a répondu { $status }.
# Le suivi de la création d’un Cozy. $seconds : l’attente avant le prochain coup d’œil ; $error : ce qui n’a pas marché.
shared-cozy-not-shown-yet = le Cloudery ne montre pas encore cette création ; nouvel essai dans { $seconds } s
shared-cozy-looking-again = { $error } ; nouvel essai dans { $seconds } s

# Un secret (un jeton, une session) qui n’a pas pu être gardé, lu ou oublié. $why : ce qu’a dit
# le trousseau ou le système ; $path : un fichier ; $keyring : le nom court d’un trousseau.
shared-secret-refused = le trousseau a refusé de le garder : { $why }
shared-secret-no-keyring = aucun trousseau n’a répondu ; mettez secrets.store à « auto » dans la configuration pour utiliser un fichier
shared-secret-cannot-write = impossible d’écrire { $path } : { $why }
shared-secret-cannot-read = impossible de lire { $path } : { $why }
shared-secret-keyring-cannot-remove = { $keyring } n’a pas pu l’effacer : { $why }
shared-secret-cannot-remove = impossible d’effacer { $path } : { $why }
shared-secret-keyring-timeout = { $keyring } n’a pas répondu à temps

# Dans la barre des touches et l’aide, pour tout caractère tapé dans le champ actif.
shared-key-typing = tapez
# Pourquoi un serveur est injoignable ($cause : les mots du système).
shared-api-connection-refused = la connexion a été refusée
shared-api-no-connection = aucune connexion n’a pu s’établir ({ $cause })


## Le mode simple, les fichiers de réponses, ce que disent les sous-commandes et l’aide des options
# (Scripts section: its messages go here, each id starting scripts-.)


## Les avertissements et conseils de l’estimateur de solidité des phrases de passe
# (Strength section: its messages go here, each id starting strength-.)
# Ce qui rend une phrase de passe facile à deviner (les avertissements de zxcvbn).
strength-warning-top-10 = C’est l’un des 10 mots de passe les plus courants.
strength-warning-top-100 = C’est l’un des 100 mots de passe les plus courants.
strength-warning-very-common = C’est un mot de passe très courant.
strength-warning-similar-to-common = Cela ressemble à un mot de passe très utilisé.
strength-warning-word-by-itself = Un mot seul est facile à deviner.
strength-warning-names-by-themselves = Des noms et prénoms seuls sont faciles à deviner.
strength-warning-common-names = Les noms et prénoms courants sont faciles à deviner.
strength-warning-own-details = Vos informations personnelles sont faciles à deviner.
strength-warning-straight-rows = Les rangées de touches sont faciles à deviner.
strength-warning-short-keyboard-patterns = Les motifs courts sur le clavier sont faciles à deviner.
strength-warning-repeated-character = Les répétitions comme « aaa » sont faciles à deviner.
strength-warning-repeated-pattern = Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».
strength-warning-sequences = Les suites comme abc ou 6543 sont faciles à deviner.
strength-warning-recent-years = Les années récentes sont faciles à deviner.
strength-warning-dates = Les dates sont souvent faciles à deviner.

# Que faire (les suggestions de zxcvbn).
strength-suggestion-more-words = Ajoutez un mot ou deux, de préférence peu courants.
strength-suggestion-few-words = Prenez quelques mots, en évitant les expressions toutes faites.
strength-suggestion-no-need-for-symbols = Inutile d’y mettre des symboles, des chiffres ou des majuscules.
strength-suggestion-longer-keyboard-pattern = Prenez un motif de clavier plus long, qui change plus souvent de direction.
strength-suggestion-avoid-repeats = Évitez de répéter des mots et des caractères.
strength-suggestion-avoid-sequences = Évitez les suites.
strength-suggestion-avoid-recent-years = Évitez les années récentes.
strength-suggestion-avoid-years-associated = Évitez les années qui vous sont liées.
strength-suggestion-avoid-dates = Évitez les dates et les années qui vous sont liées.
# Un mot qui commence par une majuscule.
strength-suggestion-capitalization = Une majuscule au début n’aide pas beaucoup.
strength-suggestion-all-uppercase = Tout en majuscules est presque aussi facile à deviner que tout en minuscules.
strength-suggestion-reversed-words = Un mot à l’envers n’est guère plus difficile à deviner.
strength-suggestion-substitutions = Des substitutions prévisibles comme « @ » pour « a » n’aident pas beaucoup.
