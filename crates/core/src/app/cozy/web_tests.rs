use super::*;

/// `onboarding_link`, its refusal in English words.
fn link(config: &CozyConfig, email: &str, slug: &str) -> Result<String, String> {
    onboarding_link(config, email, slug).map_err(|why| why.said(Lang::En))
}

#[test]
fn the_link_carries_what_was_typed_encoded() {
    let config = CozyConfig::default();
    assert_eq!(
        link(&config, "", "").unwrap(),
        "https://manager.cozycloud.cc/v2/cozy/onboard?offer=cozy_default"
    );
    assert_eq!(
        link(&config, "a+b@example.org", "alice").unwrap(),
        "https://manager.cozycloud.cc/v2/cozy/onboard?email=a%2Bb%40example.org&slug=alice&offer=cozy_default"
    );
    let no_offer = CozyConfig {
        offer: String::new(),
        ..CozyConfig::default()
    };
    assert_eq!(
        link(&no_offer, "", "").unwrap(),
        "https://manager.cozycloud.cc/v2/cozy/onboard"
    );
}

#[test]
fn a_bad_web_address_is_said_in_the_persons_language() {
    let config = CozyConfig {
        web: "mailto:someone".into(),
        ..CozyConfig::default()
    };
    assert_eq!(
        link(&config, "", "").unwrap_err(),
        "cozy.web = \"mailto:someone\" cannot hold a path"
    );
    let why = onboarding_link(&config, "", "").unwrap_err();
    assert_eq!(
        why.said(Lang::Fr),
        "cozy.web = \"mailto:someone\" ne peut pas contenir de chemin"
    );
    let config = CozyConfig {
        web: "nowhere".into(),
        ..CozyConfig::default()
    };
    let why = onboarding_link(&config, "", "").unwrap_err();
    assert!(why.said(Lang::Fr).contains("n’est pas une URL"), "{why:?}");
    assert!(link(&config, "", "").unwrap_err().contains("is not a URL"));
}

#[test]
fn the_sandbox_and_the_redirect() {
    let config = CozyConfig {
        web: "http://127.0.0.1:4000/cozy".into(),
        partner: "my partner".into(),
        redirect: Some("https://app.example.org/done?x=1".into()),
        ..CozyConfig::default()
    };
    assert_eq!(
        link(&config, "", "bob").unwrap(),
        "http://127.0.0.1:4000/cozy/v2/my%20partner/onboard?slug=bob&offer=cozy_default&redirect=https%3A%2F%2Fapp.example.org%2Fdone%3Fx%3D1"
    );
}
