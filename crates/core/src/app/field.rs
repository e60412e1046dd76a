//! A one-line text field: editing (through tui-input), a character rule applied as the
//! person types or pastes, a length limit, masking for secrets, and the error shown under it
//! that the next edit clears.

use std::borrow::Cow;

use ratatui::crossterm::event::{Event as CtEvent, KeyEvent};
use tui_input::{Input, InputRequest, backend::crossterm::to_input_request};
use zeroize::Zeroize;

use crate::lang::{Arg, Lang, tr, tr_args};

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
        '\t' => tr_args(lang, "shared-field-char-tab", &[("code", escaped().into())]).into_owned(),
        c if c.is_whitespace() => tr_args(
            lang,
            "shared-field-char-other-space",
            &[("code", escaped().into())],
        )
        .into_owned(),
        c if c.is_control() => escaped(),
        c => tr_args(lang, "shared-field-char", &[("char", c.to_string().into())]).into_owned(),
    }
}

/// Remarks said one after the other, as the language joins clauses.
fn one_after_another(lang: Lang, remarks: Vec<String>) -> Option<String> {
    remarks.into_iter().reduce(|said, more| {
        tr_args(
            lang,
            "shared-and",
            &[("said", said.into()), ("more", more.into())],
        )
        .into_owned()
    })
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
                tr_args(
                    lang,
                    "shared-field-left-out-spaces",
                    &[
                        ("count", chars.len().into()),
                        ("why", Arg::Text(why.said(lang))),
                    ],
                )
            } else {
                tr_args(
                    lang,
                    "shared-field-left-out",
                    &[
                        ("what", listed(lang, &chars, 6).into()),
                        ("why", Arg::Text(why.said(lang))),
                    ],
                )
            };
            remarks.push(said.into_owned());
        }
        if !self.lowered.is_empty() {
            let lower: Vec<char> = self.lowered.iter().map(char::to_ascii_lowercase).collect();
            remarks.push(
                tr_args(
                    lang,
                    "shared-field-lowered",
                    &[
                        ("from", listed(lang, &self.lowered, 6).into()),
                        ("to", listed(lang, &lower, 6).into()),
                    ],
                )
                .into_owned(),
            );
        }
        if self.cut {
            remarks
                .push(tr_args(lang, "shared-field-cut", &[("max", max_chars.into())]).into_owned());
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
    /// Why the value cannot be used; cleared by the next edit.
    pub error: Option<String>,
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
            error: None,
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
                    self.error = None;
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
            remarks
                .push(tr_args(lang, "shared-field-named", &[("name", name.into())]).into_owned());
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
            .inspect_err(|why| self.error = Some(why.clone()))
    }

    fn take_exactly(&mut self, value: &str) -> Result<(), String> {
        let lang = self.lang;
        let count = value.chars().count();
        if count > self.max_chars {
            return Err(tr_args(
                lang,
                "shared-field-too-long",
                &[
                    ("label", self.label.as_ref().into()),
                    ("max", self.max_chars.into()),
                    ("count", count.into()),
                ],
            )
            .into_owned());
        }
        let mut taken = String::with_capacity(value.len());
        for c in value.chars() {
            match self.rule.apply(c) {
                Ok((c, _)) => taken.push(c),
                Err(why) => {
                    return Err(tr_args(
                        lang,
                        "shared-field-cannot-hold",
                        &[
                            ("label", self.label.as_ref().into()),
                            ("char", shown(lang, c).into()),
                            ("why", Arg::Text(why.said(lang))),
                        ],
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
        self.error = None;
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
                    self.error = None;
                }
                Err(why) => taken.refused.push((c, why)),
            }
        }
        taken
    }

    fn insert_char(&mut self, c: char) {
        let lang = self.lang;
        if self.input.value().chars().count() >= self.max_chars {
            self.note = Some(
                tr_args(
                    lang,
                    "shared-field-at-most",
                    &[("max", self.max_chars.into())],
                )
                .into_owned(),
            );
            return;
        }
        match self.rule.apply(c) {
            Ok((lowered, changed)) => {
                self.input.handle(InputRequest::InsertChar(lowered));
                self.error = None;
                if changed {
                    self.note = Some(
                        tr_args(
                            lang,
                            "shared-field-typed-lowered",
                            &[
                                ("from", shown(lang, c).into()),
                                ("to", shown(lang, lowered).into()),
                            ],
                        )
                        .into_owned(),
                    );
                }
            }
            Err(why) => {
                self.note = Some(
                    tr_args(
                        lang,
                        "shared-field-typed-left-out",
                        &[
                            ("char", shown(lang, c).into()),
                            ("why", Arg::Text(why.said(lang))),
                        ],
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
            .field("error", &self.error)
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
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    fn key(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn slug_lowers_uppercase_and_refuses_others_with_a_reason() {
        let mut f = TextField::new("Address", CharRule::Slug, 30);
        f.handle_key(&key('A'));
        assert_eq!(
            f.note.as_deref(),
            Some("“A” became “a”: addresses are lowercase")
        );
        f.handle_key(&key('-'));
        assert!(
            f.note.as_deref().unwrap_or("").contains("“-”"),
            "{:?}",
            f.note
        );
        f.handle_key(&key('1'));
        assert_eq!(f.note, None, "the next key clears the remark");
        assert_eq!(f.value(), "a1");
    }

    #[test]
    fn an_answer_is_taken_exactly_or_refused_with_the_reason() {
        let mut slug = TextField::new("Address", CharRule::Slug, 30);
        assert_eq!(slug.answer("Alice"), Ok(()));
        assert_eq!(slug.value(), "alice", "case is lowered, as typing does");
        let e = slug.answer("Other-Cozy🦊3").unwrap_err();
        assert!(e.contains("“-”"), "{e}");
        assert_eq!(slug.value(), "alice", "left as it was");
        assert_eq!(
            slug.error.as_deref(),
            Some(e.as_str()),
            "the reason under it"
        );
        let e = slug.answer(&"a".repeat(40)).unwrap_err();
        assert!(e.contains("at most 30") && e.contains("40"), "{e}");
        let mut email = TextField::new("Email", CharRule::NoSpace, 254);
        let e = email.answer("ali ce@example.org").unwrap_err();
        assert!(e.contains("spaces"), "{e}");
        let mut password = TextField::new("Password", CharRule::Printable, 256).secret();
        let e = password.answer("pass\u{1}word").unwrap_err();
        assert!(e.contains("\\u{1}"), "{e}");
        assert!(password.answer(&"x".repeat(314)).is_err());
        assert_eq!(password.answer(" spaces around "), Ok(()));
        assert_eq!(
            password.value(),
            " spaces around ",
            "a secret is taken whole"
        );
    }

    #[test]
    fn paste_never_carries_a_newline_and_respects_the_limit() {
        let mut f = TextField::new("Email", CharRule::NoSpace, 10);
        f.paste("  abc\r\ndef\n");
        assert_eq!(f.value(), "abcdef");
        f.paste(&"x".repeat(100));
        assert_eq!(f.value().chars().count(), 10);
        assert!(f.note.as_deref().unwrap_or("").contains("cut at 10"));
    }

    #[test]
    fn digits_refuse_letters() {
        let mut f = TextField::new("Code", CharRule::Digits, 6);
        f.paste("12-34 5a6");
        assert_eq!(f.value(), "123456");
        assert_eq!(
            f.note.as_deref(),
            Some("left out “-”, a space, “a”: only the digits 0–9 go here")
        );
    }

    const LINK: &str = "http://127.0.0.1:4000/cozy/activate/3dfb649c80712791";

    #[test]
    fn a_paste_from_a_bordered_box_loses_the_borders_and_its_pieces_join() {
        // One row of a box, copied with its sides and padding.
        let mut f = TextField::new("Link", CharRule::NoSpace, 300);
        f.paste(&format!("│{LINK}      │"));
        assert_eq!(f.value(), LINK);
        assert_eq!(
            f.note.as_deref(),
            Some("removed 2 border characters (“│”) from what was pasted")
        );
        // A link broken over two rows of a box.
        let mut f = TextField::new("Link", CharRule::NoSpace, 300);
        f.paste("│http://127.0.0.1:4000/cozy/│\n│activate/3dfb649c80712791   │\n");
        assert_eq!(f.value(), LINK);
        let note = f.note.clone().unwrap_or_default();
        assert!(
            note.starts_with("removed 4 border characters (“│”)"),
            "{note}"
        );
        assert!(note.contains("joined its 2 lines"), "{note}");
        // A link over whole rows of the terminal (no box): the line break goes, as it always
        // did, without a word (a paste with line breaks does what it does without them).
        let mut f = TextField::new("Link", CharRule::NoSpace, 300);
        f.paste("http://127.0.0.1:4000/cozy/acti\r\nvate/3dfb649c80712791");
        assert_eq!(f.value(), LINK);
        assert_eq!(f.note, None);
        // A corner, a rule and a QR code's blocks are border characters too; in any field.
        let mut f = TextField::new("Name", CharRule::Printable, 300);
        f.paste("┌──┐ Jane ▀▄█");
        assert_eq!(f.value(), "Jane");
        let note = f.note.clone().unwrap_or_default();
        assert!(
            note.contains("removed 7 border characters (“┌”, “─”, “┐”, “▀”, …)"),
            "{note}"
        );
    }

    #[test]
    fn what_a_field_leaves_out_or_changes_is_named_on_paste_and_on_typing() {
        let mut slug = TextField::new("Address", CharRule::Slug, 30);
        slug.paste("Jane.Doe");
        assert_eq!(slug.value(), "janedoe");
        assert_eq!(
            slug.note.as_deref(),
            Some(
                "left out “.”: use lowercase letters a–z and digits 0–9; \
                 lowered “J”, “D” to “j”, “d”: addresses are lowercase"
            )
        );
        let mut slug = TextField::new("Address", CharRule::Slug, 30);
        for c in "Jane.Doe".chars() {
            slug.handle_key(&key(c));
            if c == '.' {
                assert_eq!(
                    slug.note.as_deref(),
                    Some("“.” left out: use lowercase letters a–z and digits 0–9")
                );
            }
        }
        assert_eq!(slug.note, None, "a key taken as typed says nothing");
        assert_eq!(slug.value(), "janedoe");
        slug.handle_key(&key('X'));
        assert_eq!(
            slug.note.as_deref(),
            Some("“X” became “x”: addresses are lowercase")
        );

        let mut email = TextField::new("Email", CharRule::NoSpace, 254);
        email.paste("Jane Doe <jane@example.org>");
        assert_eq!(email.value(), "jane@example.org");
        assert_eq!(
            email.note.as_deref(),
            Some("kept the address inside < > and left out the name “Jane Doe”")
        );
        let mut email = TextField::new("Email", CharRule::NoSpace, 254);
        email.paste("jane @ example.org");
        assert_eq!(email.value(), "jane@example.org");
        assert_eq!(
            email.note.as_deref(),
            Some("left out 2 spaces: spaces are not allowed here")
        );
        email.handle_key(&key(' '));
        assert_eq!(
            email.note.as_deref(),
            Some("a space left out: spaces are not allowed here")
        );
        // A script's answer is refused with the rule named, never rewritten.
        let e = email.answer("Jane Doe <jane@example.org>").unwrap_err();
        assert_eq!(
            e,
            "Email: a space cannot be in it (spaces are not allowed here)."
        );
        let mut slug = TextField::new("Address", CharRule::Slug, 30);
        let e = slug.answer("jane.doe").unwrap_err();
        assert_eq!(
            e,
            "Address: “.” cannot be in it (use lowercase letters a–z and digits 0–9)."
        );
    }

    #[test]
    fn a_field_given_its_language_says_its_notes_and_refusals_in_it() {
        let french = |text: &str| {
            text.replace(" :", "\u{a0}:")
                .replace(" ;", "\u{202f};")
                .replace("« ", "«\u{a0}")
                .replace(" »", "\u{a0}»")
        };
        let mut slug = TextField::new("Adresse", CharRule::Slug, 30).lang(Lang::Fr);
        slug.paste("Jeanne.Doe");
        assert_eq!(
            slug.note.as_deref(),
            Some(
                french(
                    "ignoré : « . » (utilisez des minuscules a–z et des chiffres 0–9) ; \
                     « J », « D » mis en minuscules (« j », « d ») : une adresse s’écrit en \
                     minuscules"
                )
                .as_str()
            )
        );
        slug.handle_key(&key('X'));
        assert_eq!(
            slug.note.as_deref(),
            Some(french("« X » devient « x » : une adresse s’écrit en minuscules").as_str())
        );
        let mut email = TextField::new("Adresse e-mail", CharRule::NoSpace, 254).lang(Lang::Fr);
        email.paste("jeanne @ example.org");
        assert_eq!(
            email.note.as_deref(),
            Some(french("ignoré : 2 espaces (les espaces ne sont pas acceptées ici)").as_str())
        );
        assert_eq!(
            email.answer("Jeanne <j@example.org>"),
            Err(french(
                "Adresse e-mail : impossible d’y mettre une espace (les espaces ne sont pas \
                 acceptées ici)."
            ))
        );
        let mut code = TextField::new("Code", CharRule::Digits, 6).lang(Lang::Fr);
        code.paste("│1234567│");
        assert_eq!(
            code.note.as_deref(),
            Some(
                french(
                    "2 caractères de bordure retirés (“│”) du texte collé ; coupé à 6 \
                     caractères, le maximum de ce champ"
                )
                .replace("“│”", "«\u{a0}│\u{a0}»")
                .as_str()
            )
        );
    }

    #[test]
    fn an_edit_clears_the_error_but_a_cursor_move_does_not() {
        let mut f = TextField::new("Email", CharRule::NoSpace, 50).with_value("ab");
        f.error = Some("bad".into());
        f.handle_key(&KeyEvent::new(KeyCode::Left, KeyModifiers::NONE));
        assert!(f.error.is_some());
        f.handle_key(&KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
        assert!(f.error.is_none());
        assert_eq!(f.value(), "b");
    }

    #[test]
    fn a_secret_never_reaches_debug_output() {
        let f = TextField::new("Password", CharRule::Printable, 50)
            .secret()
            .with_value("hunter2");
        let shown = format!("{f:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("[redacted]"));
        let plain = TextField::new("Email", CharRule::Printable, 50).with_value("a@b.c");
        assert!(format!("{plain:?}").contains("a@b.c"));
    }

    #[test]
    fn a_secret_is_masked_unless_revealed() {
        let mut f = TextField::new("Password", CharRule::Printable, 50)
            .secret()
            .with_value("hunter2");
        assert_eq!(f.display(), "•••••••");
        f.revealed = true;
        assert_eq!(f.display(), "hunter2");
    }

    #[test]
    fn the_cursor_counts_wide_characters_twice_and_scrolls() {
        let f = TextField::new("Name", CharRule::Printable, 50).with_value("日本語abc");
        assert_eq!(f.visual_cursor(40), (9, 0));
        let (col, start) = f.visual_cursor(4);
        assert!(col < 4, "{col}");
        assert!(start > 0);
    }
}

#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    #[derive(Debug, Clone)]
    enum Op {
        Key(char),
        Paste(String),
        Back,
        Left,
        Home,
        KillLine,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            any::<char>().prop_map(Op::Key),
            ".{0,200}".prop_map(Op::Paste),
            "[日本語🎉👩‍👩‍👧\\n\\r\\t a-z]{0,40}".prop_map(Op::Paste),
            Just(Op::Back),
            Just(Op::Left),
            Just(Op::Home),
            Just(Op::KillLine),
        ]
    }

    proptest! {
        #[test]
        fn a_field_stays_within_its_limit_and_its_rule(
            max in 1usize..40,
            rule in prop_oneof![Just(CharRule::Printable), Just(CharRule::NoSpace), Just(CharRule::Slug), Just(CharRule::Digits)],
            ops in prop::collection::vec(op(), 0..60),
        ) {
            let mut f = TextField::new("Field", rule, max);
            for op in ops {
                match op {
                    Op::Key(c) => { f.handle_key(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)); }
                    Op::Paste(text) => f.paste(&text),
                    Op::Back => { f.handle_key(&KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)); }
                    Op::Left => { f.handle_key(&KeyEvent::new(KeyCode::Left, KeyModifiers::NONE)); }
                    Op::Home => { f.handle_key(&KeyEvent::new(KeyCode::Home, KeyModifiers::NONE)); }
                    Op::KillLine => { f.handle_key(&KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)); }
                }
                let value = f.value();
                prop_assert!(value.chars().count() <= max);
                prop_assert!(f.cursor() <= value.chars().count());
                prop_assert!(!value.chars().any(|c| c.is_control()), "{value:?}");
                match rule {
                    CharRule::Slug => prop_assert!(value.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())),
                    CharRule::Digits => prop_assert!(value.chars().all(|c| c.is_ascii_digit())),
                    CharRule::NoSpace => prop_assert!(!value.chars().any(char::is_whitespace)),
                    CharRule::Printable => {}
                }
                let (col, _) = f.visual_cursor(10);
                prop_assert!(col < 10);
            }
        }
    }
}
