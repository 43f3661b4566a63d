//! `get experiment NAME` end to end: the golden text, aliases, `-o json|yaml`, not found, and
//! that the experiment's own ReplicaSets and Pods are read with a server-side selector.

use serde_json::{Value, json};

use super::get_rollout::{assert_golden, env_with, get_text, run};
use crate::support::{OutputExt, TestEnv};

const EXP: &str = "search-8b5c9d7f46-2-1";

#[test]
fn the_experiment_matches_its_golden_file() {
    let env = env_with("canary-experiment");
    let text = get_text(&env, &["get", "experiment", EXP, "--no-color"]);
    assert_golden(&format!("get-experiment-{EXP}.txt"), &text);
}

#[test]
fn aliases_print_the_same_text() {
    let env = env_with("canary-experiment");
    let want = get_text(&env, &["get", "experiment", EXP, "--no-color"]);
    for alias in ["exp", "experiments"] {
        assert_eq!(
            get_text(&env, &["get", alias, EXP, "--no-color"]),
            want,
            "get {alias}"
        );
    }
}

#[test]
fn replica_sets_and_pods_are_read_by_the_experiments_own_hashes() {
    let env = env_with("canary-experiment");
    env.clear_requests();
    get_text(&env, &["get", "experiment", EXP, "--no-color"]);
    let reqs = env.requests();
    let base = "/apis/argoproj.io/v1alpha1/namespaces/default";
    let mut paths: Vec<(String, Option<String>)> = reqs
        .iter()
        .map(|r| (r.path.clone(), r.query_param("labelSelector")))
        .collect();
    paths.sort();
    // The templates' selectors carry the rollout's hashes (6d8f7b9c45, 8b5c9d7f46); the
    // experiment's ReplicaSets have the hashes its status reports.
    let sel = Some("app=search,rollouts-pod-template-hash in (5b9d6c8f47,9f6d8c7b54)".to_string());
    assert_eq!(
        paths,
        [
            ("/api/v1/namespaces/default/pods".to_string(), sel.clone()),
            (
                "/apis/apps/v1/namespaces/default/replicasets".to_string(),
                sel
            ),
            (format!("{base}/analysisruns"), None),
            (format!("{base}/experiments/{EXP}"), None),
        ]
    );
    assert!(env.writes().is_empty());
}

#[test]
fn an_experiment_without_reported_hashes_is_still_shown_from_its_shared_labels() {
    // An older controller reports no podTemplateHash: fall back to the templates' shared
    // labels (`app=search`), which also match the rollout's ReplicaSets; the owner filter
    // keeps only the experiment's.
    let env = env_with("canary-experiment");
    env.mutate("argoproj.io/v1alpha1", "Experiment", "default", EXP, |e| {
        for t in e["status"]["templateStatuses"].as_array_mut().unwrap() {
            t.as_object_mut().unwrap().remove("podTemplateHash");
        }
    });
    env.clear_requests();
    let text = get_text(&env, &["get", "experiment", EXP, "--no-color"]);
    assert_golden(&format!("get-experiment-{EXP}.txt"), &text);
    let rs_reads = env.requests_matching("GET", "/apis/apps/v1/namespaces/default/replicasets");
    assert_eq!(rs_reads.len(), 1);
    assert_eq!(
        rs_reads[0].query_param("labelSelector").as_deref(),
        Some("app=search")
    );
}

#[test]
fn json_output_has_the_stable_schema() {
    let env = env_with("canary-experiment");
    let text = get_text(&env, &["get", "experiment", EXP, "-o", "json"]);
    let v: Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(v["name"], EXP);
    assert_eq!(v["namespace"], "default");
    assert_eq!(v["status"], "Running");
    assert_eq!(v["message"], "");
    assert_eq!(v["duration"], "30m");
    assert_eq!(v["availableAt"], "2026-11-22T11:42:05Z");
    assert_eq!(
        v["images"],
        json!([
            {"image": "quay.io/acme/search-api:3.7.2", "tags": ["Σ:baseline"]},
            {"image": "quay.io/acme/search-api:3.8.0", "tags": ["Σ:canary"]},
        ])
    );
    let rs = v["replicaSets"].as_array().unwrap();
    assert_eq!(rs.len(), 2);
    assert_eq!(rs[0]["name"], "search-8b5c9d7f46-2-1-baseline");
    assert_eq!(rs[0]["template"], "baseline");
    assert_eq!(rs[0]["podTemplateHash"], "9f6d8c7b54");
    assert_eq!(rs[0]["status"], "Healthy");
    assert_eq!(
        rs[0]["pods"][0]["name"],
        "search-8b5c9d7f46-2-1-baseline-69d5g"
    );
    assert_eq!(rs[1]["template"], "canary");
    let run = &v["analysisRuns"][0];
    assert_eq!(run["name"], "search-8b5c9d7f46-2-1-load-test");
    assert_eq!(run["status"], "Running");
    assert_eq!(run["successful"], 3);
    let jobs: Vec<(&str, &str)> = run["jobs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| (j["name"].as_str().unwrap(), j["status"].as_str().unwrap()))
        .collect();
    assert_eq!(jobs.len(), 4);
    assert_eq!(
        jobs[0],
        (
            "41c66d22-cf31-49d0-ae58-6c576529abd4.load-test.1",
            "Successful"
        )
    );

    let yaml_text = get_text(&env, &["get", "exp", EXP, "-o", "yaml"]);
    let yaml: Value = serde_yaml::from_str(&yaml_text).expect("YAML");
    assert_eq!(yaml, v);
}

#[test]
fn a_missing_experiment_is_one_line_on_stderr_and_exit_1() {
    let env = TestEnv::new();
    env.load_fixture("canary-experiment");
    let out = run(&env, &["get", "experiment", "x"]);
    assert_eq!(out.exit(), 1);
    assert_eq!(out.stdout_str(), "");
    assert_eq!(
        out.stderr_str(),
        "error: experiments.argoproj.io \"x\" not found in namespace \"default\"\n"
    );
}

/// An experiment an Argo Rollouts controller before v1.1 finished: no
/// `templateStatuses[].podTemplateHash`, and the template name only in the ReplicaSets'
/// labels. Its ReplicaSets, pods and `Σ:<template>` images show as for a newer controller.
#[test]
fn an_old_controllers_experiment_shows_its_replica_sets_pods_and_images() {
    let env = env_with("canary-experiment-old-controller");
    let text = get_text(
        &env,
        &["get", "experiment", EXP, "-n", "legacy", "--no-color"],
    );
    assert_golden(&format!("get-experiment-{EXP}-old-controller.txt"), &text);
    let text = get_text(
        &env,
        &["get", "rollout", "search", "-n", "legacy", "--no-color"],
    );
    assert_golden("get-rollout-search-old-controller.txt", &text);
    // The same tree and images as the newer controller's experiment (namespace aside).
    let newer = env_with("canary-experiment");
    let want = get_text(&newer, &["get", "rollout", "search", "--no-color"]);
    assert_eq!(text.replace("legacy", "default"), want);
    let want = get_text(&newer, &["get", "experiment", EXP, "--no-color"]);
    let text = get_text(
        &env,
        &["get", "experiment", EXP, "-n", "legacy", "--no-color"],
    );
    assert_eq!(text.replace("legacy", "default"), want);
}
