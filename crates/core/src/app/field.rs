//! A one-line text field: editing (through tui-input), a character rule applied as the
//! person types or pastes, a length limit, masking for secrets, and the problem shown under
//! it that the next edit clears.

use std::borrow::Cow;

use ratatui::crossterm::event::{Event as CtEvent, KeyEvent};
use tui_input::{Input, InputRequest, backend::crossterm::to_input_request};
use zeroize::Zeroize;

use super::problem::Problem;
use crate::lang::{Arg, Lang, tr, tr_args};
use crate::tr;

/// What a field accepts, decided per character so the reason can be shown at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharRule {
    /// Any printable character.
    Printable,
    /// No white space (emails, logins, links, tokens).
    NoSpace,
    /// Lowercase ASCII letters and digits; uppercase is lowered (a Cozy address).
    Slug,
    /// ASCII digits only (codes).
    Digits,
}

/// Why a character is refused, said without the character so that refusals can be grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    Control,
    Space,
    NotSlug,
    NotDigit,
}

impl Refused {
    pub fn said(self, lang: Lang) -> Cow<'static, str> {
        tr(
            lang,
            match self {
                Refused::Control => "shared-field-why-control",
                Refused::Space => "shared-field-why-space",
                Refused::NotSlug => "shared-field-why-slug",
                Refused::NotDigit => "shared-field-why-digits",
            },
        )
    }
}

impl CharRule {
    /// The character to insert, or why it is refused; the second value says it was changed.
    fn apply(self, c: char) -> Result<(char, bool), Refused> {
        if c.is_control() {
            return Err(Refused::Control);
        }
        match self {
            CharRule::Printable => Ok((c, false)),
            CharRule::NoSpace if c.is_whitespace() => Err(Refused::Space),
            CharRule::NoSpace => Ok((c, false)),
            CharRule::Slug if c.is_ascii_lowercase() || c.is_ascii_digit() => Ok((c, false)),
            CharRule::Slug if c.is_ascii_uppercase() => Ok((c.to_ascii_lowercase(), true)),
            CharRule::Slug => Err(Refused::NotSlug),
            CharRule::Digits if c.is_ascii_digit() => Ok((c, false)),
            CharRule::Digits => Err(Refused::NotDigit),
        }
    }
}

/// A character as a remark names it: in quotes, or by name when it would not show.
fn shown(lang: Lang, c: char) -> String {
    let escaped = || c.escape_unicode().to_string();
    match c {
        ' ' => tr(lang, "shared-field-char-space").into_owned(),
        '\t' => tr!(lang, "shared-field-char-tab", code = escaped()).into_owned(),
        c if c.is_whitespace() => {
            tr!(lang, "shared-field-char-other-space", code = escaped()).into_owned()
        }
        c if c.is_control() => escaped(),
        c => tr!(lang, "shared-field-char", char = c.to_string()).into_owned(),
    }
}

/// Remarks said one after the other, as the language joins clauses.
fn one_after_another(lang: Lang, remarks: Vec<String>) -> Option<String> {
    remarks
        .into_iter()
        .reduce(|said, more| tr!(lang, "shared-and", said, more).into_owned())
}

/// Characters a copy from a bordered box or a drawn code brings: box drawing (U+2500–U+257F)
/// and block elements (U+2580–U+259F, what a QR code is drawn with).
fn is_border(c: char) -> bool {
    ('\u{2500}'..='\u{259F}').contains(&c)
}

/// The distinct characters of `chars` in the order first seen, named, at most `most`.
fn listed(lang: Lang, chars: &[char], most: usize) -> String {
    let mut distinct: Vec<char> = Vec::new();
    for &c in chars {
        if !distinct.contains(&c) {
            distinct.push(c);
        }
    }
    let mut names: Vec<String> = distinct
        .iter()
        .take(most)
        .map(|&c| shown(lang, c))
        .collect();
    if distinct.len() > most {
        names.push("…".into());
    }
    names.join(", ")
}

/// What became of pasted or set text, character by character: said in a note, so that
/// nothing is left out or changed without a word.
#[derive(Default)]
struct Taken {
    /// Characters refused, with the rule's reason.
    refused: Vec<(char, Refused)>,
    /// Uppercase letters lowered.
    lowered: Vec<char>,
    cut: bool,
}

impl Taken {
    /// What the note says: each refusal's characters with its reason, the letters lowered,
    /// the cut.
    fn remarks(&self, lang: Lang, max_chars: usize) -> Vec<String> {
        let mut remarks = Vec::new();
        let mut reasons: Vec<Refused> = Vec::new();
        for (_, why) in &self.refused {
            if !reasons.contains(why) {
                reasons.push(*why);
            }
        }
        for why in reasons {
            let chars: Vec<char> = self
                .refused
                .iter()
                .filter(|(_, w)| *w == why)
                .map(|(c, _)| *c)
                .collect();
            let said = if chars.iter().all(|c| *c == ' ') {
                tr!(
                    lang,
                    "shared-field-left-out-spaces",
                    count = chars.len(),
                    why = Arg::Text(why.said(lang))
                )
            } else {
                tr!(
                    lang,
                    "shared-field-left-out",
                    what = listed(lang, &chars, 6),
                    why = Arg::Text(why.said(lang))
                )
            };
            remarks.push(said.into_owned());
        }
        if !self.lowered.is_empty() {
            let lower: Vec<char> = self.lowered.iter().map(char::to_ascii_lowercase).collect();
            remarks.push(
                tr!(
                    lang,
                    "shared-field-lowered",
                    from = listed(lang, &self.lowered, 6),
                    to = listed(lang, &lower, 6)
                )
                .into_owned(),
            );
        }
        if self.cut {
            remarks.push(tr!(lang, "shared-field-cut", max = max_chars).into_owned());
        }
        remarks
    }
}

/// `Name <address>` (as a mail client copies a sender): the name and the address, when
/// the address has no space in it.
fn addressed(text: &str) -> Option<(String, String)> {
    let inner = text.strip_suffix('>')?;
    let (name, address) = inner.rsplit_once('<')?;
    let name = name.trim().trim_matches('"').trim();
    (!name.is_empty() && !address.is_empty() && !address.contains(char::is_whitespace))
        .then(|| (name.to_string(), address.to_string()))
}

#[derive(Clone)]
pub struct TextField {
    input: Input,
    pub label: Cow<'static, str>,
    pub placeholder: Cow<'static, str>,
    /// The language its notes and refusals are said in (English unless `lang` sets it).
    pub lang: Lang,
    pub max_chars: usize,
    pub rule: CharRule,
    pub secret: bool,
    /// A secret shown in clear on request (a reveal key), masked again on the next submit.
    pub revealed: bool,
    /// Why the value cannot be used (it breaks a rule, or the provider refused it); cleared
    /// by the next edit.
    pub problem: Option<Problem>,
    /// A passing remark about the last edit (a character refused or changed).
    pub note: Option<String>,
    /// For a value that is not secret as a whole but holds one (a link carrying a token):
    /// how to show it with the secret part masked, character for character.
    pub conceal: Option<fn(&str) -> String>,
}

impl TextField {
    pub fn new(label: impl Into<Cow<'static, str>>, rule: CharRule, max_chars: usize) -> TextField {
        TextField {
            // Room for the longest value up front so a secret is never reallocated and
            // left behind, unzeroized, in freed memory.
            input: Input::new(String::with_capacity(max_chars * 4)),
            label: label.into(),
            placeholder: Cow::Borrowed(""),
            lang: Lang::En,
            max_chars,
            rule,
            secret: false,
            revealed: false,
            problem: None,
            note: None,
            conceal: None,
        }
    }

    pub fn concealed_by(mut self, conceal: fn(&str) -> String) -> TextField {
        self.conceal = Some(conceal);
        self
    }

    pub fn secret(mut self) -> TextField {
        self.secret = true;
        self
    }

    pub fn placeholder(mut self, text: impl Into<Cow<'static, str>>) -> TextField {
        self.placeholder = text.into();
        self
    }

    /// Says its notes and refusals in `lang` (its label and placeholder are given in it).
    pub fn lang(mut self, lang: Lang) -> TextField {
        self.lang = lang;
        self
    }

    pub fn with_value(mut self, value: &str) -> TextField {
        self.set_value(value);
        self
    }

    pub fn value(&self) -> &str {
        self.input.value()
    }

    pub fn is_empty(&self) -> bool {
        self.input.value().is_empty()
    }

    pub fn set_value(&mut self, value: &str) {
        self.clear();
        self.insert_text(value);
        self.note = None;
    }

    /// Empties the field (zeroizing a secret's old value first).
    pub fn clear(&mut self) {
        let mut old = self.input.value_and_reset();
        old.zeroize();
        self.input = Input::new(String::with_capacity(self.max_chars * 4));
    }

    /// Applies a key; returns false when the key is not an edit (the screen handles it).
    pub fn handle_key(&mut self, key: &KeyEvent) -> bool {
        let Some(request) = to_input_request(&CtEvent::Key(*key)) else {
            return false;
        };
        self.note = None;
        match request {
            InputRequest::InsertChar(c) => {
                self.insert_char(c);
            }
            // Yank re-inserts text tui-input kept from an earlier kill: a copy of a secret
            // that outlives the field. Not offered.
            InputRequest::Yank => {}
            other => {
                let before = self.input.value().len();
                let response = self.input.handle(other);
                if response.is_some_and(|r| r.value) || before != self.input.value().len() {
                    self.problem = None;
                }
            }
        }
        true
    }

    /// Inserts pasted text at the cursor, cleaned of what a copy from a terminal brings:
    /// box-drawing and block characters (a bordered box's sides, a drawn code) are removed,
    /// and the lines of a copy are joined — from a box, each line's padding is dropped too, so
    /// the pieces of a link wrapped across its rows come together whole. Line breaks and tabs
    /// never submit or move focus; white space around the paste is trimmed (a copied line
    /// often ends in a newline). In a field without spaces, `Name <address>` gives the
    /// address. Whatever is removed, refused, changed or cut is named in the note.
    pub fn paste(&mut self, text: &str) {
        self.note = None;
        let lang = self.lang;
        let mut remarks: Vec<String> = Vec::new();
        let borders: Vec<char> = text.chars().filter(|&c| is_border(c)).collect();
        let unboxed: String = text.chars().filter(|&c| !is_border(c)).collect();
        let lines: Vec<&str> = unboxed
            .trim()
            .split(['\n', '\r'])
            .filter(|line| !line.is_empty())
            .collect();
        let joined: String = if borders.is_empty() {
            lines.concat()
        } else {
            lines.iter().map(|line| line.trim()).collect()
        };
        // A paste's line breaks alone go without a word, as if it had none; with a box's
        // borders, the note says the rows were joined into one.
        if !borders.is_empty() {
            let mut args = vec![
                ("count", borders.len().into()),
                ("chars", listed(lang, &borders, 4).into()),
            ];
            let id = if lines.len() > 1 {
                args.push(("lines", lines.len().into()));
                "shared-field-borders-joined"
            } else {
                "shared-field-borders"
            };
            remarks.push(tr_args(lang, id, &args).into_owned());
        }
        let mut flattened: String = joined
            .trim()
            .chars()
            .map(|c| if c == '\t' { ' ' } else { c })
            .collect();
        if self.rule == CharRule::NoSpace
            && let Some((name, address)) = addressed(&flattened)
        {
            remarks.push(tr!(lang, "shared-field-named", name).into_owned());
            flattened = address;
        }
        let taken = self.insert_text(&flattened);
        remarks.extend(taken.remarks(lang, self.max_chars));
        self.note = one_after_another(lang, remarks);
    }

    /// Takes an answer from a script, an answers file or the plain mode as the value, exactly
    /// as given: a character the field's rule refuses, or more characters than it holds, is
    /// refused with the reason — never dropped or cut, since a value sent must be the one
    /// given. Uppercase in an address is lowered, as typing it does (addresses are names
    /// without case). A refused answer leaves the value as it was and the reason under the
    /// field, as a refused edit would.
    pub fn answer(&mut self, value: &str) -> Result<(), String> {
        self.take_exactly(value)
            .inspect_err(|why| self.problem = Some(Problem::invalid(why.as_str())))
    }

    /// Its problem in words, as shown under it.
    pub fn error(&self) -> Option<&str> {
        self.problem.as_ref().map(|p| p.message.as_str())
    }

    fn take_exactly(&mut self, value: &str) -> Result<(), String> {
        let lang = self.lang;
        let count = value.chars().count();
        if count > self.max_chars {
            return Err(tr!(
                lang,
                "shared-field-too-long",
                label = self.label.as_ref(),
                max = self.max_chars,
                count
            )
            .into_owned());
        }
        let mut taken = String::with_capacity(value.len());
        for c in value.chars() {
            match self.rule.apply(c) {
                Ok((c, _)) => taken.push(c),
                Err(why) => {
                    return Err(tr!(
                        lang,
                        "shared-field-cannot-hold",
                        label = self.label.as_ref(),
                        char = shown(lang, c),
                        why = Arg::Text(why.said(lang))
                    )
                    .into_owned());
                }
            }
        }
        self.clear();
        for c in taken.chars() {
            self.input.handle(InputRequest::InsertChar(c));
        }
        taken.zeroize();
        self.problem = None;
        self.note = None;
        Ok(())
    }

    /// Inserts what the rule takes of `text` at the cursor, and says what it did not take.
    fn insert_text(&mut self, text: &str) -> Taken {
        let mut taken = Taken::default();
        for c in text.chars() {
            if self.input.value().chars().count() >= self.max_chars {
                taken.cut = true;
                break;
            }
            match self.rule.apply(c) {
                Ok((lowered, was_changed)) => {
                    if was_changed {
                        taken.lowered.push(c);
                    }
                    self.input.handle(InputRequest::InsertChar(lowered));
                    self.problem = None;
                }
                Err(why) => taken.refused.push((c, why)),
            }
        }
        taken
    }

    fn insert_char(&mut self, c: char) {
        let lang = self.lang;
        if self.input.value().chars().count() >= self.max_chars {
            self.note = Some(tr!(lang, "shared-field-at-most", max = self.max_chars).into_owned());
            return;
        }
        match self.rule.apply(c) {
            Ok((lowered, changed)) => {
                self.input.handle(InputRequest::InsertChar(lowered));
                self.problem = None;
                if changed {
                    self.note = Some(
                        tr!(
                            lang,
                            "shared-field-typed-lowered",
                            from = shown(lang, c),
                            to = shown(lang, lowered)
                        )
                        .into_owned(),
                    );
                }
            }
            Err(why) => {
                self.note = Some(
                    tr!(
                        lang,
                        "shared-field-typed-left-out",
                        char = shown(lang, c),
                        why = Arg::Text(why.said(lang))
                    )
                    .into_owned(),
                )
            }
        }
    }

    /// What the screen shows: the value, or one bullet per character for a masked secret.
    pub fn display(&self) -> String {
        match (self.secret, self.revealed, self.conceal) {
            (true, false, _) => "•".repeat(self.input.value().chars().count()),
            (false, false, Some(conceal)) => conceal(self.input.value()),
            _ => self.input.value().to_string(),
        }
    }

    /// The cursor as a count of characters from the start.
    pub fn cursor(&self) -> usize {
        self.input.cursor()
    }

    /// The cursor's column from the field's start, in terminal cells (wide characters count
    /// twice), given the field's width: also returns the first char shown (horizontal scroll).
    pub fn visual_cursor(&self, width: usize) -> (usize, usize) {
        use unicode_width::UnicodeWidthChar;
        let shown = self.display();
        let widths: Vec<usize> = shown.chars().map(|c| c.width().unwrap_or(0)).collect();
        let cursor = self.input.cursor().min(widths.len());
        let width = width.max(1);
        let mut start = 0;
        let mut col: usize = widths[..cursor].iter().sum();
        while col >= width && start < cursor {
            col -= widths[start];
            start += 1;
        }
        (col, start)
    }
}

/// A secret's value never reaches Debug output (logs, panic messages, test failures).
impl std::fmt::Debug for TextField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let value = if self.secret {
            "[redacted]".to_string()
        } else {
            format!("{:?}", self.input.value())
        };
        f.debug_struct("TextField")
            .field("label", &self.label)
            .field("value", &format_args!("{value}"))
            .field("revealed", &self.revealed)
            .field("problem", &self.problem)
            .field("note", &self.note)
            .finish_non_exhaustive()
    }
}

impl Drop for TextField {
    fn drop(&mut self) {
        if self.secret {
            let mut value = self.input.value_and_reset();
            value.zeroize();
        }
    }
}

#[cfg(test)]
#[path = "field_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "field_props_tests.rs"]
mod props;
