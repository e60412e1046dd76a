//! Property tests of what a person can throw at the app: random keys, pastes (up to 1 MB,
//! with control characters and newlines), mouse events and resizes down to 1x1. The app must
//! never panic, in `update` or in `view`, and a pasted newline must never act as Enter.

use crate::common;

use cloudboard::app::{self, App, Command, Commands, Msg};
use cloudboard::ui::Drawn;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event as CtEvent, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent,
    MouseEventKind,
};

fn key_code() -> impl Strategy<Value = KeyCode> {
    prop_oneof![
        any::<char>().prop_map(KeyCode::Char),
        proptest::char::range('a', 'z').prop_map(KeyCode::Char),
        proptest::char::range('0', '9').prop_map(KeyCode::Char),
        Just(KeyCode::Char('?')),
        Just(KeyCode::Char(' ')),
        Just(KeyCode::Enter),
        Just(KeyCode::Esc),
        Just(KeyCode::Tab),
        Just(KeyCode::BackTab),
        Just(KeyCode::Backspace),
        Just(KeyCode::Delete),
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::Home),
        Just(KeyCode::End),
        Just(KeyCode::PageUp),
        Just(KeyCode::PageDown),
        (1u8..13).prop_map(KeyCode::F),
    ]
}

fn modifiers() -> impl Strategy<Value = KeyModifiers> {
    prop_oneof![
        4 => Just(KeyModifiers::NONE),
        1 => Just(KeyModifiers::SHIFT),
        1 => Just(KeyModifiers::ALT),
        // Ctrl-C and Ctrl-Z end or stop the program; every other Ctrl key is fair game.
        1 => Just(KeyModifiers::CONTROL),
    ]
}

fn paste_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,40}",
        "[a-z0-9@.\\-\\n\\r\\t ]{0,80}",
        "[\\x00-\\x1f\\x7f]{0,20}",
        "[日本語🎉👩‍👩‍👧é\\u{200b}]{0,30}",
        (1usize..=1024 * 1024).prop_map(|n| "x\n".repeat(n / 2)),
    ]
}

/// A message as a value proptest can clone and shrink.
#[derive(Debug, Clone)]
enum Ev {
    Key(KeyEvent),
    Paste(String),
    Mouse(MouseEvent),
    Resize(u16, u16),
    Tick,
}

impl Ev {
    /// The message the run loop makes of it, with the frame last drawn.
    fn msg(&self, drawn: &Drawn) -> Option<Msg> {
        match self {
            Ev::Key(k) => Some(Msg::Key(*k)),
            Ev::Paste(p) => Some(Msg::Paste(p.clone())),
            Ev::Mouse(m) => cloudboard::run::to_msg(CtEvent::Mouse(*m), drawn),
            Ev::Resize(w, h) => Some(Msg::Resize(*w, *h)),
            Ev::Tick => Some(Msg::Tick),
        }
    }
}

fn msg() -> impl Strategy<Value = Ev> {
    prop_oneof![
        8 => (key_code(), modifiers(), any::<bool>()).prop_filter_map(
            "no quit or suspend",
            |(code, modifiers, release)| {
                if modifiers == KeyModifiers::CONTROL
                    && matches!(code, KeyCode::Char('c') | KeyCode::Char('z'))
                {
                    return None;
                }
                let mut key = KeyEvent::new(code, modifiers);
                if release {
                    key.kind = KeyEventKind::Release;
                }
                Some(Ev::Key(key))
            }
        ),
        2 => paste_text().prop_map(Ev::Paste),
        2 => (0u16..300, 0u16..100, 0u8..6).prop_map(|(column, row, kind)| {
            let kind = match kind {
                0 => MouseEventKind::Down(MouseButton::Left),
                1 => MouseEventKind::Up(MouseButton::Left),
                2 => MouseEventKind::ScrollDown,
                3 => MouseEventKind::ScrollUp,
                4 => MouseEventKind::Moved,
                _ => MouseEventKind::Drag(MouseButton::Left),
            };
            Ev::Mouse(MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE })
        }),
        1 => (1u16..=250, 1u16..=80).prop_map(|(w, h)| Ev::Resize(w, h)),
        1 => Just(Ev::Tick),
    ]
}

/// Feeds `msgs` to a fresh app, drawing after each one at the app's current size.
fn run(msgs: Vec<Ev>) -> App {
    let mut app = common::app(80, 24);
    feed(&mut app, &msgs);
    app
}

/// Feeds `msgs` as the run loop does: each one made a message against the last frame, a
/// frame drawn after each, and the room it reports told to the app.
fn feed(app: &mut App, msgs: &[Ev]) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let mut drawn = Drawn::default();
    for ev in msgs {
        if let Some(msg) = ev.msg(&drawn) {
            let _ = app::update(app, msg);
        }
        let (w, h) = app.size;
        terminal.backend_mut().resize(w, h);
        terminal
            .draw(|frame| drawn = cloudboard::ui::view(app, frame))
            .expect("draw");
        if drawn.viewport != app.viewport {
            let _ = app::update(app, Msg::Viewport(drawn.viewport));
        }
        if app.should_quit {
            break;
        }
    }
}

fn is_request(command: &Command) -> bool {
    matches!(
        command,
        Command::Cozy(..) | Command::Cleura(..) | Command::CloudSigma(..)
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_of_input_never_panics(msgs in prop::collection::vec(msg(), 1..60)) {
        let _ = run(msgs);
    }

    /// Pasting text with line breaks does exactly what pasting it without them does: a
    /// newline in a paste is never an Enter.
    #[test]
    fn a_pasted_newline_is_never_enter(
        before in prop::collection::vec(msg(), 0..30),
        text in "[a-z0-9@. ]{0,30}",
        breaks in prop::collection::vec(0usize..31, 1..4),
    ) {
        let mut with_breaks = text.clone();
        for at in breaks {
            let at = at.min(with_breaks.len());
            if with_breaks.is_char_boundary(at) {
                with_breaks.insert(at, '\n');
            }
        }
        let flat: String = with_breaks.chars().filter(|c| *c != '\n').collect();
        let replay = |paste: String| {
            let mut app = common::app(80, 24);
            feed(&mut app, &before);
            let commands = app::update(&mut app, Msg::Paste(paste));
            let requests = commands.commands().filter(|c| is_request(c)).count();
            (requests, common::render(&app))
        };
        let (requests_with, screen_with) = replay(with_breaks.trim().to_string());
        let (requests_flat, screen_flat) = replay(flat.trim().to_string());
        prop_assert_eq!(requests_with, requests_flat);
        prop_assert_eq!(screen_with, screen_flat);
    }
}

/// Wide characters and emoji in a field keep the screen aligned: every row is exactly as
/// wide as the terminal, and what follows the field is where it would be without them.
#[test]
fn wide_characters_keep_the_layout_aligned() {
    use unicode_width::UnicodeWidthStr;
    let render_with = |login: &str| {
        let mut app = common::app(80, 24);
        let _ = app::update(
            &mut app,
            Msg::Key(KeyEvent::new(KeyCode::Char('2'), KeyModifiers::NONE)),
        );
        let id = cloudboard::app::RequestId(1);
        let _ = app::update(
            &mut app,
            Msg::Backend(cloudboard::app::Event {
                id,
                body: cloudboard::app::EventBody::Cleura(
                    cloudboard::app::cleura::Reply::NothingSaved,
                ),
            }),
        );
        let _ = app::update(&mut app, Msg::Paste(login.to_string()));
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal
            .draw(|frame| {
                cloudboard::ui::view(&app, frame);
            })
            .unwrap();
        let buffer = terminal.backend().buffer().clone();
        // A wide character covers the next cell: read each row as a terminal shows it.
        (0..24)
            .map(|y| {
                let mut row = String::new();
                let mut x = 0;
                while x < 80 {
                    let symbol = buffer[(x, y)].symbol();
                    row.push_str(symbol);
                    x += (symbol.width() as u16).max(1);
                }
                row
            })
            .collect::<Vec<String>>()
    };
    let plain = render_with("abcdefgh");
    let wide = render_with("日本語🎉ab");
    for row in &wide {
        assert_eq!(row.width(), 80, "{row:?}");
    }
    let field_row = wide
        .iter()
        .position(|r| r.contains("日本語"))
        .expect("the login is shown");
    for (y, (a, b)) in plain.iter().zip(&wide).enumerate() {
        if y != field_row {
            assert_eq!(a, b, "row {y} moved");
        }
    }
}

/// Provider data with joined emoji (ZWJ sequences, flags), zero-width characters and
/// combining marks: every row of the region table is the terminal's width, and the tag
/// column starts at the same cell on every row.
#[test]
fn joined_emoji_and_zero_width_characters_in_provider_data_keep_the_layout() {
    use unicode_width::UnicodeWidthStr;
    let mut domains = common::regions::domains(4);
    domains[0].area.regions[0].name = "Dev 👩‍💻 Zone".into();
    domains[1].area.regions[0].name = "Nord\u{200B}ic\u{200D}\u{FEFF} Cloud".into();
    domains[2].area.regions[0].name = "Sve\u{301}rige 🇸🇪".into();
    domains[3].area.name = "Zone 👨‍👩‍👧‍👦 family".into();
    let app = common::regions::at_regions(80, 24, domains);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|frame| {
            cloudboard::ui::view(&app, frame);
        })
        .unwrap();
    let buffer = terminal.backend().buffer().clone();
    let rows: Vec<String> = (0..24)
        .map(|y| {
            let mut row = String::new();
            let mut x = 0;
            while x < 80 {
                let symbol = buffer[(x, y)].symbol();
                row.push_str(symbol);
                x += (symbol.width() as u16).max(1);
            }
            row
        })
        .collect();
    for row in &rows {
        assert_eq!(row.width(), 80, "{row:?}");
    }
    let tag_cells: Vec<usize> = rows
        .iter()
        .filter_map(|row| {
            let byte = row.find(" Rg")?;
            Some(row[..byte].width())
        })
        .collect();
    assert_eq!(tag_cells.len(), 4, "{rows:#?}");
    assert!(
        tag_cells.windows(2).all(|w| w[0] == w[1]),
        "{tag_cells:?}\n{rows:#?}"
    );
}
