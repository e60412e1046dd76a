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
