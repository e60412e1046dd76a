# Les mots de cloudboard en français. Même syntaxe et mêmes messages que en.ftl (un test
# y veille). Typographie française : une espace insécable (U+00A0) avant les deux-points et
# dans les guillemets « », une espace fine insécable (U+202F) avant ; ? et !, l’apostrophe ’.
# L’élision devant un nom (identifiant, e-mail, adresse, lieu) : ELISION($nom) vaut vowel
# quand le nom commence par une voyelle, accentuée ou non, un h suivi d’une voyelle (h muet)
# ou un y suivi d’une consonne, et other sinon (consonne, chiffre, signe) :
# { ELISION($login) -> [vowel] d’{ $login } *[other] de { $login } } (voir lang.rs).

# Le nom de la langue en elle-même, tel que la liste de --lang le montre.
language-name = Français
# Comment la langue écrit un nombre dans une phrase : le signe avant ses décimales, et celui
# entre les groupes de trois chiffres, une espace fine insécable (1 234,5).
number-decimal-sign = ,
number-group-sign = { "\u202F" }

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
quit-sent = La demande est partie : si vous quittez, elle peut encore aboutir, sans qu’on sache si elle a abouti. cloudboard garde { $what } { $kept }.
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

# Ce que fait une requête du parcours, comme son journal et le travail en cours le disent.
cozy-work-creating = création du Cozy
cozy-work-following = suivi de la création
cozy-work-following-link = ouverture du lien d’activation
cozy-work-setting-passphrase = enregistrement de la phrase de passe
# L’adresse d’inscription sur le web de la configuration est inutilisable. $setting : la ligne de configuration, sous la forme `cozy.web = "…"` ; $error : ce qu’en dit le lecteur d’URL (ses propres mots).
cozy-web-not-a-url = { $setting } n’est pas une URL ({ $error })
# $setting : la ligne de configuration, sous la forme `cozy.web = "…"`.
cozy-web-no-path = { $setting } ne peut pas contenir de chemin
# Dit dans cozy-hash-failed.
cozy-hashing-stopped = le hachage s’est arrêté de manière inattendue

## Le cadre du parcours : son titre, les titres de ses étapes, ce qu’il fait (pour la question avant de quitter)

cozy-title = Créer un Cozy
cozy-title-web = Créer un Cozy › dans un navigateur
# $step : le numéro de cette étape ; $steps : leur nombre.
cozy-step = Étape { $step } sur { $steps }
cozy-heading-email = Votre adresse e-mail
cozy-heading-address = L’adresse de votre Cozy
cozy-heading-terms = Conditions d’utilisation
cozy-heading-confirm = Vérifier et créer
# $fqdn : l’adresse du nouveau Cozy (nom.domaine).
cozy-heading-creating = Création { ELISION($fqdn) ->
        [vowel] d’{ $fqdn }
       *[other] de { $fqdn }
    }
cozy-heading-check-email = Consultez vos e-mails
cozy-heading-passphrase = Choisissez votre phrase de passe
cozy-heading-done = Votre Cozy est prêt
# Le travail en cours, tel que la question avant de quitter le dit (« En cours : … »). $fqdn : l’adresse du Cozy.
cozy-busy-asking = demande { ELISION($fqdn) ->
        [vowel] d’{ $fqdn }
       *[other] de { $fqdn }
    } au Cloudery
cozy-busy-creating = création { ELISION($fqdn) ->
        [vowel] d’{ $fqdn }
       *[other] de { $fqdn }
    }
cozy-busy-hashing = hachage de la phrase de passe
cozy-busy-registering = enregistrement de la phrase de passe sur { $fqdn }
cozy-busy-opening-link = ouverture du lien d’activation

## Les touches du parcours Cozy, dans la barre des touches et l’aide (les touches ne changent pas)

cozy-key-move = se déplacer
cozy-key-next = suivant
cozy-key-next-passphrase = champ suivant, puis valider
cozy-key-domain = changer de domaine
cozy-key-accept = cocher/décocher « J’accepte »
cozy-key-scroll = faire défiler (ou la molette)
cozy-key-open-terms = ouvrir les conditions complètes dans le navigateur
cozy-key-to-summary = retour au récapitulatif
cozy-key-open-browser = ouvrir dans le navigateur
cozy-key-copy-link = copier le lien
cozy-key-back = retour
cozy-key-web-onboarding = l’inscription sur le web à la place
cozy-key-back-to-menu = retour au menu
cozy-key-edit = modifier l’e-mail, l’adresse, les conditions
cozy-key-create = créer mon Cozy
cozy-key-to-menu-creation-goes-on = au menu (la création continue)
cozy-key-try-again = réessayer
cozy-key-back-to-details = retour aux informations
cozy-key-stop = arrêter
cozy-key-open-it = l’ouvrir dans le navigateur
cozy-key-take-from-outbox = prendre le lien dans la boîte d’envoi du bac à sable
cozy-key-to-menu-come-back = au menu (revenez quand vous voulez)
cozy-key-reveal = afficher/masquer la phrase de passe
cozy-key-set-passphrase = définir ma phrase de passe
cozy-key-copy-address = copier l’adresse
cozy-key-to-menu = au menu

## Les boutons du parcours Cozy

cozy-button-next = Suivant
cozy-button-back = Retour
cozy-button-create = Créer mon Cozy
cozy-button-to-menu = Au menu
cozy-button-try-again = Réessayer
cozy-button-back-to-details = Retour aux informations
cozy-button-take-from-outbox = Lien de la boîte d’envoi (Ctrl-T)
cozy-button-set-passphrase = Définir ma phrase de passe
cozy-button-open-it = L’ouvrir dans le navigateur (o)
cozy-button-copy-address = Copier l’adresse (c)
cozy-button-to-menu-esc = Au menu (Esc)
cozy-button-open-web = Ouvrir le lien (Enter)
cozy-button-copy-link = Copier le lien (c)
cozy-button-back-esc = Retour (Esc)

## Les champs du parcours Cozy

cozy-field-email = Adresse e-mail
cozy-field-address = Adresse
cozy-field-link = Lien d’activation ou jeton
cozy-field-passphrase = Phrase de passe
cozy-field-again = Répétez la phrase de passe
cozy-field-hint = Indice (facultatif)
cozy-field-hint-placeholder = quelque chose que vous seul comprendrez

## Sans jeton partenaire

cozy-missing-token = Aucun jeton partenaire Cozy n’est défini. Définissez la variable d’environnement CLOUDBOARD_COZY_TOKEN, ou la clé token sous [cozy] dans le fichier de configuration, puis réessayez.
cozy-token-needed = Créer un Cozy depuis le terminal demande un jeton partenaire Cozy : définissez CLOUDBOARD_COZY_TOKEN, ou la clé token sous [cozy] dans le fichier de configuration (il est relu au moment de créer le Cozy). L’inscription sur le web n’en demande pas : elle fait la même chose dans un navigateur.
cozy-token-needed-screen = { cozy-token-needed } Ctrl-O l’ouvre.
cozy-token-needed-short = Aucun jeton partenaire Cozy n’est défini (CLOUDBOARD_COZY_TOKEN) : il en faut un pour créer. Ctrl-O : l’inscription sur le web, sans jeton.

## Étape 1 : l’e-mail

cozy-email-intro = Le lien d’activation de votre Cozy sera envoyé à cette adresse, et Cozy Cloud vous y écrira au sujet de votre Cozy.
cozy-email-context-step = Créez votre Cozy (étape 1 sur 8).
cozy-email-context-link = Le lien d’activation est envoyé à cette adresse.
cozy-email-prompt = Votre adresse e-mail

## Étape 2 : l’adresse

cozy-address-intro = Votre Cozy répondra à cette adresse : c’est par elle que vous, vos appareils et les personnes avec qui vous partagez l’atteindrez.
cozy-domain-label = Domaine
# $index : le domaine affiché ; $count : le nombre de domaines du partenaire.
cozy-domain-position = { $index } sur { $count }
cozy-domain-position-focused = { $index } sur { $count } · ←/→ pour changer
cozy-address-preview = Votre Cozy :
cozy-slug-starts-with-letter = commence par une lettre
# $length : les caractères tapés ; $max : le plus qu’une adresse peut en avoir.
cozy-slug-length = { $length ->
        [one] { $length } caractère
       *[other] { $length } caractères
    } sur { $max }
cozy-slug-only-allowed = uniquement a–z et 0–9
cozy-slug-prompt = L’adresse de votre Cozy (la partie avant le domaine)
cozy-slug-context-step = Choisissez l’adresse de votre Cozy (étape 2 sur 8).
cozy-slug-context-rules = De 1 à 30 caractères : une lettre minuscule d’abord, puis des lettres minuscules et des chiffres.
# $slug : l’adresse tapée, avant le domaine.
cozy-domain-prompt = Le domaine après { $slug }.
# $text : la réponse donnée ; $domains : les domaines du partenaire, séparés par des virgules.
cozy-domain-unknown = « { $text } » n’est pas l’un des domaines : { $domains }.

## Étape 3 : les conditions

cozy-terms-in-brief = En bref
# $first et $last : les lignes affichées ; $total : leur nombre.
cozy-terms-position = lignes { $first }–{ $last } sur { $total }
cozy-terms-more-below = ↓ suite plus bas
cozy-terms-link = Texte intégral :
cozy-terms-opens = (o l’ouvre)
# $version : la version des conditions.
cozy-terms-accept-versioned = J’accepte les CGU et la politique de confidentialité (version { $version })
cozy-terms-accept = J’accepte les CGU et la politique de confidentialité
# La plus courte, pour un terminal étroit.
cozy-terms-accept-short = J’accepte les conditions (CGU et confidentialité)
cozy-terms-screen-only = Les conditions complètes sont au lien affiché sous ce texte ; ouvrez-les dans votre navigateur avec la touche o.
cozy-terms-not-accepted = Cochez « J’accepte » (Space) pour continuer : un Cozy ne peut pas être créé sans accepter les conditions.
cozy-terms-refused = Un Cozy ne peut pas être créé sans accepter les conditions.
cozy-terms-answer-yes-no = Répondez y (j’accepte) ou n.
cozy-terms-still-accept = Acceptez-vous toujours les conditions d’utilisation et la politique de confidentialité de Cozy Cloud ?
# $version : la version des conditions ; $url : où les lire.
cozy-terms-accepted-earlier = Vous avez accepté les conditions (version { $version }) plus tôt : { $url }
cozy-terms-context-step = Les conditions (étape 3 sur 8) :
cozy-terms-full = Les conditions complètes (version { $version }) : { $url }
cozy-terms-accept-question = Acceptez-vous les conditions d’utilisation et la politique de confidentialité de Cozy Cloud ?
# Le résumé que montre l’écran des conditions. Une ligne est un paragraphe ; une ligne qui
# commence par « - » une puce ; une ligne courte sans point final un titre.
cozy-terms-summary =
    Ce que vous acceptez, en quelques mots

    Ce court résumé est à lire avant d’accepter. Ce ne sont pas les conditions elles-mêmes : les conditions générales d’utilisation et la politique de confidentialité de Cozy Cloud, au lien ci-dessous, font foi, et là où ce résumé en diffère, ce sont elles qui s’appliquent. Lisez-les, s’il vous plaît.

    En cochant « J’accepte », vous acceptez les conditions générales d’utilisation et la politique de confidentialité de Cozy Cloud, dans la version indiquée sur cet écran, pour le Cozy que vous allez créer.

    Votre Cozy
    - Cozy Cloud héberge pour vous un cloud personnel (votre Cozy) à l’adresse que vous avez choisie. L’offre indiquée à l’écran suivant dit ce qu’elle comprend, comme son espace de stockage, et si elle est gratuite.
    - Vous êtes responsable de ce que vous y stockez et partagez, et vous vous engagez à l’utiliser dans le respect de la loi, sans nuire à autrui ni au service.

    Vos données
    - Ce que vous mettez dans votre Cozy vous appartient. Cozy Cloud traite vos données personnelles pour fournir le service, comme le décrit sa politique de confidentialité, qui précise aussi ce qu’il n’en fait pas.
    - Comme l’explique la politique de confidentialité, vous avez des droits sur vos données personnelles selon la loi applicable (en Europe, le RGPD) : y accéder, les rectifier, les emporter et les faire effacer.
    - Vous pouvez exporter vos données, et demander la suppression de votre Cozy.

    Votre phrase de passe
    - Votre phrase de passe protège tout ce que contient votre Cozy. cloudboard en calcule l’empreinte sur cette machine et n’envoie que cette empreinte : gardez-la en lieu sûr, et ne la partagez pas.

    Modifications
    - Cozy Cloud peut modifier ses conditions ; elles disent comment vous êtes informé des changements. La version que vous acceptez maintenant est celle indiquée avec le lien vers les conditions complètes.

## Étape 4 : vérifier et créer

cozy-confirm-intro = Votre Cozy sera créé avec ces informations. Enter le crée.
cozy-confirm-edit = modifier
cozy-summary-email = E-mail
cozy-summary-address = Adresse
cozy-summary-offer = Offre
cozy-summary-terms = Conditions
# $version : la version des conditions acceptée.
cozy-summary-accepted = acceptées (version { $version })
cozy-summary-not-accepted = non acceptées
cozy-summary-redirect = Redirection
# $redirect : l’adresse où le nouveau Cozy envoie la personne.
cozy-summary-redirect-value = { $redirect } (après l’activation)
cozy-offer-default = Offre par défaut de Cozy
cozy-offer-partner-default = l’offre par défaut du partenaire
# $fqdn : l’adresse du nouveau Cozy.
cozy-confirm-asking = Demande de création { ELISION($fqdn) ->
        [vowel] d’{ $fqdn }
       *[other] de { $fqdn }
    } au Cloudery
cozy-confirm-context-step = Vérifiez et créez (étape 4 sur 8) :
cozy-confirm-prompt = Créer ce Cozy ?
cozy-confirm-answer-yes-no = Répondez y pour le créer, ou n pour le modifier.
# $fqdn : l’adresse demandée ; $message : les mots du Cloudery.
cozy-address-taken = { $fqdn } est déjà pris ({ $message }) : choisissez une autre adresse.
# $error : le refus du Cloudery, dans ses mots.
cozy-token-refused = Le Cloudery a refusé le jeton partenaire ({ $error }). Vérifiez CLOUDBOARD_COZY_TOKEN ou la clé token sous [cozy] dans le fichier de configuration.
cozy-cloudery-refused = Le Cloudery l’a refusé : { $error }
# $fqdn : l’adresse demandée ; $why : ce qui est arrivé à la réponse ; $email : l’e-mail de la personne.
cozy-creation-unanswered = Le Cloudery a peut-être créé { $fqdn } : sa réponse n’est pas arrivée ({ $why }). Appuyez sur Entrée pour redemander : si l’adresse est alors « déjà prise », c’est très probablement la vôtre, et son e-mail d’activation part à { $email }. cloudboard le garde au menu et dans `cloudboard cozy status` jusqu’à en savoir plus.
cozy-taken-earlier-headline = { $fqdn } est très probablement à vous.
# $known : yes quand $when (la date de la demande précédente) est connue.
cozy-taken-earlier-text = { $fqdn } est pris, très probablement par votre propre demande { $known ->
        [yes] du { $when }
       *[no] précédente
    }, dont la réponse s’est perdue : le Cloudery envoie alors son e-mail d’activation à { $email }.
# Après cozy-taken-earlier-text, à l’étape qui prend le lien.
cozy-taken-earlier-paste = Collez-en le lien ici.
cozy-unanswered-create-headline = { $fqdn } a-t-il été créé ?
# $known : yes quand $when (la date de la demande) est connue.
cozy-unanswered-create-text = cloudboard a demandé au Cloudery de créer { $fqdn } pour { $email } { $known ->
        [yes] le { $when }
       *[no] plus tôt
    }, et sa réponse s’est perdue : on ne sait pas s’il a été créé. Si un e-mail d’activation est arrivé à { $email }, collez-en le lien ici. S’il n’en est venu aucun au bout de quelques minutes, appuyez sur Esc pour le créer de nouveau : une adresse « déjà prise » serait alors très probablement votre propre demande.

## Étape 5 : la création suivie

cozy-activity-waiting = En attente de la première réponse du Cloudery
cozy-activity-pending = Le Cloudery a mis la création en file d’attente
cozy-activity-running = Le Cloudery crée votre Cozy
# $status : l’état de la création, dans les mots du Cloudery.
cozy-activity-other = Le Cloudery s’en occupe (statut « { $status } »)
# $activity : ce qui se passe ; $fqdn : l’adresse du nouveau Cozy ; $trouble : le problème du dernier coup d’œil.
cozy-creating-ask = { $activity } ({ $fqdn })
cozy-creating-ask-trouble = { $activity } ({ $fqdn }) ; { $trouble }
cozy-creating-status-label = Statut
cozy-creating-time-label = Durée
# Le statut de la création avant que le Cloudery en donne un.
cozy-creating-sent = envoyée
# $status : le statut de la création ; $count : le nombre de vérifications.
cozy-creating-status = { $status } · { $count ->
        [0] pas encore vérifié
        [one] vérifié une fois
       *[other] vérifié { $count } fois
    }
# $elapsed et $deadline : des durées en m:ss.
cozy-creating-time = { $elapsed } · cloudboard abandonne au bout de { $deadline }
cozy-creating-leave = Vous pouvez revenir au menu (Esc) : la création continue. Si vous quittez, le menu proposera de la suivre à nouveau la prochaine fois.
# $how : failed (échouée) ou stopped (arrêtée).
cozy-creation-failed = Le Cloudery n’a pas pu créer { $fqdn } : sa création { $how ->
        [failed] a échoué
       *[stopped] a été arrêtée
    }. Réessayez, ou revenez en arrière pour modifier les informations.
# $after : une durée en m:ss.
cozy-creation-gave-up = { $fqdn } n’était toujours pas prêt au bout de { $after }. Le Cloudery peut encore le terminer : réessayez pour continuer à suivre la création.
# $problem : ce qui n’a pas marché.
cozy-follow-failed = Impossible de suivre la création { ELISION($fqdn) ->
        [vowel] d’{ $fqdn }
       *[other] de { $fqdn }
    } : { $problem }
cozy-stopped-prompt = Et maintenant
cozy-stopped-try-again = Réessayer
cozy-stopped-change = Modifier les informations
cozy-stopped-menu = Retour au menu

## Étape 6 : le lien d’activation

cozy-check-email-is-ready = { $fqdn } est prêt.
# $email : où le lien est parti ; $length : le nombre de caractères d’un jeton.
cozy-check-email-explanation = Un lien d’activation a été envoyé à { $email }. Ouvrez cet e-mail et collez-en le lien ici (ou le jeton de { $length } caractères qu’il contient).
cozy-check-email-ready = { $fqdn } est prêt (étape 6 sur 8).
cozy-check-email-sent = Un lien d’activation a été envoyé à { $email } : donnez ce lien, ou son jeton de { $length } caractères.
cozy-check-email-activate = Activez un Cozy avec le lien de son e-mail d’activation.
cozy-link-prompt = Le lien d’activation (ou son jeton)
cozy-opening-link = Ouverture du lien d’activation
cozy-no-outbox = Il n’y a pas de boîte d’envoi de bac à sable ici : ouvrez l’e-mail d’activation et collez-en le lien.
cozy-outbox-empty = Aucun e-mail d’activation pour { $email } dans la boîte d’envoi du bac à sable pour l’instant (F2 l’affiche) ; réessayez dans un moment.
cozy-magic-link = Ce Cozy se connecte par lien magique, pas par phrase de passe : il n’y a pas de phrase de passe à choisir ici. Ouvrez le lien dans un navigateur pour terminer.
cozy-link-wants-click = La page du Cloudery pour ce lien demande un clic. Ouvrez le lien dans un navigateur, suivez-le, puis donnez l’adresse que le navigateur affiche ensuite (elle contient registerToken).
# $problem : ce qui n’a pas marché.
cozy-link-not-followed = Le lien n’a pas pu être suivi : { $problem }
cozy-link-needed = Il faut le lien d’activation de l’e-mail (ou son jeton de { $length } caractères).
# $start : le début de ce qui a été donné ; $char : un caractère qui ne peut pas être dans un jeton.
cozy-link-not-a-link-nor-token = Ce n’est pas un lien : il commence par « { $start } », pas par https:// ; ni un jeton : { $char } ne peut pas en faire partie (un jeton est fait de 0–9 et a–f).
cozy-token-alone = Un jeton seul ne dit pas à quel Cozy il est destiné : donnez le lien complet de l’e-mail d’activation.
# $why : pourquoi le lien est illisible, dans les mots de l’analyseur d’URL.
cozy-link-unreadable = Ce lien est illisible ({ $why }) : il commence par « { $start } » ; donnez le lien complet de l’e-mail.
cozy-link-not-a-link = Ce n’est pas un lien : il commence par « { $start } », pas par https://. Donnez le lien complet de l’e-mail, ou son jeton de { $length } caractères.
# $shape : cut (la copie s’arrête dans le nom du paramètre), spoiled (un paramètre qui lui
# ressemble : $key), bare (aucun paramètre) ou other ; $end : la fin du lien donné ; $fqdn : son Cozy.
cozy-link-no-token = Ce lien n’a pas de registerToken : { $shape ->
        [cut] il s’arrête à « { $end } », au milieu de registerToken (la copie s’arrête avant le jeton)
        [spoiled] il contient « { $key } » là où devrait être registerToken (quelque chose a été copié avec le lien)
        [bare] il s’arrête à « { $end } », sans paramètre registerToken après
       *[other] il s’arrête à « { $end } »
    }. C’est une adresse { ELISION($fqdn) ->
        [vowel] d’{ $fqdn }
       *[other] de { $fqdn }
    } : donnez le lien complet de l’e-mail d’activation, ou l’adresse que votre navigateur affiche après l’avoir ouvert.
# $why : pourquoi il ne peut pas être suivi.
cozy-link-cannot-follow = Ce lien ne peut pas être suivi ({ $why }) : donnez le lien de l’e-mail d’activation.
# $example : à quoi ressemble un lien d’activation (une adresse, puis /?registerToken=…).
cozy-link-not-on-cozy = Ce lien porte un registerToken mais n’est pas sur un Cozy : il commence par « { $start } », et un lien d’activation ressemble à { $example }.
cozy-link-other-instance = Ce lien est pour { $fqdn }, pas pour { $expected } : utilisez le lien de l’e-mail concernant { $expected }.
# $char : le caractère ; $end : la fin du lien donné.
cozy-link-token-bad-char = Le registerToken de ce lien contient { $char }, qui ne peut pas faire partie d’un jeton (0–9 et a–f) : le lien s’arrête à « { $end } ». Donnez le lien complet de l’e-mail d’activation.
# $count : les caractères du jeton ; $length : ceux qu’un jeton doit avoir.
cozy-link-token-bad-length = Le registerToken de ce lien a { $count ->
        [one] { $count } caractère
       *[other] { $count } caractères
    }, alors qu’un jeton en a { $length } : le lien s’arrête à « { $end } ». Donnez le lien complet de l’e-mail d’activation.
cozy-token-bad-char = « { $char } » ne peut pas faire partie d’un jeton d’activation : il est fait des chiffres 0–9 et des lettres a–f.
cozy-token-bad-length = Un jeton d’activation a { $length } caractères ; celui-ci en a { $count } : donnez-le en entier.
# $char : un caractère, entre guillemets.
cozy-char-quoted = « { $char } »
# Un caractère qui ne peut pas être dans un jeton, quand c’est une espace.
cozy-char-space = un espace

## Étape 7 : la phrase de passe

cozy-passphrase-intro = Elle protège tout ce que contient votre Cozy. Elle est hachée sur cette machine : seule son empreinte en sort. Ctrl-R affiche ou masque ce que vous tapez.
cozy-strength-label = Solidité
# $min : le score minimum.
cozy-strength-untyped = tapez pour mesurer ; au moins { $min } sur 4
# $score : le score de la phrase de passe ; $label : ce qu’il veut dire.
cozy-strength-score = { $score } sur 4 · { $label }
cozy-strength-needed = · au moins { $min } requis
cozy-strength-very-weak = très faible
cozy-strength-weak = faible
cozy-strength-fair = moyenne
cozy-strength-strong = solide
cozy-strength-very-strong = très solide
cozy-strength-too-easy = Trop facile à deviner ({ $score } sur 4, au moins { $min } requis).
cozy-strength-add-more = Ajoutez des mots ou des caractères.
cozy-passphrase-empty = Tapez une phrase de passe : elle protège tout ce que contient votre Cozy.
cozy-again-empty = Tapez la phrase de passe une seconde fois, pour vous en assurer.
cozy-again-differs = Les deux phrases de passe diffèrent : tapez deux fois la même.
cozy-hint-gives-away = L’indice révèle la phrase de passe : il doit seulement vous la rappeler.
cozy-link-needed-first = Il faut d’abord le lien d’activation.
# $message : les mots du Cozy.
cozy-link-spent = Le Cozy n’a pas accepté ce lien d’activation ({ $message }) : il a déjà servi, ou ce n’est pas le plus récent. Utilisez le lien du dernier e-mail d’activation.
cozy-hash-refused = Le Cozy a refusé la façon dont la phrase de passe a été hachée ({ $message }). C’est un problème de cloudboard ou du serveur ; merci de le signaler.
cozy-passphrase-refused = Le Cozy a refusé la phrase de passe : { $message }.
# $problem : ce qui n’a pas marché, une phrase.
cozy-try-again = { $problem } Réessayez.
# $why : ce qui n’a pas marché, dans les mots du système.
cozy-hash-failed = La phrase de passe n’a pas pu être hachée sur cette machine : { $why }.
# $why : ce qui est arrivé à la réponse ; $address : l’adresse du nouveau Cozy.
cozy-passphrase-unanswered = Le Cozy a peut-être pris votre phrase de passe : sa réponse n’est pas arrivée ({ $why }). Connectez-vous à { $address } avec elle pour le savoir. Ou appuyez sur Enter pour l’envoyer de nouveau : si le lien est alors épuisé, c’est que la première a été prise.
# $iterations : le nombre de tours de hachage.
cozy-hashing = Hachage local de la phrase de passe ({ $iterations } itérations)
cozy-registering = Enregistrement sur { $fqdn }
cozy-passphrase-prompt = Votre phrase de passe
cozy-passphrase-context-step = Choisissez la phrase de passe { ELISION($fqdn) ->
        [vowel] d’{ $fqdn }
       *[other] de { $fqdn }
    } (étape 7 sur 8).
cozy-passphrase-context-why = Elle protège tout ce que contient votre Cozy. Elle est hachée sur cette machine et n’est jamais envoyée telle que tapée. Elle doit être difficile à deviner (solidité d’au moins 3 sur 4).
cozy-again-prompt = La phrase de passe à nouveau
cozy-hint-prompt = Un indice pour vous la rappeler (facultatif ; vide pour aucun)
cozy-unanswered-passphrase-headline = { $fqdn } est-il actif ?
# $known : yes quand $when (la date d’envoi) est connue ; $address : l’adresse du Cozy.
cozy-unanswered-passphrase-text = Sa première phrase de passe a été envoyée { $known ->
        [yes] le { $when }
       *[no] plus tôt
    }, et sa réponse s’est perdue. Connectez-vous à { $address } avec elle : si cela marche, votre Cozy est actif (Del au menu oublie ceci). S’il la refuse, collez ici le lien d’activation pour en choisir une de nouveau.

## Étape 8 : terminé, et l’inscription sur le web

cozy-done-active = { $fqdn } est actif.
cozy-done-probably = { $fqdn } est très probablement actif.
cozy-done-its-address = Son adresse :
cozy-done-sign-in = Connectez-vous-y avec la phrase de passe que vous venez de choisir.
cozy-done-sign-in-probably = Votre phrase de passe précédente l’a très probablement atteint, bien que sa réponse se soit perdue : le lien d’activation est maintenant épuisé. Connectez-vous-y avec la phrase de passe choisie alors ; s’il la refuse, utilisez « Mot de passe oublié ? » sur sa page de connexion.
cozy-done-scan = Scannez le code pour ouvrir votre Cozy sur votre téléphone.
cozy-enlarge-for-code = Agrandissez le terminal pour afficher le QR code.
cozy-address-copied = Adresse envoyée dans le presse-papiers du terminal.
cozy-done-prompt = Votre Cozy est prêt
# $address : l’adresse du nouveau Cozy.
cozy-done-ready = Votre Cozy est prêt : { $address }
cozy-done-probably-active = Votre Cozy est très probablement actif : { $address }
cozy-web-title = S’inscrire plutôt dans un navigateur
cozy-web-intro = Ce lien ouvre l’inscription de Cozy Cloud dans un navigateur, avec ce que vous avez déjà tapé :
cozy-web-enter-opens = Enter l’ouvre dans votre navigateur.
cozy-web-scan = Scannez le code pour vous inscrire sur votre téléphone.
cozy-link-copied = Lien envoyé dans le presse-papiers du terminal.
cozy-web-prompt = S’inscrire dans un navigateur
# $link : le lien de l’inscription sur le web.
cozy-web-context = Ouvrez ce lien pour vous inscrire : { $link }
# $why : pourquoi (un réglage du fichier de configuration).
cozy-web-link-failed = Impossible de construire le lien d’inscription sur le web : { $why }

## Les e-mails Cozy du bac à sable, dans la langue de création de l’instance

# $fqdn : l’adresse du nouveau Cozy ; $link : le lien d’activation.
cozy-sandbox-email-subject = Activez votre Cozy
cozy-sandbox-email-body = Votre Cozy { $fqdn } est prêt. Ouvrez ce lien pour confirmer votre adresse e-mail et choisir votre phrase de passe : { $link }

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
cleura-api-switch = Space pour changer
cleura-sign-in-button = Se connecter
cleura-sandbox-logins = Identifiants du bac à sable : alice (sans second facteur), bob (SMS), carol (WebAuthn seulement), dave (projets de Stockholm seulement) ; chaque mot de passe est l’identifiant suivi de -password.
cleura-login-missing = Saisissez votre identifiant Cleura.
cleura-password-missing = Saisissez votre mot de passe.
# $why : ce qui ne va pas dans l’adresse.
cleura-endpoint-unusable = Adresse inutilisable : { $why }.
cleura-wrong-credentials = Identifiant ou mot de passe incorrect.
# $said : le refus de Cleura, dans ses mots.
cleura-sign-in-refused = Cleura a refusé la connexion : { $said }.

# Un jeton conservé d’une session précédente. $login : l’identifiant du jeton ; $given : l’identifiant donné pour cette session.
cleura-resumed-as-other = Connexion en tant { ELISION($login) ->
        [vowel] qu’{ $login }
       *[other] que { $login }
    } avec le jeton conservé précédemment, et non en tant { ELISION($given) ->
        [vowel] qu’{ $given }
       *[other] que { $given }
    } : déconnectez-vous d’abord pour vous connecter en tant { ELISION($given) ->
        [vowel] qu’{ $given }
       *[other] que { $given }
    }.
cleura-resumed = Connexion rétablie avec le jeton conservé précédemment.
# $error : pourquoi, dans les mots de Cleura.
cleura-kept-token-ended = Votre jeton conservé ne fonctionne plus ({ $error }) : connectez-vous à nouveau.
# $why : ce qui a échoué, en quelques mots.
cleura-kept-token-unchecked = Impossible de vérifier votre jeton conservé ({ $why }) : connectez-vous, ou réessayez plus tard.
# $why : le refus de Cleura, dans ses mots.
cleura-kept-token-refused = Cleura a refusé de lister les régions avec votre jeton conservé ({ $why }) : connectez-vous avec un identifiant autorisé à les lister.
# $error : pourquoi, dans les mots de Cleura.
cleura-session-ended = { $error } : votre session a pris fin ; connectez-vous à nouveau.
# Comme le dit `cleura logout`, quand il ne reste aucune session à fermer. $error : pourquoi, dans les mots de Cleura.
cleura-kept-token-no-longer-works = Votre jeton conservé ne fonctionne plus ({ $error }).

# Le code SMS. $length : combien de chiffres.
cleura-code-title = Saisissez le code reçu par SMS
cleura-code = Code
# $login : l’identifiant qui se connecte.
cleura-code-sent-to = Code à { $length } chiffres envoyé par SMS au téléphone { ELISION($login) ->
        [vowel] d’{ $login }
       *[other] de { $login }
    }.
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
cleura-regions-of = Régions { ELISION($login) ->
        [vowel] d’{ $login }
       *[other] de { $login }
    }
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
cleura-projects-own = Projets { ELISION($login) ->
        [vowel] d’{ $login }
       *[other] de { $login }
    } dans { $region } ; l’API v2 de Cleura liste les projets propres à chaque identifiant, par région :
cleura-projects-of = Projets { ELISION($region) ->
        [vowel] d’{ $region }
       *[other] de { $region }
    } { ELISION($login) ->
        [vowel] qu’{ $login }
       *[other] que { $login }
    } peut utiliser :
# Une liste de projets que Cleura refuse faute d’accès (le jeton, lui, vaut) : $said, les mots de Cleura.
cleura-projects-no-access = Cleura ne laisse pas { $login } lister les projets { ELISION($region) ->
        [vowel] d’{ $region }
       *[other] de { $region }
    } ({ $said }) : demandez à un administrateur du compte Cleura de donner à { $login } l’accès à ces projets.
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
cleura-ask-password = Mot de passe { ELISION($login) ->
        [vowel] d’{ $login }
       *[other] de { $login }
    }
cleura-ask-code = Le code à { $length } chiffres reçu par SMS
cleura-ask-code-sent = Cleura a envoyé un code par SMS au téléphone de ce compte.
cleura-ask-signed-out = Déconnexion effectuée
cleura-ask-what-next = Et maintenant
cleura-ask-signed-in-as = Connexion à Cleura en tant { ELISION($login) ->
        [vowel] qu’{ $login }
       *[other] que { $login }
    }.
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


# Pourquoi la session gardée ne peut pas servir.
# $why : ce qui ne va pas dans son JSON (un des messages cloudsigma-saved-json-).
cloudsigma-saved-not-ours = ce n’est pas une session écrite par cloudboard ({ $why })
cloudsigma-saved-incomplete = elle est incomplète
cloudsigma-saved-json-io = elle n’a pas pu être lue
cloudsigma-saved-json-syntax = ce n’est pas du JSON
cloudsigma-saved-json-data = des champs manquent
cloudsigma-saved-json-eof = elle est tronquée

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
# Une exécution à qui l’on a donné un compte à créer continue sans elle. $email : l’adresse e-mail du compte ; $place : l’emplacement.
cloudsigma-saved-forgotten = Votre session enregistrée pour { $email } à { $place } ne fonctionnait plus et a été oubliée.
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
cloudsigma-create-unanswered = CloudSigma a peut-être ouvert le compte { ELISION($email) ->
        [vowel] d’{ $email }
       *[other] de { $email }
    } à { $place } : sa réponse n’est pas arrivée ({ $why }). Si c’est le cas, son e-mail de confirmation parviendra à { $email }. Appuyez sur Entrée pour redemander : si l’adresse est alors refusée comme déjà prise, le compte est très probablement le vôtre. cloudboard le garde au menu tant qu’il ne le sait pas.

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
# La même, posée ligne par ligne (le mode simple), où aucune touche ne choisit le mot de passe.
cloudsigma-created-next-sandbox-asked = Ouvrez le lien de l’e-mail (dans le bac à sable, la boîte d’envoi le montre) et choisissez-y votre mot de passe ; puis connectez-vous.
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
cloudsigma-password-intro = Le mot de passe { ELISION($email) ->
        [vowel] d’{ $email }
       *[other] de { $email }
    }, 8 caractères au moins.
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
cloudsigma-sign-out-question = Vous déconnecter { ELISION($email) ->
        [vowel] d’{ $email }
       *[other] de { $email }
    } ? La session prend fin et est oubliée ici. y vous déconnecte ; n, Entrée ou Échap annule.
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
cloudsigma-signed-out = Déconnexion { ELISION($email) ->
        [vowel] d’{ $email }
       *[other] de { $email }
    } : la session a pris fin.
# $email : l’adresse e-mail du compte ; $why : le conseil pour l’erreur.
cloudsigma-signed-out-not-told = CloudSigma n’a pas pu être prévenu de la déconnexion { ELISION($email) ->
        [vowel] d’{ $email }
       *[other] de { $email }
    } : { $why }
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
home-resume-title = Reprendre la création { ELISION($fqdn) ->
        [vowel] d’{ $fqdn }
       *[other] de { $fqdn }
    }
home-resume-blurb = Commencée plus tôt ; suivez-la jusqu’au bout (Del l’oublie)
home-finish-title = Terminer l’activation { ELISION($fqdn) ->
        [vowel] d’{ $fqdn }
       *[other] de { $fqdn }
    }
home-finish-blurb = Il existe ; donnez le lien de son e-mail d’activation (Del l’oublie)
home-forget-title = Oublier { $fqdn } : bac à sable disparu
# $at : l’hôte et le port du bac à sable (127.0.0.1:4000).
home-forget-blurb = Son bac à sable sur { $at } est arrêté ; Enter ou Del l’oublie
# Après Enter ou Del sur l’entrée ci-dessus. $fqdn : l’adresse du Cozy.
home-forgot = Création { ELISION($fqdn) ->
        [vowel] d’{ $fqdn }
       *[other] de { $fqdn }
    } oubliée.

# Une demande envoyée par une exécution précédente, restée sans réponse. $fqdn : l’adresse d’un Cozy.
home-unanswered-cozy-create-title = { $fqdn } a-t-il été créé ?
home-unanswered-cozy-create-blurb = Réponse à sa création perdue : activez-le, ou recréez-le (Del l’oublie)
home-unanswered-cozy-passphrase-title = { $fqdn } est-il actif ?
home-unanswered-cozy-passphrase-blurb = Réponse à sa phrase de passe perdue : voyez quoi faire (Del l’oublie)
# $email : l’adresse e-mail du compte.
home-unanswered-cloudsigma-title = Le compte CloudSigma { ELISION($email) ->
        [vowel] d’{ $email }
       *[other] de { $email }
    } est-il ouvert ?
home-unanswered-cloudsigma-blurb = Réponse perdue : connectez-vous, ou recréez-le (Del l’oublie)

# Sous le titre d’un parcours : ce qu’on en sait. $fqdn : l’adresse du Cozy.
home-status-cozy-creating = { $fqdn } est en cours de création
home-status-cozy-waiting = { $fqdn } attend son activation
home-status-cozy-active = { $fqdn } est actif
home-status-cozy-gone = { $fqdn } : bac à sable disparu
# Cleura garde un jeton, CloudSigma une session : $what vaut token ou session (un nom, jamais
# affiché : chaque langue le dit avec ses mots). $who : l’identifiant ou l’e-mail ; $place :
# le nom de l’emplacement ; $store : où il est gardé (le nom d’un trousseau ou le chemin d’un fichier).
home-status-signed-in-kept = Connecté en tant { ELISION($who) ->
        [vowel] qu’{ $who }
       *[other] que { $who }
    } ; { $what ->
        [token] jeton gardé
       *[session] session gardée
    } dans { $store }
home-status-signed-in-kept-at = Connecté en tant { ELISION($who) ->
        [vowel] qu’{ $who }
       *[other] que { $who }
    } à { $place } ; { $what ->
        [token] jeton gardé
       *[session] session gardée
    } dans { $store }
home-status-signed-in-not-kept = Connecté en tant { ELISION($who) ->
        [vowel] qu’{ $who }
       *[other] que { $who }
    } ; { $what ->
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
# Une erreur d’API en quelques mots, dans une phrase qui dit elle-même quoi faire ensuite.
# $host : le nom du serveur ; $detail : ce qu’a dit la connexion (ses propres mots, ou shared-api-connection-refused/-no-connection).
shared-error-network = impossible de joindre { $host } : { $detail }
# $host : le nom du serveur.
shared-error-timeout = { $host } n’a pas répondu à temps
shared-error-closed = { $host } a fermé la connexion avant de répondre
# $detail : pourquoi son certificat est refusé (les mots de la bibliothèque TLS).
shared-error-untrusted = le certificat TLS { ELISION($host) ->
        [vowel] d’{ $host }
       *[other] de { $host }
    } n’est pas reconnu ({ $detail })
# $status : le code HTTP ; $message : ce qu’a dit le serveur, ou son statut en mots.
shared-error-server = le serveur a échoué ({ $status }) : { $message }
# $detail : ce qui n’allait pas dans la réponse (un des messages shared-garbled-).
shared-error-bad-response = la réponse du serveur est incompréhensible : { $detail }
# $to : l’adresse vers laquelle elle renvoie.
shared-error-moved = le fournisseur a déplacé cette adresse (HTTP { $status }) vers { $to }
shared-error-moved-nowhere = le fournisseur a déplacé cette adresse (HTTP { $status })
# Pourquoi une adresse ne peut pas servir d’adresse d’API (celle du fichier de configuration, une adresse tapée, un lien).
# $why : ce qui n’allait pas, une des raisons shared-endpoint- ci-dessous ou les mots du lecteur d’URL.
shared-endpoint-not-url = ce n’est pas une URL ({ $why })
shared-endpoint-plain-http = https requis, sauf sur cette machine (loopback)
# $scheme : le schéma tapé, comme ftp.
shared-endpoint-scheme = le schéma « { $scheme } » n’est ni http ni https
shared-endpoint-empty-host = nom d’hôte vide
shared-endpoint-port = numéro de port invalide
shared-endpoint-ip = adresse IP invalide
shared-endpoint-domain = caractère invalide dans le nom de domaine
# Un fichier refusé pour sa taille. $kib : le plus qu’il peut contenir, en Kio.
shared-file-too-large = il dépasse { $kib } Kio
# Un fichier de configuration inutilisable. $path : le fichier ; $why : ce qui ne va pas.
shared-config-unreadable = impossible de lire le fichier de configuration { $path } : { $why }
shared-config-not-valid = fichier de configuration { $path } invalide : { $why }
shared-config-invalid = dans le fichier de configuration { $path } : { $why }
# L’endroit d’un fichier où le lecteur TOML s’est arrêté. $said : ses propres mots.
shared-config-place = ligne { $line }, colonne { $column } : { $said }
# Un serveur débordé. $message : ce qu’il a dit, ou son statut en mots.
shared-api-too-many-requests = Trop de requêtes : { $message }
shared-api-unavailable = Le service est indisponible pour le moment : { $message }
# $cause : les mots de la bibliothèque TLS.
shared-api-no-https = impossible de mettre en place HTTPS : { $cause }
# Ce qui n’allait pas dans la réponse d’un serveur (après « incompréhensible : »).
shared-garbled-empty = elle était vide
shared-garbled-cut-short = elle a été coupée avant la fin
shared-garbled-not-json = ce n’est pas du JSON
# $why : les mots du lecteur JSON.
shared-garbled-unexpected-fields = elle n’a pas les champs attendus ({ $why })
# $kib : une taille en Kio.
shared-garbled-too-large = elle dépasse { $kib } Kio
# $why : les mots de la bibliothèque HTTP.
shared-garbled-request-unbuilt = requête impossible à construire : { $why }
# $why : les mots de l’analyseur d’URL.
shared-garbled-cloudery-address-invalid = l’adresse de la Cloudery n’est pas valide : { $why }
shared-garbled-cloudery-address-no-path = l’adresse de la Cloudery ne peut pas contenir de chemin
shared-garbled-redirect-nowhere = une redirection ne menait nulle part
# $hops : combien de redirections ont été suivies.
shared-garbled-too-many-redirects = le lien a renvoyé ailleurs plus de { $hops } fois
# $why : les mots de l’analyseur d’URL.
shared-garbled-link-not-url = le lien n’est pas une URL ({ $why })
shared-garbled-session-not-sendable = la session enregistrée contient des caractères qu’un en-tête ne peut pas porter
shared-garbled-referer-not-sendable = l’adresse de l’API ne peut pas être envoyée comme Referer
# $cookie : le nom du cookie.
shared-garbled-cookie-missing = la connexion a été acceptée mais aucun cookie { $cookie } n’a été posé
shared-garbled-sms-not-taken = le serveur a proposé le SMS puis ne l’a pas accepté
# $said : le résultat donné par le serveur.
shared-garbled-unknown-sign-in = un résultat de connexion inconnu « { $said } »
shared-garbled-no-sign-in-result = aucun résultat de connexion
shared-garbled-no-verification = aucune vérification n’a été donnée
shared-garbled-no-token = aucun jeton n’a été donné
shared-garbled-domains-not-list = les domaines ne sont pas une liste
shared-garbled-domain-not-object = un domaine n’est pas un objet
shared-garbled-projects-not-list = les projets ne sont pas une liste
shared-garbled-projects-no-region = un groupe de projets n’a pas de région
# Le bout droit de l’en-tête. $url : l’adresse du bac à sable.
shared-header-sandbox = bac à sable { $url }
shared-header-sandbox-short = bac à sable
shared-header-sandbox-starting = démarrage du bac à sable…
shared-header-sandbox-failed = le bac à sable n’a pas démarré
# La question pour quitter, quand ce qui était en cours s’est terminé entre la touche et l’affichage.
shared-quit-finished = Ce qui était en cours s’est terminé entre-temps.

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
shared-sent-cozy-create = la création { ELISION($fqdn) ->
        [vowel] d’{ $fqdn }
       *[other] de { $fqdn }
    } pour { $email }
shared-sent-cozy-passphrase = la première phrase de passe { ELISION($fqdn) ->
        [vowel] d’{ $fqdn }
       *[other] de { $fqdn }
    }
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
shared-api-untrusted = le certificat TLS { ELISION($host) ->
        [vowel] d’{ $host }
       *[other] de { $host }
    } n’est pas reconnu ({ $detail }). Rien n’a été envoyé. Si cette adresse est la bonne, le serveur ou un intermédiaire (un proxy) présente un certificat auquel cette machine ne fait pas confiance.
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
# Une somme qu’un fournisseur a donnée (un solde). $amount : le nombre, écrit comme la langue
# écrit les nombres ; $currency : le code de sa monnaie (EUR, CHF), ou rien si le fournisseur n’en a pas donné.
shared-amount = { $amount } { $currency }
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
# Les titres de --help ; clap met les deux-points après eux (d’où l’espace insécable finale).
scripts-cli-heading-usage = Utilisation 
scripts-cli-heading-commands = Commandes 
scripts-cli-heading-options = Options 
scripts-cli-heading-arguments = Arguments 
scripts-cli-command-placeholder = COMMANDE
scripts-cli-lang = La langue à parler (sinon le `lang` du fichier de configuration, sinon celle que nomment LANGUAGE, LC_ALL, LC_MESSAGES ou LANG, sinon l’anglais)
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
                                               carol / carol-password (WebAuthn seulement),
                                               dave / dave-password (projets de Stockholm seulement)
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
scripts-left-unanswered = { $what } : la demande est partie et sa réponse n’était pas arrivée ; elle peut encore aboutir. { $next } cloudboard la garde { $kept }.
# $account : l’identifiant.
scripts-cleura-signed-in = Connecté à Cleura en tant { ELISION($account) ->
        [vowel] qu’{ $account }
       *[other] que { $account }
    }.
# $account : l’identifiant.
scripts-cleura-already-signed-in = Déjà connecté à Cleura en tant { ELISION($account) ->
        [vowel] qu’{ $account }
       *[other] que { $account }
    } : le jeton gardé d’une exécution précédente est toujours valable, le mot de passe n’a donc pas servi.
# $account : l’identifiant connecté ; $login : celui demandé.
scripts-cleura-signed-in-as-other = déjà connecté à Cleura en tant { ELISION($account) ->
        [vowel] qu’{ $account }
       *[other] que { $account }
    }, avec un jeton gardé d’une exécution précédente ; rien n’a été envoyé pour { $login }. Pour vous connecter en tant { ELISION($login) ->
        [vowel] qu’{ $login }
       *[other] que { $login }
    }, lancez d’abord `cloudboard cleura logout`
# $why : la raison.
scripts-cleura-token-not-kept = Cleura a accepté la connexion, mais le jeton n’a pas pu être gardé sur cette machine ({ $why }) : rien n’est gardé, et la prochaine commande demandera de vous reconnecter
# $place : où (un trousseau, ou un fichier).
scripts-cleura-token-kept-in = Le jeton est gardé dans { $place }.
# $why : ce qui a empêché Cleura de juger le code (le réseau, un serveur occupé).
scripts-cleura-code-unchecked = Le code SMS n’a pas pu être vérifié ({ $why }). Relancez la même commande : elle se reconnecte, et Cleura envoie un nouveau code.
# $login : l’identifiant du jeton gardé ; $why : pourquoi il ne marche plus, dans les mots de Cleura.
scripts-cleura-kept-token-ended = Le jeton gardé pour { $login } ne fonctionne plus ({ $why }) et a été oublié : reconnectez-vous avec `cloudboard cleura login --login { $login }`.
# $login : l’identifiant du jeton gardé ; $why : le refus de Cleura, dans ses mots.
scripts-cleura-kept-token-refused = Cleura a refusé de lister les régions avec le jeton gardé pour { $login } ({ $why }) : connectez-vous avec un identifiant autorisé à les lister, par `cloudboard cleura login --login LOGIN`.
# $login : l’identifiant du jeton gardé ; $advice : ce qui a échoué et que faire, une phrase.
scripts-cleura-kept-token-unchecked = Le jeton gardé pour { $login } n’a pas pu être vérifié : { $advice }
scripts-cleura-not-signed-in = pas de connexion à Cleura : lancez d’abord `cloudboard cleura login --login LOGIN`
scripts-cleura-projects-not-listed = les projets n’ont pas été listés
# $login : l’identifiant du jeton gardé ; $why : ce qui a échoué, en quelques mots.
scripts-cleura-logout-unreachable = Le jeton gardé pour { $login } n’a pas pu être vérifié ({ $why }) : aucune session n’a été fermée et il est toujours gardé sur cette machine ; relancez `cloudboard cleura logout` quand Cleura sera joignable.
# $login : l’identifiant du jeton gardé ; $why : le refus de Cleura, dans ses mots.
scripts-cleura-logout-refused = Cleura a refusé le jeton gardé pour { $login } ({ $why }) : aucune session n’a été fermée et il est toujours gardé sur cette machine.
# $problem : pourquoi le jeton gardé ne marche plus, une phrase.
scripts-cleura-logout-forgotten = { $problem } Il a été oublié sur cette machine ; il n’y a plus de session à fermer.
scripts-cleura-nothing-to-do = Pas de connexion à Cleura ; rien à faire.
# $place : le nom de l’emplacement.
scripts-cloudsigma-signed-in = Connecté à CloudSigma à { $place }.
# $account : l’adresse e-mail ; $place : le nom de l’emplacement.
scripts-cloudsigma-already-signed-in = Déjà connecté à CloudSigma en tant { ELISION($account) ->
        [vowel] qu’{ $account }
       *[other] que { $account }
    } à { $place } : la session gardée d’une exécution précédente est toujours valable, le mot de passe n’a donc pas servi.
# $account : l’adresse e-mail connectée ; $place : le nom de son emplacement ; $email : celle demandée.
scripts-cloudsigma-signed-in-as-other = déjà connecté à CloudSigma en tant { ELISION($account) ->
        [vowel] qu’{ $account }
       *[other] que { $account }
    } à { $place }, avec une session gardée d’une exécution précédente ; rien n’a été envoyé pour { $email }. Pour vous y connecter en tant { ELISION($email) ->
        [vowel] qu’{ $email }
       *[other] que { $email }
    }, lancez d’abord `cloudboard cloudsigma logout`
# $account : l’adresse e-mail connectée.
scripts-cloudsigma-signed-in-already = déjà connecté à CloudSigma en tant { ELISION($account) ->
        [vowel] qu’{ $account }
       *[other] que { $account }
    } : lancez d’abord `cloudboard cloudsigma logout`
# Dit avant la création d’un compte. $email : le compte de la session gardée ; $place : où elle a été ouverte.
scripts-cloudsigma-create-kept-expired = La session CloudSigma gardée pour { $email } à { $place } avait expiré et a été oubliée.
# Dit avant la création d’un compte. $email : le compte de la session gardée ; $place : où elle a été ouverte ; $why : les mots de CloudSigma.
scripts-cloudsigma-create-kept-ended = La session CloudSigma gardée pour { $email } à { $place } avait pris fin ({ $why }) et a été oubliée.
# Dit avant la création d’un compte. $why : pourquoi elle n’a pas pu être lue.
scripts-cloudsigma-create-kept-unreadable = La session CloudSigma gardée sur cette machine n’a pas pu être lue ({ $why }) et a été oubliée.
# Après la création d’un compte. $email : son adresse e-mail ; $location : où, tel que --location le prend (un code, ou une adresse d’API).
scripts-cloudsigma-created-next = Ouvrez le lien de cet e-mail et choisissez votre mot de passe sur la page qu’il ouvre ; puis connectez-vous avec `cloudboard cloudsigma login --email { $email } --location { $location }`.
# La même dans le bac à sable, dont la boîte d’envoi garde l’e-mail (une ligne « Boîte d’envoi du bac à sable : … » montre son lien).
scripts-cloudsigma-created-next-sandbox = Ouvrez dans un navigateur le lien de cet e-mail (la ligne de la boîte d’envoi du bac à sable le montre) et choisissez votre mot de passe sur la page qu’il ouvre ; puis connectez-vous avec `cloudboard cloudsigma login --email { $email } --location { $location }`.
# $email : l’adresse e-mail du compte ; $place : l’emplacement ; $why : pourquoi aucune réponse n’est venue ; $kept : où cloudboard le montre (shared-sent-kept-cloudsigma).
scripts-cloudsigma-create-unanswered = CloudSigma a peut-être ouvert le compte { ELISION($email) ->
        [vowel] d’{ $email }
       *[other] de { $email }
    } à { $place } : sa réponse n’est pas arrivée ({ $why }). Si c’est le cas, son e-mail de confirmation parviendra à { $email }. Relancez la même commande pour redemander : si l’adresse est alors refusée comme déjà prise, le compte est très probablement le vôtre. cloudboard le garde { $kept } tant qu’il ne le sait pas.
# $why : la raison.
scripts-cloudsigma-session-not-kept = CloudSigma a accepté la connexion, mais la session n’a pas pu être gardée sur cette machine ({ $why }) : rien n’est gardé, et la prochaine commande demandera de vous reconnecter
# $place : où (un trousseau, ou un fichier).
scripts-cloudsigma-session-kept-in = La session est gardée dans { $place }.
# $email : le compte de la session gardée ; $place : où elle a été ouverte ; $location : cet emplacement tel que --location le prend (un code, ou une adresse d’API).
scripts-cloudsigma-kept-session-expired = La session CloudSigma gardée pour { $email } à { $place } a expiré et a été oubliée : reconnectez-vous avec `cloudboard cloudsigma login --email { $email } --location { $location }`.
# $email : le compte de la session gardée ; $place : où elle a été ouverte ; $location : cet emplacement tel que --location le prend ; $why : les mots de CloudSigma.
scripts-cloudsigma-kept-session-ended = La session CloudSigma gardée pour { $email } à { $place } a pris fin ({ $why }) et a été oubliée : reconnectez-vous avec `cloudboard cloudsigma login --email { $email } --location { $location }`.
# $why : pourquoi elle n’a pas pu être lue.
scripts-cloudsigma-kept-session-unreadable = La session CloudSigma gardée sur cette machine n’a pas pu être lue ({ $why }) : reconnectez-vous avec `cloudboard cloudsigma login --email EMAIL`.
# $email : le compte de la session gardée ; $location : l’emplacement où elle a été ouverte, tel que --location le prend ; $why : le refus de CloudSigma, dans ses mots.
scripts-cloudsigma-kept-session-refused = CloudSigma a refusé la session gardée pour { $email } ({ $why }), qui est toujours gardée sur cette machine : reconnectez-vous avec `cloudboard cloudsigma login --email { $email } --location { $location }` pour la remplacer.
# $email : le compte de la session gardée ; $advice : ce qui a échoué et que faire, une phrase.
scripts-cloudsigma-kept-session-unchecked = La session CloudSigma gardée pour { $email } n’a pas pu être vérifiée : { $advice }
scripts-cloudsigma-not-signed-in = pas de connexion à CloudSigma : lancez d’abord `cloudboard cloudsigma login --email EMAIL`
# $place : où la session gardée a été ouverte ; $wanted : l’emplacement demandé.
scripts-cloudsigma-kept-elsewhere = la session CloudSigma gardée sur cette machine a été ouverte à { $place }, pas à { $wanted } ; rien n’y a été envoyé
scripts-cloudsigma-not-created = le compte n’a pas été créé
# $email : le compte de la session gardée ; $why : ce qui a échoué, en quelques mots.
scripts-cloudsigma-logout-unreachable = La session CloudSigma gardée pour { $email } n’a pas pu être vérifiée ({ $why }) : aucune session n’a été fermée et elle est toujours gardée sur cette machine ; relancez `cloudboard cloudsigma logout` quand CloudSigma sera joignable.
# $email : le compte de la session gardée ; $why : le refus de CloudSigma, dans ses mots.
scripts-cloudsigma-logout-refused = CloudSigma a refusé la session gardée pour { $email } ({ $why }) : aucune session n’a été fermée et elle est toujours gardée sur cette machine.
# $why : pourquoi elle n’a pas pu être lue.
scripts-cloudsigma-logout-unreadable = La session CloudSigma gardée sur cette machine n’a pas pu être lue ({ $why }) : aucune session n’a été fermée.
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
scripts-cozy-following = La création { ELISION($fqdn) ->
        [vowel] d’{ $fqdn }
       *[other] de { $fqdn }
    } est suivie : `cloudboard cozy status { $workflow }` demande à la Cloudery où elle en est.
# Une ligne de `cozy status`. $what : la demande ; $when : quand elle a été envoyée.
scripts-cozy-unanswered-line = sans réponse  { $what }  envoyée { $when }
scripts-cozy-unknown-time = à une heure inconnue
# $what : la demande, avec une majuscule ; $next : que faire ensuite, une phrase.
scripts-cozy-unanswered = { $what } : sa réponse n’est jamais arrivée. { $next }
# $fqdn : l’adresse demandée ; $why : ce qui est arrivé à la réponse ; $email : l’e-mail de la personne ; $kept : où cloudboard le montre (shared-sent-kept-cozy).
scripts-cozy-creation-unanswered = Le Cloudery a peut-être créé { $fqdn } : sa réponse n’est pas arrivée ({ $why }). Relancez la même commande pour redemander : si l’adresse est alors « déjà prise », c’est très probablement la vôtre, et son e-mail d’activation part à { $email }. cloudboard le garde { $kept } jusqu’à en savoir plus.
# $why : ce qui est arrivé à la réponse ; $address : l’adresse du nouveau Cozy.
scripts-cozy-passphrase-unanswered = Le Cozy a peut-être pris votre phrase de passe : sa réponse n’est pas arrivée ({ $why }). Connectez-vous à { $address } avec elle pour le savoir. Ou redonnez le même lien à `cloudboard cozy activate` pour la renvoyer : si le lien est alors épuisé, c’est que la première a été prise.
scripts-cozy-nothing-remembered = Cette machine ne se souvient d’aucune création de Cozy.


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
