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
cozy-heading-creating = Création de { $fqdn }
cozy-heading-check-email = Consultez vos e-mails
cozy-heading-passphrase = Choisissez votre phrase de passe
cozy-heading-done = Votre Cozy est prêt
# Le travail en cours, tel que la question avant de quitter le dit (« En cours : … »). $fqdn : l’adresse du Cozy.
cozy-busy-asking = demande de { $fqdn } au Cloudery
cozy-busy-creating = création de { $fqdn }
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
cozy-confirm-asking = Demande de création de { $fqdn } au Cloudery
cozy-confirm-context-step = Vérifiez et créez (étape 4 sur 8) :
cozy-confirm-prompt = Créer ce Cozy ?
cozy-confirm-answer-yes-no = Répondez y pour le créer, ou n pour le modifier.
# $fqdn : l’adresse demandée ; $message : les mots du Cloudery.
cozy-address-taken = { $fqdn } est déjà pris ({ $message }) : choisissez une autre adresse.
# $error : le refus du Cloudery, dans ses mots.
cozy-token-refused = Le Cloudery a refusé le jeton partenaire ({ $error }). Vérifiez CLOUDBOARD_COZY_TOKEN ou la clé token sous [cozy] dans le fichier de configuration.
cozy-cloudery-refused = Le Cloudery l’a refusé : { $error }
# $fqdn : l’adresse demandée ; $why : ce qui est arrivé à la réponse ; $email : l’e-mail de la personne.
cozy-creation-unanswered = Le Cloudery a peut-être créé { $fqdn } : sa réponse n’est pas arrivée ({ $why }). Appuyez sur Enter pour redemander : si l’adresse est alors « déjà prise », c’est très probablement la vôtre, et son e-mail d’activation part à { $email }. cloudboard le garde au menu et dans `cloudboard cozy status` jusqu’à en savoir plus.
cozy-taken-earlier-headline = { $fqdn } est très probablement à vous.
# $known : yes quand $when (la date de la demande précédente) est connue.
cozy-taken-earlier-text = { $fqdn } est pris, très probablement par votre propre demande { $known ->
        [yes] du { $when }
       *[no] précédente
    }, dont la réponse s’est perdue : le Cloudery envoie alors son e-mail d’activation à { $email }. Collez-en le lien ici.
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
cozy-follow-failed = Impossible de suivre la création de { $fqdn } : { $problem }
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
    }. C’est une adresse de { $fqdn } : donnez le lien complet de l’e-mail d’activation, ou l’adresse que votre navigateur affiche après l’avoir ouvert.
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
cozy-passphrase-context-step = Choisissez la phrase de passe de { $fqdn } (étape 7 sur 8).
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

