use super::*;

#[test]
fn custom_addresses_are_checked_and_normalised() {
    assert_eq!(
        check_custom(" https://cloud.example.com/api/2.0 ", Lang::En).unwrap(),
        "https://cloud.example.com/api/2.0/"
    );
    assert!(check_custom("http://127.0.0.1:9/api/2.0/", Lang::En).is_ok());
    let e = check_custom("http://cloud.example.com/api/2.0/", Lang::En).unwrap_err();
    assert!(e.contains("https"), "{e}");
    assert!(
        check_custom("", Lang::En)
            .unwrap_err()
            .contains("API address")
    );
    assert!(check_custom("cloud.example.com", Lang::En).is_err());
    assert!(check_custom("https://x.example/api/?a=1", Lang::En).is_err());
}

#[test]
fn the_filter_matches_code_city_and_country_without_case() {
    let config = CloudSigmaConfig::default();
    let mut form = LocationForm::new(&config, None, None, false, Lang::En);
    form.filter.set_value("GERM");
    assert_eq!(form.rows(), vec![Row::Place(1), Row::Place(2), Row::Custom]);
    form.filter.set_value("united states");
    assert_eq!(form.rows().len(), 3);
    form.filter.set_value("tyo");
    assert_eq!(form.rows(), vec![Row::Place(4), Row::Custom]);
}

/// `dumps/locations.csv` as of January 2026: sixteen, four on partners' hosts, no SJC
/// (removed in November 2025), no MIA.
#[test]
fn the_built_in_list_is_cloudsigmas_own() {
    let places = built_in();
    assert_eq!(places.len(), 16);
    let api = |code: &str| places[place_index(&places, code).unwrap()].api.clone();
    assert_eq!(api("wdc"), "https://wdc.alpha3cloud.com/api/2.0/");
    assert_eq!(api("DUB"), "https://ec.servecentric.com/api/2.0/");
    assert_eq!(api("ruh"), "https://ruh.cld.v2.sa/api/2.0/");
    assert_eq!(api("adb"), "https://siaflex.cloud/api/2.0/");
    assert!(place_index(&places, "sjc").is_none());
    assert!(place_index(&places, "mia").is_none());
    for place in &places {
        assert!(usable_endpoint(&place.api).is_ok(), "{place:?}");
        assert!(place.api.ends_with("/api/2.0/"), "{place:?}");
    }
    let config = CloudSigmaConfig::default();
    let form = LocationForm::new(&config, None, None, false, Lang::En);
    assert_eq!(form.selected_place().unwrap().code, "ZRH", "the default");
}

#[test]
fn a_template_puts_every_location_at_one_address_pattern() {
    let places = built_in();
    let dub = &places[place_index(&places, "dub").unwrap()];
    let own = CloudSigmaConfig::default();
    assert_eq!(dub.api(&own), "https://ec.servecentric.com/api/2.0/");
    let one = CloudSigmaConfig {
        api_template: Some("http://127.0.0.1:1/{loc}/api/2.0/".into()),
        ..CloudSigmaConfig::default()
    };
    assert_eq!(dub.api(&one), "http://127.0.0.1:1/dub/api/2.0/");
}

#[test]
fn the_current_list_replaces_the_built_in_one_keeping_the_highlight() {
    let config = CloudSigmaConfig::default();
    let mut form = LocationForm::new(&config, Some("tyo"), None, false, Lang::En);
    let live = vec![
        Place {
            code: "ZRH".into(),
            name: "Zurich, Switzerland".into(),
            api: "https://zrh.cloudsigma.com/api/2.0/".into(),
        },
        Place {
            code: "TYO".into(),
            name: "Tokyo, Japan".into(),
            api: "https://tyo.cloudsigma.com/api/2.0/".into(),
        },
        Place {
            code: "MTY".into(),
            name: "Monterrey, Mexico".into(),
            api: "https://mty.stratospherecloud.com/api/2.0/".into(),
        },
    ];
    form.use_list(live.clone(), Lang::En);
    assert_eq!(form.source, ListSource::Live);
    assert_eq!(form.places.len(), 3);
    assert_eq!(form.selected_place().unwrap().code, "TYO");
    let mut form = LocationForm::new(&config, Some("lon"), None, false, Lang::En);
    form.use_list(live, Lang::En);
    assert_eq!(
        form.selected_place().unwrap().code,
        "ZRH",
        "a location no longer listed: back to the default"
    );
    form.use_list(Vec::new(), Lang::En);
    assert_eq!(form.places.len(), 3, "an empty answer changes nothing");
}

/// A kept session is named as it was when it was opened, whichever list named it then; a
/// name kept for another code than the location found, or none (an earlier version's copy),
/// leaves the list's.
#[test]
fn a_kept_session_keeps_the_name_it_was_opened_under() {
    let config = CloudSigmaConfig::default();
    let zrh = "https://zrh.cloudsigma.com/api/2.0/";
    let kept = |api: &str, code: Option<&str>, name: Option<&str>| {
        let mut form = LocationForm::new(&config, None, None, false, Lang::En);
        form.set_kept(api, &config, code, name);
        form
    };
    let form = kept(zrh, Some("ZRH"), Some("Zurich, Switzerland"));
    assert_eq!(
        form.chosen.as_ref().unwrap().label(),
        "Zurich, Switzerland (ZRH)"
    );
    assert_eq!(form.selected_place().unwrap().code, "ZRH", "its row");
    let form = kept(zrh, Some("zrh"), None);
    assert_eq!(
        form.chosen.as_ref().unwrap().label(),
        "Switzerland, Zurich (ZRH)"
    );
    // Kept at Frankfurt, but Zurich's address is where it answers: Zurich, by its own name.
    let form = kept(zrh, Some("FRA"), Some("Frankfurt, Germany"));
    assert_eq!(
        form.chosen.as_ref().unwrap().label(),
        "Switzerland, Zurich (ZRH)"
    );

    // A location only CloudSigma's current list had: still itself, not a custom address.
    let mty = "https://mty.cloudsigma.com/api/2.0/";
    let form = kept(mty, Some("MTY"), Some("Monterrey, Mexico"));
    let chosen = form.chosen.clone().unwrap();
    assert_eq!(chosen.label(), "Monterrey, Mexico (MTY)");
    assert_eq!((chosen.code(), chosen.api(&config).as_str()), ("MTY", mty));
    // Without its name it is known by its address alone.
    let form = kept(mty, Some("MTY"), None);
    assert_eq!(form.chosen, Some(Chosen::Custom(mty.into())));
    // Nor is it the first location that shares its address, as in the sandbox.
    let everywhere = "http://127.0.0.1:1/cloudsigma/api/2.0/";
    let sandbox = CloudSigmaConfig {
        api_template: Some(everywhere.into()),
        ..CloudSigmaConfig::default()
    };
    let mut form = LocationForm::new(&sandbox, None, None, true, Lang::En);
    form.set_kept(everywhere, &sandbox, Some("MTY"), Some("Monterrey, Mexico"));
    assert_eq!(form.chosen.unwrap().label(), "Monterrey, Mexico (MTY)");
    // Opened at a partner's address: that address, even where a location answers too.
    let mut form = LocationForm::new(&sandbox, None, None, true, Lang::En);
    form.set_kept(everywhere, &sandbox, Some("custom"), Some("127.0.0.1"));
    assert_eq!(form.chosen, Some(Chosen::Custom(everywhere.into())));
    let form = kept(zrh, Some("custom"), Some("zrh.cloudsigma.com"));
    assert_eq!(form.chosen, Some(Chosen::Custom(zrh.into())));
    let partner = "https://cloud.example.com/api/2.0/";
    let form = kept(partner, Some("custom"), Some("cloud.example.com"));
    assert_eq!(form.chosen, Some(Chosen::Custom(partner.into())));
    assert_eq!(form.selected, Row::Custom);
}
