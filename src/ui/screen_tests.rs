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

/// An intro of two rows, a blank row, two rows a person must read; what was placed, by row.
fn intro_gap_words(s: &mut Pieces<'static, ()>) {
    if s.keeps(GivesWay::Intro) {
        s.lines(vec![Line::raw("intro 1"), Line::raw("intro 2")]);
    }
    s.gap(1);
    s.lines(vec![Line::raw("must 1"), Line::raw("must 2")]);
}

fn fitted_in(height: u16, laid: &std::cell::Cell<u32>) -> (Vec<u16>, Vec<GivesWay>) {
    let mut s = Pieces::new(Rect::new(0, 0, 20, height), Theme::new(false));
    s.fit(|s| {
        laid.set(laid.get() + 1);
        intro_gap_words(s);
    });
    let rows = s.placed.iter().map(|(rect, ..)| rect.y).collect();
    (rows, s.gone.clone())
}

#[test]
fn fit_gives_way_kind_by_kind_and_a_screen_with_room_is_laid_out_once() {
    let laid = std::cell::Cell::new(0);
    assert_eq!(fitted_in(5, &laid), (vec![0, 3], vec![]));
    assert_eq!(laid.get(), 1, "the trial that fits is the layout kept");
    // One row short: the blank row goes first, the intro stays.
    assert_eq!(
        fitted_in(4, &laid).0,
        vec![0, 2],
        "blank rows give way before the intro"
    );
    // Two short: the intro goes, and the blank row it made room for comes back.
    let (rows, gone) = fitted_in(3, &laid);
    assert_eq!(rows, vec![1]);
    assert!(gone.contains(&GivesWay::Intro) && !gone.contains(&GivesWay::Blank));
}
