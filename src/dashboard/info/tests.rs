//! The mapping to the anchor's RolloutInfo, field by field, over the fixtures (objects shaped
//! as the Argo Rollouts controller and Kubernetes write them); expected values read off the
//! fixtures and `tests/expected/get-rollout-*.txt` by hand.

use serde_json::{Value, json};

use super::*;

fn objects(yaml: &str, rollout: &str) -> RolloutObjects {
    let docs: Vec<Value> = serde_yaml::Deserializer::from_str(yaml)
        .map(|d| Value::deserialize(d).expect("fixture document"))
        .filter(|d| !d.is_null())
        .collect();
    let kind =
        |k: &str| -> Vec<Value> { docs.iter().filter(|d| d["kind"] == k).cloned().collect() };
    let ro = kind("Rollout")
        .into_iter()
        .find(|r| r["metadata"]["name"] == rollout)
        .expect("rollout in fixture");
    RolloutObjects {
        rollout: ro,
        replica_sets: kind("ReplicaSet"),
        pods: kind("Pod"),
        experiments: kind("Experiment"),
        analysis_runs: kind("AnalysisRun"),
        experiment_replica_sets: kind("ReplicaSet"),
        experiment_pods: kind("Pod"),
    }
}

use serde::Deserialize;

fn as_json(info: &RolloutInfo) -> Value {
    serde_json::to_value(info).unwrap()
}

const CANARY: &str = include_str!("../../../tests/fixtures/canary-mid-update.yaml");
const EXPERIMENT: &str = include_str!("../../../tests/fixtures/canary-experiment.yaml");
const BLUE_GREEN: &str = include_str!("../../../tests/fixtures/bluegreen-paused.yaml");

#[test]
fn the_header_of_a_paused_canary_is_the_anchors_fields_as_strings_and_numbers() {
    let v = as_json(&rollout_info(&objects(CANARY, "web")));
    assert_eq!(
        v["objectMeta"],
        json!({"name": "web", "namespace": "default",
            "uid": "3ceaaf30-8142-48ea-91d9-3080f9b439fc", "resourceVersion": "4812323",
            "creationTimestamp": "2026-11-20T09:15:00Z"})
    );
    assert_eq!(v["status"], "Paused");
    assert_eq!(v["message"], "CanaryPauseStep");
    assert_eq!(v["icon"], "॥");
    assert_eq!(v["strategy"], "Canary");
    assert_eq!(v["step"], "1/5");
    // Weights are strings in the anchor's schema; counts are numbers.
    assert_eq!(v["setWeight"], "20");
    assert_eq!(v["actualWeight"], "33");
    assert_eq!(
        (
            &v["desired"],
            &v["current"],
            &v["updated"],
            &v["ready"],
            &v["available"]
        ),
        (&json!(5), &json!(5), &json!(1), &json!(3), &json!(3))
    );
    assert_eq!(v["restartedAt"], "Never");
    assert_eq!(v["generation"], "9");
    assert_eq!(
        v["containers"],
        json!([{"name": "web", "image": "argoproj/rollouts-demo:yellow"}])
    );
    assert_eq!(v["steps"].as_array().unwrap().len(), 5);
    assert_eq!(v["steps"][3], json!({"pause": {"duration": "10m"}}));
    // Not an experiment rollout: Go's omitempty leaves the empty list out.
    assert!(v.get("experiments").is_none());
    // Ours, only when asked for (the rollout page adds it).
    assert!(v.get("actions").is_none());
}

#[test]
fn replica_sets_carry_roles_as_booleans_and_pods_as_ready_strings() {
    let v = as_json(&rollout_info(&objects(CANARY, "web")));
    let rss = v["replicaSets"].as_array().unwrap();
    let names: Vec<&str> = rss
        .iter()
        .map(|r| r["objectMeta"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["web-5f8c7d9b64", "web-7b9d4c6f58", "web-6c5f9b8d47"]
    );
    let canary = &rss[0];
    assert_eq!(canary["revision"], 3);
    assert_eq!(canary["canary"], true);
    assert!(canary.get("stable").is_none(), "false is omitted: {canary}");
    assert_eq!(canary["status"], "Healthy");
    assert_eq!(canary["icon"], "✔");
    assert_eq!(canary["images"], json!(["argoproj/rollouts-demo:yellow"]));
    let stable = &rss[1];
    assert_eq!(stable["stable"], true);
    assert_eq!(stable["status"], "Progressing");
    let pods = stable["pods"].as_array().unwrap();
    assert_eq!(pods.len(), 4);
    let crash = pods
        .iter()
        .find(|p| p["objectMeta"]["name"] == "web-7b9d4c6f58-s7psh")
        .unwrap();
    assert_eq!(crash["status"], "CrashLoopBackOff");
    assert_eq!(crash["icon"], "✖");
    assert_eq!(crash["ready"], "0/1");
    assert_eq!(crash["restarts"], 6);
    let pending = pods
        .iter()
        .find(|p| p["objectMeta"]["name"] == "web-7b9d4c6f58-jsdxn")
        .unwrap();
    assert_eq!(pending["status"], "Pending");
    assert_eq!(pending["icon"], "◷");
    assert!(pending.get("restarts").is_none());
    let old = &rss[2];
    assert_eq!(old["status"], "ScaledDown");
    assert_eq!(old["icon"], "•");
    assert!(old.get("replicas").is_none() && old.get("pods").is_none());
}

#[test]
fn analysis_runs_carry_counts_measurements_and_the_first_metrics_condition() {
    let v = as_json(&rollout_info(&objects(CANARY, "web")));
    let runs = v["analysisRuns"].as_array().unwrap();
    assert_eq!(runs.len(), 2);
    let running = &runs[0];
    assert_eq!(
        running["objectMeta"],
        json!({"name": "web-5f8c7d9b64-3", "namespace": "default",
            "uid": "3581437a-4892-49e0-a9a5-642c7d0753e5",
            "creationTimestamp": "2026-11-22T10:48:06Z"})
    );
    assert_eq!(running["revision"], 3);
    assert_eq!(running["status"], "Running");
    assert_eq!(running["icon"], "◌");
    assert_eq!(running["successful"], 3);
    assert!(running.get("failed").is_none());
    assert_eq!(running["successCondition"], "result[0] >= 0.95");
    assert_eq!(
        running["nonJobInfo"],
        json!([
            {"value": "[0.9981]", "status": "Successful", "startedAt": "2026-11-22T10:48:06Z"},
            {"value": "[0.9967]", "status": "Successful", "startedAt": "2026-11-22T11:18:06Z"},
            {"value": "[0.9974]", "status": "Successful", "startedAt": "2026-11-22T11:48:06Z"}
        ])
    );
    assert_eq!(runs[1]["objectMeta"]["name"], "web-7b9d4c6f58-2");
    assert_eq!(runs[1]["revision"], 2);
    assert_eq!(runs[1]["successful"], 8);
}

#[test]
fn an_experiment_has_its_revision_replica_sets_by_template_and_job_runs() {
    let v = as_json(&rollout_info(&objects(EXPERIMENT, "search")));
    let exps = v["experiments"].as_array().unwrap();
    assert_eq!(exps.len(), 1);
    let e = &exps[0];
    assert_eq!(e["objectMeta"]["name"], "search-8b5c9d7f46-2-1");
    assert_eq!(e["revision"], 2);
    assert_eq!(e["status"], "Running");
    assert_eq!(e["icon"], "◌");
    let templates: Vec<&str> = e["replicaSets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["template"].as_str().unwrap())
        .collect();
    assert_eq!(templates, ["baseline", "canary"]);
    let run = &e["analysisRuns"][0];
    assert_eq!(run["objectMeta"]["name"], "search-8b5c9d7f46-2-1-load-test");
    let jobs = run["jobs"].as_array().unwrap();
    assert_eq!(jobs.len(), 4);
    assert_eq!(
        jobs[0]["objectMeta"]["name"],
        "41c66d22-cf31-49d0-ae58-6c576529abd4.load-test.1"
    );
    assert_eq!(jobs[0]["status"], "Successful");
    assert_eq!(jobs[3]["status"], "Running");
    assert!(jobs[0]["startedAt"].is_string());
    // Job measurements are jobs, not nonJobInfo.
    assert!(run.get("nonJobInfo").is_none());
    // A pod still initialising.
    let stable = v["replicaSets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["stable"] == true)
        .unwrap();
    assert!(
        stable["pods"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["status"] == "Init:0/1" && p["icon"] == "◷")
    );
}

#[test]
fn a_blue_green_has_active_and_preview_and_no_canary_fields() {
    let v = as_json(&rollout_info(&objects(BLUE_GREEN, "checkout")));
    assert_eq!(v["strategy"], "BlueGreen");
    assert!(v.get("step").is_none() && v.get("setWeight").is_none());
    assert!(v.get("actualWeight").is_none() && v.get("steps").is_none());
    let rss = v["replicaSets"].as_array().unwrap();
    let by_name = |n: &str| rss.iter().find(|r| r["objectMeta"]["name"] == n).unwrap();
    assert_eq!(by_name("checkout-7f4b6d8c59")["preview"], true);
    let active = by_name("checkout-69c8b7d4f5");
    assert_eq!(
        (&active["active"], &active["stable"]),
        (&json!(true), &json!(true))
    );
    assert_eq!(v["current"], 9);
}

#[test]
fn the_list_info_is_the_rollouts_own_fields_with_labels_and_no_children() {
    let mut ro = objects(CANARY, "web").rollout;
    ro["metadata"]["labels"] = json!({"team": "storefront"});
    let v = as_json(&list_info(&ro));
    assert_eq!(v["objectMeta"]["labels"], json!({"team": "storefront"}));
    assert_eq!(v["status"], "Paused");
    assert_eq!(v["step"], "1/5");
    assert_eq!(v["setWeight"], "20");
    // The actual weight needs the canary's ReplicaSet, which the list does not read.
    assert!(v.get("actualWeight").is_none());
    assert!(v.get("replicaSets").is_none() && v.get("analysisRuns").is_none());
    assert_eq!(v["containers"][0]["image"], "argoproj/rollouts-demo:yellow");
}

#[test]
fn a_bare_object_maps_to_nulls_and_omissions_not_a_panic() {
    let v = as_json(&list_info(&json!({"metadata": {"name": "x"}, "spec": 7})));
    assert_eq!(
        v["objectMeta"],
        json!({"name": "x", "creationTimestamp": null})
    );
    for k in [
        "ready",
        "current",
        "updated",
        "available",
        "step",
        "strategy",
    ] {
        assert!(v.get(k).is_none(), "{k} in {v}");
    }
}
