//! Limits the sandbox keeps as real services do, so that a client's handling of them can be
//! tried: a login whose password fails a few times is locked for a while, and SMS codes for
//! one login are few per window. Both answer 429 with Retry-After (a sandbox choice: neither
//! Cleura nor CloudSigma documents its limits), and both run on the sandbox's clock.

use std::collections::HashMap;
use std::time::{Duration, Instant};

/// Failed passwords in a row that lock a login.
pub const FAILED_PASSWORDS: u32 = 5;
/// How long a locked login stays locked.
pub const LOCKED_FOR: Duration = Duration::from_secs(300);
/// SMS codes one login may be sent per window.
pub const SMS_PER_WINDOW: usize = 3;
pub const SMS_WINDOW: Duration = Duration::from_secs(600);
/// Logins tracked at most: past it the oldest entries go (a flood of made-up logins must
/// not grow the sandbox).
const MAX_TRACKED: usize = 10_000;

#[derive(Debug, Default)]
pub struct Throttle {
    /// Failed passwords in a row, by login, and when the login is locked until.
    failures: HashMap<String, (u32, Option<Instant>)>,
    /// When each recent SMS went out, by login.
    sms: HashMap<String, Vec<Instant>>,
}

impl Throttle {
    /// How long `login` stays locked, if it is.
    pub fn locked(&self, login: &str, now: Instant) -> Option<Duration> {
        let until = self.failures.get(login)?.1?;
        (until > now).then(|| until - now)
    }

    /// A wrong password for `login`: after the last allowed one, the login is locked (and
    /// how long is returned).
    pub fn failed(&mut self, login: &str, now: Instant) -> Option<Duration> {
        if self.failures.len() >= MAX_TRACKED && !self.failures.contains_key(login) {
            self.failures.clear();
        }
        let entry = self.failures.entry(login.to_string()).or_insert((0, None));
        if entry.1.is_some_and(|until| until <= now) {
            *entry = (0, None);
        }
        entry.0 += 1;
        if entry.0 >= FAILED_PASSWORDS {
            entry.1 = Some(now + LOCKED_FOR);
            return Some(LOCKED_FOR);
        }
        None
    }

    /// The right password: the count starts again.
    pub fn succeeded(&mut self, login: &str) {
        self.failures.remove(login);
    }

    /// Asks to send an SMS to `login`: allowed (and counted), or how long until one is.
    pub fn sms(&mut self, login: &str, now: Instant) -> Result<(), Duration> {
        if self.sms.len() >= MAX_TRACKED && !self.sms.contains_key(login) {
            self.sms.clear();
        }
        let sent = self.sms.entry(login.to_string()).or_default();
        sent.retain(|at| now.saturating_duration_since(*at) < SMS_WINDOW);
        if sent.len() >= SMS_PER_WINDOW {
            let oldest = sent.iter().min().copied().unwrap_or(now);
            return Err(SMS_WINDOW.saturating_sub(now.saturating_duration_since(oldest)));
        }
        sent.push(now);
        Ok(())
    }
}

/// `response` (a refusal in the provider's shape) as a 429 that says when to come back.
pub fn too_many(
    mut response: axum::response::Response,
    wait: Duration,
) -> axum::response::Response {
    *response.status_mut() = axum::http::StatusCode::TOO_MANY_REQUESTS;
    response.headers_mut().insert(
        axum::http::header::RETRY_AFTER,
        axum::http::HeaderValue::from(crate::text::whole_seconds(wait)),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_login_is_locked_after_the_last_allowed_failure_and_unlocked_after_the_wait() {
        let mut t = Throttle::default();
        let now = Instant::now();
        for _ in 1..FAILED_PASSWORDS {
            assert_eq!(t.failed("alice", now), None);
            assert_eq!(t.locked("alice", now), None);
        }
        assert_eq!(t.failed("alice", now), Some(LOCKED_FOR));
        assert_eq!(t.locked("alice", now), Some(LOCKED_FOR));
        assert_eq!(t.locked("bob", now), None, "only that login");
        let later = now + LOCKED_FOR;
        assert_eq!(t.locked("alice", later), None);
        assert_eq!(t.failed("alice", later), None, "counting starts again");
        t.succeeded("alice");
        assert_eq!(t.failures.get("alice"), None);
    }

    #[test]
    fn sms_are_few_per_window_and_the_wait_is_until_the_oldest_leaves_it() {
        let mut t = Throttle::default();
        let now = Instant::now();
        for i in 0..SMS_PER_WINDOW {
            assert_eq!(
                t.sms("bob", now + Duration::from_secs(i as u64 * 60)),
                Ok(())
            );
        }
        let asked = now + Duration::from_secs(200);
        assert_eq!(
            t.sms("bob", asked),
            Err(SMS_WINDOW - Duration::from_secs(200))
        );
        assert_eq!(t.sms("bob", now + SMS_WINDOW), Ok(()));
    }
}
