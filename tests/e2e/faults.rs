//! A misbehaving server: throttling, 5xx, dropped connections, hung requests, watches that
//! break or expire, and objects no controller would write. The binary must retry what is safe
//! to retry (a bounded number of times, counted here on the server), fail with one line, never
//! hang past its request timeout and never panic.

use std::io::Read;
use std::net::TcpListener;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::{Fault, OutputExt, RecordedRequest, TestEnv, wait_until};

const NOW: &str = "2026-11-22T12:00:00Z";
const ROLLOUTS: &str = "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts";
const WEB: &str = "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts/web";
/// Attempts the client makes for a transient failure (src/k8s/client.rs `MAX_ATTEMPTS`).
const ATTEMPTS: usize = 4;

fn web_env() -> TestEnv {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    env
}

fn count(env: &TestEnv, method: &str, path: &str) -> usize {
    env.requests()
        .iter()
        .filter(|r| r.method == method && r.path == path)
        .count()
}

fn one_line_error(err: &str) {
    assert_eq!(err.lines().count(), 1, "not one line: {err:?}");
    assert!(err.starts_with("error: "), "{err:?}");
    assert!(!err.contains("panicked"), "{err}");
}

// ----- reads -----

#[test]
fn throttled_read_waits_for_retry_after_then_succeeds() {
    let env = web_env();
    env.inject(
        "GET",
        WEB,
        Fault::FailN {
            count: 2,
            status: 429,
            retry_after: Some(1),
        },
    );
    let started = Instant::now();
    let out = env.run(["get", "rollout", "web"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(out.stdout_str().starts_with("Name:            web\n"));
    assert_eq!(count(&env, "GET", WEB), 3, "two 429s, then the answer");
    // Retry-After: 1 twice means at least two seconds of waiting; our own backoff alone
    // would have waited 0.6 s. (A lower bound only: a slow machine cannot make it fail.)
    assert!(started.elapsed() >= Duration::from_secs(2));
}

#[test]
fn persistent_503_on_a_read_gives_up_after_bounded_attempts() {
    let env = web_env();
    env.inject(
        "GET",
        WEB,
        Fault::FailN {
            count: 100,
            status: 503,
            retry_after: None,
        },
    );
    let out = env.run(["get", "rollout", "web"]);
    assert_eq!(
        out.exit(),
        4,
        "the cluster is unusable: {}",
        out.stderr_str()
    );
    let err = out.stderr_str();
    one_line_error(&err);
    assert_eq!(
        err,
        format!(
            "error: the server is currently unable to handle the request (HTTP 503, gave up after {ATTEMPTS} attempts)\n"
        )
    );
    assert_eq!(count(&env, "GET", WEB), ATTEMPTS);
    assert!(out.stdout_str().is_empty());
    // Nothing after the failed read: no list was started.
    assert_eq!(env.requests().len(), ATTEMPTS);
}

#[test]
fn persistent_500_on_a_list_gives_up_after_bounded_attempts() {
    let env = web_env();
    env.inject(
        "GET",
        ROLLOUTS,
        Fault::FailN {
            count: 100,
            status: 500,
            retry_after: None,
        },
    );
    let out = env.run(["list", "rollouts"]);
    assert_eq!(out.exit(), 4, "{}", out.stderr_str());
    one_line_error(&out.stderr_str());
    assert!(
        out.stderr_str().contains(
            "Internal error occurred: injected fault (HTTP 500, gave up after 4 attempts)"
        ),
        "{}",
        out.stderr_str()
    );
    assert_eq!(count(&env, "GET", ROLLOUTS), ATTEMPTS);
}

#[test]
fn a_not_found_is_never_retried() {
    let env = web_env();
    let out = env.run(["get", "rollout", "nope"]);
    assert_eq!(out.exit(), 1);
    one_line_error(&out.stderr_str());
    assert_eq!(env.requests().len(), 1);
}

/// A server that accepts connections, reads the request and hangs up without a word.
fn dropping_server() -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let accepted = Arc::new(AtomicUsize::new(0));
    let counter = accepted.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            counter.fetch_add(1, Ordering::SeqCst);
            let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            // Dropped: the client sees the connection close before any response.
        }
    });
    (url, accepted)
}

#[test]
fn dropped_connections_are_retried_then_fail_with_one_line() {
    let env = TestEnv::new();
    let (url, accepted) = dropping_server();
    let text = std::fs::read_to_string(env.kubeconfig())
        .unwrap()
        .replace(&env.url(), &url);
    std::fs::write(env.kubeconfig(), text).unwrap();
    let (out, killed) = env.run_for(["get", "rollout", "web"], Duration::from_secs(30));
    assert!(!killed, "hung on a server that hangs up");
    assert_eq!(out.exit(), 4, "{}", out.stderr_str());
    let err = out.stderr_str();
    one_line_error(&err);
    assert!(
        err.starts_with(&format!("error: cannot reach the cluster at {url}: ")),
        "{err}"
    );
    assert!(err.contains("gave up after 4 attempts"), "{err}");
    assert_eq!(accepted.load(Ordering::SeqCst), ATTEMPTS);
}

// ----- writes -----

fn rv_guard(r: &RecordedRequest) -> Option<String> {
    let body = r.body_json();
    let guard = match body.as_array() {
        Some(ops) => ops
            .first()
            .filter(|op| op["op"] == "test" && op["path"] == "/metadata/resourceVersion")
            .map(|op| op["value"].clone()),
        None => body.pointer("/metadata/resourceVersion").cloned(),
    };
    guard.and_then(|v| v.as_str().map(str::to_string))
}

#[test]
fn a_guarded_write_is_retried_after_a_503_and_lands_once() {
    let env = web_env();
    let before = env
        .get("argoproj.io/v1alpha1", "rollouts", "default", "web")
        .unwrap();
    let rv = before["metadata"]["resourceVersion"]
        .as_str()
        .unwrap()
        .to_string();
    env.inject(
        "PATCH",
        WEB,
        Fault::FailN {
            count: 1,
            status: 503,
            retry_after: None,
        },
    );
    let out = env.run(["pause", "web"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let writes = env.writes();
    assert_eq!(writes.len(), 2, "{writes:#?}");
    assert_eq!(writes[0].status, 503);
    assert_eq!(writes[1].status, 200);
    // The retry is the same guarded request: had the first attempt landed after all, the
    // guard would make the second one fail with a conflict instead of writing twice.
    assert_eq!(writes[0].body, writes[1].body);
    assert_eq!(rv_guard(&writes[1]).as_deref(), Some(rv.as_str()));
    let after = env
        .get("argoproj.io/v1alpha1", "rollouts", "default", "web")
        .unwrap();
    assert_eq!(after["spec"]["paused"], json!(true));
}

#[test]
fn every_write_any_command_sends_is_guarded() {
    for args in [
        vec!["pause", "web"],
        vec!["promote", "web"],
        vec!["abort", "web"],
        vec!["set-weight", "web", "30"],
        vec!["set", "image", "web", "web=nginx:1.28"],
        vec!["undo", "web"],
        vec!["restart", "web"],
    ] {
        let env = web_env();
        env.inject(
            "PATCH",
            "/apis/",
            Fault::FailN {
                count: 1,
                status: 500,
                retry_after: None,
            },
        );
        let out = env.run(&args);
        let writes = env.writes();
        assert!(
            !writes.is_empty(),
            "{args:?} wrote nothing: {}",
            out.stderr_str()
        );
        for w in &writes {
            assert!(
                rv_guard(w).is_some(),
                "{args:?} sent an unguarded write: {}",
                w.body
            );
        }
        // The failed attempt was retried (same body), so the command still succeeds.
        assert_eq!(writes[0].status, 500);
        assert_eq!(writes[0].body, writes[1].body, "{args:?}");
        assert_eq!(out.exit(), 0, "{args:?}: {}", out.stderr_str());
    }
}

#[test]
fn a_write_that_keeps_failing_stops_after_bounded_attempts_and_changes_nothing() {
    let env = web_env();
    let before = env
        .get("argoproj.io/v1alpha1", "rollouts", "default", "web")
        .unwrap();
    env.inject(
        "PATCH",
        WEB,
        Fault::FailN {
            count: 100,
            status: 500,
            retry_after: None,
        },
    );
    let out = env.run(["set-weight", "web", "30"]);
    assert_eq!(out.exit(), 4, "{}", out.stderr_str());
    one_line_error(&out.stderr_str());
    assert_eq!(env.writes().len(), ATTEMPTS);
    assert!(out.stdout_str().is_empty(), "{}", out.stdout_str());
    let after = env
        .get("argoproj.io/v1alpha1", "rollouts", "default", "web")
        .unwrap();
    assert_eq!(before, after);
}

// ----- timeouts -----

#[test]
fn a_hung_read_hits_the_request_timeout_once() {
    let env = web_env();
    env.inject("GET", WEB, Fault::Hang);
    let (out, killed) = env.run_for(
        ["get", "rollout", "web", "--request-timeout", "1s"],
        Duration::from_secs(20),
    );
    assert!(!killed, "hung past --request-timeout");
    assert_eq!(out.exit(), 4, "{}", out.stderr_str());
    assert_eq!(
        out.stderr_str(),
        format!(
            "error: the cluster at {} did not answer within 1s (see --request-timeout)\n",
            env.url()
        )
    );
    // A timeout is not retried: the server may still be working on it.
    assert_eq!(count(&env, "GET", WEB), 1);
}

#[test]
fn a_hung_read_hits_the_default_timeout() {
    let env = web_env();
    env.inject("GET", WEB, Fault::Hang);
    let (out, killed) = env.run_for(["get", "rollout", "web"], Duration::from_secs(60));
    assert!(!killed, "no default request timeout");
    assert_eq!(out.exit(), 4, "{}", out.stderr_str());
    assert_eq!(
        out.stderr_str(),
        format!(
            "error: the cluster at {} did not answer within 30s (see --request-timeout)\n",
            env.url()
        )
    );
}

#[test]
fn a_hung_write_hits_the_request_timeout_and_is_not_repeated() {
    let env = web_env();
    env.inject("PATCH", WEB, Fault::Hang);
    let (out, killed) = env.run_for(
        ["pause", "web", "--request-timeout", "1s"],
        Duration::from_secs(20),
    );
    assert!(!killed);
    assert_eq!(out.exit(), 4, "{}", out.stderr_str());
    one_line_error(&out.stderr_str());
    assert_eq!(env.writes().len(), 1);
}

// ----- watches -----

/// `get rollout web -w` piped: views one after another, each starting with `Name:`.
fn watch_web(env: &TestEnv, extra: &[&str]) -> crate::support::Background {
    let mut args = vec!["get", "rollout", "web", "-w"];
    args.extend_from_slice(extra);
    let mut cmd = env.cmd(args);
    cmd.env("KUBECTL_ROLLOUTS_NOW", NOW);
    crate::support::Background::spawn(cmd)
}

fn rollout_watches(env: &TestEnv) -> Vec<RecordedRequest> {
    env.requests()
        .into_iter()
        .filter(|r| r.path == ROLLOUTS && r.is_watch())
        .collect()
}

fn rollout_lists(env: &TestEnv) -> usize {
    env.requests()
        .iter()
        .filter(|r| r.path == ROLLOUTS && !r.is_watch())
        .count()
}

fn set_message(env: &TestEnv, message: &str) {
    env.mutate("argoproj.io/v1alpha1", "rollouts", "default", "web", |r| {
        r["status"]["message"] = json!(message);
    });
}

fn views(stdout: &str) -> usize {
    stdout.matches("Name:            web\n").count()
}

#[test]
fn a_dropped_watch_resumes_without_missing_or_repeating_a_change() {
    let env = web_env();
    env.inject("GET", ROLLOUTS, Fault::DropWatchAfter { events: 1 });
    let w = watch_web(&env, &[]);
    assert!(wait_until(Duration::from_secs(10), || rollout_watches(
        &env
    )
    .iter()
    .any(|r| r.status == 200)));
    set_message(&env, "first-change");
    // Changes closer together than the redraw interval are drawn once; wait for this one.
    assert!(
        w.wait_for_stdout(Duration::from_secs(10), |s| s.contains("first-change")),
        "the change that ended the stream was never drawn: {}",
        w.stdout_so_far()
    );
    // The stream ends after that event; the binary watches again from its version.
    assert!(
        wait_until(Duration::from_secs(10), || rollout_watches(&env)
            .iter()
            .filter(|r| r.status == 200)
            .count()
            == 2),
        "no second watch: {:#?}",
        rollout_watches(&env)
    );
    set_message(&env, "second-change");
    assert!(w.wait_for_stdout(Duration::from_secs(10), |s| s.contains("second-change")));
    std::thread::sleep(Duration::from_millis(700));
    let out = w.kill().stdout_str();
    assert_eq!(out.matches("first-change").count(), 1, "{out}");
    assert_eq!(out.matches("second-change").count(), 1, "{out}");
    assert_eq!(views(&out), 3, "initial view and one per change: {out}");
    // It resumed from where it was (no relist needed after a clean drop).
    assert_eq!(rollout_lists(&env), 1);
    let second = &rollout_watches(&env)[1];
    let rv = env
        .get("argoproj.io/v1alpha1", "rollouts", "default", "web")
        .unwrap()["metadata"]["resourceVersion"]
        .as_str()
        .unwrap()
        .parse::<u64>()
        .unwrap();
    assert_eq!(
        second.query_param("resourceVersion"),
        Some((rv - 1).to_string()),
        "the second watch must start at the first change's version"
    );
}

#[test]
fn an_expired_watch_relists_and_redraws_only_what_changed() {
    let env = web_env();
    env.inject("GET", ROLLOUTS, Fault::Gone);
    let w = watch_web(&env, &[]);
    // 410 on the first watch: list again, watch again.
    assert!(
        wait_until(Duration::from_secs(10), || rollout_lists(&env) == 2
            && rollout_watches(&env).len() == 2
            && rollout_watches(&env)[1].status == 200),
        "{:#?}",
        env.requests()
    );
    set_message(&env, "after-the-relist");
    assert!(w.wait_for_stdout(Duration::from_secs(10), |s| s.contains("after-the-relist")));
    std::thread::sleep(Duration::from_millis(700));
    let out = w.kill().stdout_str();
    // The relist found nothing new: no second copy of the first view.
    assert_eq!(views(&out), 2, "{out}");
    assert_eq!(out.matches("after-the-relist").count(), 1, "{out}");
}

#[test]
fn a_hung_watch_times_out_and_reconnects() {
    let env = web_env();
    // The first watch ends after one event; the watch that resumes it hangs.
    env.inject("GET", ROLLOUTS, Fault::DropWatchAfter { events: 1 });
    let w = watch_web(&env, &["--request-timeout", "1s"]);
    assert!(wait_until(Duration::from_secs(10), || rollout_watches(
        &env
    )
    .iter()
    .any(|r| r.status == 200)));
    env.inject("GET", ROLLOUTS, Fault::Hang);
    set_message(&env, "before-the-hang");
    assert!(w.wait_for_stdout(Duration::from_secs(10), |s| s.contains("before-the-hang")));
    // Dropped, then a watch that never answers: after 1 s the binary gives up on it and
    // watches again.
    assert!(
        wait_until(Duration::from_secs(20), || rollout_watches(&env)
            .iter()
            .filter(|r| r.status == 200)
            .count()
            == 2),
        "{:#?}",
        rollout_watches(&env)
    );
    set_message(&env, "after-the-hang");
    assert!(
        w.wait_for_stdout(Duration::from_secs(10), |s| s.contains("after-the-hang")),
        "{}",
        w.stderr_so_far()
    );
    let out = w.kill();
    let watches = rollout_watches(&env);
    assert_eq!(watches.len(), 3, "{watches:#?}");
    assert_eq!(watches[1].status, 0, "the second watch hung");
    assert_eq!(views(&out.stdout_str()), 3, "{}", out.stdout_str());
}

// ----- malformed objects -----

fn hostile_rollout(name: &str) -> Value {
    json!({
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Rollout",
        "metadata": {
            "name": name,
            "namespace": "default",
            "uid": "9a1c0000-0000-4000-8000-00000000beef",
            "creationTimestamp": "yesterday",
            "labels": {"app": "odd"},
            "annotations": {"rollout.argoproj.io/revision": ["not", "a", "string"]}
        },
        "spec": {
            "replicas": "three",
            "selector": {"matchLabels": {"app": "odd"}},
            "template": {"spec": {"containers": [
                {"name": "app", "image": "registry.example/odd:1\n\u{1b}[2J"},
                {"name": 7, "image": null},
                "not-an-object"
            ]}},
            "strategy": {"canary": {"steps": [
                {"setWeight": "lots"},
                {"pause": {"duration": 12}},
                {"setWeight": 1e300},
                42
            ]}}
        },
        "status": {
            "phase": "Progressing\r\u{1b}]0;pwned\u{7}",
            "message": "line one\nline two\t\u{1b}[31mred\u{1b}[0m \u{202E}evil \u{200D}👩‍🚀 e\u{301}",
            "currentStepIndex": "one",
            "currentPodHash": {"deep": true},
            "replicas": -5,
            "availableReplicas": 9.5,
            "readyReplicas": null,
            "conditions": "none",
            "canary": []
        }
    })
}

fn hostile_children(env: &TestEnv) {
    env.put(json!({
        "apiVersion": "apps/v1",
        "kind": "ReplicaSet",
        "metadata": {
            "name": "odd-rs\u{1b}[1A",
            "namespace": "default",
            "labels": {"app": "odd", "rollouts-pod-template-hash": 5},
            "annotations": {"rollout.argoproj.io/revision": "x"},
            "ownerReferences": [{"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout",
                "name": "odd", "uid": "9a1c0000-0000-4000-8000-00000000beef", "controller": true}],
            "creationTimestamp": "2026-11-21T00:00:00Z"
        },
        "spec": {"replicas": "2", "template": "none"},
        "status": {"replicas": [], "availableReplicas": -1}
    }));
    env.put(json!({
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {
            "name": "odd-pod\r\n",
            "namespace": "default",
            "labels": {"app": "odd"},
            "ownerReferences": "everyone"
        },
        "status": {"containerStatuses": "bad", "phase": 3}
    }));
    env.put(json!({
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "AnalysisRun",
        "metadata": {
            "name": "odd-run",
            "namespace": "default",
            "ownerReferences": [{"uid": "9a1c0000-0000-4000-8000-00000000beef", "kind": "Rollout",
                "name": "odd", "apiVersion": "argoproj.io/v1alpha1", "controller": true}]
        },
        "status": {"phase": ["Running"], "metricResults": [{"measurements": "many"}]}
    }));
}

fn assert_terminal_safe(text: &str) {
    for (i, c) in text.chars().enumerate() {
        assert!(
            c == '\n' || !(c.is_control() || ('\u{202A}'..='\u{202E}').contains(&c)),
            "control character {c:?} at {i} reached the terminal: {text:?}"
        );
    }
}

#[test]
fn hostile_objects_never_panic_and_never_reach_the_terminal_raw() {
    let env = TestEnv::new();
    env.put(hostile_rollout("odd"));
    hostile_children(&env);
    for args in [
        vec!["get", "rollout", "odd"],
        vec!["list", "rollouts"],
        vec!["list", "rollouts", "-A"],
        vec!["status", "odd", "--timeout", "1s"],
        vec!["history", "odd"],
    ] {
        let (out, killed) = env.run_for(&args, Duration::from_secs(20));
        assert!(!killed, "{args:?} hung");
        assert_ne!(out.exit(), 101, "{args:?} panicked: {}", out.stderr_str());
        assert!(!out.stderr_str().contains("panicked"), "{args:?}");
        assert_terminal_safe(&out.stdout_str());
        assert_terminal_safe(&out.stderr_str());
    }
    let out = env.run(["get", "rollout", "odd"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let text = out.stdout_str();
    // What could be read is shown, with the unsafe characters made visible.
    assert!(text.starts_with("Name:            odd\n"), "{text}");
    assert!(
        text.contains("line one\u{FFFD}line two\u{FFFD}\u{FFFD}[31mred"),
        "{text}"
    );
    assert!(text.contains("👩‍🚀"), "{text}");
    assert!(text.contains("odd-rs\u{FFFD}[1A"), "{text}");
    // The text view says on stderr what it could not read, one line each.
    let err = out.stderr_str();
    for field in ["spec.replicas", "status.currentStepIndex"] {
        assert!(
            err.lines()
                .any(|l| l.starts_with("warning: ") && l.contains(field)),
            "no warning about {field} on stderr: {err}"
        );
    }
}

#[test]
fn hostile_objects_as_json_say_what_could_not_be_read() {
    let env = TestEnv::new();
    env.put(hostile_rollout("odd"));
    hostile_children(&env);
    let out = env.run(["get", "rollout", "odd", "-o", "json"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let v: Value = serde_json::from_str(&out.stdout_str()).expect("valid JSON");
    // JSON carries the server's strings exactly (escaped by JSON itself).
    assert_eq!(
        v["message"].as_str().unwrap(),
        hostile_rollout("odd")["status"]["message"]
            .as_str()
            .unwrap()
    );
    let warnings: Vec<&str> = v["warnings"]
        .as_array()
        .expect("warnings listed")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for field in ["spec.replicas", "status.currentStepIndex"] {
        assert!(
            warnings.iter().any(|w| w.contains(field)),
            "no warning about {field}: {warnings:#?}"
        );
    }
}

#[test]
fn the_longest_names_and_unicode_names_are_shown_whole() {
    let env = TestEnv::new();
    // 253 characters: the longest name Kubernetes accepts for a rollout.
    let longest = format!("r{}", "x".repeat(252));
    // Not a valid name on a real cluster, but a list must still survive it.
    let unicode = "ünïcødé-ロールアウト-🚀";
    for name in [longest.as_str(), unicode] {
        let mut r = hostile_rollout(name);
        r["status"] = json!({});
        r["metadata"]["uid"] = json!(format!("uid-{}", name.len()));
        env.put(r);
    }
    let out = env.run(["get", "rollout", &longest]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(
        out.stdout_str()
            .starts_with(&format!("Name:            {longest}\n")),
        "{}",
        out.stdout_str()
    );
    let out = env.run(["list", "rollouts"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let stdout = out.stdout_str();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(lines.iter().any(|l| l.starts_with(unicode)), "{stdout}");
    assert!(lines.iter().any(|l| l.starts_with(&longest)), "{stdout}");
    // Columns after the names still line up: the tabwriter counts characters, not bytes.
    let status_col = |l: &str| {
        l.chars()
            .collect::<Vec<_>>()
            .windows(6)
            .position(|w| w.iter().collect::<String>() == "Canary")
    };
    assert_eq!(status_col(lines[1]), status_col(lines[2]), "{stdout}");
}
