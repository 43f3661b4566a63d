//! A small simulated rollout controller for the playground: a learning and demo aid that reacts
//! to the fields our commands write the way the Argo Rollouts controller does, so `promote`,
//! `abort`, `undo`, `set-weight`, `restart` and `set image` have visible effects. It is not
//! Argo Rollouts: no traffic routing, no services, no real metrics.
//!
//! Everything here is synchronous and clock-free: `tick` takes the store and `now`, and all
//! randomness comes from a seeded generator, so the unit tests drive it step by step.

use jiff::{SignedDuration, Timestamp};
use serde_json::{Map, Value, json};

use crate::apiserver::Store;

const ARGO: &str = "argoproj.io/v1alpha1";
const HASH_LABEL: &str = "rollouts-pod-template-hash";
const REVISION: &str = "rollout.argoproj.io/revision";
/// Argo writes this annotation without a prefix.
const SCALE_DOWN_DEADLINE: &str = "scale-down-deadline";

/// Simulated durations (divided by the speed factor).
const POD_START: SignedDuration = SignedDuration::from_secs(4);
const POD_STOP: SignedDuration = SignedDuration::from_secs(3);
const MEASUREMENT_INTERVAL: SignedDuration = SignedDuration::from_secs(10);
/// Measurements a step analysis takes before it succeeds.
const STEP_MEASUREMENTS: usize = 3;
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

/// A pod template hash: FNV-1a of the template's JSON, written with the safe alphabet.
pub fn template_hash(template: &Value) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in template.to_string().bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (0..10)
        .map(|_| {
            let c = SAFE[(h % SAFE.len() as u64) as usize];
            h /= SAFE.len() as u64;
            h = h.wrapping_add(0x9E37_79B9);
            char::from(c)
        })
        .collect()
}

/// The hash of a step list, kept in `status.currentStepHash` to notice rewritten steps.
pub fn steps_hash(steps: &Value) -> String {
    template_hash(steps)
}

/// The canary weight in force at step `index` (Argo's rule): the last `setWeight` at or before
/// it, 0 when none, and 100 once every step is done.
pub fn weight_at(steps: &[Value], index: usize) -> i64 {
    if index >= steps.len() {
        return 100;
    }
    steps[..=index]
        .iter()
        .rev()
        .find_map(|s| s.get("setWeight").and_then(Value::as_i64))
        .unwrap_or(0)
        .clamp(0, 100)
}

/// (canary, stable) replica counts for a basic canary at `weight` percent of `replicas`: both
/// rounded up, as Argo does, so the total may exceed `replicas` by one.
pub fn canary_counts(replicas: i64, weight: i64) -> (i64, i64) {
    let weight = weight.clamp(0, 100);
    let canary = (replicas * weight + 99) / 100;
    let stable = (replicas * (100 - weight) + 99) / 100;
    (canary, stable)
}

/// A pause step's duration (seconds as a number, or a Go duration string); None = indefinite.
pub fn pause_duration(step: &Value) -> Option<SignedDuration> {
    let d = step.get("pause")?.get("duration")?;
    match d {
        Value::Number(n) => n.as_i64().map(SignedDuration::from_secs),
        Value::String(s) => crate::view::parse_duration_string(s),
        _ => None,
    }
}

// ----- small JSON helpers -----

fn at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(v, |cur, p| cur.get(*p))
}

fn str_at<'a>(v: &'a Value, path: &[&str]) -> &'a str {
    at(v, path).and_then(Value::as_str).unwrap_or("")
}

fn i64_at(v: &Value, path: &[&str]) -> Option<i64> {
    at(v, path).and_then(|x| {
        x.as_i64()
            .or_else(|| x.as_str().and_then(|s| s.parse().ok()))
    })
}

fn meta<'a>(v: &'a Value, field: &str) -> &'a str {
    str_at(v, &["metadata", field])
}

fn ts(v: &Value, path: &[&str]) -> Option<Timestamp> {
    str_at(v, path).parse().ok()
}

fn obj_mut<'a>(v: &'a mut Value, key: &str) -> &'a mut Map<String, Value> {
    if !v.get(key).is_some_and(Value::is_object) {
        v[key] = json!({});
    }
    v[key].as_object_mut().expect("just made an object")
}

fn rfc3339(t: Timestamp) -> String {
    Timestamp::from_second(t.as_second())
        .unwrap_or(t)
        .to_string()
}

fn owned_by(obj: &Value, uid: &str) -> bool {
    at(obj, &["metadata", "ownerReferences"])
        .and_then(Value::as_array)
        .is_some_and(|refs| {
            refs.iter()
                .any(|r| str_at(r, &["uid"]) == uid && r.get("controller") == Some(&json!(true)))
        })
}

fn owner_ref(owner: &Value, api_version: &str, kind: &str) -> Value {
    json!([{
        "apiVersion": api_version, "kind": kind, "name": meta(owner, "name"),
        "uid": meta(owner, "uid"), "controller": true, "blockOwnerDeletion": true
    }])
}

fn revision_of(rs: &Value) -> i64 {
    i64_at(rs, &["metadata", "annotations", REVISION]).unwrap_or(0)
}

fn hash_of(rs: &Value) -> &str {
    str_at(rs, &["metadata", "labels", HASH_LABEL])
}

/// A ReplicaSet's template without the hash label: what a rollout's template looks like.
fn template_without_hash(rs: &Value) -> Value {
    let mut t = at(rs, &["spec", "template"]).cloned().unwrap_or(json!({}));
    if let Some(labels) = t
        .get_mut("metadata")
        .and_then(|m| m.get_mut("labels"))
        .and_then(Value::as_object_mut)
    {
        labels.remove(HASH_LABEL);
    }
    t
}

/// Whether every field set in `small` has the same value in `big`.
fn subset(small: &Value, big: &Value) -> bool {
    match (small, big) {
        (Value::Object(a), Value::Object(b)) => a
            .iter()
            .all(|(k, v)| v.is_null() || b.get(k).is_some_and(|w| subset(v, w))),
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| subset(x, y))
        }
        _ => small == big,
    }
}

fn save(store: &mut Store, api_version: &str, plural: &str, old: &Value, new: Value) {
    if *old != new {
        let (ns, name) = (meta(old, "namespace"), meta(old, "name"));
        store.mutate(api_version, plural, ns, name, |o| *o = new);
    }
}

/// The Progressing condition the controller sets once when an update is aborted.
fn mark_aborted(st: &mut Value, rev: i64, now_s: &str) {
    let already = st
        .get("conditions")
        .and_then(Value::as_array)
        .is_some_and(|c| c.iter().any(|c| str_at(c, &["reason"]) == "RolloutAborted"));
    if !already {
        set_condition(
            st,
            "Progressing",
            "False",
            "RolloutAborted",
            &format!("Rollout aborted update to revision {rev}"),
            now_s,
        );
    }
}

fn set_condition(st: &mut Value, kind: &str, status: &str, reason: &str, msg: &str, now: &str) {
    let conds = obj_mut_array(st, "conditions");
    match conds.iter_mut().find(|c| str_at(c, &["type"]) == kind) {
        Some(c) => {
            if str_at(c, &["status"]) != status {
                c["lastTransitionTime"] = json!(now);
            }
            if str_at(c, &["status"]) != status
                || str_at(c, &["reason"]) != reason
                || str_at(c, &["message"]) != msg
            {
                c["lastUpdateTime"] = json!(now);
                c["status"] = json!(status);
                c["reason"] = json!(reason);
                c["message"] = json!(msg);
            }
        }
        None => conds.push(json!({
            "type": kind, "status": status, "reason": reason, "message": msg,
            "lastTransitionTime": now, "lastUpdateTime": now
        })),
    }
}

fn obj_mut_array<'a>(v: &'a mut Value, key: &str) -> &'a mut Vec<Value> {
    if !v.get(key).is_some_and(Value::is_array) {
        v[key] = json!([]);
    }
    v[key].as_array_mut().expect("just made an array")
}

fn has_pause(st: &Value, reason: &str) -> bool {
    st.get("pauseConditions")
        .and_then(Value::as_array)
        .is_some_and(|c| c.iter().any(|p| str_at(p, &["reason"]) == reason))
}

fn pause_start(st: &Value, reason: &str) -> Option<Timestamp> {
    st.get("pauseConditions")
        .and_then(Value::as_array)?
        .iter()
        .find(|p| str_at(p, &["reason"]) == reason)
        .and_then(|p| ts(p, &["startTime"]))
}

fn clear_pause(st: &mut Value) {
    if let Some(m) = st.as_object_mut() {
        m.remove("pauseConditions");
    }
    st["controllerPause"] = json!(false);
}

fn add_pause(st: &mut Value, reason: &str, now: &str) {
    obj_mut_array(st, "pauseConditions").push(json!({"reason": reason, "startTime": now}));
    st["controllerPause"] = json!(true);
}

/// The simulated controller. `speed` > 1 makes simulated time pass faster.
pub struct Controller {
    rng: Rng,
    speed: f64,
    pods: std::collections::HashMap<String, Vec<Value>>,
}

/// What a tick reads about one ReplicaSet's pods.
#[derive(Debug, Default, Clone, Copy)]
struct PodCounts {
    /// Not terminating.
    current: i64,
    ready: i64,
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

    /// A simulated duration in real time.
    fn real(&self, d: SignedDuration) -> SignedDuration {
        SignedDuration::from_secs_f64(d.as_secs_f64() / self.speed)
    }

    fn elapsed(&self, since: Option<Timestamp>, d: SignedDuration, now: Timestamp) -> bool {
        since.is_none_or(|s| now.duration_since(s) >= self.real(d))
    }

    /// Prepares loaded objects: records each rollout's step hash (so the loaded step index
    /// stands) and creates the pods of every ReplicaSet, already running.
    pub fn bootstrap(&mut self, store: &mut Store, now: Timestamp) {
        for ro in store.list(ARGO, "rollouts", None) {
            let mut new = ro.clone();
            let steps = at(&ro, &["spec", "strategy", "canary", "steps"])
                .cloned()
                .unwrap_or(json!([]));
            obj_mut(&mut new, "status").insert("currentStepHash".into(), json!(steps_hash(&steps)));
            save(store, ARGO, "rollouts", &ro, new);
        }
        for rs in store.list("apps/v1", "replicasets", None) {
            let want = i64_at(&rs, &["spec", "replicas"]).unwrap_or(0);
            let born = ts(&rs, &["metadata", "creationTimestamp"]).unwrap_or(now);
            for i in 0..want {
                let created = born
                    .checked_add(SignedDuration::from_secs(1 + i))
                    .unwrap_or(born);
                self.create_pod(store, &rs, created.min(now), true);
            }
        }
        self.tick(store, now);
    }

    /// One reconciliation of everything in the store.
    ///
    /// Objects are reconciled one by one; one the controller cannot handle (someone applied a
    /// malformed object) is skipped, so it never stops the playground. Returns the names of
    /// the skipped objects.
    pub fn tick(&mut self, store: &mut Store, now: Timestamp) -> Vec<String> {
        let mut skipped = Vec::new();
        let mut guarded = |what: &str, obj: &Value, f: &mut dyn FnMut()| {
            if std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).is_err() {
                skipped.push(format!(
                    "{what} {}/{}",
                    meta(obj, "namespace"),
                    meta(obj, "name")
                ));
            }
        };
        self.index_pods(store);
        for ro in store.list(ARGO, "rollouts", None) {
            guarded("rollout", &ro, &mut || self.rollout(store, &ro, now));
        }
        for ex in store.list(ARGO, "experiments", None) {
            guarded("experiment", &ex, &mut || self.experiment(store, &ex, now));
        }
        for ar in store.list(ARGO, "analysisruns", None) {
            guarded("analysisrun", &ar, &mut || {
                self.analysis_run(store, &ar, now)
            });
        }
        for rs in store.list("apps/v1", "replicasets", None) {
            guarded("replicaset", &rs, &mut || self.replica_set(store, &rs, now));
        }
        skipped
    }

    // ----- pods and ReplicaSets -----

    fn create_pod(&mut self, store: &mut Store, rs: &Value, created: Timestamp, ready: bool) {
        let rs_name = meta(rs, "name");
        let ns = meta(rs, "namespace");
        let name = loop {
            let n = format!("{rs_name}-{}", self.rng.suffix(5));
            if store.get("v1", "pods", ns, &n).is_none() {
                break n;
            }
        };
        let template = at(rs, &["spec", "template"]).cloned().unwrap_or(json!({}));
        let mut spec = template.get("spec").cloned().unwrap_or(json!({}));
        spec["nodeName"] = json!(format!("playground-node-{}", 1 + self.rng.below(3)));
        let labels = at(&template, &["metadata", "labels"])
            .cloned()
            .unwrap_or(json!({}));
        let mut pod = json!({
            "apiVersion": "v1", "kind": "Pod",
            "metadata": {
                "name": name, "namespace": ns, "generateName": format!("{rs_name}-"),
                "labels": labels, "creationTimestamp": rfc3339(created),
                "ownerReferences": owner_ref(rs, "apps/v1", "ReplicaSet"),
            },
            "spec": spec,
            "status": {},
        });
        let ip = format!(
            "10.244.{}.{}",
            self.rng.below(250) + 1,
            self.rng.below(250) + 2
        );
        pod["status"] = pod_status(&pod, ready, created, &ip);
        store.put(pod);
    }

    /// Pods by the uid of their controlling owner, read once at the start of a tick.
    fn index_pods(&mut self, store: &Store) {
        self.pods.clear();
        for p in store.list("v1", "pods", None) {
            let owner = at(&p, &["metadata", "ownerReferences"])
                .and_then(Value::as_array)
                .and_then(|refs| {
                    refs.iter()
                        .find(|r| r.get("controller") == Some(&json!(true)))
                })
                .map(|r| str_at(r, &["uid"]).to_string());
            if let Some(uid) = owner {
                self.pods.entry(uid).or_default().push(p);
            }
        }
    }

    fn pods_of(&self, rs: &Value) -> &[Value] {
        self.pods.get(meta(rs, "uid")).map_or(&[], Vec::as_slice)
    }

    /// A ReplicaSet's pods as the tick started (the next tick sees this tick's changes).
    fn counts(&self, rs: &Value) -> PodCounts {
        let mut c = PodCounts::default();
        for p in self.pods_of(rs) {
            if at(p, &["metadata", "deletionTimestamp"]).is_some() {
                continue;
            }
            c.current += 1;
            if pod_ready(p) {
                c.ready += 1;
            }
        }
        c
    }

    /// Keeps a ReplicaSet's pods at its replica count: new pods start after a while, surplus
    /// pods (not-ready first, then the newest) terminate and then disappear.
    fn replica_set(&mut self, store: &mut Store, rs: &Value, now: Timestamp) {
        let ns = meta(rs, "namespace");
        let want = i64_at(rs, &["spec", "replicas"]).unwrap_or(1).max(0);
        let pods: Vec<Value> = self.pods_of(rs).to_vec();
        let mut live = Vec::new();
        for p in pods {
            match ts(&p, &["metadata", "deletionTimestamp"]) {
                Some(gone) if now >= gone => {
                    store.delete("v1", "pods", ns, meta(&p, "name"));
                }
                Some(_) => {}
                None => live.push(p),
            }
        }
        // Start pods whose start-up time has passed.
        for p in live.iter_mut() {
            if !pod_ready(p) {
                let created = ts(p, &["metadata", "creationTimestamp"]).unwrap_or(now);
                if self.elapsed(Some(created), POD_START, now) {
                    let mut new = p.clone();
                    let ip = str_at(p, &["status", "podIP"]).to_string();
                    new["status"] = pod_status(p, true, now, &ip);
                    save(store, "v1", "pods", p, new.clone());
                    *p = new;
                }
            }
        }
        let count = i64::try_from(live.len()).unwrap_or(i64::MAX);
        let mut c = PodCounts {
            current: count,
            ready: i64::try_from(live.iter().filter(|p| pod_ready(p)).count()).unwrap_or(0),
        };
        if count < want {
            for _ in count..want {
                self.create_pod(store, rs, now, false);
            }
            c.current = want;
        } else if count > want {
            live.sort_by(|a, b| {
                pod_ready(a)
                    .cmp(&pod_ready(b))
                    .then_with(|| meta(b, "creationTimestamp").cmp(meta(a, "creationTimestamp")))
            });
            let surplus = usize::try_from(count - want).unwrap_or(0);
            for p in live.iter().take(surplus) {
                self.terminate(store, p, now);
                c.current -= 1;
                if pod_ready(p) {
                    c.ready -= 1;
                }
            }
        }
        let mut new = rs.clone();
        let st = obj_mut(&mut new, "status");
        st.insert("replicas".into(), json!(c.current));
        st.insert("fullyLabeledReplicas".into(), json!(c.current));
        st.insert("readyReplicas".into(), json!(c.ready));
        st.insert("availableReplicas".into(), json!(c.ready));
        let generation = rs["metadata"]["generation"].clone();
        st.insert("observedGeneration".into(), generation);
        let latest = store
            .get("apps/v1", "replicasets", ns, meta(rs, "name"))
            .unwrap_or(rs.clone());
        let mut merged = latest.clone();
        merged["status"] = new["status"].clone();
        save(store, "apps/v1", "replicasets", &latest, merged);
    }

    fn terminate(&self, store: &mut Store, pod: &Value, now: Timestamp) {
        let mut new = pod.clone();
        let gone = now.checked_add(self.real(POD_STOP)).unwrap_or(now);
        new["metadata"]["deletionTimestamp"] = json!(rfc3339(gone));
        new["metadata"]["deletionGracePeriodSeconds"] = json!(30);
        save(store, "v1", "pods", pod, new);
    }

    fn scale(store: &mut Store, rs: &Value, replicas: i64) {
        let ns = meta(rs, "namespace");
        let name = meta(rs, "name");
        let Some(cur) = store.get("apps/v1", "replicasets", ns, name) else {
            return;
        };
        if i64_at(&cur, &["spec", "replicas"]) != Some(replicas) {
            let mut new = cur.clone();
            new["spec"]["replicas"] = json!(replicas);
            save(store, "apps/v1", "replicasets", &cur, new);
        }
    }

    // ----- rollouts -----

    /// The pod template the rollout runs: its own, or the referenced workload's.
    fn template_of(store: &Store, ro: &Value) -> Option<(Value, Option<i64>)> {
        let Some(wr) = at(ro, &["spec", "workloadRef"]) else {
            return at(ro, &["spec", "template"]).cloned().map(|t| (t, None));
        };
        let ns = meta(ro, "namespace");
        let name = str_at(wr, &["name"]);
        let (obj, path): (Option<Value>, &[&str]) = match str_at(wr, &["kind"]) {
            "Deployment" => (
                store.get("apps/v1", "deployments", ns, name),
                &["spec", "template"],
            ),
            "ReplicaSet" => (
                store.get("apps/v1", "replicasets", ns, name),
                &["spec", "template"],
            ),
            "PodTemplate" => (store.get("v1", "podtemplates", ns, name), &["template"]),
            _ => (None, &[]),
        };
        let obj = obj?;
        let generation = i64_at(&obj, &["metadata", "generation"]);
        at(&obj, path).cloned().map(|t| (t, generation))
    }

    fn rollout(&mut self, store: &mut Store, ro: &Value, now: Timestamp) {
        let ns = meta(ro, "namespace").to_string();
        let uid = meta(ro, "uid").to_string();
        let now_s = rfc3339(now);
        let mut new = ro.clone();
        if !new.get("status").is_some_and(Value::is_object) {
            new["status"] = json!({});
        }
        let Some((template, workload_generation)) = Self::template_of(store, ro) else {
            let st = &mut new["status"];
            set_condition(
                st,
                "InvalidSpec",
                "True",
                "InvalidSpec",
                "the rollout has no pod template (or its workloadRef cannot be read)",
                &now_s,
            );
            self.finish_status(store, ro, new, &[], None, None, now);
            return;
        };
        if let Some(g) = workload_generation {
            obj_mut(&mut new, "metadata");
            obj_mut(&mut new["metadata"], "annotations").insert(
                "rollout.argoproj.io/workload-generation".into(),
                json!(g.to_string()),
            );
            new["status"]["workloadObservedGeneration"] = json!(g.to_string());
        }
        let replicas = i64_at(ro, &["spec", "replicas"]).unwrap_or(1).max(0);
        let steps: Vec<Value> = at(ro, &["spec", "strategy", "canary", "steps"])
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let blue_green = at(ro, &["spec", "strategy", "blueGreen"]).is_some_and(Value::is_object);
        let st = &mut new["status"];

        // Rewritten steps restart the plan (set-weight relies on this).
        let sh = steps_hash(&Value::Array(steps.clone()));
        if str_at(st, &["currentStepHash"]) != sh {
            if !str_at(st, &["currentStepHash"]).is_empty() {
                st["currentStepIndex"] = json!(0);
                clear_pause(st);
            }
            st["currentStepHash"] = json!(sh);
        }

        // The ReplicaSet for the current template: an existing one (undo) or a new one.
        let mut rss: Vec<Value> = store
            .list("apps/v1", "replicasets", Some(&ns))
            .into_iter()
            .filter(|rs| owned_by(rs, &uid))
            .collect();
        let max_rev = rss.iter().map(revision_of).max().unwrap_or(0);
        let found = rss
            .iter()
            .find(|rs| template_without_hash(rs) == template)
            .or_else(|| {
                rss.iter()
                    .find(|rs| subset(&template, &template_without_hash(rs)))
            })
            .cloned();
        let new_rs = match found {
            Some(rs) => {
                if hash_of(&rs) != str_at(st, &["currentPodHash"]) && revision_of(&rs) < max_rev {
                    // Undo: the old ReplicaSet becomes the newest revision again.
                    let mut bumped = rs.clone();
                    obj_mut(&mut bumped["metadata"], "annotations")
                        .insert(REVISION.into(), json!((max_rev + 1).to_string()));
                    save(store, "apps/v1", "replicasets", &rs, bumped);
                    store
                        .get("apps/v1", "replicasets", &ns, meta(&rs, "name"))
                        .unwrap_or(rs)
                } else {
                    rs
                }
            }
            None => {
                let rs = self.create_rs(store, ro, &template, max_rev + 1, replicas);
                rss.push(rs.clone());
                rs
            }
        };
        let h = hash_of(&new_rs).to_string();
        let rev = revision_of(&new_rs);
        obj_mut(&mut new, "metadata");
        obj_mut(&mut new["metadata"], "annotations")
            .insert(REVISION.into(), json!(rev.to_string()));
        let st = &mut new["status"];

        if str_at(st, &["currentPodHash"]) != h {
            // A new update starts (Argo resets abort, pauses and the step plan).
            let stable = str_at(st, &["stableRS"]).to_string();
            st["currentPodHash"] = json!(h);
            st["abort"] = json!(false);
            if let Some(m) = st.as_object_mut() {
                m.remove("promoteFull");
                m.remove("abortedAt");
                m.remove("canary");
            }
            clear_pause(st);
            // A first revision, or a return to the stable one, skips the steps.
            let skip = stable.is_empty() || stable == h;
            st["currentStepIndex"] = json!(if skip { steps.len() } else { 0 });
            if stable.is_empty() && blue_green {
                st["stableRS"] = json!(h);
                obj_mut(st, "blueGreen").insert("activeSelector".into(), json!(h));
            }
            // Analysis of an abandoned update ends with it.
            self.end_analysis(store, ro, |ar| {
                str_at(ar, &["metadata", "labels", HASH_LABEL]) != h
            });
            if !blue_green && !skip {
                self.start_background_analysis(store, ro, &h, rev, now);
            }
        }
        let stable_rs = rss
            .iter()
            .find(|rs| hash_of(rs) == str_at(st, &["stableRS"]))
            .cloned();

        if blue_green {
            self.blue_green(store, ro, &mut new, &new_rs, &rss, replicas, now);
        } else {
            self.canary(
                store,
                ro,
                &mut new,
                &new_rs,
                stable_rs.as_ref(),
                &rss,
                &steps,
                replicas,
                now,
            );
        }
        self.restart(store, ro, &mut new, &rss, now);
        let rss: Vec<Value> = store
            .list("apps/v1", "replicasets", Some(&ns))
            .into_iter()
            .filter(|rs| owned_by(rs, &uid))
            .collect();
        let active = if blue_green {
            let a = str_at(&new, &["status", "blueGreen", "activeSelector"]).to_string();
            rss.iter().find(|rs| hash_of(rs) == a).cloned()
        } else {
            None
        };
        self.finish_status(store, ro, new, &rss, Some(&new_rs), active.as_ref(), now);
    }

    fn create_rs(
        &mut self,
        store: &mut Store,
        ro: &Value,
        template: &Value,
        revision: i64,
        replicas: i64,
    ) -> Value {
        let ns = meta(ro, "namespace");
        let mut h = template_hash(template);
        let mut collisions = 0;
        while store
            .get(
                "apps/v1",
                "replicasets",
                ns,
                &format!("{}-{h}", meta(ro, "name")),
            )
            .is_some()
        {
            collisions += 1;
            h = template_hash(&json!([template, collisions]));
        }
        let mut tmpl = template.clone();
        obj_mut(&mut tmpl, "metadata");
        obj_mut(&mut tmpl["metadata"], "labels").insert(HASH_LABEL.into(), json!(h));
        let mut selector = at(ro, &["spec", "selector"]).cloned().unwrap_or(json!({}));
        obj_mut(&mut selector, "matchLabels").insert(HASH_LABEL.into(), json!(h));
        let labels = tmpl["metadata"]["labels"].clone();
        let rs = json!({
            "apiVersion": "apps/v1", "kind": "ReplicaSet",
            "metadata": {
                "name": format!("{}-{h}", meta(ro, "name")), "namespace": ns,
                "labels": labels,
                "annotations": {
                    "rollout.argoproj.io/desired-replicas": replicas.to_string(),
                    REVISION: revision.to_string(),
                },
                "ownerReferences": owner_ref(ro, ARGO, "Rollout"),
            },
            "spec": {"replicas": 0, "selector": selector, "template": tmpl},
            "status": {"replicas": 0},
        });
        store.put(rs)
    }

    #[allow(clippy::too_many_arguments)]
    fn canary(
        &mut self,
        store: &mut Store,
        ro: &Value,
        new: &mut Value,
        new_rs: &Value,
        stable_rs: Option<&Value>,
        rss: &[Value],
        steps: &[Value],
        replicas: i64,
        now: Timestamp,
    ) {
        let now_s = rfc3339(now);
        let name = meta(ro, "name").to_string();
        let st = &mut new["status"];
        let h = hash_of(new_rs).to_string();
        let aborted = st.get("abort") == Some(&json!(true));
        let paused = at(ro, &["spec", "paused"]) == Some(&json!(true));
        let mut index = i64_at(st, &["currentStepIndex"])
            .and_then(|i| usize::try_from(i).ok())
            .unwrap_or(0)
            .min(steps.len());
        if st.get("promoteFull") == Some(&json!(true)) && !aborted {
            index = steps.len();
            clear_pause(st);
        }
        let same_as_stable = stable_rs.is_none_or(|s| hash_of(s) == h);

        if aborted {
            index = 0;
            clear_pause(st);
            if str_at(st, &["abortedAt"]).is_empty() {
                st["abortedAt"] = json!(now_s);
            }
            mark_aborted(st, revision_of(new_rs), &now_s);
            if let Some(m) = st.as_object_mut() {
                m.remove("canary");
            }
            self.end_analysis(store, ro, |_| true);
        }

        // Scale to the weight of the current step.
        let weight = if aborted { 0 } else { weight_at(steps, index) };
        let (want_canary, want_stable) = if same_as_stable {
            (replicas, 0)
        } else {
            canary_counts(replicas, weight)
        };
        for rs in rss {
            let want = if hash_of(rs) == h {
                want_canary
            } else if stable_rs.is_some_and(|s| hash_of(s) == hash_of(rs)) && !same_as_stable {
                want_stable
            } else {
                0
            };
            Self::scale(store, rs, want);
        }
        let canary_ready = self.counts(new_rs).ready;
        let stable_ready = stable_rs.map_or(0, |s| self.counts(s).ready);

        // Advance through at most one step per tick, as the steps' conditions allow.
        if !aborted && !paused && index < steps.len() {
            let step = &steps[index];
            if step.get("setWeight").is_some() {
                if canary_ready >= want_canary && stable_ready >= want_stable {
                    index += 1;
                }
            } else if step.get("pause").is_some() {
                if has_pause(st, "CanaryPauseStep") {
                    if let Some(d) = pause_duration(step)
                        && self.elapsed(pause_start(st, "CanaryPauseStep"), d, now)
                    {
                        clear_pause(st);
                        index += 1;
                    }
                } else if st.get("controllerPause") == Some(&json!(true)) {
                    // The pause condition was removed (promote): the step is done.
                    st["controllerPause"] = json!(false);
                    index += 1;
                } else {
                    add_pause(st, "CanaryPauseStep", &now_s);
                }
            } else if step.get("analysis").is_some() {
                let base = format!("{name}-{h}-{}-{index}", revision_of(new_rs));
                let (ar, phase) = self.step_analysis(store, ro, step, &base, &h, now);
                obj_mut(st, "canary").insert(
                    "currentStepAnalysisRunStatus".into(),
                    json!({"name": ar, "status": phase}),
                );
                if phase == "Successful" {
                    index += 1;
                }
            } else if step.get("experiment").is_some() {
                let ex = format!("{name}-{h}-{}-{index}", revision_of(new_rs));
                let ex = match str_at(st, &["canary", "currentExperiment"]) {
                    "" => ex,
                    cur => cur.to_string(),
                };
                let phase = self.step_experiment(store, ro, step, &ex, new_rs, stable_rs, now);
                obj_mut(st, "canary").insert("currentExperiment".into(), json!(ex));
                if phase == "Successful" {
                    if let Some(c) = st.get_mut("canary").and_then(Value::as_object_mut) {
                        c.remove("currentExperiment");
                    }
                    index += 1;
                }
            } else {
                // Steps the playground does not simulate (traffic routes, canary scale) pass.
                index += 1;
            }
        }
        st["currentStepIndex"] = json!(index);

        // Every step done and the canary fully available: it becomes the stable ReplicaSet.
        if !aborted && index >= steps.len() && canary_ready >= replicas {
            if str_at(st, &["stableRS"]) != h {
                st["stableRS"] = json!(h);
                self.end_analysis(store, ro, |_| true);
            }
            if let Some(m) = st.as_object_mut() {
                m.remove("promoteFull");
                m.remove("canary");
            }
        }
        if !aborted {
            let (reason, msg) = if str_at(st, &["stableRS"]) == h && canary_ready >= replicas {
                (
                    "NewReplicaSetAvailable",
                    format!(
                        "ReplicaSet \"{}\" has successfully progressed.",
                        meta(new_rs, "name")
                    ),
                )
            } else {
                (
                    "ReplicaSetUpdated",
                    format!("ReplicaSet \"{}\" is progressing.", meta(new_rs, "name")),
                )
            };
            set_condition(st, "Progressing", "True", reason, &msg, &now_s);
            if let Some(m) = st.as_object_mut() {
                m.remove("abortedAt");
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn blue_green(
        &mut self,
        store: &mut Store,
        ro: &Value,
        new: &mut Value,
        new_rs: &Value,
        rss: &[Value],
        replicas: i64,
        now: Timestamp,
    ) {
        let now_s = rfc3339(now);
        let bg = at(ro, &["spec", "strategy", "blueGreen"])
            .cloned()
            .unwrap_or(json!({}));
        let st = &mut new["status"];
        let h = hash_of(new_rs).to_string();
        let aborted = st.get("abort") == Some(&json!(true));
        let paused = at(ro, &["spec", "paused"]) == Some(&json!(true));
        let active = match str_at(st, &["blueGreen", "activeSelector"]) {
            "" => str_at(st, &["stableRS"]).to_string(),
            a => a.to_string(),
        };
        let delay = i64_at(&bg, &["scaleDownDelaySeconds"]).unwrap_or(DEFAULT_SCALE_DOWN_DELAY);

        if aborted {
            clear_pause(st);
            mark_aborted(st, revision_of(new_rs), &now_s);
            obj_mut(st, "blueGreen").insert("previewSelector".into(), json!(active));
        } else {
            obj_mut(st, "blueGreen").insert("previewSelector".into(), json!(h));
        }
        let new_ready = self.counts(new_rs).ready;

        let mut promote = false;
        if !aborted && h != active && new_ready >= replicas && !paused {
            let auto = bg.get("autoPromotionEnabled") != Some(&json!(false));
            if st.get("promoteFull") == Some(&json!(true)) {
                promote = true;
            } else if has_pause(st, "BlueGreenPause") {
                if let Some(secs) = i64_at(&bg, &["autoPromotionSeconds"])
                    && self.elapsed(
                        pause_start(st, "BlueGreenPause"),
                        SignedDuration::from_secs(secs),
                        now,
                    )
                {
                    promote = true;
                }
            } else if st.get("controllerPause") == Some(&json!(true)) || auto {
                promote = true;
            } else {
                add_pause(st, "BlueGreenPause", &now_s);
            }
        }
        let mut active = active;
        if promote {
            clear_pause(st);
            if let Some(m) = st.as_object_mut() {
                m.remove("promoteFull");
            }
            // The old active ReplicaSet stays up until its scale-down deadline.
            if let Some(old) = rss.iter().find(|rs| hash_of(rs) == active) {
                let deadline = now
                    .checked_add(self.real(SignedDuration::from_secs(delay)))
                    .unwrap_or(now);
                let mut marked = old.clone();
                obj_mut(&mut marked["metadata"], "annotations")
                    .insert(SCALE_DOWN_DEADLINE.into(), json!(rfc3339(deadline)));
                save(store, "apps/v1", "replicasets", old, marked);
            }
            active = h.clone();
            st["stableRS"] = json!(h);
            obj_mut(st, "blueGreen").insert("activeSelector".into(), json!(h));
        }

        for rs in rss {
            let Some(rs) = store.get(
                "apps/v1",
                "replicasets",
                meta(rs, "namespace"),
                meta(rs, "name"),
            ) else {
                continue;
            };
            let rh = hash_of(&rs);
            let want = if rh == active || (rh == h && !aborted) {
                replicas
            } else {
                match ts(&rs, &["metadata", "annotations", SCALE_DOWN_DEADLINE]) {
                    Some(deadline) if now < deadline => {
                        i64_at(&rs, &["spec", "replicas"]).unwrap_or(0)
                    }
                    _ => 0,
                }
            };
            if want == 0 && at(&rs, &["metadata", "annotations", SCALE_DOWN_DEADLINE]).is_some() {
                let mut cleared = rs.clone();
                if let Some(a) = cleared["metadata"]["annotations"].as_object_mut() {
                    a.remove(SCALE_DOWN_DEADLINE);
                }
                save(store, "apps/v1", "replicasets", &rs, cleared);
            }
            Self::scale(store, &rs, want);
        }
        if !aborted {
            let msg = format!("ReplicaSet \"{}\" is progressing.", meta(new_rs, "name"));
            let (reason, msg) = if active == h && new_ready >= replicas {
                (
                    "NewReplicaSetAvailable",
                    format!(
                        "ReplicaSet \"{}\" has successfully progressed.",
                        meta(new_rs, "name")
                    ),
                )
            } else {
                ("ReplicaSetUpdated", msg)
            };
            set_condition(st, "Progressing", "True", reason, &msg, &now_s);
            if let Some(m) = st.as_object_mut() {
                m.remove("abortedAt");
            }
        }
    }

    /// `spec.restartAt` in the past and not yet done: replace the pods created before it, one
    /// at a time while the others are ready, then record `status.restartedAt`.
    fn restart(
        &self,
        store: &mut Store,
        ro: &Value,
        new: &mut Value,
        rss: &[Value],
        now: Timestamp,
    ) {
        let Some(at_s) = at(ro, &["spec", "restartAt"]).and_then(Value::as_str) else {
            return;
        };
        let Ok(when) = at_s.parse::<Timestamp>() else {
            return;
        };
        if now < when || str_at(new, &["status", "restartedAt"]) == at_s {
            return;
        }
        let all: Vec<&Value> = rss.iter().flat_map(|rs| self.pods_of(rs)).collect();
        let old = all.iter().find(|p| {
            at(p, &["metadata", "deletionTimestamp"]).is_none()
                && ts(p, &["metadata", "creationTimestamp"]).is_some_and(|c| c < when)
        });
        // One pod at a time: only when nothing is terminating and every ReplicaSet has all
        // its pods, ready.
        let settled = all
            .iter()
            .all(|p| at(p, &["metadata", "deletionTimestamp"]).is_none() && pod_ready(p))
            && rss.iter().all(|rs| {
                self.counts(rs).current == i64_at(rs, &["spec", "replicas"]).unwrap_or(0)
            });
        match old {
            Some(p) if settled => {
                let p = (*p).clone();
                self.terminate(store, &p, now);
            }
            Some(_) => {}
            None => new["status"]["restartedAt"] = json!(at_s),
        }
    }

    /// Counts, observed generation, phase and message, then one write if anything changed.
    #[allow(clippy::too_many_arguments)]
    fn finish_status(
        &self,
        store: &mut Store,
        ro: &Value,
        mut new: Value,
        rss: &[Value],
        new_rs: Option<&Value>,
        active: Option<&Value>,
        now: Timestamp,
    ) {
        let mut total = PodCounts::default();
        for rs in rss {
            let c = self.counts(rs);
            total.current += c.current;
            total.ready += c.ready;
        }
        let updated = new_rs.map(|rs| self.counts(rs)).unwrap_or_default();
        let available = match active {
            Some(a) => self.counts(a).ready,
            None => total.ready,
        };
        let replicas = i64_at(ro, &["spec", "replicas"]).unwrap_or(1);
        let generation = i64_at(ro, &["metadata", "generation"]).unwrap_or(1);
        let selector = at(ro, &["spec", "selector", "matchLabels"])
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .unwrap_or_default();
        let now_s = rfc3339(now);
        let st = &mut new["status"];
        st["replicas"] = json!(total.current);
        st["updatedReplicas"] = json!(updated.current);
        // Blue-green counts the active ReplicaSet only.
        st["readyReplicas"] = json!(if active.is_some() {
            available
        } else {
            total.ready
        });
        st["availableReplicas"] = json!(available);
        st["HPAReplicas"] = json!(total.current);
        st["observedGeneration"] = json!(generation.to_string());
        st["selector"] = json!(selector);
        let (status, reason, msg) = if available >= replicas {
            (
                "True",
                "AvailableReason",
                "Rollout has minimum availability",
            )
        } else {
            (
                "False",
                "AvailableReason",
                "Rollout does not have minimum availability",
            )
        };
        set_condition(st, "Available", status, reason, msg, &now_s);
        if let Some(m) = st.as_object_mut() {
            m.remove("phase");
            m.remove("message");
        }
        let (phase, message) = crate::view::rollout_status(&new);
        new["status"]["phase"] = json!(phase);
        new["status"]["message"] = json!(message);
        // A tick holds the store lock, so nothing else wrote the rollout since it was read.
        save(store, ARGO, "rollouts", ro, new);
    }

    // ----- analysis and experiments -----

    fn start_background_analysis(
        &mut self,
        store: &mut Store,
        ro: &Value,
        h: &str,
        rev: i64,
        now: Timestamp,
    ) {
        let Some(analysis) = at(ro, &["spec", "strategy", "canary", "analysis"]) else {
            return;
        };
        let name = format!("{}-{h}-{rev}", meta(ro, "name"));
        let ns = meta(ro, "namespace");
        if store.get(ARGO, "analysisruns", ns, &name).is_some() {
            return;
        }
        let ar = analysis_run(ro, analysis, &name, h, rev, "Background", now);
        store.put(ar);
    }

    /// The analysis run of the current step (created when missing): its name and phase.
    fn step_analysis(
        &mut self,
        store: &mut Store,
        ro: &Value,
        step: &Value,
        name: &str,
        h: &str,
        now: Timestamp,
    ) -> (String, String) {
        let ns = meta(ro, "namespace");
        // A run that failed or was terminated (abort) belongs to an earlier attempt: a retry
        // gets a new run, named with a `.N` suffix as Argo does.
        for attempt in 0..100 {
            let name = match attempt {
                0 => name.to_string(),
                n => format!("{name}.{n}"),
            };
            match store.get(ARGO, "analysisruns", ns, &name) {
                Some(ar) => {
                    let phase = str_at(&ar, &["status", "phase"]);
                    let stale = matches!(phase, "Failed" | "Error")
                        || at(&ar, &["spec", "terminate"]) == Some(&json!(true));
                    if !stale {
                        return (name, phase.to_string());
                    }
                }
                None => {
                    let rev = i64_at(ro, &["metadata", "annotations", REVISION]).unwrap_or(0);
                    let analysis = step.get("analysis").cloned().unwrap_or(json!({}));
                    store.put(analysis_run(ro, &analysis, &name, h, rev, "Step", now));
                    return (name, "Running".to_string());
                }
            }
        }
        (name.to_string(), "Error".to_string())
    }

    /// Terminates the rollout's running analysis runs that `which` selects.
    fn end_analysis(&self, store: &mut Store, ro: &Value, which: impl Fn(&Value) -> bool) {
        let uid = meta(ro, "uid");
        for ar in store.list(ARGO, "analysisruns", Some(meta(ro, "namespace"))) {
            if owned_by(&ar, uid) && str_at(&ar, &["status", "phase"]) == "Running" && which(&ar) {
                let mut new = ar.clone();
                new["spec"]["terminate"] = json!(true);
                new["status"]["phase"] = json!("Successful");
                new["status"]["message"] = json!("Run Terminated");
                if let Some(results) = new["status"]["metricResults"].as_array_mut() {
                    for r in results {
                        r["phase"] = json!("Successful");
                    }
                }
                save(store, ARGO, "analysisruns", &ar, new);
            }
        }
    }

    /// A running analysis run takes a measurement every interval; a step analysis succeeds
    /// after a few, a background one runs until the rollout ends it.
    fn analysis_run(&mut self, store: &mut Store, ar: &Value, now: Timestamp) {
        if str_at(ar, &["status", "phase"]) != "Running"
            || at(ar, &["spec", "terminate"]) == Some(&json!(true))
        {
            return;
        }
        let mut new = ar.clone();
        let metrics: Vec<String> = at(ar, &["spec", "metrics"])
            .and_then(Value::as_array)
            .map(|m| m.iter().map(|m| str_at(m, &["name"]).to_string()).collect())
            .unwrap_or_default();
        let background = str_at(ar, &["metadata", "labels", "rollout-type"]) == "Background";
        let results = obj_mut_array(&mut new["status"], "metricResults");
        for metric in &metrics {
            if !results.iter().any(|r| str_at(r, &["name"]) == metric) {
                results.push(json!({"name": metric, "phase": "Running", "count": 0,
                    "successful": 0, "measurements": []}));
            }
        }
        let mut all_done = !results.is_empty();
        for r in results.iter_mut() {
            let last = r["measurements"]
                .as_array()
                .and_then(|m| m.last())
                .and_then(|m| ts(m, &["finishedAt"]));
            let count = i64_at(r, &["count"]).unwrap_or(0);
            let due = last.is_none_or(|l| now.duration_since(l) >= self.real(MEASUREMENT_INTERVAL));
            if due && (background || count < STEP_MEASUREMENTS as i64) {
                let value = measurement_value(str_at(r, &["name"]), &mut self.rng);
                let m = obj_mut_array(r, "measurements");
                m.push(json!({"phase": "Successful", "startedAt": rfc3339(now),
                    "finishedAt": rfc3339(now), "value": value}));
                if m.len() > KEPT_MEASUREMENTS {
                    m.remove(0);
                }
                r["count"] = json!(count + 1);
                r["successful"] = json!(i64_at(r, &["successful"]).unwrap_or(0) + 1);
            }
            let done =
                !background && i64_at(r, &["count"]).unwrap_or(0) >= STEP_MEASUREMENTS as i64;
            if done {
                r["phase"] = json!("Successful");
            }
            all_done &= done;
        }
        if all_done {
            new["status"]["phase"] = json!("Successful");
            new["status"]["runSummary"] =
                json!({"count": metrics.len(), "successful": metrics.len()});
        }
        save(store, ARGO, "analysisruns", ar, new);
    }

    /// The experiment of the current step (created when missing, its templates taken from the
    /// stable or canary ReplicaSet as `specRef` says): its phase.
    #[allow(clippy::too_many_arguments)]
    fn step_experiment(
        &mut self,
        store: &mut Store,
        ro: &Value,
        step: &Value,
        name: &str,
        new_rs: &Value,
        stable_rs: Option<&Value>,
        now: Timestamp,
    ) -> String {
        let ns = meta(ro, "namespace");
        if let Some(ex) = store.get(ARGO, "experiments", ns, name) {
            return str_at(&ex, &["status", "phase"]).to_string();
        }
        let spec = step.get("experiment").cloned().unwrap_or(json!({}));
        let templates: Vec<Value> = spec
            .get("templates")
            .and_then(Value::as_array)
            .map(|ts| {
                ts.iter()
                    .map(|t| {
                        let from = if str_at(t, &["specRef"]) == "stable" {
                            stable_rs.unwrap_or(new_rs)
                        } else {
                            new_rs
                        };
                        json!({
                            "name": str_at(t, &["name"]),
                            "replicas": i64_at(t, &["replicas"]).unwrap_or(1),
                            "selector": at(from, &["spec", "selector"]).cloned().unwrap_or(json!({})),
                            "template": at(from, &["spec", "template"]).cloned().unwrap_or(json!({})),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let rev = revision_of(new_rs);
        let ex = json!({
            "apiVersion": ARGO, "kind": "Experiment",
            "metadata": {
                "name": name, "namespace": ns,
                "annotations": {REVISION: rev.to_string()},
                "labels": {HASH_LABEL: hash_of(new_rs)},
                "ownerReferences": owner_ref(ro, ARGO, "Rollout"),
                "creationTimestamp": rfc3339(now),
            },
            "spec": {
                "duration": spec.get("duration").cloned().unwrap_or(json!("1m")),
                "templates": templates,
                "analyses": spec.get("analyses").cloned().unwrap_or(json!([])),
            },
            "status": {"phase": "Pending"},
        });
        store.put(ex);
        "Pending".to_string()
    }

    /// Experiments: ReplicaSets per template while Pending or Running, Running once they are
    /// available (with their analyses started), Successful when the duration has passed.
    fn experiment(&mut self, store: &mut Store, ex: &Value, now: Timestamp) {
        let ns = meta(ex, "namespace");
        let name = meta(ex, "name");
        let mut new = ex.clone();
        if !new.get("status").is_some_and(Value::is_object) {
            new["status"] = json!({});
        }
        let phase = match str_at(&new, &["status", "phase"]) {
            "" => "Pending".to_string(),
            p => p.to_string(),
        };
        let live = phase == "Pending" || phase == "Running";
        let templates: Vec<Value> = at(ex, &["spec", "templates"])
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let mut all_ready = true;
        let mut statuses = Vec::new();
        for t in &templates {
            let tname = str_at(t, &["name"]);
            let rs_name = format!("{name}-{tname}");
            let want = if live {
                i64_at(t, &["replicas"]).unwrap_or(1)
            } else {
                0
            };
            let rs = match store.get("apps/v1", "replicasets", ns, &rs_name) {
                Some(rs) => rs,
                None if live => {
                    let template = t.get("template").cloned().unwrap_or(json!({}));
                    store.put(json!({
                        "apiVersion": "apps/v1", "kind": "ReplicaSet",
                        "metadata": {
                            "name": rs_name, "namespace": ns,
                            "labels": at(&template, &["metadata", "labels"]).cloned().unwrap_or(json!({})),
                            "annotations": {
                                "experiment.argoproj.io/template-name": tname,
                                REVISION: str_at(ex, &["metadata", "annotations", REVISION]),
                            },
                            "ownerReferences": owner_ref(ex, ARGO, "Experiment"),
                        },
                        "spec": {"replicas": want,
                            "selector": t.get("selector").cloned().unwrap_or(json!({})),
                            "template": template},
                        "status": {"replicas": 0},
                    }))
                }
                None => continue,
            };
            Self::scale(store, &rs, want);
            let c = self.counts(&rs);
            all_ready &= c.ready >= want;
            statuses.push(json!({
                "name": tname, "replicas": c.current, "updatedReplicas": c.current,
                "readyReplicas": c.ready, "availableReplicas": c.ready,
                "status": if live { if c.ready >= want { "Running" } else { "Progressing" } } else { phase.as_str() },
            }));
        }
        let st = &mut new["status"];
        st["templateStatuses"] = json!(statuses);
        let mut phase = phase;
        if phase == "Pending" && all_ready {
            phase = "Running".into();
            st["availableAt"] = json!(rfc3339(now));
            let mut runs = Vec::new();
            for a in at(ex, &["spec", "analyses"])
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
            {
                let an = str_at(&a, &["name"]);
                let ar_name = format!("{name}-{an}");
                if store.get(ARGO, "analysisruns", ns, &ar_name).is_none() {
                    let rev = i64_at(ex, &["metadata", "annotations", REVISION]).unwrap_or(0);
                    let spec =
                        json!({"templates": [{"templateName": str_at(&a, &["templateName"])}]});
                    let mut ar = analysis_run(ex, &spec, &ar_name, "", rev, "", now);
                    ar["metadata"]["ownerReferences"] = owner_ref(ex, ARGO, "Experiment");
                    store.put(ar);
                }
                runs.push(json!({"name": an, "analysisRun": ar_name, "phase": "Running"}));
            }
            st["analysisRuns"] = json!(runs);
        }
        if phase == "Running" {
            let duration = at(ex, &["spec", "duration"])
                .and_then(|d| match d {
                    Value::String(s) => crate::view::parse_duration_string(s),
                    Value::Number(n) => n.as_i64().map(SignedDuration::from_secs),
                    _ => None,
                })
                .unwrap_or(SignedDuration::from_secs(60));
            if self.elapsed(ts(st, &["availableAt"]), duration, now) {
                phase = "Successful".into();
                if let Some(runs) = st.get_mut("analysisRuns").and_then(Value::as_array_mut) {
                    for r in runs.iter_mut() {
                        r["phase"] = json!("Successful");
                    }
                }
                for r in store.list(ARGO, "analysisruns", Some(ns)) {
                    if owned_by(&r, meta(ex, "uid"))
                        && str_at(&r, &["status", "phase"]) == "Running"
                    {
                        let mut done = r.clone();
                        done["status"]["phase"] = json!("Successful");
                        if let Some(results) = done["status"]["metricResults"].as_array_mut() {
                            for m in results {
                                m["phase"] = json!("Successful");
                            }
                        }
                        save(store, ARGO, "analysisruns", &r, done);
                    }
                }
            }
        }
        st["phase"] = json!(phase);
        save(store, ARGO, "experiments", ex, new);
    }
}

fn measurement_value(metric: &str, rng: &mut Rng) -> String {
    let r = rng.below(1000);
    if metric.contains("latency") {
        format!("[0.{}]", 150 + r % 80)
    } else if metric.contains("error") {
        format!("[0.00{:02}]", r % 60)
    } else {
        format!("[0.99{:02}]", r % 100)
    }
}

/// A new AnalysisRun from a rollout's `analysis` block (template names become metrics).
fn analysis_run(
    owner: &Value,
    analysis: &Value,
    name: &str,
    h: &str,
    rev: i64,
    kind: &str,
    now: Timestamp,
) -> Value {
    let metrics: Vec<Value> = analysis
        .get("templates")
        .and_then(Value::as_array)
        .map(|ts| {
            ts.iter()
                .map(|t| {
                    json!({"name": str_at(t, &["templateName"]), "interval": "10s",
                        "provider": {"job": {"spec": {}}}})
                })
                .collect()
        })
        .unwrap_or_default();
    let mut labels = Map::new();
    if !kind.is_empty() {
        labels.insert("rollout-type".into(), json!(kind));
    }
    if !h.is_empty() {
        labels.insert(HASH_LABEL.into(), json!(h));
    }
    json!({
        "apiVersion": ARGO, "kind": "AnalysisRun",
        "metadata": {
            "name": name, "namespace": meta(owner, "namespace"),
            "annotations": {REVISION: rev.to_string()},
            "labels": labels,
            "ownerReferences": owner_ref(owner, ARGO, "Rollout"),
            "creationTimestamp": rfc3339(now),
        },
        "spec": {"metrics": metrics, "args": analysis.get("args").cloned().unwrap_or(json!([]))},
        "status": {"phase": "Running", "startedAt": rfc3339(now), "runSummary": {"count": metrics.len()},
            "metricResults": []},
    })
}

fn pod_ready(pod: &Value) -> bool {
    at(pod, &["status", "conditions"])
        .and_then(Value::as_array)
        .is_some_and(|c| {
            c.iter()
                .any(|c| str_at(c, &["type"]) == "Ready" && str_at(c, &["status"]) == "True")
        })
}

/// A pod's status: starting (ContainerCreating) or running and ready since `since`.
fn pod_status(pod: &Value, ready: bool, since: Timestamp, ip: &str) -> Value {
    let since = rfc3339(since);
    let created = meta(pod, "creationTimestamp").to_string();
    let containers: Vec<Value> = at(pod, &["spec", "containers"])
        .and_then(Value::as_array)
        .map(|cs| {
            cs.iter()
                .map(|c| {
                    let state = if ready {
                        json!({"running": {"startedAt": since}})
                    } else {
                        json!({"waiting": {"reason": "ContainerCreating"}})
                    };
                    json!({
                        "name": str_at(c, &["name"]), "image": str_at(c, &["image"]),
                        "imageID": "", "ready": ready, "started": ready, "restartCount": 0,
                        "state": state, "lastState": {},
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let flag = if ready { "True" } else { "False" };
    let mut status = json!({
        "phase": if ready { "Running" } else { "Pending" },
        "conditions": [
            {"type": "PodScheduled", "status": "True", "lastProbeTime": null, "lastTransitionTime": created},
            {"type": "Initialized", "status": "True", "lastProbeTime": null, "lastTransitionTime": created},
            {"type": "Ready", "status": flag, "lastProbeTime": null, "lastTransitionTime": since},
            {"type": "ContainersReady", "status": flag, "lastProbeTime": null, "lastTransitionTime": since},
        ],
        "containerStatuses": containers,
        "hostIP": "10.0.0.10",
        "qosClass": "BestEffort",
        "startTime": created,
    });
    if ready && !ip.is_empty() {
        status["podIP"] = json!(ip);
        status["podIPs"] = json!([{"ip": ip}]);
    } else if !ip.is_empty() {
        status["podIP"] = json!(ip);
    }
    status
}

#[cfg(test)]
mod tests;
