//! The passphrase strength estimator's advice in the person's language. The estimator (its
//! own crate, free of the language machinery) says what it found as values; their words are
//! the catalogue's (`strength-` messages).

use std::borrow::Cow;

use crate::lang::{Lang, tr};
use crate::strength::{Suggestion, Warning};

/// What makes the passphrase easy to guess, in `lang`.
pub fn warning(lang: Lang, warning: Warning) -> Cow<'static, str> {
    tr(
        lang,
        match warning {
            Warning::TopTenPassword => "strength-warning-top-10",
            Warning::TopHundredPassword => "strength-warning-top-100",
            Warning::VeryCommonPassword => "strength-warning-very-common",
            Warning::SimilarToCommonPassword => "strength-warning-similar-to-common",
            Warning::WordByItself => "strength-warning-word-by-itself",
            Warning::NamesByThemselves => "strength-warning-names-by-themselves",
            Warning::CommonNames => "strength-warning-common-names",
            Warning::OwnDetails => "strength-warning-own-details",
            Warning::StraightRows => "strength-warning-straight-rows",
            Warning::ShortKeyboardPatterns => "strength-warning-short-keyboard-patterns",
            Warning::RepeatedCharacter => "strength-warning-repeated-character",
            Warning::RepeatedPattern => "strength-warning-repeated-pattern",
            Warning::Sequences => "strength-warning-sequences",
            Warning::RecentYears => "strength-warning-recent-years",
            Warning::Dates => "strength-warning-dates",
        },
    )
}

/// What to do about it, in `lang`.
pub fn suggestion(lang: Lang, suggestion: Suggestion) -> Cow<'static, str> {
    tr(
        lang,
        match suggestion {
            Suggestion::MoreWords => "strength-suggestion-more-words",
            Suggestion::FewWords => "strength-suggestion-few-words",
            Suggestion::NoNeedForSymbols => "strength-suggestion-no-need-for-symbols",
            Suggestion::LongerKeyboardPattern => "strength-suggestion-longer-keyboard-pattern",
            Suggestion::AvoidRepeats => "strength-suggestion-avoid-repeats",
            Suggestion::AvoidSequences => "strength-suggestion-avoid-sequences",
            Suggestion::AvoidRecentYears => "strength-suggestion-avoid-recent-years",
            Suggestion::AvoidYearsAssociated => "strength-suggestion-avoid-years-associated",
            Suggestion::AvoidDates => "strength-suggestion-avoid-dates",
            Suggestion::CapitalizationDoesNotHelp => "strength-suggestion-capitalization",
            Suggestion::AllUppercase => "strength-suggestion-all-uppercase",
            Suggestion::ReversedWords => "strength-suggestion-reversed-words",
            Suggestion::PredictableSubstitutions => "strength-suggestion-substitutions",
        },
    )
}

/// The advice for `feedback` in a sentence or three: the warning, then the first `most`
/// suggestions (the ones that speak to this passphrase come first).
pub fn advice(lang: Lang, feedback: &crate::strength::Feedback, most: usize) -> Option<String> {
    let parts: Vec<Cow<str>> = feedback
        .warning
        .map(|w| warning(lang, w))
        .into_iter()
        .chain(
            feedback
                .suggestions
                .iter()
                .take(most)
                .map(|s| suggestion(lang, *s)),
        )
        .collect();
    (!parts.is_empty()).then(|| parts.join(" "))
}

#[cfg(test)]
mod tests {
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
}
