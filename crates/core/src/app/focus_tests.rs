use super::*;
use ratatui::crossterm::event::KeyModifiers;

#[test]
fn the_focus_goes_round_both_ways() {
    let ring = ['a', 'b', 'c'];
    assert_eq!(step(&ring, 'a', true), 'b');
    assert_eq!(step(&ring, 'c', true), 'a');
    assert_eq!(step(&ring, 'a', false), 'c');
    assert_eq!(step(&ring, 'z', true), 'a');
    let key = |code| KeyEvent::new(code, KeyModifiers::NONE);
    assert_eq!(direction(&key(KeyCode::Tab)), Some(true));
    assert_eq!(direction(&key(KeyCode::Up)), Some(false));
    assert_eq!(direction(&key(KeyCode::Char('j'))), None);
}
