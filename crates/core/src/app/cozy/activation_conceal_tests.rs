use super::conceal;

#[test]
fn a_token_is_masked_in_a_link_and_alone_and_nothing_else_is() {
    let token = "0123456789abcdef0123456789abcdef";
    let link = format!("https://alice.mycozy.cloud/?registerToken={token}");
    let shown = conceal(&link);
    assert!(!shown.contains(token));
    assert!(shown.starts_with("https://alice.mycozy.cloud/?registerToken=•"));
    assert_eq!(
        shown.chars().count(),
        link.chars().count(),
        "cursor columns stay true"
    );
    assert_eq!(conceal(token), "•".repeat(32));
    assert_eq!(
        conceal("https://cafe.mycozy.cloud/"),
        "https://cafe.mycozy.cloud/"
    );
}
