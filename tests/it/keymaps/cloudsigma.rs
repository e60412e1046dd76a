//! The CloudSigma flow's screens, each as a person reaches it.

use ratatui::crossterm::event::KeyCode;

use super::Screen;
use crate::cloudsigma_screens::{
    account, answer_no, at, at_password, at_saved_expired, at_saved_unchecked, at_set_password,
    at_signed_out, checking_account, checking_saved, created, kept_file, new_app, opened,
    sending_create, sending_sign_in, with_link,
};
use crate::common::key;

pub fn screens() -> Vec<Screen> {
    let mut loading = new_app();
    key(&mut loading, KeyCode::Char('3'));
    let unchecked = at_saved_unchecked();
    let mut continue_focused = unchecked.clone();
    key(&mut continue_focused, KeyCode::Tab);

    let mut custom = opened(false);
    key(&mut custom, KeyCode::Tab);
    let mut choose = opened(false);
    key(&mut choose, KeyCode::Enter);
    let sign_in = at_password();
    let mut with_the_link = created(true);
    with_link(&mut with_the_link);
    let mut asked = account(kept_file(), Vec::new());
    key(&mut asked, KeyCode::Char('x'));

    vec![
        Screen::new("cloudsigma saved session loading", loading),
        Screen::new("cloudsigma saved session checking", checking_saved().0),
        Screen::new("cloudsigma saved session unchecked", unchecked),
        Screen::new(
            "cloudsigma saved session unchecked, continue",
            continue_focused,
        ),
        Screen::new("cloudsigma saved session expired", at_saved_expired()),
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
        Screen::new("cloudsigma set the password", at_set_password()),
        Screen::new(
            "cloudsigma created, no sign-in now",
            answer_no(created(false)),
        ),
        Screen::new("cloudsigma sign-in form", sign_in.clone()),
        Screen::new("cloudsigma sign-in form, on its button", {
            let mut on_button = sign_in;
            key(&mut on_button, KeyCode::BackTab);
            on_button
        }),
        Screen::new("cloudsigma signing in", sending_sign_in().0),
        Screen::new("cloudsigma account", account(kept_file(), Vec::new())),
        Screen::new("cloudsigma account, sign out asked", asked),
        Screen::new("cloudsigma account, checking", checking_account().0),
        Screen::new("cloudsigma signed out", at_signed_out(Ok(()), Ok(()))),
    ]
}
