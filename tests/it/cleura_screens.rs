//! Snapshots of every Cleura screen at 80x24, and of the region table at 160x48.

use crate::common;

use common::regions::{at_sign_in, session, signing_in};
use common::{key, reply, request_id, typed};

use std::time::Duration;

use cloudboard::api::ApiError;
use cloudboard::api::cleura::{Area, Domain, Project, Region};
use cloudboard::api::error::Refusal;
use cloudboard::app::App;
use cloudboard::app::cleura::{Reply, Session};
use cloudboard::config::CleuraApi;
use cloudboard::store::secrets::Location;
use ratatui::crossterm::event::KeyCode;

// The scenarios below are the French screens' too (`french_cleura`): each is set up once.

/// bob's login and password sent from the sign-in form, a code sent to his phone.
pub(crate) fn to_code(app: &mut App) {
    let id = signing_in(app, "bob", "bob-password");
    reply(
        app,
        id,
        Reply::CodeSent {
            verification: "v".into(),
        },
    );
}

pub(crate) fn at_code(width: u16, height: u16) -> App {
    let mut app = at_sign_in(width, height);
    to_code(&mut app);
    app
}

pub(crate) fn guide_domains() -> Vec<Domain> {
    let d = |id: &str, area: &str, area_id: &str, tag: &str, region: &str, code: &str| Domain {
        id: id.into(),
        name: "CCP_Domain_43597".into(),
        status: "provisioned".into(),
        enabled: true,
        area: Area {
            id: area_id.into(),
            name: area.into(),
            tag: tag.into(),
            regions: vec![Region {
                id: "1".into(),
                name: region.into(),
                tag: code.into(),
                status: Some("active".into()),
            }],
        },
    };
    vec![
        d(
            "79b0cef45b504586ad0bf057dc4cb8b8",
            "Sweden / Stockholm",
            "6",
            "SE_STO2",
            "Stockholm / Sweden",
            "Sto2",
        ),
        d(
            "08db589d04f442e19c272f2cd1a02906",
            "Germany / Frankfurt",
            "7",
            "DE",
            "Frankfurt / Germany",
            "Fra1",
        ),
        d(
            "a018123218f5428ba96d7fb212d90cf2",
            "Europe",
            "1",
            "EU",
            "Karlskrona / Sweden",
            "Kna1",
        ),
    ]
}

/// The code typed, and the sign-in's answer: `session` with `domains`, kept in the keyring.
pub(crate) fn signed_in(app: &mut App, session: Session, domains: Result<Vec<Domain>, ApiError>) {
    let id = request_id(&typed(app, "123456"));
    reply(
        app,
        id,
        Reply::SignedIn {
            session,
            domains,
            kept: Ok(Location::Keyring),
        },
    );
}

/// Signed in as bob, with a code sent by SMS, on the region table of `domains`.
pub(crate) fn at_bobs_regions(width: u16, height: u16, domains: Vec<Domain>) -> App {
    let mut app = at_code(width, height);
    signed_in(&mut app, session("bob"), Ok(domains));
    app
}

/// alice's sign-in with a wrong password, refused.
pub(crate) fn at_sign_in_refused(width: u16, height: u16) -> App {
    let mut app = at_sign_in(width, height);
    let id = signing_in(&mut app, "alice", "wrong");
    reply(
        &mut app,
        id,
        Reply::SignInFailed(ApiError::Declined {
            status: 401,
            refusal: Refusal::WrongCredentials,
            said: Some("Invalid login or password".into()),
        }),
    );
    app
}

/// carol's sign-in, refused: her second factor is WebAuthn.
pub(crate) fn at_second_factor_not_sms(width: u16, height: u16) -> App {
    let mut app = at_sign_in(width, height);
    let id = signing_in(&mut app, "carol", "carol-password");
    reply(
        &mut app,
        id,
        Reply::SignInFailed(ApiError::Declined {
            status: 200,
            refusal: Refusal::SecondFactorUnusable {
                methods: vec!["webauthn".into()],
            },
            said: None,
        }),
    );
    app
}

/// A wrong code sent, two tries left.
pub(crate) fn wrong_code(app: &mut App) {
    let id = request_id(&typed(app, "111111"));
    reply(
        app,
        id,
        Reply::CodeRefused(ApiError::Declined {
            status: 400,
            refusal: Refusal::CodeWrong {
                tries_left: Some(2),
            },
            said: Some("Invalid code".into()),
        }),
    );
}

/// A wrong code sent, and the verification spent by it.
pub(crate) fn spent(app: &mut App) {
    let id = request_id(&typed(app, "111111"));
    reply(
        app,
        id,
        Reply::CodeRefused(ApiError::Declined {
            status: 400,
            refusal: Refusal::VerificationSpent,
            said: Some("This verification is spent: too many wrong codes".into()),
        }),
    );
}

/// After a spent verification: yes, sign in again, and a new code is sent.
pub(crate) fn started_over(app: &mut App) {
    let out = key(app, KeyCode::Char('y'));
    reply(
        app,
        request_id(&out),
        Reply::CodeSent {
            verification: "v2".into(),
        },
    );
}

pub(crate) fn project(name: &str, default: Option<bool>, enabled: bool) -> Project {
    Project {
        id: format!("{name}-0123456789abcdef"),
        name: name.into(),
        domain_id: "a018123218f5428ba96d7fb212d90cf2".into(),
        enabled,
        default,
        description: format!("{name} project"),
    }
}

/// Enter on the selected region (Kna1, the table's first row), and its `projects` listed.
pub(crate) fn projects_of_kna1(app: &mut App, projects: Vec<Project>) {
    let id = request_id(&key(app, KeyCode::Enter));
    reply(
        app,
        id,
        Reply::Projects {
            domain: "a018123218f5428ba96d7fb212d90cf2".into(),
            region: "Kna1".into(),
            projects: Ok(projects),
        },
    );
}

/// On bob's regions, Kna1's projects refused: his token works, his access does not reach
/// them (a 403 in the words Cleura refuses a missing privilege with).
pub(crate) fn at_projects_refused(width: u16, height: u16) -> App {
    let mut app = at_bobs_regions(width, height, guide_domains());
    let id = request_id(&key(&mut app, KeyCode::Enter));
    reply(
        &mut app,
        id,
        Reply::Projects {
            domain: "a018123218f5428ba96d7fb212d90cf2".into(),
            region: "Kna1".into(),
            projects: Err(ApiError::Declined {
                status: 403,
                refusal: Refusal::NoAccess,
                said: Some("No access: Your user does not have access to this method.".into()),
            }),
        },
    );
    app
}

/// Whether `words` are read on `screen` within a box: across its rows, its sides left out.
pub(crate) fn reads_in_box(screen: &str, words: &str) -> bool {
    let text = |t: &str| {
        t.replace(['│', '"'], " ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    text(screen).contains(&text(words))
}

/// More projects than the projects' box holds: project-01 to project-12.
pub(crate) fn twelve_projects() -> Vec<Project> {
    (1..=12)
        .map(|i| project(&format!("project-{i:02}"), None, true))
        .collect()
}

/// Signed in over v2, which has no list of a domain's projects: Kna1's are the login's own.
pub(crate) fn at_projects_v2(width: u16, height: u16) -> App {
    let mut app = at_code(width, height);
    let session = Session {
        api: CleuraApi::V2,
        ..session("bob")
    };
    signed_in(&mut app, session, Ok(guide_domains()));
    projects_of_kna1(&mut app, vec![project("bob-kna1-production", None, true)]);
    app
}

/// x, then y: signed out, here and at Cleura.
pub(crate) fn sign_out(app: &mut App) {
    key(app, KeyCode::Char('x'));
    let id = request_id(&key(app, KeyCode::Char('y')));
    reply(
        app,
        id,
        Reply::SignedOut {
            remote: Ok(()),
            local: Ok(()),
        },
    );
}

#[test]
fn sign_in() {
    let app = at_sign_in(80, 24);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn sign_in_refused() {
    let app = at_sign_in_refused(80, 24);
    insta::assert_snapshot!(common::render(&app));
}

/// At 60x16 what can give way does (here a spare row), and both problems are read: the
/// field's under it, Cleura's under the button.
#[test]
fn sign_in_refused_at_60x16() {
    let screen = common::render(&at_sign_in_refused(60, 16));
    for said in [
        "✗ Wrong login or password.",
        "✗ Cleura refused the sign-in: Invalid login or password.",
        "[ Sign in ]",
    ] {
        assert!(screen.contains(said), "{said:?} missing:\n{screen}");
    }
    insta::assert_snapshot!(screen);
}

#[test]
fn sign_in_with_empty_fields() {
    let mut app = at_sign_in(80, 24);
    key(&mut app, KeyCode::Enter);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn code_sent() {
    let app = at_code(80, 24);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn code_half_typed_after_a_wrong_one() {
    let mut app = at_code(80, 24);
    wrong_code(&mut app);
    typed(&mut app, "123");
    app.now += Duration::from_secs(31);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn sign_in_again_once_the_verification_ended() {
    let mut app = at_code(80, 24);
    spent(&mut app);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn code_after_the_verification_started_over() {
    let mut app = at_code(80, 24);
    spent(&mut app);
    started_over(&mut app);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn second_factor_not_sms() {
    let app = at_second_factor_not_sms(80, 24);
    insta::assert_snapshot!(common::render(&app));
}

/// At 60x16 what there is to read is whole: the problem, why, what to change, the way back.
/// The second factors Cleura named, which the problem already says, are a hint: here they
/// keep the row the blank rows left (in French, longer, they give way: `french_cleura`).
#[test]
fn second_factor_not_sms_at_60x16() {
    let screen = common::render(&at_second_factor_not_sms(60, 16));
    for whole in [
        "second factor (webauthn) cannot be used",
        "Your account signs in with a second factor",
        "code sent by SMS.",
        "then sign in here again.",
        "Enter or Esc: back to sign in",
    ] {
        assert!(common::reads(&screen, whole), "{whole:?}\n{screen}");
    }
    insta::assert_snapshot!(screen);
}

#[test]
fn regions() {
    let app = at_bobs_regions(80, 24, guide_domains());
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn regions_filtered() {
    let mut app = at_bobs_regions(80, 24, guide_domains());
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "swe");
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn projects() {
    let mut app = at_bobs_regions(80, 24, guide_domains());
    projects_of_kna1(
        &mut app,
        vec![
            project("default", Some(true), true),
            project("staging", Some(false), false),
        ],
    );
    insta::assert_snapshot!(common::render(&app));
}

/// v2 has no list of a domain's projects: the box says these are the login's own.
#[test]
fn projects_v2() {
    let app = at_projects_v2(80, 24);
    insta::assert_snapshot!(common::render(&app));
}

/// A region's projects refused to a login whose token works: the box says what happened, in
/// Cleura's words, and whom to ask, whole at 80x24 and at 60x16.
#[test]
fn projects_refused_for_want_of_access() {
    for (w, h) in [(80, 24), (60, 16)] {
        let screen = common::render(&at_projects_refused(w, h));
        for whole in [
            "Cleura does not let bob list the projects of Europe (Kna1)",
            "ask an administrator of the Cleura account to give bob access to them.",
            "Esc or Enter: back",
        ] {
            assert!(reads_in_box(&screen, whole), "{w}x{h}: {whole:?}\n{screen}");
        }
        insta::assert_snapshot!(format!("projects_refused_{w}x{h}"), screen);
    }
}

/// x asks before signing out; the question stands over the table.
#[test]
fn sign_out_asked() {
    let mut app = at_bobs_regions(80, 24, guide_domains());
    assert!(key(&mut app, KeyCode::Char('x')).is_empty());
    insta::assert_snapshot!(common::render(&app));
}

/// A column's order is the rows' order: by region, Frankfurt, Karlskrona, Stockholm.
#[test]
fn sorted_by_region() {
    let mut app = at_bobs_regions(80, 24, guide_domains());
    key(&mut app, KeyCode::Char('2'));
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn signed_out() {
    let mut app = at_bobs_regions(80, 24, guide_domains());
    sign_out(&mut app);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn region_table_at_160x48() {
    let mut domains = guide_domains();
    // A larger account: more areas and regions, some not active or not enabled.
    for i in 0..12 {
        let mut d = domains[i % 3].clone();
        d.id = format!("extra{i:02}");
        d.area.name = format!("Area {}", i / 3 + 1);
        d.area.regions[0].tag = format!("Reg{i}");
        d.area.regions[0].name = format!("Region number {i} / Somewhere");
        if i % 4 == 0 {
            d.area.regions[0].status = Some("maintenance".into());
        }
        if i % 5 == 0 {
            d.enabled = false;
            d.status = "pending".into();
        }
        domains.push(d);
    }
    let app = at_bobs_regions(160, 48, domains);
    insta::assert_snapshot!(common::render(&app));
}

#[test]
fn small_sizes_do_not_panic() {
    for (w, h) in [(60, 16), (61, 17), (80, 24), (200, 60)] {
        let app = at_bobs_regions(w, h, guide_domains());
        let _ = common::render(&app);
        let app = at_code(w, h);
        let _ = common::render(&app);
    }
}

#[test]
fn a_thousand_regions_draw_only_what_fits() {
    let mut domains = Vec::new();
    for i in 0..1000 {
        let mut d = guide_domains()[i % 3].clone();
        d.id = format!("d{i:04}");
        d.area.name = format!("Area {} / Zone", i % 9);
        d.area.regions[0].tag = format!("Rg{i}");
        d.area.regions[0].name = format!("Region {i:04} / Cloud");
        domains.push(d);
    }
    let mut app = at_bobs_regions(200, 60, domains);
    key(&mut app, KeyCode::End);
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(200, 60)).unwrap();
    terminal
        .draw(|f| {
            cloudboard::ui::view(&app, f);
        })
        .unwrap();
    let screen = terminal.backend().to_string();
    // Sorted by area then region: the last row is Area 8's last region.
    assert!(
        screen.contains("Rg998"),
        "End shows the last row:\n{screen}"
    );
    // Filtering happens in update, once per key, not per frame.
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "rg99");
    let Some(cloudboard::app::cleura::Step::Regions(regions)) =
        app.flows.cleura.as_ref().map(|f| &f.step)
    else {
        panic!("not on the regions")
    };
    assert_eq!(regions.view.len(), 11, "Rg99 and Rg990..Rg999");
}

/// The regions as `cloudboard sandbox --regions N` serves them: the guide's three, then
/// fifty to an area with tags like `Sbx0999`.
fn sandbox_domains(count: usize) -> Vec<Domain> {
    let mut domains = guide_domains();
    for number in domains.len() + 1..=count {
        let mut d = guide_domains()[0].clone();
        d.id = format!("{number:032x}");
        d.area.name = format!("Sandbox / Area {}", number / 50 + 1);
        d.area.regions[0].name = format!("Sandbox region {number:04}");
        d.area.regions[0].tag = format!("Sbx{number:04}");
        domains.push(d);
    }
    domains
}

/// End on a thousand regions: a full last page, every tag whole, the count readable.
#[test]
fn a_thousand_regions_at_the_end() {
    for (w, h) in [(100, 30), (80, 24), (60, 16)] {
        let mut app = at_bobs_regions(w, h, sandbox_domains(1000));
        key(&mut app, KeyCode::End);
        let screen = common::render(&app);
        for tag in ["Sbx0999", "Sbx1000", "Sto2"] {
            assert!(screen.contains(tag), "{w}x{h}: {tag} whole:\n{screen}");
        }
        assert!(!screen.contains("Sbx09…"), "{w}x{h}:\n{screen}");
        assert!(
            screen.contains("1,000 of 1,000 regions"),
            "{w}x{h}: the count:\n{screen}"
        );
        insta::assert_snapshot!(format!("a_thousand_regions_at_the_end_{w}x{h}"), screen);
    }
}

/// PageUp from the end: a whole page up, the selection still on the last line.
#[test]
fn a_thousand_regions_a_page_up_from_the_end() {
    let mut app = at_bobs_regions(100, 30, sandbox_domains(1000));
    key(&mut app, KeyCode::End);
    key(&mut app, KeyCode::PageUp);
    insta::assert_snapshot!(common::render(&app));
}

/// Esc out of a filter: the region chosen before is still the one selected, in its place.
#[test]
fn esc_out_of_a_filter_keeps_the_selected_region() {
    let mut app = at_bobs_regions(100, 30, sandbox_domains(1000));
    for _ in 0..30 {
        key(&mut app, KeyCode::PageDown);
    }
    key(&mut app, KeyCode::Down);
    let before = common::render(&app);
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "sbx06");
    key(&mut app, KeyCode::Esc);
    assert_eq!(common::render(&app), before);
    insta::assert_snapshot!(before);
}

#[test]
fn a_filter_that_matches_nothing_says_so_and_an_empty_account_too() {
    let mut app = at_bobs_regions(100, 30, guide_domains());
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "atlantis");
    let screen = common::render(&app);
    assert!(screen.contains("No region matches the filter."), "{screen}");
    assert!(screen.contains("0 of 3 regions"), "{screen}");
    let app = at_bobs_regions(100, 30, Vec::new());
    let screen = common::render(&app);
    assert!(
        screen.contains("No region is listed for this account."),
        "{screen}"
    );
}

/// At narrow widths a row keeps its region's name whole: "Enabled" and "Domain status" give
/// way to their marks, then the area's name.
#[test]
fn a_narrow_table_keeps_the_region_names_whole() {
    for (w, h) in [(60, 16), (80, 24)] {
        let screen = common::render(&at_bobs_regions(w, h, guide_domains()));
        for name in [
            "Karlskrona / Sweden",
            "Frankfurt / Germany",
            "Stockholm / Sweden",
        ] {
            assert!(screen.contains(name), "{w}x{h}: {name}:\n{screen}");
        }
    }
}

/// The projects' box owns its rows from side to side, down to the line under the table:
/// nothing of the table shows beside it or under it, at any size.
#[test]
fn the_projects_box_hides_the_table_at_every_size() {
    for (w, h) in [(100, 30), (80, 24), (60, 16)] {
        let mut app = at_bobs_regions(w, h, sandbox_domains(40));
        projects_of_kna1(&mut app, twelve_projects());
        let screen = common::render(&app);
        let rows: Vec<&str> = screen.lines().map(|row| row.trim_matches('"')).collect();
        let Some(top) = rows.iter().position(|row| row.contains('┌')) else {
            panic!("{w}x{h}: no box:\n{screen}")
        };
        // From the box's top to the line under the table, which names the region.
        for row in &rows[top..rows.len() - 2] {
            let beside = row.trim_start().starts_with(['┌', '│', '└'])
                && row.trim_end().ends_with(['┐', '│', '┘']);
            assert!(
                beside || row.trim().is_empty(),
                "{w}x{h}: {row:?}\n{screen}"
            );
        }
        insta::assert_snapshot!(format!("projects_over_a_long_table_{w}x{h}"), screen);
    }
}

/// On a short terminal the blank row above the way back gives way when that shows one more
/// project; the way back stands under the projects' names.
#[test]
fn projects_on_a_short_terminal() {
    let mut app = at_bobs_regions(60, 16, guide_domains());
    let three = ["default", "staging", "production"].map(|name| project(name, None, true));
    projects_of_kna1(&mut app, three.to_vec());
    let screen = common::render(&app);
    for said in [
        "› default",
        "  staging",
        "↓ 1 more below",
        "│  Esc or Enter: back",
    ] {
        assert!(screen.contains(said), "{said:?}\n{screen}");
    }
    insta::assert_snapshot!("projects_60x16", screen);
}

/// More projects than the box holds: it scrolls with the selection and says what is cut.
#[test]
fn many_projects_scroll() {
    let mut app = at_bobs_regions(80, 24, guide_domains());
    projects_of_kna1(&mut app, twelve_projects());
    let top = common::render(&app);
    assert!(
        top.contains("project-01") && top.contains("more below"),
        "{top}"
    );
    for _ in 0..8 {
        key(&mut app, KeyCode::Down);
    }
    let screen = common::render(&app);
    assert!(screen.contains("› project-09"), "{screen}");
    assert!(screen.contains("more above"), "{screen}");
    insta::assert_snapshot!(screen);
}
