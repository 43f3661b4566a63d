//! The foundation slice, end to end: `list rollouts` (aliases, `-n`, `-A`, `--name`, nothing
//! found) through kubeconfig → client → test server → table.

use crate::support::{OutputExt, TestEnv, objects};

/// Lines without their trailing spaces (the anchor pads the last column; the spec ignores it).
pub fn trimmed(text: &str) -> String {
    text.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

fn rollout_in(name: &str, ns: &str) -> String {
    objects::ROLLOUT_WEB.replace(
        "name: web\n  namespace: default",
        &format!("name: {name}\n  namespace: {ns}"),
    )
}

#[test]
fn lists_the_namespace_rollouts_in_the_anchor_format() {
    let env = TestEnv::new();
    env.load_yaml(&rollout_in("web", "default"));
    env.load_yaml(&rollout_in("elsewhere", "prod"));
    for alias in ["rollouts", "rollout", "ro"] {
        let out = env.run(["list", alias]);
        assert_eq!(out.exit(), 0, "{}", out.stderr_str());
        assert_eq!(
            trimmed(&out.stdout_str()),
            "\
NAME        STRATEGY   STATUS        STEP  SET-WEIGHT  READY  DESIRED  UP-TO-DATE  AVAILABLE
web         Canary     Paused        1/4   25          4/4    4        1           4
"
        );
        assert!(out.stderr_str().is_empty());
    }
}

#[test]
fn all_namespaces_adds_the_namespace_column() {
    let env = TestEnv::new();
    env.load_yaml(&rollout_in("web", "default"));
    env.load_yaml(&rollout_in("api-gateway-canary", "prod"));
    let out = env.run(["list", "rollouts", "-A"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert_eq!(
        trimmed(&out.stdout_str()),
        "\
NAMESPACE  NAME                STRATEGY   STATUS        STEP  SET-WEIGHT  READY  DESIRED  UP-TO-DATE  AVAILABLE
default    web                 Canary     Paused        1/4   25          4/4    4        1           4
prod       api-gateway-canary  Canary     Paused        1/4   25          4/4    4        1           4
"
    );
    let reqs = env.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0].path, "/apis/argoproj.io/v1alpha1/rollouts");
}

#[test]
fn name_reads_one_rollout_and_a_missing_one_fails() {
    let env = TestEnv::new();
    env.load_yaml(&rollout_in("web", "default"));
    env.load_yaml(&rollout_in("other", "default"));
    let out = env.run(["list", "rollouts", "--name", "web"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let text = out.stdout_str();
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.lines().nth(1).unwrap().starts_with("web "));

    let out = env.run(["list", "rollouts", "--name", "missing"]);
    assert_eq!(out.exit(), 1);
    assert!(out.stdout_str().is_empty());
    assert_eq!(
        out.stderr_str(),
        "error: rollouts.argoproj.io \"missing\" not found in namespace \"default\"\n"
    );
}

#[test]
fn nothing_found_goes_to_stderr_and_exits_zero() {
    let env = TestEnv::new();
    env.load_yaml(&rollout_in("web", "prod"));
    let out = env.run(["list", "rollouts"]);
    assert_eq!(out.exit(), 0);
    assert!(out.stdout_str().is_empty());
    assert_eq!(out.stderr_str(), "No resources found.\n");
}

#[test]
fn large_namespaces_are_read_in_pages() {
    let env = TestEnv::new();
    let docs: Vec<String> = (0..1203)
        .map(|i| rollout_in(&format!("r{i:04}"), "default"))
        .collect();
    env.load_yaml(&docs.join("\n---\n"));
    let out = env.run(["list", "rollouts"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert_eq!(out.stdout_str().lines().count(), 1204);
    let reqs = env.requests();
    assert_eq!(reqs.len(), 3, "1203 rollouts in pages of 500");
    assert_eq!(reqs[0].query_param("limit").as_deref(), Some("500"));
    assert!(reqs[1].query_param("continue").is_some());
}
