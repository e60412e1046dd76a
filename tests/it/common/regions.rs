//! The region table as a person reaches it (signed in to Cleura), with as many regions as
//! asked: for the render benchmark and the tests of what a frame writes.

use std::time::Instant;

use cloudboard::api::cleura::{Area, Domain, Region};
use cloudboard::app::cleura::{Reply, Session};
use cloudboard::app::{App, Command, Event, EventBody, Msg, update};
use cloudboard::config::{CleuraApi, Config};
use cloudboard::store::secrets::Location;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use secrecy::SecretString;

pub fn key(app: &mut App, code: KeyCode) -> Vec<Command> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

pub fn typed(app: &mut App, text: &str) -> Vec<Command> {
    text.chars()
        .flat_map(|c| key(app, KeyCode::Char(c)))
        .collect()
}

/// `count` domains of one region each, over nine areas, a few not active or not enabled.
pub fn domains(count: usize) -> Vec<Domain> {
    (0..count)
        .map(|i| Domain {
            id: format!("{i:032x}"),
            name: "CCP_Domain_43597".into(),
            status: if i % 7 == 0 { "pending" } else { "provisioned" }.into(),
            enabled: i % 11 != 0,
            area: Area {
                id: (i % 9).to_string(),
                name: format!("Area {} / Zone", i % 9),
                tag: format!("AR{}", i % 9),
                regions: vec![Region {
                    id: i.to_string(),
                    name: format!("Region {i:04} / Cloud"),
                    tag: format!("Rg{i}"),
                    status: Some(if i % 13 == 0 { "maintenance" } else { "active" }.into()),
                }],
            },
        })
        .collect()
}

/// The app on the region table of `domains`, at `width` x `height`.
pub fn at_regions(width: u16, height: u16, domains: Vec<Domain>) -> App {
    let mut app = at_sign_in(width, height);
    typed(&mut app, "alice");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "alice-password");
    let id = request_id(&key(&mut app, KeyCode::Enter));
    let session = Session {
        endpoint: "https://rest.cleura.cloud".into(),
        api: CleuraApi::V1,
        login: "alice".into(),
        token: SecretString::from("t".to_string()),
    };
    answer(
        &mut app,
        id,
        Reply::SignedIn {
            session,
            domains: Ok(domains),
            kept: Ok(Location::Keyring),
        },
    );
    app
}

/// The app on Cleura's sign-in form, nothing kept from an earlier run.
pub fn at_sign_in(width: u16, height: u16) -> App {
    let mut app = App::new(Config::default(), (width, height), Instant::now());
    // The room the screens have, as the run loop tells after the first frame.
    let viewport = cloudboard::ui::viewport(&app);
    update(&mut app, cloudboard::app::Msg::Viewport(viewport));
    let opened = key(&mut app, KeyCode::Char('2'));
    let id = request_id(&opened);
    answer(&mut app, id, Reply::NothingSaved);
    app
}

/// The id of the Cleura request among `commands`.
pub fn request_id(commands: &[Command]) -> cloudboard::app::RequestId {
    commands
        .iter()
        .find_map(|c| match c {
            Command::Cleura(id, _) => Some(*id),
            _ => None,
        })
        .expect("a Cleura request")
}

fn answer(app: &mut App, id: cloudboard::app::RequestId, reply: Reply) {
    update(
        app,
        Msg::Backend(Event {
            id,
            body: EventBody::Cleura(reply),
        }),
    );
}
