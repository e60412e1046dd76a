use super::*;
use crate::app::Commands;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Job {
    Read,
    Write,
}

impl Work for Job {
    fn words(self) -> &'static str {
        match self {
            Job::Read => "reading",
            Job::Write => "writing",
        }
    }
}

#[test]
fn only_the_answer_to_the_request_in_flight_is_taken() {
    let mut app = crate::app::tests_kit::app();
    let (mut ctx, _) = app.parts();
    let mut in_flight = InFlight::default();
    in_flight.send(&mut ctx, Job::Read, Command::LoadState);
    let first = in_flight.id().unwrap();
    in_flight.send(&mut ctx, Job::Write, Command::LoadState);
    assert_eq!(in_flight.words(), Some("writing"));
    assert_eq!(in_flight.answer(first), None, "replaced: late");
    let second = in_flight.id().unwrap();
    assert_eq!(in_flight.answer(second), Some(Job::Write));
    assert_eq!(in_flight.answer(second), None, "answered once");
    in_flight.send(&mut ctx, Job::Read, Command::LoadState);
    let third = in_flight.id().unwrap();
    assert_eq!(in_flight.cancel(&mut ctx), Some(Job::Read));
    assert!(matches!(ctx.out.commands().last(), Some(Command::Cancel(id)) if *id == third));
    assert_eq!(in_flight.answer(third), None, "cancelled: late");
}
