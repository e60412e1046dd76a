use super::*;

#[test]
fn yes_and_no_are_read_the_same_everywhere() {
    for yes in ["y", "Yes", " true", "1", "oui", "Oui"] {
        assert_eq!(yes_no(yes), Some(true), "{yes}");
    }
    for no in ["n", "NO", "false ", "0", "non", "NON"] {
        assert_eq!(yes_no(no), Some(false), "{no}");
    }
    assert_eq!(yes_no("maybe"), None);
}

#[test]
fn a_choice_is_its_number_or_its_text() {
    let options = ["Try again", "Back to the menu"];
    assert_eq!(choice("2", &options), Some(1));
    assert_eq!(choice("try again", &options), Some(0));
    assert_eq!(choice("3", &options), None);
    assert_eq!(choice("0", &options), None);
}
