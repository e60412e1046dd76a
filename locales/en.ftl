# cloudboard's words in English: the reference catalogue, and what any other language falls
# back to for a message it lacks. Project Fluent syntax (https://projectfluent.org/): one
# message a line, `{ $name }` a placeholder. A new language is a copy of this file,
# translated, as locales/<code>.ftl (see README, "Language").

# The language's name in itself, as `--lang`'s list shows it.
language-name = English

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
cleura-sandbox-logins = Sandbox logins: alice (no second factor), bob (SMS), carol (WebAuthn only); each password is the login followed by -password.
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
# $advice: what failed and what to do, a sentence.
cleura-kept-token-unchecked = Could not check your kept token: { $advice } Sign in, or try again later.
# $error: why, in Cleura's words.
cleura-session-ended = { $error }: your session has ended; sign in again.

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

