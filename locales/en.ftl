# cloudboard's words in English: the reference catalogue, and what any other language falls
# back to for a message it lacks. Project Fluent syntax (https://projectfluent.org/): one
# message a line, `{ $name }` a placeholder. A new language is a copy of this file,
# translated, as locales/<code>.ftl (see README, "Language").
# A catalogue may select on ELISION($name): `vowel` when the name begins with a vowel sound
# (for languages that elide before one, as French writes "d’alice"), `other` otherwise.

# The language's name in itself, as `--lang`'s list shows it.
language-name = English
# How the language writes a number in a sentence: the sign before its decimals, and the
# sign between groups of three digits (1,234.5). Only numbers said to people: JSON, state
# files and commands to paste keep theirs.
number-decimal-sign = .
number-group-sign = ,

## The command line (--help)

cli-about = Open a cloud account from your terminal: create a Cozy, sign in to Cleura, or open a CloudSigma account
cli-long-about =
    cloudboard is a keyboard-driven wizard that creates a Cozy (Cozy Cloud), signs in to Cleura Cloud's REST API with SMS two-factor and browses its regions, and creates or signs in to a CloudSigma account.

    Try every flow offline, with no account: cloudboard --sandbox

## The keys that work on every screen, as the key bar and the help say them

key-help = help
key-outbox = show/hide the sandbox outbox
key-suspend = suspend
key-quit = quit
# F2, in the key bar while the sandbox outbox is hidden and holds messages.
key-outbox-messages = outbox has messages

## The help overlay (? or F1)

help-title = Keys
# $screen: the title of the screen in front.
help-title-of = Keys · { $screen }
help-close = Press any key to close.

## Quitting while work is in flight

quit-title = Quit
quit-question = Quit cloudboard?
# $what: the work, as its flow says it.
quit-in-progress = In progress: { $what }.
# $what: the request, as its flow says it; $kept: where cloudboard shows it later.
quit-sent = It was sent: if you quit, it may still complete, and whether it did will not be known. cloudboard keeps { $what } { $kept }.
# After the key y.
quit-choice = quit · any other key stays

## A terminal too small for the screens

too-small-title = Terminal too small
too-small-size = It is { $width }×{ $height }; cloudboard needs at least { $min_width }×{ $min_height }.
too-small-quit-while = Quit while { $what }?
too-small-choice = y quits · any other key stays
too-small-enlarge = Enlarge the window, or press q to quit.

## Cozy

# The terms a person accepts, in this language, unless the config file sets cozy.terms_url.
cozy-terms-url = https://cozy.io/en/terms-of-service/

# What a request of the flow is doing, as its log and the in-flight words say it.
cozy-work-creating = creating the Cozy
cozy-work-following = following the creation
cozy-work-following-link = following the activation link
cozy-work-setting-passphrase = setting the passphrase
# The config's web onboarding address cannot be used. $setting: the config line, as `cozy.web = "…"`; $error: what the URL reader said of it (its own words).
cozy-web-not-a-url = { $setting } is not a URL ({ $error })
# $setting: the config line, as `cozy.web = "…"`.
cozy-web-no-path = { $setting } cannot hold a path
# Said inside cozy-hash-failed.
cozy-hashing-stopped = the hashing stopped unexpectedly

## The flow's frame: its title, its steps' headings, what it is doing (for the quit question)

cozy-title = Create a Cozy
cozy-title-web = Create a Cozy › in a browser
# $step: this step's number; $steps: how many there are.
cozy-step = Step { $step } of { $steps }
cozy-heading-email = Your email address
cozy-heading-address = Your Cozy's address
cozy-heading-terms = Terms of service
cozy-heading-confirm = Check and create
# $fqdn: the new Cozy's address (name.domain).
cozy-heading-creating = Creating { $fqdn }
cozy-heading-check-email = Check your email
cozy-heading-passphrase = Choose your passphrase
cozy-heading-done = Your Cozy is ready
# The work in flight, as the quit question says it ("In progress: …"). $fqdn: the Cozy's address.
cozy-busy-asking = asking the Cloudery for { $fqdn }
cozy-busy-creating = creating { $fqdn }
cozy-busy-hashing = hashing the passphrase
cozy-busy-registering = registering the passphrase on { $fqdn }
cozy-busy-opening-link = opening the activation link

## The Cozy keys, as the key bar and the help say them (the keys themselves stay)

cozy-key-move = move
cozy-key-next = next
cozy-key-next-passphrase = next field, then set the passphrase
cozy-key-domain = change the domain
cozy-key-accept = tick/untick “I accept”
cozy-key-scroll = scroll (or the mouse wheel)
cozy-key-open-terms = open the full terms in the browser
cozy-key-to-summary = back to the summary
cozy-key-open-browser = open in the browser
cozy-key-copy-link = copy the link
cozy-key-back = back
cozy-key-web-onboarding = the web onboarding instead
cozy-key-back-to-menu = back to the menu
cozy-key-edit = edit the email, address, terms
cozy-key-create = create my Cozy
cozy-key-to-menu-creation-goes-on = to the menu (the creation goes on)
cozy-key-try-again = try again
cozy-key-back-to-details = back to the details
cozy-key-stop = stop
cozy-key-open-it = open it in the browser
cozy-key-take-from-outbox = take the link from the sandbox outbox
cozy-key-to-menu-come-back = to the menu (come back any time)
cozy-key-reveal = show/hide the passphrase
cozy-key-set-passphrase = set my passphrase
cozy-key-copy-address = copy the address
cozy-key-to-menu = to the menu

## The Cozy buttons

cozy-button-next = Next
cozy-button-back = Back
cozy-button-create = Create my Cozy
cozy-button-to-menu = To the menu
cozy-button-try-again = Try again
cozy-button-back-to-details = Back to the details
cozy-button-take-from-outbox = Take it from the outbox (Ctrl-T)
cozy-button-set-passphrase = Set my passphrase
cozy-button-open-it = Open it in the browser (o)
cozy-button-copy-address = Copy the address (c)
cozy-button-to-menu-esc = To the menu (Esc)
cozy-button-open-web = Open in a browser (Enter)
cozy-button-copy-link = Copy the link (c)
cozy-button-back-esc = Back (Esc)

## The Cozy fields

cozy-field-email = Email address
cozy-field-address = Address
cozy-field-link = Activation link or token
cozy-field-passphrase = Passphrase
cozy-field-again = Passphrase again
cozy-field-hint = Hint (optional)
cozy-field-hint-placeholder = something only you would understand

## Without a partner token

cozy-missing-token = No Cozy partner token is set. Set the environment variable CLOUDBOARD_COZY_TOKEN, or token = "…" under [cozy] in the config file, then try again.
cozy-token-needed = Creating a Cozy from the terminal needs a Cozy partner token: set CLOUDBOARD_COZY_TOKEN, or token under [cozy] in the config file (it is read again when the Cozy is created). The web onboarding needs none: it does the same in a browser.
cozy-token-needed-screen = { cozy-token-needed } Ctrl-O opens it.
cozy-token-needed-short = No Cozy partner token is set (CLOUDBOARD_COZY_TOKEN): creating needs one. Ctrl-O: the web onboarding, which needs none.

## Step 1: the email

cozy-email-intro = Your Cozy's activation link will be sent to this address, and Cozy Cloud will write to it about your Cozy.
cozy-email-context-step = Create your Cozy (step 1 of 8).
cozy-email-context-link = The activation link is sent to this address.
cozy-email-prompt = Your email address

## Step 2: the address

cozy-address-intro = Your Cozy will answer at this address: it is how you, your devices and the people you share with will reach it.
cozy-domain-label = Domain
# $index: the domain shown; $count: how many the partner has.
cozy-domain-position = { $index } of { $count }
cozy-domain-position-focused = { $index } of { $count } · ←/→ to change
cozy-address-preview = Your Cozy:
cozy-slug-starts-with-letter = starts with a letter
# $length: characters typed; $max: the most an address may have.
cozy-slug-length = { $length } of { $max } characters
cozy-slug-only-allowed = only a–z and 0–9
cozy-slug-prompt = Your Cozy's address (the part before the domain)
cozy-slug-context-step = Choose your Cozy's address (step 2 of 8).
cozy-slug-context-rules = 1 to 30 characters: a lowercase letter first, then lowercase letters and digits.
# $slug: the address typed, before the domain.
cozy-domain-prompt = The domain after { $slug }.
# $text: what was answered; $domains: the partner's domains, with commas between.
cozy-domain-unknown = “{ $text }” is not one of the domains: { $domains }.

## Step 3: the terms

cozy-terms-in-brief = In brief
# $first and $last: the lines in sight; $total: how many there are.
cozy-terms-position = lines { $first }–{ $last } of { $total }
cozy-terms-more-below = ↓ more below
cozy-terms-link = Full terms:
cozy-terms-opens = (o opens it)
# $version: the version of the terms.
cozy-terms-accept-versioned = I accept Cozy Cloud's terms and privacy policy (version { $version })
cozy-terms-accept = I accept Cozy Cloud's terms and privacy policy
# The shortest, for a narrow terminal.
cozy-terms-accept-short = I accept Cozy Cloud's terms and privacy policy
cozy-terms-screen-only = The full terms are at the link shown below this text; open them in your browser with the o key.
cozy-terms-not-accepted = Tick “I accept” (Space) to go on: a Cozy cannot be created without accepting the terms.
cozy-terms-refused = A Cozy cannot be created without accepting the terms.
cozy-terms-answer-yes-no = Answer y (I accept) or n.
cozy-terms-still-accept = Do you still accept Cozy Cloud's terms of service and privacy policy?
# $version: the version of the terms; $url: where they are.
cozy-terms-accepted-earlier = You accepted the terms (version { $version }) earlier: { $url }
cozy-terms-context-step = The terms (step 3 of 8):
cozy-terms-full = The full terms (version { $version }): { $url }
cozy-terms-accept-question = Do you accept Cozy Cloud's terms of service and privacy policy?
# The summary the terms screen shows. A line is a paragraph; a line starting "- " a bullet;
# a short line without a full stop a heading.
cozy-terms-summary =
    What you accept, in plain words

    This is a short summary to read before you accept. It is not the terms themselves: Cozy Cloud's Terms of Service and Privacy Policy, at the link below, are the authoritative text, and where this summary and they differ, they are what applies. Please read them.

    By ticking "I accept", you accept Cozy Cloud's Terms of Service and its Privacy Policy, in the version shown on this screen, for the Cozy you are about to create.

    Your Cozy
    - Cozy Cloud hosts a personal cloud for you (your Cozy) at the address you chose. The offer named on the next screen says what it includes, such as its storage space, and whether it is free.
    - You are responsible for what you store and share with it, and you agree to use it lawfully and not to harm others or the service.

    Your data
    - What you put in your Cozy is yours. Cozy Cloud processes your personal data to provide the service, as its Privacy Policy describes, and says there what it does not do with it.
    - As the Privacy Policy explains, you have rights over your personal data under the law that applies (in Europe, the GDPR): to access it, correct it, take it with you and have it erased.
    - You can export your data, and you can ask for your Cozy to be deleted.

    Your passphrase
    - Your passphrase protects everything in your Cozy. cloudboard hashes it on this machine and sends only the hash: keep it safe, and do not share it.

    Changes
    - Cozy Cloud may change its terms; it says in them how you are told of changes. The version you accept now is the one named with the link to the full terms.

## Step 4: check and create

cozy-confirm-intro = Your Cozy will be created with these details. Enter creates it.
cozy-confirm-edit = edit
cozy-summary-email = Email
cozy-summary-address = Address
cozy-summary-offer = Offer
cozy-summary-terms = Terms
# $version: the version of the terms accepted.
cozy-summary-accepted = accepted (version { $version })
cozy-summary-not-accepted = not accepted
cozy-summary-redirect = Redirect
# $redirect: the address the new Cozy sends its person to.
cozy-summary-redirect-value = { $redirect } (after activation)
cozy-offer-default = Cozy's default offer
cozy-offer-partner-default = the partner's default offer
# $fqdn: the new Cozy's address.
cozy-confirm-asking = Asking the Cloudery to create { $fqdn }
cozy-confirm-context-step = Check and create (step 4 of 8):
cozy-confirm-prompt = Create this Cozy?
cozy-confirm-answer-yes-no = Answer y to create it, or n to change it.
# $fqdn: the address asked for; $message: the Cloudery's own words.
cozy-address-taken = { $fqdn } is already taken ({ $message }): choose another address.
# $error: the Cloudery's refusal, in its words.
cozy-token-refused = The Cloudery refused the partner token ({ $error }). Check CLOUDBOARD_COZY_TOKEN or token under [cozy] in the config file.
cozy-cloudery-refused = The Cloudery refused it: { $error }
# $fqdn: the address asked for; $why: what happened to the answer; $email: the person's email.
cozy-creation-unanswered = The Cloudery may have created { $fqdn }: its answer did not arrive ({ $why }). Press Enter to ask again: if the address is then “already taken”, it is most likely yours, and its activation email goes to { $email }. cloudboard keeps this on the menu and in `cloudboard cozy status` until it knows.
cozy-taken-earlier-headline = { $fqdn } is most likely yours.
# $known: yes when $when (the date the earlier request was sent) is known.
cozy-taken-earlier-text = { $fqdn } is taken, most likely by your own earlier request{ $known ->
        [yes] {" (sent "}{ $when }{")"}
       *[no] {""}
    }, whose answer was lost: the Cloudery then sends its activation email to { $email }.
# After cozy-taken-earlier-text, on the step that takes the link.
cozy-taken-earlier-paste = Paste the link from it here.
cozy-unanswered-create-headline = Was { $fqdn } created?
# $known: yes when $when (the date the request was sent) is known.
cozy-unanswered-create-text = cloudboard asked the Cloudery to create { $fqdn } for { $email }{ $known ->
        [yes] {" on "}{ $when }
       *[no] {""}
    }, and its answer was lost: whether it was created is not known. If an activation email reached { $email }, paste its link here. If none came within a few minutes, press Esc to create it again: an address “already taken” then is most likely your own request.

## Step 5: the creation followed

cozy-activity-waiting = Waiting for the Cloudery's first answer
cozy-activity-pending = The Cloudery has queued the creation
cozy-activity-running = The Cloudery is creating your Cozy
# $status: the workflow's status, as the Cloudery says it.
cozy-activity-other = The Cloudery is working on it (status “{ $status }”)
# $activity: what is happening; $fqdn: the new Cozy's address; $trouble: what went wrong with the last look.
cozy-creating-ask = { $activity } ({ $fqdn })
cozy-creating-ask-trouble = { $activity } ({ $fqdn }); { $trouble }
cozy-creating-status-label = Status
cozy-creating-time-label = Time
# The workflow's status before the Cloudery said one.
cozy-creating-sent = sent
# $status: the workflow's status; $count: how many looks so far.
cozy-creating-status = { $status } · { $count ->
        [0] not checked yet
        [one] checked once
       *[other] checked { $count } times
    }
# $elapsed and $deadline: durations as m:ss.
cozy-creating-time = { $elapsed } elapsed · cloudboard gives up after { $deadline }
cozy-creating-leave = You can go back to the menu (Esc): the creation goes on. If you quit, the menu offers to follow it again next time.
# $how: failed or stopped.
cozy-creation-failed = The Cloudery could not create { $fqdn }: its creation { $how ->
        [failed] failed
       *[stopped] was stopped
    }. Try again, or go back and change the details.
# $after: a duration as m:ss.
cozy-creation-gave-up = { $fqdn } was still not ready after { $after }. The Cloudery may still finish it: try again to keep following it.
# $problem: what went wrong.
cozy-follow-failed = Could not follow the creation of { $fqdn }: { $problem }
cozy-stopped-prompt = What next
cozy-stopped-try-again = Try again
cozy-stopped-change = Change the details
cozy-stopped-menu = Back to the menu

## Step 6: the activation link

cozy-check-email-is-ready = { $fqdn } is ready.
# $email: where the link went; $length: how many characters a token has.
cozy-check-email-explanation = An activation link was sent to { $email }. Open that email and paste its link here (or the { $length }-character token in it).
cozy-check-email-ready = { $fqdn } is ready (step 6 of 8).
cozy-check-email-sent = An activation link was sent to { $email }: give that link, or its { $length }-character token.
cozy-check-email-activate = Activate a Cozy with the link of its activation email.
cozy-link-prompt = The activation link (or its token)
cozy-opening-link = Opening the activation link
cozy-no-outbox = There is no sandbox outbox here: open the activation email and paste its link.
cozy-outbox-empty = No activation email to { $email } is in the sandbox outbox yet (F2 shows it); try again in a moment.
cozy-magic-link = This Cozy signs in with a magic link, not a passphrase: there is no passphrase to choose here. Open the link in a browser to finish.
cozy-link-wants-click = The Cloudery's page for this link wants a click. Open the link in a browser, follow it, then give the address the browser shows after it (it carries registerToken).
# $problem: what went wrong.
cozy-link-not-followed = The link could not be followed: { $problem }
cozy-link-needed = The activation link from the email is needed (or its { $length }-character token).
# $start: the start of what was given; $char: a character that cannot be in a token.
cozy-link-not-a-link-nor-token = This is not a link: it starts with “{ $start }”, not https://; nor a token: { $char } cannot be in one (a token is made of 0–9 and a–f).
cozy-token-alone = A token alone does not say which Cozy it is for: give the whole link from the activation email.
# $why: why the link cannot be read, in the words of the URL parser.
cozy-link-unreadable = This link cannot be read ({ $why }): it starts with “{ $start }”; give the whole link from the email.
cozy-link-not-a-link = This is not a link: it starts with “{ $start }”, not https://. Give the whole link from the email, or its { $length }-character token.
# $shape: cut (the copy stops in the parameter's name), spoiled (a parameter like it: $key),
# bare (no query) or other; $end: the end of the link as given; $fqdn: the Cozy it is on.
cozy-link-no-token = This link has no registerToken: { $shape ->
        [cut] it ends at “{ $end }”, part way through registerToken (the copy stops short of the token)
        [spoiled] it has “{ $key }” where registerToken should be (something was copied with the link)
        [bare] it ends at “{ $end }”, with no ?registerToken=… after it
       *[other] it ends at “{ $end }”
    }. It is an address of { $fqdn }: give the whole link of the activation email, or the address your browser shows after opening it.
# $why: why it cannot be followed.
cozy-link-cannot-follow = This link cannot be followed ({ $why }): give the link of the activation email.
# $example: what an activation link looks like (an address, then /?registerToken=…).
cozy-link-not-on-cozy = This link carries a registerToken but is not on a Cozy: it starts with “{ $start }”, and an activation link looks like { $example }.
cozy-link-other-instance = This link is for { $fqdn }, not for { $expected }: use the link of the email about { $expected }.
# $char: the character; $end: the end of the link as given.
cozy-link-token-bad-char = The registerToken in this link has { $char } in it, which cannot be in a token (0–9 and a–f): the link ends at “{ $end }”. Give the whole link of the activation email.
# $count: the characters the token has; $length: the characters a token has.
cozy-link-token-bad-length = The registerToken in this link has { $count } characters, and a token has { $length } characters: the link ends at “{ $end }”. Give the whole link of the activation email.
cozy-token-bad-char = “{ $char }” cannot be in an activation token: it is made of the digits 0–9 and the letters a–f.
cozy-token-bad-length = An activation token has { $length } characters; this one has { $count }: give it whole.
# $char: a character, quoted.
cozy-char-quoted = “{ $char }”
# A character that cannot be in a token, when it is a space.
cozy-char-space = a space

## Step 7: the passphrase

cozy-passphrase-intro = It protects everything in your Cozy. It is hashed on this machine: only the hash leaves it. Ctrl-R shows or hides what you type.
cozy-strength-label = Strength
# $min: the least score needed.
cozy-strength-untyped = type to measure; at least { $min } of 4
# $score: the passphrase's score; $label: what it means in words.
cozy-strength-score = { $score } of 4 · { $label }
cozy-strength-needed = · at least { $min } needed
cozy-strength-very-weak = very weak
cozy-strength-weak = weak
cozy-strength-fair = fair
cozy-strength-strong = strong
cozy-strength-very-strong = very strong
cozy-strength-too-easy = Too easy to guess ({ $score } of 4, at least { $min } needed).
cozy-strength-add-more = Add more words or characters.
cozy-passphrase-empty = Type a passphrase: it protects everything in your Cozy.
cozy-again-empty = Type the passphrase once more, to be sure of it.
cozy-again-differs = The two passphrases differ: type the same one twice.
cozy-hint-gives-away = The hint gives the passphrase away: it must only remind you of it.
cozy-link-needed-first = The activation link is needed first.
# $message: the Cozy's own words.
cozy-link-spent = The Cozy did not take this activation link ({ $message }): it was already used, or it is not the newest one. Use the link from the latest activation email.
cozy-hash-refused = The Cozy refused how the passphrase was hashed ({ $message }). This is a problem in cloudboard or the server; please report it.
cozy-passphrase-refused = The Cozy refused the passphrase: { $message }.
# $problem: what went wrong, a sentence.
cozy-try-again = { $problem } Try again.
# $why: what went wrong, as the system says it.
cozy-hash-failed = The passphrase could not be hashed on this machine: { $why }.
# $why: what happened to the answer; $address: the new Cozy's address.
cozy-passphrase-unanswered = The Cozy may have taken your passphrase: its answer did not arrive ({ $why }). Sign in at { $address } with it to see. Or press Enter to send it again: if the link is then spent, the first one took.
# $iterations: how many rounds of hashing.
cozy-hashing = Hashing your passphrase on this machine ({ $iterations } iterations)
cozy-registering = Registering it on { $fqdn }
cozy-passphrase-prompt = Your passphrase
cozy-passphrase-context-step = Choose the passphrase of { $fqdn } (step 7 of 8).
cozy-passphrase-context-why = It protects everything in your Cozy. It is hashed on this machine and never sent as typed. It must be hard to guess (strength at least 3 of 4).
cozy-again-prompt = The passphrase again
cozy-hint-prompt = A hint to remind you of it (optional; empty for none)
cozy-unanswered-passphrase-headline = Is { $fqdn } active?
# $known: yes when $when (the date it was sent) is known; $address: the Cozy's address.
cozy-unanswered-passphrase-text = Its first passphrase was sent{ $known ->
        [yes] {" on "}{ $when }
       *[no] {""}
    }, and its answer was lost. Sign in at { $address } with it: if that works, your Cozy is active (Del on the menu forgets this). If it refuses it, paste the activation link here to choose one again.

## Step 8: done, and the web onboarding

cozy-done-active = { $fqdn } is active.
cozy-done-probably = { $fqdn } is most likely active.
cozy-done-its-address = Its address:
cozy-done-sign-in = Sign in there with the passphrase you just chose.
cozy-done-sign-in-probably = Your earlier passphrase most likely reached it, though its answer was lost: the activation link is now spent. Sign in there with the passphrase you chose then; if it refuses it, use “Forgot your password?” on its sign-in page.
cozy-done-scan = Scan the code to open your Cozy on your phone.
cozy-enlarge-for-code = Enlarge the terminal to see the QR code for your phone.
cozy-address-copied = Address sent to the terminal's clipboard.
cozy-done-prompt = Your Cozy is ready
# $address: the new Cozy's address.
cozy-done-ready = Your Cozy is ready: { $address }
cozy-done-probably-active = Your Cozy is most likely active: { $address }
cozy-web-title = Sign up in a browser instead
cozy-web-intro = This link opens Cozy Cloud's own onboarding in a browser, with what you typed so far:
cozy-web-enter-opens = Enter opens it in your browser.
cozy-web-scan = Scan the code to sign up on your phone.
cozy-link-copied = Link sent to the terminal's clipboard.
cozy-web-prompt = Sign up in a browser
# $link: the web onboarding's link.
cozy-web-context = Open this link to sign up: { $link }
# $why: why not (a setting of the config file).
cozy-web-link-failed = Cannot build the web onboarding link: { $why }

## The sandbox's Cozy emails, in the language the instance is created in

# $fqdn: the new Cozy's address; $link: the activation link.
cozy-sandbox-email-subject = Activate your Cozy
cozy-sandbox-email-body = Your Cozy { $fqdn } is ready. Open this link to confirm your email and choose your passphrase: { $link }

## Cleura: signing in, the SMS code, the regions and projects
# (Cleura section: its messages go here, each id starting cleura-.)
# What a request is doing, as the spinner, the quit question and a script's wait say it.
cleura-work-looking-for-token = looking for a kept Cleura token
cleura-work-signing-in = signing in
cleura-work-checking-code = checking the code
cleura-work-sending-code = sending a new code
cleura-work-signing-out = signing out
cleura-work-listing-regions = listing the regions
cleura-work-listing-projects = listing the projects
# What quitting now would leave half done.
cleura-unfinished-signing-in = signing in to Cleura
cleura-unfinished-signing-out = signing out of Cleura

# The screens' titles, in the bar at the top. $login: the signed-in login.
cleura-title-sign-in = Cleura › Sign in
cleura-title-code = Cleura › SMS code
cleura-title-second-factor = Cleura › Second factor
cleura-title-regions = Cleura › { $login } › Regions
cleura-title-signed-out = Cleura › Signed out
# $step, $steps: numbers.
cleura-step = Step { $step } of { $steps }

# Sign in.
cleura-sign-in-heading = Sign in to Cleura Cloud
cleura-sign-in-intro = Your Cleura login and password; an SMS code follows if the account has one.
cleura-login = Login
cleura-login-placeholder = your Cleura Cloud login
cleura-password = Password
cleura-endpoint = Endpoint
# The line that shows or hides the API version and the endpoint.
cleura-advanced = Advanced
# After "Advanced" while it is closed. $version: v1 or v2; $endpoint: an address.
cleura-advanced-summary = : API { $version } · { $endpoint }
cleura-api-version = API version
# Beside the API version while it has the focus.
cleura-api-switch = Space switches
cleura-sign-in-button = Sign in
cleura-sandbox-logins = Sandbox logins: alice (no second factor), bob (SMS), carol (WebAuthn only), dave (Stockholm's projects only); each password is the login followed by -password.
cleura-login-missing = Type your Cleura login.
cleura-password-missing = Type your password.
# $why: what is wrong with the address.
cleura-endpoint-unusable = Not a usable address: { $why }.
cleura-wrong-credentials = Wrong login or password.
# $said: Cleura's refusal, in its words.
cleura-sign-in-refused = Cleura refused the sign-in: { $said }.

# A token kept from an earlier run. $login: the token's login; $given: the login given for this run.
cleura-resumed-as-other = Signed in as { $login } with the token kept from an earlier run, not as { $given }: sign out first to sign in as { $given }.
cleura-resumed = Signed in with the token kept from an earlier run.
# $error: why, in Cleura's words.
cleura-kept-token-ended = Your kept token no longer works ({ $error }): sign in again.
# $why: what failed, in a few words.
cleura-kept-token-unchecked = Could not check your kept token ({ $why }): sign in, or try again later.
# $why: Cleura's refusal, in its words.
cleura-kept-token-refused = Cleura refused to list the regions with your kept token ({ $why }): sign in as a login allowed to list them.
# $error: why, in Cleura's words.
cleura-session-ended = { $error }: your session has ended; sign in again.
# As `cleura logout` says it, with nothing left to sign out of. $error: why, in Cleura's words.
cleura-kept-token-no-longer-works = Your kept token no longer works ({ $error }).

# The SMS code. $length: how many digits.
cleura-code-title = Type the code sent by SMS
cleura-code = Code
# $login: the login signing in.
cleura-code-sent-to = Cleura sent a { $length }-digit code by SMS to the phone of { $login }.
cleura-code-type-it = Type it (or paste it): it is sent as soon as it is complete.
# $key: the key (Ctrl-N).
cleura-code-resend-key = { $key } sends a new code.
# $seconds: a number.
cleura-code-resend-in = A new code can be sent in { $seconds } s.
cleura-code-resend-not-yet = A new code can be asked for in { $seconds } s.
# $key: the key (Ctrl-T).
cleura-code-from-outbox = { $key } takes the code from the sandbox outbox.
cleura-code-outbox-empty = The outbox has no code yet.
# $advice: what failed and what to do, a sentence.
cleura-code-not-sent = The SMS code could not be sent: { $advice }
# $typed: how many digits were typed.
cleura-code-incomplete = The code has { $length } digits; { $typed } typed.
cleura-code-is-digits = The code is { $length } digits.
# $said: Cleura's refusal, in its words, without its final full stop.
cleura-code-expired = { $said }. A new code can be sent now.
# $tries: how many tries are left.
cleura-code-tries-left = { $said }. { $tries ->
        [one] { $tries } try left.
       *[other] { $tries } tries left.
    }
cleura-code-send-again = { $said }. Enter sends the same code again.

# The verification ended. $reason: why, in Cleura's words, without its final full stop.
cleura-verification-ended-heading = The verification has ended
cleura-verification-ended = This verification can no longer be used: a new code needs a new sign-in, with the same login and password.
cleura-sign-in-again = Sign in again and send a new code?
cleura-sign-in-again-keys = y or Enter: sign in again and send a new code · n or Esc: back to sign in
cleura-sign-in-again-new = Signed in again: this is a new code, for a new verification.
cleura-sign-in-again-to-get-code = { $reason }. Sign in again to get a new code.
cleura-sign-in-again-later = { $reason }. Sign in again when you want a new code.

# A second factor other than SMS. $methods: the methods Cleura named (webauthn…), a list.
cleura-second-factor = Second factor
cleura-second-factor-heading = The REST API needs SMS
cleura-second-factor-unusable = This account's second factor cannot be used through the REST API, which only takes SMS codes.
cleura-second-factor-unusable-named = This account's second factor ({ $methods }) cannot be used through the REST API, which only takes SMS codes.
cleura-second-factor-why = Your account signs in with a second factor the REST API cannot use, such as a security key or passkey (WebAuthn): the REST API signs in with a password and a code sent by SMS.
cleura-second-factor-how = To use the REST API, add SMS as a second factor: sign in to Cleura Cloud's web panel, open your account's security settings, add your phone number for SMS codes, then sign in here again.
cleura-second-factor-named = (Second factors Cleura named for this account: { $methods }.)
cleura-back-to-sign-in-keys = Enter or Esc: back to sign in

# The regions. $login: the signed-in login.
cleura-regions-of = Regions of { $login }
# $place: where the token is kept (a keyring, a file).
cleura-token-kept = Token kept in { $place }
# $why: why, a sentence.
cleura-token-not-kept = The token could not be kept: { $why }
cleura-regions-keys = / filter · s sort · Enter projects · c copy tag · r load again · x sign out
cleura-regions-keys-short = / filter · s sort · c copy tag · r load again · x sign out
cleura-filter-field = Filter
cleura-filter = Filter:
cleura-filter-keys = Enter keeps it, Esc clears it
cleura-sign-out-question = Sign out of Cleura as { $login }?
cleura-yes = yes
cleura-no = no
cleura-column-area = Area
cleura-column-region = Region
cleura-column-tag = Tag
cleura-column-status = Status
cleura-column-domain-status = Domain status
cleura-column-enabled = Enabled
cleura-no-region-listed = (no region listed)
cleura-no-region = No region is listed for this account.
cleura-no-region-matches = No region matches the filter.
# The row selected, under the table. $area, $region, $tag: its names; $domain: its domain's id.
cleura-selected-row = { $area } · { $region } ({ $tag }) · domain { $domain }
# How many regions are shown ($shown) of how many ($total), and whether the page cuts some.
cleura-count = { $shown } of { $total } regions
cleura-count-above = more above · { $shown } of { $total } regions
cleura-count-below = more below · { $shown } of { $total } regions
cleura-count-above-below = more above and below · { $shown } of { $total } regions
# $count: the line above; $column: a column's title.
cleura-sorted = { $count } · sorted by { $column }
cleura-sorted-reversed = { $count } · sorted by { $column }, reversed
cleura-sorted-grouped = { $count } · sorted by { $column }, grouped by area
cleura-sorted-reversed-grouped = { $count } · sorted by { $column }, reversed, grouped by area
# $tag: a region's tag.
cleura-tag-copied = { $tag } sent to the terminal's clipboard.
# $advice: what failed and what to do, a sentence.
cleura-regions-not-listed = The regions could not be listed: { $advice }

# The projects. $region: the region they are in (its area and tag); $login: the signed-in login.
cleura-projects-title = Projects · { $region }
cleura-projects-own = Projects of { $login } in { $region }; Cleura's v2 API lists each login's own projects, by region:
cleura-projects-of = Projects of { $region } that { $login } can use:
# A project listing Cleura refused for want of access (not the token): $said is Cleura's words.
cleura-projects-no-access = Cleura does not let { $login } list the projects of { $region } ({ $said }): ask an administrator of the Cleura account to give { $login } access to them.
cleura-no-project-own = { $login } has no project in this region.
cleura-no-project = No project in this domain.
# $count: how many projects the box cuts.
cleura-more-above = ↑ { $count } more above
cleura-more-below = ↓ { $count } more below
cleura-project-default = default
cleura-project-enabled = enabled
cleura-project-disabled = disabled
cleura-projects-loading = (loading)
cleura-projects-none = (none)
cleura-back-to-regions-keys = Esc or Enter: back to the regions

# Signed out. $error: why, in the server's words; $why: why, a sentence.
cleura-signed-out-heading = Signed out of Cleura
cleura-signed-out = Signed out: the token was revoked and forgotten.
cleura-signed-out-unconfirmed = Signed out on this machine: the token was forgotten, but the server did not confirm it was revoked ({ $error }).
cleura-token-not-forgotten = The token could not be forgotten on this machine: { $why }
cleura-back-to-menu-keys = Enter or Esc: back to the menu.

# What a script or the plain mode is asked. $version: v1 or v2; $endpoint: an address.
cleura-ask-api = Cleura Cloud REST API { $version } at { $endpoint }
cleura-ask-login = Cleura login
cleura-ask-password = Password for { $login }
cleura-ask-code = The { $length }-digit code sent by SMS
cleura-ask-code-sent = Cleura sent a code by SMS to the phone of this account.
cleura-ask-signed-out = Signed out
cleura-ask-what-next = What next
cleura-ask-signed-in-as = Signed in to Cleura as { $login }.
# $place: where the token is kept.
cleura-ask-token-kept = The token is kept in { $place }.
cleura-ask-region = Which region: its tag (such as Sto2) or its domain id; empty to go back
cleura-option-projects = Projects of a region
cleura-option-refresh = Refresh the list
cleura-option-sign-out = Sign out
cleura-option-menu = Back to the menu
cleura-option-regions = Back to the regions
# $answer: what was answered.
cleura-not-a-choice = “{ $answer }” is not one of the choices.
# $name: what was answered.
cleura-no-such-region = No domain or region named { $name }.

# The key bar and the help.
cleura-key-cancel = cancel
cleura-key-open-advanced = open Advanced
cleura-key-close-advanced = close Advanced
cleura-key-sign-in = sign in
cleura-key-next-field = next/previous field
cleura-key-switch-api = switch API version
cleura-key-reveal-password = show/hide the password
cleura-key-back-to-menu = back to the menu
cleura-key-code = code (sent when complete)
cleura-key-code-from-outbox = from the outbox
cleura-key-back = back
cleura-key-new-code = new code
cleura-key-reveal-code = hide/show digits
cleura-key-send = send
cleura-key-sign-in-again = yes, sign in again
cleura-key-no-back-to-sign-in = no, back to sign in
cleura-key-back-to-sign-in = back to sign in
cleura-key-move = move
cleura-key-back-to-regions = back to the regions
cleura-key-sign-out = yes, sign out
cleura-key-stay-signed-in = no, stay signed in
cleura-key-filter-regions = filter the regions
cleura-key-keep-filter = keep the filter
cleura-key-clear-filter = clear the filter
cleura-key-projects = projects of the domain
cleura-key-filter = filter
cleura-key-sort = sort by column, reverse
cleura-key-group = group by area
cleura-key-ungroup = stop grouping by area
cleura-key-copy-tag = copy the region tag
cleura-key-reload = load again
cleura-key-ask-sign-out = sign out…
cleura-key-page = page, first/last


## CloudSigma: creating or signing in to an account, the location, the account
# (CloudSigma section: its messages go here, each id starting cloudsigma-.)


# Why the kept session cannot be used.
# $why: what is wrong with its JSON (one of the cloudsigma-saved-json- messages).
cloudsigma-saved-not-ours = it is not a session cloudboard wrote ({ $why })
cloudsigma-saved-incomplete = it is incomplete
cloudsigma-saved-json-io = it could not be read
cloudsigma-saved-json-syntax = it is not JSON
cloudsigma-saved-json-data = fields are missing
cloudsigma-saved-json-eof = it is cut short

cloudsigma-step = Step { $n } of { $count }

# What is in flight, as the spinner, the quit question and the too-small notice say it.
cloudsigma-work-loading = looking for a saved CloudSigma session
cloudsigma-work-checking-saved = checking the saved CloudSigma session
cloudsigma-work-creating = creating the CloudSigma account
cloudsigma-work-signing-in = signing in to CloudSigma
cloudsigma-work-checking = checking the CloudSigma session
cloudsigma-work-signing-out = signing out of CloudSigma
cloudsigma-work-setting-password = setting the password through the confirmation page

# The fields.
cloudsigma-field-email = Email address
cloudsigma-field-email-placeholder = you@example.org
cloudsigma-field-promo = Promo code (optional)
cloudsigma-field-promo-placeholder = leave empty if you have none
cloudsigma-field-password = Password
cloudsigma-field-new-password = New password
cloudsigma-field-filter = Filter
cloudsigma-field-filter-placeholder = type a city, country or code
cloudsigma-field-custom = Custom API address

# The buttons.
cloudsigma-button-retry = Try again
cloudsigma-button-continue = Continue without it
cloudsigma-button-create = Create account
cloudsigma-button-sign-in = Sign in
cloudsigma-button-set-password-here = Set the password here
cloudsigma-button-open-link = Open the link
cloudsigma-button-set-password = Set password
cloudsigma-button-sign-out-now = Yes, sign out
cloudsigma-button-stay = No, stay
cloudsigma-button-check = Check again
cloudsigma-button-sign-out = Sign out…
cloudsigma-button-menu = Menu
cloudsigma-button-back-to-menu = Back to the menu

# The key bar and the help: what each key does.
cloudsigma-key-skip = skip: choose a location
cloudsigma-key-continue-without = continue without it
cloudsigma-key-try-again = try again
cloudsigma-key-next-button = next button
cloudsigma-key-menu = menu
cloudsigma-key-filter = filter
cloudsigma-key-move = move
cloudsigma-key-choose = choose
# The digits that pick a choice by its number.
cloudsigma-key-pick = choose
cloudsigma-key-custom = custom address
cloudsigma-key-ends = first/custom
cloudsigma-key-use-address = use this address
cloudsigma-key-back-to-list = back to the list
cloudsigma-key-go = go
cloudsigma-key-back = back
cloudsigma-key-menu-awaited = menu (the answer is still awaited)
cloudsigma-key-next-create = next / create
cloudsigma-key-set-password-here = set the password here
cloudsigma-key-open-link = open the link
cloudsigma-key-sign-in = sign in
cloudsigma-key-stop = stop
cloudsigma-key-set-password = set the password
cloudsigma-key-reveal = show/hide password
cloudsigma-key-stop-signing-in = stop signing in
cloudsigma-key-next-sign-in = next / sign in
cloudsigma-key-yes-sign-out = yes, sign out
cloudsigma-key-no-stay = no, stay signed in
cloudsigma-key-check = check the session again
cloudsigma-key-sign-out = sign out…

# A session kept by an earlier run.
cloudsigma-saved-heading = Your saved session
# $email: the account's email address.
cloudsigma-saved-checking = A session for { $email } was kept by an earlier run; CloudSigma is asked whether it still works.
# $email: the account's email address; $api: the API address it was opened at.
cloudsigma-saved-unchecked = A session for { $email } was kept by an earlier run, at { $api }.
cloudsigma-saved-wait = Checking the saved session
cloudsigma-saved-question = Your saved session could not be checked
# $email: the account's email address; $api: the API address it was opened at.
cloudsigma-saved-context = A session for { $email } is kept from an earlier run, at { $api }.
# $answer: what was answered.
cloudsigma-saved-not-a-choice = “{ $answer }” is not one of the choices: answer 1 (try again) or 2 (continue without it).
# $email: the account's email address; $place: the location.
cloudsigma-saved-expired = Your saved session for { $email } at { $place } has expired; sign in again.
# $why: the reason, as the store gave it.
cloudsigma-saved-unreadable = The saved session could not be read ({ $why }); sign in again.
cloudsigma-saved-ended = Your saved session has ended; sign in again.
# A run given an account to create goes on without it. $email: the account's email address; $place: the location.
cloudsigma-saved-forgotten = Your saved session for { $email } at { $place } no longer worked and was forgotten.
# $why: the reason, as the store gave it.
cloudsigma-forget-failed = The ended session could not be removed: { $why }

# Step 1: the location.
cloudsigma-location-heading = Choose a location
cloudsigma-location-intro = Each CloudSigma location is its own cloud: an account is opened at one location and signs in there.
cloudsigma-location-sandbox = Sandbox: every location is served by the sandbox on this machine.
# $filter: what was typed in the filter.
cloudsigma-location-no-match = No location matches “{ $filter }”.
cloudsigma-location-custom-option = Custom API address (a partner's cloud)
cloudsigma-location-live = CloudSigma's current list of locations.
cloudsigma-location-built-in = CloudSigma's list of locations as of January 2026.
cloudsigma-location-asking = CloudSigma's list of locations as of January 2026, while the current one is asked for.
# $why: why CloudSigma's current list could not be read.
cloudsigma-location-unavailable = CloudSigma's list of locations as of January 2026: the current one could not be read ({ $why }).
# $template: the one address pattern every location answers at (the sandbox's).
cloudsigma-location-every-at = Every location answers at { $template }.
cloudsigma-location-listed-none = CloudSigma listed no location
cloudsigma-location-question = Where is (or will be) your CloudSigma account
cloudsigma-location-context = Each location is its own cloud, with its own API address.
cloudsigma-location-wait = Asking CloudSigma for its current list of locations
# $example: an example address.
cloudsigma-location-custom-question = Your provider's CloudSigma API address (https, e.g. { $example })
# $answer: what was answered.
cloudsigma-location-not-one = “{ $answer }” is not one of the locations: give a location's code, such as zrh, or your provider's https API address.
# $example: an example address.
cloudsigma-custom-empty = Enter your provider's CloudSigma API address, such as { $example }
# $example: an example address.
cloudsigma-custom-not-whole = Write the whole address, starting with https://, such as { $example }
cloudsigma-custom-no-host = the address has no host name
cloudsigma-custom-query = an API address has no ?query or #fragment

# Step 2: create an account or sign in.
cloudsigma-choose-heading = Create an account or sign in
# $place: the location.
cloudsigma-choose-location = Location: { $place }
# $api: the location's API address.
cloudsigma-choose-api = API address: { $api }
cloudsigma-choose-create = Create an account
cloudsigma-choose-create-blurb = A new account here; CloudSigma emails a link to set its password.
cloudsigma-choose-sign-in = Sign in
cloudsigma-choose-sign-in-blurb = With the email and password of an account at this location.
# $answer: what was answered.
cloudsigma-choose-not-a-choice = “{ $answer }” is not one of the choices: answer 1 (create an account) or 2 (sign in).
# $api: the API address; $email: the account's email address.
cloudsigma-unanswered-notice = cloudboard asked CloudSigma ({ $api }) to open an account for { $email }, and its answer was lost: whether it exists is not known. If its confirmation email reached { $email }, it does: set your password from it and sign in. If none came, create it again: “already exists” then is most likely your own request.
# $api: the API address; $email: the account's email address; $when: when it was asked.
cloudsigma-unanswered-notice-when = cloudboard asked CloudSigma ({ $api }) to open an account for { $email } on { $when }, and its answer was lost: whether it exists is not known. If its confirmation email reached { $email }, it does: set your password from it and sign in. If none came, create it again: “already exists” then is most likely your own request.

# Step 3: a new account.
cloudsigma-create-heading = Create a CloudSigma account
# $place: the location.
cloudsigma-create-intro = A new account at { $place }. CloudSigma emails a confirmation link; the page it opens sets the password.
cloudsigma-create-email-question = Email address for the new account
# $place: the location.
cloudsigma-create-context = A new CloudSigma account at { $place }; a confirmation email follows.
cloudsigma-create-promo-question = Promo code (optional; empty for none)
# $email: the account's email address; $place: the location; $why: why no answer came.
cloudsigma-create-unanswered = CloudSigma may have opened the account for { $email } at { $place }: its answer did not arrive ({ $why }). If it did, its confirmation email reaches { $email }. Press Enter to ask again: if the email is then refused as taken, the account is most likely yours. cloudboard keeps this on the menu until it knows.

# Check your email.
cloudsigma-created-heading = Check your email
# $email: the account's email address; $place: the location.
cloudsigma-created-probably = An account for { $email } most likely exists at { $place }: CloudSigma says so, and your earlier request to create it was never answered.
# $email: the account's email address. “Forgot password” is CloudSigma's own link.
cloudsigma-created-probably-email = Its confirmation email went to { $email } then; if it is not there, ask for a new one with “Forgot password” at sign-in.
# $place: the location.
cloudsigma-created = Account created at { $place }.
# $email: the account's email address.
cloudsigma-created-email-sent = A confirmation email was sent to { $email }.
cloudsigma-created-next-sandbox = Open the link from the email (in the sandbox, the outbox shows it) and set your password there, or press p to set it here; then sign in.
# The same, asked line by line (the plain mode), where no key sets the password.
cloudsigma-created-next-sandbox-asked = Open the link from the email (in the sandbox, the outbox shows it) and set your password there; then sign in.
cloudsigma-created-next = Open the link from the email, set your password there, then sign in.
cloudsigma-created-link = The link, from the sandbox outbox:
cloudsigma-created-waiting = Waiting for the email to reach the sandbox outbox…
cloudsigma-created-question = Sign in now (once your password is set)
# $answer: what was answered.
cloudsigma-created-not-y-n = “{ $answer }” is not y or n.
cloudsigma-created-no-link = The confirmation email has not reached the sandbox outbox yet.

# The sandbox: the new account's password, set from the terminal.
cloudsigma-password-heading = Set your password
# $email: the account's email address.
cloudsigma-password-intro = The password of { $email }, at least 8 characters.
cloudsigma-password-how = The sandbox's confirmation page sets the password of the new account; cloudboard fills in its form for you, as a browser would.
# $email: the account's email address.
cloudsigma-password-question = New password for { $email } (at least 8 characters)
cloudsigma-password-short = The password must have at least 8 characters.
cloudsigma-password-set = Your password is set: Enter signs in with it.

# Step 3: signing in.
cloudsigma-sign-in-heading = Sign in to CloudSigma
# $place: the location.
cloudsigma-sign-in-intro = At { $place }: the email and password of your account.
# $place: the location.
cloudsigma-sign-in-context = Sign in to CloudSigma at { $place }.
# $email: the account's email address.
cloudsigma-sign-in-password-question = Password for { $email }
cloudsigma-sign-in-no-password = Enter your password (set from the link in the confirmation email).
# $said: CloudSigma's own words (as it gave them) or cloudsigma-sign-in-refused-default; $place: the location.
cloudsigma-sign-in-refused = CloudSigma refused the sign-in: { $said }. Check the password, and that the account was opened here, at { $place }.
cloudsigma-sign-in-refused-default = wrong email or password
cloudsigma-sign-in-not-accepted = Not accepted (see below).
cloudsigma-session-ended = Your session has ended; sign in again.

# The account.
cloudsigma-account-heading = Your CloudSigma account
cloudsigma-account-still = Still signed in: CloudSigma confirmed the session just now.
# $place: the location.
cloudsigma-account-signed-in = Signed in at { $place }.
# $place: the location.
cloudsigma-account-signed-in-to = Signed in to CloudSigma at { $place }.
cloudsigma-account-email = Email
cloudsigma-account-uuid = UUID
cloudsigma-account-state = State
cloudsigma-account-balance = Balance
# $label: one of the labels above; $value: what CloudSigma says.
cloudsigma-account-line = { $label }: { $value }
cloudsigma-account-unknown = (not given)
# $store: where, as cloudboard's secret store says it.
cloudsigma-account-kept = The session is kept in { $store }.
# $store: where, as cloudboard's secret store says it.
cloudsigma-account-kept-short = Session kept in { $store }.
# $why: why, as the secret store said it.
cloudsigma-account-not-kept = The session could not be kept ({ $why }); it lasts until you quit.
# $why: the advice for the error.
cloudsigma-account-not-checked = The session could not be checked: { $why }
# $email: the account's email address.
cloudsigma-sign-out-question = Sign out of { $email }? The session ends and is forgotten here. y signs out; n, Enter or Esc stays signed in.
cloudsigma-account-question = What next
cloudsigma-account-check = Check the session again
cloudsigma-account-sign-out = Sign out
cloudsigma-account-menu = Back to the menu
# $answer: what was answered.
cloudsigma-account-not-a-choice = “{ $answer }” is not one of the choices.

# The end.
cloudsigma-signed-out-heading = Signed out
cloudsigma-signed-out-here-heading = Signed out on this machine
cloudsigma-created-done-heading = Account created
# $email: the account's email address.
cloudsigma-signed-out = Signed out of { $email }: the session has ended.
# $email: the account's email address; $why: the advice for the error.
cloudsigma-signed-out-not-told = CloudSigma could not be told that { $email } signs out: { $why }
cloudsigma-signed-out-forgotten = The session was forgotten on this machine; on the server it ends by itself after a while.
# $why: why, as the secret store said it.
cloudsigma-signed-out-not-removed = The kept session could not be removed: { $why }
cloudsigma-signed-out-none-kept = No session is kept on this machine any more.
# $place: the location; $email: the account's email address.
cloudsigma-finished-created = Account created at { $place }; a confirmation email was sent to { $email }.
cloudsigma-finished-created-next = Open its link and set your password there; then come back to sign in.
cloudsigma-done = Done


## The home: the menu and what each flow left behind
# (Home section: its messages go here, each id starting home-.)
home-intro = Open a cloud account from your terminal.
home-intro-keys = Choose what to do; Enter opens it, ? lists every key.
home-intro-sandbox = Sandbox: every provider is simulated here; nothing real is created.

home-cozy-title = Create a Cozy
home-cozy-blurb = A personal cloud: pick its address, accept the terms, set a passphrase
# Without a Cozy partner token (config cozy.token).
home-cozy-blurb-no-token = Needs a partner token first; the web onboarding below needs none
home-cleura-title = Sign in to Cleura and browse regions
home-cleura-blurb = Cleura Cloud's REST API with SMS two-factor; its regions and projects
home-cloudsigma-title = CloudSigma account
home-cloudsigma-blurb = Create an account or sign in at a location; see who you are
home-web-title = Open the Cozy web onboarding instead
home-web-blurb = The same signup in a browser, or on a phone through a QR code
home-quit-title = Quit
home-quit-blurb = Leave cloudboard

# A Cozy creation an earlier run left. $fqdn: the Cozy's address (alice.mycozy.cloud).
home-resume-title = Resume creating { $fqdn }
home-resume-blurb = An earlier run started it; follow it to the end (Del forgets it)
home-finish-title = Finish activating { $fqdn }
home-finish-blurb = It exists; give the link from its activation email (Del forgets it)
home-forget-title = Forget { $fqdn }: its sandbox is gone
# $at: the sandbox's host and port (127.0.0.1:4000).
home-forget-blurb = Its sandbox at { $at } no longer runs; Enter or Del forgets it
# After Enter or Del on the entry above. $fqdn: the Cozy's address.
home-forgot = Forgot the creation of { $fqdn }.

# A request an earlier run sent and never saw answered. $fqdn: a Cozy's address.
home-unanswered-cozy-create-title = Was { $fqdn } created?
home-unanswered-cozy-create-blurb = Its creation's answer was lost: activate it, or create it again (Del forgets it)
home-unanswered-cozy-passphrase-title = Is { $fqdn } active?
home-unanswered-cozy-passphrase-blurb = Its passphrase's answer was lost: see what to do (Del forgets it)
# $email: the account's email address.
home-unanswered-cloudsigma-title = Was the CloudSigma account for { $email } opened?
home-unanswered-cloudsigma-blurb = The answer was lost: sign in, or create it again (Del forgets it)

# Under a flow's title: what is known of it. $fqdn: the Cozy's address.
home-status-cozy-creating = { $fqdn } is being created
home-status-cozy-waiting = { $fqdn } is waiting for activation
home-status-cozy-active = { $fqdn } is active
home-status-cozy-gone = { $fqdn }: its sandbox is gone
# Cleura keeps a token, CloudSigma a session: $what is token or session (a name, never
# shown: each language says it with its own words). $who: the login or email; $place: the
# location's name; $store: where it is kept (a keyring's name or a file's path).
home-status-signed-in-kept = Signed in as { $who }; { $what ->
        [token] token
       *[session] session
    } kept in { $store }
home-status-signed-in-kept-at = Signed in as { $who } at { $place }; { $what ->
        [token] token
       *[session] session
    } kept in { $store }
home-status-signed-in-not-kept = Signed in as { $who }; { $what ->
        [token] token
       *[session] session
    } not kept
home-status-kept = { $who }: { $what ->
        [token] token
       *[session] session
    } kept in { $store }
home-status-kept-at = { $who } at { $place }: { $what ->
        [token] token
       *[session] session
    } kept in { $store }
home-status-signed-out = Not signed in
# Signed in by an earlier version, which did not record it.
home-status-maybe-kept = A { $what ->
        [token] token
       *[session] session
    } may be kept: opening the flow checks

# The menu's keys.
home-key-choose = choose
home-key-open = open
home-key-forget = forget it
home-key-open-flow = open that flow
home-key-quit = quit
home-key-first-last = first/last entry


## Parts every flow uses: fields and their checks, notices, the outbox, questions
# (Shared section: its messages go here, each id starting shared-.)
# An API error in a few words, inside a sentence that says itself what to do next.
# $host: the server's host name; $detail: what the connection said (its own words, or one of shared-api-connection-refused/-no-connection).
shared-error-network = cannot reach { $host }: { $detail }
# $host: the server's host name.
shared-error-timeout = { $host } did not answer in time
shared-error-closed = { $host } closed the connection before answering
# $detail: why its certificate is refused (the TLS library's words).
shared-error-untrusted = { $host }'s TLS certificate is not trusted ({ $detail })
# $status: the HTTP status code; $message: what the server said, or its status in words.
shared-error-server = the server failed ({ $status }): { $message }
# $detail: what was wrong with the answer (one of the shared-garbled- messages).
shared-error-bad-response = the server's answer could not be understood: { $detail }
# $to: the address it points to.
shared-error-moved = the provider moved this address (HTTP { $status }) to { $to }
shared-error-moved-nowhere = the provider moved this address (HTTP { $status })
# Why an address cannot be a provider's endpoint (the config file's, one typed, a link).
# $why: what was wrong, one of the shared-endpoint- reasons below or the URL reader's words.
shared-endpoint-not-url = not a URL ({ $why })
shared-endpoint-plain-http = plain http is only allowed on this machine (loopback); use https
# $scheme: the scheme typed, such as ftp.
shared-endpoint-scheme = the scheme { $scheme }: is not http or https
shared-endpoint-empty-host = empty host
shared-endpoint-port = invalid port number
shared-endpoint-ip = invalid IP address
shared-endpoint-domain = invalid domain character
# A file refused by its size. $kib: the most it may hold, in KiB.
shared-file-too-large = it is larger than { $kib } KiB
# A config file that cannot be used. $path: the file; $why: what went wrong.
shared-config-unreadable = cannot read the config file { $path }: { $why }
shared-config-not-valid = the config file { $path } is not valid: { $why }
shared-config-invalid = in the config file { $path }: { $why }
# Where in a file the TOML reader stopped. $said: its own words.
shared-config-place = line { $line }, column { $column }: { $said }
# A busy server. $message: what it said, or its status in words.
shared-api-too-many-requests = Too many requests: { $message }
shared-api-unavailable = The service is unavailable for now: { $message }
# $cause: the TLS library's own words.
shared-api-no-https = cannot set up HTTPS: { $cause }
# What was wrong with a server's answer (after "could not be understood:").
shared-garbled-empty = it was empty
shared-garbled-cut-short = it was cut short
shared-garbled-not-json = it is not JSON
# $why: the JSON reader's own words.
shared-garbled-unexpected-fields = it does not have the expected fields ({ $why })
# $kib: a size in KiB.
shared-garbled-too-large = it is larger than { $kib } KiB
# $why: the HTTP library's own words.
shared-garbled-request-unbuilt = bad request: { $why }
# $why: the URL parser's own words.
shared-garbled-cloudery-address-invalid = the Cloudery address is not valid: { $why }
shared-garbled-cloudery-address-no-path = the Cloudery address cannot hold a path
shared-garbled-redirect-nowhere = a redirect went nowhere
# $hops: how many redirects were followed.
shared-garbled-too-many-redirects = the link sent on more than { $hops } times
# $why: the URL parser's own words.
shared-garbled-link-not-url = the link is not a URL ({ $why })
shared-garbled-session-not-sendable = the saved session holds characters a header cannot carry
shared-garbled-referer-not-sendable = the API address cannot be sent as a Referer
# $cookie: the cookie's name.
shared-garbled-cookie-missing = the sign-in was accepted but no { $cookie } cookie was set
shared-garbled-sms-not-taken = the server offered SMS and then did not take it
# $said: the result the server gave.
shared-garbled-unknown-sign-in = an unknown sign-in result "{ $said }"
shared-garbled-no-sign-in-result = no sign-in result
shared-garbled-no-verification = no verification was given
shared-garbled-no-token = no token was given
shared-garbled-domains-not-list = the domains are not a list
shared-garbled-domain-not-object = a domain is not an object
shared-garbled-projects-not-list = the projects are not a list
shared-garbled-projects-no-region = a group of projects has no region
# The header's right end. $url: the sandbox's address.
shared-header-sandbox = sandbox { $url }
shared-header-sandbox-short = sandbox
shared-header-sandbox-starting = starting the sandbox…
shared-header-sandbox-failed = sandbox failed to start
# The quit question, when what was in progress ended between the key and the drawing.
shared-quit-finished = What was in progress has ended meanwhile.

# A notice when no browser opens. $why: the launcher's first words, as it said them.
shared-no-browser = No browser could be opened here ({ $why }). Copy the link instead (c).

# The sandbox's outbox panel

shared-outbox-title = Sandbox outbox (F2 hides)
shared-outbox-title-over = Sandbox outbox (any key closes)
# $why: what went wrong.
shared-outbox-unavailable = Cannot read the outbox: { $why }
shared-outbox-empty = Nothing sent yet. Emails with links and SMS with codes appear here.
# A message's kind, drawn as a key when the line below starts with it.
shared-outbox-email = Email
shared-outbox-sms = SMS
# $to: the address or phone number it was sent to.
shared-outbox-email-to = Email to { $to }
shared-outbox-sms-to = SMS to { $to }
# Before a code an SMS carries.
shared-outbox-code = code

# Requests that cannot be asked twice, sent and never seen answered

# $fqdn: the Cozy's address; $email: the account's email.
shared-sent-cozy-create = the creation of { $fqdn } for { $email }
shared-sent-cozy-passphrase = the first passphrase of { $fqdn }
# $host: the CloudSigma location's host.
shared-sent-cloudsigma-create = a CloudSigma account for { $email } at { $host }
# Where cloudboard shows it until it is known (after "cloudboard keeps … ").
shared-sent-kept-cozy = on the wizard's menu and in `cloudboard cozy status`
shared-sent-kept-cloudsigma = on the wizard's menu
# $email: where the email goes; $fqdn: the Cozy's address.
shared-sent-next-cozy-create = If the Cloudery created it, its activation email reaches { $email } within a few minutes: give its link to cloudboard (the wizard's menu entry for it, or `cloudboard cozy activate`). If no email comes, create { $fqdn } again: an address “already taken” then is most likely your own earlier request.
# $address: the Cozy's web address.
shared-sent-next-cozy-passphrase = If the instance took it, your Cozy is active: sign in at { $address } with that passphrase. If it refuses it, give the activation link again to choose one.
shared-sent-next-cloudsigma-create = If the account was opened, CloudSigma's confirmation email reaches { $email }: confirm it, then sign in. Creating it again says the account exists if it was.

# Where a secret (a token, a session) is kept

shared-store-keyring-linux = the desktop keyring (Secret Service)
shared-store-keyring-linux-short = the desktop keyring
shared-store-keyring-macos = the macOS Keychain
shared-store-keyring-macos-short = the Keychain
shared-store-keyring-windows = Windows Credential Manager
shared-store-keyring-windows-short = Credential Manager
shared-store-keyring-other = the system keyring
shared-store-kernel = the kernel keyring (forgotten at reboot)
shared-store-kernel-short = the kernel keyring (until reboot)
# $path: the file's path.
shared-store-file = { $path } (a file only you can read)
shared-store-fallback-file = { $path } (no keyring answered; only you can read this file)

# A field's notes on what it left out or changed, and its refusals of a given value

# Why a character is refused.
shared-field-why-control = control characters cannot be typed here
shared-field-why-space = spaces are not allowed here
shared-field-why-slug = use lowercase letters a–z and digits 0–9
shared-field-why-digits = only the digits 0–9 go here
# A character named. $code: its Unicode escape (\u{9}); $char: the character.
shared-field-char-space = a space
shared-field-char-tab = a tab ({ $code })
shared-field-char-other-space = a space ({ $code })
shared-field-char = “{ $char }”
# Two remarks, one after the other ($said: the first ones, $more: the next).
shared-and = { $said }; { $more }
# $what: the characters named; $why: why they are refused (one of the above).
shared-field-left-out = left out { $what }: { $why }
# $count: how many spaces.
shared-field-left-out-spaces = left out { $count ->
        [one] 1 space
       *[other] { $count } spaces
    }: { $why }
# $from: the uppercase letters named, $to: the same lowered.
shared-field-lowered = lowered { $from } to { $to }: addresses are lowercase
# $max: the most characters the field takes.
shared-field-cut = cut at { $max } characters, the most this field takes
# A paste from a box. $count: how many border characters; $chars: which; $lines: how many lines.
shared-field-borders = removed { $count ->
        [one] 1 border character
       *[other] { $count } border characters
    } ({ $chars }) from what was pasted
shared-field-borders-joined = removed { $count ->
        [one] 1 border character
       *[other] { $count } border characters
    } ({ $chars }) and joined its { $lines } lines from what was pasted
# A paste of Name <address>. $name: the name.
shared-field-named = kept the address inside < > and left out the name “{ $name }”
# A value given by a script. $label: the field's label; $max: the most it takes; $count: its length.
shared-field-too-long = { $label } takes at most { $max } characters; this has { $count }.
# $char: the character named; $why: why it is refused.
shared-field-cannot-hold = { $label }: { $char } cannot be in it ({ $why }).
# Typing, one key at a time.
shared-field-at-most = { $max } characters at most
shared-field-typed-lowered = { $from } became { $to }: addresses are lowercase
shared-field-typed-left-out = { $char } left out: { $why }

# Values checked before anything is sent
shared-check-email-empty = Type your email address.
shared-check-email-no-at = An email address needs an “@”, as in alice@example.org.
shared-check-email-nothing-before-at = Something must come before the “@”.
shared-check-email-no-domain = A domain must come after the “@”, as in example.org.
shared-check-email-domain-without-dot = The part after the “@” needs a dot, as in example.org.
shared-check-email-misplaced-dot = The part after the “@” has a misplaced dot.
shared-check-email-too-long = This address is longer than an email address can be.
shared-check-email-quotes = The quotes in this address are unbalanced.
shared-check-email-character = This address has a character email addresses cannot have.
shared-check-not-an-email = This is not an email address; it looks like alice@example.org.
# A Cozy's address. $max: its most characters.
shared-check-slug-empty = Choose an address: 1 to { $max } lowercase letters and digits.
shared-check-slug-digit-first = An address starts with a letter (a–z), not a digit.
shared-check-slug-characters = Use only lowercase letters a–z and digits 0–9.
shared-check-slug-too-long = An address has at most { $max } characters.
# $char: the character refused.
shared-check-promo-character = “{ $char }” is not allowed: a promo code has letters, digits, - and _ only.

# What went wrong with a request, and what to do. $host: the server's name; $detail: what the
# transport said (its own words).
shared-api-network = cannot reach { $host }: { $detail }. Check your network connection, then try again.
shared-api-timeout = { $host } did not answer in time. Try again in a moment.
shared-api-closed = { $host } closed the connection before answering. Try again in a moment.
shared-api-untrusted = { $host }'s TLS certificate is not trusted ({ $detail }). Nothing was sent. If this address is right, the server or something between (a proxy) presents a certificate this machine does not trust.
# $message: why the server is busy (its own words, or its status in words); $wait: how long it asks to wait.
shared-api-busy = { $message }. Try again in a moment.
shared-api-busy-wait = { $message }. The server asks to wait { $wait }; try again then.
# $status: the HTTP status number; $message: the server's words.
shared-api-server = the server failed ({ $status }): { $message }. Try again later.
# $to: the address it redirects to.
shared-api-moved = the provider moved this address (HTTP { $status }) to { $to }. cloudboard did not follow it: check the address in the config (or ask the provider's support) before trying again.
shared-api-moved-nowhere = the provider moved this address (HTTP { $status }). cloudboard did not follow it: check the address in the config (or ask the provider's support) before trying again.
# $detail: what was wrong with the answer.
shared-api-bad-response = the server's answer could not be understood: { $detail }. This is a problem on the server's side or with the address configured for it; try again later or check the endpoint.
# A status in words, when the server said nothing usable. $meaning: one of those below; $code: its number.
shared-status-in-words = { $meaning } (HTTP { $code })
shared-status-400 = the request was refused as malformed
shared-status-401 = the credentials were not accepted
shared-status-403 = access to this is forbidden
shared-status-404 = this address has no such route or item
shared-status-405 = this address does not take this kind of request
shared-status-409 = it conflicts with something that exists already
shared-status-410 = it is gone
shared-status-413 = the request is too large
shared-status-415 = the request's format is not accepted
shared-status-422 = a value was refused
shared-status-429 = too many requests
shared-status-5xx = the server failed
shared-status-unexpected = an unexpected answer
# An amount of money a provider gave (a balance). $amount: the number, written as the
# language writes numbers; $currency: its code (EUR, CHF), or nothing when the provider gave none.
shared-amount = { $amount } { $currency }
# A wait. $minutes, $seconds: how many.
shared-duration-seconds = { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }
shared-duration-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
shared-duration-minutes-seconds = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }

# The state file (what earlier runs left) could not be used. $path: the file; $error: the
# system's or the parser's words; $aside: where it was moved.
shared-state-unreadable = Cannot read { $path }: { $error }
shared-state-damaged-moved = { $path } was damaged ({ $error }); it was moved to { $aside }.
shared-state-damaged = { $path } was damaged ({ $error }) and is ignored.

# A request's task stopped without answering.
shared-task-failed = an internal error stopped this request (details are in the log)
# The sandbox's outbox could not be read. $why: what the transport or the status said.
shared-outbox-no-answer = the sandbox does not answer ({ $why })
shared-outbox-answered = the sandbox answered { $why }
shared-outbox-unreadable = the sandbox's outbox is not readable ({ $why })
# A part of a CloudSigma account that could not be read. $why: the error's advice.
shared-account-no-profile = The profile could not be read: { $why }
shared-account-no-whoami = Who is signed in could not be read: { $why }
shared-account-no-balance = The balance could not be read: { $why }
# CloudSigma's confirmation page (the password is set there). $why: the transport's words;
# $said: the page's own words; $status: its HTTP status.
shared-confirmation-unreachable = The confirmation page could not be reached: { $why }
shared-confirmation-refused = The confirmation page refused the password: { $said }
shared-confirmation-used = The confirmation link is no longer valid: it was already used.
shared-confirmation-answered = The confirmation page answered { $status }.
# Following a Cozy's creation. $seconds: the wait before the next look; $error: what went wrong.
shared-cozy-not-shown-yet = the Cloudery does not show this creation yet; looking again in { $seconds } s
shared-cozy-looking-again = { $error }; looking again in { $seconds } s

# A secret (a token, a session) that could not be kept, read or forgotten. $why: what the
# keyring or the system said; $path: a file; $keyring: a keyring's short name.
shared-secret-refused = the keyring refused to store it: { $why }
shared-secret-no-keyring = no keyring answered; set secrets.store = "auto" to use a file
shared-secret-cannot-write = cannot write { $path }: { $why }
shared-secret-cannot-read = cannot read { $path }: { $why }
shared-secret-keyring-cannot-remove = { $keyring } could not remove it: { $why }
shared-secret-cannot-remove = cannot remove { $path }: { $why }
shared-secret-keyring-timeout = { $keyring } did not answer in time

# In the key bar and the help, for any character typed into the focused field.
shared-key-typing = type
# Why a server could not be reached ($cause: the system's words).
shared-api-connection-refused = the connection was refused
shared-api-no-connection = no connection could be made ({ $cause })


## The plain mode, answers files, the subcommands' human output and the options' help
# (Scripts section: its messages go here, each id starting scripts-.)

# --help: each option's help, each subcommand's description (clap's own words, such as
# "Usage" and its errors, are not ours).
scripts-cli-after-help = Files: the config file is config.toml in the config directory (see --config); state and the log live in the data directory. CLOUDBOARD_LOG sets the log level (e.g. debug).
scripts-cli-help = Print help
scripts-cli-help-more = Print help (see more with '--help')
scripts-cli-help-summary = Print help (see a summary with '-h')
scripts-cli-version = Print version
scripts-cli-help-about = Print this message or the help of the given subcommand(s)
scripts-cli-help-subcommand = Print help for the subcommand(s)
scripts-cli-plain = Ask line by line on the normal screen instead of the full-screen UI (also with ACCESSIBLE=1 or TERM=dumb): no cursor tricks, no colour, read well by screen readers
scripts-cli-answers = Pre-fill the wizard's fields from a TOML answers file (see assets/answers.sample.toml)
scripts-cli-yes = With --answers: run the flow to its end without asking what the file answers
scripts-cli-config = Read the configuration from FILE instead of the default location
scripts-cli-sandbox = Start a built-in simulator of all three providers and point every flow at it
scripts-cli-sandbox-url = Point every provider at a sandbox already running at URL (see `cloudboard sandbox`)
# The headings of --help, in a language other than English (English keeps clap's own, the same words); clap puts the colon after them.
scripts-cli-heading-usage = Usage
scripts-cli-heading-commands = Commands
scripts-cli-heading-options = Options
scripts-cli-heading-arguments = Arguments
scripts-cli-command-placeholder = COMMAND
scripts-cli-lang = The language to speak (else the config file's `lang`, else the one LANGUAGE, LC_ALL, LC_MESSAGES or LANG names, else English)
scripts-cli-cozy-about = Create a Cozy, follow its creation, activate it
scripts-cli-cozy-create-email = Your email address: the activation email goes there
scripts-cli-cozy-create-slug = The address: SLUG.DOMAIN (lowercase letters and digits, a letter first)
scripts-cli-cozy-create-domain = One of the partner's domains (default: the first configured)
scripts-cli-cozy-create-offer = The partner's offer to create the Cozy with (default: the configured one)
scripts-cli-cozy-create-redirect = A universal link for mobile onboarding
scripts-cli-cozy-create-accept-terms = State that you accept the current terms (their version is sent and reported)
scripts-cli-json = Print a JSON object on standard output instead of text (see docs/SCRIPTING.md)
scripts-cli-cozy-create-about = Create a Cozy and follow its creation to the end
scripts-cli-cozy-status-workflow = The workflow id `cozy create` printed (a UUID)
scripts-cli-cozy-status-about = Show the state of a creation workflow; without one, the creations this machine remembers (one being followed, requests whose answer never came)
scripts-cli-cozy-activate-link = Refused: the link carries a secret (see --link-stdin)
scripts-cli-cozy-activate-link-stdin = Read the activation link from standard input (else CLOUDBOARD_COZY_LINK, else a prompt that does not echo it), before the passphrase if both are read there
scripts-cli-cozy-activate-passphrase-stdin = Read the passphrase from standard input (else CLOUDBOARD_COZY_PASSPHRASE, else a prompt without echo, twice)
scripts-cli-cozy-activate-hint = A hint to remember the passphrase by
scripts-cli-cozy-activate-about = Activate a new Cozy from the link in its activation email, choosing the passphrase
scripts-cli-cozy-onboard-link-email = Your email address, filled in on the web page
scripts-cli-cozy-onboard-link-slug = The address you want (SLUG.DOMAIN), filled in on the web page
scripts-cli-cozy-onboard-link-qr = Also draw it as a QR code, for a phone
scripts-cli-cozy-onboard-link-about = Print the Cloudery's web onboarding link (to do the same in a browser)
scripts-cli-cleura-about = Sign in to Cleura's REST API (SMS two-factor) and list regions and projects
scripts-cli-cleura-login-login = Your Cleura Cloud login (it wins over the one remembered from an earlier run)
scripts-cli-cleura-login-password-stdin = Read the password from standard input (else CLOUDBOARD_CLEURA_PASSWORD, else a prompt without echo)
scripts-cli-cleura-login-sms-code-stdin = Read the SMS code from standard input (after the password line, if both)
scripts-cli-cleura-login-about = Sign in and keep the token (keyring, or a file only you can read)
scripts-cli-cleura-regions-about = List the regions your account can use
scripts-cli-cleura-projects-domain = A domain id, or a region tag such as Sto2 (see `cleura regions`)
scripts-cli-cleura-projects-about = List the projects of a domain (its id, or its region tag such as Sto2)
scripts-cli-cleura-logout-about = Revoke the token on the server and forget it
scripts-cli-cloudsigma-about = Create or sign in to a CloudSigma account
scripts-cli-cloudsigma-create-account-email = The email address of the new account: its confirmation email goes there
scripts-cli-cloudsigma-create-account-promo = A promotional code, if you were given one
scripts-cli-cloudsigma-create-account-location = A location code (see `locations`), or an API address
scripts-cli-cloudsigma-create-account-about = Create an account; a confirmation email follows
scripts-cli-cloudsigma-login-email = The email address of the account
scripts-cli-cloudsigma-login-password-stdin = Read the password from standard input (else CLOUDBOARD_CLOUDSIGMA_PASSWORD, else a prompt without echo)
scripts-cli-cloudsigma-login-location = The location the account was opened at: a code (see `locations`), or an API address (default: the one remembered from an earlier run, else zrh)
scripts-cli-cloudsigma-login-about = Sign in and keep the session (keyring, or a file only you can read)
scripts-cli-cloudsigma-whoami-location = Only if the kept session was opened at this location (a code, or an API address)
scripts-cli-cloudsigma-whoami-about = Show the signed-in account, at the location its session was opened at
scripts-cli-cloudsigma-logout-location = Only if the kept session was opened at this location (a code, or an API address)
scripts-cli-cloudsigma-logout-about = Sign out and forget the session, at the location it was opened at
scripts-cli-cloudsigma-locations-about = List the locations
scripts-cli-sandbox-listen = The address to serve on
scripts-cli-sandbox-workflow-secs = How long a Cozy creation workflow takes, in seconds (0 to 3600)
scripts-cli-sandbox-regions = How many Cleura regions the accounts see: the guide's three, then made-up ones (to try a long region table); at most as many as a client reads in one answer
scripts-cli-sandbox-quiet = Do not log each request on standard error
scripts-cli-sandbox-about = Run the provider simulator until stopped, for tests and demos
scripts-cli-completions-shell = The shell to complete for
scripts-cli-completions-about = Print a shell completion script (bash, zsh, fish, elvish, powershell)
scripts-cli-man-about = Print the manual page (roff), e.g. `cloudboard man | man -l -`

# Words said everywhere

# $message: what went wrong, as said.
scripts-error = cloudboard: { $message }
scripts-interrupted = interrupted
# $why: the system's reason.
scripts-cannot-start = cloudboard: cannot start: { $why }
scripts-internal-error = cloudboard: an internal error stopped this command (the log says more)
# $option: an option (--redirect); $value: what was given; $why: why it is refused.
scripts-option-refused = { $option } { $value }: { $why }
scripts-backend-stopped = the backend stopped
scripts-backend-stopped-starting = the backend stopped while starting
# $why: the reason.
scripts-sandbox-failed = the sandbox could not start: { $why }
scripts-no-flow-open = no flow is open
scripts-flow-stopped = the flow stopped
scripts-stdout-closed = standard output was closed
scripts-sandbox-and-url = --sandbox and --sandbox-url cannot be used together
scripts-wizard-options-only = cloudboard: --plain, --answers and --yes are for the wizard; a subcommand takes its answers from its own options (see its --help)
# $why: the reason.
scripts-man-failed = cloudboard: cannot write the manual page: { $why }
# $address: where it was to answer (127.0.0.1:8787); $why: the reason.
scripts-sandbox-cannot-serve = cloudboard sandbox: cannot serve on { $address }: { $why }
# `cloudboard sandbox`: its fixtures. $url: where it answers (the first line keeps it a word of its own).
scripts-sandbox-banner =
    cloudboard sandbox at { $url }

    Cozy (Cloudery)  { $url }/cozy/api      public token sandbox-token (partner routes:
                                               sandbox-partner-token), partner cozy, offer cozy_default,
                                               domain mycozy.cloud; slug `taken` is used, `fail…` fails
    Cleura           { $url }/cleura        alice / alice-password (no 2FA), bob / bob-password (SMS),
                                               carol / carol-password (WebAuthn only),
                                               dave / dave-password (Stockholm's projects only)
    CloudSigma       { $url }/cloudsigma/api/2.0/   demo@example.org / demo-password
    Outbox           { $url }/_sandbox/outbox  (emails and SMS the providers "sent")

    Try the wizard against it: cloudboard --sandbox-url { $url }
scripts-sandbox-stopping = stopping the sandbox
scripts-needs-terminal =
    cloudboard is an interactive wizard and needs a terminal (stdin and stdout must be a TTY).
    Run it in a terminal: cloudboard --sandbox to try every flow offline;
    or use the line-by-line mode (cloudboard --plain) or a subcommand (cozy, cleura,
    cloudsigma).
    See cloudboard --help.
scripts-cannot-start-loop = cannot start the event loop
scripts-cannot-set-up-terminal = cannot set up the terminal
# $path: the config file; $why: the system's reason.
scripts-config-unreadable = Cannot read { $path } ({ $why }); using the defaults.
# $error: what is wrong in the config file; $aside: where it was moved.
scripts-config-set-aside = { $error }. It was moved to { $aside } and the defaults are used.
# $error: what is wrong in the config file.
scripts-config-defaults = { $error }. The defaults are used.

# Reading answers and secrets

# A question's prompt, the answer typed after it. $prompt: the question.
scripts-ask = { $prompt }:
# $kib: a size in KiB.
scripts-input-line-too-long = a line of standard input is longer than { $kib } KiB
# $why: the system's reason.
scripts-input-unreadable = cannot read standard input: { $why }
# $what: the secret, as its prompt says it; $otherwise: how else to give it (an option or a variable).
scripts-secret-needs-terminal = { $what } is typed without echo at a terminal, and there is none: give it with { $otherwise }
# $why: the system's reason.
scripts-secret-unreadable = cannot read the secret: { $why }
# $what: the secret, as its prompt says it, in lowercase.
scripts-secret-stdin-ended = standard input ended before { $what } was read
# $what: the secret, as its prompt says it, in lowercase.
scripts-secret-input-ended = input ended before { $what } was typed
# $option: the option that reads it from standard input; $variable: the environment variable.
scripts-secret-otherwise = { $option } or { $variable }
# $prompt: the question.
scripts-answer-not-accepted = the answer to “{ $prompt }” was not accepted
# $key: the question's name in answers files (email); $prompt: the question.
scripts-answer-needed = { $key } is needed ({ $prompt })
scripts-not-scriptable = this command is not a scriptable flow
# $path: the answers file; $why: the system's reason.
scripts-answers-unreadable = cannot read { $path }: { $why }
# $path: the answers file; $why: what is wrong in it.
scripts-answers-invalid = { $path }: { $why }
scripts-answers-flow-not-text = flow must be a string
# $flow: the flow the file names.
scripts-answers-unknown-flow = flow = "{ $flow }" is not one of cozy, cleura, cloudsigma
# $key: the question's name (password).
scripts-answers-secret = { $key } is a secret and is not read from a file: give it through the environment, standard input or the prompt
# $key: the question's name; $value: the value, as TOML writes it.
scripts-answers-bad-value = { $key } = { $value }: give a string, a number or true/false

# What the sandbox sent

# $kind: sms or email (it chooses the word); $to: the address or number; $what: the code, the link or the subject.
scripts-outbox = Sandbox outbox: { $kind ->
        [sms] SMS
       *[other] Email
    } to { $to }: { $what }
# $code: the code sent by SMS.
scripts-outbox-code = code { $code }

# The plain mode (--plain)

# $url: where the sandbox answers.
scripts-plain-sandbox = Sandbox: every provider is simulated at { $url }. Nothing real is created.
scripts-plain-menu-question = What would you like to do?
# $count: how many choices. q quits in every language.
scripts-plain-menu-choose = Choose 1-{ $count } (q quits):
# $count: how many choices.
scripts-plain-menu-invalid = Please answer with a number from 1 to { $count }, or q.
# $message: why the flow stopped.
scripts-plain-stopped = Stopped: { $message }
scripts-plain-interrupted = Interrupted.
# $message: why the last answer was not taken.
scripts-plain-problem = Error: { $message }
# $prompt: the question; $answer: the answer taken, as it may be shown.
scripts-plain-answered = { $prompt }: { $answer }
# Above the numbered choices. $prompt: the question.
scripts-plain-options = { $prompt }:
# $count: how many choices.
scripts-plain-choose = Choose 1-{ $count }:
# $count: how many choices; $default: what Enter alone picks.
scripts-plain-choose-default = Choose 1-{ $count } [{ $default }]:
# y and n are the same letters in every language. $prompt: the question.
scripts-plain-yes-no = { $prompt } (y/n):
# $prompt: the question; $default: what Enter alone answers.
scripts-plain-yes-no-default = { $prompt } (y/n) [{ $default }]:
# $prompt: the question; $default: what Enter alone answers.
scripts-plain-ask-default = { $prompt } [{ $default }]:
# How else to give a secret. $variable: the environment variable.
scripts-plain-secret-env = { $variable }, with --answers FILE --yes
scripts-plain-secret-terminal-only = nothing else: it is typed at a terminal only
scripts-plain-input-ended = standard input ended before the flow did
# $code: the code sent by SMS.
scripts-plain-outbox-code = code: { $code }
# $link: the link sent by email.
scripts-plain-outbox-link = link: { $link }

# The subcommands: their text results and what they say on standard error

scripts-label-email = Email
scripts-label-uuid = UUID
scripts-label-state = State
scripts-label-balance = Balance
scripts-label-location = Location
scripts-label-address = Address
scripts-label-workflow = Workflow
scripts-label-status = Status
scripts-kept-in-desktop-keyring = the desktop keyring (Secret Service)
scripts-kept-in-keychain = the macOS Keychain
scripts-kept-in-credential-manager = Windows Credential Manager
scripts-kept-in-system-keyring = the system keyring
scripts-kept-in-kernel-keyring = the kernel keyring (forgotten at reboot)
# $path: the file.
scripts-kept-in-file = { $path } (a file only you can read)
# $path: the file.
scripts-kept-in-fallback-file = { $path } (no keyring answered; only you can read this file)
scripts-sign-in-stopped-early = the sign-in stopped early
scripts-sign-out-did-not-end = the sign-out did not end
scripts-session-ended = the session ended; sign in again
# $what: the request, capitalised; $next: what to do next, a sentence; $kept: where cloudboard keeps it.
scripts-left-unanswered = { $what } was sent and its answer had not come: it may still complete. { $next } cloudboard keeps it { $kept }.
# $account: the login.
scripts-cleura-signed-in = Signed in to Cleura as { $account }.
# $account: the login.
scripts-cleura-already-signed-in = Already signed in to Cleura as { $account }: the token kept from an earlier run still works, so the password was not used.
# $account: the login signed in; $login: the one asked for.
scripts-cleura-signed-in-as-other = already signed in to Cleura as { $account }, with a token kept from an earlier run; nothing was sent for { $login }. To sign in as { $login }, run `cloudboard cleura logout` first
# $why: the reason.
scripts-cleura-token-not-kept = Cleura took the sign-in, but the token could not be kept on this machine ({ $why }): nothing is kept, and the next command will ask to sign in again
# $place: where (a keyring, or a file).
scripts-cleura-token-kept-in = The token is kept in { $place }.
# $why: what kept Cleura from judging the code (the network, a busy server).
scripts-cleura-code-unchecked = The SMS code could not be checked ({ $why }). Run the same command again: it signs in anew, and Cleura sends a new code.
# $login: the kept token's login; $why: why it no longer works, in Cleura's words.
scripts-cleura-kept-token-ended = The token kept for { $login } no longer works ({ $why }) and was forgotten: sign in again with `cloudboard cleura login --login { $login }`.
# $login: the kept token's login; $why: Cleura's refusal, in its words.
scripts-cleura-kept-token-refused = Cleura refused to list the regions with the token kept for { $login } ({ $why }): sign in as a login allowed to list them, with `cloudboard cleura login --login LOGIN`.
# $login: the kept token's login; $advice: what failed and what to do, a sentence.
scripts-cleura-kept-token-unchecked = The token kept for { $login } could not be checked: { $advice }
scripts-cleura-not-signed-in = not signed in to Cleura: run `cloudboard cleura login --login LOGIN` first
scripts-cleura-projects-not-listed = the projects were not listed
# $login: the kept token's login; $why: what failed, in a few words.
scripts-cleura-logout-unreachable = The token kept for { $login } could not be checked ({ $why }), so nothing was signed out and it is still kept on this machine: run `cloudboard cleura logout` again once Cleura can be reached.
# $login: the kept token's login; $why: Cleura's refusal, in its words.
scripts-cleura-logout-refused = Cleura refused the token kept for { $login } ({ $why }), so nothing was signed out and it is still kept on this machine.
# $problem: why the kept token no longer works, a sentence.
scripts-cleura-logout-forgotten = { $problem } It was forgotten on this machine; there is nothing more to sign out of.
scripts-cleura-nothing-to-do = Not signed in to Cleura; nothing to do.
# $place: the location's name.
scripts-cloudsigma-signed-in = Signed in to CloudSigma at { $place }.
# $account: the email; $place: the location's name.
scripts-cloudsigma-already-signed-in = Already signed in to CloudSigma as { $account } at { $place }: the session kept from an earlier run still works, so the password was not used.
# $account: the email signed in; $place: its location's name; $email: the one asked for.
scripts-cloudsigma-signed-in-as-other = already signed in to CloudSigma as { $account } at { $place }, with a session kept from an earlier run; nothing was sent for { $email }. To sign in as { $email } there, run `cloudboard cloudsigma logout` first
# $account: the email signed in.
scripts-cloudsigma-signed-in-already = signed in to CloudSigma as { $account } already: run `cloudboard cloudsigma logout` first
# Said before an account is created. $email: the kept session's account; $place: where it was opened.
scripts-cloudsigma-create-kept-expired = The CloudSigma session kept for { $email } at { $place } had expired and was forgotten.
# Said before an account is created. $email: the kept session's account; $place: where it was opened; $why: CloudSigma's words.
scripts-cloudsigma-create-kept-ended = The CloudSigma session kept for { $email } at { $place } had ended ({ $why }) and was forgotten.
# Said before an account is created. $why: why it could not be read.
scripts-cloudsigma-create-kept-unreadable = The CloudSigma session kept on this machine could not be read ({ $why }) and was forgotten.
# After an account is created. $email: its email address; $location: where, as --location takes it (a code, or an API address).
scripts-cloudsigma-created-next = Open the link from that email and set your password on the page it opens; then sign in with `cloudboard cloudsigma login --email { $email } --location { $location }`.
# The same in the sandbox, whose outbox holds the email (a line "Sandbox outbox: …" shows its link).
scripts-cloudsigma-created-next-sandbox = Open the link from that email in a browser (the sandbox outbox line shows it) and set your password on the page it opens; then sign in with `cloudboard cloudsigma login --email { $email } --location { $location }`.
# $email: the account's email address; $place: the location; $why: why no answer came; $kept: where cloudboard shows it (shared-sent-kept-cloudsigma).
scripts-cloudsigma-create-unanswered = CloudSigma may have opened the account for { $email } at { $place }: its answer did not arrive ({ $why }). If it did, its confirmation email reaches { $email }. Run the same command again to ask again: if the email is then refused as taken, the account is most likely yours. cloudboard keeps this { $kept } until it knows.
# $why: the reason.
scripts-cloudsigma-session-not-kept = CloudSigma took the sign-in, but the session could not be kept on this machine ({ $why }): nothing is kept, and the next command will ask to sign in again
# $place: where (a keyring, or a file).
scripts-cloudsigma-session-kept-in = The session is kept in { $place }.
# $email: the kept session's account; $place: where it was opened; $location: that place as --location takes it (a code, or an API address).
scripts-cloudsigma-kept-session-expired = The CloudSigma session kept for { $email } at { $place } has expired and was forgotten: sign in again with `cloudboard cloudsigma login --email { $email } --location { $location }`.
# $email: the kept session's account; $place: where it was opened; $location: that place as --location takes it; $why: CloudSigma's words.
scripts-cloudsigma-kept-session-ended = The CloudSigma session kept for { $email } at { $place } has ended ({ $why }) and was forgotten: sign in again with `cloudboard cloudsigma login --email { $email } --location { $location }`.
# $why: why it could not be read.
scripts-cloudsigma-kept-session-unreadable = The CloudSigma session kept on this machine could not be read ({ $why }): sign in again with `cloudboard cloudsigma login --email EMAIL`.
# $email: the kept session's account; $location: where it was opened, as --location takes it; $why: CloudSigma's refusal, in its words.
scripts-cloudsigma-kept-session-refused = CloudSigma refused the session kept for { $email } ({ $why }), which is still kept on this machine: sign in again with `cloudboard cloudsigma login --email { $email } --location { $location }` to replace it.
# $email: the kept session's account; $advice: what failed and what to do, a sentence.
scripts-cloudsigma-kept-session-unchecked = The CloudSigma session kept for { $email } could not be checked: { $advice }
scripts-cloudsigma-not-signed-in = not signed in to CloudSigma: run `cloudboard cloudsigma login --email EMAIL` first
# $place: where the kept session was opened; $wanted: the location asked for.
scripts-cloudsigma-kept-elsewhere = the CloudSigma session kept on this machine was opened at { $place }, not at { $wanted }; nothing was sent there
scripts-cloudsigma-not-created = the account was not created
# $email: the kept session's account; $why: what failed, in a few words.
scripts-cloudsigma-logout-unreachable = The CloudSigma session kept for { $email } could not be checked ({ $why }), so nothing was signed out and it is still kept on this machine: run `cloudboard cloudsigma logout` again once CloudSigma can be reached.
# $email: the kept session's account; $why: CloudSigma's refusal, in its words.
scripts-cloudsigma-logout-refused = CloudSigma refused the session kept for { $email } ({ $why }), so nothing was signed out and it is still kept on this machine.
# $why: why it could not be read.
scripts-cloudsigma-logout-unreadable = The CloudSigma session kept on this machine could not be read ({ $why }), so nothing was signed out.
scripts-cloudsigma-logout-ended = The kept session had ended already and was forgotten; there is nothing more to sign out of.
scripts-cloudsigma-nothing-to-do = Not signed in to CloudSigma; nothing to do.
scripts-cloudsigma-no-location = CloudSigma listed no location
# $version: the terms' version; $url: where to read them.
scripts-cozy-accept-terms = creating a Cozy means accepting Cozy Cloud's terms (version { $version }, at { $url }): read them, then add --accept-terms
# $domain: the domain given; $domains: the partner's, comma-separated.
scripts-cozy-domain-unknown = --domain { $domain } is not one of the partner's domains ({ $domains })
scripts-cozy-creation-stopped-early = the creation stopped early
scripts-cozy-creation-not-recorded = the creation was not recorded
# $fqdn: the new Cozy's address (alice.mycozy.cloud); $version: the terms' version.
scripts-cozy-created = Created { $fqdn }, accepting the terms version { $version }.
scripts-cozy-then-activate = Then activate it: cloudboard cozy activate (it asks for the link, or give it with --link-stdin).
# $workflow: what was given.
scripts-cozy-not-a-workflow = “{ $workflow }” is not a workflow id: give the UUID `cozy create` printed (like 0d8f1e9c-5b7a-4c2e-9f3d-1a2b3c4d5e6f)
scripts-cozy-no-token = no Cloudery token: set CLOUDBOARD_COZY_TOKEN, or token under [cozy] in the config file
scripts-cozy-no-route = no route was tried
scripts-cozy-link-not-an-argument = the activation link carries the register token, and whoever holds it can choose the passphrase: it is not taken as an argument (ps and your shell's history would keep it). Give it at the prompt, with --link-stdin, or in CLOUDBOARD_COZY_LINK
scripts-cozy-activation-did-not-end = the activation did not end
scripts-cozy-link-prompt = The activation link from the email:
# $link: the link, its token masked.
scripts-cozy-link-shown = Link: { $link }
scripts-cozy-no-link = no activation link was given
# $why: the QR library's reason.
scripts-cozy-qr-too-long = the link is too long for a QR code ({ $why })
# A line of `cozy status`. $fqdn: the Cozy's address; $workflow: its workflow id.
scripts-cozy-following-line = following  { $fqdn }  workflow { $workflow }
# $fqdn: the Cozy's address; $workflow: its workflow id.
scripts-cozy-following = The creation of { $fqdn } is being followed: `cloudboard cozy status { $workflow }` asks the Cloudery where it stands.
# A line of `cozy status`. $what: the request; $when: when it was sent.
scripts-cozy-unanswered-line = unanswered  { $what }  sent { $when }
scripts-cozy-unknown-time = at an unknown time
# $what: the request, capitalised; $next: what to do next, a sentence.
scripts-cozy-unanswered = { $what }: its answer never came. { $next }
# $fqdn: the address asked for; $why: what happened to the answer; $email: the person's email; $kept: where cloudboard shows it (shared-sent-kept-cozy).
scripts-cozy-creation-unanswered = The Cloudery may have created { $fqdn }: its answer did not arrive ({ $why }). Run the same command again to ask again: if the address is then “already taken”, it is most likely yours, and its activation email goes to { $email }. cloudboard keeps this { $kept } until it knows.
# $why: what happened to the answer; $address: the new Cozy's address.
scripts-cozy-passphrase-unanswered = The Cozy may have taken your passphrase: its answer did not arrive ({ $why }). Sign in at { $address } with it to see. Or give the same link to `cloudboard cozy activate` again to send it again: if the link is then spent, the first one took.
scripts-cozy-nothing-remembered = No Cozy creation is remembered on this machine.


## The passphrase strength estimator's warnings and suggestions
# (Strength section: its messages go here, each id starting strength-.)
# What makes a passphrase easy to guess (zxcvbn's warnings).
strength-warning-top-10 = This is a top-10 common password.
strength-warning-top-100 = This is a top-100 common password.
strength-warning-very-common = This is a very common password.
strength-warning-similar-to-common = This is similar to a commonly used password.
strength-warning-word-by-itself = A word by itself is easy to guess.
strength-warning-names-by-themselves = Names and surnames by themselves are easy to guess.
strength-warning-common-names = Common names and surnames are easy to guess.
strength-warning-own-details = Your own details are easy to guess.
strength-warning-straight-rows = Straight rows of keys are easy to guess.
strength-warning-short-keyboard-patterns = Short keyboard patterns are easy to guess.
strength-warning-repeated-character = Repeats like "aaa" are easy to guess.
strength-warning-repeated-pattern = Repeats like "abcabcabc" are only slightly harder to guess than "abc".
strength-warning-sequences = Sequences like abc or 6543 are easy to guess.
strength-warning-recent-years = Recent years are easy to guess.
strength-warning-dates = Dates are often easy to guess.

# What to do about it (zxcvbn's suggestions).
strength-suggestion-more-words = Add another word or two. Uncommon words are better.
strength-suggestion-few-words = Use a few words, avoid common phrases.
strength-suggestion-no-need-for-symbols = No need for symbols, digits, or uppercase letters.
strength-suggestion-longer-keyboard-pattern = Use a longer keyboard pattern with more turns.
strength-suggestion-avoid-repeats = Avoid repeated words and characters.
strength-suggestion-avoid-sequences = Avoid sequences.
strength-suggestion-avoid-recent-years = Avoid recent years.
strength-suggestion-avoid-years-associated = Avoid years that are associated with you.
strength-suggestion-avoid-dates = Avoid dates and years that are associated with you.
# A word that starts with a capital letter.
strength-suggestion-capitalization = Capitalization doesn't help very much.
strength-suggestion-all-uppercase = All-uppercase is almost as easy to guess as all-lowercase.
strength-suggestion-reversed-words = Reversed words aren't much harder to guess.
strength-suggestion-substitutions = Predictable substitutions like '@' instead of 'a' don't help very much.
