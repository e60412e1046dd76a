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
                                               carol / carol-password (WebAuthn only)
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
# $what: the request, capitalised; $next: what to do next, a sentence; $where: where cloudboard keeps it.
scripts-left-unanswered = { $what } was sent and its answer had not come: it may still complete. { $next } cloudboard keeps it { $where }.
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
# $problem: why there is no sign-in, a sentence.
scripts-cleura-then-login = { $problem } Then run `cloudboard cleura login --login LOGIN` first.
scripts-cleura-not-signed-in = not signed in to Cleura: run `cloudboard cleura login --login LOGIN` first
scripts-cleura-projects-not-listed = the projects were not listed
# $problem: what failed, a sentence.
scripts-cleura-logout-unreachable = { $problem } The token is still kept on this machine: run `cloudboard cleura logout` again once Cleura can be reached.
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
# $why: the reason.
scripts-cloudsigma-session-not-kept = CloudSigma took the sign-in, but the session could not be kept on this machine ({ $why }): nothing is kept, and the next command will ask to sign in again
# $place: where (a keyring, or a file).
scripts-cloudsigma-session-kept-in = The session is kept in { $place }.
# $problem: why there is no session, a sentence.
scripts-cloudsigma-then-login = { $problem } Then run `cloudboard cloudsigma login --email EMAIL` first.
scripts-cloudsigma-not-signed-in = not signed in to CloudSigma: run `cloudboard cloudsigma login --email EMAIL` first
# $place: where the kept session was opened; $wanted: the location asked for.
scripts-cloudsigma-kept-elsewhere = the CloudSigma session kept on this machine was opened at { $place }, not at { $wanted }; nothing was sent there
scripts-cloudsigma-not-created = the account was not created
# $problem: what failed, a sentence.
scripts-cloudsigma-logout-unreachable = { $problem } The session is still kept on this machine: run `cloudboard cloudsigma logout` again once CloudSigma can be reached.
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
scripts-cozy-nothing-remembered = No Cozy creation is remembered on this machine.


## The passphrase strength estimator's warnings and suggestions
# (Strength section: its messages go here, each id starting strength-.)

