use super::*;

/// Each check with its refusal in English words.
fn email(value: &str) -> Result<String, String> {
    valid_email(value).map_err(|why| why.to_string())
}

fn slug(value: &str) -> Result<String, String> {
    valid_slug(value).map_err(|why| why.to_string())
}

fn promo(value: &str) -> Result<String, String> {
    valid_promo(value).map_err(|why| why.to_string())
}

#[test]
fn email_addresses_are_checked_by_a_real_parser_and_explained() {
    assert_eq!(
        email(" alice@example.org ").as_deref(),
        Ok("alice@example.org")
    );
    assert!(email("a.b+c@sub.example.co.uk").is_ok());
    assert!(email("alice").unwrap_err().contains("“@”"));
    assert!(email("@example.org").unwrap_err().contains("before"));
    assert!(email("alice@").unwrap_err().contains("after"));
    assert!(email("alice@localhost").unwrap_err().contains("dot"));
    assert!(email("alice@example..org").is_err());
    assert!(email("Alice <alice@example.org>").is_err());
    assert!(email("").unwrap_err().contains("Type"));
}

#[test]
fn slugs_follow_the_cloudery_rule() {
    assert_eq!(slug("alice").as_deref(), Ok("alice"));
    assert!(slug("a").is_ok());
    assert!(slug(&"a".repeat(30)).is_ok());
    assert!(slug(&"a".repeat(31)).unwrap_err().contains("at most 30"));
    assert!(slug("1alice").unwrap_err().contains("starts with a letter"));
    assert!(slug("").unwrap_err().contains("1 to 30"));
    assert!(slug("al-ice").unwrap_err().contains("lowercase"));
    assert!(slug("Alice").is_err());
}

#[test]
fn promo_codes_are_optional_and_plain() {
    assert_eq!(promo("  ").as_deref(), Ok(""));
    assert_eq!(promo("SPRING-2026").as_deref(), Ok("SPRING-2026"));
    assert!(promo("50%off").unwrap_err().contains("“%”"));
}

#[test]
fn refusals_are_said_in_french_too() {
    assert_eq!(
        valid_email("alice").unwrap_err().said(Lang::Fr),
        "Une adresse e-mail a besoin d’un « @ », comme dans alice@example.org."
            .replace("« ", "«\u{A0}")
            .replace(" »", "\u{A0}»")
    );
    assert!(
        valid_slug("")
            .unwrap_err()
            .said(Lang::Fr)
            .contains("1 à 30")
    );
    assert!(
        valid_promo("50%off")
            .unwrap_err()
            .said(Lang::Fr)
            .contains("%")
    );
    for value in ["", "alice", "@x.org", "a@", "a@b", "a@b..c", "Al <a@b.c>"] {
        let why = valid_email(value).unwrap_err();
        assert_eq!(email(value), Err(why.said(Lang::En)), "{value}");
        assert_ne!(why.said(Lang::Fr), why.said(Lang::En), "{value}");
    }
}

#[test]
fn every_check_has_the_one_signature() {
    let checks = [valid_email, valid_slug, valid_promo];
    assert!(checks.iter().all(|check| check("%").is_err()));
}
