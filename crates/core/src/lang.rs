//! The language people read cloudboard in, and its words.
//!
//! Which language: `--lang`, else the config file's `lang`, else the environment as POSIX
//! reads it (`LC_ALL`, then `LC_MESSAGES`, then `LANG`), else English (`resolve`). The words:
//! one Project Fluent catalogue per language, `locales/<code>.ftl` at the top of the
//! repository, built into the binary (nothing is read at run time); `tr` and `tr_args` look a
//! message up. Placeholders and plurals are the catalogue's business: `{ $count -> [one] …
//! *[other] … }` follows each language's plural rules (CLDR), so French says "0 fichier"
//! where English says "0 files".
//!
//! A message missing from a language falls back to English, then to its id: a missing
//! translation shows English words, never nothing (and a test holds every catalogue to the
//! same messages).

use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberStyle};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

impl Lang {
    /// Every language with a catalogue, English first (not the pseudo-language).
    pub const ALL: [Lang; SPOKEN.len()] = SPOKEN;

    /// Its code, as `--lang`, the config file and the Cloudery's `locale` say it (ISO 639-1,
    /// with a region where a catalogue has one: `pt-BR`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Pseudo => "pseudo",
            spoken => CATALOGUES[spoken.index()].0,
        }
    }

    /// The language a POSIX locale name speaks (`fr_FR.UTF-8`, `fr_CA`, `fr`, `en_GB@euro`),
    /// if cloudboard speaks it: the language with its region where a catalogue has both
    /// (`pt_BR` → `pt-BR`), else the language alone.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let name = locale.split(['.', '@']).next().unwrap_or_default();
        let mut parts = name.split(['_', '-']);
        let language = parts.next().unwrap_or_default();
        let with_region = parts.next().map(|region| format!("{language}-{region}"));
        let speaks = |code: &str| {
            Lang::ALL
                .into_iter()
                .find(|lang| code.eq_ignore_ascii_case(lang.code()))
        };
        with_region
            .and_then(|code| speaks(&code))
            .or_else(|| speaks(language))
    }

    /// Its place in `BUNDLES`: the catalogues', then the pseudo-language's.
    fn index(self) -> usize {
        self as usize
    }
}

/// The language of this run: the flag, else the config file's, else the environment's
/// (`env` reads a variable). As POSIX says, the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
/// that is set and not empty names the locale, even when it is `C` or a language cloudboard
/// does not speak: then it is English. As GNU gettext does, `LANGUAGE` (`de:fr:en`, in order
/// of preference) comes first, unless the locale is `C` or `POSIX` (or none is set), where
/// programs speak English whatever `LANGUAGE` says.
pub fn resolve(
    flag: Option<Lang>,
    config: Option<Lang>,
    env: impl Fn(&str) -> Option<String>,
) -> Lang {
    flag.or(config).unwrap_or_else(|| {
        let set = |name: &str| env(name).filter(|value| !value.is_empty());
        let Some(locale) = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(&set) else {
            return Lang::default();
        };
        if is_c_locale(&locale) {
            return Lang::default();
        }
        set("LANGUAGE")
            .and_then(|list| list.split(':').find_map(Lang::from_locale))
            .or_else(|| Lang::from_locale(&locale))
            .unwrap_or_default()
    })
}

/// `C`, `POSIX`, `C.UTF-8`: the locale of programs that speak no language but English.
fn is_c_locale(locale: &str) -> bool {
    let name = locale.split(['.', '@']).next().unwrap_or_default();
    name == "C" || name == "POSIX"
}

/// The language a run's own environment names (`resolve` without a flag or config).
pub fn from_environment() -> Lang {
    resolve(None, None, |name| std::env::var(name).ok())
}

/// `--lang` as given among `args` (`--lang fr` or `--lang=fr`), read before clap parses them
/// so that `--help` can already speak it; an unknown value is left for clap to refuse.
pub fn flag_in(args: &[std::ffi::OsString]) -> Option<Lang> {
    let mut args = args.iter().filter_map(|a| a.to_str());
    let mut found = None;
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(value) = value {
            found = <Lang as clap::ValueEnum>::from_str(value, true).ok();
        }
    }
    found
}

type Bundle = FluentBundle<FluentResource>;

/// A catalogue is parsed in parts, named by their messages' first word (`cozy-…`,
/// `scripts-…`), the last part holding every other message (the home, the keys, quitting).
/// A screen needs one or two parts: the home screen, drawn before anything else, parses a
/// fifth of the English catalogue rather than all of it, which was a fifth of the time to
/// its first frame. A message refers to others only in its own part (a test holds them to
/// it).
const PARTS: [&str; 7] = [
    "cozy",
    "cleura",
    "cloudsigma",
    "scripts",
    "shared",
    "strength",
    "",
];

/// The part that holds the message `id`.
fn part_of(id: &str) -> usize {
    let first = id.split('-').next().unwrap_or_default();
    PARTS
        .iter()
        .position(|part| *part == first)
        .unwrap_or(PARTS.len() - 1)
}

/// The messages of `source` that are in `part`, each with its continuation lines; comments,
/// which nothing reads at run time, are left out.
fn part_source(source: &str, part: usize) -> String {
    let mut out = String::new();
    let mut keep = false;
    for line in source.split_inclusive('\n') {
        if line.starts_with('#') {
            continue;
        }
        if let Some(id) = entry_id(line) {
            keep = part_of(id) == part;
        }
        if keep {
            out.push_str(line);
        }
    }
    out
}

/// The id of the message a line begins (`home-title = …`), if it begins one.
fn entry_id(line: &str) -> Option<&str> {
    let id = line.split('=').next()?.trim_end();
    let well_formed = id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    well_formed.then_some(id)
}

/// Each language's catalogue, part by part, parsed the first time a message in that part is
/// asked for: a run parses what it shows in the language it speaks (and English only when a
/// message is wanted in English), not every catalogue built into the binary, which would
/// cost every start their memory and time. Parsed from the text built into the binary: a
/// syntax error keeps what parsed (the tests refuse one).
static BUNDLES: [[OnceLock<Bundle>; PARTS.len()]; SPOKEN.len() + 1] =
    [const { [const { OnceLock::new() }; PARTS.len()] }; SPOKEN.len() + 1];

/// The part of the catalogue of `lang` that holds `id`, parsed now if it was not yet.
fn bundle_of(lang: Lang, id: &str) -> Option<&'static Bundle> {
    let part = part_of(id);
    let made = BUNDLES.get(lang.index())?.get(part)?;
    Some(made.get_or_init(|| match lang {
        Lang::Pseudo => {
            let english = CATALOGUES[Lang::En.index()].1;
            let mut pseudo = bundle(Lang::Pseudo, part_source(english, part));
            pseudo.set_transform(Some(pseudo_letters));
            pseudo
        }
        spoken => bundle(spoken, part_source(CATALOGUES[spoken.index()].1, part)),
    }))
}

fn bundle(lang: Lang, source: String) -> Bundle {
    // The pseudo-language is English, and counts as English does.
    let code = if lang == Lang::Pseudo {
        "en"
    } else {
        lang.code()
    };
    let mut bundle = FluentBundle::new_concurrent(vec![code.parse().unwrap_or_default()]);
    // No Unicode isolation marks around placeholders: a terminal would count them as cells
    // (or show them), and no message here mixes writing directions.
    bundle.set_use_isolating(false);
    // In every language's bundle, so that any catalogue may use them; each is added once.
    let _ = bundle.add_function("ELISION", elision);
    let _ = bundle.add_builtins();
    bundle.set_formatter(Some(write_number));
    let resource = match FluentResource::try_new(source) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    // A message twice: the first stands (the tests refuse it).
    let _ = bundle.add_resource(resource);
    bundle
}

/// A number in a message, as its language writes it: "1,234.5" in English, "1 234,5" in
/// French (`NumberSigns`). Fluent's options are kept: `NUMBER($n, useGrouping: "false")`
/// writes no group sign, `minimumFractionDigits` and `maximumFractionDigits` the decimals.
fn write_number(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    intls
        .with_try_get::<NumberSigns, _, _>((), |signs| signs.write(number))
        .ok()
        .flatten()
}

/// How a language writes numbers, as its catalogue says (`number-decimal-sign`,
/// `number-group-sign`). Fluent tells a number formatter its bundle's language only through
/// the formatters it keeps for it (`Memoizable`), so this is one, made once a bundle. The
/// two messages hold no number, so reading them formats none (and takes no lock this holds).
struct NumberSigns {
    decimal: String,
    group: String,
}

impl intl_memoizer::Memoizable for NumberSigns {
    type Args = ();
    type Error = std::convert::Infallible;

    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        let lang = Lang::from_locale(&lang.to_string()).unwrap_or_default();
        Ok(NumberSigns {
            decimal: tr(lang, "number-decimal-sign").into_owned(),
            group: tr(lang, "number-group-sign").into_owned(),
        })
    }
}

impl NumberSigns {
    /// `number` with these signs; `None` (Fluent's own digits) for what has no digits to
    /// group (infinity, not a number) or another style than a plain decimal.
    fn write(&self, number: &FluentNumber) -> Option<String> {
        let options = &number.options;
        if !number.value.is_finite() || options.style != FluentNumberStyle::Decimal {
            return None;
        }
        let digits = match options.maximum_fraction_digits {
            Some(most) => {
                let least = options.minimum_fraction_digits.unwrap_or(0).min(most);
                let mut digits = format!("{:.most$}", number.value);
                let point = digits.find('.').unwrap_or(digits.len());
                while digits.len() > point + 1 + least && digits.ends_with('0') {
                    digits.pop();
                }
                digits.trim_end_matches('.').to_string()
            }
            None => number.as_string().into_owned(),
        };
        let (minus, digits) = match digits.strip_prefix('-') {
            Some(digits) => ("-", digits),
            None => ("", digits.as_str()),
        };
        let (whole, decimals) = match digits.split_once('.') {
            Some((whole, decimals)) => (whole, Some(decimals)),
            None => (digits, None),
        };
        let mut written = minus.to_string();
        for (at, digit) in whole.char_indices() {
            if options.use_grouping && at > 0 && (whole.len() - at) % 3 == 0 {
                written.push_str(&self.group);
            }
            written.push(digit);
        }
        if let Some(decimals) = decimals.filter(|decimals| !decimals.is_empty()) {
            written.push_str(&self.decimal);
            written.push_str(decimals);
        }
        Some(written)
    }
}

/// `ELISION($name)` in a catalogue: `vowel` when `name` begins with the sound before which
/// French elides "de", "que", "le" or "la" ("d’alice", "qu’emma"), `other` otherwise, for a
/// message to select on: `{ ELISION($login) -> [vowel] d’{ $login } *[other] de { $login } }`.
/// The names it sees (logins, emails, addresses, places) are rarely words a dictionary knows,
/// so it goes by their first letters (`begins_with_vowel_sound`).
fn elision<'a>(positional: &[FluentValue<'a>], _named: &FluentArgs) -> FluentValue<'a> {
    let vowel = match positional.first() {
        Some(FluentValue::String(text)) => begins_with_vowel_sound(text),
        _ => false,
    };
    FluentValue::from(if vowel { "vowel" } else { "other" })
}

/// Whether French hears a vowel first in `text`, as its letters say it: a vowel, accented or
/// not (a, é, î, ô, ù, œ, and the å, ø or í of names from elsewhere); an h before a vowel,
/// taken as mute as in most names ("d’Hélène", "d’hugo.dupont") though a few words have an
/// aspirated h that no rule of letters can tell; a y before a consonant ("d’Yves"), but not
/// before a vowel, where it sounds as a consonant ("de Yasmine"). A digit, a sign, or an h
/// before a consonant (spelt out, "de HQ") is no vowel: no elision.
fn begins_with_vowel_sound(text: &str) -> bool {
    const VOWELS: &str = "aàáâãäåæeèéêëiìíîïoòóôõöøœuùúûüyýÿ";
    let mut letters = text.chars().flat_map(char::to_lowercase);
    let is_vowel = |c: Option<char>| c.is_some_and(|c| VOWELS.contains(c));
    match letters.next() {
        Some('h') => is_vowel(letters.next()),
        Some('y' | 'ý' | 'ÿ') => !is_vowel(letters.next()),
        first => is_vowel(first),
    }
}

/// The pseudo-language's text: English with each vowel and some consonants accented, every
/// letter still one cell wide, so its screens keep English's layout and any word in plain
/// letters (a vowel unaccented) came from no catalogue. Placeholders, which hold data, are
/// left alone by Fluent.
fn pseudo_letters(text: &str) -> Cow<'_, str> {
    const PLAIN: &str = "aeiouycnAEIOUYCN";
    const ACCENTED: [char; 16] = [
        'à', 'é', 'î', 'ö', 'ü', 'ÿ', 'ç', 'ñ', 'À', 'É', 'Î', 'Ö', 'Ü', 'Ý', 'Ç', 'Ñ',
    ];
    if !text.contains(|c| PLAIN.contains(c)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| PLAIN.find(c).map_or(c, |at| ACCENTED[at]))
            .collect(),
    )
}

/// The message `id` in `lang`.
pub fn tr(lang: Lang, id: &str) -> Cow<'static, str> {
    format(lang, id, None)
}

/// The message `id` in `lang`, for the places that keep a `&'static str` (a field's label, a
/// request's words). A message without placeholders is the catalogue's own text, built into
/// the binary; one made anew (the pseudo-language's, or an id no catalogue has) is made once
/// per language and kept for the run, so asking again costs no memory.
pub fn tr_static(lang: Lang, id: &str) -> &'static str {
    static MADE: LazyLock<
        std::sync::Mutex<std::collections::HashMap<(Lang, String), &'static str>>,
    > = LazyLock::new(Default::default);
    match tr(lang, id) {
        Cow::Borrowed(said) => said,
        Cow::Owned(said) => {
            let mut made = MADE
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            made.entry((lang, id.to_string()))
                .or_insert_with(|| Box::leak(said.into_boxed_str()))
        }
    }
}

/// The message `id` in `lang`, its placeholders (`{ $name }`) filled from `args`: text or
/// numbers (a number chooses a plural form).
pub fn tr_args(lang: Lang, id: &str, args: &[(&str, Arg)]) -> Cow<'static, str> {
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent.set(*name, value.fluent());
    }
    format(lang, id, Some(&fluent))
}

/// The message `id` in `lang`, its placeholders named as a struct's fields are:
/// `tr!(lang, "cozy-hash-failed", why = error.to_string())`, or `tr!(lang, id, fqdn)` for
/// a variable of the placeholder's own name. A value is text or a number (`Arg`).
#[macro_export]
macro_rules! tr {
    (@value $name:ident $value:expr) => {
        $value
    };
    (@value $name:ident) => {
        $name
    };
    ($lang:expr, $id:expr $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $crate::lang::tr_args(
            $lang,
            $id,
            &[$((
                stringify!($name),
                $crate::lang::Arg::from($crate::tr!(@value $name $($value)?)),
            )),*],
        )
    };
}

/// A value for a placeholder.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
    /// A number as a machine writes it, "1234.50" (an amount a provider sent as text): said
    /// as the language writes numbers ("1 234,50" in French) with every digit it has, or as
    /// it is when it is no such number or has more digits than a number here keeps.
    Decimal(Cow<'a, str>),
}

impl Arg<'_> {
    fn fluent(&self) -> FluentValue<'_> {
        match self {
            Arg::Text(text) => FluentValue::from(text.as_ref()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Decimal(text) => match text.parse::<FluentNumber>() {
                Ok(number) if number.as_string() == text.as_ref() => FluentValue::from(number),
                _ => FluentValue::from(text.as_ref()),
            },
        }
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64);

fn format(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Cow<'static, str> {
    [lang, Lang::En]
        .into_iter()
        .find_map(|lang| {
            let bundle = bundle_of(lang, id)?;
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(id, lang = lang.code(), ?errors, "a message did not format");
            }
            Some(text)
        })
        .unwrap_or_else(|| {
            tracing::warn!(id, "no such message");
            Cow::Owned(id.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    #[test]
    fn the_language_is_the_flag_then_the_config_then_the_environment() {
        use Lang::{En, Fr};
        /// The flag, the config file's, the environment, and the language they make.
        type Row = (
            Option<Lang>,
            Option<Lang>,
            &'static [(&'static str, &'static str)],
            Lang,
        );
        let table: &[Row] = &[
            // The flag, then the config file.
            (Some(Fr), Some(En), &[("LANG", "en_US.UTF-8")], Fr),
            (Some(En), Some(Fr), &[("LC_ALL", "fr_FR.UTF-8")], En),
            (None, Some(Fr), &[("LANG", "en_US.UTF-8")], Fr),
            (None, Some(En), &[("LC_ALL", "fr_FR.UTF-8")], En),
            // The environment, as POSIX orders it.
            (None, None, &[("LANG", "fr_FR.UTF-8")], Fr),
            (None, None, &[("LANG", "fr_CA")], Fr),
            (None, None, &[("LANG", "fr")], Fr),
            (None, None, &[("LANG", "fr_BE@euro")], Fr),
            (None, None, &[("LANG", "FR_fr.utf8")], Fr),
            (
                None,
                None,
                &[("LC_MESSAGES", "fr_FR.UTF-8"), ("LANG", "C")],
                Fr,
            ),
            (
                None,
                None,
                &[("LC_MESSAGES", "C"), ("LANG", "fr_FR.UTF-8")],
                En,
            ),
            (
                None,
                None,
                &[("LC_ALL", "fr_FR"), ("LC_MESSAGES", "en_US")],
                Fr,
            ),
            (None, None, &[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")], En),
            (
                None,
                None,
                &[("LC_ALL", "POSIX"), ("LANG", "fr_FR.UTF-8")],
                En,
            ),
            // Set but empty is not set.
            (None, None, &[("LC_ALL", ""), ("LANG", "fr_FR.UTF-8")], Fr),
            (None, None, &[("LANG", "")], En),
            (None, None, &[], En),
            // A language cloudboard does not speak, or a word that is no locale.
            (None, None, &[("LANG", "de_DE.UTF-8")], En),
            (None, None, &[("LC_ALL", "de_DE"), ("LANG", "fr_FR")], En),
            (None, None, &[("LANG", "french")], En),
            (None, None, &[("LANG", "en_GB.UTF-8")], En),
            // GNU's LANGUAGE, a list by preference, comes before the locale...
            (
                None,
                None,
                &[("LANGUAGE", "de:fr:en"), ("LANG", "en_US.UTF-8")],
                Fr,
            ),
            (
                None,
                None,
                &[("LANGUAGE", "en"), ("LANG", "fr_FR.UTF-8")],
                En,
            ),
            // ...falls back to it when it names no language cloudboard speaks...
            (
                None,
                None,
                &[("LANGUAGE", "de"), ("LANG", "fr_FR.UTF-8")],
                Fr,
            ),
            (None, None, &[("LANGUAGE", ""), ("LANG", "fr_FR.UTF-8")], Fr),
            // ...and is not read in the C locale, or with none.
            (None, None, &[("LANGUAGE", "fr"), ("LANG", "C.UTF-8")], En),
            (None, None, &[("LANGUAGE", "fr"), ("LC_ALL", "POSIX")], En),
            (None, None, &[("LANGUAGE", "fr")], En),
            // The flag and the config file still come first.
            (Some(En), None, &[("LANGUAGE", "fr"), ("LANG", "fr_FR")], En),
        ];
        for (flag, config, env, expected) in table {
            let vars: BTreeMap<&str, &str> = env.iter().copied().collect();
            let got = resolve(*flag, *config, |name| vars.get(name).map(|v| v.to_string()));
            assert_eq!(
                got, *expected,
                "flag {flag:?}, config {config:?}, env {env:?}"
            );
        }
    }

    #[test]
    fn the_flag_is_found_before_clap_parses() {
        let args =
            |list: &[&str]| -> Vec<std::ffi::OsString> { list.iter().map(Into::into).collect() };
        assert_eq!(
            flag_in(&args(&["cloudboard", "--lang", "fr"])),
            Some(Lang::Fr)
        );
        assert_eq!(
            flag_in(&args(&["cloudboard", "--lang=fr", "-h"])),
            Some(Lang::Fr)
        );
        assert_eq!(
            flag_in(&args(&["cloudboard", "cozy", "--lang", "FR", "--help"])),
            Some(Lang::Fr)
        );
        assert_eq!(flag_in(&args(&["cloudboard", "--lang", "xx"])), None);
        assert_eq!(flag_in(&args(&["cloudboard", "--help"])), None);
        assert_eq!(flag_in(&args(&["cloudboard", "--", "--lang", "fr"])), None);
    }

    /// Each catalogue's messages, and each message's placeholders, attributes and the
    /// messages it refers to (`{other-message}`).
    fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("the catalogue does not parse: {errors:?}"),
        };
        let mut found = BTreeMap::new();
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                _ => continue,
            };
            let mut parts = BTreeSet::new();
            if let Some(value) = &value {
                variables(value, &mut parts);
            }
            for attribute in &attributes {
                parts.insert(format!(".{}", attribute.id.name));
            }
            assert!(
                found.insert(id.clone(), parts).is_none(),
                "{id} is in the catalogue twice"
            );
        }
        found
    }

    fn variables(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, into);
            }
        }
    }

    fn expression_variables(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, into);
                for variant in variants {
                    variables(&variant.value, into);
                }
            }
            ast::Expression::Inline(inline) => inline_variables(inline, into),
        }
    }

    fn inline_variables(inline: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                into.insert(format!("${}", id.name));
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, into)
            }
            ast::InlineExpression::MessageReference { id, .. } => {
                into.insert(format!("{{{}}}", id.name));
            }
            _ => {}
        }
    }

    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        let english = messages(CATALOGUES[0].1);
        assert!(!english.is_empty());
        for (code, source) in &CATALOGUES[1..] {
            let other = messages(source);
            let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "locales/{code}.ftl: missing {missing:?}, not in English {extra:?}",
            );
            for (id, parts) in &english {
                assert_eq!(
                    &other[id], parts,
                    "locales/{code}.ftl: {id} has other placeholders or attributes",
                );
            }
        }
        for (index, lang) in Lang::ALL.iter().enumerate() {
            assert_eq!(lang.index(), index, "CATALOGUES is in the order of Lang");
            assert_eq!(lang.code(), CATALOGUES[index].0);
        }
    }

    #[test]
    fn a_catalogue_in_parts_is_the_whole_catalogue_and_each_part_stands_alone() {
        for (code, source) in CATALOGUES {
            let whole = messages(source);
            let mut in_parts = BTreeMap::new();
            for part in 0..PARTS.len() {
                for (id, placeholders) in messages(&part_source(source, part)) {
                    assert_eq!(
                        part_of(&id),
                        part,
                        "locales/{code}.ftl: {id} is in another part"
                    );
                    for reference in placeholders.iter().filter_map(|p| p.strip_prefix('{')) {
                        let reference = reference.trim_end_matches('}');
                        assert_eq!(
                            part_of(reference),
                            part,
                            "locales/{code}.ftl: {id} refers to {reference}, whose first word \
                             puts it in another part, where {id} cannot read it"
                        );
                    }
                    in_parts.insert(id, placeholders);
                }
            }
            assert_eq!(in_parts, whole, "locales/{code}.ftl");
        }
        // A message made of others says them in every language.
        assert!(tr(Lang::En, "cozy-token-needed-screen").starts_with("Creating a Cozy"));
        assert!(tr(Lang::Fr, "cozy-token-needed-screen").ends_with("Ctrl-O l’ouvre."));
    }

    #[test]
    fn french_follows_french_typography() {
        let french = CATALOGUES[Lang::Fr.index()].1;
        for line in french.lines().filter(|l| !l.trim_start().starts_with('#')) {
            for sign in ['?', '!', ':', ';'] {
                // A URL's colon is no punctuation.
                if sign == ':' && line.contains("://") {
                    continue;
                }
                for (at, _) in line.match_indices(sign) {
                    let before = line[..at].chars().last();
                    assert!(
                        matches!(before, Some('\u{202F}' | '\u{A0}')) || before.is_none(),
                        "a non-breaking space goes before {sign:?}: {line:?}"
                    );
                }
            }
            // Fluent's quotes around a sign no one could see are no French quotes.
            let text = line.replace(r#"{ "\u202F" }"#, "");
            assert!(!text.contains('"'), "French quotes are « »: {line:?}");
        }
    }

    #[test]
    fn messages_fill_their_placeholders_and_fall_back_to_english() {
        let said = tr_args(
            Lang::Fr,
            "too-small-size",
            &[
                ("width", 50u16.into()),
                ("height", 20u16.into()),
                ("min_width", 60u16.into()),
                ("min_height", 22u16.into()),
            ],
        );
        assert!(said.contains("50×20") && said.contains("60×22"), "{said}");
        assert!(!said.contains('\u{2068}'), "no isolation marks: {said:?}");
        assert_eq!(tr(Lang::En, "key-quit"), "quit");
        assert_eq!(tr(Lang::Fr, "key-quit"), "quitter");
        assert_eq!(tr(Lang::Fr, "no-such-message"), "no-such-message");
    }

    #[test]
    fn the_pseudo_language_marks_every_catalogue_word_and_leaves_data_alone() {
        assert_eq!(tr(Lang::Pseudo, "key-quit"), "qüît");
        let said = tr_args(
            Lang::Pseudo,
            "quit-in-progress",
            &[("what", "alice".into())],
        );
        assert_eq!(said, "Îñ prögréss: alice.");
        // Each letter stays one cell, so the pseudo-language's screens are English's.
        for message in ["help-close", "too-small-enlarge", "quit-choice"] {
            let english = tr(Lang::En, message);
            let pseudo = tr(Lang::Pseudo, message);
            assert_ne!(english, pseudo);
            assert_eq!(english.chars().count(), pseudo.chars().count());
        }
        assert!(
            !Lang::ALL.contains(&Lang::Pseudo),
            "no catalogue of its own"
        );
        assert_eq!(Lang::from_locale("pseudo"), None, "no locale names it");
    }

    #[test]
    fn placeholders_are_named_as_fields_are() {
        let fqdn = "alice.mycozy.cloud";
        let count = 3;
        assert_eq!(
            crate::tr!(
                Lang::En,
                "cozy-terms-position",
                first = 1,
                last = count,
                total = 39
            ),
            tr_args(
                Lang::En,
                "cozy-terms-position",
                &[
                    ("first", 1.into()),
                    ("last", 3.into()),
                    ("total", 39.into())
                ]
            )
        );
        assert_eq!(
            crate::tr!(Lang::Fr, "cozy-check-email-is-ready", fqdn),
            tr_args(
                Lang::Fr,
                "cozy-check-email-is-ready",
                &[("fqdn", fqdn.into())]
            )
        );
        assert!(crate::tr!(Lang::Fr, "cozy-check-email-is-ready", fqdn).contains(fqdn));
    }

    #[test]
    fn a_static_message_is_made_once() {
        assert_eq!(tr_static(Lang::En, "key-quit"), "quit");
        let first = tr_static(Lang::Pseudo, "key-quit");
        assert_eq!(first, "qüît");
        assert!(std::ptr::eq(first, tr_static(Lang::Pseudo, "key-quit")));
    }

    #[test]
    fn a_catalogue_is_found_by_its_file_alone() {
        // The build script makes a language of each file in locales/, English first.
        let files: BTreeSet<String> =
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales"))
                .unwrap()
                .filter_map(|entry| {
                    let name = entry.unwrap().file_name().into_string().unwrap();
                    name.strip_suffix(".ftl").map(str::to_string)
                })
                .collect();
        let spoken: BTreeSet<String> = Lang::ALL.iter().map(|l| l.code().to_string()).collect();
        assert_eq!(files, spoken);
        assert_eq!(Lang::ALL[0], Lang::En);
        assert_eq!(tr(Lang::Fr, "language-name"), "Français");
        assert_eq!(
            <Lang as clap::ValueEnum>::from_str("fr", false),
            Ok(Lang::Fr)
        );
    }

    #[test]
    fn a_vowel_sound_is_heard_in_the_first_letters() {
        for (name, vowel) in [
            ("alice", true),
            ("Emma@example.org", true),
            ("élodie.mycozy.cloud", true),
            ("Œdipe", true),
            ("Åsa", true),
            ("ursula", true),
            ("hélène", true),
            ("Hugo", true),
            ("Yves", true),
            ("bob", false),
            ("Yasmine", false),
            ("hq.example.org", false),
            ("8ball", false),
            ("_alice", false),
            ("", false),
        ] {
            assert_eq!(begins_with_vowel_sound(name), vowel, "{name:?}");
        }
    }

    #[test]
    fn french_elides_before_a_name_that_begins_with_a_vowel_sound() {
        let regions = |login: &str| crate::tr!(Lang::Fr, "cleura-regions-of", login);
        assert_eq!(regions("alice"), "Régions d’alice");
        assert_eq!(regions("bob"), "Régions de bob");
        assert_eq!(regions("Hélène"), "Régions d’Hélène");
        assert_eq!(regions("42"), "Régions de 42");
        let fqdn = "emma.mycozy.cloud";
        assert_eq!(
            crate::tr!(Lang::Fr, "cozy-heading-creating", fqdn),
            "Création d’emma.mycozy.cloud"
        );
        let signed_in = |login: &str| crate::tr!(Lang::Fr, "cleura-ask-signed-in-as", login);
        assert_eq!(signed_in("alice"), "Connexion à Cleura en tant qu’alice.");
        assert_eq!(signed_in("carol"), "Connexion à Cleura en tant que carol.");
        assert_eq!(
            crate::tr!(Lang::En, "cleura-regions-of", login = "alice"),
            "Regions of alice"
        );
        // Every language's bundle knows the function; a number is no name to elide before.
        let source = "of = { ELISION($name) ->\n        [vowel] d’{ $name }\n       *[other] de { $name }\n    }\n";
        let bundle = bundle(Lang::En, source.to_string());
        let pattern = bundle.get_message("of").unwrap().value().unwrap();
        for (name, expected) in [
            (FluentValue::from("ursula"), "d’ursula"),
            (FluentValue::from(8), "de 8"),
        ] {
            let mut args = FluentArgs::new();
            args.set("name", name);
            let mut errors = Vec::new();
            assert_eq!(
                bundle.format_pattern(pattern, Some(&args), &mut errors),
                expected
            );
            assert!(errors.is_empty(), "{errors:?}");
        }
    }

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        let source = "n = { $n }\n\
                      fixed = { NUMBER($n, minimumFractionDigits: 2) }\n\
                      round = { NUMBER($n, maximumFractionDigits: 1) }\n\
                      port = { NUMBER($n, useGrouping: \"false\") }\n";
        let thin = '\u{202F}';
        for (lang, id, n, expected) in [
            (Lang::En, "n", 2.5, "2.5".to_string()),
            (Lang::Fr, "n", 2.5, "2,5".to_string()),
            (Lang::En, "n", 999.0, "999".to_string()),
            (Lang::En, "n", 1000.0, "1,000".to_string()),
            (Lang::Fr, "n", 1000.0, format!("1{thin}000")),
            (
                Lang::Fr,
                "n",
                -1234567.25,
                format!("-1{thin}234{thin}567,25"),
            ),
            (Lang::Pseudo, "n", 12345.5, "12,345.5".to_string()),
            (Lang::Fr, "fixed", 3.0, "3,00".to_string()),
            (Lang::En, "round", 2.46, "2.5".to_string()),
            (Lang::Fr, "round", 1999.96, format!("2{thin}000")),
            (Lang::Fr, "port", 8080.0, "8080".to_string()),
        ] {
            let bundle = bundle(lang, source.to_string());
            let pattern = bundle.get_message(id).unwrap().value().unwrap();
            let mut args = FluentArgs::new();
            args.set("n", n);
            let mut errors = Vec::new();
            let said = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert_eq!(said, expected, "{lang:?} {id} {n}");
            assert!(errors.is_empty(), "{errors:?}");
        }
        // A catalogue's count, as its sentence says it.
        let regions = |lang| crate::tr!(lang, "cleura-count", shown = 1200, total = 1500);
        assert_eq!(regions(Lang::En), "1,200 of 1,500 regions");
        assert_eq!(
            regions(Lang::Fr),
            format!("1{thin}200 sur 1{thin}500 régions")
        );
    }

    #[test]
    fn plurals_follow_each_language_s_rules() {
        let source =
            "files = { $count ->\n    [one] { $count } file\n   *[other] { $count } files\n}\n";
        for (lang, count, expected) in [
            (Lang::En, 0, "0 files"),
            (Lang::En, 1, "1 file"),
            (Lang::En, 2, "2 files"),
            // French counts 0 and 1 as one.
            (Lang::Fr, 0, "0 file"),
            (Lang::Fr, 1, "1 file"),
            (Lang::Fr, 2, "2 files"),
        ] {
            let bundle = bundle(lang, source.to_string());
            let pattern = bundle.get_message("files").unwrap().value().unwrap();
            let mut args = FluentArgs::new();
            args.set("count", count);
            let said = bundle.format_pattern(pattern, Some(&args), &mut Vec::new());
            assert_eq!(said, expected, "{lang:?} {count}");
        }
    }
}
