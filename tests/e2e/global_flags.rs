//! kubectl's global flags through the real binary: `--server`/`--token` over the kubeconfig,
//! impersonation headers on every request, `-v` request lines without secrets, basic auth,
//! the accepted-but-meaningless flags, and the kubeconfig errors a person can act on. Where
//! kubectl must behave the same, the real kubectl runs the same flags against the same server.

use std::time::Duration;

use crate::support::tls::{TlsFront, tls_fixture};
use crate::support::{Fault, OutputExt, ServerBuilder, TestEnv, objects};

const ROLLOUTS: &str = "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts";

fn env_with_web() -> TestEnv {
    let env = TestEnv::new();
    env.load_yaml(objects::ROLLOUT_WEB);
    env
}

/// A kubeconfig with no cluster, user or context: only the flags say where to go.
fn empty_kubeconfig(env: &TestEnv) -> String {
    let path = env.dir().join("empty.kubeconfig");
    std::fs::write(&path, "apiVersion: v1\nkind: Config\n").unwrap();
    path.display().to_string()
}

#[test]
fn server_and_token_flags_reach_a_cluster_the_kubeconfig_does_not_name() {
    let env = TestEnv::builder()
        .server(ServerBuilder::default().token("flag-token-7f3a"))
        .build();
    env.load_yaml(objects::ROLLOUT_WEB);
    let kc = empty_kubeconfig(&env);
    let url = env.url();
    let out = env.run([
        "list",
        "rollouts",
        "--kubeconfig",
        &kc,
        "--server",
        &url,
        "--token",
        "flag-token-7f3a",
    ]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(out.stdout_str().contains("web"), "{}", out.stdout_str());
    let reqs = env.requests();
    assert_eq!(reqs.len(), 1, "{reqs:?}");
    assert_eq!(
        reqs[0].authorization.as_deref(),
        Some("Bearer flag-token-7f3a")
    );
    assert_eq!(reqs[0].path, ROLLOUTS);
}

#[test]
fn server_flag_wins_over_the_kubeconfig_like_kubectl() {
    let env = env_with_web();
    // The kubeconfig's cluster is a port nobody listens on; the flag points at the server.
    let text = std::fs::read_to_string(env.kubeconfig()).unwrap();
    std::fs::write(
        env.kubeconfig(),
        text.replace(&env.url(), "http://127.0.0.1:1"),
    )
    .unwrap();
    let url = env.url();
    let ours = env.run(["list", "rollouts", "-s", &url]);
    assert_eq!(ours.exit(), 0, "{}", ours.stderr_str());
    assert!(ours.stdout_str().contains("web"));
    let theirs = env.kubectl(["get", "rollouts.argoproj.io", "-s", &url, "-o", "name"]);
    assert_eq!(theirs.code(), Some(0), "{}", theirs.stderr_str());
    assert_eq!(theirs.stdout_str(), "rollout.argoproj.io/web\n");
    // Both read the namespace from the kubeconfig's context.
    let ns_paths = env
        .requests()
        .iter()
        .filter(|r| r.path.ends_with("/rollouts"))
        .count();
    assert_eq!(ns_paths, 2);
}

#[test]
fn server_flag_on_an_empty_kubeconfig_works_for_us_and_for_kubectl() {
    let env = env_with_web();
    let kc = empty_kubeconfig(&env);
    let url = env.url();
    let ours = env.run(["list", "rollouts", "--kubeconfig", &kc, "--server", &url]);
    assert_eq!(ours.exit(), 0, "{}", ours.stderr_str());
    assert!(ours.stdout_str().contains("web"));
    let theirs = env.kubectl([
        "get",
        "rollouts.argoproj.io",
        "--kubeconfig",
        &kc,
        "--server",
        &url,
        "-o",
        "name",
    ]);
    assert_eq!(theirs.code(), Some(0), "{}", theirs.stderr_str());
    assert_eq!(theirs.stdout_str(), "rollout.argoproj.io/web\n");
}

#[test]
fn a_token_flag_wins_over_the_kubeconfig_token_and_is_never_printed() {
    let env = TestEnv::builder()
        .server(ServerBuilder::default().token("right-token-91c2"))
        .token("stale-token-0000")
        .build();
    env.load_yaml(objects::ROLLOUT_WEB);
    let ok = env.run(["list", "rollouts", "--token", "right-token-91c2", "-v", "9"]);
    assert_eq!(ok.exit(), 0, "{}", ok.stderr_str());
    assert!(
        !ok.stderr_str().contains("right-token-91c2"),
        "{}",
        ok.stderr_str()
    );
    env.clear_requests();
    let refused = env.run([
        "get",
        "rollout",
        "web",
        "--token",
        "wrong-token-5d5d",
        "--v=9",
    ]);
    assert_eq!(refused.exit(), 4);
    let all = format!("{}{}", refused.stdout_str(), refused.stderr_str());
    assert!(!all.contains("wrong-token-5d5d"), "{all}");
    assert!(
        all.contains("error: Unauthorized: check your credentials for context test"),
        "{all}"
    );
    assert!(
        env.requests()
            .iter()
            .all(|r| { r.authorization.as_deref() == Some("Bearer wrong-token-5d5d") })
    );
}

#[test]
fn impersonation_flags_are_sent_on_every_request_as_kubectl_sends_them() {
    let env = env_with_web();
    let flags = [
        "--as",
        "alice@example.com",
        "--as-group",
        "release-managers",
        "--as-group",
        "system:authenticated",
        "--as-uid",
        "4f1c",
    ];
    let mut ours = vec!["get", "rollout", "web"];
    ours.extend(flags);
    let out = env.run(&ours);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let ours_reqs = env.requests();
    assert!(ours_reqs.len() >= 2, "get reads several collections");
    env.clear_requests();
    let mut theirs = vec!["get", "rollouts.argoproj.io", "web", "-o", "name"];
    theirs.extend(flags);
    let k = env.kubectl(&theirs);
    assert_eq!(k.code(), Some(0), "{}", k.stderr_str());
    let kubectl_reqs = env.requests();
    for r in ours_reqs.iter().chain(&kubectl_reqs) {
        assert_eq!(
            r.impersonate_user.as_deref(),
            Some("alice@example.com"),
            "{r:?}"
        );
        assert_eq!(
            r.impersonate_groups,
            ["release-managers", "system:authenticated"],
            "{r:?}"
        );
        assert_eq!(r.impersonate_uid.as_deref(), Some("4f1c"), "{r:?}");
    }
}

#[test]
fn a_refusal_while_impersonating_names_the_impersonated_user() {
    let env = env_with_web();
    env.forbid("PATCH", ROLLOUTS);
    let out = env.run([
        "promote",
        "web",
        "--as",
        "system:serviceaccount:ci:deployer",
    ]);
    assert_eq!(out.exit(), 4, "{}", out.stderr_str());
    let err = out.stderr_str();
    assert!(
        err.contains("User \"system:serviceaccount:ci:deployer\" cannot patch resource \"rollouts"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    let k = env.kubectl([
        "patch",
        "rollouts.argoproj.io",
        "web",
        "--type",
        "merge",
        "-p",
        "{}",
        "--as",
        "system:serviceaccount:ci:deployer",
    ]);
    assert_ne!(k.code(), Some(0));
    assert!(
        k.stderr_str()
            .contains("User \"system:serviceaccount:ci:deployer\" cannot patch"),
        "{}",
        k.stderr_str()
    );
}

#[test]
fn groups_without_a_user_to_impersonate_are_a_usage_error_as_in_kubectl() {
    let env = env_with_web();
    let out = env.run(["list", "rollouts", "--as-group", "devs"]);
    assert_eq!(out.exit(), 2);
    assert_eq!(
        out.stderr_str(),
        "error: --as-group and --as-uid need --as (the user to impersonate)\n"
    );
    let k = env.kubectl(["get", "rollouts.argoproj.io", "--as-group", "devs"]);
    assert_ne!(k.code(), Some(0));
    assert!(env.requests().is_empty(), "neither sent a request");
}

#[test]
fn verbosity_six_logs_one_line_per_request_and_eight_adds_the_size() {
    let env = env_with_web();
    let out = env.run(["get", "rollout", "web", "-v", "6"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let err = out.stderr_str();
    let responses: Vec<&str> = err.lines().filter(|l| l.contains("\"Response\"")).collect();
    assert_eq!(responses.len(), env.requests().len(), "{err}");
    let first = &env.requests()[0];
    let url = format!("{}{}", env.url(), first.path);
    assert!(
        responses
            .iter()
            .any(|l| l.contains(&format!("verb=\"GET\" url=\"{url}"))
                && l.contains("status=\"200 OK\" milliseconds=")),
        "{err}"
    );
    assert!(responses.iter().all(|l| l.starts_with('I')), "{err}");
    assert!(!err.contains("bytes="), "{err}");
    assert!(err.contains("Config loaded from file:"), "{err}");

    env.clear_requests();
    let out = env.run(["list", "rollouts", "--v=8"]);
    let err = out.stderr_str();
    let served = env.requests()[0].response_bytes;
    assert!(err.contains(&format!("bytes={served}")), "{err}");

    let quiet = env.run(["list", "rollouts", "-v", "5"]);
    assert_eq!(quiet.stderr_str(), "");
}

#[test]
fn verbosity_logs_a_refused_request_with_its_status() {
    let env = env_with_web();
    env.forbid("GET", ROLLOUTS);
    let out = env.run(["list", "rollouts", "-v", "6"]);
    assert_eq!(out.exit(), 4);
    assert!(
        out.stderr_str().contains("status=\"403 Forbidden\""),
        "{}",
        out.stderr_str()
    );
}

#[test]
fn username_and_password_are_sent_as_basic_auth_like_kubectl_does() {
    let env = env_with_web();
    let out = env.run([
        "list",
        "rollouts",
        "--username",
        "admin",
        "--password",
        "pa55-word",
        "-v",
        "9",
    ]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(!out.stderr_str().contains("pa55-word"));
    // base64("admin:pa55-word")
    assert_eq!(
        env.requests()[0].authorization.as_deref(),
        Some("Basic YWRtaW46cGE1NS13b3Jk")
    );
}

#[test]
fn cache_dir_and_disable_compression_are_accepted_and_change_nothing() {
    let env = env_with_web();
    let plain = env.run(["list", "rollouts"]);
    let flagged = env.run([
        "list",
        "rollouts",
        "--cache-dir",
        "/nonexistent/cache",
        "--disable-compression",
    ]);
    assert_eq!(flagged.exit(), 0, "{}", flagged.stderr_str());
    assert_eq!(flagged.stdout_str(), plain.stdout_str());
    assert!(!env.dir().join("cache").exists());
}

#[test]
fn request_timeout_takes_fractions_of_a_second() {
    let env = env_with_web();
    for t in ["0.5", "1.5s", "2"] {
        let out = env.run(["list", "rollouts", "--request-timeout", t]);
        assert_eq!(out.exit(), 0, "{t}: {}", out.stderr_str());
    }
    env.inject(
        "GET",
        ROLLOUTS,
        Fault::Delay {
            duration: Duration::from_secs(2),
        },
    );
    let out = env.run(["list", "rollouts", "--request-timeout", "0.001"]);
    assert_eq!(out.exit(), 4, "{}", out.stderr_str());
    assert_eq!(
        out.stderr_str(),
        format!(
            "error: the cluster at {} did not answer within 0.001s (see --request-timeout)\n",
            env.url()
        )
    );
}

#[test]
fn a_missing_kubeconfig_is_named_once() {
    let env = env_with_web();
    let out = env.run(["list", "rollouts", "--kubeconfig", "/no/such/kubeconfig"]);
    assert_eq!(out.exit(), 4);
    assert_eq!(
        out.stderr_str(),
        "error: the kubeconfig /no/such/kubeconfig does not exist\n"
    );
    let listed = env
        .cmd(["list", "rollouts"])
        .env("KUBECONFIG", "/no/such/a:/no/such/b")
        .output()
        .unwrap();
    assert_eq!(
        listed.stderr_str(),
        "error: KUBECONFIG names no file that exists: /no/such/a:/no/such/b\n"
    );
    // A missing entry next to a real file is skipped, as kubectl skips it.
    let mixed = format!("/no/such/a:{}", env.kubeconfig().display());
    let ok = env
        .cmd(["list", "rollouts"])
        .env("KUBECONFIG", &mixed)
        .output()
        .unwrap();
    assert_eq!(ok.exit(), 0, "{}", ok.stderr_str());
}

#[test]
fn an_empty_kubeconfig_says_it_is_empty_and_one_without_a_current_context_says_so() {
    let env = env_with_web();
    let kc = empty_kubeconfig(&env);
    let out = env.run(["list", "rollouts", "--kubeconfig", &kc]);
    assert_eq!(out.exit(), 4);
    assert_eq!(
        out.stderr_str(),
        format!(
            "error: the kubeconfig {kc} is empty: no clusters, users or contexts (point --kubeconfig or KUBECONFIG at your cluster's kubeconfig, or pass --server)\n"
        )
    );
    let text = std::fs::read_to_string(env.kubeconfig()).unwrap();
    std::fs::write(
        env.kubeconfig(),
        text.replace("current-context: test\n", ""),
    )
    .unwrap();
    let out = env.run(["list", "rollouts"]);
    assert_eq!(
        out.stderr_str(),
        format!(
            "error: the kubeconfig {} has no current context: pass --context (one of: test) or run kubectl config use-context\n",
            env.kubeconfig().display()
        )
    );
    assert!(env.requests().is_empty());
}

/// A server behind TLS requiring a token, and an empty kubeconfig: only flags reach it.
fn tls_env(require_client_cert: bool) -> (TestEnv, TlsFront, String) {
    let env = TestEnv::builder()
        .server(ServerBuilder::default().token("tls-token-2b7e"))
        .build();
    env.load_yaml(objects::ROLLOUT_WEB);
    let front = TlsFront::start(env.addr(), require_client_cert);
    let kc = empty_kubeconfig(&env);
    (env, front, kc)
}

fn path(name: &str) -> String {
    tls_fixture(name).display().to_string()
}

/// `list rollouts` with the flags that reach the TLS front and trust it: the kubeconfig has
/// nothing, the flags everything.
fn list_over_tls(kc: &str, front: &TlsFront) -> Vec<String> {
    [
        "list",
        "rollouts",
        "--kubeconfig",
        kc,
        "-s",
        &front.url(),
        "--certificate-authority",
        &path("ca.pem"),
        "--token",
        "tls-token-2b7e",
    ]
    .map(str::to_string)
    .to_vec()
}

#[test]
fn certificate_authority_server_and_token_flags_work_over_tls_for_us_and_for_kubectl() {
    let (env, front, kc) = tls_env(false);
    let (url, ca) = (front.url(), path("ca.pem"));
    let flags = [
        "--kubeconfig",
        &kc,
        "--server",
        &url,
        "--certificate-authority",
        &ca,
        "--token",
        "tls-token-2b7e",
    ];
    let mut ours = vec!["list", "rollouts", "-o", "json"];
    ours.extend(flags);
    let out = env.run(&ours);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(
        out.stdout_str().contains("\"name\": \"web\""),
        "{}",
        out.stdout_str()
    );
    let mut theirs = vec!["get", "rollouts.argoproj.io", "-o", "name"];
    theirs.extend(flags);
    let k = env.kubectl(&theirs);
    assert_eq!(k.code(), Some(0), "{}", k.stderr_str());
    assert_eq!(k.stdout_str(), "rollout.argoproj.io/web\n");
    // Both sent the token over TLS.
    let rollouts = env.requests_matching("GET", ROLLOUTS);
    assert_eq!(rollouts.len(), 2);
    assert!(
        rollouts
            .iter()
            .all(|r| r.authorization.as_deref() == Some("Bearer tls-token-2b7e"))
    );
}

#[test]
fn without_the_ca_the_server_is_not_trusted_and_insecure_skips_the_check() {
    let (env, front, kc) = tls_env(false);
    let url = front.url();
    let out = env.run([
        "list",
        "rollouts",
        "--kubeconfig",
        &kc,
        "-s",
        &url,
        "--token",
        "tls-token-2b7e",
    ]);
    assert_eq!(out.exit(), 4, "{}", out.stderr_str());
    assert!(
        out.stderr_str()
            .starts_with(&format!("error: cannot reach the cluster at {url}")),
        "{}",
        out.stderr_str()
    );
    assert!(!out.stderr_str().contains("tls-token-2b7e"));
    assert!(env.requests().is_empty(), "no request got through");
    let out = env.run([
        "list",
        "rollouts",
        "--kubeconfig",
        &kc,
        "-s",
        &url,
        "--token",
        "tls-token-2b7e",
        "--insecure-skip-tls-verify",
    ]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(out.stdout_str().contains("web"));
}

#[test]
fn tls_server_name_picks_the_name_the_certificate_is_checked_against() {
    let (env, front, kc) = tls_env(false);
    let run = |name: &str| {
        let mut args = list_over_tls(&kc, &front);
        args.extend(["--tls-server-name".to_string(), name.to_string()]);
        env.run(&args)
    };
    let good = run("kubernetes.test");
    assert_eq!(good.exit(), 0, "{}", good.stderr_str());
    let bad = run("other.test");
    assert_eq!(bad.exit(), 4, "{}", bad.stderr_str());
    assert_eq!(env.requests().len(), 1, "only the right name got through");
}

#[test]
fn client_certificate_and_key_flags_authenticate_with_mutual_tls() {
    let (env, front, kc) = tls_env(true);
    let (url, ca, cert, key) = (
        front.url(),
        path("ca.pem"),
        path("client.pem"),
        path("client.key"),
    );
    let base = list_over_tls(&kc, &front);
    let refused = env.run(&base);
    assert_eq!(
        refused.exit(),
        4,
        "no client certificate: {}",
        refused.stderr_str()
    );
    let mut with_cert = base.clone();
    with_cert.extend(["--client-certificate", &cert, "--client-key", &key].map(str::to_string));
    let ok = env.run(&with_cert);
    assert_eq!(ok.exit(), 0, "{}", ok.stderr_str());
    assert!(front.client_certificates_seen() >= 1);
    let k = env.kubectl([
        "get",
        "rollouts.argoproj.io",
        "-o",
        "name",
        "--kubeconfig",
        &kc,
        "-s",
        &url,
        "--certificate-authority",
        &ca,
        "--token",
        "tls-token-2b7e",
        "--client-certificate",
        &cert,
        "--client-key",
        &key,
    ]);
    assert_eq!(k.code(), Some(0), "{}", k.stderr_str());
    // A certificate without its key is named, not a TLS failure.
    let mut half = base;
    half.extend(["--client-certificate", &cert].map(str::to_string));
    let out = env.run(&half);
    assert_eq!(out.exit(), 4);
    assert_eq!(
        out.stderr_str(),
        "error: a client certificate but no client key for context \"(--server)\" (add --client-key)\n"
    );
}
