//! A small simulated rollout controller for the playground: a learning and demo aid that reacts
//! to the fields our commands write the way the Argo Rollouts controller does, so `promote`,
//! `abort`, `undo`, `set-weight`, `restart` and `set image` have visible effects. It is not
//! Argo Rollouts: no traffic routing, no services, no real metrics.
//!
//! Everything here is synchronous and clock-free: `tick` takes the store and `now`, and all
//! randomness comes from a seeded generator, so the unit tests drive it step by step.

//!
//! One file per concern: [`pods`] (pods and ReplicaSets), [`rollout`] (the update plan and
//! status of a rollout), [`canary`] and [`bluegreen`] (the two strategies), [`analysis`] and
//! [`experiments`]; [`json`] holds the fallible JSON helpers they share. A reconciler returns
//! [`json::Malformed`] instead of panicking when an object has an odd shape, and the tick skips
//! that object.

mod analysis;
mod bluegreen;
mod canary;
mod experiments;
mod json;
mod pods;
mod rollout;

use jiff::{SignedDuration, Timestamp};
use serde_json::{Value, json};

use crate::apiserver::Store;
use json::{Step, meta, obj_mut, save};

const ARGO: &str = crate::model::ARGO_API_VERSION;

/// Simulated durations (divided by the speed factor).
const POD_START: SignedDuration = SignedDuration::from_secs(4);
const POD_STOP: SignedDuration = SignedDuration::from_secs(3);
const MEASUREMENT_INTERVAL: SignedDuration = SignedDuration::from_secs(10);
/// Measurements a step analysis takes before it succeeds.
const STEP_MEASUREMENTS: i64 = 3;
/// Measurements a background analysis keeps (older ones are dropped, the count goes on).
const KEPT_MEASUREMENTS: usize = 10;
const DEFAULT_SCALE_DOWN_DELAY: i64 = 30;

/// A seeded generator (SplitMix64): reproducible pod names and measurement values.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// `n` characters from Kubernetes' alphabet for generated names (no vowels, no 0/1/3).
    pub fn suffix(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(SAFE[(self.next_u64() % SAFE.len() as u64) as usize]))
            .collect()
    }

    /// A whole number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

const SAFE: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";

/// A pod template hash as Kubernetes computes one (`controller.ComputeHash`): FNV-32a of the
/// template (of its JSON here; Kubernetes hashes a printed dump), its decimal digits written
/// with `rand.SafeEncodeString`, so the hash has the real ones' shape: up to 10 characters
/// from `4-9`, `b`, `c`, `d`, `f`, e.g. `5f8c7d9b64`.
pub fn template_hash(template: &Value) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in template.to_string().bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h.to_string()
        .bytes()
        .map(|b| char::from(SAFE[usize::from(b) % SAFE.len()]))
        .collect()
}

/// The hash of a step list, kept in `status.currentStepHash` to notice rewritten steps.
pub fn steps_hash(steps: &Value) -> String {
    template_hash(steps)
}

/// The simulated controller. `speed` > 1 makes simulated time pass faster.
pub struct Controller {
    rng: Rng,
    speed: f64,
    pods: std::collections::HashMap<String, Vec<Value>>,
}

impl Controller {
    pub fn new(seed: u64, speed: f64) -> Self {
        let speed = if speed.is_finite() && speed > 0.0 {
            speed
        } else {
            1.0
        };
        Controller {
            rng: Rng::new(seed),
            speed,
            pods: std::collections::HashMap::new(),
        }
    }

    /// A simulated duration in real time (saturating: a huge delay at a tiny speed is "never").
    fn real(&self, d: SignedDuration) -> SignedDuration {
        SignedDuration::try_from_secs_f64(d.as_secs_f64() / self.speed)
            .unwrap_or(SignedDuration::MAX)
    }

    fn elapsed(&self, since: Option<Timestamp>, d: SignedDuration, now: Timestamp) -> bool {
        since.is_none_or(|s| now.duration_since(s) >= self.real(d))
    }

    /// Prepares loaded objects: records each rollout's step hash (so the loaded step index
    /// stands) and creates the pods of every ReplicaSet, already running. Returns the objects
    /// skipped as malformed, as [`Controller::tick`] does.
    pub fn bootstrap(&mut self, store: &mut Store, now: Timestamp) -> Vec<String> {
        let mut skipped = Vec::new();
        for ro in store.list(ARGO, "rollouts", None) {
            let r = Self::record_step_hash(store, &ro);
            note_skip(&mut skipped, "rollout", &ro, r);
        }
        for rs in store.list("apps/v1", "replicasets", None) {
            let r = self.start_loaded_pods(store, &rs, now);
            note_skip(&mut skipped, "replicaset", &rs, r);
        }
        skipped.extend(self.tick(store, now));
        skipped
    }

    fn record_step_hash(store: &mut Store, ro: &Value) -> Step {
        let mut new = ro.clone();
        let steps = json::at(ro, &["spec", "strategy", "canary", "steps"])
            .cloned()
            .unwrap_or(json!([]));
        obj_mut(&mut new, "status")?.insert("currentStepHash".into(), json!(steps_hash(&steps)));
        save(store, ARGO, "rollouts", ro, new);
        Ok(())
    }

    /// One reconciliation of everything in the store.
    ///
    /// Objects are reconciled one by one; one the controller cannot handle (someone applied a
    /// malformed object) is skipped, so it never stops the playground. Returns the names of
    /// the skipped objects.
    pub fn tick(&mut self, store: &mut Store, now: Timestamp) -> Vec<String> {
        let mut skipped = Vec::new();
        self.index_pods(store);
        for ro in store.list(ARGO, "rollouts", None) {
            let r = self.rollout(store, &ro, now);
            note_skip(&mut skipped, "rollout", &ro, r);
        }
        for ex in store.list(ARGO, "experiments", None) {
            let r = self.experiment(store, &ex, now);
            note_skip(&mut skipped, "experiment", &ex, r);
        }
        for ar in store.list(ARGO, "analysisruns", None) {
            let r = self.analysis_run(store, &ar, now);
            note_skip(&mut skipped, "analysisrun", &ar, r);
        }
        for rs in store.list("apps/v1", "replicasets", None) {
            let r = self.replica_set(store, &rs, now);
            note_skip(&mut skipped, "replicaset", &rs, r);
        }
        skipped
    }
}

fn note_skip(skipped: &mut Vec<String>, what: &str, obj: &Value, r: Step) {
    if r.is_err() {
        skipped.push(format!(
            "{what} {}/{}",
            meta(obj, "namespace"),
            meta(obj, "name")
        ));
    }
}

#[cfg(test)]
mod tests;
