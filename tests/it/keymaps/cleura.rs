//! The Cleura flow's screens, each as a person reaches it.

use cloudboard::api::ApiError;
use cloudboard::api::cleura::Project;
use cloudboard::api::error::Refusal;
use cloudboard::app::App;
use cloudboard::app::cleura::regions::Row;
use cloudboard::app::cleura::{Reply, Step};
use cloudboard::store::secrets::Location;
use ratatui::crossterm::event::KeyCode;

use super::Screen;
use crate::cleura_screens::{at_second_factor_not_sms, to_code};
use crate::common::regions::{
    at_regions, at_sandbox_sign_in, at_sign_in, domains, session, signing_in,
};
use crate::common::{app, key, reply, request_id, typed};

fn declined(refusal: Refusal) -> ApiError {
    ApiError::Declined {
        status: 400,
        refusal,
        said: None,
    }
}

/// The sign-in form with bob's login and password typed, the focus on the password.
fn typed_in(app: &mut App) {
    typed(app, "bob");
    key(app, KeyCode::Tab);
    typed(app, "bob-password");
}

/// On the code step, five digits typed: the sixth sends it. (A code is a secret, kept out of
/// Debug output, so a digit that only adds to it would show nowhere the test looks.)
fn at_code(mut app: App) -> App {
    to_code(&mut app);
    typed(&mut app, "12345");
    app
}

fn project(name: &str) -> Project {
    Project {
        id: format!("{name}-id"),
        name: name.into(),
        domain_id: "d".into(),
        enabled: true,
        default: None,
        description: String::new(),
    }
}

pub fn screens() -> Vec<Screen> {
    let mut screens = Vec::new();
    let mut resuming = app(80, 24);
    key(&mut resuming, KeyCode::Char('2'));
    screens.push(Screen::new("cleura looking for a kept token", resuming));

    let mut form = at_sign_in(80, 24);
    screens.push(Screen::new("cleura sign in, login", form.clone()));
    typed_in(&mut form);
    screens.push(Screen::new("cleura sign in, password", form.clone()));
    key(&mut form, KeyCode::Tab);
    screens.push(Screen::new("cleura sign in, advanced closed", form.clone()));
    key(&mut form, KeyCode::Enter);
    for name in [
        "cleura sign in, advanced open",
        "cleura sign in, API version",
        "cleura sign in, endpoint",
        "cleura sign in, the button",
    ] {
        screens.push(Screen::new(name, form.clone()));
        key(&mut form, KeyCode::Tab);
    }
    let mut sending = at_sign_in(80, 24);
    signing_in(&mut sending, "bob", "bob-password");
    screens.push(Screen::new("cleura signing in", sending));

    let code = at_code(at_sign_in(80, 24));
    screens.push(Screen::new("cleura SMS code", code.clone()));
    let sandbox = at_code(at_sandbox_sign_in(80, 24));
    screens.push(Screen::new("cleura SMS code, sandbox", sandbox));

    let mut spent = code.clone();
    let id = request_id(&typed(&mut spent, "6"));
    reply(
        &mut spent,
        id,
        Reply::CodeRefused(declined(Refusal::VerificationSpent)),
    );
    screens.push(Screen::new("cleura sign in again?", spent));

    let webauthn = at_second_factor_not_sms(80, 24);
    screens.push(Screen::new("cleura second factor not SMS", webauthn));

    // A row down, so that every move has somewhere to go.
    let mut table = at_regions(80, 24, domains(40));
    key(&mut table, KeyCode::Down);
    screens.push(Screen::new("cleura regions", table.clone()));
    let mut by_tag = table.clone();
    key(&mut by_tag, KeyCode::Char('3'));
    screens.push(Screen::new("cleura regions by tag", by_tag.clone()));
    key(&mut by_tag, KeyCode::Char('g'));
    screens.push(Screen::new("cleura regions by tag, grouped", by_tag));
    let mut one = at_regions(80, 24, domains(1));
    screens.push(Screen::new("cleura one region", one.clone()));
    key(&mut one, KeyCode::Char('r'));
    screens.push(Screen::new("cleura loading the regions again", one));
    screens.push(Screen::new(
        "cleura no regions",
        at_regions(80, 24, Vec::new()),
    ));
    let mut failed = at_sign_in(80, 24);
    let id = signing_in(&mut failed, "bob", "bob-password");
    reply(
        &mut failed,
        id,
        Reply::SignedIn {
            session: session("bob"),
            domains: Err(ApiError::Network {
                host: "rest.cleura.cloud".into(),
                // cloudboard's own words for it, which are said in the run's language.
                detail: cloudboard::api::error::Unreached::ConnectionRefused,
            }),
            kept: Ok(Location::Keyring),
        },
    );
    screens.push(Screen::new("cleura regions not listed", failed));

    let mut filter = table.clone();
    key(&mut filter, KeyCode::Char('/'));
    screens.push(Screen::new("cleura regions, filter", filter.clone()));
    typed(&mut filter, "rg1");
    key(&mut filter, KeyCode::Down);
    screens.push(Screen::new("cleura regions, filter typed", filter.clone()));
    key(&mut filter, KeyCode::Enter);
    key(&mut filter, KeyCode::Down);
    screens.push(Screen::new("cleura regions, filter kept", filter));

    let mut projects = table.clone();
    let Some(Step::Regions(regions)) = projects.flows.cleura.as_ref().map(|f| &f.step) else {
        panic!("not on the regions")
    };
    let (domain, region) = regions.selected_row().map(Row::key).expect("a row");
    let id = request_id(&key(&mut projects, KeyCode::Enter));
    screens.push(Screen::new("cleura listing projects", projects.clone()));
    let mut listed = projects.clone();
    reply(
        &mut listed,
        id,
        Reply::Projects {
            domain: domain.clone(),
            region: region.clone(),
            projects: Ok(["default", "staging", "production"].map(project).to_vec()),
        },
    );
    key(&mut listed, KeyCode::Down);
    screens.push(Screen::new("cleura projects", listed));
    reply(
        &mut projects,
        id,
        Reply::Projects {
            domain,
            region,
            projects: Ok(Vec::new()),
        },
    );
    screens.push(Screen::new("cleura no projects", projects));

    let mut sign_out = table;
    key(&mut sign_out, KeyCode::Char('x'));
    screens.push(Screen::new("cleura sign out?", sign_out.clone()));
    let id = request_id(&key(&mut sign_out, KeyCode::Char('y')));
    screens.push(Screen::new("cleura signing out", sign_out.clone()));
    reply(
        &mut sign_out,
        id,
        Reply::SignedOut {
            remote: Ok(()),
            local: Ok(()),
        },
    );
    screens.push(Screen::new("cleura signed out", sign_out));
    screens
}
