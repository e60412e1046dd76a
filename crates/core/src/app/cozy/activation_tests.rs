use secrecy::ExposeSecret;

use super::*;

const T: &str = "0123456789abcdef0123456789abcdef";
const FQDN: &str = "alice.mycozy.cloud";
const REAL: &str = "https://{fqdn}";
const SANDBOX: &str = "http://127.0.0.1:4000/cozy/instances/{fqdn}";

fn ok(input: &str, template: &str) -> Activation {
    match read(Lang::En, input, Some(FQDN), template) {
        Ok(Link::Token(a)) => a,
        other => panic!("{input}: {other:?}"),
    }
}

fn refused(input: &str, template: &str) -> String {
    match read(Lang::En, input, Some(FQDN), template) {
        Err(e) => e,
        other => panic!("{input} was taken: {other:?}"),
    }
}

#[test]
fn the_instance_link_and_what_the_browser_shows_after_it() {
    let a = ok(&format!("https://{FQDN}/?registerToken={T}"), REAL);
    assert_eq!(a.fqdn, FQDN);
    assert_eq!(a.token.expose_secret(), T);
    ok(&format!("https://{FQDN}?registerToken={T}"), REAL);
    // The 303 from `/` to the passphrase page, with the Cloudery's extra parameters.
    ok(
        &format!(
            "https://{FQDN}/auth/passphrase?onboarding=true&redirection=drive&registerToken={T}"
        ),
        REAL,
    );
    ok(
        &format!("https://{FQDN}/?onboarding=true&registerToken={T}"),
        REAL,
    );
    // Whatever the template, the instance's own address is an activation link.
    ok(&format!("https://{FQDN}/?registerToken={T}"), SANDBOX);
}

#[test]
fn the_mobile_link() {
    let a = ok(
        &format!("https://app.example.org/onboarded?fqdn={FQDN}&registerToken={T}"),
        REAL,
    );
    assert_eq!(a.fqdn, FQDN);
    ok(
        &format!("cozydrive://onboarding?registerToken={T}&fqdn={FQDN}"),
        REAL,
    );
}

#[test]
fn the_sandbox_link() {
    let a = ok(
        &format!("http://127.0.0.1:4000/cozy/instances/{FQDN}/?registerToken={T}"),
        SANDBOX,
    );
    assert_eq!(a.fqdn, FQDN);
    ok(
        &format!("http://127.0.0.1:4000/cozy/instances/{FQDN}?registerToken={T}"),
        SANDBOX,
    );
    ok(
        &format!(
            "http://127.0.0.1:4000/cozy/instances/{FQDN}/auth/passphrase?onboarding=true&registerToken={T}"
        ),
        SANDBOX,
    );
}

#[test]
fn a_bare_token_is_for_the_instance_just_created() {
    let a = ok(T, REAL);
    assert_eq!(a.fqdn, FQDN);
    let upper = ok(&T.to_uppercase(), REAL);
    assert_eq!(upper.token.expose_secret(), T, "hex is read in either case");
    let e = read(Lang::En, T, None, REAL).unwrap_err();
    assert!(e.contains("does not say which Cozy"), "{e}");
}

#[test]
fn the_instance_is_read_from_the_link_when_none_is_expected() {
    let Ok(Link::Token(a)) = read(
        Lang::En,
        &format!("https://bob.mycozy.cloud/?registerToken={T}"),
        None,
        REAL,
    ) else {
        panic!()
    };
    assert_eq!(a.fqdn, "bob.mycozy.cloud");
}

#[test]
fn the_email_s_link_to_the_cloudery_is_to_be_followed() {
    for link in [
        "https://manager.cozycloud.cc/cozy/activate/3dfb649c80712791",
        "http://127.0.0.1:4000/cozy/activate/3dfb649c80712791",
    ] {
        let template = if link.starts_with("http:") {
            SANDBOX
        } else {
            REAL
        };
        assert!(
            matches!(
                read(Lang::En, link, Some(FQDN), template),
                Ok(Link::Follow(_))
            ),
            "{link}"
        );
        assert!(matches!(
            read(Lang::En, link, None, template),
            Ok(Link::Follow(_))
        ));
    }
    let e = refused("http://cloudery.example.org/activate/x", REAL);
    assert!(
        e.contains("cannot be followed"),
        "plain http off this machine: {e}"
    );
}

#[test]
fn a_magic_link_is_told_apart() {
    let link = format!("https://{FQDN}/?onboarding=true&magic_code=abc");
    assert!(matches!(
        read(Lang::En, &link, Some(FQDN), REAL),
        Ok(Link::MagicCode { .. })
    ));
}

#[test]
fn wrappers_and_white_space_around_a_copy_are_dropped() {
    ok(&format!("  <https://{FQDN}/?registerToken={T}>\n"), REAL);
    ok(&format!("\"{T}\""), REAL);
}

#[test]
fn malformed_tokens_are_refused_with_the_reason() {
    assert!(refused(&T[..31], REAL).contains("has 31"));
    assert!(refused(&format!("{T}0"), REAL).contains("has 33"));
    assert!(refused(&format!("{}g", &T[..31]), REAL).contains("“g”"));
    assert!(refused("", REAL).contains("is needed"));
    let e = refused(&format!("https://{FQDN}/?registerToken=abc"), REAL);
    assert!(e.contains("has 3"), "{e}");
}

#[test]
fn addresses_that_are_not_activation_links_are_refused() {
    let e = refused(&format!("https://{FQDN}/"), REAL);
    assert!(e.contains("no registerToken"), "{e}");
    let e = refused(&format!("http://{FQDN}/?registerToken={T}"), REAL);
    assert!(e.contains("not on a Cozy"), "{e}");
    let e = refused("https://", REAL);
    assert!(e.contains("cannot be read"), "{e}");
    let e = refused(
        &format!("http://127.0.0.1:4000/cozy/other/{FQDN}/?registerToken={T}"),
        SANDBOX,
    );
    assert!(e.contains("not on a Cozy"), "{e}");
    let e = refused(
        &format!("http://127.0.0.1:4000/cozy/instances/{FQDN}/"),
        SANDBOX,
    );
    assert!(e.contains("no registerToken"), "{e}");
}

#[test]
fn a_refusal_says_what_is_wrong_with_the_text_as_given() {
    // Cut short in the middle of the parameter's name.
    let e = refused(&format!("https://{FQDN}/?register"), REAL);
    assert_eq!(
        e,
        "This link has no registerToken: it ends at “…e.mycozy.cloud/?register”, part way \
         through registerToken (the copy stops short of the token). It is an address of \
         alice.mycozy.cloud: give the whole link of the activation email, or the address \
         your browser shows after opening it."
    );
    // A border character copied into the middle of the name.
    let e = refused(&format!("https://{FQDN}/?register│Token={T}"), REAL);
    assert!(
        e.contains("it has “register│Token” where registerToken should be"),
        "{e}"
    );
    assert!(!e.contains(T), "the token is not shown: {e}");
    // No query at all.
    let e = refused(&format!("https://{FQDN}/"), REAL);
    assert!(e.contains("with no ?registerToken=… after it"), "{e}");
    // Not a link.
    let e = refused("Hello Jane, here is your link", REAL);
    assert_eq!(
        e,
        "This is not a link: it starts with “Hello Jane, here is your…”, not https://; nor \
         a token: “H” cannot be in one (a token is made of 0–9 and a–f)."
    );
    let e = refused("www.example.org/x", REAL);
    assert!(
        e.contains("This is not a link: it starts with “www.example.org/x”"),
        "{e}"
    );
    // A token cut short in the link: where it ends, masked.
    let e = refused(&format!("https://{FQDN}/?registerToken={}", &T[..20]), REAL);
    assert_eq!(
        e,
        "The registerToken in this link has 20 characters, and a token has 32 characters: \
         the link ends at “…ken=••••••••••••••••••••”. Give the whole link of the \
         activation email."
    );
    assert!(!e.contains(&T[..20]), "{e}");
}

#[test]
fn a_link_for_another_instance_is_refused_with_both_names() {
    let e = refused(
        &format!("https://bob.mycozy.cloud/?registerToken={T}"),
        REAL,
    );
    assert!(e.contains("bob.mycozy.cloud") && e.contains(FQDN), "{e}");
    let e = refused(
        &format!("https://app.example.org/x?fqdn=bob.mycozy.cloud&registerToken={T}"),
        REAL,
    );
    assert!(e.contains("not for alice.mycozy.cloud"), "{e}");
}
