use super::*;
use crate::app::field::CharRule;
use crate::app::problem::Problem;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn drawn(field: &TextField, width: u16, height: u16) -> Vec<String> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| {
            let theme = Theme::new(false);
            let field = Field {
                field,
                focused: false,
                theme: &theme,
            };
            frame.render_stateful_widget(field, frame.area(), &mut None);
        })
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

#[test]
fn the_widget_says_where_the_cursor_goes_when_focused_and_only_then() {
    let theme = Theme::new(false);
    let f = TextField::new("Email", CharRule::NoSpace, 50).with_value("jane");
    let area = Rect::new(3, 5, 24, 3);
    let cursor_of = |focused| {
        let mut buf = Buffer::empty(area);
        let mut cursor = None;
        Field {
            field: &f,
            focused,
            theme: &theme,
        }
        .render(area, &mut buf, &mut cursor);
        cursor
    };
    // Past "jane", behind the label's indent and the value's leading blank.
    assert_eq!(cursor_of(true), Some(Position::new(3 + 2 + 1 + 4, 6)));
    assert_eq!(cursor_of(false), None);
}
