//! Unit tests of the simulated controller: pure step logic, then whole scenarios driven tick by
//! tick on an in-memory store with a made-up clock.

use super::canary::{canary_counts, pause_duration, weight_at};
use super::json::{at, meta, rfc3339, str_at, subset};
use super::rollout::{revision_of, template_without_hash};
use super::*;
use crate::model::{
    POD_TEMPLATE_HASH_LABEL as HASH_LABEL, REVISION_ANNOTATION as REVISION,
    SCALE_DOWN_DEADLINE_ANNOTATION as SCALE_DOWN_DEADLINE,
};

// ----- pure step logic -----

#[test]
fn weight_is_the_last_set_weight_at_or_before_the_index() {
    let steps = vec![
        json!({"setWeight": 20}),
        json!({"pause": {}}),
        json!({"setWeight": 40}),
        json!({"analysis": {}}),
    ];
    assert_eq!(weight_at(&steps, 0), 20);
    assert_eq!(weight_at(&steps, 1), 20);
    assert_eq!(weight_at(&steps, 3), 40);
    assert_eq!(weight_at(&steps, 4), 100, "every step done");
    assert_eq!(weight_at(&[json!({"pause": {}})], 0), 0, "no setWeight yet");
}

#[test]
fn canary_counts_round_the_canary_up() {
    assert_eq!(canary_counts(5, 20), (1, 4));
    assert_eq!(canary_counts(5, 30), (2, 4), "both round up");
    assert_eq!(canary_counts(4, 25), (1, 3));
    assert_eq!(canary_counts(3, 34), (2, 2));
    assert_eq!(canary_counts(3, 0), (0, 3));
    assert_eq!(canary_counts(3, 100), (3, 0));
    assert_eq!(canary_counts(0, 50), (0, 0));
}

#[test]
fn pause_durations() {
    assert_eq!(
        pause_duration(&json!({"pause": {"duration": "1m30s"}})),
        Some(SignedDuration::from_secs(90))
    );
    assert_eq!(
        pause_duration(&json!({"pause": {"duration": 45}})),
        Some(SignedDuration::from_secs(45))
    );
    assert_eq!(
        pause_duration(&json!({"pause": {"duration": "20"}})),
        Some(SignedDuration::from_secs(20))
    );
    assert_eq!(pause_duration(&json!({"pause": {}})), None);
}

#[test]
fn seeded_names_repeat_and_hashes_differ_by_template() {
    let a: Vec<String> = (0..3).map(|_| Rng::new(42).suffix(5)).collect();
    assert_eq!(a[0], a[1]);
    let mut r = Rng::new(42);
    let (x, y) = (r.suffix(5), r.suffix(5));
    assert_ne!(x, y);
    assert!(x.bytes().all(|b| SAFE.contains(&b)));
    let t1 = json!({"spec": {"containers": [{"image": "a:1"}]}});
    let t2 = json!({"spec": {"containers": [{"image": "a:2"}]}});
    assert_eq!(template_hash(&t1), template_hash(&t1.clone()));
    assert_ne!(template_hash(&t1), template_hash(&t2));
    // The shape of a real pod-template-hash: a uint32's digits in the safe alphabet.
    for t in [&t1, &t2] {
        let h = template_hash(t);
        assert!((1..=10).contains(&h.len()), "{h}");
        assert!(h.bytes().all(|b| b"456789bcdf".contains(&b)), "{h}");
    }
}

#[test]
fn subset_ignores_fields_only_the_bigger_side_has() {
    let small = json!({"spec": {"containers": [{"name": "a", "image": "x"}]}});
    let big = json!({"spec": {"containers": [{"name": "a", "image": "x", "imagePullPolicy": "IfNotPresent"}], "dnsPolicy": "ClusterFirst"}});
    assert!(subset(&small, &big));
    assert!(!subset(&big, &small));
}

// ----- scenarios on the example objects -----

struct World {
    store: Store,
    ctl: Controller,
    now: Timestamp,
}

impl World {
    fn new() -> Self {
        let mut store = Store::new(true);
        let now: Timestamp = crate::playground::OBJECTS_NOW.parse().unwrap();
        crate::playground::load(&mut store, now).unwrap();
        let mut ctl = Controller::new(7, 1.0);
        let skipped = ctl.bootstrap(&mut store, now);
        assert!(
            skipped.is_empty(),
            "the example objects are all handled: {skipped:?}"
        );
        World { store, ctl, now }
    }

    /// Lets `secs` simulated seconds pass, a tick every half second.
    fn run(&mut self, secs: i64) {
        for _ in 0..secs * 2 {
            self.now = self
                .now
                .checked_add(SignedDuration::from_millis(500))
                .unwrap();
            self.ctl.tick(&mut self.store, self.now);
        }
    }

    /// Runs (at most `limit` seconds) until `cond` holds on the rollout.
    fn run_until(&mut self, ns: &str, name: &str, limit: i64, cond: impl Fn(&Value) -> bool) {
        for _ in 0..limit * 2 {
            if cond(&self.ro(ns, name)) {
                return;
            }
            self.run_half();
        }
        panic!(
            "condition not reached in {limit}s: {}",
            serde_json::to_string_pretty(&self.ro(ns, name)["status"]).unwrap()
        );
    }

    fn run_half(&mut self) {
        self.now = self
            .now
            .checked_add(SignedDuration::from_millis(500))
            .unwrap();
        self.ctl.tick(&mut self.store, self.now);
    }

    fn ro(&self, ns: &str, name: &str) -> Value {
        self.store.get(ARGO, "rollouts", ns, name).unwrap()
    }

    fn rs_replicas(&self, ns: &str, name: &str) -> i64 {
        let rs = self.store.get("apps/v1", "replicasets", ns, name).unwrap();
        rs["spec"]["replicas"].as_i64().unwrap()
    }

    fn pods_of(&self, ns: &str, rs: &str) -> Vec<Value> {
        let prefix = format!("{rs}-");
        self.store
            .list("v1", "pods", Some(ns))
            .into_iter()
            .filter(|p| {
                meta(p, "name").starts_with(&prefix)
                    && meta(p, "name").len() == prefix.len() + 5
                    && at(p, &["metadata", "deletionTimestamp"]).is_none()
            })
            .collect()
    }

    /// Applies a status merge the way `promote`, `abort` and `retry` do.
    fn status(&mut self, ns: &str, name: &str, patch: Value) {
        self.store.mutate(ARGO, "rollouts", ns, name, |ro| {
            for (k, v) in patch.as_object().unwrap() {
                if v.is_null() {
                    ro["status"].as_object_mut().unwrap().remove(k);
                } else {
                    ro["status"][k] = v.clone();
                }
            }
        });
    }

    fn spec(&mut self, ns: &str, name: &str, f: impl FnOnce(&mut Value)) {
        self.store
            .mutate(ARGO, "rollouts", ns, name, |ro| f(&mut ro["spec"]));
    }
}

fn phase(ro: &Value) -> (&str, &str) {
    (
        str_at(ro, &["status", "phase"]),
        str_at(ro, &["status", "message"]),
    )
}

fn index(ro: &Value) -> i64 {
    ro["status"]["currentStepIndex"].as_i64().unwrap()
}

#[test]
fn loaded_objects_keep_their_state_on_the_first_ticks() {
    let mut w = World::new();
    w.run(2);
    let web = w.ro("default", "web");
    assert_eq!(phase(&web), ("Paused", "CanaryPauseStep"));
    assert_eq!(index(&web), 1);
    assert_eq!(web["status"]["updatedReplicas"], 1);
    assert_eq!(web["status"]["availableReplicas"], 5);
    assert_eq!(w.pods_of("default", "web-7b9d4c6f58").len(), 4);
    assert_eq!(
        phase(&w.ro("default", "checkout")),
        ("Paused", "BlueGreenPause")
    );
    let payments = w.ro("default", "payments");
    assert_eq!(payments["status"]["phase"], "Degraded");
    assert!(
        phase(&payments)
            .1
            .starts_with("RolloutAborted: Rollout aborted update to revision 3")
    );
    assert_eq!(phase(&w.ro("team-a", "api")), ("Healthy", ""));
    assert_eq!(index(&w.ro("team-a", "search")), 1);
}

#[test]
fn promote_clears_the_pause_and_the_steps_run_on_to_healthy() {
    let mut w = World::new();
    w.run(1);
    // What `kubectl rollouts promote web` writes for a canary paused at a step.
    w.status("default", "web", json!({"pauseConditions": null}));
    w.run_half();
    let web = w.ro("default", "web");
    assert_eq!(index(&web), 2, "the pause step is done");
    assert_eq!(web["status"]["controllerPause"], false);
    // setWeight 40 → 2 canary pods once they have started.
    w.run_until("default", "web", 30, |ro| index(ro) == 3);
    assert_eq!(w.rs_replicas("default", "web-5f8c7d9b64"), 2);
    assert_eq!(w.rs_replicas("default", "web-7b9d4c6f58"), 3);
    // A timed pause (30s) holds, then elapses by itself.
    w.run(5);
    assert_eq!(
        phase(&w.ro("default", "web")),
        ("Paused", "CanaryPauseStep")
    );
    assert_eq!(index(&w.ro("default", "web")), 3);
    w.run_until("default", "web", 40, |ro| index(ro) == 4);
    // The analysis step creates a run that succeeds after its measurements.
    w.run_half();
    let web = w.ro("default", "web");
    let ar = str_at(
        &web,
        &["status", "canary", "currentStepAnalysisRunStatus", "name"],
    )
    .to_string();
    assert_eq!(ar, "web-5f8c7d9b64-3-4");
    w.run_until("default", "web", 60, |ro| index(ro) >= 5);
    let run = w.store.get(ARGO, "analysisruns", "default", &ar).unwrap();
    assert_eq!(run["status"]["phase"], "Successful");
    // The last pause (30s) elapses and the canary becomes stable.
    w.run_until("default", "web", 120, |ro| phase(ro).0 == "Healthy");
    let web = w.ro("default", "web");
    assert_eq!(web["status"]["stableRS"], "5f8c7d9b64");
    assert_eq!(w.rs_replicas("default", "web-7b9d4c6f58"), 0);
    assert_eq!(w.pods_of("default", "web-5f8c7d9b64").len(), 5);
    // The background analysis ends with the update.
    let bg = w
        .store
        .get(ARGO, "analysisruns", "default", "web-5f8c7d9b64-3")
        .unwrap();
    assert_eq!(bg["status"]["phase"], "Successful");
    assert_eq!(bg["spec"]["terminate"], true);
}

#[test]
fn promote_full_skips_the_remaining_steps() {
    let mut w = World::new();
    w.status("default", "web", json!({"promoteFull": true}));
    w.run_until("default", "web", 30, |ro| phase(ro).0 == "Healthy");
    let web = w.ro("default", "web");
    assert_eq!(index(&web), 7);
    assert_eq!(web["status"]["stableRS"], "5f8c7d9b64");
    assert!(web["status"].get("promoteFull").is_none());
}

#[test]
fn manual_pause_holds_a_timed_pause() {
    let mut w = World::new();
    w.status("default", "web", json!({"pauseConditions": null}));
    w.run_until("default", "web", 30, |ro| index(ro) == 3);
    w.spec("default", "web", |s| s["paused"] = json!(true));
    w.run(60);
    let web = w.ro("default", "web");
    assert_eq!(index(&web), 3);
    assert_eq!(phase(&web), ("Paused", "manually paused"));
}

#[test]
fn set_weight_rewrites_steps_and_restarts_the_plan() {
    let mut w = World::new();
    // What `set-weight web 60` writes at index 1: setWeight 60, pause {}, then the rest.
    w.spec("default", "web", |s| {
        let rest: Vec<Value> = s["strategy"]["canary"]["steps"].as_array().unwrap()[2..].to_vec();
        let mut steps = vec![json!({"setWeight": 60}), json!({"pause": {}})];
        steps.extend(rest);
        s["strategy"]["canary"]["steps"] = json!(steps);
    });
    w.run_half();
    assert_eq!(
        index(&w.ro("default", "web")),
        0,
        "a new step plan starts at 0"
    );
    w.run_until("default", "web", 30, |ro| {
        index(ro) == 1 && phase(ro) == ("Paused", "CanaryPauseStep")
    });
    assert_eq!(w.rs_replicas("default", "web-5f8c7d9b64"), 3);
    assert_eq!(w.rs_replicas("default", "web-7b9d4c6f58"), 2);
    assert_eq!(w.ro("default", "web")["status"]["availableReplicas"], 5);
}

#[test]
fn abort_scales_the_canary_down_and_retry_starts_over() {
    let mut w = World::new();
    w.status("default", "web", json!({"abort": true}));
    w.run(10);
    let web = w.ro("default", "web");
    assert_eq!(phase(&web).0, "Degraded");
    assert_eq!(
        phase(&web).1,
        "RolloutAborted: Rollout aborted update to revision 3"
    );
    assert_eq!(index(&web), 0);
    assert_eq!(w.rs_replicas("default", "web-5f8c7d9b64"), 0);
    assert_eq!(w.rs_replicas("default", "web-7b9d4c6f58"), 5);
    assert!(w.pods_of("default", "web-5f8c7d9b64").is_empty());
    // retry
    w.status("default", "web", json!({"abort": false}));
    w.run_until("default", "web", 30, |ro| {
        index(ro) == 1 && phase(ro) == ("Paused", "CanaryPauseStep")
    });
    assert_eq!(w.rs_replicas("default", "web-5f8c7d9b64"), 1);
}

#[test]
fn retry_of_the_aborted_example_goes_through_its_first_steps() {
    let mut w = World::new();
    w.status("default", "payments", json!({"abort": false}));
    w.run_until("default", "payments", 30, |ro| {
        index(ro) == 1 && phase(ro) == ("Paused", "CanaryPauseStep")
    });
    assert_eq!(w.rs_replicas("default", "payments-7c8d6b5f94"), 1);
    // pause 20s, then an analysis step.
    w.run_until("default", "payments", 60, |ro| index(ro) == 3);
}

#[test]
fn undo_to_the_stable_revision_skips_the_steps() {
    let mut w = World::new();
    // What `undo web` writes: revision 2's template without the hash label.
    let rs = w
        .store
        .get("apps/v1", "replicasets", "default", "web-7b9d4c6f58")
        .unwrap();
    let template = template_without_hash(&rs);
    w.spec("default", "web", |s| s["template"] = template);
    w.run_until("default", "web", 30, |ro| phase(ro).0 == "Healthy");
    let web = w.ro("default", "web");
    assert_eq!(web["status"]["currentPodHash"], "7b9d4c6f58");
    assert_eq!(web["metadata"]["annotations"][REVISION], "4");
    let rs = w
        .store
        .get("apps/v1", "replicasets", "default", "web-7b9d4c6f58")
        .unwrap();
    assert_eq!(
        revision_of(&rs),
        4,
        "the old ReplicaSet becomes the newest revision"
    );
    assert_eq!(w.rs_replicas("default", "web-5f8c7d9b64"), 0);
    // The abandoned update's background analysis is terminated.
    let bg = w
        .store
        .get(ARGO, "analysisruns", "default", "web-5f8c7d9b64-3")
        .unwrap();
    assert_eq!(bg["status"]["phase"], "Successful");
}

#[test]
fn a_new_image_makes_a_new_revision_that_starts_at_step_zero() {
    let mut w = World::new();
    w.status("default", "web", json!({"promoteFull": true}));
    w.run_until("default", "web", 30, |ro| phase(ro).0 == "Healthy");
    w.spec("default", "web", |s| {
        s["template"]["spec"]["containers"][0]["image"] = json!("argoproj/rollouts-demo:green")
    });
    w.run_until("default", "web", 30, |ro| {
        index(ro) == 1 && phase(ro) == ("Paused", "CanaryPauseStep")
    });
    let web = w.ro("default", "web");
    let h = str_at(&web, &["status", "currentPodHash"]).to_string();
    assert_ne!(h, "5f8c7d9b64");
    // Shaped like the controller's hashes, so run names read `web-6c9f7d8b54-4-2`.
    assert!(h.bytes().all(|b| b"456789bcdf".contains(&b)), "{h}");
    assert_eq!(web["metadata"]["annotations"][REVISION], "4");
    let new_rs = w
        .store
        .get("apps/v1", "replicasets", "default", &format!("web-{h}"))
        .unwrap();
    assert_eq!(
        new_rs["spec"]["template"]["metadata"]["labels"][HASH_LABEL],
        h.as_str()
    );
    assert_eq!(w.pods_of("default", &format!("web-{h}")).len(), 1);
    // A new background analysis run for the new revision.
    let bg = w
        .store
        .get(ARGO, "analysisruns", "default", &format!("web-{h}-4"));
    assert_eq!(bg.unwrap()["status"]["phase"], "Running");
}

#[test]
fn blue_green_promote_switches_active_then_scales_the_old_down_after_the_delay() {
    let mut w = World::new();
    w.run(1);
    w.status("default", "checkout", json!({"pauseConditions": null}));
    w.run_half();
    let ro = w.ro("default", "checkout");
    assert_eq!(ro["status"]["blueGreen"]["activeSelector"], "7f4b6d8c59");
    assert_eq!(ro["status"]["stableRS"], "7f4b6d8c59");
    assert_eq!(phase(&ro), ("Healthy", ""));
    let old = w
        .store
        .get("apps/v1", "replicasets", "default", "checkout-69c8b7d4f5")
        .unwrap();
    assert!(old["metadata"]["annotations"][SCALE_DOWN_DEADLINE].is_string());
    // scaleDownDelaySeconds: 60
    w.run(50);
    assert_eq!(w.rs_replicas("default", "checkout-69c8b7d4f5"), 3);
    w.run(15);
    assert_eq!(w.rs_replicas("default", "checkout-69c8b7d4f5"), 0);
    let old = w
        .store
        .get("apps/v1", "replicasets", "default", "checkout-69c8b7d4f5")
        .unwrap();
    assert!(
        old["metadata"]["annotations"]
            .get(SCALE_DOWN_DEADLINE)
            .is_none()
    );
}

#[test]
fn blue_green_new_revision_waits_for_promotion() {
    let mut w = World::new();
    w.status("default", "checkout", json!({"promoteFull": true}));
    w.run(2);
    w.spec("default", "checkout", |s| {
        s["template"]["spec"]["containers"][0]["image"] = json!("registry.example/checkout:1.15.0")
    });
    w.run_until("default", "checkout", 30, |ro| {
        phase(ro) == ("Paused", "BlueGreenPause")
    });
    let ro = w.ro("default", "checkout");
    let h = str_at(&ro, &["status", "currentPodHash"]);
    assert_eq!(ro["status"]["blueGreen"]["previewSelector"], h);
    assert_eq!(ro["status"]["blueGreen"]["activeSelector"], "7f4b6d8c59");
    assert_eq!(
        ro["status"]["readyReplicas"], 3,
        "blue-green counts the active ReplicaSet"
    );
}

#[test]
fn restart_replaces_every_pod_one_at_a_time() {
    let mut w = World::new();
    let before: Vec<String> = w
        .pods_of("team-a", "api-5c7f9d6b48")
        .iter()
        .map(|p| meta(p, "name").to_string())
        .collect();
    assert_eq!(before.len(), 3);
    let at_s = rfc3339(w.now.checked_add(SignedDuration::from_secs(2)).unwrap());
    w.spec("team-a", "api", |s| s["restartAt"] = json!(at_s));
    w.run_half();
    assert_eq!(
        phase(&w.ro("team-a", "api")),
        ("Progressing", "rollout is restarting")
    );
    w.run_until("team-a", "api", 60, |ro| {
        str_at(ro, &["status", "restartedAt"]) == at_s
    });
    let after: Vec<String> = w
        .pods_of("team-a", "api-5c7f9d6b48")
        .iter()
        .map(|p| meta(p, "name").to_string())
        .collect();
    assert_eq!(after.len(), 3);
    assert!(
        after.iter().all(|p| !before.contains(p)),
        "{before:?} {after:?}"
    );
    w.run(5);
    assert_eq!(phase(&w.ro("team-a", "api")), ("Healthy", ""));
}

#[test]
fn workload_ref_follows_the_deployment_template() {
    let mut w = World::new();
    // What `set image api api=…` writes with workloadRef: the Deployment's template.
    w.store
        .mutate("apps/v1", "deployments", "team-a", "api", |d| {
            d["spec"]["template"]["spec"]["containers"][0]["image"] =
                json!("registry.example/api:5.3.0");
        });
    w.run_until("team-a", "api", 30, |ro| {
        index(ro) == 1 && phase(ro) == ("Paused", "CanaryPauseStep")
    });
    let ro = w.ro("team-a", "api");
    assert_eq!(
        ro["metadata"]["annotations"]["rollout.argoproj.io/workload-generation"],
        "4"
    );
    assert_eq!(ro["status"]["workloadObservedGeneration"], "4");
    assert_ne!(ro["status"]["currentPodHash"], "5c7f9d6b48");
}

#[test]
fn the_experiment_step_finishes_and_the_canary_goes_on() {
    let mut w = World::new();
    w.run_until("team-a", "search", 180, |ro| index(ro) >= 2);
    let ex = w
        .store
        .get(ARGO, "experiments", "team-a", "search-8b5c9d7f46-2-1")
        .unwrap();
    assert_eq!(ex["status"]["phase"], "Successful");
    let ar = w
        .store
        .get(
            ARGO,
            "analysisruns",
            "team-a",
            "search-8b5c9d7f46-2-1-load-test",
        )
        .unwrap();
    assert_eq!(ar["status"]["phase"], "Successful");
    w.run(10);
    assert_eq!(w.rs_replicas("team-a", "search-8b5c9d7f46-2-1-baseline"), 0);
    assert_eq!(w.rs_replicas("team-a", "search-8b5c9d7f46"), 2);
}

#[test]
fn speed_shortens_simulated_durations() {
    let mut store = Store::new(true);
    let now: Timestamp = crate::playground::OBJECTS_NOW.parse().unwrap();
    crate::playground::load(&mut store, now).unwrap();
    let mut ctl = Controller::new(1, 30.0);
    ctl.bootstrap(&mut store, now);
    // payments after retry: pause 20s ⇒ under a second of real time at 30×.
    store.mutate(ARGO, "rollouts", "default", "payments", |ro| {
        ro["status"]["abort"] = json!(false)
    });
    let mut t = now;
    let mut reached = false;
    for _ in 0..40 {
        t = t.checked_add(SignedDuration::from_millis(50)).unwrap();
        ctl.tick(&mut store, t);
        let ro = store.get(ARGO, "rollouts", "default", "payments").unwrap();
        if index(&ro) >= 2 {
            reached = true;
            break;
        }
    }
    assert!(
        reached,
        "two seconds of real time at 30x pass the 20s pause"
    );
}

#[test]
fn the_same_seed_makes_the_same_pods() {
    let names = |seed| {
        let mut store = Store::new(true);
        let now: Timestamp = crate::playground::OBJECTS_NOW.parse().unwrap();
        crate::playground::load(&mut store, now).unwrap();
        Controller::new(seed, 1.0).bootstrap(&mut store, now);
        let mut n: Vec<String> = store
            .list("v1", "pods", None)
            .iter()
            .map(|p| meta(p, "name").to_string())
            .collect();
        n.sort();
        n
    };
    assert_eq!(names(5), names(5));
    assert_ne!(names(5), names(6));
}

#[test]
fn a_malformed_object_is_skipped_and_the_others_still_move() {
    let mut w = World::new();
    // An analysis run whose metric results are not objects: writing into them would panic.
    w.store.put(json!({
        "apiVersion": ARGO, "kind": "AnalysisRun",
        "metadata": {"name": "odd", "namespace": "default"},
        "spec": {"metrics": [{"name": "m"}]},
        "status": {"phase": "Running", "metricResults": [1, "two"]},
    }));
    w.status("default", "web", json!({"pauseConditions": null}));
    let skipped = w.ctl.tick(&mut w.store, w.now);
    assert_eq!(skipped, ["analysisrun default/odd"]);
    assert_eq!(
        index(&w.ro("default", "web")),
        2,
        "the rest of the tick ran"
    );
}

/// An AnalysisRun as `create analysisrun --from` writes it: a spec from a template, no status.
fn created_run(name: &str) -> Value {
    json!({"apiVersion": ARGO, "kind": "AnalysisRun",
        "metadata": {"name": name, "namespace": "default"},
        "spec": {"metrics": [{"name": "success-rate", "interval": "30s",
            "successCondition": "result[0] >= 0.95",
            "provider": {"prometheus": {"address": "http://prometheus.monitoring:9090",
                "query": "sum(rate(http_requests_total{code!~\"5..\"}[5m]))"}}}]}})
}

fn run_of(w: &World, name: &str) -> Value {
    w.store.get(ARGO, "analysisruns", "default", name).unwrap()
}

#[test]
fn a_created_analysis_run_starts_measures_and_succeeds() {
    let mut w = World::new();
    w.store.put(created_run("smoke-1"));
    let first_tick = w.now + SignedDuration::from_millis(500);
    w.run(1);
    let ar = run_of(&w, "smoke-1");
    assert_eq!(ar["status"]["phase"], "Running");
    assert_eq!(ar["status"]["startedAt"], json!(rfc3339(first_tick)));
    w.run(40);
    let ar = run_of(&w, "smoke-1");
    assert_eq!(ar["status"]["phase"], "Successful", "{:#}", ar["status"]);
    let result = &ar["status"]["metricResults"][0];
    assert_eq!(result["name"], "success-rate");
    assert_eq!(result["count"], 3);
}

#[test]
fn a_terminated_analysis_run_ends_as_the_controller_ends_it() {
    let mut w = World::new();
    w.store.put(created_run("smoke-2"));
    w.run(1);
    assert_eq!(run_of(&w, "smoke-2")["status"]["phase"], "Running");
    // What `terminate analysisrun smoke-2` writes.
    w.store
        .mutate(ARGO, "analysisruns", "default", "smoke-2", |ar| {
            ar["spec"]["terminate"] = json!(true);
        });
    w.run(1);
    let ar = run_of(&w, "smoke-2");
    assert_eq!(ar["status"]["phase"], "Successful");
    assert_eq!(ar["status"]["message"], "Run Terminated");
    // Ended: no more measurements.
    let taken = ar["status"]["metricResults"][0]["count"].clone();
    w.run(40);
    assert_eq!(
        run_of(&w, "smoke-2")["status"]["metricResults"][0]["count"],
        taken
    );
}
