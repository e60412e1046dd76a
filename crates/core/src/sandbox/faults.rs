//! Fault injection for provider routes: added latency, a share of answers that are 503 with
//! Retry-After, a global rate limit answering 429, CloudSigma sessions that end soon or
//! change their CSRF token, a Cleura listing that answers a status, and an answer lost
//! after its action is done — set with
//! `POST /_sandbox/faults`.

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Faults {
    /// Added before every provider answer.
    pub latency_ms: u64,
    /// Share of provider answers (0 to 1) that are 503 with Retry-After.
    pub error_rate: f64,
    /// Provider requests per second above which the answer is 429 (0: no limit).
    pub rate_limit_per_s: f64,
    /// How long a CloudSigma session opened from now on lasts, in seconds, and the
    /// `Max-Age` its cookie says (0: the documented 14 days). With `/_sandbox/clock`, a
    /// session that expires.
    pub cloudsigma_session_secs: u64,
    /// Every `accounts/action` answered to a CloudSigma session sets a new `csrftoken`, and
    /// the old one stops working, as a later answer may do on the real service.
    pub cloudsigma_rotate_csrf: bool,
    /// What the real Cloudery and instances may do that the fixtures never show.
    pub cozy: super::cozy::CozyFaults,
    /// What the real Cleura API may answer that the fixtures never show.
    pub cleura: super::cleura::CleuraFaults,
    /// The next time this action succeeds, its connection is closed before the answer is
    /// written: the provider did it, the client never hears. Once, then off.
    pub lose_answer_to: Option<Action>,
}

/// An action whose answer can be lost: the ones a client cannot simply send again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// `POST` of a new instance to the Cloudery (either route pair).
    CozyCreate,
    /// `POST …/settings/passphrase` on an instance: the activation.
    CozyPassphrase,
    /// `POST accounts/action/?do=create` at CloudSigma.
    SigmaCreate,
}

impl Action {
    /// The action a request is, if it is one whose answer can be lost.
    pub fn of(method: &axum::http::Method, path: &str, query: Option<&str>) -> Option<Action> {
        if method != axum::http::Method::POST {
            return None;
        }
        let path = path.trim_end_matches('/');
        if path == "/cozy/api/public/instances" || path == "/cozy/api/v1/instances" {
            Some(Action::CozyCreate)
        } else if path.starts_with("/cozy/instances/") && path.ends_with("/settings/passphrase") {
            Some(Action::CozyPassphrase)
        } else if path.starts_with("/cloudsigma/")
            && path.ends_with("/accounts/action")
            && query.is_some_and(|q| q.split('&').any(|pair| pair == "do=create"))
        {
            Some(Action::SigmaCreate)
        } else {
            None
        }
    }
}

/// What the faults decide for one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Pass,
    Unavailable,
    RateLimited,
}

/// A token bucket for the rate limit, and a small generator for the error rate.
#[derive(Debug)]
pub struct FaultState {
    pub faults: Faults,
    tokens: f64,
    last: Instant,
    rng: u64,
}

impl Default for FaultState {
    fn default() -> FaultState {
        FaultState {
            faults: Faults::default(),
            tokens: 0.0,
            last: Instant::now(),
            rng: 0x2545_f491_4f6c_dd1d,
        }
    }
}

impl FaultState {
    pub fn set(&mut self, faults: Faults) {
        self.faults = faults;
        self.tokens = faults.rate_limit_per_s;
        self.last = Instant::now();
    }

    /// Whether this finished action's answer is to be lost; the fault is spent if so.
    pub fn loses_answer(&mut self, action: Option<Action>, succeeded: bool) -> bool {
        let lose = succeeded && action.is_some() && self.faults.lose_answer_to == action;
        if lose {
            self.faults.lose_answer_to = None;
        }
        lose
    }

    pub fn latency(&self) -> Duration {
        Duration::from_millis(self.faults.latency_ms)
    }

    pub fn judge(&mut self, now: Instant) -> Verdict {
        let limit = self.faults.rate_limit_per_s;
        if limit > 0.0 {
            let elapsed = now.saturating_duration_since(self.last).as_secs_f64();
            self.last = now;
            self.tokens = (self.tokens + elapsed * limit).min(limit.max(1.0));
            if self.tokens < 1.0 {
                return Verdict::RateLimited;
            }
            self.tokens -= 1.0;
        }
        if self.faults.error_rate > 0.0 && self.next_unit() < self.faults.error_rate {
            return Verdict::Unavailable;
        }
        Verdict::Pass
    }

    /// A number in [0, 1) (xorshift; quality is no concern for fault injection).
    fn next_unit(&mut self) -> f64 {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        (self.rng >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_rate_of_one_always_fails_and_zero_never() {
        let mut f = FaultState::default();
        f.set(Faults {
            error_rate: 1.0,
            ..Faults::default()
        });
        assert!((0..50).all(|_| f.judge(Instant::now()) == Verdict::Unavailable));
        f.set(Faults::default());
        assert!((0..50).all(|_| f.judge(Instant::now()) == Verdict::Pass));
    }

    #[test]
    fn an_answer_is_lost_once_and_only_for_its_action_when_it_succeeded() {
        let mut f = FaultState::default();
        f.set(Faults {
            lose_answer_to: Some(Action::CozyCreate),
            ..Faults::default()
        });
        assert!(!f.loses_answer(Some(Action::SigmaCreate), true));
        assert!(!f.loses_answer(None, true));
        assert!(!f.loses_answer(Some(Action::CozyCreate), false));
        assert!(f.loses_answer(Some(Action::CozyCreate), true));
        assert!(!f.loses_answer(Some(Action::CozyCreate), true));
    }

    #[test]
    fn actions_are_known_by_method_path_and_query() {
        use axum::http::Method;
        let of = Action::of;
        assert_eq!(
            of(&Method::POST, "/cozy/api/public/instances", None),
            Some(Action::CozyCreate)
        );
        assert_eq!(
            of(&Method::POST, "/cozy/api/v1/instances/", None),
            Some(Action::CozyCreate)
        );
        assert_eq!(of(&Method::GET, "/cozy/api/v1/instances", None), None);
        assert_eq!(
            of(
                &Method::POST,
                "/cozy/instances/a.mycozy.cloud/settings/passphrase",
                None
            ),
            Some(Action::CozyPassphrase)
        );
        assert_eq!(
            of(
                &Method::POST,
                "/cloudsigma/api/2.0/accounts/action/",
                Some("do=create")
            ),
            Some(Action::SigmaCreate)
        );
        assert_eq!(
            of(
                &Method::POST,
                "/cloudsigma/api/2.0/accounts/action/",
                Some("do=login")
            ),
            None
        );
    }

    #[test]
    fn the_rate_limit_lets_a_burst_through_then_refuses() {
        let mut f = FaultState::default();
        f.set(Faults {
            rate_limit_per_s: 2.0,
            ..Faults::default()
        });
        let now = Instant::now();
        assert_eq!(f.judge(now), Verdict::Pass);
        assert_eq!(f.judge(now), Verdict::Pass);
        assert_eq!(f.judge(now), Verdict::RateLimited);
        assert_eq!(f.judge(now + Duration::from_secs(1)), Verdict::Pass);
    }
}
