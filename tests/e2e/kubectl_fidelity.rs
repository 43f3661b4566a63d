//! kubectl 1.32 against the test server: if the real kubectl is satisfied, the server speaks
//! the API the way kube-apiserver does where clients can tell.

use std::time::Duration;

use serde_json::Value;

use crate::support::objects::web_world;
use crate::support::{OutputExt, TestEnv, TestServer};

const RO: &str = "argoproj.io/v1alpha1";

fn env_with_world() -> TestEnv {
    let env = TestEnv::new();
    env.load_yaml(&web_world());
    env
}

fn stored_rollout(env: &TestEnv) -> Value {
    env.get(RO, "Rollout", "default", "web")
        .expect("rollout web exists")
}

#[test]
fn get_rollouts_prints_the_default_columns() {
    let env = env_with_world();
    let out = env.kubectl(["get", "rollouts"]);
    assert_eq!(out.code(), Some(0), "{}", out.stderr_str());
    let stdout = out.stdout_str();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    // The columns themselves are the CRD's (see kubectl_tables).
    assert!(lines[1].starts_with("web "), "{lines:?}");
    let lists = env.requests_matching(
        "GET",
        "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts",
    );
    assert_eq!(lists.len(), 1);
    assert_eq!(lists[0].status, 200);
}

#[test]
fn get_rollouts_json_is_a_list_of_the_stored_objects() {
    let env = env_with_world();
    let out = env.kubectl(["get", "rollouts", "-o", "json"]);
    assert_eq!(out.code(), Some(0), "{}", out.stderr_str());
    let v: Value = serde_json::from_str(&out.stdout_str()).expect("kubectl printed JSON");
    assert_eq!(v["kind"], "List");
    let items = v["items"].as_array().expect("items");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["kind"], "Rollout");
    assert_eq!(items[0]["metadata"]["name"], "web");
    assert_eq!(
        items[0]["spec"]["strategy"]["canary"]["steps"][3]["pause"]["duration"],
        "30s"
    );
    assert_eq!(items[0]["status"]["observedGeneration"], "1");
}

#[test]
fn get_by_short_name_as_yaml() {
    let env = env_with_world();
    let out = env.kubectl(["get", "ro", "web", "-o", "yaml"]);
    assert_eq!(out.code(), Some(0), "{}", out.stderr_str());
    let v: Value = serde_yaml::from_str(&out.stdout_str()).expect("kubectl printed YAML");
    let stored = stored_rollout(&env);
    assert_eq!(v, stored);
    assert_eq!(v["metadata"]["generation"], 1);
    assert!(
        env.requests()
            .iter()
            .any(|r| r.path == "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts/web")
    );
}

#[test]
fn pods_by_equality_and_set_based_selector() {
    let env = env_with_world();
    let out = env.kubectl(["get", "pods", "-l", "app=web,tier in (a,b)", "-o", "name"]);
    assert_eq!(out.code(), Some(0), "{}", out.stderr_str());
    assert_eq!(
        out.stdout_str(),
        "pod/web-5f8d7c6b4-2xkqz\npod/web-5f8d7c6b4-8hjwn\npod/web-6d4b8c9f7-mx2pl\n"
    );
    let req = env
        .requests_matching("GET", "/api/v1/namespaces/default/pods")
        .pop()
        .expect("pods listed");
    assert_eq!(
        req.query_param("labelSelector").as_deref(),
        Some("app=web,tier in (a,b)")
    );

    let out = env.kubectl(["get", "pods", "-l", "!tier,app", "-o", "name"]);
    assert_eq!(out.code(), Some(0), "{}", out.stderr_str());
    assert_eq!(out.stdout_str(), "");

    let out = env.kubectl([
        "get",
        "pods",
        "-l",
        "tier notin (a,b),app=web",
        "-o",
        "name",
    ]);
    assert_eq!(out.stdout_str(), "pod/web-5f8d7c6b4-q4v7m\n");
}

#[test]
fn replicasets_across_all_namespaces() {
    let env = env_with_world();
    let out = env.kubectl([
        "get",
        "rs",
        "-A",
        "-o",
        "custom-columns=NS:.metadata.namespace,NAME:.metadata.name",
    ]);
    assert_eq!(out.code(), Some(0), "{}", out.stderr_str());
    let rows: Vec<Vec<String>> = out
        .stdout_str()
        .lines()
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect();
    assert_eq!(
        rows,
        [
            ["NS", "NAME"],
            ["default", "web-5f8d7c6b4"],
            ["default", "web-6d4b8c9f7"],
            ["prod", "web-7b9c5d8f6"]
        ]
    );
    assert_eq!(
        env.requests_matching("GET", "/apis/apps/v1/replicasets")
            .len(),
        1
    );
}

#[test]
fn chunked_list_follows_continue_tokens() {
    let env = env_with_world();
    let out = env.kubectl(["get", "pods", "--chunk-size=2", "-o", "name"]);
    assert_eq!(out.code(), Some(0), "{}", out.stderr_str());
    assert_eq!(out.stdout_str().lines().count(), 5);
    let pages = env.requests_matching("GET", "/api/v1/namespaces/default/pods");
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[0].query_param("continue"), None);
    assert!(
        pages[1]
            .query_param("continue")
            .is_some_and(|c| !c.is_empty())
    );
}

#[test]
fn merge_patch_changes_spec_and_bumps_generation() {
    let env = env_with_world();
    let before = stored_rollout(&env);
    let out = env.kubectl([
        "patch",
        "rollout",
        "web",
        "--type",
        "merge",
        "-p",
        r#"{"spec":{"paused":true}}"#,
    ]);
    assert_eq!(out.code(), Some(0), "{}", out.stderr_str());
    assert_eq!(out.stdout_str(), "rollout.argoproj.io/web patched\n");
    let after = stored_rollout(&env);
    assert_eq!(after["spec"]["paused"], true);
    assert_eq!(after["metadata"]["generation"], 2);
    assert_ne!(
        after["metadata"]["resourceVersion"],
        before["metadata"]["resourceVersion"]
    );
    assert_eq!(after["status"], before["status"]);
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0].method, "PATCH");
    assert_eq!(
        writes[0].path,
        "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts/web"
    );
    assert_eq!(
        writes[0].content_type.as_deref(),
        Some("application/merge-patch+json")
    );
    assert_eq!(writes[0].body, r#"{"spec":{"paused":true}}"#);
}

#[test]
fn patching_status_through_the_main_resource_is_a_no_op() {
    let env = env_with_world();
    let before = stored_rollout(&env);
    let out = env.kubectl([
        "patch",
        "ro",
        "web",
        "--type",
        "merge",
        "-p",
        r#"{"status":{"phase":"Degraded"}}"#,
    ]);
    assert_eq!(out.code(), Some(0), "{}", out.stderr_str());
    assert_eq!(
        out.stdout_str(),
        "rollout.argoproj.io/web patched (no change)\n"
    );
    assert_eq!(stored_rollout(&env), before);
}

#[test]
fn status_subresource_patch_changes_only_status() {
    let env = env_with_world();
    let before = stored_rollout(&env);
    let out = env.kubectl([
        "patch",
        "rollout",
        "web",
        "--subresource=status",
        "--type",
        "merge",
        "-p",
        r#"{"status":{"phase":"Healthy"},"spec":{"replicas":9}}"#,
    ]);
    assert_eq!(out.code(), Some(0), "{}", out.stderr_str());
    let after = stored_rollout(&env);
    assert_eq!(after["status"]["phase"], "Healthy");
    assert_eq!(after["spec"], before["spec"]);
    assert_eq!(after["metadata"]["generation"], 1);
    assert_eq!(
        env.writes()[0].path,
        "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts/web/status"
    );
}

#[test]
fn json_patch_applies_in_order() {
    let env = env_with_world();
    let rv = stored_rollout(&env)["metadata"]["resourceVersion"]
        .as_str()
        .unwrap()
        .to_string();
    let patch = format!(
        r#"[{{"op":"test","path":"/metadata/resourceVersion","value":"{rv}"}},{{"op":"replace","path":"/spec/replicas","value":2}},{{"op":"remove","path":"/spec/strategy/canary/steps/3"}}]"#
    );
    let out = env.kubectl(["patch", "ro", "web", "--type", "json", "-p", &patch]);
    assert_eq!(out.code(), Some(0), "{}", out.stderr_str());
    let after = stored_rollout(&env);
    assert_eq!(after["spec"]["replicas"], 2);
    assert_eq!(
        after["spec"]["strategy"]["canary"]["steps"]
            .as_array()
            .map(Vec::len),
        Some(3)
    );
    assert_eq!(
        env.writes()[0].content_type.as_deref(),
        Some("application/json-patch+json")
    );
}

#[test]
fn failed_json_patch_test_is_422_invalid() {
    let env = env_with_world();
    let before = stored_rollout(&env);
    let patch = r#"[{"op":"test","path":"/spec/replicas","value":99},{"op":"replace","path":"/spec/replicas","value":1}]"#;
    let out = env.kubectl(["patch", "ro", "web", "--type", "json", "-p", patch]);
    assert_eq!(out.code(), Some(1));
    assert_eq!(
        out.stderr_str(),
        "The request is invalid: the server rejected our request due to an error in our request\n"
    );
    assert_eq!(stored_rollout(&env), before);
    assert_eq!(env.writes()[0].status, 422);
}

#[test]
fn stale_resource_version_in_merge_patch_is_a_conflict() {
    let env = env_with_world();
    let before = stored_rollout(&env);
    let patch = r#"{"metadata":{"resourceVersion":"1"},"spec":{"paused":true}}"#;
    let out = env.kubectl(["patch", "ro", "web", "--type", "merge", "-p", patch]);
    assert_eq!(out.code(), Some(1));
    assert_eq!(
        out.stderr_str(),
        "Error from server (Conflict): Operation cannot be fulfilled on rollouts.argoproj.io \"web\": the object has been modified; please apply your changes to the latest version and try again\n"
    );
    assert_eq!(stored_rollout(&env), before);
}

#[test]
fn missing_rollout_is_not_found() {
    let env = env_with_world();
    let out = env.kubectl(["get", "rollout", "missing"]);
    assert_eq!(out.code(), Some(1));
    assert_eq!(out.stdout_str(), "");
    assert_eq!(
        out.stderr_str(),
        "Error from server (NotFound): rollouts.argoproj.io \"missing\" not found\n"
    );
}

/// client-go only applies a kubeconfig's credentials over TLS, so kubectl sends no token to
/// this plain-http server: a server that requires one answers 401 to everything.
#[test]
fn kubectl_without_credentials_is_unauthorized() {
    let env = TestEnv::builder()
        .server(TestServer::builder().token("right"))
        .token("right")
        .build();
    env.load_yaml(&web_world());
    let out = env.kubectl(["get", "rollouts"]);
    assert_eq!(out.code(), Some(1));
    // kubectl's discovery client replaces the Status message with its generic 401 text,
    // exactly as against a real cluster.
    assert!(
        out.stderr_str().ends_with(
            "error: You must be logged in to the server (the server has asked for the client to provide credentials)\n"
        ),
        "{}",
        out.stderr_str()
    );
    let requests = env.requests();
    assert!(!requests.is_empty());
    assert!(
        requests
            .iter()
            .all(|r| r.status == 401 && r.authorization.is_none()),
        "{requests:?}"
    );
}

#[test]
fn forbidden_patch_has_the_rbac_message() {
    let env = env_with_world();
    env.forbid("PATCH", "/apis/argoproj.io/");
    let out = env.kubectl([
        "patch",
        "ro",
        "web",
        "--type",
        "merge",
        "-p",
        r#"{"spec":{"paused":true}}"#,
    ]);
    assert_eq!(out.code(), Some(1));
    assert_eq!(
        out.stderr_str(),
        "Error from server (Forbidden): rollouts.argoproj.io \"web\" is forbidden: User \"test-user\" cannot patch resource \"rollouts\" in API group \"argoproj.io\" in the namespace \"default\"\n"
    );
}

#[test]
fn api_resources_lists_argo_kinds() {
    let env = TestEnv::new();
    let out = env.kubectl(["api-resources", "--api-group=argoproj.io", "--no-headers"]);
    assert_eq!(out.code(), Some(0), "{}", out.stderr_str());
    let rows: Vec<Vec<String>> = out
        .stdout_str()
        .lines()
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect();
    assert_eq!(
        rows,
        [
            [
                "analysisruns",
                "ar",
                "argoproj.io/v1alpha1",
                "true",
                "AnalysisRun"
            ],
            [
                "analysistemplates",
                "at",
                "argoproj.io/v1alpha1",
                "true",
                "AnalysisTemplate"
            ],
            [
                "clusteranalysistemplates",
                "cat",
                "argoproj.io/v1alpha1",
                "false",
                "ClusterAnalysisTemplate"
            ],
            [
                "experiments",
                "exp",
                "argoproj.io/v1alpha1",
                "true",
                "Experiment"
            ],
            ["rollouts", "ro", "argoproj.io/v1alpha1", "true", "Rollout"],
        ]
    );
}

#[test]
fn without_argo_rollouts_kubectl_knows_no_rollouts() {
    let env = TestEnv::builder()
        .server(TestServer::builder().without_argo())
        .build();
    let out = env.kubectl(["get", "rollouts"]);
    assert_eq!(out.code(), Some(1));
    assert_eq!(
        out.stderr_str(),
        "error: the server doesn't have a resource type \"rollouts\"\n"
    );

    let out = env.kubectl([
        "get",
        "--raw",
        "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts",
    ]);
    assert_eq!(out.code(), Some(1));
    assert_eq!(
        out.stderr_str(),
        "Error from server (NotFound): the server could not find the requested resource\n"
    );
}

#[test]
fn watch_shows_a_change_made_by_the_test() {
    let env = env_with_world();
    let watch = env.kubectl_spawn([
        "get",
        "rollouts",
        "--watch-only",
        "--no-headers",
        "-o",
        "custom-columns=NAME:.metadata.name,REPLICAS:.spec.replicas",
    ]);
    assert!(
        env.wait_for_request(Duration::from_secs(10), |r| r.is_watch() && r.status == 200),
        "kubectl never started watching: {:?}",
        env.requests()
    );
    env.mutate(RO, "rollouts", "default", "web", |ro| {
        ro["spec"]["replicas"] = 7.into()
    });
    let seen = watch.wait_for_stdout(Duration::from_secs(10), |s| s.contains('7'));
    let out = watch.kill();
    assert!(
        seen,
        "stdout: {:?} stderr: {:?}",
        out.stdout_str(),
        out.stderr_str()
    );
    assert_eq!(
        out.stdout_str().split_whitespace().collect::<Vec<_>>(),
        ["web", "7"]
    );
}
