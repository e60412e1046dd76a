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


## Parts every flow uses: fields and their checks, notices, the outbox, questions
# (Shared section: its messages go here, each id starting shared-.)


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
scripts-cli-lang = The language to speak (else the config file's `lang`, else the one LC_ALL, LC_MESSAGES or LANG names, else English)
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


## The passphrase strength estimator's warnings and suggestions
# (Strength section: its messages go here, each id starting strength-.)

