//! `undo` end to end: the template restored from a ReplicaSet (unknown fields included), the
//! workloadRef variants (Deployment at /spec/template, PodTemplate at /template), the skip,
//! missing revisions, bad flags, and a concurrent writer.

use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use crate::support::writes::{
    ARGO, JSON_PATCH, RO, assert_changed_only, assert_ok, assert_patch, assert_refused,
    assert_usage_error, rollout, run, rv,
};
use crate::support::{OutputExt, TestEnv};

/// Revision 3 of `history-demo` (ReplicaSet `history-demo-7f6b9d8c45`) as undo restores it:
/// the ReplicaSet's template without the `rollouts-pod-template-hash` label.
fn revision_3() -> Value {
    json!({
        "metadata": {"creationTimestamp": null, "labels": {"app": "history-demo"}},
        "spec": {
            "containers": [{
                "env": [{"name": "LOG_LEVEL", "value": "info"}],
                "image": "argoproj/rollouts-demo:blue",
                "imagePullPolicy": "IfNotPresent",
                "name": "history-demo",
                "ports": [{"containerPort": 8080, "name": "http", "protocol": "TCP"}],
                "resources": {"requests": {"cpu": "50m", "memory": "64Mi"}},
                "terminationMessagePath": "/dev/termination-log",
                "terminationMessagePolicy": "File"
            }],
            "dnsPolicy": "ClusterFirst",
            "restartPolicy": "Always",
            "schedulerName": "default-scheduler",
            "securityContext": {},
            "terminationGracePeriodSeconds": 30
        }
    })
}

/// Revision 2 (`history-demo-6d9c5b7f48`), with the two fields k8s-openapi does not know.
fn revision_2() -> Value {
    json!({
        "metadata": {"creationTimestamp": null, "labels": {"app": "history-demo"}},
        "spec": {
            "containers": [{
                "env": [{"name": "LOG_LEVEL", "value": "debug"}],
                "futureContainerField": "keep-me",
                "image": "argoproj/rollouts-demo:orange",
                "imagePullPolicy": "IfNotPresent",
                "name": "history-demo",
                "ports": [{"containerPort": 8080, "name": "http", "protocol": "TCP"}],
                "resources": {"requests": {"cpu": "50m", "memory": "64Mi"}},
                "terminationMessagePath": "/dev/termination-log",
                "terminationMessagePolicy": "File"
            }],
            "dnsPolicy": "ClusterFirst",
            "restartPolicy": "Always",
            "schedulerName": "default-scheduler",
            "securityContext": {},
            "someFutureField": {"enabled": true},
            "terminationGracePeriodSeconds": 30
        }
    })
}

fn history_demo() -> TestEnv {
    let env = TestEnv::new();
    env.load_fixture("multi-revision");
    env
}

#[test]
fn undo_goes_back_to_the_previous_revision() {
    let env = history_demo();
    let before = rollout(&env, "history-demo");
    let out = run(&env, &["undo", "history-demo"]);
    assert_ok(&out, "rollout 'history-demo' undo\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RO}/history-demo"),
        JSON_PATCH,
        json!([
            {"op": "test", "path": "/metadata/resourceVersion", "value": rv(&before)},
            {"op": "replace", "path": "/spec/template", "value": revision_3()}
        ]),
    );
    let after = rollout(&env, "history-demo");
    assert_changed_only(&before, &after, |o| o["spec"]["template"] = revision_3());
}

#[test]
fn undo_to_a_given_revision_carries_unknown_fields_over() {
    let env = history_demo();
    let before = rollout(&env, "history-demo");
    let out = run(&env, &["undo", "history-demo", "--to-revision", "2"]);
    assert_ok(&out, "rollout 'history-demo' undo\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RO}/history-demo"),
        JSON_PATCH,
        json!([
            {"op": "test", "path": "/metadata/resourceVersion", "value": rv(&before)},
            {"op": "replace", "path": "/spec/template", "value": revision_2()}
        ]),
    );
    let after = rollout(&env, "history-demo");
    let spec = &after["spec"]["template"]["spec"];
    assert_eq!(spec["someFutureField"], json!({"enabled": true}));
    assert_eq!(
        spec["containers"][0]["futureContainerField"],
        json!("keep-me")
    );
    assert_changed_only(&before, &after, |o| o["spec"]["template"] = revision_2());
}

#[test]
fn undo_to_the_current_revision_is_skipped_and_writes_nothing() {
    let env = history_demo();
    let before = rollout(&env, "history-demo");
    // The rollout's template lacks the defaults the server filled into the ReplicaSet's: still
    // a match.
    let out = run(&env, &["undo", "history-demo", "--to-revision", "4"]);
    assert_ok(
        &out,
        "skipped rollback (current template already matches revision 4)\n",
    );
    assert!(env.writes().is_empty(), "{:?}", env.writes());
    assert_eq!(rollout(&env, "history-demo"), before);

    // After an undo to 3, undoing to 3 again is a skip too.
    let out = run(&env, &["undo", "history-demo", "--to-revision", "3"]);
    assert_ok(&out, "rollout 'history-demo' undo\n");
    env.clear_requests();
    let out = run(&env, &["undo", "history-demo", "--to-revision", "3"]);
    assert_ok(
        &out,
        "skipped rollback (current template already matches revision 3)\n",
    );
    assert!(env.writes().is_empty());
}

#[test]
fn a_missing_revision_is_an_error_and_writes_nothing() {
    let env = history_demo();
    let out = run(&env, &["undo", "history-demo", "--to-revision", "99"]);
    assert_refused(
        &env,
        &out,
        1,
        "unable to find specified revision 99 in history",
    );
}

#[test]
fn a_rollout_with_a_single_revision_has_nothing_to_undo() {
    let env = TestEnv::new();
    env.load_fixture("invalid-spec");
    let out = run(&env, &["undo", "broken"]);
    assert_refused(&env, &out, 1, "no revision found for rollout \"broken\"");
}

#[test]
fn negative_or_non_numeric_revisions_are_usage_errors() {
    let env = history_demo();
    for bad in ["-1", "abc", "1.5", ""] {
        let flag = format!("--to-revision={bad}");
        let out = run(&env, &["undo", "history-demo", &flag]);
        assert_usage_error(&env, &out);
    }
}

#[test]
fn undo_through_a_deployment_workload_ref_patches_only_the_deployment() {
    let env = TestEnv::new();
    env.load_fixture("workloadref");
    let rollout_before = rollout(&env, "api");
    let deploy_before = env
        .get("apps/v1", "Deployment", "default", "api")
        .expect("deployment");
    let out = run(&env, &["undo", "api"]);
    assert_ok(&out, "rollout 'api' undo\n");
    // Revision 1, `api-7d9b8f6c54`, without its hash label. (The Deployment's own ReplicaSet
    // matches the rollout's selector but is not the rollout's: not a candidate.)
    let revision_1 = json!({
        "metadata": {"creationTimestamp": null, "labels": {"app": "api"}},
        "spec": {
            "containers": [{
                "image": "ghcr.io/acme/api:5.1.3",
                "imagePullPolicy": "IfNotPresent",
                "name": "api",
                "ports": [{"containerPort": 8080, "name": "http", "protocol": "TCP"}],
                "readinessProbe": {"httpGet": {"path": "/healthz", "port": "http"}, "periodSeconds": 5},
                "resources": {"requests": {"cpu": "50m", "memory": "64Mi"}},
                "terminationMessagePath": "/dev/termination-log",
                "terminationMessagePolicy": "File"
            }],
            "dnsPolicy": "ClusterFirst",
            "restartPolicy": "Always",
            "schedulerName": "default-scheduler",
            "securityContext": {},
            "terminationGracePeriodSeconds": 30
        }
    });
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        "/apis/apps/v1/namespaces/default/deployments/api",
        JSON_PATCH,
        json!([
            {"op": "test", "path": "/metadata/resourceVersion", "value": rv(&deploy_before)},
            {"op": "replace", "path": "/spec/template", "value": revision_1.clone()}
        ]),
    );
    let deploy_after = env
        .get("apps/v1", "Deployment", "default", "api")
        .expect("deployment");
    assert_changed_only(&deploy_before, &deploy_after, |o| {
        o["spec"]["template"] = revision_1
    });
    assert_eq!(rollout(&env, "api"), rollout_before);
}

/// A rollout whose template lives in a PodTemplate, with two revisions.
const POD_TEMPLATE_WORLD: &str = r#"
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: tpl-demo
  namespace: default
  uid: 9d1e0c34-1111-4a2b-9c3d-000000000001
spec:
  replicas: 1
  selector:
    matchLabels:
      app: tpl-demo
  strategy:
    canary:
      steps:
      - setWeight: 50
  workloadRef:
    apiVersion: v1
    kind: PodTemplate
    name: tpl-demo
status:
  currentPodHash: 6b5d8c7f94
  stableRS: 6b5d8c7f94
---
apiVersion: v1
kind: PodTemplate
metadata:
  name: tpl-demo
  namespace: default
template:
  metadata:
    labels:
      app: tpl-demo
  spec:
    containers:
    - image: registry.local/tpl-demo:2
      name: app
      someFutureContainerField: 7
---
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  annotations:
    rollout.argoproj.io/revision: "1"
  labels:
    app: tpl-demo
    rollouts-pod-template-hash: 5c9f7d6b48
  name: tpl-demo-5c9f7d6b48
  namespace: default
  ownerReferences:
  - apiVersion: argoproj.io/v1alpha1
    controller: true
    kind: Rollout
    name: tpl-demo
    uid: 9d1e0c34-1111-4a2b-9c3d-000000000001
spec:
  replicas: 0
  template:
    metadata:
      labels:
        app: tpl-demo
        rollouts-pod-template-hash: 5c9f7d6b48
    spec:
      containers:
      - image: registry.local/tpl-demo:1
        imagePullPolicy: IfNotPresent
        name: app
---
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  annotations:
    rollout.argoproj.io/revision: "2"
  labels:
    app: tpl-demo
    rollouts-pod-template-hash: 6b5d8c7f94
  name: tpl-demo-6b5d8c7f94
  namespace: default
  ownerReferences:
  - apiVersion: argoproj.io/v1alpha1
    controller: true
    kind: Rollout
    name: tpl-demo
    uid: 9d1e0c34-1111-4a2b-9c3d-000000000001
spec:
  replicas: 1
  template:
    metadata:
      labels:
        app: tpl-demo
        rollouts-pod-template-hash: 6b5d8c7f94
    spec:
      containers:
      - image: registry.local/tpl-demo:2
        imagePullPolicy: IfNotPresent
        name: app
"#;

#[test]
fn undo_through_a_pod_template_workload_ref_patches_slash_template() {
    let env = TestEnv::new();
    env.load_yaml(POD_TEMPLATE_WORLD);
    let rollout_before = rollout(&env, "tpl-demo");
    let tpl_before = env
        .get("v1", "PodTemplate", "default", "tpl-demo")
        .expect("pod template");
    let out = run(&env, &["undo", "tpl-demo"]);
    assert_ok(&out, "rollout 'tpl-demo' undo\n");
    let revision_1 = json!({
        "metadata": {"labels": {"app": "tpl-demo"}},
        "spec": {"containers": [{"image": "registry.local/tpl-demo:1",
            "imagePullPolicy": "IfNotPresent", "name": "app"}]}
    });
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        "/api/v1/namespaces/default/podtemplates/tpl-demo",
        JSON_PATCH,
        json!([
            {"op": "test", "path": "/metadata/resourceVersion", "value": rv(&tpl_before)},
            {"op": "replace", "path": "/template", "value": revision_1.clone()}
        ]),
    );
    let tpl_after = env
        .get("v1", "PodTemplate", "default", "tpl-demo")
        .expect("pod template");
    assert_changed_only(&tpl_before, &tpl_after, |o| o["template"] = revision_1);
    assert_eq!(rollout(&env, "tpl-demo"), rollout_before);

    // Back to revision 2: the PodTemplate now matches it again.
    env.clear_requests();
    let out = run(&env, &["undo", "tpl-demo", "--to-revision", "2"]);
    assert_ok(&out, "rollout 'tpl-demo' undo\n");
    assert_eq!(env.writes().len(), 1);
    env.clear_requests();
    let out = run(&env, &["undo", "tpl-demo", "--to-revision", "2"]);
    assert_ok(
        &out,
        "skipped rollback (current template already matches revision 2)\n",
    );
    assert!(env.writes().is_empty());
}

#[test]
fn undo_through_an_unsupported_workload_kind_is_refused() {
    let env = TestEnv::new();
    env.load_yaml(&POD_TEMPLATE_WORLD.replace(
        "    apiVersion: v1\n    kind: PodTemplate\n    name: tpl-demo",
        "    apiVersion: apps/v1\n    kind: StatefulSet\n    name: tpl-demo",
    ));
    let out = run(&env, &["undo", "tpl-demo"]);
    assert_refused(
        &env,
        &out,
        1,
        "rollout \"tpl-demo\" references a StatefulSet \"tpl-demo\" through spec.workloadRef; \
         only Deployment, ReplicaSet and PodTemplate are supported",
    );
}

#[test]
fn undo_plans_again_when_the_rollout_changed_between_read_and_write() {
    let env = history_demo();
    let before = rollout(&env, "history-demo");
    // Someone else writes the rollout just before our patch lands.
    let theirs = Arc::new(Mutex::new(String::new()));
    let seen = Arc::clone(&theirs);
    env.before_patch(1, move |store, _| {
        let o = store.mutate(ARGO, "Rollout", "default", "history-demo", |o| {
            o["metadata"]["annotations"]["touched-by"] = json!("someone-else");
        });
        *seen.lock().unwrap() = rv(&o);
    });
    let out = run(&env, &["undo", "history-demo"]);
    assert_ok(&out, "rollout 'history-demo' undo\n");
    let patches = env.writes();
    assert_eq!(patches.len(), 2, "{patches:?}");
    // The failed JSON-patch test is a 422; the second attempt is guarded by the fresh version.
    assert_eq!(patches[0].status, 422);
    assert_eq!(patches[1].status, 200);
    assert_eq!(patches[0].body_json()[0]["value"], json!(rv(&before)));
    let theirs = theirs.lock().unwrap().clone();
    assert_ne!(theirs, rv(&before));
    assert_patch(
        &patches[1],
        &format!("{RO}/history-demo"),
        JSON_PATCH,
        json!([
            {"op": "test", "path": "/metadata/resourceVersion", "value": theirs},
            {"op": "replace", "path": "/spec/template", "value": revision_3()}
        ]),
    );
    let after = rollout(&env, "history-demo");
    assert_eq!(after["spec"]["template"], revision_3());
    assert_eq!(
        after["metadata"]["annotations"]["touched-by"],
        json!("someone-else")
    );
    assert!(out.stderr_str().is_empty());
}
