//! What makes a weak passphrase weak, and what to do about it: as values, so that whoever
//! shows them says them in the person's language (`english` gives zxcvbn's own words).

use super::{Match, Pattern, scoring};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Feedback {
    pub warning: Option<Warning>,
    pub suggestions: Vec<Suggestion>,
}

/// What makes a passphrase easy to guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Warning {
    TopTenPassword,
    TopHundredPassword,
    VeryCommonPassword,
    SimilarToCommonPassword,
    WordByItself,
    NamesByThemselves,
    CommonNames,
    OwnDetails,
    StraightRows,
    ShortKeyboardPatterns,
    RepeatedCharacter,
    RepeatedPattern,
    Sequences,
    RecentYears,
    Dates,
}

/// What to do about it, or why a trick does not help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Suggestion {
    MoreWords,
    FewWords,
    NoNeedForSymbols,
    LongerKeyboardPattern,
    AvoidRepeats,
    AvoidSequences,
    AvoidRecentYears,
    AvoidYearsAssociated,
    AvoidDates,
    CapitalizationDoesNotHelp,
    AllUppercase,
    ReversedWords,
    PredictableSubstitutions,
}

impl Warning {
    pub const ALL: [Warning; 15] = [
        Warning::TopTenPassword,
        Warning::TopHundredPassword,
        Warning::VeryCommonPassword,
        Warning::SimilarToCommonPassword,
        Warning::WordByItself,
        Warning::NamesByThemselves,
        Warning::CommonNames,
        Warning::OwnDetails,
        Warning::StraightRows,
        Warning::ShortKeyboardPatterns,
        Warning::RepeatedCharacter,
        Warning::RepeatedPattern,
        Warning::Sequences,
        Warning::RecentYears,
        Warning::Dates,
    ];

    /// zxcvbn's words for it.
    pub fn english(self) -> &'static str {
        match self {
            Warning::TopTenPassword => "This is a top-10 common password.",
            Warning::TopHundredPassword => "This is a top-100 common password.",
            Warning::VeryCommonPassword => "This is a very common password.",
            Warning::SimilarToCommonPassword => "This is similar to a commonly used password.",
            Warning::WordByItself => "A word by itself is easy to guess.",
            Warning::NamesByThemselves => "Names and surnames by themselves are easy to guess.",
            Warning::CommonNames => "Common names and surnames are easy to guess.",
            Warning::OwnDetails => "Your own details are easy to guess.",
            Warning::StraightRows => "Straight rows of keys are easy to guess.",
            Warning::ShortKeyboardPatterns => "Short keyboard patterns are easy to guess.",
            Warning::RepeatedCharacter => "Repeats like \"aaa\" are easy to guess.",
            Warning::RepeatedPattern => {
                "Repeats like \"abcabcabc\" are only slightly harder to guess than \"abc\"."
            }
            Warning::Sequences => "Sequences like abc or 6543 are easy to guess.",
            Warning::RecentYears => "Recent years are easy to guess.",
            Warning::Dates => "Dates are often easy to guess.",
        }
    }
}

impl Suggestion {
    pub const ALL: [Suggestion; 13] = [
        Suggestion::MoreWords,
        Suggestion::FewWords,
        Suggestion::NoNeedForSymbols,
        Suggestion::LongerKeyboardPattern,
        Suggestion::AvoidRepeats,
        Suggestion::AvoidSequences,
        Suggestion::AvoidRecentYears,
        Suggestion::AvoidYearsAssociated,
        Suggestion::AvoidDates,
        Suggestion::CapitalizationDoesNotHelp,
        Suggestion::AllUppercase,
        Suggestion::ReversedWords,
        Suggestion::PredictableSubstitutions,
    ];

    /// zxcvbn's words for it.
    pub fn english(self) -> &'static str {
        match self {
            Suggestion::MoreWords => "Add another word or two. Uncommon words are better.",
            Suggestion::FewWords => "Use a few words, avoid common phrases.",
            Suggestion::NoNeedForSymbols => "No need for symbols, digits, or uppercase letters.",
            Suggestion::LongerKeyboardPattern => "Use a longer keyboard pattern with more turns.",
            Suggestion::AvoidRepeats => "Avoid repeated words and characters.",
            Suggestion::AvoidSequences => "Avoid sequences.",
            Suggestion::AvoidRecentYears => "Avoid recent years.",
            Suggestion::AvoidYearsAssociated => "Avoid years that are associated with you.",
            Suggestion::AvoidDates => "Avoid dates and years that are associated with you.",
            Suggestion::CapitalizationDoesNotHelp => "Capitalization doesn't help very much.",
            Suggestion::AllUppercase => {
                "All-uppercase is almost as easy to guess as all-lowercase."
            }
            Suggestion::ReversedWords => "Reversed words aren't much harder to guess.",
            Suggestion::PredictableSubstitutions => {
                "Predictable substitutions like '@' instead of 'a' don't help very much."
            }
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.english())
    }
}

impl std::fmt::Display for Suggestion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.english())
    }
}

const MORE_WORDS: Suggestion = Suggestion::MoreWords;

/// Advice for a passphrase of this score covered by `sequence`; none for a strong one.
pub fn advise(score: u8, sequence: &[Match]) -> Feedback {
    if sequence.is_empty() {
        return Feedback {
            warning: None,
            suggestions: vec![Suggestion::FewWords, Suggestion::NoNeedForSymbols],
        };
    }
    if score > 2 {
        return Feedback::default();
    }
    // The longest piece is what the passphrase mostly is.
    let longest = sequence.iter().fold(&sequence[0], |longest, m| {
        if m.token.chars().count() > longest.token.chars().count() {
            m
        } else {
            longest
        }
    });
    let mut feedback = about(longest, sequence.len() == 1);
    // Why a trick did not help ("Capitalization doesn't help very much") speaks to what the
    // person just did, so it comes first; otherwise more words is the best advice there is.
    let explains_a_trick = matches!(longest.pattern, Pattern::Dictionary { .. });
    let at = if explains_a_trick {
        feedback.suggestions.len()
    } else {
        0
    };
    feedback.suggestions.insert(at, MORE_WORDS);
    feedback
}

fn about(m: &Match, alone: bool) -> Feedback {
    match &m.pattern {
        Pattern::Dictionary { .. } => about_word(m, alone),
        Pattern::Spatial { turns, .. } => Feedback {
            warning: Some(match turns {
                1 => Warning::StraightRows,
                _ => Warning::ShortKeyboardPatterns,
            }),
            suggestions: vec![Suggestion::LongerKeyboardPattern],
        },
        Pattern::Repeat { base_token, .. } => Feedback {
            warning: Some(if base_token.chars().count() == 1 {
                Warning::RepeatedCharacter
            } else {
                Warning::RepeatedPattern
            }),
            suggestions: vec![Suggestion::AvoidRepeats],
        },
        Pattern::Sequence { .. } => Feedback {
            warning: Some(Warning::Sequences),
            suggestions: vec![Suggestion::AvoidSequences],
        },
        Pattern::RecentYear => Feedback {
            warning: Some(Warning::RecentYears),
            suggestions: vec![
                Suggestion::AvoidRecentYears,
                Suggestion::AvoidYearsAssociated,
            ],
        },
        Pattern::Date { .. } => Feedback {
            warning: Some(Warning::Dates),
            suggestions: vec![Suggestion::AvoidDates],
        },
        Pattern::Bruteforce => Feedback::default(),
    }
}

fn about_word(m: &Match, alone: bool) -> Feedback {
    let Pattern::Dictionary {
        dictionary,
        rank,
        reversed,
        l33t,
    } = &m.pattern
    else {
        return Feedback::default();
    };
    use super::Dictionary as D;
    let warning = match dictionary {
        Some(D::Passwords) if alone && !reversed && l33t.is_empty() => Some(match rank {
            ..=10 => Warning::TopTenPassword,
            ..=100 => Warning::TopHundredPassword,
            _ => Warning::VeryCommonPassword,
        }),
        Some(D::Passwords) if scoring::guesses(m, m.token.chars().count()) <= 1e4 => {
            Some(Warning::SimilarToCommonPassword)
        }
        Some(D::EnglishWikipedia) if alone => Some(Warning::WordByItself),
        Some(d) if d.is_name() && alone => Some(Warning::NamesByThemselves),
        Some(d) if d.is_name() => Some(Warning::CommonNames),
        None => Some(Warning::OwnDetails),
        _ => None,
    };
    let mut suggestions = Vec::new();
    let word = &m.token;
    let mut chars = word.chars();
    let starts_upper = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.clone().count() > 0
        && !chars.any(|c| c.is_ascii_uppercase());
    if starts_upper {
        suggestions.push(Suggestion::CapitalizationDoesNotHelp);
    } else if !word.chars().any(|c| c.is_ascii_lowercase())
        && super::dictionary::lower(word) != *word
    {
        suggestions.push(Suggestion::AllUppercase);
    }
    if *reversed && word.chars().count() >= 4 {
        suggestions.push(Suggestion::ReversedWords);
    }
    if !l33t.is_empty() {
        suggestions.push(Suggestion::PredictableSubstitutions);
    }
    Feedback {
        warning,
        suggestions,
    }
}

#[cfg(test)]
mod tests {
    use super::super::estimate;
    use super::{Suggestion, Warning};

    #[test]
    fn common_passwords_say_how_common() {
        let f = estimate("password", &[]).feedback;
        assert_eq!(f.warning, Some(Warning::TopTenPassword));
        assert_eq!(
            f.warning.map(Warning::english),
            Some("This is a top-10 common password.")
        );
        assert_eq!(f.suggestions[0], super::MORE_WORDS);
        let f = estimate("Password", &[]).feedback;
        assert_eq!(
            f.suggestions[0].english(),
            "Capitalization doesn't help very much."
        );
        assert_eq!(f.suggestions[1], super::MORE_WORDS);
        let f = estimate("P@SSWORD", &[]).feedback;
        assert!(f.suggestions.contains(&Suggestion::AllUppercase), "{f:?}");
        assert!(
            f.suggestions
                .contains(&Suggestion::PredictableSubstitutions),
            "{f:?}"
        );
    }

    #[test]
    fn patterns_are_named() {
        let warning = |p: &str| {
            estimate(p, &[])
                .feedback
                .warning
                .map(Warning::english)
                .unwrap_or_default()
        };
        assert!(warning("ertyuiop").contains("Straight rows"));
        assert!(warning("zxcvfrtgb").contains("keyboard patterns"));
        assert!(warning("/*-+9").contains("keyboard patterns"));
        assert!(warning("/8520").contains("Straight rows"));
        assert!(warning("aaaaaaaaa").contains("\"aaa\""));
        assert!(warning("tomtomtomtom").contains("\"abcabcabc\""));
        assert!(warning("bcdefghijk").contains("Sequences"));
        assert!(warning("13.5.1987").contains("Dates"));
        assert!(warning("sarah").contains("Names"));
        assert!(warning("historical").contains("word by itself"));
        let own = estimate("tinkerbell9", &["tinkerbell9"]).feedback;
        assert_eq!(own.warning, Some(Warning::OwnDetails));
    }

    #[test]
    fn strong_passphrases_get_no_advice() {
        let f = estimate("correct horse battery staple of tuesday", &[]).feedback;
        assert_eq!(f, super::Feedback::default());
    }
}
