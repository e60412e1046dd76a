//! A notice shown for a while over the bottom of the screen: what just happened, in words,
//! with a sign that reads without colour.

use std::time::Instant;

use crate::lang::Lang;
use crate::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Something done ("sent to the terminal's clipboard").
    Done,
    /// Something to know (a damaged state file set aside).
    Note,
    /// Something that failed.
    Problem,
}

impl Tone {
    pub fn sign(self) -> &'static str {
        match self {
            Tone::Done => "✓",
            Tone::Note => "i",
            Tone::Problem => "✗",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toast {
    pub text: String,
    pub tone: Tone,
    pub until: Instant,
}

/// A launcher's failure in a few words: its first line, cut, and what to do instead.
pub fn no_browser(why: &str) -> String {
    no_browser_in(Lang::En, why)
}

/// `no_browser` in `lang` (the launcher's own words stay as it said them).
pub fn no_browser_in(lang: Lang, why: &str) -> String {
    const MAX: usize = 60;
    let first = why.lines().next().unwrap_or_default().trim();
    let mut short: String = first.chars().take(MAX).collect();
    if first.chars().count() > MAX {
        short.push('…');
    }
    tr!(lang, "shared-no-browser", why = short).into_owned()
}

#[cfg(test)]
#[path = "toast_tests.rs"]
mod tests;
