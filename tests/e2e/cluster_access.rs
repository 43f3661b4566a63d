//! Cluster access as kubectl does it, through the real binary: kubeconfig merging, contexts,
//! namespaces, tokens, and the one-line errors (unreachable, timeout, 401, 403, unknown
//! context, Argo Rollouts not installed), with their exit codes.

use std::time::{Duration, Instant};

use crate::support::{Fault, OutputExt, ServerBuilder, TestEnv, objects};

fn rollout_yaml(name: &str, ns: &str) -> String {
    objects::ROLLOUT_WEB.replace(
        "name: web\n  namespace: default",
        &format!("name: {name}\n  namespace: {ns}"),
    )
}

#[test]
fn version_prints_the_crate_version() {
    let env = TestEnv::new();
    let out = env.run(["version"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(
        out.stdout_str().starts_with(&format!(
            "kubectl-rollouts: v{}\n",
            env!("CARGO_PKG_VERSION")
        )),
        "{}",
        out.stdout_str()
    );
    let json = env.run(["version", "-o", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json.stdout_str()).expect("json");
    assert_eq!(v["version"], format!("v{}", env!("CARGO_PKG_VERSION")));
    assert!(
        env.requests().is_empty(),
        "version must not talk to the server"
    );
}

#[test]
fn context_namespace_is_used_when_no_flag() {
    let env = TestEnv::builder().namespace("team-a").build();
    env.load_yaml(&rollout_yaml("alpha", "team-a"));
    env.load_yaml(&rollout_yaml("beta", "team-b"));
    let out = env.run(["list", "rollouts"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(out.stdout_str().contains("alpha"));
    assert!(!out.stdout_str().contains("beta"));
    let paths: Vec<String> = env.requests().iter().map(|r| r.path.clone()).collect();
    assert_eq!(
        paths,
        vec!["/apis/argoproj.io/v1alpha1/namespaces/team-a/rollouts"]
    );
}

#[test]
fn no_namespace_in_context_means_default() {
    let env = TestEnv::builder().no_namespace().build();
    env.load_yaml(&rollout_yaml("alpha", "default"));
    let out = env.run(["list", "rollouts"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(out.stdout_str().contains("alpha"));
    assert_eq!(
        env.requests()[0].path,
        "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts"
    );
}

#[test]
fn kubeconfig_list_is_merged_first_file_wins() {
    // Like kubectl: with KUBECONFIG=a:b the first file that sets current-context wins, and
    // contexts from both files are usable.
    let env = TestEnv::new();
    env.load_yaml(&rollout_yaml("alpha", "team-b"));
    let first = env.dir().join("first");
    let second = env.dir().join("second");
    std::fs::write(
        &first,
        "apiVersion: v1\nkind: Config\ncurrent-context: other\ncontexts:\n- name: other\n  context:\n    cluster: test\n    user: test\n    namespace: team-b\n",
    )
    .unwrap();
    std::fs::copy(env.kubeconfig(), &second).unwrap();
    let joined = format!("{}:{}", first.display(), second.display());
    let out = env
        .cmd(["list", "rollouts"])
        .env("KUBECONFIG", &joined)
        .output()
        .unwrap();
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(out.stdout_str().contains("alpha"), "{}", out.stdout_str());
    // The other context is still there by name.
    let out = env
        .cmd(["list", "rollouts", "--context", "test", "-n", "team-b"])
        .env("KUBECONFIG", &joined)
        .output()
        .unwrap();
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
}

#[test]
fn kubeconfig_flag_overrides_the_environment() {
    let env = TestEnv::new();
    env.load_yaml(&rollout_yaml("alpha", "default"));
    let out = env
        .cmd([
            "--kubeconfig",
            env.kubeconfig().to_str().unwrap(),
            "list",
            "rollouts",
        ])
        .env("KUBECONFIG", "/nonexistent/kubeconfig")
        .output()
        .unwrap();
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(out.stdout_str().contains("alpha"));
}

#[test]
fn unknown_context_is_named() {
    let env = TestEnv::new();
    let out = env.run(["list", "rollouts", "--context", "prod-eu"]);
    assert_eq!(out.exit(), 4);
    assert_eq!(
        out.stderr_str(),
        format!(
            "error: context \"prod-eu\" does not exist in the kubeconfig {}\n",
            env.kubeconfig().display()
        )
    );
    assert!(out.stdout_str().is_empty());
    assert!(env.requests().is_empty());
}

#[test]
fn unreachable_server_is_one_line_naming_it() {
    // A port nothing listens on: bind, note the port, close.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let env = TestEnv::new();
    let text = std::fs::read_to_string(env.kubeconfig()).unwrap();
    let text = text.replace(&env.url(), &format!("http://127.0.0.1:{port}"));
    std::fs::write(env.kubeconfig(), text).unwrap();
    let started = Instant::now();
    let out = env.run(["list", "rollouts"]);
    assert_eq!(out.exit(), 4);
    let err = out.stderr_str();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!(
            "error: cannot reach the cluster at http://127.0.0.1:{port}: "
        )),
        "{err}"
    );
    // Bounded: a few quick retries, not a hang.
    assert!(started.elapsed() < Duration::from_secs(15));
}

#[test]
fn server_that_never_answers_hits_the_request_timeout() {
    let env = TestEnv::new();
    env.inject("GET", "/apis/argoproj.io", Fault::Hang);
    let out = env.run(["list", "rollouts", "--request-timeout", "1s"]);
    assert_eq!(out.exit(), 4, "{}", out.stderr_str());
    assert_eq!(
        out.stderr_str(),
        format!(
            "error: the cluster at {} did not answer within 1s (see --request-timeout)\n",
            env.url()
        )
    );
}

#[test]
fn bad_request_timeout_is_a_usage_error() {
    let env = TestEnv::new();
    let out = env.run(["list", "rollouts", "--request-timeout", "soon"]);
    assert_eq!(out.exit(), 2);
    assert_eq!(out.stderr_str().lines().count(), 1);
    assert!(
        out.stderr_str()
            .contains("invalid --request-timeout \"soon\"")
    );
    assert!(env.requests().is_empty());
}

#[test]
fn wrong_token_says_unauthorized_without_printing_it() {
    let env = TestEnv::builder()
        .server(ServerBuilder::default().token("right-token-123"))
        .token("wrong-token-456")
        .build();
    let out = env.run(["list", "rollouts"]);
    assert_eq!(out.exit(), 4);
    assert_eq!(
        out.stderr_str(),
        "error: Unauthorized: check your credentials for context test\n"
    );
    let all = format!("{}{}", out.stdout_str(), out.stderr_str());
    assert!(!all.contains("wrong-token-456"));
    assert_eq!(
        env.requests()[0].authorization.as_deref(),
        Some("Bearer wrong-token-456")
    );
}

#[test]
fn right_token_is_sent() {
    let env = TestEnv::builder()
        .server(ServerBuilder::default().token("right-token-123"))
        .token("right-token-123")
        .build();
    env.load_yaml(&rollout_yaml("alpha", "default"));
    let out = env.run(["list", "rollouts"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(out.stdout_str().contains("alpha"));
}

#[test]
fn forbidden_says_so_and_names_the_context() {
    let env = TestEnv::new();
    env.forbid(
        "GET",
        "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts",
    );
    let out = env.run(["list", "rollouts"]);
    assert_eq!(out.exit(), 4);
    let err = out.stderr_str();
    assert!(err.starts_with("error: Forbidden: "), "{err}");
    assert!(err.trim_end().ends_with("(context test)"), "{err}");
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn argo_rollouts_not_installed_is_explained() {
    let env = TestEnv::builder()
        .server(ServerBuilder::default().without_argo())
        .build();
    for args in [vec!["list", "rollouts"], vec!["get", "rollout", "web"]] {
        let out = env.run(&args);
        assert_eq!(out.exit(), 4, "{args:?}");
        assert_eq!(
            out.stderr_str(),
            "error: the server does not serve rollouts.argoproj.io (argoproj.io/v1alpha1): is Argo Rollouts installed in this cluster?\n"
        );
    }
}

#[test]
fn transient_read_failures_are_retried() {
    let env = TestEnv::new();
    env.load_yaml(&rollout_yaml("alpha", "default"));
    env.inject_times(
        "GET",
        "/apis/argoproj.io",
        Fault::FailN {
            count: 1,
            status: 503,
            retry_after: None,
        },
        2,
    );
    let out = env.run(["list", "rollouts"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(out.stdout_str().contains("alpha"));
    assert_eq!(env.requests().len(), 3);
}

#[test]
fn usage_errors_exit_2() {
    let env = TestEnv::new();
    for args in [
        vec!["list", "nothing"],
        vec!["undo", "web", "--to-revision", "abc"],
        vec!["set-weight", "web", "-5"],
        vec!["get", "rollout"],
    ] {
        let out = env.run(&args);
        assert_eq!(out.exit(), 2, "{args:?}: {}", out.stderr_str());
    }
    assert!(env.requests().is_empty());
}
