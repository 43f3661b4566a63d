//! `list rollouts` and `list experiments` beyond the basics: the golden tables over every
//! fixture, `--timestamps`, `--watch` (a row per changed row, none for a message alone), and
//! `list experiments` with `-A` and `--name`.

use std::time::Duration;

use serde_json::Value;

use super::get_rollout::{FIXTURES, NOW, assert_golden, run, trimmed};
use crate::support::{OutputExt, TestEnv};

const ARGO: &str = "argoproj.io/v1alpha1";
/// Generous bound for a watch to show a change (never a timing assertion).
const SHOWS_UP: Duration = Duration::from_secs(10);

fn all_fixtures() -> TestEnv {
    let env = TestEnv::new();
    for (_, fixture) in FIXTURES {
        env.load_fixture(fixture);
    }
    env.load_fixture("healthy-bluegreen-two-ns");
    env
}

#[test]
fn the_tables_match_their_golden_files() {
    let env = all_fixtures();
    let out = run(&env, &["list", "rollouts"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert_golden("list-rollouts-default.txt", &out.stdout_str());
    let out = run(&env, &["list", "rollouts", "-A"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert_golden("list-rollouts-all-namespaces.txt", &out.stdout_str());
}

#[test]
fn timestamps_add_a_first_column_with_the_time_of_printing() {
    let env = all_fixtures();
    let out = run(&env, &["list", "rollouts", "--timestamps", "-n", "team-a"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert_eq!(
        trimmed(&out.stdout_str()),
        "\
TIMESTAMP             NAME        STRATEGY   STATUS        STEP  SET-WEIGHT  READY  DESIRED  UP-TO-DATE  AVAILABLE
2026-11-22T12:00:00Z  catalog     BlueGreen  Healthy       -     -           2/2    2        2           2
"
    );
    // Under -A as well, TIMESTAMP comes before NAMESPACE.
    let out = run(&env, &["list", "rollouts", "--timestamps", "-A"]);
    let text = out.stdout_str();
    let mut lines = text.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("TIMESTAMP             NAMESPACE  NAME          STRATEGY")
    );
    assert!(lines.all(|l| l.starts_with(&format!("{NOW}  "))), "{text}");
}

fn set_status(env: &TestEnv, name: &str, f: impl FnOnce(&mut serde_json::Map<String, Value>)) {
    env.mutate(ARGO, "Rollout", "default", name, |ro| {
        f(ro["status"].as_object_mut().expect("status"));
    });
}

#[test]
fn watch_prints_a_row_when_a_row_changes_and_nothing_for_a_message_alone() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    env.load_fixture("bluegreen-paused");
    let mut cmd = env.cmd(["list", "rollouts", "--watch", "--timeout-seconds", "30"]);
    cmd.env("KUBECTL_ROLLOUTS_NOW", NOW);
    let bg = crate::support::Background::spawn(cmd);
    let header = "NAME        STRATEGY   STATUS        STEP  SET-WEIGHT  READY  DESIRED  UP-TO-DATE  AVAILABLE\n";
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.lines().count() >= 3),
        "no table: {}{}",
        bg.stdout_so_far(),
        bg.stderr_so_far()
    );
    // Wait until the watch is established, so the changes below reach it as events.
    assert!(env.wait_for_request(SHOWS_UP, |r| r.is_watch() && r.status == 200));

    // Only the message of `web`: the Go plugin's row has no message, so nothing is printed.
    // Then a column of `checkout` changes. Whether or not the watch hands both changes over
    // in one go, a re-printed `web` row would show up before or with the `checkout` row.
    set_status(&env, "web", |st| {
        st.insert(
            "message".into(),
            Value::from("still paused, waiting for promotion"),
        );
    });
    env.mutate(ARGO, "Rollout", "default", "checkout", |ro| {
        ro["status"]["readyReplicas"] = Value::from(2);
    });
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.contains("2/9")),
        "the change never showed: {}",
        bg.stdout_so_far()
    );
    // Promotion moves the step: another row.
    set_status(&env, "web", |st| {
        st.insert("currentStepIndex".into(), Value::from(2));
        st.insert("phase".into(), Value::from("Progressing"));
        st.insert(
            "message".into(),
            Value::from("more replicas need to be updated"),
        );
        st.insert("controllerPause".into(), Value::from(false));
        st.insert("pauseConditions".into(), Value::Array(vec![]));
    });
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.contains("Progressing")),
        "{}",
        bg.stdout_so_far()
    );
    let out = bg.kill();
    assert_eq!(out.stderr_str(), "");
    assert_eq!(
        trimmed(&out.stdout_str()),
        trimmed(&format!(
            "{header}\
checkout    BlueGreen  Paused        -     -           3/9    3        3           3
web         Canary     Paused        1/5   20          3/5    5        1           3
checkout    BlueGreen  Paused        -     -           2/9    3        3           3
web         Canary     Progressing   2/5   40          3/5    5        1           3
"
        ))
    );
}

#[test]
fn watch_with_name_follows_one_rollout_and_stops_at_its_timeout() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    env.load_fixture("bluegreen-paused");
    let bg = env.spawn([
        "list",
        "rollouts",
        "--name",
        "web",
        "-w",
        "--timeout-seconds",
        "3",
    ]);
    assert!(env.wait_for_request(SHOWS_UP, |r| r.is_watch() && r.status == 200));
    let watch = env.requests().into_iter().find(|r| r.is_watch()).unwrap();
    assert_eq!(
        watch.query_param("fieldSelector").as_deref(),
        Some("metadata.name=web")
    );
    // A change to another rollout prints nothing.
    env.mutate(ARGO, "Rollout", "default", "checkout", |ro| {
        ro["status"]["readyReplicas"] = Value::from(2);
    });
    let (out, killed) = bg.finish(Duration::from_secs(20));
    assert!(!killed, "did not stop at --timeout-seconds");
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let text = out.stdout_str();
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(!text.contains("checkout"), "{text}");
}

fn experiment_in(env: &TestEnv, ns: &str, name: &str) {
    // A copy of the fixture's experiment in another namespace, finished.
    let mut exp = env
        .get(ARGO, "Experiment", "default", "search-8b5c9d7f46-2-1")
        .unwrap();
    let meta = exp["metadata"].as_object_mut().unwrap();
    for k in ["uid", "resourceVersion", "ownerReferences"] {
        meta.remove(k);
    }
    meta.insert("namespace".into(), Value::from(ns));
    meta.insert("name".into(), Value::from(name));
    exp["status"]["phase"] = Value::from("Successful");
    exp["spec"]["duration"] = Value::from("1h");
    env.create(exp);
}

#[test]
fn list_experiments_in_one_namespace_all_namespaces_and_by_name() {
    let env = TestEnv::new();
    env.load_fixture("canary-experiment");
    experiment_in(&env, "team-a", "checkout-exp");
    for alias in ["experiments", "experiment", "exp"] {
        let out = run(&env, &["list", alias]);
        assert_eq!(out.exit(), 0, "{}", out.stderr_str());
        // 30m from 11:42:05 leaves 12m5s at 12:00:00, shown as kubectl's 12m; created 18m ago.
        assert_eq!(
            trimmed(&out.stdout_str()),
            "\
NAME                   STATUS   DURATION  REMAINING  AGE
search-8b5c9d7f46-2-1  Running  30m       12m        18m
",
            "list {alias}"
        );
    }
    let out = run(&env, &["list", "experiments", "-A"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    // A finished experiment has no REMAINING; 1h shows as kubectl's 60m.
    assert_eq!(
        trimmed(&out.stdout_str()),
        "\
NAMESPACE  NAME                   STATUS      DURATION  REMAINING  AGE
default    search-8b5c9d7f46-2-1  Running     30m       12m        18m
team-a     checkout-exp           Successful  60m       -          18m
"
    );
    let out = run(
        &env,
        &["list", "experiments", "-A", "--name", "checkout-exp"],
    );
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert_eq!(out.stdout_str().lines().count(), 2);
    assert!(out.stdout_str().contains("team-a     checkout-exp"));
    let last = env.requests().pop().unwrap();
    assert_eq!(last.path, "/apis/argoproj.io/v1alpha1/experiments");
    assert_eq!(
        last.query_param("fieldSelector").as_deref(),
        Some("metadata.name=checkout-exp")
    );

    let out = run(&env, &["list", "experiments", "--name", "checkout-exp"]);
    assert_eq!(out.exit(), 1);
    assert_eq!(out.stdout_str(), "");
    assert_eq!(
        out.stderr_str(),
        "error: experiments.argoproj.io \"checkout-exp\" not found in namespace \"default\"\n"
    );

    let out = run(&env, &["list", "experiments", "-n", "team-b"]);
    assert_eq!(out.exit(), 0);
    assert_eq!(out.stdout_str(), "");
    assert_eq!(out.stderr_str(), "No resources found.\n");
}
