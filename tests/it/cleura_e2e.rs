//! The real binary in a pseudo-terminal: sign in to Cleura as the SMS fixture user, take the
//! code from the sandbox outbox, type it, and see the guide's three regions; the next start
//! goes straight to the regions with the kept token; sign out forgets it. Secrets go to a
//! file (`[secrets] store = "file"`): no real keyring is touched.

use crate::common;

use common::home::Home;
use common::sandbox::SandboxProcess;
use common::wizard::{cleura_sign_in, take_from_outbox};

#[test]
fn sms_sign_in_lists_the_regions_and_the_next_start_resumes() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("cleura");
    let mut pty = home.wizard(&sandbox);
    // A wrong password first: refused, said so, and never shown.
    cleura_sign_in(&mut pty, "bob", "not-bobs-secret-xyz");
    pty.wait_for("Wrong login or password");
    pty.type_text("bob-password");
    pty.send("\r");
    pty.wait_for("Type the code sent by SMS");
    // The code reaches the outbox a moment after the screen says it was sent: once the
    // sandbox says so (its long poll) and the wizard shows it has it, Ctrl-T takes it (and,
    // complete, it is sent at once).
    sandbox.sms_code(1);
    take_from_outbox(&mut pty);
    // A frame can reach the pty in pieces: wait for the table, not only its title.
    let screen = pty.wait_until(
        |s| s.contains("Regions of bob") && s.contains("Karlskrona") && s.contains("Kna1"),
        "the regions of bob",
    );
    for city in ["Stockholm", "Frankfurt", "Karlskrona"] {
        assert!(screen.contains(city), "{city} is listed:\n{screen}");
    }
    for tag in ["Sto2", "Fra1", "Kna1"] {
        assert!(screen.contains(tag), "{tag}:\n{screen}");
    }
    let kept = home.secret_file("cleura-sandbox");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&kept)
        .expect("the token is kept")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
    pty.send("\x03");
    assert_eq!(pty.wait_exit(), 0);
    let output = String::from_utf8_lossy(&pty.raw_output()).into_owned();
    assert!(
        !output.contains("not-bobs-secret-xyz"),
        "a typed password never reaches the terminal"
    );

    // The next start goes straight to the regions.
    let mut pty = home.wizard(&sandbox);
    pty.wait_for("Open a cloud account");
    pty.send("2");
    let screen = pty.wait_until(
        |s| s.contains("Regions of bob") && s.contains("kept from an earlier run"),
        "the regions, from the kept token",
    );
    assert!(screen.contains("kept from an earlier run"), "{screen}");
    // Sign out, once said yes to, revokes and forgets.
    pty.send("x");
    pty.wait_for("Sign out of Cleura as bob?");
    pty.send("y");
    pty.wait_for("Signed out");
    assert!(!kept.exists(), "the token was forgotten");
    pty.send("\x03");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn an_expired_verification_asks_before_signing_in_again() {
    let sandbox = SandboxProcess::start();
    let home = Home::new("cleura-expired");
    let mut pty = home.wizard(&sandbox);
    cleura_sign_in(&mut pty, "bob", "bob-password");
    pty.wait_for("Type the code sent by SMS");
    let old = sandbox.sms_code(1);
    // Eleven minutes later the verification has expired (it lasts ten).
    sandbox.advance_clock(660.0);
    pty.type_text(&old);
    pty.wait_for("Sign in again and send a new code?");
    assert_eq!(
        sandbox.outbox().len(),
        1,
        "nothing is sent before the person says yes"
    );
    pty.send("y");
    pty.wait_for("Signed in again: this is a new code");
    let new = sandbox.sms_code(2);
    pty.type_text(&new);
    let screen = pty.wait_until(
        |s| s.contains("Regions of bob") && s.contains("Karlskrona"),
        "the regions again",
    );
    assert!(screen.contains("Karlskrona"), "{screen}");
    pty.send("\x03");
    assert_eq!(pty.wait_exit(), 0);
}
