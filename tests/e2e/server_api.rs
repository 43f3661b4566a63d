//! The test server's own behaviour, through raw HTTP: lists, watches, writes, errors and
//! injected faults, asserted against what kube-apiserver sends.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::client::{self, RawResponse};
use crate::support::objects::{ROLLOUT_WEB, web_world};
use crate::support::{Fault, TestServer};

const ROLLOUTS: &str = "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts";
const WEB: &str = "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts/web";
const MERGE: &str = "application/merge-patch+json";

fn server() -> TestServer {
    let s = TestServer::start();
    s.load_yaml(&web_world());
    s
}

fn names(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .map(|i| i["metadata"]["name"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn watch(s: &TestServer, query: &str, limit: Duration) -> RawResponse {
    client::request_within(
        &s.url(),
        "GET",
        &format!("{ROLLOUTS}?watch=true&{query}"),
        &[],
        None,
        limit,
    )
}

#[test]
fn load_yaml_fills_system_metadata() {
    let s = TestServer::start();
    let start = s.resource_version();
    s.load_yaml(ROLLOUT_WEB);
    let ro = s
        .get("argoproj.io/v1alpha1", "ro", "default", "web")
        .expect("loaded");
    assert_eq!(ro["metadata"]["generation"], 1);
    assert_eq!(ro["metadata"]["resourceVersion"], (start + 1).to_string());
    assert!(
        ro["metadata"]["uid"]
            .as_str()
            .is_some_and(|u| u.len() == 36)
    );
    assert!(
        ro["metadata"]["creationTimestamp"]
            .as_str()
            .is_some_and(|t| t.ends_with('Z'))
    );
    assert_eq!(s.resource_version(), start + 1);
}

#[test]
fn list_has_kind_resource_version_and_typemeta_rules() {
    let s = server();
    let r = client::get(&s.url(), ROLLOUTS);
    assert_eq!(r.status, 200);
    let v = r.json();
    assert_eq!(v["kind"], "RolloutList");
    assert_eq!(v["apiVersion"], "argoproj.io/v1alpha1");
    assert_eq!(
        v["metadata"]["resourceVersion"],
        s.resource_version().to_string()
    );
    // Custom resources keep apiVersion/kind on items; built-in types do not.
    assert_eq!(v["items"][0]["kind"], "Rollout");
    let pods = client::get(&s.url(), "/api/v1/namespaces/default/pods").json();
    assert_eq!(pods["kind"], "PodList");
    assert_eq!(pods["items"][0].get("kind"), None);
}

#[test]
fn limit_and_continue_page_through_all_namespaces() {
    let s = server();
    let first = client::get(&s.url(), "/apis/apps/v1/replicasets?limit=2").json();
    assert_eq!(names(&first), ["web-5f8d7c6b4", "web-6d4b8c9f7"]);
    assert_eq!(first["metadata"]["remainingItemCount"], 1);
    let token = first["metadata"]["continue"]
        .as_str()
        .expect("continue token")
        .to_string();
    let second = client::get(
        &s.url(),
        &format!("/apis/apps/v1/replicasets?limit=2&continue={token}"),
    )
    .json();
    assert_eq!(names(&second), ["web-7b9c5d8f6"]);
    assert_eq!(second["metadata"].get("continue"), None);
}

#[test]
fn selectors_filter_and_bad_ones_are_400() {
    let s = server();
    let q = "/api/v1/namespaces/default/pods?labelSelector=app%3Dweb%2Ctier+notin+%28a%29";
    assert_eq!(
        names(&client::get(&s.url(), q).json()),
        ["web-5f8d7c6b4-8hjwn", "web-5f8d7c6b4-q4v7m"]
    );
    let q = "/api/v1/namespaces/default/pods?fieldSelector=metadata.name%3Dother-7c8d9";
    assert_eq!(names(&client::get(&s.url(), q).json()), ["other-7c8d9"]);

    let bad = client::get(
        &s.url(),
        "/api/v1/namespaces/default/pods?labelSelector=tier+in+a",
    );
    assert_eq!(bad.status, 400);
    assert_eq!(bad.json()["reason"], "BadRequest");
    assert_eq!(bad.json()["kind"], "Status");
    let bad = client::get(
        &s.url(),
        "/api/v1/namespaces/default/pods?fieldSelector=spec.replicas%3D1",
    );
    assert_eq!(bad.status, 400);
}

#[test]
fn not_found_status_has_details() {
    let s = server();
    let r = client::get(&s.url(), &format!("{ROLLOUTS}/missing"));
    assert_eq!(r.status, 404);
    assert_eq!(
        r.json(),
        json!({
            "kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
            "message": "rollouts.argoproj.io \"missing\" not found", "reason": "NotFound",
            "details": {"name": "missing", "group": "argoproj.io", "kind": "rollouts"}, "code": 404
        })
    );
    let r = client::get(&s.url(), "/api/v1/namespaces/default/pods/missing").json();
    assert_eq!(r["message"], "pods \"missing\" not found");
    assert_eq!(r["details"], json!({"name": "missing", "kind": "pods"}));
}

#[test]
fn without_argo_the_group_is_unknown() {
    let s = TestServer::builder().without_argo().start();
    let r = client::get(&s.url(), ROLLOUTS);
    assert_eq!(r.status, 404);
    assert_eq!(r.text(), "404 page not found\n");
    assert_eq!(
        client::get(&s.url(), "/apis/argoproj.io/v1alpha1").status,
        404
    );
    let groups = client::get(&s.url(), "/apis").json();
    let names: Vec<&str> = groups["groups"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|g| g["name"].as_str())
        .collect();
    assert_eq!(names, ["apps", "batch"]);
}

#[test]
fn create_conflicts_with_existing_and_ignores_status() {
    let s = server();
    let body = json!({"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout",
        "metadata": {"name": "api"}, "spec": {"replicas": 1}, "status": {"phase": "Healthy"}});
    let r = client::send(
        &s.url(),
        "POST",
        ROLLOUTS,
        "application/json",
        &body.to_string(),
    );
    assert_eq!(r.status, 201);
    let created = r.json();
    assert_eq!(created["metadata"]["namespace"], "default");
    assert_eq!(created["metadata"]["generation"], 1);
    assert_eq!(created.get("status"), None);
    let again = client::send(
        &s.url(),
        "POST",
        ROLLOUTS,
        "application/json",
        &body.to_string(),
    );
    assert_eq!(again.status, 409);
    assert_eq!(again.json()["reason"], "AlreadyExists");
    assert_eq!(
        again.json()["message"],
        "rollouts.argoproj.io \"api\" already exists"
    );
}

#[test]
fn put_checks_resource_version_and_keeps_status() {
    let s = server();
    let mut ro = s
        .get("argoproj.io/v1alpha1", "rollouts", "default", "web")
        .unwrap();
    let current_rv = ro["metadata"]["resourceVersion"].clone();
    ro["spec"]["replicas"] = json!(6);
    ro["status"]["phase"] = json!("Degraded");
    ro["metadata"]["resourceVersion"] = json!("1");
    let stale = client::send(&s.url(), "PUT", WEB, "application/json", &ro.to_string());
    assert_eq!(stale.status, 409);
    assert_eq!(stale.json()["reason"], "Conflict");

    ro["metadata"]["resourceVersion"] = current_rv;
    let ok = client::send(&s.url(), "PUT", WEB, "application/json", &ro.to_string());
    assert_eq!(ok.status, 200);
    let stored = s
        .get("argoproj.io/v1alpha1", "rollouts", "default", "web")
        .unwrap();
    assert_eq!(stored["spec"]["replicas"], 6);
    assert_eq!(stored["status"]["phase"], "Paused");
    assert_eq!(stored["metadata"]["generation"], 2);
}

#[test]
fn patch_media_types() {
    let s = server();
    let apply = client::send(
        &s.url(),
        "PATCH",
        WEB,
        "application/apply-patch+yaml",
        "spec: {}",
    );
    assert_eq!(apply.status, 415);
    assert_eq!(apply.json()["reason"], "UnsupportedMediaType");
    // Strategic merge patch exists only for built-in kinds.
    let smp = client::send(
        &s.url(),
        "PATCH",
        WEB,
        "application/strategic-merge-patch+json",
        "{}",
    );
    assert_eq!(smp.status, 415);
    let pod = "/api/v1/namespaces/default/pods/other-7c8d9";
    let smp = client::send(
        &s.url(),
        "PATCH",
        pod,
        "application/strategic-merge-patch+json",
        r#"{"metadata":{"labels":{"x":"y"}}}"#,
    );
    assert_eq!(smp.status, 200);
    assert_eq!(smp.json()["metadata"]["labels"]["x"], "y");
    let malformed = client::send(
        &s.url(),
        "PATCH",
        WEB,
        "application/json-patch+json",
        r#"[{"op":"jump","path":"/a"}]"#,
    );
    assert_eq!(malformed.status, 400);
}

#[test]
fn failed_test_op_is_a_generic_422() {
    let s = server();
    let r = client::send(
        &s.url(),
        "PATCH",
        WEB,
        "application/json-patch+json",
        r#"[{"op":"test","path":"/spec/replicas","value":1}]"#,
    );
    assert_eq!(r.status, 422);
    assert_eq!(
        r.json(),
        json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
            "message": "the server rejected our request due to an error in our request",
            "reason": "Invalid", "details": {}, "code": 422})
    );
}

#[test]
fn before_patch_hook_makes_a_guarded_patch_conflict() {
    let s = server();
    let rv = s
        .get("argoproj.io/v1alpha1", "rollouts", "default", "web")
        .unwrap()["metadata"]["resourceVersion"]
        .as_str()
        .unwrap()
        .to_string();
    s.before_patch(1, |store, info| {
        assert_eq!(info.name.as_deref(), Some("web"));
        store.mutate("argoproj.io/v1alpha1", "rollouts", "default", "web", |ro| {
            ro["status"]["phase"] = json!("Progressing");
        });
    });
    let patch = json!({"metadata": {"resourceVersion": rv}, "spec": {"paused": false}}).to_string();
    let r = client::send(&s.url(), "PATCH", WEB, MERGE, &patch);
    assert_eq!(r.status, 409);
    assert_eq!(
        r.json()["message"],
        "Operation cannot be fulfilled on rollouts.argoproj.io \"web\": the object has been modified; please apply your changes to the latest version and try again"
    );
    // The hook ran once; the retry with a fresh resourceVersion goes through.
    let rv = s.resource_version().to_string();
    let patch = json!({"metadata": {"resourceVersion": rv}, "spec": {"paused": false}}).to_string();
    assert_eq!(
        client::send(&s.url(), "PATCH", WEB, MERGE, &patch).status,
        200
    );
}

#[test]
fn watch_from_zero_lists_then_follows_changes() {
    let s = server();
    let url = s.url();
    let handle = std::thread::spawn(move || {
        client::request_within(
            &url,
            "GET",
            &format!("{ROLLOUTS}?watch=1&timeoutSeconds=2"),
            &[],
            None,
            Duration::from_secs(10),
        )
    });
    assert!(s.wait_for_request(Duration::from_secs(5), |r| r.is_watch() && r.status == 200));
    s.mutate("argoproj.io/v1alpha1", "rollouts", "default", "web", |ro| {
        ro["spec"]["replicas"] = json!(5)
    });
    s.delete("argoproj.io/v1alpha1", "rollouts", "default", "web");
    let r = handle.join().unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-type"), Some("application/json"));
    let events = r.events();
    let types: Vec<&str> = events.iter().filter_map(|e| e["type"].as_str()).collect();
    assert_eq!(types, ["ADDED", "MODIFIED", "DELETED"]);
    assert_eq!(events[1]["object"]["spec"]["replicas"], 5);
    assert_eq!(events[1]["object"]["metadata"]["generation"], 2);
}

#[test]
fn watch_from_a_recent_version_replays_missed_events() {
    let s = server();
    let rv = s.resource_version();
    s.mutate("argoproj.io/v1alpha1", "rollouts", "default", "web", |ro| {
        ro["status"]["phase"] = json!("Healthy")
    });
    let r = watch(
        &s,
        &format!("resourceVersion={rv}&timeoutSeconds=1&allowWatchBookmarks=true"),
        Duration::from_secs(5),
    );
    let events = r.events();
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[0]["type"], "MODIFIED");
    assert_eq!(events[0]["object"]["status"]["phase"], "Healthy");
    assert_eq!(events[1]["type"], "BOOKMARK");
    assert_eq!(
        events[1]["object"]["metadata"]["resourceVersion"],
        (rv + 1).to_string()
    );
}

#[test]
fn watch_from_a_compacted_version_gets_410_expired_inside_200() {
    let s = server();
    let old = s.resource_version();
    s.mutate("argoproj.io/v1alpha1", "rollouts", "default", "web", |_| {});
    s.compact();
    let r = watch(
        &s,
        &format!("resourceVersion={}", old - 1),
        Duration::from_secs(5),
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        r.events(),
        [
            json!({"type": "ERROR", "object": {"kind": "Status", "apiVersion": "v1", "metadata": {},
            "status": "Failure", "message": format!("too old resource version: {} ({})", old - 1, old + 1),
            "reason": "Expired", "code": 410}})
        ]
    );
}

#[test]
fn filtered_watch_sees_objects_leave_the_selection_as_deleted() {
    let s = server();
    let rv = s.resource_version();
    s.mutate("v1", "pods", "default", "web-5f8d7c6b4-2xkqz", |p| {
        p["metadata"]["labels"]["tier"] = json!("z")
    });
    let path = format!(
        "/api/v1/namespaces/default/pods?watch=true&labelSelector=tier%3Da&resourceVersion={rv}&timeoutSeconds=1"
    );
    let r = client::request_within(&s.url(), "GET", &path, &[], None, Duration::from_secs(5));
    let events = r.events();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["type"], "DELETED");
    assert_eq!(
        events[0]["object"]["metadata"]["name"],
        "web-5f8d7c6b4-2xkqz"
    );
}

#[test]
fn fail_n_then_succeed() {
    let s = server();
    s.inject(
        "GET",
        ROLLOUTS,
        Fault::FailN {
            count: 2,
            status: 503,
            retry_after: None,
        },
    );
    assert_eq!(client::get(&s.url(), WEB).status, 503);
    let r = client::get(&s.url(), WEB);
    assert_eq!(r.json()["reason"], "ServiceUnavailable");
    assert_eq!(client::get(&s.url(), WEB).status, 200);

    s.inject(
        "*",
        WEB,
        Fault::FailN {
            count: 1,
            status: 429,
            retry_after: Some(2),
        },
    );
    let r = client::get(&s.url(), WEB);
    assert_eq!(r.status, 429);
    assert_eq!(r.header("retry-after"), Some("2"));
    assert_eq!(r.json()["details"]["retryAfterSeconds"], 2);
}

#[test]
fn delay_and_hang() {
    let s = server();
    s.inject(
        "GET",
        WEB,
        Fault::Delay {
            duration: Duration::from_millis(300),
        },
    );
    let t = Instant::now();
    assert_eq!(client::get(&s.url(), WEB).status, 200);
    assert!(t.elapsed() >= Duration::from_millis(300));

    s.inject("GET", WEB, Fault::Hang);
    let r = client::request_within(&s.url(), "GET", WEB, &[], None, Duration::from_millis(300));
    assert_eq!(r.status, 0, "a hanging request gets no answer");
    assert_eq!(s.requests().last().map(|r| r.status), Some(0));
}

#[test]
fn drop_watch_after_and_gone() {
    let s = server();
    s.inject("GET", ROLLOUTS, Fault::DropWatchAfter { events: 1 });
    let t = Instant::now();
    let r = watch(&s, "timeoutSeconds=30", Duration::from_secs(10));
    assert_eq!(r.events().len(), 1);
    assert!(t.elapsed() < Duration::from_secs(5));

    s.inject("GET", ROLLOUTS, Fault::Gone);
    // A plain list does not consume a watch-only fault.
    assert_eq!(client::get(&s.url(), ROLLOUTS).status, 200);
    let r = watch(
        &s,
        &format!("resourceVersion={}", s.resource_version()),
        Duration::from_secs(5),
    );
    let events = r.events();
    assert_eq!(events[0]["type"], "ERROR");
    assert_eq!(events[0]["object"]["code"], 410);
}

#[test]
fn token_is_required_when_configured() {
    let s = TestServer::builder().token("s3cret").start();
    let r = client::get(&s.url(), "/version");
    assert_eq!(r.status, 401);
    assert_eq!(
        r.json(),
        json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
            "message": "Unauthorized", "reason": "Unauthorized", "code": 401})
    );
    let r = client::request_within(
        &s.url(),
        "GET",
        "/version",
        &[("Authorization", "Bearer s3cret")],
        None,
        Duration::from_secs(5),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["gitVersion"], "v1.33.1");
}

#[test]
fn request_log_records_writes_and_bytes() {
    let s = server();
    s.clear_requests();
    client::get(&s.url(), WEB);
    client::send(&s.url(), "PATCH", WEB, MERGE, r#"{"spec":{"paused":true}}"#);
    let reqs = s.requests();
    assert_eq!(reqs.len(), 2);
    let writes = s.writes();
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0].content_type.as_deref(), Some(MERGE));
    assert_eq!(writes[0].body_json(), json!({"spec": {"paused": true}}));
    assert_eq!(writes[0].status, 200);
    assert!(reqs[0].response_bytes > 100);
    assert_eq!(
        s.bytes_served(),
        reqs[0].response_bytes + writes[0].response_bytes
    );
}

#[test]
fn dropping_the_server_is_bounded_with_open_streams() {
    let s = server();
    s.inject("GET", WEB, Fault::Hang);
    let url = s.url();
    let hung = std::thread::spawn({
        let url = url.clone();
        move || client::request_within(&url, "GET", WEB, &[], None, Duration::from_secs(20))
    });
    let watching = std::thread::spawn(move || {
        client::request_within(
            &url,
            "GET",
            &format!("{ROLLOUTS}?watch=true"),
            &[],
            None,
            Duration::from_secs(20),
        )
    });
    assert!(s.wait_for_request(Duration::from_secs(5), |r| r.is_watch()));
    assert!(s.wait_for_request(Duration::from_secs(5), |r| r.path == WEB));
    let t = Instant::now();
    drop(s);
    assert!(
        t.elapsed() < Duration::from_secs(6),
        "drop took {:?}",
        t.elapsed()
    );
    assert_eq!(watching.join().unwrap().events().len(), 1);
    assert_ne!(hung.join().unwrap().status, 200);
}
