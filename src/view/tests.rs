//! End-to-end tests of the view builders over objects built in code; expected values by hand.

use serde_json::{Value, json};

use super::*;
use crate::model::StrategyKind;

fn ts(s: &str) -> Option<jiff::Timestamp> {
    Some(s.parse().unwrap())
}

fn rs(
    name: &str,
    uid: &str,
    owner: &str,
    hash: &str,
    revision: &str,
    image: &str,
    replicas: i64,
) -> Value {
    json!({
        "metadata": {"name": name, "uid": uid, "namespace": "ns",
            "creationTimestamp": "2024-01-01T00:00:00Z",
            "labels": {"rollouts-pod-template-hash": hash},
            "annotations": {"rollout.argoproj.io/revision": revision},
            "ownerReferences": [{"uid": owner, "kind": "Rollout", "controller": true}]},
        "spec": {"replicas": replicas, "template": {"spec": {"containers": [{"image": image}]}}},
        "status": {"replicas": replicas, "availableReplicas": replicas}
    })
}

fn pod(name: &str, owner: &str, created: &str) -> Value {
    json!({
        "metadata": {"name": name, "uid": format!("uid-{name}"), "creationTimestamp": created,
            "ownerReferences": [{"uid": owner, "controller": true}]},
        "spec": {"containers": [{}]},
        "status": {"phase": "Running", "containerStatuses": [
            {"ready": true, "restartCount": 0, "state": {"running": {}}}]}
    })
}

fn ar(name: &str, owner: &str, revision: &str, created: &str) -> Value {
    json!({
        "metadata": {"name": name, "namespace": "ns", "creationTimestamp": created,
            "annotations": {"rollout.argoproj.io/revision": revision},
            "ownerReferences": [{"uid": owner, "controller": true}]},
        "status": {"phase": "Successful", "metricResults": []}
    })
}

fn canary_rollout() -> Value {
    json!({
        "metadata": {"name": "web", "namespace": "ns", "uid": "ro-uid", "generation": 5,
            "creationTimestamp": "2023-12-31T00:00:00Z"},
        "spec": {"replicas": 4, "strategy": {"canary": {"steps": [
            {"setWeight": 25}, {"pause": {}}, {"setWeight": 50}, {"pause": {}}]}}},
        "status": {"observedGeneration": "5", "phase": "Paused", "message": "CanaryPauseStep",
            "replicas": 5, "updatedReplicas": 1, "readyReplicas": 5, "availableReplicas": 5,
            "currentPodHash": "h2", "stableRS": "h1", "currentStepIndex": 1,
            "pauseConditions": [{"reason": "CanaryPauseStep"}]}
    })
}

fn names<T>(items: &[T], f: impl Fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|x| f(x).to_string()).collect()
}

fn image_pairs(images: &[ImageView]) -> Vec<(String, Vec<String>)> {
    images
        .iter()
        .map(|i| (i.image.clone(), i.tags.clone()))
        .collect()
}

fn pair(image: &str, tags: &[&str]) -> (String, Vec<String>) {
    (
        image.to_string(),
        tags.iter().map(|t| t.to_string()).collect(),
    )
}

// One long test on purpose: it builds one whole view and compares it field by field.
#[test]
fn canary_rollout_view() {
    let mut measured = ar("web-2-step", "ro-uid", "2", "2024-01-01T00:02:00Z");
    measured["status"] = json!({"phase": "Running", "metricResults": [
        {"name": "a", "successful": 2, "failed": 1, "measurements": [
            {"phase": "Successful", "startedAt": "2024-01-01T00:03:00Z",
                "metadata": {"job-name": "job-1"}},
            {"phase": "Running", "value": "1"}]},
        {"name": "b", "successful": 1, "inconclusive": 3, "error": 4, "measurements": [
            {"phase": "Running", "metadata": {"job-name": "job-2", "job-namespace": "jobs"}}]}
    ]});
    let objs = RolloutObjects {
        rollout: canary_rollout(),
        replica_sets: vec![
            rs("web-h1", "rs1", "ro-uid", "h1", "1", "app:1", 4),
            rs("web-h2", "rs2", "ro-uid", "h2", "2", "app:2", 1),
            // Same name prefix, another owner: not ours.
            rs("web-h3", "rs3", "someone-else", "h3", "3", "app:3", 1),
            // Ours but scaled down: shown in the tree, not in Images.
            rs("web-h0", "rs0", "ro-uid", "h0", "", "app:0", 0),
        ],
        pods: vec![
            pod("web-h1-b", "rs1", "2024-01-01T00:00:10Z"),
            pod("web-h1-a", "rs1", "2024-01-01T00:00:10Z"),
            pod("web-h1-c", "rs1", "2024-01-01T00:00:05Z"),
            pod("web-h2-a", "rs2", "2024-01-01T00:01:00Z"),
            pod("web-h3-a", "rs3", "2024-01-01T00:01:00Z"),
            pod("web-h2-orphan", "", "2024-01-01T00:01:00Z"),
        ],
        analysis_runs: vec![
            measured,
            ar("web-1-b", "ro-uid", "1", "2024-01-01T00:00:00Z"),
            ar("web-1-a", "ro-uid", "1", "2024-01-01T00:00:00Z"),
            ar("web-1-old", "ro-uid", "1", "2023-12-31T00:00:00Z"),
            ar("web-2-other", "other-uid", "2", "2024-01-01T00:00:00Z"),
        ],
        ..RolloutObjects::default()
    };
    let v = build_rollout_view(&objs);
    assert_eq!(v.name, "web");
    assert_eq!(v.namespace, "ns");
    assert_eq!(v.status, "Paused");
    assert_eq!(v.message, "CanaryPauseStep");
    assert_eq!(v.strategy, "Canary");
    assert_eq!(v.step.as_deref(), Some("1/4"));
    assert_eq!(v.set_weight, Some(25));
    // Canary RS has 1 of the rollout's 5 available replicas: 1*100/5.
    assert_eq!(v.actual_weight, Some(20));
    assert_eq!(
        v.replicas,
        ReplicaCounts {
            desired: 4,
            current: 5,
            updated: 1,
            ready: 5,
            available: 5
        }
    );
    assert_eq!(v.created, ts("2023-12-31T00:00:00Z"));
    assert_eq!(
        image_pairs(&v.images),
        vec![pair("app:1", &["stable"]), pair("app:2", &["canary"])]
    );

    let revs: Vec<u64> = v.revisions.iter().map(|r| r.revision).collect();
    assert_eq!(revs, vec![2, 1, 0]);
    let r2 = &v.revisions[0];
    assert_eq!(names(&r2.replica_sets, |r| &r.name), vec!["web-h2"]);
    assert_eq!(r2.replica_sets[0].roles, vec!["canary"]);
    assert_eq!(r2.replica_sets[0].pod_template_hash, "h2");
    assert_eq!(
        names(&r2.replica_sets[0].pods, |p| &p.name),
        vec!["web-h2-a"]
    );
    assert_eq!(names(&r2.analysis_runs, |a| &a.name), vec!["web-2-step"]);
    let run = &r2.analysis_runs[0];
    assert_eq!(run.status, "Running");
    assert_eq!(
        (run.successful, run.failed, run.inconclusive, run.error),
        (3, 1, 3, 4)
    );
    assert_eq!(
        run.jobs,
        vec![
            JobView {
                name: "job-1".into(),
                namespace: "ns".into(),
                status: "Successful".into(),
                started: ts("2024-01-01T00:03:00Z"),
            },
            JobView {
                name: "job-2".into(),
                namespace: "jobs".into(),
                status: "Running".into(),
                started: None,
            },
        ]
    );

    let r1 = &v.revisions[1];
    assert_eq!(names(&r1.replica_sets, |r| &r.name), vec!["web-h1"]);
    assert_eq!(r1.replica_sets[0].roles, vec!["stable"]);
    assert_eq!(r1.replica_sets[0].status, "Healthy");
    // Oldest first, then by name.
    assert_eq!(
        names(&r1.replica_sets[0].pods, |p| &p.name),
        vec!["web-h1-c", "web-h1-a", "web-h1-b"]
    );
    // Oldest creation first, then name descending; other owners excluded.
    assert_eq!(
        names(&r1.analysis_runs, |a| &a.name),
        vec!["web-1-old", "web-1-b", "web-1-a"]
    );

    let r0 = &v.revisions[2];
    assert_eq!(names(&r0.replica_sets, |r| &r.name), vec!["web-h0"]);
    assert_eq!(r0.replica_sets[0].status, "ScaledDown");
    assert!(r0.replica_sets[0].roles.is_empty());
    assert!(v.warnings.is_empty(), "{:?}", v.warnings);
}

#[test]
fn replica_sets_in_a_revision_sort_by_name() {
    let objs = RolloutObjects {
        rollout: canary_rollout(),
        replica_sets: vec![
            rs("b", "u-b", "ro-uid", "x", "1", "i", 1),
            rs("a", "u-a", "ro-uid", "y", "1", "i", 1),
            rs("c", "u-c", "ro-uid", "z", "1", "i", 1),
        ],
        ..RolloutObjects::default()
    };
    let v = build_rollout_view(&objs);
    assert_eq!(v.revisions.len(), 1);
    assert_eq!(
        names(&v.revisions[0].replica_sets, |r| &r.name),
        vec!["a", "b", "c"]
    );
    // One image from three untagged ReplicaSets: merged, no tags.
    assert_eq!(image_pairs(&v.images), vec![pair("i", &[])]);
}

#[test]
fn rollout_without_uid_owns_nothing() {
    let mut ro = canary_rollout();
    ro["metadata"].as_object_mut().unwrap().remove("uid");
    let mut orphan = rs("web-h1", "rs1", "", "h1", "1", "app:1", 1);
    orphan["metadata"]["ownerReferences"] = json!([{"kind": "Rollout"}]);
    let objs = RolloutObjects {
        rollout: ro,
        replica_sets: vec![orphan, rs("web-h2", "rs2", "", "h2", "2", "app:2", 1)],
        ..RolloutObjects::default()
    };
    let v = build_rollout_view(&objs);
    assert!(v.revisions.is_empty());
    assert!(v.images.is_empty());
}

fn bluegreen_rollout() -> Value {
    json!({
        "metadata": {"name": "bg", "uid": "bg-uid"},
        "spec": {"replicas": 2, "strategy": {"blueGreen": {"activeService": "a", "previewService": "p"}}},
        "status": {"replicas": 4, "updatedReplicas": 2, "readyReplicas": 4, "availableReplicas": 4,
            "currentPodHash": "new", "stableRS": "old",
            "blueGreen": {"activeSelector": "old", "previewSelector": "new"}}
    })
}

#[test]
fn bluegreen_roles_and_images() {
    let objs = RolloutObjects {
        rollout: bluegreen_rollout(),
        replica_sets: vec![
            rs("bg-old", "r1", "bg-uid", "old", "1", "app:1", 2),
            rs("bg-new", "r2", "bg-uid", "new", "2", "app:2", 2),
        ],
        ..RolloutObjects::default()
    };
    let v = build_rollout_view(&objs);
    assert_eq!(v.strategy, "BlueGreen");
    assert_eq!(
        (v.step.clone(), v.set_weight, v.actual_weight),
        (None, None, None)
    );
    assert_eq!(v.revisions[0].replica_sets[0].roles, vec!["preview"]);
    assert_eq!(
        v.revisions[1].replica_sets[0].roles,
        vec!["stable", "active"]
    );
    // An image seen once keeps the role order: stable before active.
    assert_eq!(
        image_pairs(&v.images),
        vec![
            pair("app:1", &["stable", "active"]),
            pair("app:2", &["preview"])
        ]
    );
    assert_eq!(
        (v.status.as_str(), v.message.as_str()),
        ("Progressing", "active service cutover pending")
    );
}

#[test]
fn same_image_in_several_replica_sets_gets_sorted_union_of_tags() {
    let objs = RolloutObjects {
        rollout: bluegreen_rollout(),
        replica_sets: vec![
            rs("bg-old", "r1", "bg-uid", "old", "1", "app:1", 2),
            rs("bg-new", "r2", "bg-uid", "new", "2", "app:1", 2),
        ],
        ..RolloutObjects::default()
    };
    let v = build_rollout_view(&objs);
    assert_eq!(
        image_pairs(&v.images),
        vec![pair("app:1", &["active", "preview", "stable"])]
    );
}

#[test]
fn ping_pong_roles() {
    let ro = |stable_pp: &str| {
        json!({
            "metadata": {"name": "pp", "uid": "pp-uid"},
            "spec": {"strategy": {"canary": {"pingPong": {"pingService": "ping", "pongService": "pong"},
                "trafficRouting": {"alb": {}}, "steps": [{"setWeight": 10}]}}},
            "status": {"currentPodHash": "c", "stableRS": "s", "currentStepIndex": 0,
                "availableReplicas": 2, "canary": {"stablePingPong": stable_pp}}
        })
    };
    let rss = vec![
        rs("pp-s", "r1", "pp-uid", "s", "1", "app:1", 1),
        rs("pp-c", "r2", "pp-uid", "c", "2", "app:2", 1),
    ];
    let v = build_rollout_view(&RolloutObjects {
        rollout: ro("ping"),
        replica_sets: rss.clone(),
        ..RolloutObjects::default()
    });
    assert_eq!(v.revisions[0].replica_sets[0].roles, vec!["canary", "pong"]);
    assert_eq!(v.revisions[1].replica_sets[0].roles, vec!["stable", "ping"]);
    assert_eq!(
        image_pairs(&v.images),
        vec![
            pair("app:1", &["stable", "ping"]),
            pair("app:2", &["canary", "pong"])
        ]
    );
    // Traffic routing without reported weights: ActualWeight is SetWeight.
    assert_eq!((v.set_weight, v.actual_weight), (Some(10), Some(10)));
    let v = build_rollout_view(&RolloutObjects {
        rollout: ro("pong"),
        replica_sets: rss,
        ..RolloutObjects::default()
    });
    assert_eq!(v.revisions[0].replica_sets[0].roles, vec!["canary", "ping"]);
    assert_eq!(v.revisions[1].replica_sets[0].roles, vec!["stable", "pong"]);
}

#[test]
fn canary_and_stable_same_hash_is_stable_only() {
    let mut ro = canary_rollout();
    ro["status"]["currentPodHash"] = json!("h1");
    let v = build_rollout_view(&RolloutObjects {
        rollout: ro,
        replica_sets: vec![rs("web-h1", "rs1", "ro-uid", "h1", "1", "app:1", 4)],
        ..RolloutObjects::default()
    });
    assert_eq!(v.revisions[0].replica_sets[0].roles, vec!["stable"]);
}

#[test]
fn replica_set_without_hash_label_has_no_role() {
    let mut ro = canary_rollout();
    ro["status"]["stableRS"] = json!("");
    ro["status"]["currentPodHash"] = json!("");
    let mut r = rs("web-x", "rs1", "ro-uid", "", "1", "app:1", 1);
    r["metadata"]["labels"] = json!({});
    let v = build_rollout_view(&RolloutObjects {
        rollout: ro,
        replica_sets: vec![r],
        ..RolloutObjects::default()
    });
    assert!(v.revisions[0].replica_sets[0].roles.is_empty());
    assert_eq!(v.revisions[0].replica_sets[0].pod_template_hash, "");
}

#[test]
fn replica_set_health_and_deadline() {
    let mut not_observed = rs("a", "u1", "ro-uid", "a", "1", "i", 2);
    not_observed["metadata"]["generation"] = json!(3);
    not_observed["status"]["observedGeneration"] = json!(2);
    let mut failure = rs("b", "u2", "ro-uid", "b", "1", "i", 2);
    failure["status"]["conditions"] = json!([{"type": "ReplicaFailure", "status": "True"}]);
    failure["status"]["availableReplicas"] = json!(0);
    let mut failure_false = rs("c", "u3", "ro-uid", "c", "1", "i", 2);
    failure_false["status"]["conditions"] = json!([{"type": "ReplicaFailure", "status": "False"}]);
    let mut unavailable = rs("d", "u4", "ro-uid", "d", "1", "i", 2);
    unavailable["status"]["availableReplicas"] = json!(1);
    let mut scaled_down = rs("e", "u5", "ro-uid", "e", "1", "i", 0);
    scaled_down["metadata"]["annotations"]["scale-down-deadline"] = json!("2024-01-01T00:10:00Z");
    let mut bad_deadline = rs("f", "u6", "ro-uid", "f", "1", "i", 1);
    bad_deadline["metadata"]["annotations"]["scale-down-deadline"] = json!("tomorrow");
    let v = build_rollout_view(&RolloutObjects {
        rollout: canary_rollout(),
        replica_sets: vec![
            not_observed,
            failure,
            failure_false,
            unavailable,
            scaled_down,
            bad_deadline,
        ],
        ..RolloutObjects::default()
    });
    let got: Vec<(String, String)> = v.revisions[0]
        .replica_sets
        .iter()
        .map(|r| (r.name.clone(), r.status.clone()))
        .collect();
    let want: Vec<(String, String)> = [
        ("a", "Progressing"),
        ("b", "ReplicaFailure"),
        ("c", "Healthy"),
        ("d", "Progressing"),
        ("e", "ScaledDown"),
        ("f", "Healthy"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(got, want);
    let rss = &v.revisions[0].replica_sets;
    assert_eq!(rss[4].scale_down_deadline, ts("2024-01-01T00:10:00Z"));
    assert_eq!(rss[5].scale_down_deadline, None);
}

#[test]
fn experiments_and_their_objects() {
    let exp = |name: &str, uid: &str, created: &str| {
        json!({
            "metadata": {"name": name, "uid": uid, "namespace": "ns", "creationTimestamp": created,
                "annotations": {"rollout.argoproj.io/revision": "2"},
                "ownerReferences": [{"uid": "ro-uid", "controller": true}]},
            "spec": {"templates": [{"name": "baseline"}]},
            "status": {"phase": "Running"}
        })
    };
    let mut exp_rs = rs("exp-b-baseline", "er1", "exp-b-uid", "e1", "", "app:1", 1);
    exp_rs["metadata"]["annotations"] = json!({"experiment.argoproj.io/template-name": "baseline"});
    let mut exp_rs2 = rs("exp-b-canary", "er2", "exp-b-uid", "e2", "", "app:2", 1);
    exp_rs2["metadata"]["annotations"] = json!({"experiment.argoproj.io/template-name": "canary"});
    let foreign = json!({"metadata": {"name": "exp-x", "uid": "x",
        "ownerReferences": [{"uid": "other-ro", "controller": true}]}});
    let objs = RolloutObjects {
        rollout: canary_rollout(),
        replica_sets: vec![
            rs("web-h1", "rs1", "ro-uid", "h1", "1", "app:1", 4),
            // Listed by both selectors: shown once.
            exp_rs2.clone(),
        ],
        pods: vec![pod("exp-b-canary-p", "er2", "2024-01-01T00:00:00Z")],
        experiments: vec![
            exp("exp-b", "exp-b-uid", "2024-01-01T00:05:00Z"),
            exp("exp-a", "exp-a-uid", "2024-01-01T00:01:00Z"),
            foreign,
        ],
        analysis_runs: vec![
            ar("exp-b-ar", "exp-b-uid", "2", "2024-01-01T00:06:00Z"),
            ar("web-ar", "ro-uid", "2", "2024-01-01T00:06:00Z"),
        ],
        experiment_replica_sets: vec![exp_rs, exp_rs2],
        experiment_pods: vec![
            pod("exp-b-baseline-p", "er1", "2024-01-01T00:00:00Z"),
            pod("exp-b-canary-p", "er2", "2024-01-01T00:00:00Z"),
        ],
    };
    let v = build_rollout_view(&objs);
    let revs: Vec<u64> = v.revisions.iter().map(|r| r.revision).collect();
    assert_eq!(revs, vec![2, 1]);
    let r2 = &v.revisions[0];
    assert!(r2.replica_sets.is_empty());
    // By creation time.
    assert_eq!(names(&r2.experiments, |e| &e.name), vec!["exp-a", "exp-b"]);
    let eb = &r2.experiments[1];
    assert_eq!(
        names(&eb.replica_sets, |r| &r.name),
        vec!["exp-b-baseline", "exp-b-canary"]
    );
    assert_eq!(
        names(&eb.replica_sets[1].pods, |p| &p.name),
        vec!["exp-b-canary-p"]
    );
    assert_eq!(eb.replica_sets[0].template.as_deref(), Some("baseline"));
    assert_eq!(names(&eb.analysis_runs, |a| &a.name), vec!["exp-b-ar"]);
    assert_eq!(names(&r2.analysis_runs, |a| &a.name), vec!["web-ar"]);
    // Experiment images merge with the rollout's: app:1 seen twice → sorted union.
    assert_eq!(
        image_pairs(&v.images),
        vec![
            pair("app:1", &["stable", "Σ:baseline"]),
            pair("app:2", &["Σ:canary"]),
        ]
    );
}

#[test]
fn rollout_rows() {
    let r = rollout_row(&canary_rollout());
    assert_eq!(
        r,
        RolloutRow {
            namespace: "ns".into(),
            name: "web".into(),
            strategy: StrategyKind::Canary,
            status: "Paused".into(),
            message: "CanaryPauseStep".into(),
            step: "1/4".into(),
            set_weight: "25".into(),
            ready: 5,
            current: 5,
            desired: 4,
            up_to_date: 1,
            available: 5,
        }
    );
    let r = rollout_row(&bluegreen_rollout());
    assert_eq!(
        (
            r.strategy.list_text(),
            r.step.as_str(),
            r.set_weight.as_str()
        ),
        ("BlueGreen", "-", "-")
    );
    let r = rollout_row(&json!({"metadata": {"name": "x"}, "spec": {}}));
    assert_eq!(
        (
            r.strategy.list_text(),
            r.step.as_str(),
            r.set_weight.as_str(),
            r.desired
        ),
        ("unknown", "-", "-", 1)
    );
    // Canary without a step index: STEP is "-", SET-WEIGHT is the first step's.
    let mut ro = canary_rollout();
    ro["status"]
        .as_object_mut()
        .unwrap()
        .remove("currentStepIndex");
    let r = rollout_row(&ro);
    assert_eq!((r.step.as_str(), r.set_weight.as_str()), ("-", "25"));
}

#[test]
fn malformed_objects_never_panic_and_leave_warnings() {
    let huge = "名".repeat(100_000);
    let objs = RolloutObjects {
        rollout: json!({"metadata": {"name": huge, "uid": "u"}, "spec": {"replicas": "three",
            "strategy": {"canary": {"steps": "all", "trafficRouting": []}}}, "status": []}),
        replica_sets: vec![
            json!(null),
            json!([]),
            json!({"metadata": {"ownerReferences": [{"uid": "u", "controller": true}], "name": 5,
                "annotations": {"rollout.argoproj.io/revision": "∞"}},
                "spec": {"replicas": -1, "template": {"spec": {"containers": {}}}},
                "status": {"replicas": 1.5, "availableReplicas": "x"}}),
        ],
        pods: vec![json!({"metadata": {"ownerReferences": "u"}}), json!(7)],
        experiments: vec![
            json!({"metadata": {"ownerReferences": [{"uid": "u", "controller": true}]}, "spec": 1, "status": "x"}),
        ],
        analysis_runs: vec![
            json!({"metadata": {"ownerReferences": [{"uid": "u", "controller": true}]},
            "status": {"metricResults": [{"measurements": [{"metadata": {"job-name": 3}}]}, 5]}}),
        ],
        experiment_replica_sets: vec![json!("rs")],
        experiment_pods: vec![json!({"metadata": null})],
    };
    let v = build_rollout_view(&objs);
    assert_eq!(v.strategy, "Canary");
    assert_eq!(v.replicas.desired, 1);
    assert_eq!(v.step, None);
    // The malformed ReplicaSet is still shown, with defaults, under revision 0.
    assert_eq!(v.revisions[0].revision, 0);
    assert_eq!(v.revisions[0].replica_sets.len(), 1);
    assert_eq!(v.revisions[0].experiments.len(), 1);
    assert_eq!(v.revisions[0].analysis_runs.len(), 1);
    assert!(v.warnings.len() >= 5, "{:?}", v.warnings);
    assert!(
        v.warnings
            .iter()
            .any(|w| w.contains("spec.replicas is not an integer"))
    );
    // Names in warnings are cut short.
    assert!(v.warnings.iter().all(|w| w.chars().count() < 300));

    let ev = build_experiment_view(&ExperimentObjects {
        experiment: json!([1, 2]),
        replica_sets: vec![json!(null)],
        pods: vec![json!("p")],
        analysis_runs: vec![json!({})],
    });
    assert_eq!(ev.name, "");
    assert!(ev.replica_sets.is_empty());
    let row = experiment_row(&json!({"spec": {"duration": 60}}));
    assert_eq!(row.duration, "-");
    let _ = rollout_row(&json!("nonsense"));
    let _ = rollout_status(&json!({"metadata": {"annotations": {"a": {"b": 1}}}}));
}
