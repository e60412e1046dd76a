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
#[path = "advice_tests.rs"]
mod tests;
