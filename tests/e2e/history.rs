//! `history` end to end: the revision list (newest first, ReplicaSet, images, roles, age), one
//! revision's template, the diff an undo would apply, and the errors. It only reads.

use crate::support::writes::{assert_ok, assert_usage_error, run};
use crate::support::{OutputExt, TestEnv};

fn env_with(fixture: &str) -> TestEnv {
    let env = TestEnv::new();
    env.load_fixture(fixture);
    env
}

#[test]
fn lists_the_revisions_of_a_canary_newest_first() {
    let env = env_with("multi-revision");
    let out = run(&env, &["history", "history-demo"]);
    assert_ok(
        &out,
        "\
REVISION  REPLICASET               IMAGES                         ROLES   AGE   CHANGE-CAUSE
4         history-demo-8c5f7d6b49  argoproj/rollouts-demo:yellow  canary  30m   deploy yellow (ticket OPS-44)
3         history-demo-7f6b9d8c45  argoproj/rollouts-demo:blue    stable  26h   deploy blue (ticket OPS-43)
2         history-demo-6d9c5b7f48  argoproj/rollouts-demo:orange  -       44h   <none>
1         history-demo-5b8d7c6f94  argoproj/rollouts-demo:red     -       2d1h  <none>
",
    );
    assert!(env.writes().is_empty());
}

#[test]
fn blue_green_roles_are_active_and_preview() {
    let env = env_with("bluegreen-paused");
    let out = run(&env, &["history", "checkout"]);
    assert_ok(
        &out,
        "\
REVISION  REPLICASET           IMAGES                        ROLES          AGE  CHANGE-CAUSE
3         checkout-7f4b6d8c59  ghcr.io/acme/checkout:1.14.1  preview        10m  <none>
2         checkout-69c8b7d4f5  ghcr.io/acme/checkout:1.14.0  stable,active  39m  <none>
1         checkout-5d7f8c9b46  ghcr.io/acme/checkout:1.13.2  -              43h  <none>
",
    );
}

#[test]
fn only_the_rollouts_own_replica_sets_count() {
    // The Deployment `api` owns a ReplicaSet that matches the rollout's selector: not listed.
    let env = env_with("workloadref");
    let out = run(&env, &["history", "api"]);
    assert_ok(
        &out,
        "\
REVISION  REPLICASET      IMAGES                  ROLES   AGE  CHANGE-CAUSE
2         api-5c7f9d6b48  ghcr.io/acme/api:5.2.0  stable  2m   <none>
1         api-7d9b8f6c54  ghcr.io/acme/api:5.1.3  -       46h  <none>
",
    );
}

#[test]
fn one_revision_prints_its_template_without_the_hash_label() {
    let env = env_with("multi-revision");
    let out = run(&env, &["history", "history-demo", "--revision", "3"]);
    assert_ok(
        &out,
        "\
metadata:
  creationTimestamp: null
  labels:
    app: history-demo
spec:
  containers:
  - env:
    - name: LOG_LEVEL
      value: info
    image: argoproj/rollouts-demo:blue
    imagePullPolicy: IfNotPresent
    name: history-demo
    ports:
    - containerPort: 8080
      name: http
      protocol: TCP
    resources:
      requests:
        cpu: 50m
        memory: 64Mi
    terminationMessagePath: /dev/termination-log
    terminationMessagePolicy: File
  dnsPolicy: ClusterFirst
  restartPolicy: Always
  schedulerName: default-scheduler
  securityContext: {}
  terminationGracePeriodSeconds: 30
",
    );
}

#[test]
fn diff_shows_what_an_undo_would_change() {
    let env = env_with("multi-revision");
    let out = run(
        &env,
        &["history", "history-demo", "--revision", "3", "--diff"],
    );
    // The server-filled defaults of the ReplicaSet's template are part of what undo writes.
    assert_ok(
        &out,
        "\
--- current template
+++ revision 3
 metadata:
+  creationTimestamp: null
   labels:
     app: history-demo
 spec:
...
   - env:
     - name: LOG_LEVEL
       value: info
-    - name: FEATURE_CHECKOUT_V2
-      value: 'true'
-    image: argoproj/rollouts-demo:yellow
+    image: argoproj/rollouts-demo:blue
+    imagePullPolicy: IfNotPresent
     name: history-demo
     ports:
     - containerPort: 8080
...
       requests:
         cpu: 50m
         memory: 64Mi
+    terminationMessagePath: /dev/termination-log
+    terminationMessagePolicy: File
+  dnsPolicy: ClusterFirst
+  restartPolicy: Always
+  schedulerName: default-scheduler
+  securityContext: {}
+  terminationGracePeriodSeconds: 30
",
    );
    assert!(env.writes().is_empty());
}

#[test]
fn diff_against_the_workload_template() {
    // The Deployment's template carries a field the controller's ReplicaSet lost: an undo to
    // revision 2 would drop it, and the diff says so.
    let env = env_with("workloadref");
    let out = run(&env, &["history", "api", "--revision", "2", "--diff"]);
    assert_ok(
        &out,
        "\
--- current template
+++ revision 2
...
   restartPolicy: Always
   schedulerName: default-scheduler
   securityContext: {}
-  someFutureField:
-    enabled: true
   terminationGracePeriodSeconds: 30
",
    );
}

#[test]
fn diff_with_the_current_revision_has_no_changes() {
    let env = env_with("multi-revision");
    let out = run(
        &env,
        &["history", "history-demo", "--revision", "4", "--diff"],
    );
    assert_ok(
        &out,
        "no changes: the current template already matches revision 4\n",
    );
}

#[test]
fn a_missing_revision_is_an_error() {
    let env = env_with("multi-revision");
    for args in [
        vec!["history", "history-demo", "--revision", "99"],
        vec!["history", "history-demo", "--revision", "99", "--diff"],
    ] {
        let out = run(&env, &args);
        assert_eq!(out.exit(), 1, "{}", out.stderr_str());
        assert_eq!(
            out.stderr_str(),
            "error: unable to find specified revision 99 in history\n"
        );
        assert_eq!(out.stdout_str(), "");
    }
    assert!(env.writes().is_empty());
}

#[test]
fn bad_flags_are_usage_errors() {
    let env = env_with("multi-revision");
    for args in [
        vec!["history", "history-demo", "--revision", "0"],
        vec!["history", "history-demo", "--revision=-3"],
        vec!["history", "history-demo", "--revision", "x"],
        vec!["history", "history-demo", "--diff"],
    ] {
        let out = run(&env, &args);
        assert_usage_error(&env, &out);
    }
}

#[test]
fn a_rollout_without_replica_sets_has_no_revisions() {
    let env = TestEnv::new();
    env.load_yaml(
        "\
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: fresh
  namespace: default
spec:
  selector:
    matchLabels:
      app: fresh
  template:
    metadata:
      labels:
        app: fresh
    spec:
      containers:
      - name: app
        image: fresh:1
",
    );
    let out = run(&env, &["history", "fresh"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert_eq!(out.stdout_str(), "");
    assert_eq!(out.stderr_str(), "No revisions found.\n");
    let out = run(&env, &["history", "missing"]);
    assert_eq!(out.exit(), 1);
    assert_eq!(
        out.stderr_str(),
        "error: rollouts.argoproj.io \"missing\" not found in namespace \"default\"\n"
    );
}
