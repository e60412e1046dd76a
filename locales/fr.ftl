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
cloudsigma-step = Étape { $n } sur { $count }

# Le travail en cours, tel que le disent l’indicateur d’attente, la question pour quitter et l’avis de terminal trop petit.
cloudsigma-work-loading = recherche d’une session CloudSigma enregistrée
cloudsigma-work-checking-saved = vérification de la session CloudSigma enregistrée
cloudsigma-work-creating = création du compte CloudSigma
cloudsigma-work-signing-in = connexion à CloudSigma
cloudsigma-work-checking = vérification de la session CloudSigma
cloudsigma-work-signing-out = déconnexion de CloudSigma
cloudsigma-work-setting-password = choix du mot de passe par la page de confirmation

# Les champs.
cloudsigma-field-email = Adresse e-mail
cloudsigma-field-email-placeholder = vous@example.org
cloudsigma-field-promo = Code promo (facultatif)
cloudsigma-field-promo-placeholder = laissez vide si vous n’en avez pas
cloudsigma-field-password = Mot de passe
cloudsigma-field-new-password = Nouveau mot de passe
cloudsigma-field-filter = Filtre
cloudsigma-field-filter-placeholder = tapez une ville, un pays ou un code
cloudsigma-field-custom = Adresse d’API personnalisée

# Les boutons.
cloudsigma-button-retry = Réessayer
cloudsigma-button-continue = Continuer sans elle
cloudsigma-button-create = Créer le compte
cloudsigma-button-sign-in = Se connecter
cloudsigma-button-set-password-here = Mot de passe ici
cloudsigma-button-open-link = Ouvrir le lien
cloudsigma-button-set-password = Choisir ce mot de passe
cloudsigma-button-sign-out-now = Oui, me déconnecter
cloudsigma-button-stay = Non, rester
cloudsigma-button-check = Revérifier
cloudsigma-button-sign-out = Se déconnecter…
cloudsigma-button-menu = Menu
cloudsigma-button-back-to-menu = Retour au menu

# La barre des touches et l’aide : ce que fait chaque touche.
cloudsigma-key-skip = passer : choisir un emplacement
cloudsigma-key-continue-without = continuer
cloudsigma-key-try-again = réessayer
cloudsigma-key-next-button = basculer
cloudsigma-key-menu = menu
cloudsigma-key-filter = filtrer
cloudsigma-key-move = déplacer
cloudsigma-key-choose = choisir
# Les chiffres qui prennent un choix par son numéro.
cloudsigma-key-pick = choix
cloudsigma-key-custom = adresse personnalisée
cloudsigma-key-ends = premier/personnalisée
cloudsigma-key-use-address = valider
cloudsigma-key-back-to-list = retour à la liste
cloudsigma-key-go = OK
cloudsigma-key-back = retour
cloudsigma-key-menu-awaited = menu (la réponse est toujours attendue)
cloudsigma-key-next-create = suivant / créer
cloudsigma-key-set-password-here = mot de passe ici
cloudsigma-key-open-link = ouvrir le lien
cloudsigma-key-sign-in = connexion
cloudsigma-key-stop = arrêter
cloudsigma-key-set-password = valider
cloudsigma-key-reveal = afficher/masquer
cloudsigma-key-stop-signing-in = arrêter la connexion
cloudsigma-key-next-sign-in = valider
cloudsigma-key-yes-sign-out = oui, se déconnecter
cloudsigma-key-no-stay = non, rester
cloudsigma-key-check = revérifier
cloudsigma-key-sign-out = se déconnecter…

# Une session enregistrée lors d’une utilisation précédente.
cloudsigma-saved-heading = Votre session enregistrée
# $email : l’adresse e-mail du compte.
cloudsigma-saved-checking = Une session pour { $email } a été enregistrée lors d’une utilisation précédente ; cloudboard demande à CloudSigma si elle est toujours valable.
# $email : l’adresse e-mail du compte ; $api : l’adresse d’API où elle a été ouverte.
cloudsigma-saved-unchecked = Une session pour { $email } a été enregistrée lors d’une utilisation précédente, à l’adresse { $api }.
cloudsigma-saved-wait = Vérification de la session enregistrée
cloudsigma-saved-question = Votre session enregistrée n’a pas pu être vérifiée
# $email : l’adresse e-mail du compte ; $api : l’adresse d’API où elle a été ouverte.
cloudsigma-saved-context = Une session pour { $email } est enregistrée depuis une utilisation précédente, à l’adresse { $api }.
# $answer : la réponse donnée.
cloudsigma-saved-not-a-choice = « { $answer } » ne fait pas partie des choix : répondez 1 (réessayer) ou 2 (continuer sans elle).
# $email : l’adresse e-mail du compte ; $place : l’emplacement.
cloudsigma-saved-expired = Votre session enregistrée pour { $email } à { $place } a expiré ; reconnectez-vous.
# $why : la raison, telle que le stockage l’a donnée.
cloudsigma-saved-unreadable = La session enregistrée n’a pas pu être lue ({ $why }) ; reconnectez-vous.
cloudsigma-saved-ended = Votre session enregistrée a pris fin ; reconnectez-vous.
# $why : la raison, telle que le stockage l’a donnée.
cloudsigma-forget-failed = La session terminée n’a pas pu être supprimée : { $why }

# Étape 1 : l’emplacement.
cloudsigma-location-heading = Choisissez un emplacement
cloudsigma-location-intro = Chaque emplacement CloudSigma est un cloud à part : on ouvre un compte à un emplacement, et on s’y connecte.
cloudsigma-location-sandbox = Bac à sable : chaque emplacement est servi par le bac à sable de cette machine.
# $filter : ce qui a été tapé dans le filtre.
cloudsigma-location-no-match = Aucun emplacement ne correspond à « { $filter } ».
cloudsigma-location-custom-option = Adresse d’API personnalisée (cloud d’un partenaire)
cloudsigma-location-live = Liste actuelle des emplacements CloudSigma.
cloudsigma-location-built-in = Liste des emplacements CloudSigma, à jour en janvier 2026.
cloudsigma-location-asking = Liste des emplacements CloudSigma de janvier 2026, en attendant l’actuelle.
# $why : pourquoi la liste actuelle de CloudSigma n’a pas pu être lue.
cloudsigma-location-unavailable = Liste des emplacements CloudSigma de janvier 2026 : l’actuelle n’a pas pu être lue ({ $why }).
# $template : le modèle d’adresse unique où répond chaque emplacement (celui du bac à sable).
cloudsigma-location-every-at = Chaque emplacement répond à { $template }.
cloudsigma-location-listed-none = CloudSigma n’a listé aucun emplacement
cloudsigma-location-question = Où se trouve (ou se trouvera) votre compte CloudSigma
cloudsigma-location-context = Chaque emplacement est un cloud à part, avec sa propre adresse d’API.
cloudsigma-location-wait = Demande à CloudSigma de sa liste actuelle d’emplacements
# $example : une adresse d’exemple.
cloudsigma-location-custom-question = L’adresse d’API CloudSigma de votre fournisseur (https, par ex. { $example })
# $answer : la réponse donnée.
cloudsigma-location-not-one = « { $answer } » n’est pas un des emplacements : donnez le code d’un emplacement, comme zrh, ou l’adresse d’API https de votre fournisseur.
# $example : une adresse d’exemple.
cloudsigma-custom-empty = Saisissez l’adresse, par ex. { $example }
# $example : une adresse d’exemple.
cloudsigma-custom-not-whole = Écrivez toute l’adresse, par ex. { $example }
cloudsigma-custom-no-host = l’adresse n’a pas de nom d’hôte
cloudsigma-custom-query = une adresse d’API n’a ni « ?requête » ni « #fragment »

# Étape 2 : créer un compte ou se connecter.
cloudsigma-choose-heading = Créer un compte ou se connecter
# $place : l’emplacement.
cloudsigma-choose-location = Emplacement : { $place }
# $api : l’adresse d’API de l’emplacement.
cloudsigma-choose-api = Adresse d’API : { $api }
cloudsigma-choose-create = Créer un compte
cloudsigma-choose-create-blurb = Un compte neuf ici ; CloudSigma envoie un lien pour son mot de passe.
cloudsigma-choose-sign-in = Se connecter
cloudsigma-choose-sign-in-blurb = Avec l’e-mail et le mot de passe d’un compte à cet emplacement.
# $answer : la réponse donnée.
cloudsigma-choose-not-a-choice = « { $answer } » ne fait pas partie des choix : répondez 1 (créer un compte) ou 2 (se connecter).
# $api : l’adresse d’API ; $email : l’adresse e-mail du compte.
cloudsigma-unanswered-notice = cloudboard a demandé à CloudSigma ({ $api }) d’ouvrir un compte pour { $email }, et sa réponse s’est perdue : on ne sait pas si le compte existe. Si son e-mail de confirmation est arrivé à { $email }, il existe : choisissez votre mot de passe depuis cet e-mail, puis connectez-vous. Si aucun n’est arrivé, créez-le à nouveau : « existe déjà » viendra alors très probablement de votre propre demande.
# $api : l’adresse d’API ; $email : l’adresse e-mail du compte ; $when : quand la demande est partie.
cloudsigma-unanswered-notice-when = cloudboard a demandé à CloudSigma ({ $api }) d’ouvrir un compte pour { $email } le { $when }, et sa réponse s’est perdue : on ne sait pas si le compte existe. Si son e-mail de confirmation est arrivé à { $email }, il existe : choisissez votre mot de passe depuis cet e-mail, puis connectez-vous. Si aucun n’est arrivé, créez-le à nouveau : « existe déjà » viendra alors très probablement de votre propre demande.

# Étape 3 : un nouveau compte.
cloudsigma-create-heading = Créer un compte CloudSigma
# $place : l’emplacement.
cloudsigma-create-intro = Un nouveau compte à { $place }. CloudSigma envoie un lien de confirmation par e-mail ; la page qu’il ouvre fixe le mot de passe.
cloudsigma-create-email-question = Adresse e-mail du nouveau compte
# $place : l’emplacement.
cloudsigma-create-context = Un nouveau compte CloudSigma à { $place } ; un e-mail de confirmation suivra.
cloudsigma-create-promo-question = Code promo (facultatif ; vide si vous n’en avez pas)
# $email : l’adresse e-mail du compte ; $place : l’emplacement ; $why : pourquoi aucune réponse n’est venue.
cloudsigma-create-unanswered = CloudSigma a peut-être ouvert le compte de { $email } à { $place } : sa réponse n’est pas arrivée ({ $why }). Si c’est le cas, son e-mail de confirmation parviendra à { $email }. Appuyez sur Entrée pour redemander : si l’adresse est alors refusée comme déjà prise, le compte est très probablement le vôtre. cloudboard le garde au menu tant qu’il ne le sait pas.

# Consultez vos e-mails.
cloudsigma-created-heading = Consultez vos e-mails
# $email : l’adresse e-mail du compte ; $place : l’emplacement.
cloudsigma-created-probably = Un compte pour { $email } existe très probablement à { $place } : CloudSigma le dit, et votre précédente demande de création n’a jamais eu de réponse.
# $email : l’adresse e-mail du compte. « Forgot password » est le lien de CloudSigma lui-même.
cloudsigma-created-probably-email = Son e-mail de confirmation est alors parti à { $email } ; s’il n’y est pas, demandez-en un autre avec « Forgot password » à la connexion.
# $place : l’emplacement.
cloudsigma-created = Compte créé à { $place }.
# $email : l’adresse e-mail du compte.
cloudsigma-created-email-sent = Un e-mail de confirmation a été envoyé à { $email }.
cloudsigma-created-next-sandbox = Ouvrez le lien de l’e-mail (dans le bac à sable, la boîte d’envoi le montre) et choisissez-y votre mot de passe, ou appuyez sur p pour le choisir ici ; puis connectez-vous.
cloudsigma-created-next = Ouvrez le lien de l’e-mail, choisissez-y votre mot de passe, puis connectez-vous.
cloudsigma-created-link = Le lien, depuis la boîte d’envoi du bac à sable :
cloudsigma-created-waiting = En attente de l’e-mail dans la boîte d’envoi du bac à sable…
cloudsigma-created-question = Se connecter maintenant (une fois le mot de passe choisi)
# $answer : la réponse donnée.
cloudsigma-created-not-y-n = « { $answer } » n’est ni y ni n.
cloudsigma-created-no-link = L’e-mail de confirmation n’est pas encore arrivé dans la boîte d’envoi du bac à sable.

# Le bac à sable : le mot de passe du nouveau compte, choisi depuis le terminal.
cloudsigma-password-heading = Choisissez votre mot de passe
# $email : l’adresse e-mail du compte.
cloudsigma-password-intro = Le mot de passe de { $email }, 8 caractères au moins.
cloudsigma-password-how = La page de confirmation du bac à sable fixe le mot de passe du nouveau compte ; cloudboard remplit son formulaire pour vous, comme le ferait un navigateur.
# $email : l’adresse e-mail du compte.
cloudsigma-password-question = Nouveau mot de passe pour { $email } (8 caractères au moins)
cloudsigma-password-short = Le mot de passe doit compter au moins 8 caractères.
cloudsigma-password-set = Mot de passe choisi : Entrée vous connecte.

# Étape 3 : la connexion.
cloudsigma-sign-in-heading = Connexion à CloudSigma
# $place : l’emplacement.
cloudsigma-sign-in-intro = À { $place } : l’adresse e-mail et le mot de passe de votre compte.
# $place : l’emplacement.
cloudsigma-sign-in-context = Connexion à CloudSigma à { $place }.
# $email : l’adresse e-mail du compte.
cloudsigma-sign-in-password-question = Mot de passe pour { $email }
cloudsigma-sign-in-no-password = Saisissez le mot de passe (choisi via l’e-mail).
# $said : les mots de CloudSigma (tels qu’il les a donnés) ou cloudsigma-sign-in-refused-default ; $place : l’emplacement.
cloudsigma-sign-in-refused = CloudSigma a refusé la connexion : { $said }. Vérifiez le mot de passe, et que le compte a bien été ouvert ici, à { $place }.
cloudsigma-sign-in-refused-default = adresse e-mail ou mot de passe incorrect
cloudsigma-sign-in-not-accepted = Refusé (voir plus bas).
cloudsigma-session-ended = Votre session a pris fin ; reconnectez-vous.

# Le compte.
cloudsigma-account-heading = Votre compte CloudSigma
cloudsigma-account-still = Session toujours ouverte : CloudSigma vient de la confirmer.
# $place : l’emplacement.
cloudsigma-account-signed-in = Session ouverte à { $place }.
# $place : l’emplacement.
cloudsigma-account-signed-in-to = Session CloudSigma ouverte à { $place }.
cloudsigma-account-email = E-mail
cloudsigma-account-uuid = UUID
cloudsigma-account-state = État
cloudsigma-account-balance = Solde
# $label : un des libellés ci-dessus ; $value : ce que dit CloudSigma.
cloudsigma-account-line = { $label } : { $value }
cloudsigma-account-unknown = (non fourni)
# $store : où, tel que le stockage des secrets de cloudboard le dit.
cloudsigma-account-kept = La session est enregistrée dans { $store }.
# $store : où, tel que le stockage des secrets de cloudboard le dit.
cloudsigma-account-kept-short = Session enregistrée dans { $store }.
# $why : pourquoi, tel que le stockage des secrets l’a dit.
cloudsigma-account-not-kept = La session n’a pas pu être enregistrée ({ $why }) ; elle dure jusqu’à ce que vous quittiez.
# $why : le conseil pour l’erreur.
cloudsigma-account-not-checked = La session n’a pas pu être vérifiée : { $why }
# $email : l’adresse e-mail du compte.
cloudsigma-sign-out-question = Vous déconnecter de { $email } ? La session prend fin et est oubliée ici. y vous déconnecte ; n, Entrée ou Échap annule.
cloudsigma-account-question = Et maintenant
cloudsigma-account-check = Revérifier la session
cloudsigma-account-sign-out = Se déconnecter
cloudsigma-account-menu = Retour au menu
# $answer : la réponse donnée.
cloudsigma-account-not-a-choice = « { $answer } » ne fait pas partie des choix.

# La fin.
cloudsigma-signed-out-heading = Session fermée
cloudsigma-signed-out-here-heading = Session fermée sur cette machine
cloudsigma-created-done-heading = Compte créé
# $email : l’adresse e-mail du compte.
cloudsigma-signed-out = Déconnexion de { $email } : la session a pris fin.
# $email : l’adresse e-mail du compte ; $why : le conseil pour l’erreur.
cloudsigma-signed-out-not-told = CloudSigma n’a pas pu être prévenu de la déconnexion de { $email } : { $why }
cloudsigma-signed-out-forgotten = La session a été oubliée sur cette machine ; sur le serveur, elle prendra fin d’elle-même au bout d’un moment.
# $why : pourquoi, tel que le stockage des secrets l’a dit.
cloudsigma-signed-out-not-removed = La session enregistrée n’a pas pu être supprimée : { $why }
cloudsigma-signed-out-none-kept = Plus aucune session n’est enregistrée sur cette machine.
# $place : l’emplacement ; $email : l’adresse e-mail du compte.
cloudsigma-finished-created = Compte créé à { $place } ; un e-mail de confirmation a été envoyé à { $email }.
cloudsigma-finished-created-next = Ouvrez son lien et choisissez-y votre mot de passe ; revenez ensuite vous connecter.
cloudsigma-done = Terminé


## L’accueil : le menu et ce que chaque parcours a laissé
# (Home section: its messages go here, each id starting home-.)


## Ce que tous les parcours partagent : les champs et leurs vérifications, les avis, la boîte d’envoi, les questions
# (Shared section: its messages go here, each id starting shared-.)


## Le mode simple, les fichiers de réponses, ce que disent les sous-commandes et l’aide des options
# (Scripts section: its messages go here, each id starting scripts-.)


## Les avertissements et conseils de l’estimateur de solidité des phrases de passe
# (Strength section: its messages go here, each id starting strength-.)

