//! One-request writes end to end: `pause`, `abort`, `retry rollout|experiment`, `restart`,
//! `set image`. Each test checks what the server holds afterwards and the exact requests it
//! received. The helpers the write scenarios share are in `tests/support/writes.rs`.

use kubectl_rollouts::model::json_patch::merge_patch;
use serde_json::{Value, json};

use crate::support::writes::*;
use crate::support::{OutputExt, TestEnv};

/// `pause`, `abort` and `restart` share one skeleton: one guarded merge patch to the rollout
/// (or its status), and afterwards the server holds exactly that change and a new
/// resourceVersion. Each row: the arguments, the output, the path below the rollouts and
/// the change (the patch body besides its guard).
#[test]
fn single_field_writes_send_one_guarded_merge_patch_and_change_only_that_field() {
    let cases: [(&[&str], &str, &str, Value); 4] = [
        (
            &["pause", "web"],
            "rollout 'web' paused\n",
            "/web",
            json!({"spec": {"paused": true}}),
        ),
        (
            &["abort", "web"],
            "rollout 'web' aborted\n",
            "/web/status",
            json!({"status": {"abort": true}}),
        ),
        (
            // In ten minutes from the pinned clock.
            &["restart", "web", "--in", "10m"],
            "rollout 'web' restarts in 10m\n",
            "/web",
            json!({"spec": {"restartAt": "2026-11-22T12:10:00Z"}}),
        ),
        (
            // Now by default.
            &["restart", "web"],
            "rollout 'web' restarts in 0s\n",
            "/web",
            json!({"spec": {"restartAt": NOW}}),
        ),
    ];
    for (args, stdout, path, change) in cases {
        let env = TestEnv::new();
        env.load_fixture("canary-mid-update");
        let before = rollout(&env, "web");
        let out = run(&env, args);
        assert_ok(&out, stdout);
        let writes = env.writes();
        assert_eq!(writes.len(), 1, "{args:?}");
        let mut body = json!({"metadata": {"resourceVersion": rv(&before)}});
        merge_patch(&mut body, &change);
        assert_patch(&writes[0], &format!("{RO}{path}"), MERGE, body);
        let after = rollout(&env, "web");
        assert_changed_only(&before, &after, |o| merge_patch(o, &change));
        assert_ne!(rv(&after), rv(&before), "{args:?}");
    }
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

/// `set image` of one container of `web`: the list the container is in, the assignment, and
/// the image it ends with.
struct ImageCase {
    /// An ephemeral container is added to `web` first (the fixture has none).
    with_debugger: bool,
    list: &'static str,
    assignment: &'static str,
    image: &'static str,
}

#[test]
fn set_image_of_a_regular_or_an_ephemeral_container_sends_one_guarded_json_patch() {
    let cases = [
        ImageCase {
            with_debugger: false,
            list: "containers",
            assignment: "web=argoproj/rollouts-demo:green",
            image: "argoproj/rollouts-demo:green",
        },
        ImageCase {
            with_debugger: true,
            list: "ephemeralContainers",
            assignment: "debugger=busybox:1.37",
            image: "busybox:1.37",
        },
    ];
    for case in cases {
        let env = TestEnv::new();
        env.load_fixture("canary-mid-update");
        if case.with_debugger {
            env.mutate(ARGO, "Rollout", "default", "web", |o| {
                o["spec"]["template"]["spec"]["ephemeralContainers"] =
                    json!([{"name": "debugger", "image": "busybox:1.36"}]);
            });
        }
        let before = rollout(&env, "web");
        let out = run(&env, &["set", "image", "web", case.assignment]);
        assert_ok(&out, "rollout \"web\" image updated\n");
        let writes = env.writes();
        assert_eq!(writes.len(), 1);
        assert_patch(
            &writes[0],
            &format!("{RO}/web"),
            JSON_PATCH,
            json!([
                {"op": "test", "path": "/metadata/resourceVersion", "value": rv(&before)},
                {"op": "replace", "path": format!("/spec/template/spec/{}/0/image", case.list),
                    "value": case.image}
            ]),
        );
        let after = rollout(&env, "web");
        assert_changed_only(&before, &after, |o| {
            o["spec"]["template"]["spec"][case.list][0]["image"] = json!(case.image)
        });
    }
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
