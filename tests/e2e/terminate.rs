//! `terminate analysisrun|experiment NAME…` end to end: the guarded merge patch, the
//! messages, nothing written for a terminated or finished object, and several names each
//! on their own (a missing one is one line, the others are still terminated, exit 1).

use serde_json::{Value, json};

use crate::support::writes::{ARGO, MERGE, assert_ok, assert_patch, run, rv};
use crate::support::{OutputExt, TestEnv};

const RUNS: &str = "/apis/argoproj.io/v1alpha1/namespaces/default/analysisruns";

fn analysis_run(env: &TestEnv, name: &str, phase: &str) -> Value {
    env.put(json!({
        "apiVersion": ARGO, "kind": "AnalysisRun",
        "metadata": {"name": name, "namespace": "default"},
        "spec": {"metrics": [{"name": "up", "provider": {"prometheus": {"query": "up"}}}]},
        "status": {"phase": phase}
    }))
}

#[test]
fn a_running_analysis_run_is_terminated_with_one_guarded_patch() {
    let env = TestEnv::new();
    let before = analysis_run(&env, "web-6c9f7d-2-1", "Running");
    let out = run(&env, &["terminate", "analysisrun", "web-6c9f7d-2-1"]);
    assert_ok(&out, "analysisrun 'web-6c9f7d-2-1' terminated\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RUNS}/web-6c9f7d-2-1"),
        MERGE,
        json!({"metadata": {"resourceVersion": rv(&before)}, "spec": {"terminate": true}}),
    );
    let after = env
        .get(ARGO, "AnalysisRun", "default", "web-6c9f7d-2-1")
        .unwrap();
    assert_eq!(after["spec"]["terminate"], true);
}

#[test]
fn finished_or_terminated_objects_are_left_alone() {
    let env = TestEnv::new();
    analysis_run(&env, "done", "Successful");
    let out = run(&env, &["terminate", "ar", "done"]);
    assert_ok(
        &out,
        "analysisrun 'done' has already finished (Successful); nothing to do\n",
    );
    let stopped = analysis_run(&env, "stopped", "Running");
    env.mutate(ARGO, "AnalysisRun", "default", "stopped", |r| {
        r["spec"]["terminate"] = json!(true)
    });
    let out = run(&env, &["terminate", "analysisrun", "stopped"]);
    assert_ok(
        &out,
        "analysisrun 'stopped' is already terminated; nothing to do\n",
    );
    assert!(env.writes().is_empty(), "{:?}", env.writes());
    let _ = stopped;
}

#[test]
fn an_experiment_is_terminated_and_says_terminated() {
    let env = TestEnv::new();
    env.load_fixture("canary-experiment");
    let exps = env.list(ARGO, "Experiment", Some("default"));
    let running = exps
        .iter()
        .find(|e| {
            !matches!(
                e["status"]["phase"].as_str(),
                Some("Successful" | "Failed" | "Error")
            )
        })
        .expect("a running experiment in the fixture");
    let name = running["metadata"]["name"].as_str().unwrap();
    let out = run(&env, &["terminate", "experiment", name]);
    assert_ok(&out, &format!("experiment '{name}' terminated\n"));
    let after = env.get(ARGO, "Experiment", "default", name).unwrap();
    assert_eq!(after["spec"]["terminate"], true);
}

#[test]
fn several_names_are_each_done_and_a_missing_one_is_one_line() {
    let env = TestEnv::new();
    analysis_run(&env, "a", "Running");
    analysis_run(&env, "c", "Running");
    let out = run(&env, &["terminate", "analysisrun", "a", "b", "c"]);
    assert_eq!(out.exit(), 1);
    assert_eq!(
        out.stdout_str(),
        "analysisrun 'a' terminated\nanalysisrun 'c' terminated\n"
    );
    assert_eq!(
        out.stderr_str(),
        "error: analysisruns.argoproj.io \"b\" not found in namespace \"default\"\n"
    );
    for n in ["a", "c"] {
        assert_eq!(
            env.get(ARGO, "AnalysisRun", "default", n).unwrap()["spec"]["terminate"],
            true
        );
    }
}

#[test]
fn dry_run_prints_the_patch_and_writes_nothing() {
    let env = TestEnv::new();
    analysis_run(&env, "a", "Running");
    let out = run(&env, &["terminate", "analysisrun", "a", "--dry-run"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(
        out.stdout_str().contains("\"terminate\": true") || out.stdout_str().contains("terminate"),
        "{}",
        out.stdout_str()
    );
    assert!(out.stdout_str().ends_with("dry run: nothing was written\n"));
    assert!(env.writes().is_empty());
}
