//! What makes a weak passphrase weak, and what to do about it, in words.

use super::{Match, Pattern, scoring};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Feedback {
    pub warning: Option<&'static str>,
    pub suggestions: Vec<&'static str>,
}

const MORE_WORDS: &str = "Add another word or two. Uncommon words are better.";

/// Advice for a passphrase of this score covered by `sequence`; none for a strong one.
pub fn advise(score: u8, sequence: &[Match]) -> Feedback {
    if sequence.is_empty() {
        return Feedback {
            warning: None,
            suggestions: vec![
                "Use a few words, avoid common phrases.",
                "No need for symbols, digits, or uppercase letters.",
            ],
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
                1 => "Straight rows of keys are easy to guess.",
                _ => "Short keyboard patterns are easy to guess.",
            }),
            suggestions: vec!["Use a longer keyboard pattern with more turns."],
        },
        Pattern::Repeat { base_token, .. } => Feedback {
            warning: Some(if base_token.chars().count() == 1 {
                "Repeats like \"aaa\" are easy to guess."
            } else {
                "Repeats like \"abcabcabc\" are only slightly harder to guess than \"abc\"."
            }),
            suggestions: vec!["Avoid repeated words and characters."],
        },
        Pattern::Sequence { .. } => Feedback {
            warning: Some("Sequences like abc or 6543 are easy to guess."),
            suggestions: vec!["Avoid sequences."],
        },
        Pattern::RecentYear => Feedback {
            warning: Some("Recent years are easy to guess."),
            suggestions: vec![
                "Avoid recent years.",
                "Avoid years that are associated with you.",
            ],
        },
        Pattern::Date { .. } => Feedback {
            warning: Some("Dates are often easy to guess."),
            suggestions: vec!["Avoid dates and years that are associated with you."],
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
            ..=10 => "This is a top-10 common password.",
            ..=100 => "This is a top-100 common password.",
            _ => "This is a very common password.",
        }),
        Some(D::Passwords) if scoring::guesses(m, m.token.chars().count()) <= 1e4 => {
            Some("This is similar to a commonly used password.")
        }
        Some(D::EnglishWikipedia) if alone => Some("A word by itself is easy to guess."),
        Some(d) if d.is_name() && alone => {
            Some("Names and surnames by themselves are easy to guess.")
        }
        Some(d) if d.is_name() => Some("Common names and surnames are easy to guess."),
        None => Some("Your own details are easy to guess."),
        _ => None,
    };
    let mut suggestions = Vec::new();
    let word = &m.token;
    let mut chars = word.chars();
    let starts_upper = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.clone().count() > 0
        && !chars.any(|c| c.is_ascii_uppercase());
    if starts_upper {
        suggestions.push("Capitalization doesn't help very much.");
    } else if !word.chars().any(|c| c.is_ascii_lowercase())
        && super::dictionary::lower(word) != *word
    {
        suggestions.push("All-uppercase is almost as easy to guess as all-lowercase.");
    }
    if *reversed && word.chars().count() >= 4 {
        suggestions.push("Reversed words aren't much harder to guess.");
    }
    if !l33t.is_empty() {
        suggestions.push("Predictable substitutions like '@' instead of 'a' don't help very much.");
    }
    Feedback {
        warning,
        suggestions,
    }
}

#[cfg(test)]
mod tests {
    use super::super::estimate;

    #[test]
    fn common_passwords_say_how_common() {
        let f = estimate("password", &[]).feedback;
        assert_eq!(f.warning, Some("This is a top-10 common password."));
        assert_eq!(f.suggestions[0], super::MORE_WORDS);
        let f = estimate("Password", &[]).feedback;
        assert_eq!(f.suggestions[0], "Capitalization doesn't help very much.");
        assert_eq!(f.suggestions[1], super::MORE_WORDS);
        let f = estimate("P@SSWORD", &[]).feedback;
        assert!(
            f.suggestions.iter().any(|s| s.contains("All-uppercase")),
            "{f:?}"
        );
        assert!(
            f.suggestions.iter().any(|s| s.contains("substitutions")),
            "{f:?}"
        );
    }

    #[test]
    fn patterns_are_named() {
        let warning = |p: &str| estimate(p, &[]).feedback.warning.unwrap_or_default();
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
        assert_eq!(own.warning, Some("Your own details are easy to guess."));
    }

    #[test]
    fn strong_passphrases_get_no_advice() {
        let f = estimate("correct horse battery staple of tuesday", &[]).feedback;
        assert_eq!(f, super::Feedback::default());
    }
}
