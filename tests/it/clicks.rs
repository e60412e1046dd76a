//! A click goes where it is drawn: the view's hits, through the run loop's translation of a
//! mouse event, reach `update` as the thing under the pointer; and the room a frame reports
//! is what paging moves by.

use crate::common;

use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{
    Event as CtEvent, KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Rect;

use cloudboard::api::ApiError;
use cloudboard::app::cloudsigma::{Action, Reply, Row, Target as SigmaTarget};
use cloudboard::app::cozy::{Button, Target as CozyTarget};
use cloudboard::app::{App, Front, Hit, Msg, update};
use cloudboard::config::Config;
use cloudboard::ui::Drawn;
use common::regions::{at_regions, domains};
use common::{key, reply, request_id};

/// Draws a frame as the run loop does and gives `update` the room it reported.
fn draw(app: &mut App) -> Drawn {
    let (width, height) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    let mut drawn = Drawn::default();
    terminal
        .draw(|frame| drawn = cloudboard::ui::view(app, frame))
        .unwrap();
    if drawn.viewport != app.viewport {
        update(app, Msg::Viewport(drawn.viewport));
    }
    drawn
}

/// Where `wanted` is drawn.
fn place_of(drawn: &Drawn, wanted: Hit) -> Rect {
    drawn
        .hits
        .iter()
        .find(|(_, hit)| *hit == wanted)
        .map(|(rect, _)| *rect)
        .unwrap_or_else(|| panic!("{wanted:?} is not on the screen: {:?}", drawn.hits))
}

/// A left click at (column, row) as the terminal reports it, through the run loop's
/// translation, on the frame just drawn.
fn click_at(app: &mut App, column: u16, row: u16) {
    let drawn = draw(app);
    let mouse = MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    };
    let msg = cloudboard::run::to_msg(CtEvent::Mouse(mouse), &drawn).expect("a click is a message");
    update(app, msg);
}

/// A click in the middle of where `wanted` is drawn.
fn click(app: &mut App, wanted: Hit) {
    let rect = place_of(&draw(app), wanted);
    click_at(app, rect.x + rect.width / 2, rect.y + rect.height / 2);
}

#[test]
fn a_click_on_a_menu_entry_opens_it_and_between_entries_nothing() {
    let mut app = App::new(Config::default(), (80, 24), Instant::now());
    let entry = place_of(&draw(&mut app), Hit::Home(2));
    // The gap under an entry's blurb belongs to none.
    click_at(&mut app, entry.x + 5, entry.y + entry.height);
    assert_eq!(app.front, Front::Home);
    click(&mut app, Hit::Home(2));
    assert_eq!(app.front, Front::CloudSigma);
}

#[test]
fn moves_releases_and_other_buttons_are_not_clicks() {
    let drawn = Drawn::default();
    for kind in [
        MouseEventKind::Moved,
        MouseEventKind::Up(MouseButton::Left),
        MouseEventKind::Down(MouseButton::Right),
        MouseEventKind::Drag(MouseButton::Left),
    ] {
        let mouse = MouseEvent {
            kind,
            column: 1,
            row: 1,
            modifiers: KeyModifiers::NONE,
        };
        assert!(
            cloudboard::run::to_msg(CtEvent::Mouse(mouse), &drawn).is_none(),
            "{kind:?}"
        );
    }
}

#[test]
fn a_click_selects_the_region_row_drawn_there_and_never_one_past_the_end() {
    let mut app = at_regions(100, 30, domains(1000));
    key(&mut app, KeyCode::End);
    key(&mut app, KeyCode::PageUp);
    let drawn = draw(&mut app);
    let rows: Vec<(Rect, usize)> = drawn
        .hits
        .iter()
        .filter_map(|(rect, hit)| match hit {
            Hit::Cleura(cloudboard::app::cleura::Target::Row(i)) => Some((*rect, *i)),
            _ => None,
        })
        .collect();
    assert_eq!(
        rows.len(),
        drawn.viewport.table_rows,
        "a page of rows is drawn"
    );
    let (rect, index) = rows[2];
    click_at(&mut app, rect.x + 4, rect.y);
    let regions = |app: &App| match &app.flows.cleura.as_ref().unwrap().step {
        cloudboard::app::cleura::Step::Regions(regions) => regions.selected,
        _ => panic!("not on the regions"),
    };
    assert_eq!(regions(&app), index);
    let again = draw(&mut app);
    assert_eq!(
        place_of(
            &again,
            Hit::Cleura(cloudboard::app::cleura::Target::Row(index))
        ),
        rect
    );
    // A short list: a click under its last row selects nothing.
    let mut app = at_regions(100, 30, domains(3));
    let last = place_of(
        &draw(&mut app),
        Hit::Cleura(cloudboard::app::cleura::Target::Row(2)),
    );
    click_at(&mut app, last.x + 4, last.y + 2);
    assert_eq!(regions(&app), 0);
}

#[test]
fn the_room_the_frame_reports_is_what_a_page_moves_by() {
    let mut app = at_regions(100, 30, domains(1000));
    let drawn = draw(&mut app);
    assert!(drawn.viewport.table_rows > 5);
    assert_eq!(app.viewport, drawn.viewport);
    key(&mut app, KeyCode::PageDown);
    let selected = match &app.flows.cleura.as_ref().unwrap().step {
        cloudboard::app::cleura::Step::Regions(regions) => regions.selected,
        _ => panic!("not on the regions"),
    };
    assert_eq!(selected, drawn.viewport.table_rows);
    // A taller terminal: a longer page.
    update(&mut app, Msg::Resize(100, 40));
    assert!(draw(&mut app).viewport.table_rows > drawn.viewport.table_rows);
}

#[test]
fn the_cozy_terms_scroll_by_the_page_drawn_and_their_parts_take_clicks() {
    let mut app = App::new(Config::default(), (80, 24), Instant::now());
    update(&mut app, Msg::Open(cloudboard::app::home::Open::Cozy));
    update(&mut app, Msg::Answer("alice@example.org".into()));
    update(&mut app, Msg::Answer("alice".into()));
    let drawn = draw(&mut app);
    assert!(
        drawn.viewport.terms_max > 0,
        "the terms do not fit at 80x24"
    );
    key(&mut app, KeyCode::PageDown);
    let form = |app: &App| {
        let form = &app.flows.cozy.as_ref().unwrap().form;
        (form.terms_scroll, form.accepted)
    };
    assert_eq!(form(&app).0, drawn.viewport.terms_rows);
    key(&mut app, KeyCode::End);
    assert_eq!(form(&app).0, drawn.viewport.terms_max);
    click(&mut app, Hit::Cozy(CozyTarget::Accept));
    assert!(form(&app).1);
    click(&mut app, Hit::Cozy(CozyTarget::Button(Button::Next)));
    assert_eq!(app.flows.cozy.as_ref().unwrap().step.number(), 4);
}

#[test]
fn a_click_on_a_cloudsigma_location_and_action_does_what_it_shows() {
    let mut app = App::new(Config::default(), (80, 24), Instant::now());
    open_cloudsigma(&mut app);
    click(&mut app, Hit::CloudSigma(SigmaTarget::Row(Row::Place(2))));
    let flow = |app: &App| {
        app.flows
            .cloudsigma
            .as_ref()
            .unwrap()
            .location
            .chosen
            .clone()
    };
    assert!(
        format!("{:?}", flow(&app)).contains("FRA"),
        "{:?}",
        flow(&app)
    );
    click(
        &mut app,
        Hit::CloudSigma(SigmaTarget::Action(Action::SignIn)),
    );
    assert!(matches!(
        app.flows.cloudsigma.as_ref().unwrap().step,
        cloudboard::app::cloudsigma::Step::SignIn
    ));
}

/// The CloudSigma flow on its location screen (no saved session; CloudSigma's own list did
/// not come, so the built-in one is shown).
fn open_cloudsigma(app: &mut App) {
    let out = key(app, KeyCode::Char('3'));
    let out = reply(app, request_id(&out), Reply::Saved(Ok(None)));
    let timeout = ApiError::Timeout {
        host: "zrh.cloudsigma.com".into(),
    };
    reply(app, request_id(&out), Reply::Locations(Err(timeout)));
}

/// Tab goes round a Cozy step's buttons in the order they are drawn: the flow's ring
/// (`Cozy::buttons`) and the screen's rows of buttons say the same, on every step.
#[test]
fn the_cozy_focus_ring_follows_the_buttons_as_drawn() {
    for screen in crate::keymaps::cozy::screens() {
        let mut app = screen.app;
        let drawn = draw(&mut app);
        let shown: Vec<Button> = drawn
            .hits
            .iter()
            .filter_map(|(_, hit)| match hit {
                Hit::Cozy(CozyTarget::Button(button)) => Some(*button),
                _ => None,
            })
            .collect();
        let ring: Vec<Button> = app
            .flows
            .cozy
            .as_ref()
            .unwrap()
            .buttons()
            .iter()
            .map(|(button, _)| *button)
            .collect();
        assert_eq!(shown, ring, "{}", screen.name);
    }
}

/// Tab goes round CloudSigma's buttons in the order they are drawn: on "check your email"
/// (`CloudSigma::created_buttons`) and on the account screen (`ACCOUNT_BUTTONS`), the
/// screen's row and the flow's ring say the same, and Tab walks the row left to right.
#[test]
fn the_cloudsigma_focus_ring_follows_the_buttons_as_drawn() {
    use cloudboard::app::cloudsigma::{ACCOUNT_BUTTONS, Step};
    let mut checked = 0;
    for screen in crate::keymaps::cloudsigma::screens() {
        let mut app = screen.app;
        let flow = app.flows.cloudsigma.as_ref().unwrap();
        let ring: Vec<_> = match &flow.step {
            Step::Created(_) => flow.created_buttons().to_vec(),
            Step::Account(_) if !flow.sign_out_asked && flow.working().is_none() => {
                ACCOUNT_BUTTONS.to_vec()
            }
            _ => continue,
        };
        let drawn = draw(&mut app);
        let shown: Vec<_> = drawn
            .hits
            .iter()
            .filter_map(|(_, hit)| match hit {
                Hit::CloudSigma(SigmaTarget::Button(button)) => Some(*button),
                _ => None,
            })
            .collect();
        assert_eq!(shown, ring, "{}", screen.name);
        let focused = |app: &App| app.flows.cloudsigma.as_ref().unwrap().focused_button();
        let start = shown
            .iter()
            .position(|b| Some(*b) == focused(&app))
            .unwrap_or_else(|| panic!("{}: the focus is on no drawn button", screen.name));
        for step in 1..=shown.len() {
            key(&mut app, KeyCode::Tab);
            assert_eq!(
                focused(&app),
                Some(shown[(start + step) % shown.len()]),
                "{}: Tab {step}",
                screen.name
            );
        }
        checked += 1;
    }
    assert!(checked >= 4, "the screens with a row of buttons were found");
}
