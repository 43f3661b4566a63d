//! How a watch waits between attempts that failed, in the manner of client-go's reflector: a
//! delay that starts at 800 ms and doubles up to 30 s, with jitter so that many watches (ours
//! and other clients') do not come back in step; reset only once a watch delivered real
//! events again. And when to give up: after a few requests in a row that got no answer (the
//! server is gone: the client has already retried each), or after a minute of nothing but
//! errors (a server or proxy that answers every watch with one).
//!
//! Pure (the caller passes the time), so the schedule is tested without waiting.
//!
//! Why not kube-runtime's `watcher`, whose default backoff does much the same: it would add
//! kube-runtime and its dependencies to a tree we keep lean, and hand us typed (or
//! `DynamicObject`) events where the views keep raw JSON; our loop in `watch.rs` also owns
//! what the views need from it: a redraw notice after every (re)list, scoped selectors that
//! are swapped when a new revision appears, and one error line when it gives up. The schedule
//! is the part worth copying, and it is this small.

use std::time::{Duration, Instant};

/// The first delay (client-go's reflector: 800 ms).
pub const START: Duration = Duration::from_millis(800);
/// The longest delay (client-go: 30 s).
pub const CAP: Duration = Duration::from_secs(30);
/// Each delay is `d × (1 + JITTER × r)`, r uniform in [0, 1). client-go uses 1.0; half of it
/// keeps the time to notice a dead server under the connect timeout plus a few seconds.
pub const JITTER: f64 = 0.5;
/// Requests in a row that got no answer at all (unreachable, timed out, 5xx/429 after the
/// client's own retries): then the server is taken to be gone.
pub const MAX_UNANSWERED: u32 = 4;
/// Only failures (no real event) for this long: give up.
pub const GIVE_UP_AFTER: Duration = Duration::from_secs(60);

/// What to do after a failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Try again after this long.
    Wait(Duration),
    /// Stop and report the last error.
    GiveUp,
}

/// The failure history of one watch.
#[derive(Debug, Clone)]
pub struct Backoff {
    /// Failures since the last real event: the delay grows with them.
    failures: u32,
    /// Requests in a row that got no answer.
    unanswered: u32,
    /// When the current run of failures began.
    failing_since: Option<Instant>,
    /// xorshift state for the jitter (no crate needed for this little randomness).
    seed: u64,
}

impl Backoff {
    /// `seed` varies the jitter between watches (any value; 0 is replaced).
    pub fn new(seed: u64) -> Backoff {
        Backoff {
            failures: 0,
            unanswered: 0,
            failing_since: None,
            // splitmix64 of the seed: neighbouring seeds start far apart.
            seed: {
                let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
                z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
                z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
                (z ^ (z >> 31)) | 1
            },
        }
    }

    /// A seed that differs between runs and between watches of one run.
    pub fn random_seed(salt: usize) -> u64 {
        use std::hash::{BuildHasher, Hasher};
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_usize(salt);
        h.finish()
    }

    /// The server answered, but with an error (an ERROR event, `410 Gone`, a stream that
    /// ended before its first line).
    pub fn failed(&mut self, now: Instant) -> Next {
        self.unanswered = 0;
        let step = self.failures;
        self.failures += 1;
        self.next(now, step)
    }

    /// A request got no answer (after the client's own retries).
    pub fn unanswered(&mut self, now: Instant) -> Next {
        self.unanswered += 1;
        if self.unanswered >= MAX_UNANSWERED {
            return Next::GiveUp;
        }
        // Its own schedule, so that errors before the server went away do not stretch the
        // time it takes to notice.
        self.next(now, self.unanswered - 1)
    }

    /// A request was answered (a list, or a watch's response head): the server is there.
    pub fn answered(&mut self) {
        self.unanswered = 0;
    }

    /// A watch delivered a real event (added, modified, deleted): all is well again.
    pub fn delivered(&mut self) {
        self.failures = 0;
        self.unanswered = 0;
        self.failing_since = None;
    }

    /// How long the current run of failures has lasted.
    pub fn failing_for(&self, now: Instant) -> Duration {
        self.failing_since
            .map_or(Duration::ZERO, |since| now.saturating_duration_since(since))
    }

    /// The `step`-th delay (0: the first), or giving up after a minute of failures.
    fn next(&mut self, now: Instant, step: u32) -> Next {
        let since = *self.failing_since.get_or_insert(now);
        if now.saturating_duration_since(since) >= GIVE_UP_AFTER {
            return Next::GiveUp;
        }
        let base = START
            .saturating_mul(2u32.saturating_pow(step.min(16)))
            .min(CAP);
        Next::Wait(base.mul_f64(1.0 + JITTER * self.unit()))
    }

    /// A number in [0, 1).
    fn unit(&mut self) -> f64 {
        let mut x = self.seed;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.seed = x;
        (x >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait(n: Next) -> Duration {
        match n {
            Next::Wait(d) => d,
            Next::GiveUp => panic!("gave up"),
        }
    }

    #[test]
    fn delays_double_from_800_ms_with_jitter_up_to_30_s() {
        let mut b = Backoff::new(42);
        let t = Instant::now();
        let mut base = START;
        for _ in 0..8 {
            let d = wait(b.failed(t));
            assert!(
                d >= base && d < base.mul_f64(1.0 + JITTER),
                "{d:?} for {base:?}"
            );
            base = (base * 2).min(CAP);
        }
        assert!(wait(b.failed(t)) >= CAP);
    }

    #[test]
    fn jitter_differs_between_watches() {
        let t = Instant::now();
        let a: Vec<Duration> = (0..4).map(|_| wait(Backoff::new(1).failed(t))).collect();
        let mut b1 = Backoff::new(1);
        let mut b2 = Backoff::new(2);
        assert_ne!(wait(b1.failed(t)), wait(b2.failed(t)));
        assert!(
            a.iter().all(|d| *d == a[0]),
            "the same seed, the same delay"
        );
    }

    #[test]
    fn only_real_events_reset_the_delay() {
        let mut b = Backoff::new(7);
        let t = Instant::now();
        wait(b.failed(t));
        wait(b.failed(t));
        // An answered request (the list worked) is no reason to hurry.
        b.answered();
        assert!(wait(b.failed(t)) >= START * 4);
        b.delivered();
        assert!(wait(b.failed(t)) < START * 2);
    }

    #[test]
    fn a_server_that_does_not_answer_is_given_up_on_after_a_few_tries() {
        let mut b = Backoff::new(3);
        let t = Instant::now();
        let mut waited = Duration::ZERO;
        for _ in 1..MAX_UNANSWERED {
            waited += wait(b.unanswered(t + waited));
        }
        assert_eq!(b.unanswered(t + waited), Next::GiveUp);
        // 0.8 + 1.6 + 3.2 s, each at most 1.5 times that: well under the aim of 12 s.
        assert!(waited < Duration::from_millis(8_400), "{waited:?}");
        // Earlier errors do not stretch it.
        let mut b = Backoff::new(3);
        for _ in 0..5 {
            wait(b.failed(t));
        }
        assert!(wait(b.unanswered(t)) < START * 2);
        // An answer in between starts the count again.
        let mut b = Backoff::new(3);
        for _ in 0..10 {
            wait(b.unanswered(t));
            b.answered();
        }
    }

    #[test]
    fn a_minute_of_nothing_but_errors_gives_up() {
        let mut b = Backoff::new(9);
        let t = Instant::now();
        wait(b.failed(t));
        wait(b.failed(t + Duration::from_secs(59)));
        assert_eq!(
            b.failing_for(t + Duration::from_secs(59)),
            Duration::from_secs(59)
        );
        assert_eq!(b.failed(t + GIVE_UP_AFTER), Next::GiveUp);
        // Real events in between: the minute starts again.
        let mut b = Backoff::new(9);
        wait(b.failed(t));
        b.delivered();
        wait(b.failed(t + Duration::from_secs(59)));
        wait(b.failed(t + GIVE_UP_AFTER + Duration::from_secs(1)));
    }
}
