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


## CloudSigma: creating or signing in to an account, the location, the account
# (CloudSigma section: its messages go here, each id starting cloudsigma-.)


## The home: the menu and what each flow left behind
# (Home section: its messages go here, each id starting home-.)


## Parts every flow uses: fields and their checks, notices, the outbox, questions
# (Shared section: its messages go here, each id starting shared-.)


## The plain mode, answers files, the subcommands' human output and the options' help
# (Scripts section: its messages go here, each id starting scripts-.)


## The passphrase strength estimator's warnings and suggestions
# (Strength section: its messages go here, each id starting strength-.)

