use super::*;
use crate::app::OutboxMessage;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn outbox_with(link: &str) -> Outbox {
    Outbox {
        messages: vec![OutboxMessage {
            id: 1,
            kind: "email".into(),
            to: "me@example.org".into(),
            subject: "Activate your Cozy".into(),
            body: String::new(),
            link: Some(link.into()),
            code: None,
            at: String::new(),
        }],
        ..Outbox::default()
    }
}

fn screen_rows(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn a_link_longer_than_the_terminal_fills_whole_rows_with_nothing_else_on_them() {
    let link =
        "http://127.0.0.1:40587/cozy/instances/bench1.mycozy.cloud/?registerToken=0123456789abcdef";
    let mut terminal = Terminal::new(TestBackend::new(40, 12)).unwrap();
    terminal
        .draw(|f| {
            draw_over(
                &outbox_with(link),
                Lang::En,
                f,
                f.area(),
                &Theme::new(false),
            )
        })
        .unwrap();
    let rows = screen_rows(&terminal);
    let start = rows.iter().position(|r| r.starts_with("http://")).unwrap();
    let mut joined = String::new();
    for row in &rows[start..] {
        if !joined.is_empty() && !row.starts_with(|c: char| !c.is_whitespace() && c != '│') {
            break;
        }
        assert!(!row.contains('│'), "no border on a link's row: {rows:#?}");
        joined.push_str(row.trim_end());
    }
    assert_eq!(joined, link, "{rows:#?}");
    assert_eq!(rows[start].chars().count(), 40);
    assert!(
        !rows[start].ends_with(' '),
        "the first row is full: {rows:#?}"
    );
}

#[test]
fn beside_the_body_a_link_stays_within_the_panel() {
    let link = "http://127.0.0.1:40587/cozy/activate/3dfb649c80712791";
    let drawn = |panel_width: u16, link: &str| {
        let mut terminal = Terminal::new(TestBackend::new(100, 12)).unwrap();
        terminal
            .draw(|f| {
                let panel = Rect::new(100 - panel_width, 0, panel_width, 12);
                draw(&outbox_with(link), Lang::En, f, panel, &Theme::new(false));
            })
            .unwrap();
        screen_rows(&terminal)
    };
    // Wider than the box by its borders: over them, whole on one row.
    let rows = drawn(link.len() as u16, link);
    let row = rows.iter().find(|r| r.contains("http://")).unwrap();
    assert!(row.ends_with(link), "{rows:#?}");
    assert!(!row.contains('│'), "{rows:#?}");
    // In the box when it fits.
    let rows = drawn(60, link);
    assert!(
        rows.iter().any(|r| r.ends_with(&format!("│{link:<58}│"))),
        "{rows:#?}"
    );
    // Wider than the panel: broken between its parts, inside the box, not over the body.
    let rows = drawn(30, link);
    assert!(rows.iter().all(|r| r[..70].trim().is_empty()), "{rows:#?}");
    assert!(
        rows.iter()
            .any(|r| r.ends_with("│http://127.0.0.1:40587/cozy/│")),
        "{rows:#?}"
    );
}
