use super::*;
use crate::app::field::CharRule;
use crate::app::problem::Problem;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn drawn(field: &TextField, width: u16, height: u16) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| draw(frame, frame.area(), field, false, &Theme::new(false)))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..height)
        .map(|y| {
            let row: String = (0..width).map(|x| buffer[(x, y)].symbol()).collect();
            row.trim_end().to_string()
        })
        .collect()
}

#[test]
fn a_long_error_is_wrapped_under_the_value_and_the_rows_count_it() {
    let mut f = TextField::new("Email", CharRule::NoSpace, 50).with_value("jane");
    assert_eq!(rows(&f, 24), 3, "a row kept for a message to come");
    assert_eq!(rows_without_spare(&f, 24), 2);
    f.problem = Some(Problem::invalid("an email address needs an @ sign"));
    assert_eq!(rows(&f, 24), 4);
    assert_eq!(
        drawn(&f, 24, 4),
        [
            "  Email",
            "   jane",
            "  ✗ an email address",
            "    needs an @ sign"
        ]
    );
    assert_eq!(
        drawn(&f, 24, 3)[2],
        "  ✗ an email address…",
        "cut with a sign when the screen has less room"
    );
}

#[test]
fn an_error_wins_over_a_note() {
    let mut f = TextField::new("Code", CharRule::Digits, 6);
    f.note = Some("a letter left out".into());
    assert_eq!(drawn(&f, 30, 3)[2], "  i a letter left out");
    f.problem = Some(Problem::invalid("six digits"));
    let said = message(&f, 30, &Theme::new(false));
    assert_eq!(said.len(), 1);
    assert_eq!(said[0].to_string(), "✗ six digits");
    assert_eq!(drawn(&f, 30, 3)[2], "  ✗ six digits");
}
