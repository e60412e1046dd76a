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
