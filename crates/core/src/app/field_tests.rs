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
    assert_eq!(slug.error(), Some(e.as_str()), "the reason under it");
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
    f.problem = Some(crate::app::problem::Problem::invalid("bad"));
    f.handle_key(&KeyEvent::new(KeyCode::Left, KeyModifiers::NONE));
    assert!(f.error().is_some());
    f.handle_key(&KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE));
    assert!(f.error().is_none());
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
