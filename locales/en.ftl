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


## Parts every flow uses: fields and their checks, notices, the outbox, questions
# (Shared section: its messages go here, each id starting shared-.)


## The plain mode, answers files, the subcommands' human output and the options' help
# (Scripts section: its messages go here, each id starting scripts-.)


## The passphrase strength estimator's warnings and suggestions
# (Strength section: its messages go here, each id starting strength-.)

