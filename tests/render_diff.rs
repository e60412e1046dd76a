//! A frame writes to the terminal only the cells that changed since the last one: a key
//! that moves a selection or types a letter rewrites a row, not the screen.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic here is a test failing

mod common;

use cloudboard::app::App;
use common::counting::Counting;
use common::regions::{at_regions, at_sign_in, domains, key, typed};
use ratatui::Terminal;
use ratatui::crossterm::event::KeyCode;

fn frame(terminal: &mut Terminal<Counting>, app: &App) -> usize {
    terminal
        .draw(|f| {
            cloudboard::ui::view(app, f);
        })
        .expect("draw");
    terminal.backend_mut().take()
}

#[test]
fn the_first_frame_writes_the_screen_and_an_unchanged_one_writes_nothing() {
    let app = at_regions(200, 60, domains(1000));
    let mut terminal = Terminal::new(Counting::new(200, 60)).unwrap();
    let first = frame(&mut terminal, &app);
    assert!(first > 2000, "the table fills the screen: {first} cells");
    assert_eq!(frame(&mut terminal, &app), 0);
}

#[test]
fn moving_the_selection_rewrites_the_two_rows_it_leaves_and_reaches() {
    let mut app = at_regions(200, 60, domains(1000));
    let mut terminal = Terminal::new(Counting::new(200, 60)).unwrap();
    frame(&mut terminal, &app);
    key(&mut app, KeyCode::Down);
    let written = frame(&mut terminal, &app);
    // Two rows of the table plus the position shown in the footer, at most.
    assert!(written > 0, "the selection moved on screen");
    assert!(written <= 2 * 200 + 40, "{written} cells for one step down");
}

#[test]
fn a_letter_typed_into_the_filter_rewrites_little_more_than_the_letter_and_the_rows() {
    let mut app = at_regions(200, 60, domains(1000));
    let mut terminal = Terminal::new(Counting::new(200, 60)).unwrap();
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "Rg99");
    frame(&mut terminal, &app);
    typed(&mut app, "9");
    let written = frame(&mut terminal, &app);
    assert!(written > 0);
    // "Rg999" leaves one row of eleven: the letter, the vanished rows, the count.
    assert!(written < 200 * 14, "{written} cells");
}

#[test]
fn a_letter_typed_into_a_sign_in_field_rewrites_a_handful_of_cells() {
    let mut app = at_sign_in(100, 30);
    let mut terminal = Terminal::new(Counting::new(100, 30)).unwrap();
    typed(&mut app, "ali");
    frame(&mut terminal, &app);
    typed(&mut app, "c");
    let written = frame(&mut terminal, &app);
    assert!((1..=4).contains(&written), "{written} cells for one letter");
}
