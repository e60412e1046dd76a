//! The region table as a person reaches it (signed in to Cleura), with as many regions as
//! asked: for the render benchmark and the tests of what a frame writes.

use cloudboard::api::cleura::{Area, Domain, Region};
use cloudboard::app::App;
use cloudboard::app::cleura::{Reply, Session};
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
    typed(&mut app, "alice");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "alice-password");
    let id = request_id(&key(&mut app, KeyCode::Enter));
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
    let opened = key(&mut app, KeyCode::Char('2'));
    reply(&mut app, request_id(&opened), Reply::NothingSaved);
    app
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
