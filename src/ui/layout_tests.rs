use super::*;

#[test]
fn the_stack_never_hands_out_rows_below_its_area() {
    let mut s = Stack::new(Rect::new(0, 0, 10, 3));
    assert_eq!(s.take(2).height, 2);
    assert_eq!(s.take(2).height, 1);
    assert_eq!(s.take(2).height, 0);
    assert_eq!(s.room(), 0);
}
