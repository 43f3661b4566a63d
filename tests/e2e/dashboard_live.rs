//! The dashboard's reads and streams: one rollout's info reads its own objects only (the same
//! budget as `get`), event streams send a change made on the server, and tabs on one rollout
//! share one set of watches.

use std::time::Duration;

use serde_json::Value;

use crate::read_budget::{crowded, own_bytes};
use crate::support::dashboard::{Dashboard, many_rollouts, sse_data, sse_events};
use crate::support::writes::NOW;
use crate::support::{TestEnv, wait_until};

const ARGO: &str = "argoproj.io/v1alpha1";

fn start(env: &TestEnv, extra: &[&str]) -> Dashboard {
    Dashboard::start_with(env, extra, &[("KUBECTL_ROLLOUTS_NOW", NOW)])
}

/// Opens a stream for `limit` in a thread; returns its handle.
fn stream(d: &Dashboard, path: &str, limit: Duration) -> std::thread::JoinHandle<String> {
    let base = d.base.clone();
    let url = format!("{}api/v1/{path}", d.root);
    let auth = format!("Bearer {}", d.token);
    std::thread::spawn(move || {
        let res = crate::support::client::request_within(
            &base,
            "GET",
            &url,
            &[("Authorization", &auth)],
            None,
            limit,
        );
        assert_eq!(res.status, 200, "{}", res.text());
        assert_eq!(res.header("content-type"), Some("text/event-stream"));
        assert_eq!(res.header("cache-control"), Some("no-store"));
        res.text()
    })
}

/// Waits until the server has `n` watches open on `path` (the streams are in place).
fn wait_for_watches(env: &TestEnv, path: &str, n: usize) {
    assert!(
        wait_until(Duration::from_secs(10), || {
            env.requests()
                .iter()
                .filter(|r| r.path == path && r.is_watch() && r.status == 200)
                .count()
                >= n
        }),
        "no watch on {path}: {:#?}",
        env.requests()
    );
}

#[test]
fn one_rollouts_info_in_a_crowded_namespace_reads_what_get_reads() {
    let env = crowded("canary-mid-update");
    let d = start(&env, &[]);
    env.clear_requests();
    let res = d.get("rollouts/default/web/info");
    assert_eq!(res.status, 200);
    let reqs = env.requests();
    let served = env.bytes_served();
    let own = own_bytes(&env, "web");
    eprintln!(
        "dashboard info: {} requests, {served} bytes served, {own} own bytes, answer {} bytes",
        reqs.len(),
        res.body.len()
    );
    assert!(reqs.len() <= 10, "{reqs:#?}");
    assert!(served <= 3 * own, "{served} bytes for {own} own");
    for r in &reqs {
        if r.path.ends_with("/pods") || r.path.ends_with("/replicasets") {
            assert_eq!(
                r.query_param("labelSelector").as_deref(),
                Some("app=web"),
                "{r:?}"
            );
        }
    }
    assert!(reqs.iter().all(|r| r.method == "GET" && !r.is_watch()));
}

#[test]
fn the_list_reads_only_the_rollouts() {
    let env = crowded("canary-mid-update");
    let d = start(&env, &[]);
    env.clear_requests();
    let res = d.get("rollouts/default/info");
    assert_eq!(res.status, 200);
    let paths: Vec<String> = env.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(
        paths,
        ["/apis/argoproj.io/v1alpha1/namespaces/default/rollouts"]
    );
}

#[test]
fn a_change_on_the_server_reaches_the_rollouts_event_stream() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    let d = start(&env, &[]);
    let s = stream(
        &d,
        "rollouts/default/web/info/watch",
        Duration::from_secs(4),
    );
    wait_for_watches(
        &env,
        "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts",
        1,
    );
    env.mutate(ARGO, "Rollout", "default", "web", |ro| {
        ro["status"]["currentStepIndex"] = 2.into();
        ro["status"]["pauseConditions"] = Value::Null;
    });
    let events = sse_data(&s.join().unwrap());
    assert!(events.len() >= 2, "{events:#?}");
    assert_eq!(events[0]["result"]["step"], "1/5");
    assert_eq!(events[0]["result"]["objectMeta"]["name"], "web");
    let last = &events.last().unwrap()["result"];
    assert_eq!(last["step"], "2/5");
    assert_ne!(last["status"], "Paused");
}

#[test]
fn a_change_reaches_the_namespace_stream_as_a_watch_event() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    env.load_fixture("bluegreen-paused");
    let d = start(&env, &[]);
    let s = stream(&d, "rollouts/default/info/watch", Duration::from_secs(4));
    wait_for_watches(
        &env,
        "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts",
        1,
    );
    env.mutate(ARGO, "Rollout", "default", "checkout", |ro| {
        ro["spec"]["paused"] = true.into();
    });
    env.delete(ARGO, "Rollout", "default", "web");
    let events = sse_data(&s.join().unwrap());
    let names = |t: &str| -> Vec<String> {
        events
            .iter()
            .filter(|e| e["result"]["type"] == t)
            .map(|e| {
                e["result"]["rolloutInfo"]["objectMeta"]["name"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    let updated = names("Updated");
    // First the state of every rollout, then the change.
    assert!(updated.len() >= 3, "{events:#?}");
    assert_eq!(&updated[..2], ["checkout", "web"]);
    assert_eq!(updated.last().unwrap(), "checkout");
    assert_eq!(names("Deleted"), ["web"]);
}

#[test]
fn tabs_on_one_rollout_share_one_set_of_watches() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    let d = start(&env, &[]);
    let ro_path = "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts";
    let tabs: Vec<_> = (0..3)
        .map(|_| {
            stream(
                &d,
                "rollouts/default/web/info/watch",
                Duration::from_secs(3),
            )
        })
        .collect();
    wait_for_watches(&env, ro_path, 1);
    std::thread::sleep(Duration::from_millis(500));
    env.mutate(ARGO, "Rollout", "default", "web", |ro| {
        ro["status"]["currentStepIndex"] = 2.into();
    });
    let bodies: Vec<String> = tabs.into_iter().map(|t| t.join().unwrap()).collect();
    for b in &bodies {
        let events = sse_data(b);
        assert_eq!(
            events.last().unwrap()["result"]["step"],
            "2/5",
            "every tab sees the change"
        );
    }
    let watches = |path: &str| {
        env.requests()
            .iter()
            .filter(|r| r.path == path && r.is_watch())
            .count()
    };
    assert_eq!(watches(ro_path), 1, "{:#?}", env.requests());
    assert_eq!(watches("/api/v1/namespaces/default/pods"), 1);
    assert_eq!(watches("/apis/apps/v1/namespaces/default/replicasets"), 1);
}

#[test]
fn a_stream_for_a_missing_rollout_sends_the_error_and_ends() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    let d = start(&env, &[]);
    let started = std::time::Instant::now();
    let s = stream(
        &d,
        "rollouts/default/nope/info/watch",
        Duration::from_secs(20),
    );
    let events = sse_data(&s.join().unwrap());
    // Ended by the dashboard (about 200 ms after the error), not cut at the 20 s limit.
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the stream stayed open for {:?}",
        started.elapsed()
    );
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0]["error"]["code"], 404);
    assert!(
        events[0]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("\"nope\" not found")
    );
}

#[test]
fn the_all_namespaces_stream_of_two_thousand_rollouts_sends_each_once_then_stays_live() {
    let env = many_rollouts(2000);
    let d = start(&env, &["-A"]);
    let all = "/apis/argoproj.io/v1alpha1/rollouts";
    let s = stream(&d, "rollouts/_all/info/watch", Duration::from_secs(8));
    wait_for_watches(&env, all, 1);
    std::thread::sleep(Duration::from_millis(500));
    env.mutate(ARGO, "Rollout", "team-07", "app-0007", |ro| {
        ro["spec"]["template"]["spec"]["containers"][0]["image"] = "shop/app:changed".into();
    });
    env.delete(ARGO, "Rollout", "team-08", "app-0008");
    let events = sse_events(&s.join().unwrap());

    // The first picture: one frame with every rollout in it, once.
    assert_eq!(events[0].0.as_deref(), Some("resync"), "{:?}", events[0]);
    assert_eq!(events[0].1["rollouts"], 2000);
    let synced = events
        .iter()
        .position(|(name, _)| name.as_deref() == Some("synced"))
        .expect("the first picture ends");
    let keys: std::collections::BTreeSet<String> = events[1..synced]
        .iter()
        .map(|(name, data)| {
            assert_eq!(name, &None);
            let meta = &data["result"]["rolloutInfo"]["objectMeta"];
            format!("{}/{}", meta["namespace"], meta["name"])
        })
        .collect();
    assert_eq!(synced - 1, 2000, "each rollout once");
    assert_eq!(keys.len(), 2000);

    // Then the changes, as events of their own.
    let after: Vec<&Value> = events[synced + 1..].iter().map(|(_, data)| data).collect();
    let about = |name: &str, kind: &str| {
        after
            .iter()
            .filter(|e| {
                e["result"]["type"] == kind
                    && e["result"]["rolloutInfo"]["objectMeta"]["name"] == name
            })
            .count()
    };
    assert_eq!(about("app-0008", "Deleted"), 1, "{after:#?}");
    let changed = after
        .iter()
        .rev()
        .find(|e| e["result"]["rolloutInfo"]["objectMeta"]["name"] == "app-0007")
        .expect("the change of app-0007 is sent");
    assert_eq!(
        changed["result"]["rolloutInfo"]["containers"][0]["image"],
        "shop/app:changed"
    );
    assert!(after.len() <= 3, "only the changes: {after:#?}");

    // One list (in pages) and one watch of the rollouts: the stream was never cut off and
    // reopened.
    let rollout_reads: Vec<_> = env
        .requests()
        .into_iter()
        .filter(|r| r.path == all && r.method == "GET")
        .collect();
    let lists = rollout_reads
        .iter()
        .filter(|r| !r.is_watch() && !r.query.contains("continue="))
        .count();
    let watches = rollout_reads.iter().filter(|r| r.is_watch()).count();
    assert_eq!((lists, watches), (1, 1), "{rollout_reads:#?}");
}
