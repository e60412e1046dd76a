use super::*;
use crate::app::problem::Problem;

#[test]
fn a_check_that_failed_is_said_as_it_failed_and_only_nothing_kept_asks_to_sign_in() {
    let failed = Problem::failed("the check's task ended before it answered");
    let out = stopped_or(Some(&failed), "sign in first".into());
    assert_eq!(out.exit, Exit::Failed);
    assert_eq!(out.message, "the check's task ended before it answered");
    let out = stopped_or(None, "sign in first".into());
    assert_eq!(out.exit, Exit::Usage);
    assert_eq!(out.message, "sign in first");
}
