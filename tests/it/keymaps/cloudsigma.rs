//! The CloudSigma flow's screens, each as a person reaches it.

use cloudboard::app::cloudsigma::{Reply, Saved};
use ratatui::crossterm::event::KeyCode;

use super::Screen;
use crate::cloudsigma_screens::{
    account, answer_no, at, checking_saved, created, kept_file, new_app, opened, saved,
    sending_create, sending_sign_in, unreachable, with_link,
};
use crate::common::{key, reply, request_id, typed};

pub fn screens() -> Vec<Screen> {
    let mut loading = new_app();
    key(&mut loading, KeyCode::Char('3'));
    let (mut unchecked, id) = checking_saved();
    reply(&mut unchecked, id, Reply::Checked(Err(unreachable())));
    let mut continue_focused = unchecked.clone();
    key(&mut continue_focused, KeyCode::Tab);
    let mut expired = new_app();
    let out = key(&mut expired, KeyCode::Char('3'));
    let id = request_id(&out);
    let saved = Saved {
        expired: true,
        ..saved()
    };
    reply(&mut expired, id, Reply::Saved(Ok(Some(saved))));

    let mut custom = opened(false);
    key(&mut custom, KeyCode::Tab);
    let mut choose = opened(false);
    key(&mut choose, KeyCode::Enter);
    let mut sign_in = at('s', false);
    typed(&mut sign_in, "demo@example.org");
    key(&mut sign_in, KeyCode::Enter);
    let mut with_the_link = created(true);
    with_link(&mut with_the_link);
    let mut set_password = with_the_link.clone();
    key(&mut set_password, KeyCode::Char('p'));
    let mut asked = account(kept_file(), Vec::new());
    key(&mut asked, KeyCode::Char('x'));
    let mut checking = account(kept_file(), Vec::new());
    key(&mut checking, KeyCode::Char('r'));
    let mut signed_out = account(kept_file(), Vec::new());
    key(&mut signed_out, KeyCode::Char('x'));
    let out = key(&mut signed_out, KeyCode::Char('y'));
    let id = request_id(&out);
    reply(
        &mut signed_out,
        id,
        Reply::SignedOut {
            remote: Ok(()),
            local: Ok(()),
        },
    );

    vec![
        Screen::new("cloudsigma saved session loading", loading),
        Screen::new("cloudsigma saved session checking", checking_saved().0),
        Screen::new("cloudsigma saved session unchecked", unchecked),
        Screen::new(
            "cloudsigma saved session unchecked, continue",
            continue_focused,
        ),
        Screen::new("cloudsigma saved session expired", expired),
        Screen::new("cloudsigma location list", opened(false)),
        Screen::new("cloudsigma location list, sandbox", opened(true)),
        Screen::new("cloudsigma custom address", custom),
        Screen::new("cloudsigma create or sign in", choose),
        Screen::new("cloudsigma create form", at('c', false)),
        Screen::new("cloudsigma creating", sending_create(false).0),
        Screen::new("cloudsigma check your email", created(false)),
        Screen::new(
            "cloudsigma check your email, sandbox, no email yet",
            created(true),
        ),
        Screen::new("cloudsigma check your email, sandbox", with_the_link),
        Screen::new("cloudsigma set the password", set_password),
        Screen::new(
            "cloudsigma created, no sign-in now",
            answer_no(created(false)),
        ),
        Screen::new("cloudsigma sign-in form", sign_in.clone()),
        Screen::new("cloudsigma sign-in form, on its button", {
            let mut on_button = sign_in;
            crate::common::key(&mut on_button, KeyCode::BackTab);
            on_button
        }),
        Screen::new("cloudsigma signing in", sending_sign_in().0),
        Screen::new("cloudsigma account", account(kept_file(), Vec::new())),
        Screen::new("cloudsigma account, sign out asked", asked),
        Screen::new("cloudsigma account, checking", checking),
        Screen::new("cloudsigma signed out", signed_out),
    ]
}
