//! The one request a flow waits for: sent, answered or cancelled in one place, so that an
//! answer for anything else (a screen the person left, a request cancelled, a retry that
//! replaced it) is recognised as late and dropped here, the same way in every flow.

use super::{Command, Ctx, RequestId};

/// What a flow's request is doing, as the flow's own enum: the screens and the spinner say
/// it in words, and decisions (may quitting lose it?) are made on the value, never on the
/// words.
pub trait Work: Copy + PartialEq + std::fmt::Debug {
    fn words(self) -> &'static str;

    /// The words in `lang`: a flow whose words are in the catalogue says them here; until
    /// then, its English words.
    fn said(self, _lang: crate::lang::Lang) -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed(self.words())
    }
}

#[derive(Debug, Clone)]
pub struct InFlight<W> {
    sent: Option<(RequestId, W)>,
}

impl<W> Default for InFlight<W> {
    fn default() -> Self {
        InFlight { sent: None }
    }
}

impl<W: Work> InFlight<W> {
    /// Sends the command `make` builds for a new request id; any request still in flight is
    /// no longer waited for (its answer will be dropped).
    pub fn send(&mut self, ctx: &mut Ctx, work: W, make: impl FnOnce(RequestId) -> Command) {
        let id = ctx.next_id();
        ctx.out.push(make(id).into());
        self.sent = Some((id, work));
    }

    /// The work `id` answers, no longer in flight; `None` for a late answer, to be dropped.
    pub fn answer(&mut self, id: RequestId) -> Option<W> {
        match self.sent {
            Some((sent, work)) if sent == id => {
                self.sent = None;
                Some(work)
            }
            _ => {
                tracing::debug!(?id, "dropping an answer nobody waits for");
                None
            }
        }
    }

    /// Stops waiting and asks the backend to stop the work; its answer, if it comes, is
    /// dropped.
    pub fn cancel(&mut self, ctx: &mut Ctx) -> Option<W> {
        let (id, work) = self.sent.take()?;
        ctx.out.push(Command::Cancel(id).into());
        Some(work)
    }

    pub fn work(&self) -> Option<W> {
        self.sent.map(|(_, work)| work)
    }

    pub fn id(&self) -> Option<RequestId> {
        self.sent.map(|(id, _)| id)
    }

    pub fn is_some(&self) -> bool {
        self.sent.is_some()
    }

    pub fn is_none(&self) -> bool {
        self.sent.is_none()
    }

    /// What is in flight, in words.
    pub fn words(&self) -> Option<&'static str> {
        self.work().map(W::words)
    }

    /// What is in flight, in words, in `lang`.
    pub fn said(&self, lang: crate::lang::Lang) -> Option<std::borrow::Cow<'static, str>> {
        self.work().map(|work| work.said(lang))
    }
}

#[cfg(test)]
mod tests {
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
        let mut app = crate::app::App::new(
            crate::config::Config::default(),
            (80, 24),
            std::time::Instant::now(),
        );
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
}
