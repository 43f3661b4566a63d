//! `get rollout NAME` end to end: the anchor text of every fixture against the reviewed golden
//! files in `tests/expected/`, aliases, not found, and the `-o json|yaml` schema. Also the
//! helpers the other read-path modules share (pinned clock, golden comparison).

use std::path::PathBuf;
use std::process::Output;
use std::time::Duration;

use serde_json::Value;

use crate::support::env::run_to_completion;
use crate::support::{OutputExt, TestEnv};

/// The fixtures' "now" (see tests/fixtures/README.md).
pub const NOW: &str = "2026-11-22T12:00:00Z";

/// Every fixture, each loaded by the test that needs it.
pub const FIXTURES: &[(&str, &str)] = &[
    ("web", "canary-mid-update"),
    ("checkout", "bluegreen-paused"),
    ("payments", "canary-aborted"),
    ("search", "canary-experiment"),
    ("api", "workloadref"),
    ("broken", "invalid-spec"),
    ("storefront", "canary-trafficrouting-pingpong"),
    ("history-demo", "multi-revision"),
];

/// Runs the binary with the clock pinned to `NOW`.
pub fn run(env: &TestEnv, args: &[&str]) -> Output {
    let mut cmd = env.cmd(args);
    cmd.env("KUBECTL_ROLLOUTS_NOW", NOW);
    run_to_completion(cmd, Duration::from_secs(30))
}

/// An environment with one fixture loaded.
pub fn env_with(fixture: &str) -> TestEnv {
    let env = TestEnv::new();
    env.load_fixture(fixture);
    env
}

/// Lines without their trailing spaces (the spec ignores them), ending with a newline.
pub fn trimmed(text: &str) -> String {
    let mut out: String = text
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n");
    out.push('\n');
    out
}

/// Compares `actual` (trailing spaces ignored) with `tests/expected/<file>`. With
/// `UPDATE_EXPECTED=1` the file is rewritten instead; review the diff before committing.
pub fn assert_golden(file: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/expected")
        .join(file);
    let actual = trimmed(actual);
    if std::env::var_os("UPDATE_EXPECTED").is_some_and(|v| v == "1") {
        std::fs::write(&path, &actual).expect("write golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    if expected != actual {
        let mut diff = String::new();
        let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
        for i in 0..e.len().max(a.len()) {
            let (el, al) = (e.get(i).copied(), a.get(i).copied());
            if el != al {
                diff.push_str(&format!(
                    "line {}:\n  expected: {}\n  actual:   {}\n",
                    i + 1,
                    el.unwrap_or("<none>"),
                    al.unwrap_or("<none>")
                ));
            }
        }
        panic!("{file} differs (UPDATE_EXPECTED=1 rewrites it):\n{diff}\n--- actual\n{actual}");
    }
}

/// `get rollout NAME --no-color` must succeed with nothing on stderr; returns stdout.
pub fn get_text(env: &TestEnv, args: &[&str]) -> String {
    let out = run(env, args);
    assert_eq!(out.exit(), 0, "{args:?}: {}", out.stderr_str());
    assert_eq!(out.stderr_str(), "", "{args:?}");
    out.stdout_str()
}

#[test]
fn every_fixture_matches_its_golden_file() {
    for (name, fixture) in FIXTURES {
        let env = env_with(fixture);
        let text = get_text(&env, &["get", "rollout", name, "--no-color"]);
        assert_golden(&format!("get-rollout-{name}.txt"), &text);
    }
}

#[test]
fn all_fixtures_in_one_namespace_still_show_only_what_each_rollout_owns() {
    // Object names are unique across fixtures, and several fixtures share labels with noise
    // (a Deployment `web` with `app: web`, experiment ReplicaSets with `app: search`).
    let env = TestEnv::new();
    for (_, fixture) in FIXTURES {
        env.load_fixture(fixture);
    }
    for (name, _) in FIXTURES {
        let text = get_text(&env, &["get", "rollout", name, "--no-color"]);
        assert_golden(&format!("get-rollout-{name}.txt"), &text);
    }
}

#[test]
fn aliases_print_the_same_text() {
    let env = env_with("canary-mid-update");
    let want = get_text(&env, &["get", "rollout", "web", "--no-color"]);
    for alias in ["ro", "rollouts"] {
        assert_eq!(
            get_text(&env, &["get", alias, "web", "--no-color"]),
            want,
            "get {alias}"
        );
    }
}

#[test]
fn every_icon_role_and_info_tag_appears_somewhere() {
    // A cross-check on the golden files: each status, role and info form of the spec's table
    // is exercised by at least one fixture, so no line of get-output.md goes untested.
    let mut all = String::new();
    for (name, fixture) in FIXTURES {
        let env = env_with(fixture);
        all.push_str(&get_text(&env, &["get", "rollout", name, "--no-color"]));
    }
    for needle in [
        "✔ Healthy",
        "◌ Progressing",
        "॥ Paused",
        "✖ Degraded",
        "• ScaledDown",
        "✔ Running",
        "◌ Pending",
        "◌ Init:0/1",
        "◌ ContainerCreating",
        "◌ Terminating",
        "✖ CrashLoopBackOff",
        "⚠ ImagePullBackOff",
        "✔ Successful",
        "✖ Failed",
        "◌ Running",
        "  stable\n",
        "  canary\n",
        "  preview\n",
        "  stable,active\n",
        "  canary,ping\n",
        "  stable,pong\n",
        "  delay:6m40s\n",
        "ready:0/1,restarts:6",
        "✔ 3,⚠ 1",
        "✔ 2,✖ 1",
        "⟳ ",
        "# revision:",
        "⧉ ",
        "□ ",
        "Σ ",
        "α ",
        "⊞ ",
        "├──",
        "└──",
        "│  ",
        "Σ:baseline",
    ] {
        assert!(
            all.contains(needle),
            "no fixture output contains {needle:?}"
        );
    }
}

#[test]
fn a_passed_scale_down_deadline_shows_delay_passed() {
    let env = env_with("bluegreen-paused");
    env.mutate(
        "apps/v1",
        "ReplicaSet",
        "default",
        "checkout-5d7f8c9b46",
        |rs| {
            rs["metadata"]["annotations"]["scale-down-deadline"] =
                Value::from("2026-11-22T11:59:00Z");
        },
    );
    let text = get_text(&env, &["get", "rollout", "checkout", "--no-color"]);
    let line = text
        .lines()
        .find(|l| l.contains("⧉ checkout-5d7f8c9b46"))
        .expect("revision 1 row");
    assert!(line.trim_end().ends_with("  delay:passed"), "{line}");
}

#[test]
fn a_missing_rollout_is_one_line_on_stderr_and_exit_1() {
    let env = env_with("canary-mid-update");
    for args in [
        &["get", "rollout", "x"][..],
        &["get", "ro", "x", "-o", "json"][..],
    ] {
        let out = run(&env, args);
        assert_eq!(out.exit(), 1, "{args:?}");
        assert_eq!(out.stdout_str(), "", "{args:?}");
        assert_eq!(
            out.stderr_str(),
            "error: rollouts.argoproj.io \"x\" not found in namespace \"default\"\n",
            "{args:?}"
        );
    }
    // Only the rollout was asked for: a missing one costs one request.
    let reads: Vec<_> = env
        .requests()
        .into_iter()
        .filter(|r| r.path.contains("/rollouts"))
        .collect();
    assert_eq!(reads.len(), 2);
    assert!(
        reads
            .iter()
            .all(|r| r.path == "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts/x")
    );
}

#[test]
fn a_rollout_in_another_namespace_is_found_with_n() {
    let env = TestEnv::new();
    env.load_fixture("healthy-bluegreen-two-ns");
    let out = run(&env, &["get", "rollout", "catalog", "--no-color"]);
    assert_eq!(out.exit(), 1);
    assert!(
        out.stderr_str()
            .contains("not found in namespace \"default\"")
    );
    let text = get_text(
        &env,
        &["get", "rollout", "catalog", "-n", "team-a", "--no-color"],
    );
    assert!(text.starts_with("Name:            catalog\nNamespace:       team-a\n"));
    assert!(text.contains("Status:          ✔ Healthy\n"), "{text}");
    assert!(text.contains("Strategy:        BlueGreen\n"), "{text}");
    assert!(!text.contains("Step:"), "{text}");
    assert!(!text.contains("Message:"), "{text}");
}

fn json_of(env: &TestEnv, args: &[&str]) -> Value {
    let text = get_text(env, args);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

#[test]
fn json_output_has_the_stable_schema() {
    let env = env_with("canary-mid-update");
    let v = json_of(&env, &["get", "rollout", "web", "-o", "json"]);
    assert_eq!(v["name"], "web");
    assert_eq!(v["namespace"], "default");
    assert_eq!(v["status"], "Paused");
    assert_eq!(v["message"], "CanaryPauseStep");
    assert_eq!(v["strategy"], "Canary");
    assert_eq!(v["step"], "1/5");
    assert_eq!(v["setWeight"], 20);
    assert_eq!(v["actualWeight"], 33);
    let stored = env
        .get("argoproj.io/v1alpha1", "Rollout", "default", "web")
        .unwrap();
    assert_eq!(v["created"], stored["metadata"]["creationTimestamp"]);
    assert_eq!(
        v["images"],
        serde_json::json!([
            {"image": "argoproj/rollouts-demo:blue", "tags": ["stable"]},
            {"image": "argoproj/rollouts-demo:yellow", "tags": ["canary"]},
        ])
    );
    assert_eq!(
        v["replicas"],
        serde_json::json!({"desired": 5, "current": 5, "updated": 1, "ready": 3, "available": 3})
    );
    let revs = v["revisions"].as_array().expect("revisions");
    let numbers: Vec<i64> = revs
        .iter()
        .map(|r| r["revision"].as_i64().unwrap())
        .collect();
    assert_eq!(numbers, [3, 2, 1]);
    let stable = &revs[1]["replicaSets"][0];
    assert_eq!(stable["name"], "web-7b9d4c6f58");
    assert_eq!(stable["revision"], 2);
    assert_eq!(stable["podTemplateHash"], "7b9d4c6f58");
    assert_eq!(stable["status"], "Progressing");
    assert_eq!(stable["roles"], serde_json::json!(["stable"]));
    assert_eq!(stable["desired"], 4);
    assert_eq!(
        stable["images"],
        serde_json::json!(["argoproj/rollouts-demo:blue"])
    );
    let pods: Vec<&str> = stable["pods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        pods,
        [
            "web-7b9d4c6f58-2pmqv",
            "web-7b9d4c6f58-5rzk7",
            "web-7b9d4c6f58-s7psh",
            "web-7b9d4c6f58-jsdxn"
        ]
    );
    let crash = &stable["pods"][2];
    assert_eq!(crash["status"], "CrashLoopBackOff");
    assert_eq!(crash["ready"], 0);
    assert_eq!(crash["total"], 1);
    assert_eq!(crash["restarts"], 6);
    let run = &revs[0]["analysisRuns"][0];
    assert_eq!(run["name"], "web-5f8c7d9b64-3");
    assert_eq!(run["status"], "Running");
    assert_eq!(run["successful"], 3);
    assert_eq!(run["failed"], 0);
    assert_eq!(revs[0]["experiments"], serde_json::json!([]));
    // The noise Deployment's ReplicaSet matches the selector but is not the rollout's.
    assert!(!v.to_string().contains("web-66b8d5f7c9"));
}

#[test]
fn json_output_of_a_rollout_with_an_experiment_nests_it_under_its_revision() {
    let env = env_with("canary-experiment");
    let v = json_of(&env, &["get", "rollout", "search", "-o", "json"]);
    assert_eq!(v["status"], "Progressing");
    assert_eq!(v["message"], "more replicas need to be updated");
    let rev2 = &v["revisions"][0];
    assert_eq!(rev2["revision"], 2);
    let exp = &rev2["experiments"][0];
    assert_eq!(exp["name"], "search-8b5c9d7f46-2-1");
    assert_eq!(exp["status"], "Running");
    assert_eq!(exp["duration"], "30m");
    assert_eq!(exp["availableAt"], "2026-11-22T11:42:05Z");
    let rs: Vec<(&str, &str)> = exp["replicaSets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["name"].as_str().unwrap(), r["template"].as_str().unwrap()))
        .collect();
    assert_eq!(
        rs,
        [
            ("search-8b5c9d7f46-2-1-baseline", "baseline"),
            ("search-8b5c9d7f46-2-1-canary", "canary")
        ]
    );
    let run = &exp["analysisRuns"][0];
    assert_eq!(run["name"], "search-8b5c9d7f46-2-1-load-test");
    let jobs = run["jobs"].as_array().unwrap();
    assert_eq!(jobs.len(), 4);
    assert_eq!(
        jobs[3]["name"],
        "41c66d22-cf31-49d0-ae58-6c576529abd4.load-test.4"
    );
    assert_eq!(jobs[3]["status"], "Running");
    assert_eq!(jobs[3]["namespace"], "default");
    // The experiment's ReplicaSets sit under the experiment, not beside the rollout's own.
    let own: Vec<&str> = rev2["replicaSets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(own, ["search-8b5c9d7f46"]);
}

#[test]
fn yaml_output_is_the_same_data_as_json() {
    for (name, fixture) in FIXTURES {
        let env = env_with(fixture);
        let json = json_of(&env, &["get", "rollout", name, "-o", "json"]);
        let yaml_text = get_text(&env, &["get", "rollout", name, "-o", "yaml"]);
        let yaml: Value = serde_yaml::from_str(&yaml_text)
            .unwrap_or_else(|e| panic!("not YAML ({e}): {yaml_text}"));
        assert_eq!(yaml, json, "{name}");
    }
}

#[test]
fn blue_green_json_has_no_canary_fields_values() {
    let env = env_with("bluegreen-paused");
    let v = json_of(&env, &["get", "rollout", "checkout", "-o", "json"]);
    assert_eq!(v["strategy"], "BlueGreen");
    assert_eq!(v["step"], Value::Null);
    assert_eq!(v["setWeight"], Value::Null);
    assert_eq!(v["actualWeight"], Value::Null);
    let rev1 = &v["revisions"][2]["replicaSets"][0];
    assert_eq!(rev1["scaleDownDeadline"], "2026-11-22T12:06:40Z");
    assert_eq!(rev1["roles"], serde_json::json!([]));
    assert_eq!(
        v["revisions"][1]["replicaSets"][0]["roles"],
        serde_json::json!(["stable", "active"])
    );
}

#[test]
fn a_workload_ref_rollout_without_a_selector_reads_by_the_workloads_selector() {
    let env = env_with("workloadref");
    env.mutate("argoproj.io/v1alpha1", "Rollout", "default", "api", |ro| {
        ro["spec"].as_object_mut().unwrap().remove("selector");
        // As observed by the controller (otherwise the status is "waiting for … observed").
        let next = ro["metadata"]["generation"].as_i64().unwrap() + 1;
        ro["metadata"]["generation"] = Value::from(next);
        ro["status"]["observedGeneration"] = Value::from(next.to_string());
    });
    env.clear_requests();
    let text = get_text(&env, &["get", "rollout", "api", "--no-color"]);
    assert_golden("get-rollout-api.txt", &text);
    let reqs = env.requests();
    assert!(
        reqs.iter()
            .any(|r| r.path == "/apis/apps/v1/namespaces/default/deployments/api"),
        "{reqs:#?}"
    );
    let pods = reqs
        .iter()
        .find(|r| r.path == "/api/v1/namespaces/default/pods")
        .unwrap();
    let deployment = env.get("apps/v1", "Deployment", "default", "api").unwrap();
    let want: Vec<String> = deployment["spec"]["selector"]["matchLabels"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| format!("{k}={}", v.as_str().unwrap()))
        .collect();
    assert_eq!(pods.query_param("labelSelector"), Some(want.join(",")));
}
