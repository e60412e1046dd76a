//! No screen shows a word that is in no catalogue. In the pseudo-language every catalogue
//! word is drawn with accented letters (`qüît`), so a word in plain letters on a screen
//! drawn in it was written into the code, not the catalogue, and a French screen would show
//! it in English.

use std::collections::BTreeSet;

use cloudboard::lang::Lang;

use crate::common;
use crate::keymaps;

/// Words that are rightly the same in every language: names of keys as printed on them
/// (the key bar names them so in every language), of products, and the data the screens
/// below are given: what a person typed, what a provider answered, addresses.
const NOT_WORDS: &[&str] = &[
    // Keys.
    "Enter",
    "Esc",
    "Tab",
    "Space",
    "Del",
    // Products.
    "cloudboard",
    "Cozy",
    "Cleura",
    "Cloud",
    "CloudSigma",
    "Cloudery",
    // People and their addresses.
    "alice",
    "bob",
    "jane",
    "sam",
    "demo",
    "new",
    "example",
    "org",
    "com",
    "mycozy",
    "cloud",
    // Where a secrets file is (the CloudSigma account screens' fixture:
    // /home/you/.local/share/cloudboard/secrets/cloudsigma.secret).
    "home",
    "you",
    "local",
    "share",
    "secrets",
    "secret",
    // Cozy's web onboarding and activation links.
    "cozy",
    "cozycloud",
    "manager",
    "onboard",
    "offer",
    "default",
    "registerToken",
    // Cleura's regions, domains and projects as its API lists them.
    "Area",
    "Region",
    "Zone",
    "rest",
    "cleura",
    "active",
    "maint",
    "pending",
    "provisioned",
    "production",
    "staging",
    "id",
    "webauthn",
    // CloudSigma's locations as its API lists them, and its sandbox's confirm page.
    "api",
    "cloudsigma",
    "REGULAR",
    "confirm",
    "ADB",
    "Arabia",
    "Australia",
    "Cardiff",
    "Clark",
    "DUB",
    "DUS",
    "Dublin",
    "Dusseldorf",
    "FRA",
    "Frankfurt",
    "GVA",
    "Geneva",
    "Germany",
    "Honolulu",
    "Ireland",
    "Izmir",
    "Japan",
    "LON",
    "London",
    "Manila",
    "PER",
    "Perth",
    "Philippines",
    "RUH",
    "Riyadh",
    "Saudi",
    "States",
    "Switzerland",
    "TYO",
    "Tokyo",
    "Turkey",
    "UK",
    "United",
    "Washington",
    "Zurich",
    "dus",
    "ec",
    "fra",
    "gva",
    "lon",
    "per",
    "ruh",
    "sa",
    "servecentric",
    "siaflex",
    "tyo",
];

/// The words of `screen` written in plain ASCII letters with a vowel: a pseudo-language
/// word always has its vowels accented.
fn plain_words(screen: &str) -> BTreeSet<&str> {
    screen
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.len() > 1 && word.chars().all(|c| c.is_ascii_alphabetic()))
        .filter(|word| word.contains(|c: char| "aeiouyAEIOUY".contains(c)))
        .filter(|word| !NOT_WORDS.contains(word))
        .collect()
}

#[test]
fn every_word_on_every_screen_comes_from_a_catalogue() {
    let screens = common::speaking(Lang::Pseudo, keymaps::all_screens);
    let mut found = Vec::new();
    for screen in &screens {
        let drawn = common::render(&screen.app);
        let words = plain_words(&drawn);
        if !words.is_empty() {
            found.push(format!("{}: {words:?}", screen.name));
        }
    }
    assert!(
        found.is_empty(),
        "words in no catalogue:\n{}",
        found.join("\n")
    );
}
