# cloudboard's words in English: the reference catalogue, and what any other language falls
# back to for a message it lacks. Project Fluent syntax (https://projectfluent.org/): one
# message a line, `{ $name }` a placeholder. A new language is a copy of this file,
# translated, as locales/<code>.ftl (see README, "Language").

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
# $what: the request, as its flow says it; $where: where cloudboard shows it later.
quit-sent = It was sent: if you quit, it may still complete, and whether it did will not be known. cloudboard keeps { $what } { $where }.
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

## Cleura: signing in, the SMS code, the regions and projects
# (Cleura section: its messages go here, each id starting cleura-.)


## CloudSigma: creating or signing in to an account, the location, the account
# (CloudSigma section: its messages go here, each id starting cloudsigma-.)


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
# The header's right end. $url: the sandbox's address.
shared-header-sandbox = sandbox { $url }
shared-header-sandbox-starting = starting the sandbox…
shared-header-sandbox-failed = sandbox failed to start
# The quit question, when no flow names its work.
shared-quit-work = work

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
