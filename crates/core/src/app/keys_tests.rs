use super::*;

#[test]
fn labels_read_as_the_key_bar_always_did() {
    assert_eq!(
        label(&[Key::Tab, Key::BackTab, Key::Up, Key::Down]),
        "Tab ↑/↓"
    );
    assert_eq!(label(&[Key::Char('o'), Key::Enter]), "o Enter");
    assert_eq!(
        label(&[
            Key::Up,
            Key::Down,
            Key::PageUp,
            Key::PageDown,
            Key::Home,
            Key::End
        ]),
        "↑/↓ PgUp/PgDn Home/End"
    );
    assert_eq!(label(&[Key::Ctrl('r')]), "Ctrl-R");
    assert_eq!(label(&[Key::Digits('1', '3')]), "1-3");
    assert_eq!(label(&[Key::BackTab]), "Shift-Tab");
    assert_eq!(
        label_in(Lang::Fr, &[Key::Typing, Key::Enter]),
        "tapez Enter"
    );
    assert_eq!(label(&[Key::Typing]), "type");
}

#[test]
fn a_letter_binding_takes_neither_ctrl_nor_alt() {
    let map = Keymap::new(Lang::En).bind_words(&[Key::Char('o')], "open", 1);
    assert_eq!(map.action(&Key::Char('o').press()), Some(1));
    assert_eq!(map.action(&Key::Ctrl('o').press()), None);
    let alt = KeyEvent::new(KeyCode::Char('o'), KeyModifiers::ALT);
    assert_eq!(map.action(&alt), None);
}

#[test]
fn a_binding_says_its_message_in_the_map_s_language() {
    for lang in [Lang::En, Lang::Fr] {
        let map = Keymap::new(lang).bind(&[Key::Esc], "cleura-key-cancel", 1);
        assert_eq!(
            map.help()[0].action,
            crate::lang::tr(lang, "cleura-key-cancel")
        );
    }
    assert_ne!(
        Keymap::new(Lang::Fr)
            .bind(&[Key::Esc], "cleura-key-cancel", 1)
            .help(),
        Keymap::new(Lang::En)
            .bind(&[Key::Esc], "cleura-key-cancel", 1)
            .help()
    );
}

#[test]
fn the_first_binding_that_takes_a_key_wins() {
    let map = Keymap::new(Lang::En)
        .bind_words(&[Key::Char('r')], "retry", 1)
        .bind_words(&[Key::Typing], "type", 2);
    assert_eq!(map.action(&Key::Char('r').press()), Some(1));
    assert_eq!(map.action(&Key::Char('x').press()), Some(2));
    assert_eq!(map.action(&Key::Enter.press()), None);
}

#[test]
fn keys_acting_apart_are_said_on_one_line() {
    let map = Keymap::new(Lang::En)
        .bind_words(&[Key::Up, Key::BackTab], "move", -1)
        .and(&[Key::Down, Key::Tab], 1);
    assert_eq!(map.help().len(), 1);
    assert_eq!(map.help()[0].label(), "↑/↓ Tab");
    assert_eq!(map.action(&Key::Down.press()), Some(1));
    assert_eq!(map.action(&Key::BackTab.press()), Some(-1));
}

#[test]
fn keys_with_the_same_words_share_a_line() {
    let map = Keymap::new(Lang::En)
        .bind_words(&[Key::Enter], "try again", 1)
        .bind_words(&[Key::Esc], "back", 2)
        .bind_words(&[Key::Char('r')], "try again", 1);
    let help = map.help();
    assert_eq!(help.len(), 2);
    assert_eq!(help[0].label(), "Enter r");
}

#[test]
fn the_global_keys_speak_the_run_s_language() {
    let words = |lang| -> Vec<String> {
        global(lang, false, true)
            .into_iter()
            .map(|k| format!("{} {}", k.label(), k.action))
            .collect()
    };
    assert_eq!(
        words(Lang::En),
        [
            "? F1 help",
            "F2 show/hide the sandbox outbox",
            "Ctrl-Z suspend",
            "Ctrl-C quit"
        ]
    );
    assert_eq!(
        words(Lang::Fr),
        [
            "? F1 aide",
            "F2 afficher/masquer la boîte d’envoi",
            "Ctrl-Z suspendre",
            "Ctrl-C quitter"
        ]
    );
}

#[test]
fn keys_joined_to_a_binding_that_does_not_hold_do_not_hold_either() {
    let map = Keymap::new(Lang::En)
        .bind_words(&[Key::Enter], "sign in", 1)
        .bind_if(false, &[Key::Tab], "move", 2)
        .and(&[Key::BackTab], 3)
        .bind_words(&[Key::Esc], "back", 4)
        .and(&[Key::Char('b')], 4);
    assert_eq!(map.action(&Key::BackTab.press()), None);
    assert_eq!(map.action(&Key::Char('b').press()), Some(4));
    assert_eq!(map.help().len(), 2);
    assert_eq!(map.help()[0].label(), "Enter");
}

#[test]
fn bindings_held_only_in_a_state() {
    let map = Keymap::new(Lang::En)
        .bind_if(false, &[Key::Char('s')], "sign out", 1)
        .bind_words(&[Key::Esc], "back", 2);
    assert_eq!(map.action(&Key::Char('s').press()), None);
    assert_eq!(map.help().len(), 1);
}
