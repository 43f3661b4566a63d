//! The real kubectl against the API server's Tables: `kubectl get` asks for
//! `as=Table;g=meta.k8s.io;v=v1` and prints the server's columns, so the playground looks to
//! kubectl as a real cluster does: the Argo CRDs' printer columns, the pod, ReplicaSet and
//! other built-in columns, `-o wide`, and `-w` rows. Our own binary never asks for Tables.

use std::time::Duration;

use serde_json::{Value, json};

use crate::support::{OutputExt, TestEnv};

const ARGO: &str = "argoproj.io/v1alpha1";
/// Bounded waits; generous, as kubectl starts slowly on a busy machine.
const SHOWS_UP: Duration = Duration::from_secs(20);

fn env_with(fixture: &str) -> TestEnv {
    let env = TestEnv::new();
    env.load_fixture(fixture);
    env
}

/// kubectl's output as words per line.
fn words(out: &std::process::Output) -> Vec<Vec<String>> {
    assert_eq!(out.code(), Some(0), "{}", out.stderr_str());
    out.stdout_str()
        .lines()
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect()
}

fn num(v: &Value) -> String {
    v.as_i64().map(|n| n.to_string()).unwrap_or_default()
}

#[test]
fn kubectl_get_rollouts_shows_the_crd_printer_columns() {
    let env = env_with("canary-mid-update");
    let rows = words(&env.kubectl(["get", "rollouts"]));
    assert_eq!(
        rows[0],
        [
            "NAME",
            "DESIRED",
            "CURRENT",
            "UP-TO-DATE",
            "AVAILABLE",
            "AGE"
        ]
    );
    let ro = env.get(ARGO, "Rollout", "default", "web").unwrap();
    assert_eq!(
        rows[1][..5],
        [
            "web".to_string(),
            num(&ro["spec"]["replicas"]),
            num(&ro["status"]["replicas"]),
            num(&ro["status"]["updatedReplicas"]),
            num(&ro["status"]["availableReplicas"]),
        ]
    );
    assert!(rows[1][5].ends_with('d'), "an age in days: {:?}", rows[1]);
    let asked = env
        .requests_matching(
            "GET",
            "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts",
        )
        .pop()
        .unwrap();
    assert!(
        asked.accept.as_deref().unwrap_or("").contains("as=Table"),
        "{asked:?}"
    );
    // Our binary reads plain JSON.
    env.clear_requests();
    env.run(["list", "rollouts"]);
    assert!(
        env.requests()
            .iter()
            .all(|r| { r.accept.as_deref() == Some("application/json") })
    );
}

#[test]
fn kubectl_get_pods_shows_ready_status_restarts_and_age() {
    let env = env_with("canary-mid-update");
    let rows = words(&env.kubectl(["get", "pods"]));
    assert_eq!(rows[0], ["NAME", "READY", "STATUS", "RESTARTS", "AGE"]);
    // The pod that was OOM-killed once: restarts with the time since, as kubectl prints it.
    let restarted = rows
        .iter()
        .find(|r| r.len() == 7 && r[5] == "ago)" && r[2] == "Running")
        .unwrap_or_else(|| panic!("a restarted pod: {rows:?}"));
    assert_eq!(restarted[1], "1/1");
    assert_eq!(restarted[2], "Running");
    assert_eq!(restarted[3], "1");
    assert!(restarted[4].starts_with('('), "{restarted:?}");
    assert!(
        rows.iter()
            .any(|r| r[1] == "0/1" && r[2] == "CrashLoopBackOff" && r[3] == "6"),
        "{rows:?}"
    );
    assert!(rows.iter().any(|r| r[2] == "Pending"), "{rows:?}");

    let wide = words(&env.kubectl(["get", "pods", "-o", "wide"]));
    assert_eq!(
        wide[0],
        [
            "NAME",
            "READY",
            "STATUS",
            "RESTARTS",
            "AGE",
            "IP",
            "NODE",
            "NOMINATED",
            "NODE",
            "READINESS",
            "GATES"
        ]
    );
}

#[test]
fn kubectl_get_replicasets_shows_desired_current_ready() {
    let env = env_with("canary-mid-update");
    let rows = words(&env.kubectl(["get", "rs"]));
    assert_eq!(rows[0], ["NAME", "DESIRED", "CURRENT", "READY", "AGE"]);
    for row in &rows[1..] {
        let rs = env
            .get("apps/v1", "ReplicaSet", "default", &row[0])
            .unwrap();
        assert_eq!(row[1], num(&rs["spec"]["replicas"]), "{row:?}");
        assert_eq!(row[2], num(&rs["status"]["replicas"]), "{row:?}");
        let ready = rs["status"]["readyReplicas"].as_i64().unwrap_or(0);
        assert_eq!(row[3], ready.to_string(), "{row:?}");
    }
    let wide = words(&env.kubectl(["get", "rs", "-o", "wide"]));
    assert_eq!(wide[0][5..], ["CONTAINERS", "IMAGES", "SELECTOR"]);
}

#[test]
fn kubectl_get_experiments_and_analysisruns_show_their_status() {
    let env = env_with("canary-experiment");
    let rows = words(&env.kubectl(["get", "experiments"]));
    assert_eq!(rows[0], ["NAME", "STATUS", "AGE"]);
    let exp = env
        .get(ARGO, "Experiment", "default", "search-8b5c9d7f46-2-1")
        .unwrap();
    assert_eq!(
        rows[1][..2],
        [
            "search-8b5c9d7f46-2-1".to_string(),
            exp["status"]["phase"].as_str().unwrap().to_string()
        ]
    );
    let rows = words(&env.kubectl(["get", "analysisruns"]));
    assert_eq!(rows[0], ["NAME", "STATUS", "AGE"]);
    assert!(rows.len() > 1, "{rows:?}");
    let rows = words(&env.kubectl(["get", "analysistemplates"]));
    assert!(rows.is_empty() || rows[0] == ["NAME", "AGE"], "{rows:?}");
}

#[test]
fn kubectl_get_one_object_and_a_missing_one() {
    let env = env_with("canary-mid-update");
    let rows = words(&env.kubectl(["get", "rollout", "web"]));
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1][0], "web");
    let missing = env.kubectl(["get", "rollout", "nope"]);
    assert_eq!(missing.code(), Some(1));
    assert_eq!(
        missing.stderr_str(),
        "Error from server (NotFound): rollouts.argoproj.io \"nope\" not found\n"
    );
}

#[test]
fn kubectl_get_watch_prints_a_row_per_change() {
    let env = env_with("canary-mid-update");
    let bg = env.kubectl_spawn(["get", "rollouts", "-w"]);
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.lines().count() == 2),
        "{}{}",
        bg.stdout_so_far(),
        bg.stderr_so_far()
    );
    assert!(env.wait_for_request(SHOWS_UP, |r| r.is_watch() && r.status == 200));
    env.mutate(ARGO, "Rollout", "default", "web", |ro| {
        ro["spec"]["replicas"] = json!(9);
    });
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.lines().count() == 3),
        "{}{}",
        bg.stdout_so_far(),
        bg.stderr_so_far()
    );
    let out = bg.kill();
    let text = out.stdout_str();
    let last: Vec<&str> = text.lines().last().unwrap().split_whitespace().collect();
    assert_eq!(last[..2], ["web", "9"], "{text}");
    assert_eq!(out.stderr_str(), "");
}
