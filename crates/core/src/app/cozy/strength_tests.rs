use super::*;

#[test]
fn common_passphrases_are_weak_and_say_why() {
    let s = Strength::measure("password", &[]);
    assert!(!s.enough());
    let refusal = s.refusal(Lang::En);
    assert!(refusal.contains("of 4"), "{refusal}");
    assert!(s.advice(Lang::En).is_some());
}

#[test]
fn advice_explains_the_trick_then_what_to_do() {
    let s = Strength::measure("Password1", &[]);
    let advice = s.advice(Lang::En).unwrap_or_default();
    let trick = advice
        .find("Capitalization doesn't help")
        .unwrap_or(usize::MAX);
    let more = advice.find("Add another word").unwrap_or(usize::MAX);
    assert!(trick < more && more < usize::MAX, "{advice}");
}

#[test]
fn a_french_refusal_gives_french_advice() {
    let refusal = Strength::measure("Password1", &[]).refusal(Lang::Fr);
    assert!(
        refusal.contains("Une majuscule au début n’aide pas beaucoup."),
        "{refusal}"
    );
    assert!(!refusal.contains("Capitalization"), "{refusal}");
}

#[test]
fn long_unusual_passphrases_are_enough() {
    let s = Strength::measure("correct horse battery staple of tuesday", &[]);
    assert!(s.enough(), "{s:?}");
}

#[test]
fn personal_details_weaken_a_passphrase() {
    let personal = vec!["alicewonderland@example.org".to_string()];
    let with = Strength::measure("alicewonderland@example.org", &personal);
    assert!(!with.enough(), "{with:?}");
}
