use super::*;

#[test]
fn a_launcher_error_is_said_in_a_line() {
    let said = no_browser(&format!(
        "Launcher \"xdg-open\" failed {}\nmore",
        "x".repeat(200)
    ));
    assert!(said.starts_with("No browser could be opened here (Launcher"));
    assert!(said.contains('…') && !said.contains("more"));
    assert!(said.chars().count() < 140);
    let dit = no_browser_in(Lang::Fr, "xdg-open failed");
    assert!(dit.starts_with("Aucun navigateur"), "{dit}");
    assert!(dit.contains("(xdg-open failed)"), "{dit}");
}
