//! `-o json|yaml` on every read besides `get`: `list rollouts` (a list; with `--watch` one
//! document per changed row, as `kubectl get -w -o json` streams), `list experiments`,
//! `status` (name, namespace, phase, message; one document per change while watching) and
//! `history` (the revisions with their change causes); and `version --short`.

use std::time::Duration;

use serde_json::{Value, json};

use super::get_rollout::{env_with, run};
use super::status::spawn;
use crate::support::{OutputExt, TestEnv};

const ARGO: &str = "argoproj.io/v1alpha1";
const SHOWS_UP: Duration = Duration::from_secs(10);

fn json_of(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not one JSON document ({e}): {text}"))
}

/// Concatenated JSON documents, as a watch prints them.
fn json_stream(text: &str) -> Vec<Value> {
    serde_json::Deserializer::from_str(text)
        .into_iter::<Value>()
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("not a stream of JSON documents ({e}): {text}"))
}

#[test]
fn list_rollouts_as_json_is_the_rows_and_yaml_is_the_same_data() {
    let env = env_with("canary-mid-update");
    let out = run(&env, &["list", "rollouts", "-o", "json"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let rows = json_of(&out.stdout_str());
    let rows = rows.as_array().expect("a list");
    assert_eq!(rows.len(), 1);
    let web = &rows[0];
    assert_eq!(web["name"], "web");
    assert_eq!(web["namespace"], "default");
    assert_eq!(web["strategy"], "Canary");
    assert_eq!(web["status"], "Paused");
    assert_eq!(web["message"], "CanaryPauseStep");
    assert!(
        web["desired"].is_i64() && web["available"].is_i64(),
        "{web}"
    );
    // The text table shows the same row.
    let table = run(&env, &["list", "rollouts"]).stdout_str();
    let cells: Vec<&str> = table.lines().nth(1).unwrap().split_whitespace().collect();
    assert_eq!(cells[..3], ["web", "Canary", "Paused"]);
    assert_eq!(cells[3], web["step"].as_str().unwrap());

    let yaml = run(&env, &["list", "rollouts", "-o", "yaml"]);
    let from_yaml: Value = serde_yaml::from_str(&yaml.stdout_str()).expect("yaml");
    assert_eq!(from_yaml, json_of(&out.stdout_str()));
}

#[test]
fn an_empty_list_is_an_empty_json_list_not_a_message() {
    let env = TestEnv::new();
    let out = run(&env, &["list", "rollouts", "-o", "json"]);
    assert_eq!(out.exit(), 0);
    assert_eq!(json_of(&out.stdout_str()), json!([]));
    assert_eq!(out.stderr_str(), "");
    let out = run(&env, &["list", "experiments", "-o", "yaml"]);
    assert_eq!(out.stdout_str(), "[]\n");
}

#[test]
fn list_rollouts_watch_as_json_streams_one_document_per_changed_row() {
    let env = env_with("canary-mid-update");
    let bg = spawn(&env, &["list", "rollouts", "--watch", "-o", "json"]);
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.trim_end().ends_with('}')),
        "{}{}",
        bg.stdout_so_far(),
        bg.stderr_so_far()
    );
    assert!(env.wait_for_request(SHOWS_UP, |r| r.is_watch() && r.status == 200));
    env.mutate(ARGO, "Rollout", "default", "web", |ro| {
        ro["status"]["phase"] = json!("Progressing");
        ro["status"]["message"] = json!("more replicas need to be updated");
    });
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.matches("\"name\"").count() == 2),
        "{}",
        bg.stdout_so_far()
    );
    let out = bg.kill();
    let docs = json_stream(&out.stdout_str());
    assert_eq!(docs.len(), 2, "{}", out.stdout_str());
    assert_eq!(docs[0]["status"], "Paused");
    assert_eq!(docs[1]["name"], "web");
    assert_eq!(docs[1]["status"], "Progressing");
    assert_eq!(docs[1]["message"], "more replicas need to be updated");
}

#[test]
fn list_experiments_as_json_has_the_table_fields() {
    let env = env_with("canary-experiment");
    let out = run(&env, &["list", "experiments", "-o", "json"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let rows = json_of(&out.stdout_str());
    let exp = &rows[0];
    assert_eq!(exp["name"], "search-8b5c9d7f46-2-1");
    assert_eq!(exp["namespace"], "default");
    assert!(exp["status"].is_string(), "{exp}");
    assert_eq!(exp["created"], "2026-11-22T11:41:30Z");
    let keys: Vec<&str> = exp
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "namespace",
            "name",
            "status",
            "duration",
            "availableAt",
            "created"
        ]
    );
}

#[test]
fn status_once_as_json_is_one_object() {
    let env = env_with("canary-aborted");
    let out = run(&env, &["status", "payments", "--watch=false", "-o", "json"]);
    assert_eq!(out.exit(), 1, "Degraded still exits 1");
    let doc = json_of(&out.stdout_str());
    assert_eq!(doc["name"], "payments");
    assert_eq!(doc["namespace"], "default");
    assert_eq!(doc["phase"], "Degraded");
    assert!(
        doc["message"]
            .as_str()
            .unwrap()
            .starts_with("RolloutAborted: "),
        "{doc}"
    );
    let keys: Vec<&str> = doc
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["name", "namespace", "phase", "message"]);
    let yaml = run(&env, &["status", "payments", "--watch=false", "-o", "yaml"]);
    assert_eq!(
        serde_yaml::from_str::<Value>(&yaml.stdout_str()).unwrap(),
        doc
    );
}

#[test]
fn status_watch_as_json_prints_one_document_per_change_until_healthy() {
    let env = env_with("canary-mid-update");
    let bg = spawn(&env, &["status", "web", "--timeout", "60s", "-o", "json"]);
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.contains("CanaryPauseStep")),
        "{}{}",
        bg.stdout_so_far(),
        bg.stderr_so_far()
    );
    assert!(env.wait_for_request(SHOWS_UP, |r| r.is_watch() && r.status == 200));
    env.mutate(ARGO, "Rollout", "default", "web", |ro| {
        ro["status"]["phase"] = json!("Healthy");
        ro["status"]["message"] = json!("");
    });
    let (out, killed) = bg.finish(SHOWS_UP);
    assert!(!killed, "{}", out.stdout_str());
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let docs = json_stream(&out.stdout_str());
    let phases: Vec<&str> = docs.iter().map(|d| d["phase"].as_str().unwrap()).collect();
    assert_eq!(phases, ["Paused", "Healthy"]);
    assert_eq!(docs[1]["message"], "");
}

#[test]
fn status_watch_as_yaml_is_a_stream_of_yaml_documents() {
    let env = env_with("workloadref");
    let out = run(&env, &["status", "api", "-o", "yaml"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert_eq!(
        out.stdout_str(),
        "---\nname: api\nnamespace: default\nphase: Healthy\nmessage: ''\n"
    );
}

#[test]
fn history_as_json_lists_the_revisions_with_their_change_cause() {
    let env = env_with("multi-revision");
    let out = run(&env, &["history", "history-demo", "-o", "json"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let revs = json_of(&out.stdout_str());
    let revs = revs.as_array().expect("a list");
    let numbers: Vec<i64> = revs
        .iter()
        .map(|r| r["revision"].as_i64().unwrap())
        .collect();
    assert_eq!(numbers, [4, 3, 2, 1]);
    assert_eq!(revs[0]["name"], "history-demo-8c5f7d6b49");
    assert_eq!(revs[0]["images"], json!(["argoproj/rollouts-demo:yellow"]));
    assert_eq!(revs[0]["roles"], json!(["canary"]));
    assert_eq!(revs[0]["changeCause"], "deploy yellow (ticket OPS-44)");
    assert_eq!(revs[3]["changeCause"], Value::Null);
    assert!(revs[0]["template"]["spec"]["containers"].is_array());

    let one = run(
        &env,
        &["history", "history-demo", "--revision", "3", "-o", "yaml"],
    );
    let one: Value = serde_yaml::from_str(&one.stdout_str()).expect("yaml");
    assert_eq!(one, revs[1]);

    let both = run(
        &env,
        &[
            "history",
            "history-demo",
            "--revision",
            "3",
            "--diff",
            "-o",
            "json",
        ],
    );
    assert_eq!(both.exit(), 2, "--diff is text only");
}

#[test]
fn version_short_is_one_line() {
    let env = TestEnv::new();
    let out = env.run(["version", "--short"]);
    assert_eq!(out.exit(), 0);
    assert_eq!(
        out.stdout_str(),
        format!("kubectl-rollouts: v{}\n", env!("CARGO_PKG_VERSION"))
    );
    assert!(env.requests().is_empty());
}
