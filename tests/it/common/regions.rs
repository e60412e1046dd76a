//! Cleura as a person reaches it: the sign-in form, and the region table (signed in) with as
//! many regions as asked, for the render benchmark and the tests of what a frame writes.

use cloudboard::api::cleura::{Area, Domain, Region};
use cloudboard::app::cleura::{Reply, Session};
use cloudboard::app::{App, RequestId};
use cloudboard::config::CleuraApi;
use cloudboard::store::secrets::Location;
use ratatui::crossterm::event::KeyCode;
use secrecy::SecretString;

use super::drive::{self, key, reply, request_id, typed};

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
    let id = signing_in(&mut app, "alice", "alice-password");
    reply(
        &mut app,
        id,
        Reply::SignedIn {
            session: session("alice"),
            domains: Ok(domains),
            kept: Ok(Location::Keyring),
        },
    );
    app
}

/// The app on Cleura's sign-in form, nothing kept from an earlier run.
pub fn at_sign_in(width: u16, height: u16) -> App {
    let mut app = drive::app(width, height);
    open(&mut app, Reply::NothingSaved);
    app
}

/// The app on Cleura's sign-in form in the sandbox (which it says), nothing kept.
pub fn at_sandbox_sign_in(width: u16, height: u16) -> App {
    let mut app = drive::app(width, height);
    drive::start_at_sandbox(&mut app, "http://127.0.0.1:9");
    open(&mut app, Reply::NothingSaved);
    app
}

/// Cleura opened from the menu, the look for a kept token answered with `found`.
pub fn open(app: &mut App, found: Reply) {
    let opened = key(app, KeyCode::Char('2'));
    reply(app, request_id(&opened), found);
}

/// `login` and `password` typed into the sign-in form and sent: the request's id.
pub fn signing_in(app: &mut App, login: &str, password: &str) -> RequestId {
    typed(app, login);
    key(app, KeyCode::Tab);
    typed(app, password);
    request_id(&key(app, KeyCode::Enter))
}

/// A Cleura session of `login`'s (v1, at Cleura's own address).
pub fn session(login: &str) -> Session {
    Session {
        endpoint: "https://rest.cleura.cloud".into(),
        api: CleuraApi::V1,
        login: login.into(),
        token: SecretString::from("t".to_string()),
    }
}
