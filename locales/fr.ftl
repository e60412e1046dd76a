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
# Ce que fait une requête, tel que le disent l’indicateur d’attente, la question pour quitter et l’attente d’un script.
cleura-work-looking-for-token = recherche d’un jeton Cleura conservé
cleura-work-signing-in = connexion
cleura-work-checking-code = vérification du code
cleura-work-sending-code = envoi d’un nouveau code
cleura-work-signing-out = déconnexion
cleura-work-listing-regions = lecture des régions
cleura-work-listing-projects = lecture des projets
# Ce que quitter maintenant laisserait à moitié fait.
cleura-unfinished-signing-in = connexion à Cleura
cleura-unfinished-signing-out = déconnexion de Cleura

# Les titres des écrans, dans la barre du haut. $login : l’identifiant connecté.
cleura-title-sign-in = Cleura › Connexion
cleura-title-code = Cleura › Code SMS
cleura-title-second-factor = Cleura › Second facteur
cleura-title-regions = Cleura › { $login } › Régions
cleura-title-signed-out = Cleura › Déconnexion
# $step, $steps : des nombres.
cleura-step = Étape { $step } sur { $steps }

# La connexion.
cleura-sign-in-heading = Connexion à Cleura Cloud
cleura-sign-in-intro = Votre identifiant et votre mot de passe Cleura ; un code SMS suit si le compte en a un.
cleura-login = Identifiant
cleura-login-placeholder = votre identifiant Cleura Cloud
cleura-password = Mot de passe
cleura-endpoint = Adresse de l’API
# La ligne qui montre ou cache la version de l’API et son adresse.
cleura-advanced = Avancé
# Après « Avancé » quand il est fermé. $version : v1 ou v2 ; $endpoint : une adresse.
cleura-advanced-summary =  : API { $version } · { $endpoint }
cleura-api-version = Version de l’API
# À côté de la version de l’API quand elle a le focus.
cleura-api-switch = Espace pour changer
cleura-sign-in-button = Se connecter
cleura-sandbox-logins = Identifiants du bac à sable : alice (sans second facteur), bob (SMS), carol (WebAuthn seulement) ; chaque mot de passe est l’identifiant suivi de -password.
cleura-login-missing = Saisissez votre identifiant Cleura.
cleura-password-missing = Saisissez votre mot de passe.
# $why : ce qui ne va pas dans l’adresse.
cleura-endpoint-unusable = Adresse inutilisable : { $why }.
cleura-wrong-credentials = Identifiant ou mot de passe incorrect.
# $said : le refus de Cleura, dans ses mots.
cleura-sign-in-refused = Cleura a refusé la connexion : { $said }.

# Un jeton conservé d’une session précédente. $login : l’identifiant du jeton ; $given : l’identifiant donné pour cette session.
cleura-resumed-as-other = Connexion en tant que { $login } avec le jeton conservé précédemment, et non en tant que { $given } : déconnectez-vous d’abord pour vous connecter en tant que { $given }.
cleura-resumed = Connexion rétablie avec le jeton conservé précédemment.
# $error : pourquoi, dans les mots de Cleura.
cleura-kept-token-ended = Votre jeton conservé ne fonctionne plus ({ $error }) : connectez-vous à nouveau.
# $advice : ce qui a échoué et que faire, une phrase.
cleura-kept-token-unchecked = Impossible de vérifier votre jeton conservé : { $advice } Connectez-vous, ou réessayez plus tard.
# $error : pourquoi, dans les mots de Cleura.
cleura-session-ended = { $error } : votre session a pris fin ; connectez-vous à nouveau.

# Le code SMS. $length : combien de chiffres.
cleura-code-title = Saisissez le code reçu par SMS
cleura-code = Code
# $login : l’identifiant qui se connecte.
cleura-code-sent-to = Code à { $length } chiffres envoyé par SMS au téléphone de { $login }.
cleura-code-type-it = Saisissez-le ou collez-le : il part une fois complet.
# $key : la touche (Ctrl-N).
cleura-code-resend-key = { $key } envoie un nouveau code.
# $seconds : un nombre.
cleura-code-resend-in = Un nouveau code pourra être envoyé dans { $seconds } s.
cleura-code-resend-not-yet = Un nouveau code pourra être demandé dans { $seconds } s.
# $key : la touche (Ctrl-T).
cleura-code-from-outbox = { $key } prend le code dans la boîte d’envoi.
cleura-code-outbox-empty = La boîte d’envoi n’a encore aucun code.
# $advice : ce qui a échoué et que faire, une phrase.
cleura-code-not-sent = Le code SMS n’a pas pu être envoyé : { $advice }
# $typed : combien de chiffres ont été saisis.
cleura-code-incomplete = Le code a { $length } chiffres ; { $typed ->
        [one] { $typed } saisi.
       *[other] { $typed } saisis.
    }
cleura-code-is-digits = Le code a { $length } chiffres.
# $said : le refus de Cleura, dans ses mots, sans son point final.
cleura-code-expired = { $said }. Un nouveau code peut être envoyé dès maintenant.
# $tries : combien d’essais restent.
cleura-code-tries-left = { $said }. { $tries ->
        [one] { $tries } essai restant.
       *[other] { $tries } essais restants.
    }
cleura-code-send-again = { $said }. Enter renvoie le même code.

# La vérification a pris fin. $reason : pourquoi, dans les mots de Cleura, sans son point final.
cleura-verification-ended-heading = La vérification a pris fin
cleura-verification-ended = Cette vérification n’est plus utilisable : un nouveau code demande une nouvelle connexion, avec le même identifiant et le même mot de passe.
cleura-sign-in-again = Se reconnecter et envoyer un nouveau code ?
cleura-sign-in-again-keys = y ou Enter : se reconnecter et envoyer un nouveau code · n ou Esc : retour à la connexion
cleura-sign-in-again-new = Nouvelle connexion : voici un nouveau code, pour une nouvelle vérification.
cleura-sign-in-again-to-get-code = { $reason }. Reconnectez-vous pour obtenir un nouveau code.
cleura-sign-in-again-later = { $reason }. Reconnectez-vous quand vous voudrez un nouveau code.

# Un second facteur autre que le SMS. $methods : les méthodes que Cleura a nommées (webauthn…), une liste.
cleura-second-factor = Second facteur
cleura-second-factor-heading = L’API REST demande le SMS
cleura-second-factor-unusable = Le second facteur de ce compte n’est pas utilisable avec l’API REST, qui n’accepte que les codes SMS.
cleura-second-factor-unusable-named = Le second facteur de ce compte ({ $methods }) n’est pas utilisable avec l’API REST, qui n’accepte que les codes SMS.
cleura-second-factor-why = Votre compte se connecte avec un second facteur que l’API REST ne sait pas utiliser, comme une clé de sécurité ou une clé d’accès (WebAuthn) : l’API REST se connecte avec un mot de passe et un code envoyé par SMS.
cleura-second-factor-how = Pour utiliser l’API REST, ajoutez le SMS comme second facteur : dans le panneau web de Cleura Cloud, ouvrez les paramètres de sécurité de votre compte, ajoutez votre numéro pour les codes SMS, puis reconnectez-vous ici.
cleura-second-factor-named = (Seconds facteurs que Cleura indique pour ce compte : { $methods }.)
cleura-back-to-sign-in-keys = Enter ou Esc : retour à la connexion

# Les régions. $login : l’identifiant connecté.
cleura-regions-of = Régions de { $login }
# $place : où le jeton est conservé (un trousseau, un fichier).
cleura-token-kept = Jeton conservé dans { $place }
# $why : pourquoi, une phrase.
cleura-token-not-kept = Le jeton n’a pas pu être conservé : { $why }
cleura-regions-keys = / filtrer · s trier · Enter projets · c copier · r relire · x déconnexion
cleura-regions-keys-short = / filtrer · s trier · c copier · r relire · x déconnexion
cleura-filter-field = Filtre
cleura-filter = Filtre :
cleura-filter-keys = Enter le garde, Esc l’efface
cleura-sign-out-question = Déconnecter { $login } de Cleura ?
cleura-yes = oui
cleura-no = non
cleura-column-area = Zone
cleura-column-region = Région
cleura-column-tag = Code
cleura-column-status = État
cleura-column-domain-status = État domaine
cleura-column-enabled = Activé
cleura-no-region-listed = (aucune région indiquée)
cleura-no-region = Aucune région n’est indiquée pour ce compte.
cleura-no-region-matches = Aucune région ne correspond au filtre.
# La ligne choisie, sous le tableau. $area, $region, $tag : ses noms ; $domain : l’identifiant de son domaine.
cleura-selected-row = { $area } · { $region } ({ $tag }) · domaine { $domain }
# Combien de régions sont affichées ($shown) sur combien ($total), et si la page en coupe.
cleura-count = { $shown } sur { $total ->
        [one] { $total } région
       *[other] { $total } régions
    }
cleura-count-above = d’autres plus haut · { $shown } sur { $total ->
        [one] { $total } région
       *[other] { $total } régions
    }
cleura-count-below = d’autres plus bas · { $shown } sur { $total ->
        [one] { $total } région
       *[other] { $total } régions
    }
cleura-count-above-below = d’autres plus haut et plus bas · { $shown } sur { $total ->
        [one] { $total } région
       *[other] { $total } régions
    }
# $count : la ligne ci-dessus ; $column : le titre d’une colonne.
cleura-sorted = { $count } · tri par { $column }
cleura-sorted-reversed = { $count } · tri par { $column }, inversé
cleura-sorted-grouped = { $count } · tri par { $column }, groupé par zone
cleura-sorted-reversed-grouped = { $count } · tri par { $column }, inversé, groupé par zone
# $tag : le code d’une région.
cleura-tag-copied = { $tag } envoyé au presse-papiers du terminal.
# $advice : ce qui a échoué et que faire, une phrase.
cleura-regions-not-listed = Les régions n’ont pas pu être lues : { $advice }

# Les projets. $region : leur région (sa zone et son code) ; $login : l’identifiant connecté.
cleura-projects-title = Projets · { $region }
cleura-projects-own = Projets de { $login } dans { $region } ; l’API v2 de Cleura liste les projets propres à chaque identifiant, par région :
cleura-projects-of = Projets de { $region } que { $login } peut utiliser :
cleura-no-project-own = { $login } n’a aucun projet dans cette région.
cleura-no-project = Aucun projet dans ce domaine.
# $count : combien de projets la boîte coupe.
cleura-more-above = ↑ encore { $count } au-dessus
cleura-more-below = ↓ encore { $count } en dessous
cleura-project-default = par défaut
cleura-project-enabled = activé
cleura-project-disabled = désactivé
cleura-projects-loading = (chargement)
cleura-projects-none = (aucun)
cleura-back-to-regions-keys = Esc ou Enter : retour aux régions

# La déconnexion. $error : pourquoi, dans les mots du serveur ; $why : pourquoi, une phrase.
cleura-signed-out-heading = Déconnexion de Cleura
cleura-signed-out = Déconnexion effectuée : le jeton a été révoqué et oublié.
cleura-signed-out-unconfirmed = Déconnexion effectuée sur cette machine : le jeton a été oublié, mais le serveur n’a pas confirmé l’avoir révoqué ({ $error }).
cleura-token-not-forgotten = Le jeton n’a pas pu être oublié sur cette machine : { $why }
cleura-back-to-menu-keys = Enter ou Esc : retour au menu.

# Ce qu’on demande à un script ou au mode simple. $version : v1 ou v2 ; $endpoint : une adresse.
cleura-ask-api = API REST de Cleura Cloud { $version } à l’adresse { $endpoint }
cleura-ask-login = Identifiant Cleura
cleura-ask-password = Mot de passe de { $login }
cleura-ask-code = Le code à { $length } chiffres reçu par SMS
cleura-ask-code-sent = Cleura a envoyé un code par SMS au téléphone de ce compte.
cleura-ask-signed-out = Déconnexion effectuée
cleura-ask-what-next = Et maintenant
cleura-ask-signed-in-as = Connexion à Cleura en tant que { $login }.
# $place : où le jeton est conservé.
cleura-ask-token-kept = Le jeton est conservé dans { $place }.
cleura-ask-region = Quelle région : son code (comme Sto2) ou l’identifiant de son domaine ; vide pour revenir
cleura-option-projects = Projets d’une région
cleura-option-refresh = Relire la liste
cleura-option-sign-out = Se déconnecter
cleura-option-menu = Retour au menu
cleura-option-regions = Retour aux régions
# $answer : la réponse donnée.
cleura-not-a-choice = « { $answer } » ne fait pas partie des choix.
# $name : la réponse donnée.
cleura-no-such-region = Aucun domaine ni aucune région ne s’appelle { $name }.

# La barre des touches et l’aide.
cleura-key-cancel = annuler
cleura-key-open-advanced = ouvrir Avancé
cleura-key-close-advanced = fermer Avancé
cleura-key-sign-in = se connecter
cleura-key-next-field = champ suivant/précédent
cleura-key-switch-api = changer de version d’API
cleura-key-reveal-password = afficher/masquer le mot de passe
cleura-key-back-to-menu = retour au menu
cleura-key-code = code (envoi automatique)
cleura-key-code-from-outbox = boîte d’envoi
cleura-key-back = retour
cleura-key-new-code = nouveau code
cleura-key-reveal-code = masquer/afficher les chiffres
cleura-key-send = envoyer
cleura-key-sign-in-again = oui, se reconnecter
cleura-key-no-back-to-sign-in = non, retour à la connexion
cleura-key-back-to-sign-in = retour à la connexion
cleura-key-move = se déplacer
cleura-key-back-to-regions = retour aux régions
cleura-key-sign-out = oui, se déconnecter
cleura-key-stay-signed-in = non, garder la session
cleura-key-filter-regions = filtrer les régions
cleura-key-keep-filter = garder le filtre
cleura-key-clear-filter = effacer le filtre
cleura-key-projects = projets du domaine
cleura-key-filter = filtrer
cleura-key-sort = trier par colonne, inverser
cleura-key-group = grouper par zone
cleura-key-ungroup = ne plus grouper par zone
cleura-key-copy-tag = copier le code de la région
cleura-key-reload = relire la liste
cleura-key-ask-sign-out = se déconnecter…
cleura-key-page = page, début/fin


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

