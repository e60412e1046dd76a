use super::*;

#[test]
fn wrap_breaks_at_spaces_and_cuts_long_words() {
    assert_eq!(
        wrap("one two three", 9, Tone::Plain),
        vec!["one two", "three"]
    );
    assert_eq!(
        wrap("x https://example.org/a/very/long/path", 12, Tone::Plain),
        vec!["x", "https://exam", "ple.org/a/ve", "ry/long/path"]
    );
    assert_eq!(
        wrap("bad thing here", 12, Tone::Problem),
        vec!["✗ bad thing", "  here"]
    );
}

#[test]
fn an_indented_wrap_keeps_every_line_in_and_the_rest_under_the_words() {
    assert_eq!(
        wrap_indented("bad thing here", 14, Tone::Warning, 2),
        vec!["  ! bad thing", "    here"]
    );
    assert_eq!(
        wrap_indented("one two three", 11, Tone::Dim, 2),
        vec!["  one two", "  three"]
    );
}
