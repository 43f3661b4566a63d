//! `status NAME` end to end: the exit codes (Healthy 0, Degraded 1, timeout 3, usage 2), the
//! one-shot `--watch=false`, and the watch printing `Phase - message` as the server changes.

use std::time::Duration;

use serde_json::Value;

use super::get_rollout::{NOW, env_with, run};
use crate::support::{Background, OutputExt, TestEnv};

const ARGO: &str = "argoproj.io/v1alpha1";
const SHOWS_UP: Duration = Duration::from_secs(10);

pub fn spawn(env: &TestEnv, args: &[&str]) -> Background {
    let mut cmd = env.cmd(args);
    cmd.env("KUBECTL_ROLLOUTS_NOW", NOW);
    Background::spawn(cmd)
}

/// Sets `status.phase` and `status.message` as the controller would.
fn set_phase(env: &TestEnv, name: &str, phase: &str, message: &str) {
    env.mutate(ARGO, "Rollout", "default", name, |ro| {
        ro["status"]["phase"] = Value::from(phase);
        ro["status"]["message"] = Value::from(message);
    });
}

#[test]
fn healthy_prints_healthy_and_exits_0() {
    // `api` has no status.phase: Healthy is computed.
    let env = env_with("workloadref");
    let out = run(&env, &["status", "api"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert_eq!(out.stdout_str(), "Healthy\n");
    assert_eq!(out.stderr_str(), "");
    // Healthy at once: no watch was started.
    assert!(env.requests().iter().all(|r| !r.is_watch()));
}

#[test]
fn degraded_prints_the_message_and_exits_1() {
    let env = env_with("canary-aborted");
    let out = run(&env, &["status", "payments"]);
    assert_eq!(out.exit(), 1);
    let msg = "RolloutAborted: Rollout aborted update to revision 3: Metric \"success-rate\" \
               assessed Failed due to failed (1) > failureLimit (0)";
    assert_eq!(out.stdout_str(), format!("Degraded - {msg}\n"));
    assert_eq!(
        out.stderr_str(),
        format!("error: rollout is Degraded: {msg}\n")
    );

    // Computed from an InvalidSpec condition (no status.phase).
    let env = env_with("invalid-spec");
    let out = run(&env, &["status", "broken"]);
    assert_eq!(out.exit(), 1);
    assert!(
        out.stdout_str()
            .starts_with("Degraded - InvalidSpec: The Rollout \"broken\" is invalid"),
        "{}",
        out.stdout_str()
    );
}

#[test]
fn a_timeout_on_a_progressing_rollout_exits_3() {
    let env = env_with("canary-experiment");
    let out = run(&env, &["status", "search", "--timeout", "2s"]);
    assert_eq!(out.exit(), 3, "{}", out.stderr_str());
    assert_eq!(
        out.stdout_str(),
        "Progressing - more replicas need to be updated\n"
    );
    assert_eq!(
        out.stderr_str(),
        "error: timeout reached: rollout \"search\" did not become Healthy within 2s \
         (last status: Progressing - more replicas need to be updated)\n"
    );
    // It did watch (rather than sleep) until the timeout.
    assert!(env.requests().iter().any(|r| r.is_watch()));
}

#[test]
fn watch_false_prints_once_and_exits_0_while_progressing() {
    let env = env_with("canary-mid-update");
    for args in [
        &["status", "web", "--watch=false"][..],
        &["status", "web", "-w", "false"][..],
    ] {
        let out = run(&env, args);
        assert_eq!(out.exit(), 0, "{args:?}: {}", out.stderr_str());
        assert_eq!(out.stdout_str(), "Paused - CanaryPauseStep\n", "{args:?}");
    }
    assert!(env.requests().iter().all(|r| !r.is_watch()));
}

/// The Go plugin's `status --watch=false`: `Healthy` or `Degraded` alone, else `Phase -
/// message` (even with no message), and Degraded fails with exit 1 (its status.go returns
/// the degraded error whether or not it watched).
#[test]
fn watch_false_prints_what_the_go_plugin_prints_and_degraded_exits_1() {
    let env = env_with("canary-aborted");
    let out = run(&env, &["status", "payments", "--watch=false"]);
    assert_eq!(out.exit(), 1);
    assert_eq!(out.stdout_str(), "Degraded\n");
    let err = out.stderr_str();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(
            "error: rollout is Degraded: RolloutAborted: Rollout aborted update to revision 3"
        ),
        "{err}"
    );
    set_phase(&env, "payments", "Healthy", "");
    let out = run(&env, &["status", "payments", "--watch=false"]);
    assert_eq!((out.exit(), out.stdout_str()), (0, "Healthy\n".to_string()));
    set_phase(&env, "payments", "Progressing", "");
    let out = run(&env, &["status", "payments", "--watch=false"]);
    assert_eq!(
        (out.exit(), out.stdout_str()),
        (0, "Progressing - \n".to_string())
    );
    assert!(env.requests().iter().all(|r| !r.is_watch()));
}

#[test]
fn watch_prints_each_change_until_healthy() {
    let env = env_with("canary-mid-update");
    let bg = spawn(&env, &["status", "web", "--timeout", "60s"]);
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s == "Paused - CanaryPauseStep\n"),
        "{}{}",
        bg.stdout_so_far(),
        bg.stderr_so_far()
    );
    assert!(env.wait_for_request(SHOWS_UP, |r| r.is_watch() && r.status == 200));

    // Same text (only counts changed): no new line.
    env.mutate(ARGO, "Rollout", "default", "web", |ro| {
        ro["status"]["readyReplicas"] = Value::from(4);
    });
    set_phase(
        &env,
        "web",
        "Progressing",
        "more replicas need to be updated",
    );
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.contains("Progressing")),
        "{}",
        bg.stdout_so_far()
    );
    set_phase(&env, "web", "Healthy", "");
    let (out, killed) = bg.finish(SHOWS_UP);
    assert!(
        !killed,
        "status did not end when Healthy: {}",
        out.stdout_str()
    );
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert_eq!(
        out.stdout_str(),
        "Paused - CanaryPauseStep\nProgressing - more replicas need to be updated\nHealthy\n"
    );
    assert_eq!(out.stderr_str(), "");
}

#[test]
fn watch_ends_with_1_when_the_rollout_becomes_degraded() {
    let env = env_with("canary-mid-update");
    let bg = spawn(&env, &["status", "web"]);
    assert!(env.wait_for_request(SHOWS_UP, |r| r.is_watch() && r.status == 200));
    // A new generation the controller has not observed yet: computed before status.phase.
    env.mutate(ARGO, "Rollout", "default", "web", |ro| {
        ro["metadata"]["generation"] = Value::from(10);
    });
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.contains("spec update")),
        "{}",
        bg.stdout_so_far()
    );
    env.mutate(ARGO, "Rollout", "default", "web", |ro| {
        ro["status"]["observedGeneration"] = Value::from("10");
        ro["status"]["phase"] = Value::from("Degraded");
        ro["status"]["message"] = Value::from(
            "ProgressDeadlineExceeded: ReplicaSet \"web-5f8c7d9b64\" has timed out progressing.",
        );
    });
    let (out, killed) = bg.finish(SHOWS_UP);
    assert!(!killed, "{}", out.stdout_str());
    assert_eq!(out.exit(), 1);
    assert_eq!(
        out.stdout_str(),
        "Paused - CanaryPauseStep\n\
         Progressing - waiting for rollout spec update to be observed\n\
         Degraded - ProgressDeadlineExceeded: ReplicaSet \"web-5f8c7d9b64\" has timed out progressing.\n"
    );
    assert_eq!(
        out.stderr_str(),
        "error: rollout is Degraded: ProgressDeadlineExceeded: ReplicaSet \"web-5f8c7d9b64\" has timed out progressing.\n"
    );
}

#[test]
fn errors_are_distinct_from_healthy_degraded_and_timeout() {
    let env = env_with("canary-mid-update");
    let out = run(&env, &["status", "missing"]);
    assert_eq!(out.exit(), 1);
    assert_eq!(out.stdout_str(), "");
    assert_eq!(
        out.stderr_str(),
        "error: rollouts.argoproj.io \"missing\" not found in namespace \"default\"\n"
    );

    let before = env.requests().len();
    let out = run(&env, &["status", "web", "--timeout", "soon"]);
    assert_eq!(out.exit(), 2);
    assert_eq!(out.stdout_str(), "");
    assert!(
        out.stderr_str()
            .starts_with("error: invalid --timeout \"soon\""),
        "{}",
        out.stderr_str()
    );
    assert_eq!(out.stderr_str().lines().count(), 1);
    assert_eq!(env.requests().len(), before, "a usage error reads nothing");

    // A rollout deleted while watched is an error, not a timeout.
    let bg = spawn(&env, &["status", "web", "--timeout", "60s"]);
    assert!(env.wait_for_request(SHOWS_UP, |r| r.is_watch() && r.status == 200));
    env.delete(ARGO, "Rollout", "default", "web");
    let (out, killed) = bg.finish(SHOWS_UP);
    assert!(!killed);
    assert_eq!(out.exit(), 1);
    assert_eq!(out.stderr_str(), "error: rollout \"web\" was deleted\n");
}

#[test]
fn an_unreachable_cluster_is_exit_4() {
    let env = TestEnv::new();
    // Point the kubeconfig at a port nothing listens on.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let text = std::fs::read_to_string(env.kubeconfig()).unwrap();
    std::fs::write(
        env.kubeconfig(),
        text.replace(&env.url(), &format!("http://127.0.0.1:{port}")),
    )
    .unwrap();
    let out = run(&env, &["status", "web", "--timeout", "5s"]);
    assert_eq!(out.exit(), 4, "{}", out.stderr_str());
    assert_eq!(out.stdout_str(), "");
}
