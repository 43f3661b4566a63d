//! One-request writes end to end: `pause`, `abort`, `retry rollout|experiment`, `restart`,
//! `set image`. Each test checks what the server holds afterwards and the exact requests it
//! received. Also the helpers the other write scenarios share.

use std::process::Output;
use std::time::Duration;

use serde_json::{Value, json};

use crate::support::env::run_to_completion;
use crate::support::{OutputExt, RecordedRequest, TestEnv};

/// The clock every write test pins (`KUBECTL_ROLLOUTS_NOW`), the fixtures' "now".
pub const NOW: &str = "2026-11-22T12:00:00Z";
pub const ARGO: &str = "argoproj.io/v1alpha1";
/// Where the rollouts of namespace `default` live.
pub const RO: &str = "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts";
pub const MERGE: &str = "application/merge-patch+json";
pub const JSON_PATCH: &str = "application/json-patch+json";

/// Runs the binary with the clock pinned.
pub fn run(env: &TestEnv, args: &[&str]) -> Output {
    let mut cmd = env.cmd(args);
    cmd.env("KUBECTL_ROLLOUTS_NOW", NOW);
    run_to_completion(cmd, Duration::from_secs(30))
}

/// The rollout the server holds now.
pub fn rollout(env: &TestEnv, name: &str) -> Value {
    env.get(ARGO, "Rollout", "default", name)
        .unwrap_or_else(|| panic!("rollout {name} is gone"))
}

pub fn rv(obj: &Value) -> String {
    obj["metadata"]["resourceVersion"]
        .as_str()
        .expect("resourceVersion")
        .to_string()
}

/// A request is a PATCH to `path` with `content_type` and exactly `body`.
pub fn assert_patch(req: &RecordedRequest, path: &str, content_type: &str, body: Value) {
    assert_eq!(req.method, "PATCH", "{req:?}");
    assert_eq!(req.path, path, "{req:?}");
    assert_eq!(req.content_type.as_deref(), Some(content_type), "{req:?}");
    assert_eq!(req.body_json(), body, "{req:?}");
}

/// The command succeeded, printed exactly `stdout` and nothing on stderr.
pub fn assert_ok(out: &Output, stdout: &str) {
    assert_eq!(out.exit(), 0, "stderr: {}", out.stderr_str());
    assert_eq!(out.stdout_str(), stdout);
    assert_eq!(out.stderr_str(), "");
}

/// The command failed with `code` and the one-line `message`, and nothing was written.
pub fn assert_refused(env: &TestEnv, out: &Output, code: i32, message: &str) {
    assert_eq!(
        out.exit(),
        code,
        "stdout: {} stderr: {}",
        out.stdout_str(),
        out.stderr_str()
    );
    assert_eq!(out.stderr_str(), format!("error: {message}\n"));
    assert_eq!(out.stdout_str(), "");
    assert!(env.writes().is_empty(), "{:?}", env.writes());
}

/// A usage error: exit 2, a message on stderr, and not a single request.
pub fn assert_usage_error(env: &TestEnv, out: &Output) {
    assert_eq!(out.exit(), 2, "stderr: {}", out.stderr_str());
    assert!(!out.stderr_str().is_empty());
    assert_eq!(out.stdout_str(), "");
    assert!(env.requests().is_empty(), "{:?}", env.requests());
}

/// `obj` without the fields every write changes (resourceVersion, generation), to compare the
/// rest of an object before and after.
pub fn without_bookkeeping(obj: &Value) -> Value {
    let mut o = obj.clone();
    if let Some(m) = o["metadata"].as_object_mut() {
        m.remove("resourceVersion");
        m.remove("generation");
    }
    o
}

/// `before` with `edit` applied equals `after`, bookkeeping aside: the write changed exactly
/// what `edit` changes.
pub fn assert_changed_only(before: &Value, after: &Value, edit: impl FnOnce(&mut Value)) {
    let mut expected = without_bookkeeping(before);
    edit(&mut expected);
    assert_eq!(without_bookkeeping(after), expected);
}

#[test]
fn pause_sets_spec_paused() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    let before = rollout(&env, "web");
    let out = run(&env, &["pause", "web"]);
    assert_ok(&out, "rollout 'web' paused\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RO}/web"),
        MERGE,
        json!({"metadata": {"resourceVersion": rv(&before)}, "spec": {"paused": true}}),
    );
    let after = rollout(&env, "web");
    assert_changed_only(&before, &after, |o| o["spec"]["paused"] = json!(true));
    assert_ne!(rv(&after), rv(&before));
}

#[test]
fn abort_writes_the_status_subresource() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    let before = rollout(&env, "web");
    let out = run(&env, &["abort", "web"]);
    assert_ok(&out, "rollout 'web' aborted\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RO}/web/status"),
        MERGE,
        json!({"metadata": {"resourceVersion": rv(&before)}, "status": {"abort": true}}),
    );
    let after = rollout(&env, "web");
    assert_changed_only(&before, &after, |o| o["status"]["abort"] = json!(true));
}

#[test]
fn retry_rollout_clears_abort_on_status() {
    let env = TestEnv::new();
    env.load_fixture("canary-aborted");
    let before = rollout(&env, "payments");
    for alias in ["rollout", "ro"] {
        // Aborted again for the second alias (a retry of a rollout that is not aborted is a
        // no-op).
        env.mutate(ARGO, "Rollout", "default", "payments", |o| {
            o["status"]["abort"] = json!(true)
        });
        env.clear_requests();
        let current = rollout(&env, "payments");
        let out = run(&env, &["retry", alias, "payments"]);
        assert_ok(&out, "rollout 'payments' retried\n");
        let writes = env.writes();
        assert_eq!(writes.len(), 1);
        assert_patch(
            &writes[0],
            &format!("{RO}/payments/status"),
            MERGE,
            json!({"metadata": {"resourceVersion": rv(&current)}, "status": {"abort": false}}),
        );
    }
    let after = rollout(&env, "payments");
    assert_changed_only(&before, &after, |o| o["status"]["abort"] = json!(false));
}

const EXPERIMENT: &str = "search-8b5c9d7f46-2-1";

#[test]
fn retry_experiment_patches_the_main_resource() {
    let env = TestEnv::new();
    env.load_fixture("canary-experiment");
    let before = env
        .get(ARGO, "Experiment", "default", EXPERIMENT)
        .expect("experiment");
    let out = run(&env, &["retry", "experiment", EXPERIMENT]);
    assert_ok(&out, &format!("experiment '{EXPERIMENT}' retried\n"));
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    // The Experiment CRD has no status subresource (`subresources: {}`): the Go plugin clears
    // status through the main resource, and so do we.
    assert_patch(
        &writes[0],
        &format!("/apis/argoproj.io/v1alpha1/namespaces/default/experiments/{EXPERIMENT}"),
        MERGE,
        json!({"metadata": {"resourceVersion": rv(&before)}, "status": null}),
    );
}

/// What a real cluster holds after `retry experiment`: no status. The test server declares
/// experiments with a status subresource (Argo's CRD has `subresources: {}`), so it keeps the
/// status a main-resource patch clears.
#[test]
fn retry_experiment_clears_the_status() {
    let env = TestEnv::new();
    env.load_fixture("canary-experiment");
    let out = run(&env, &["retry", "exp", EXPERIMENT]);
    assert_ok(&out, &format!("experiment '{EXPERIMENT}' retried\n"));
    let after = env
        .get(ARGO, "Experiment", "default", EXPERIMENT)
        .expect("experiment");
    assert_eq!(after.get("status"), None);
}

#[test]
fn restart_in_ten_minutes_sets_restart_at_from_the_pinned_clock() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    let before = rollout(&env, "web");
    let out = run(&env, &["restart", "web", "--in", "10m"]);
    assert_ok(&out, "rollout 'web' restarts in 10m\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RO}/web"),
        MERGE,
        json!({"metadata": {"resourceVersion": rv(&before)},
            "spec": {"restartAt": "2026-11-22T12:10:00Z"}}),
    );
    let after = rollout(&env, "web");
    assert_changed_only(&before, &after, |o| {
        o["spec"]["restartAt"] = json!("2026-11-22T12:10:00Z")
    });
}

#[test]
fn restart_now_by_default() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    let before = rollout(&env, "web");
    let out = run(&env, &["restart", "web"]);
    assert_ok(&out, "rollout 'web' restarts in 0s\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RO}/web"),
        MERGE,
        json!({"metadata": {"resourceVersion": rv(&before)}, "spec": {"restartAt": NOW}}),
    );
}

#[test]
fn restart_with_a_bad_duration_is_a_usage_error() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    for bad in ["soon", "-5m", "5x", ""] {
        env.clear_requests();
        let flag = format!("--in={bad}");
        let out = run(&env, &["restart", "web", &flag]);
        assert_eq!(out.exit(), 2, "{bad}: {}", out.stderr_str());
        assert!(
            out.stderr_str().starts_with("error: invalid --in"),
            "{bad}: {}",
            out.stderr_str()
        );
        assert!(env.writes().is_empty());
    }
}

#[test]
fn set_image_of_a_regular_container() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    let before = rollout(&env, "web");
    let out = run(
        &env,
        &["set", "image", "web", "web=argoproj/rollouts-demo:green"],
    );
    assert_ok(&out, "rollout \"web\" image updated\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RO}/web"),
        JSON_PATCH,
        json!([
            {"op": "test", "path": "/metadata/resourceVersion", "value": rv(&before)},
            {"op": "replace", "path": "/spec/template/spec/containers/0/image",
                "value": "argoproj/rollouts-demo:green"}
        ]),
    );
    let after = rollout(&env, "web");
    assert_changed_only(&before, &after, |o| {
        o["spec"]["template"]["spec"]["containers"][0]["image"] =
            json!("argoproj/rollouts-demo:green")
    });
}

#[test]
fn set_image_of_an_init_container_and_of_all() {
    let env = TestEnv::new();
    env.load_fixture("canary-experiment");
    let before = rollout(&env, "search");
    let out = run(&env, &["set", "image", "search", "warm-cache=busybox:1.37"]);
    assert_ok(&out, "rollout \"search\" image updated\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RO}/search"),
        JSON_PATCH,
        json!([
            {"op": "test", "path": "/metadata/resourceVersion", "value": rv(&before)},
            {"op": "replace", "path": "/spec/template/spec/initContainers/0/image",
                "value": "busybox:1.37"}
        ]),
    );
    let middle = rollout(&env, "search");
    assert_changed_only(&before, &middle, |o| {
        o["spec"]["template"]["spec"]["initContainers"][0]["image"] = json!("busybox:1.37")
    });

    env.clear_requests();
    let out = run(&env, &["set", "image", "search", "*=registry.local/all:1"]);
    assert_ok(&out, "rollout \"search\" image updated\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RO}/search"),
        JSON_PATCH,
        json!([
            {"op": "test", "path": "/metadata/resourceVersion", "value": rv(&middle)},
            {"op": "replace", "path": "/spec/template/spec/initContainers/0/image",
                "value": "registry.local/all:1"},
            {"op": "replace", "path": "/spec/template/spec/containers/0/image",
                "value": "registry.local/all:1"}
        ]),
    );
    let after = rollout(&env, "search");
    assert_changed_only(&middle, &after, |o| {
        o["spec"]["template"]["spec"]["initContainers"][0]["image"] = json!("registry.local/all:1");
        o["spec"]["template"]["spec"]["containers"][0]["image"] = json!("registry.local/all:1");
    });
}

#[test]
fn set_image_of_an_ephemeral_container() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    env.mutate(ARGO, "Rollout", "default", "web", |o| {
        o["spec"]["template"]["spec"]["ephemeralContainers"] =
            json!([{"name": "debugger", "image": "busybox:1.36"}]);
    });
    let before = rollout(&env, "web");
    let out = run(&env, &["set", "image", "web", "debugger=busybox:1.37"]);
    assert_ok(&out, "rollout \"web\" image updated\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RO}/web"),
        JSON_PATCH,
        json!([
            {"op": "test", "path": "/metadata/resourceVersion", "value": rv(&before)},
            {"op": "replace", "path": "/spec/template/spec/ephemeralContainers/0/image",
                "value": "busybox:1.37"}
        ]),
    );
    let after = rollout(&env, "web");
    assert_changed_only(&before, &after, |o| {
        o["spec"]["template"]["spec"]["ephemeralContainers"][0]["image"] = json!("busybox:1.37")
    });
}

#[test]
fn set_image_of_an_unknown_container_names_the_existing_ones() {
    let env = TestEnv::new();
    env.load_fixture("canary-experiment");
    let out = run(&env, &["set", "image", "search", "sidecar=envoy:1"]);
    assert_refused(
        &env,
        &out,
        1,
        "unable to find container named \"sidecar\" in rollout \"search\" \
         (containers: search-api; init containers: warm-cache)",
    );
    // One unknown name among known ones: still nothing written.
    let out = run(
        &env,
        &["set", "image", "search", "search-api=x:1", "nope=y:2"],
    );
    assert_refused(
        &env,
        &out,
        1,
        "unable to find container named \"nope\" in rollout \"search\" \
         (containers: search-api; init containers: warm-cache)",
    );
}

#[test]
fn set_image_through_workload_ref_patches_the_deployment_only() {
    let env = TestEnv::new();
    env.load_fixture("workloadref");
    let rollout_before = rollout(&env, "api");
    let deploy_before = env
        .get("apps/v1", "Deployment", "default", "api")
        .expect("deployment");
    let out = run(&env, &["set", "image", "api", "api=ghcr.io/acme/api:5.3.0"]);
    assert_ok(&out, "rollout \"api\" image updated\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        "/apis/apps/v1/namespaces/default/deployments/api",
        JSON_PATCH,
        json!([
            {"op": "test", "path": "/metadata/resourceVersion", "value": rv(&deploy_before)},
            {"op": "replace", "path": "/spec/template/spec/containers/0/image",
                "value": "ghcr.io/acme/api:5.3.0"}
        ]),
    );
    let deploy_after = env
        .get("apps/v1", "Deployment", "default", "api")
        .expect("deployment");
    assert_changed_only(&deploy_before, &deploy_after, |o| {
        o["spec"]["template"]["spec"]["containers"][0]["image"] = json!("ghcr.io/acme/api:5.3.0")
    });
    // The field k8s-openapi does not know is still there.
    assert_eq!(
        deploy_after["spec"]["template"]["spec"]["someFutureField"],
        json!({"enabled": true})
    );
    assert_eq!(rollout(&env, "api"), rollout_before);
}

#[test]
fn set_image_with_bad_syntax_is_a_usage_error() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    for bad in ["web", "=img:1", "web=", "web=a b"] {
        env.clear_requests();
        let out = run(&env, &["set", "image", "web", bad]);
        assert_usage_error(&env, &out);
        assert!(
            out.stderr_str().contains("expected CONTAINER=IMAGE"),
            "{bad}: {}",
            out.stderr_str()
        );
    }
    // No assignment at all: clap refuses.
    let out = run(&env, &["set", "image", "web"]);
    assert_usage_error(&env, &out);
}

#[test]
fn writes_to_a_missing_rollout_fail_without_writing() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    for args in [
        vec!["pause", "nope"],
        vec!["abort", "nope"],
        vec!["retry", "rollout", "nope"],
        vec!["restart", "nope"],
        vec!["promote", "nope"],
        vec!["set-weight", "nope", "10"],
        vec!["undo", "nope"],
        vec!["set", "image", "nope", "a=b:1"],
    ] {
        env.clear_requests();
        let out = run(&env, &args);
        assert_refused(
            &env,
            &out,
            1,
            "rollouts.argoproj.io \"nope\" not found in namespace \"default\"",
        );
    }
}

#[test]
fn a_json_patch_against_a_writer_that_never_stops_fails_loudly() {
    // JSON patches learn of a conflict through a failed `test` (422) and a re-read.
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    let before = rollout(&env, "web");
    let mut n = 0;
    env.before_patch(10, move |store, _| {
        n += 1;
        store.mutate(ARGO, "Rollout", "default", "web", |o| {
            o["metadata"]["annotations"]["busy"] = json!(n.to_string());
        });
    });
    let out = run(&env, &["set", "image", "web", "web=x:1"]);
    assert_eq!(out.exit(), 1, "{}", out.stderr_str());
    assert_eq!(out.stdout_str(), "");
    assert_eq!(
        out.stderr_str(),
        "error: \"web\" kept changing while we tried to write it (5 attempts, each from a \
         fresh read); try again\n"
    );
    let writes = env.writes();
    assert_eq!(writes.len(), 5, "{writes:?}");
    assert!(writes.iter().all(|w| w.status == 422), "{writes:?}");
    assert_eq!(
        rollout(&env, "web")["spec"]["template"],
        before["spec"]["template"]
    );
}
