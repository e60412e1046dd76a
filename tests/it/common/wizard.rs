//! The wizard in a pseudo-terminal, walked as a person walks it: the steps several
//! end-to-end tests take, each written once.

use super::pty::{CTRL_T, ENTER, Pty, TAB};

/// From the home: Cleura opened, and `login` and `password` sent from its sign-in form.
pub fn cleura_sign_in(pty: &mut Pty, login: &str, password: &str) {
    pty.wait_for("Open a cloud account");
    pty.send("2");
    pty.wait_for("Sign in to Cleura Cloud");
    pty.type_text(login);
    pty.send(TAB);
    pty.type_text(password);
    pty.send(ENTER);
}

/// From the home: a Cozy for `email` at `slug`, each answer typed, to its summary ("Check
/// and create").
pub fn cozy_to_confirm(pty: &mut Pty, email: &str, slug: &str) {
    pty.wait_for("Open a cloud account");
    pty.send("1");
    pty.wait_for("Your email address");
    pty.type_text(email);
    pty.send(ENTER);
    pty.wait_for("Your Cozy's address");
    pty.type_text(slug);
    pty.wait_for(&format!("https://{slug}.mycozy.cloud"));
    pty.send(ENTER);
    pty.wait_for("Terms of service");
    pty.send(" ");
    pty.wait_for("[x] I accept");
    pty.send(ENTER);
    pty.wait_for("Check and create");
}

/// Once the sandbox has sent it (its long poll said so) and the wizard shows it has it,
/// Ctrl-T takes the message the step waits for from the outbox.
pub fn take_from_outbox(pty: &mut Pty) {
    pty.wait_for_outbox();
    pty.send(CTRL_T);
}
