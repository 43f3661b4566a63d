//! `get rollout -w` / `get experiment -w` end to end: a change made on the server shows up,
//! the view survives a dropped watch, a `410 Gone` (as an ERROR event, as an HTTP status, and
//! after a compaction), stops by itself at `--timeout-seconds`, and never writes terminal
//! control codes into a pipe.

use std::time::Duration;

use serde_json::Value;

use super::get_rollout::{NOW, assert_golden, env_with, run};
use crate::support::{Background, Fault, OutputExt, RecordedRequest, TestEnv};

const ARGO: &str = "argoproj.io/v1alpha1";
const RO_PATH: &str = "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts";
/// Generous bound for a change to show (never a timing assertion).
const SHOWS_UP: Duration = Duration::from_secs(10);
/// `get -w` of the `web` rollout that ends by itself after two seconds.
pub const WATCH_WEB_FOR_2S: &[&str] = &[
    "get",
    "rollout",
    "web",
    "-w",
    "--timeout-seconds",
    "2",
    "--no-color",
];

fn spawn(env: &TestEnv, args: &[&str]) -> Background {
    let mut cmd = env.cmd(args);
    cmd.env("KUBECTL_ROLLOUTS_NOW", NOW);
    Background::spawn(cmd)
}

fn watch_web(env: &TestEnv) -> Background {
    spawn(
        env,
        &[
            "get",
            "rollout",
            "web",
            "-w",
            "--timeout-seconds",
            "60",
            "--no-color",
        ],
    )
}

fn rollout_watches(env: &TestEnv) -> Vec<RecordedRequest> {
    env.requests_matching("GET", RO_PATH)
        .into_iter()
        .filter(|r| r.is_watch())
        .collect()
}

fn rollout_lists(env: &TestEnv) -> Vec<RecordedRequest> {
    env.requests_matching("GET", RO_PATH)
        .into_iter()
        .filter(|r| r.path == RO_PATH && !r.is_watch())
        .collect()
}

/// Waits until `n` watch requests on the rollout have started streaming.
fn wait_rollout_watches(env: &TestEnv, n: usize) {
    assert!(
        wait_until(|| {
            rollout_watches(env)
                .iter()
                .filter(|r| r.status == 200)
                .count()
                >= n
        }),
        "fewer than {n} rollout watches: {:#?}",
        env.requests()
    );
}

fn wait_until(cond: impl FnMut() -> bool) -> bool {
    crate::support::wait_until(SHOWS_UP, cond)
}

/// Waits for the five watches of `get rollout -w` (rollout, ReplicaSets, Pods, Experiments,
/// AnalysisRuns) to be established.
fn wait_all_watches(env: &TestEnv) {
    assert!(
        wait_until(|| env
            .requests()
            .iter()
            .filter(|r| r.is_watch() && r.status == 200)
            .count()
            >= 5),
        "{:#?}",
        env.requests()
    );
}

fn set_phase(env: &TestEnv, phase: &str, message: &str) {
    env.mutate(ARGO, "Rollout", "default", "web", |ro| {
        ro["status"]["phase"] = Value::from(phase);
        ro["status"]["message"] = Value::from(message);
    });
}

/// The views printed so far (piped output separates them with a blank line before `Name:`).
fn views(text: &str) -> Vec<String> {
    text.split("\nName:")
        .enumerate()
        .map(|(i, v)| {
            if i == 0 {
                v.to_string()
            } else {
                format!("Name:{v}")
            }
        })
        .collect()
}

#[test]
fn a_change_on_the_server_is_redrawn_and_a_pipe_gets_no_control_codes() {
    let env = env_with("canary-mid-update");
    let bg = watch_web(&env);
    assert!(bg.wait_for_stdout(SHOWS_UP, |s| s.contains("⟳ web")));
    wait_all_watches(&env);

    // A pod becomes ready (Pods watch) ...
    env.mutate("v1", "Pod", "default", "web-7b9d4c6f58-jsdxn", |p| {
        p["status"]["phase"] = Value::from("Running");
        p["status"]["containerStatuses"] = serde_json::json!([{
            "name": "web", "ready": true, "restartCount": 0, "started": true,
            "image": "argoproj/rollouts-demo:blue", "imageID": "", "containerID": "containerd://1",
            "state": {"running": {"startedAt": "2026-11-22T11:59:00Z"}}
        }]);
    });
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s
            .contains("□ web-7b9d4c6f58-jsdxn  Pod          ✔ Running")),
        "{}",
        bg.stdout_so_far()
    );
    // ... then the rollout is promoted (Rollout watch).
    let changed_at = std::time::Instant::now();
    set_phase(&env, "Progressing", "more replicas need to be updated");
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.contains("Status:          ◌ Progressing")),
        "{}",
        bg.stdout_so_far()
    );
    // For the notes only (no timing assertion): how long a change took to show.
    eprintln!("watch latency: {:?}", changed_at.elapsed());
    let out = bg.kill();
    let text = out.stdout_str();
    assert!(!text.contains('\x1b'), "control codes in a pipe: {text:?}");
    let views = views(&text);
    assert!(views.len() >= 3, "{text}");
    // The first view is the plain `get` output; each later one is a whole view.
    assert_golden("get-rollout-web.txt", views[0].trim_end_matches('\n'));
    let last = views.last().unwrap();
    assert!(last.starts_with("Name:            web\n"), "{last}");
    assert!(last.contains("Message:         more replicas need to be updated\n"));
    assert!(last.contains("✔ Running"));
    // Nothing is drawn twice in a row.
    for pair in views.windows(2) {
        assert_ne!(pair[0].trim_end(), pair[1].trim_end());
    }
    assert!(env.writes().is_empty());
}

#[test]
fn it_stops_by_itself_at_the_timeout_with_exit_0() {
    let env = env_with("canary-mid-update");
    let out = run(&env, WATCH_WEB_FOR_2S);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert_eq!(out.stderr_str(), "");
    // Nothing changed: the view is printed once.
    assert_golden("get-rollout-web.txt", &out.stdout_str());
    assert!(env.requests().iter().any(|r| r.is_watch()));
}

#[test]
fn a_dropped_watch_resumes_from_the_last_version_seen() {
    let env = env_with("canary-mid-update");
    env.inject("GET", RO_PATH, Fault::DropWatchAfter { events: 1 });
    let bg = watch_web(&env);
    wait_all_watches(&env);
    set_phase(&env, "Progressing", "first change");
    assert!(bg.wait_for_stdout(SHOWS_UP, |s| s.contains("first change")));
    let rv_first =
        env.get(ARGO, "Rollout", "default", "web").unwrap()["metadata"]["resourceVersion"]
            .as_str()
            .unwrap()
            .to_string();
    // The stream ended after that event; the change below reaches a new watch.
    wait_rollout_watches(&env, 2);
    set_phase(&env, "Progressing", "second change");
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.contains("second change")),
        "{}",
        bg.stdout_so_far()
    );
    let watches = rollout_watches(&env);
    assert_eq!(
        watches[1].query_param("resourceVersion").as_deref(),
        Some(rv_first.as_str()),
        "resumed from the last version seen"
    );
    // Resuming needs no new list.
    assert_eq!(rollout_lists(&env).len(), 1);
    let out = bg.kill();
    assert_eq!(out.stderr_str(), "");
}

/// A proxy that ends every watch before its first event must not turn `get -w` into a flood
/// of requests: after an empty stream the client pauses before it reconnects.
#[test]
fn watches_that_end_at_once_are_not_retried_in_a_tight_loop() {
    let env = env_with("canary-mid-update");
    env.inject_times("GET", RO_PATH, Fault::DropWatchAfter { events: 0 }, 10_000);
    let out = run(&env, WATCH_WEB_FOR_2S);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let watches = rollout_watches(&env).len();
    // With the pause, about one reconnect per 400 ms; without it, 40 or more in 2 s.
    assert!(
        (2..=12).contains(&watches),
        "{watches} watches of the rollout in 2 s"
    );
}

#[test]
fn a_gone_event_relists_and_keeps_watching() {
    let env = env_with("canary-mid-update");
    env.inject("GET", RO_PATH, Fault::Gone);
    let bg = watch_web(&env);
    wait_rollout_watches(&env, 2);
    set_phase(&env, "Progressing", "after the relist");
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.contains("after the relist")),
        "{}",
        bg.stdout_so_far()
    );
    assert_eq!(rollout_lists(&env).len(), 2, "a 410 lists again");
    let out = bg.kill();
    assert_eq!(out.stderr_str(), "");
}

#[test]
fn a_410_status_on_reconnect_relists() {
    let env = env_with("canary-mid-update");
    env.inject("GET", RO_PATH, Fault::DropWatchAfter { events: 1 });
    let bg = watch_web(&env);
    wait_all_watches(&env);
    // The next request on the rollouts path is the reconnect after the drop.
    env.inject(
        "GET",
        RO_PATH,
        Fault::FailN {
            count: 1,
            status: 410,
            retry_after: None,
        },
    );
    set_phase(&env, "Progressing", "first change");
    assert!(bg.wait_for_stdout(SHOWS_UP, |s| s.contains("first change")));
    assert!(wait_until(|| rollout_lists(&env).len() >= 2), "no relist");
    set_phase(&env, "Progressing", "second change");
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.contains("second change")),
        "{}",
        bg.stdout_so_far()
    );
    let out = bg.kill();
    assert_eq!(out.stderr_str(), "");
}

#[test]
fn a_compacted_history_on_reconnect_relists_and_shows_the_missed_change() {
    let env = env_with("canary-mid-update");
    env.inject("GET", RO_PATH, Fault::DropWatchAfter { events: 1 });
    let bg = watch_web(&env);
    wait_all_watches(&env);
    // Atomically: two changes and a compaction. The stream sends the first and ends; the
    // second is only in the history that the compaction forgets, so resuming from the first
    // gets 410 and only a new list can show the second.
    env.with_store(|s| {
        for msg in ["first change", "missed change"] {
            s.mutate(ARGO, "Rollout", "default", "web", |ro| {
                ro["status"]["phase"] = Value::from("Progressing");
                ro["status"]["message"] = Value::from(msg);
            });
        }
        s.compact();
    });
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.contains("missed change")),
        "{}",
        bg.stdout_so_far()
    );
    assert_eq!(rollout_lists(&env).len(), 2);
    let out = bg.kill();
    assert_eq!(out.stderr_str(), "");
}

#[test]
fn a_deleted_rollout_ends_the_watch_with_an_error() {
    let env = env_with("canary-mid-update");
    let bg = watch_web(&env);
    wait_all_watches(&env);
    env.delete(ARGO, "Rollout", "default", "web");
    let (out, killed) = bg.finish(SHOWS_UP);
    assert!(!killed);
    assert_eq!(out.exit(), 1);
    assert_eq!(out.stderr_str(), "error: rollout \"web\" was deleted\n");
}

#[test]
fn get_experiment_watch_redraws_a_change_of_its_pods() {
    let env = env_with("canary-experiment");
    let bg = spawn(
        &env,
        &[
            "get",
            "experiment",
            "search-8b5c9d7f46-2-1",
            "-w",
            "--timeout-seconds",
            "60",
            "--no-color",
        ],
    );
    assert!(bg.wait_for_stdout(SHOWS_UP, |s| s.contains("Σ search-8b5c9d7f46-2-1")));
    assert!(wait_until(|| env
        .requests()
        .iter()
        .filter(|r| r.is_watch() && r.status == 200)
        .count()
        >= 4));
    env.mutate(
        "v1",
        "Pod",
        "default",
        "search-8b5c9d7f46-2-1-canary-7v67z",
        |p| {
            p["status"]["containerStatuses"][0]["restartCount"] = Value::from(2);
        },
    );
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.contains("ready:1/1,restarts:2")),
        "{}",
        bg.stdout_so_far()
    );
    let out = bg.kill();
    assert!(!out.stdout_str().contains('\x1b'));
    // The experiment's own selector narrows its watches too.
    let rs_watch = env
        .requests()
        .into_iter()
        .find(|r| r.is_watch() && r.path.ends_with("/replicasets"))
        .expect("ReplicaSet watch");
    assert_eq!(
        rs_watch.query_param("labelSelector").as_deref(),
        Some("app=search,rollouts-pod-template-hash in (5b9d6c8f47,9f6d8c7b54)")
    );
}

/// AnalysisRuns are watched by the rollout's pod-template hashes; a new revision brings a new
/// hash, and its runs must still show up: the watches start again with the new scope.
#[test]
fn a_new_revision_widens_the_analysis_run_watch_to_its_hash() {
    let env = env_with("canary-mid-update");
    let bg = watch_web(&env);
    wait_all_watches(&env);
    let new_hash = "86d7b5c9f4";
    // Revision 4: a ReplicaSet and a step AnalysisRun shaped like revision 3's.
    let mut rs = env
        .get("apps/v1", "ReplicaSet", "default", "web-5f8c7d9b64")
        .unwrap();
    let mut run = env
        .get(ARGO, "AnalysisRun", "default", "web-5f8c7d9b64-3")
        .unwrap();
    for (obj, name) in [
        (&mut rs, format!("web-{new_hash}")),
        (&mut run, format!("web-{new_hash}-4")),
    ] {
        let meta = &mut obj["metadata"];
        meta["name"] = Value::from(name);
        meta["uid"] = Value::from(format!("9a1e4c2b-0000-4000-8000-{new_hash}00"));
        meta["labels"]["rollouts-pod-template-hash"] = Value::from(new_hash);
        meta["annotations"]["rollout.argoproj.io/revision"] = Value::from("4");
        if let Some(m) = meta.as_object_mut() {
            m.remove("resourceVersion");
        }
    }
    rs["spec"]["selector"]["matchLabels"]["rollouts-pod-template-hash"] = Value::from(new_hash);
    rs["spec"]["template"]["metadata"]["labels"]["rollouts-pod-template-hash"] =
        Value::from(new_hash);
    env.put(run);
    env.put(rs);
    env.mutate(ARGO, "Rollout", "default", "web", |ro| {
        ro["status"]["currentPodHash"] = Value::from(new_hash);
    });
    let run_name = format!("web-{new_hash}-4");
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.contains(&run_name)),
        "{}",
        bg.stdout_so_far()
    );
    // The new scope is listed (and drawn) before its watch starts: wait for the watch.
    let widened = wait_until(|| {
        env.requests_matching(
            "GET",
            "/apis/argoproj.io/v1alpha1/namespaces/default/analysisruns",
        )
        .into_iter()
        .filter(|r| r.is_watch())
        .any(|r| {
            r.query_param("labelSelector")
                .is_some_and(|s| s.contains(new_hash))
        })
    });
    assert!(widened, "no AnalysisRun watch with the new hash");
    let out = bg.kill();
    assert_eq!(out.stderr_str(), "");
}
