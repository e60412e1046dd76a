use super::*;

#[test]
fn natural_order_compares_numbers_as_numbers() {
    assert_eq!(natural("Sto2", "Sto10"), std::cmp::Ordering::Less);
    assert_eq!(natural("abc", "ABD"), std::cmp::Ordering::Less);
    assert_eq!(natural("a", "a"), std::cmp::Ordering::Equal);
}
