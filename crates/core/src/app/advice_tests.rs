use super::*;
use crate::strength::estimate;

#[test]
fn english_says_what_the_estimator_says() {
    for w in Warning::ALL {
        assert_eq!(warning(Lang::En, w), w.english(), "{w:?}");
    }
    for s in Suggestion::ALL {
        assert_eq!(suggestion(Lang::En, s), s.english(), "{s:?}");
    }
}

#[test]
fn every_piece_of_advice_is_said_in_french() {
    for w in Warning::ALL {
        let said = warning(Lang::Fr, w);
        assert_ne!(said, w.english(), "{w:?}");
        assert!(!said.starts_with("strength-"), "{w:?}: {said}");
    }
    for s in Suggestion::ALL {
        let said = suggestion(Lang::Fr, s);
        assert_ne!(said, s.english(), "{s:?}");
        assert!(!said.starts_with("strength-"), "{s:?}: {said}");
    }
}

#[test]
fn a_weak_passphrase_is_advised_in_french() {
    let feedback = estimate("Password", &[]).feedback;
    assert_eq!(
        advice(Lang::Fr, &feedback, 2).as_deref(),
        Some(
            "C’est l’un des 10 mots de passe les plus courants. \
             Une majuscule au début n’aide pas beaucoup. \
             Ajoutez un mot ou deux, de préférence peu courants."
        )
    );
    assert_eq!(
        advice(Lang::En, &feedback, 2).as_deref(),
        Some(
            "This is a top-10 common password. Capitalization doesn't help very much. \
             Add another word or two. Uncommon words are better."
        )
    );
    let feedback = estimate("ertyuiop", &[]).feedback;
    assert!(
        advice(Lang::Fr, &feedback, 2)
            .unwrap_or_default()
            .contains("rangées de touches"),
        "{feedback:?}"
    );
}
