use super::*;

#[test]
fn pasted_codes_lose_spaces_and_dashes() {
    let mut c = CodeStep::new(Lang::En, "v".into(), Instant::now());
    c.paste(" 123-456\n");
    assert_eq!(c.field.value(), "123456");
    assert_eq!(c.field.note, None, "nothing was refused");
    assert!(c.complete());
    assert_eq!(c.validated(), Some(123456));
}

#[test]
fn a_code_with_a_leading_zero_is_still_six_digits_and_an_integer() {
    let mut c = CodeStep::new(Lang::En, "v".into(), Instant::now());
    c.paste("012345");
    assert_eq!(c.validated(), Some(12345));
}

#[test]
fn the_countdown_ticks_once_a_second_then_stops() {
    let now = Instant::now();
    let c = CodeStep::new(Lang::En, "v".into(), now);
    assert!(!c.can_resend(now));
    assert_eq!(c.seconds_left(now), 30);
    assert_eq!(c.next_tick(now), Some(now + Duration::from_secs(1)));
    let later = now + Duration::from_millis(29_500);
    assert_eq!(c.seconds_left(later), 1);
    assert_eq!(c.next_tick(later), Some(later + Duration::from_millis(500)));
    assert_eq!(c.next_tick(now + RESEND_AFTER), None);
    assert!(c.can_resend(now + RESEND_AFTER));
}
