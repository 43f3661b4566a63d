//! Shell completion end to end: `kubectl rollouts <TAB>` through the real kubectl's plugin
//! completion (`kubectl __complete rollouts …` runs `completions/kubectl_complete-rollouts`
//! from PATH), names from the test server, and the checked-in bash script in a real bash.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::support::env::{RUN_TIMEOUT, run_to_completion};
use crate::support::{OutputExt, TestEnv, objects};

fn rollout_in(name: &str, ns: &str) -> String {
    objects::ROLLOUT_WEB.replace(
        "name: web\n  namespace: default",
        &format!("name: {name}\n  namespace: {ns}"),
    )
}

const EXPERIMENTS: &str = "
apiVersion: argoproj.io/v1alpha1
kind: Experiment
metadata:
  name: web-3-exp
  namespace: default
spec: {}
---
apiVersion: argoproj.io/v1alpha1
kind: Experiment
metadata:
  name: checkout-7-exp
  namespace: default
spec: {}
";

const NAMESPACES: &str = "
apiVersion: v1
kind: Namespace
metadata:
  name: default
---
apiVersion: v1
kind: Namespace
metadata:
  name: prod
---
apiVersion: v1
kind: Namespace
metadata:
  name: preview
";

/// Rollouts `api`, `web`, `web-canary` in `default`, `worker` in `prod`, two experiments and
/// three namespaces.
fn world() -> TestEnv {
    let env = TestEnv::new();
    for (name, ns) in [
        ("web", "default"),
        ("web-canary", "default"),
        ("api", "default"),
        ("worker", "prod"),
    ] {
        env.load_yaml(&rollout_in(name, ns));
    }
    env.load_yaml(EXPERIMENTS);
    env.load_yaml(NAMESPACES);
    env
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A bin dir holding `kubectl-rollouts` (our binary) and the shipped
/// `kubectl_complete-rollouts`, and a PATH of it plus the system dirs (for `sh`).
fn plugin_path(env: &TestEnv) -> String {
    let bin = env.dir().join("bin");
    let path = format!("{}:/usr/local/bin:/usr/bin:/bin", bin.display());
    if bin.exists() {
        return path;
    }
    std::fs::create_dir_all(&bin).expect("bin dir");
    link_or_copy(
        Path::new(env!("CARGO_BIN_EXE_kubectl-rollouts")),
        &bin.join("kubectl-rollouts"),
    );
    let hook = bin.join("kubectl_complete-rollouts");
    std::fs::copy(repo().join("completions/kubectl_complete-rollouts"), &hook)
        .expect("copy kubectl_complete-rollouts");
    make_executable(&hook);
    path
}

fn link_or_copy(from: &Path, to: &Path) {
    if std::os::unix::fs::symlink(from, to).is_err() {
        std::fs::copy(from, to).expect("copy binary");
    }
}

fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mut perms = std::fs::metadata(path).expect("stat").permissions();
    perms.set_mode(0o755);
    std::fs::set_permissions(path, perms).expect("chmod");
}

/// `kubectl __complete rollouts WORDS…` with our plugin on PATH; returns stdout.
fn kubectl_complete(env: &TestEnv, words: &[&str]) -> String {
    let mut cmd = env.kubectl_cmd(["__complete", "rollouts"]);
    cmd.args(words).env("PATH", plugin_path(env));
    let out = run_to_completion(cmd, RUN_TIMEOUT);
    assert_eq!(
        out.exit(),
        0,
        "kubectl __complete failed: {}",
        out.stderr_str()
    );
    out.stdout_str()
}

#[test]
fn kubectl_completes_rollout_names_through_the_plugin_hook() {
    let env = world();
    assert_eq!(
        kubectl_complete(&env, &["get", "rollout", "we"]),
        "web\nweb-canary\n:4\n"
    );
    // Every rollout of the context's namespace when nothing is typed; the alias works too.
    assert_eq!(
        kubectl_complete(&env, &["get", "ro", ""]),
        "api\nweb\nweb-canary\n:4\n"
    );
    assert_eq!(kubectl_complete(&env, &["promote", "a"]), "api\n:4\n");
    let list = env.requests_matching(
        "GET",
        "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts",
    );
    assert!(!list.is_empty(), "names came from the server");
    assert!(env.writes().is_empty(), "completion never writes");
}

#[test]
fn the_typed_namespace_is_the_one_asked() {
    let env = world();
    assert_eq!(
        kubectl_complete(&env, &["-n", "prod", "undo", ""]),
        "worker\n:4\n"
    );
    assert_eq!(
        kubectl_complete(&env, &["set", "image", "--namespace=prod", "w"]),
        "worker\n:4\n"
    );
    assert_eq!(
        kubectl_complete(&env, &["status", "-n", "prod", "x"]),
        ":4\n"
    );
}

#[test]
fn experiments_for_experiment_commands() {
    let env = world();
    assert_eq!(
        kubectl_complete(&env, &["get", "experiment", ""]),
        "checkout-7-exp\nweb-3-exp\n:4\n"
    );
    assert_eq!(
        kubectl_complete(&env, &["retry", "exp", "w"]),
        "web-3-exp\n:4\n"
    );
}

#[test]
fn commands_flags_and_namespaces() {
    let env = world();
    assert_eq!(
        kubectl_complete(&env, &["se"]),
        "set-weight\tHold an in-flight canary at a chosen weight (rewrites the steps in the cluster)\n\
         set\tUpdate a field of a rollout\n:4\n"
    );
    assert_eq!(
        kubectl_complete(&env, &["list", "rollouts", "--na"]),
        "--name\tOnly the rollout with this name\n--namespace\tThe namespace (default: the context's namespace, else \"default\")\n:4\n"
    );
    assert_eq!(kubectl_complete(&env, &["-n", "p"]), "preview\nprod\n:4\n");
    assert_eq!(
        kubectl_complete(&env, &["list", "rollouts", "--name", "web-"]),
        "web-canary\n:4\n"
    );
}

#[test]
fn typed_kubeconfig_and_context_are_honoured() {
    let env = world();
    let kubeconfig = env.kubeconfig().display().to_string();
    // No KUBECONFIG in the environment: only the typed flag leads to the server.
    let mut cmd = env.cmd([
        "__complete",
        "--",
        "--kubeconfig",
        &kubeconfig,
        "abort",
        "w",
    ]);
    cmd.env_remove("KUBECONFIG");
    let out = run_to_completion(cmd, RUN_TIMEOUT);
    assert_eq!(out.stdout_str(), "web\nweb-canary\n:4\n");

    let out = env.run([
        "__complete",
        "--",
        "--context",
        "no-such-context",
        "abort",
        "w",
    ]);
    assert_eq!(out.exit(), 0);
    assert_eq!(out.stdout_str(), ":4\n");
    assert!(out.stderr_str().is_empty(), "{}", out.stderr_str());
}

#[test]
fn an_unreachable_cluster_gives_no_names_quickly_and_no_error() {
    let env = TestEnv::new();
    // A port nothing listens on (bound, then closed) and one that never answers are both
    // covered by the deadline; the closed port answers at once.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port");
    let config = env.dir().join("unreachable");
    std::fs::write(
        &config,
        format!(
            "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: http://{closed}\n\
             contexts:\n- name: c\n  context:\n    cluster: c\n    user: u\ncurrent-context: c\n\
             users:\n- name: u\n  user: {{}}\n"
        ),
    )
    .expect("write kubeconfig");
    let started = Instant::now();
    let mut cmd = env.cmd(["__complete", "--", "get", "rollout", ""]);
    cmd.env("KUBECONFIG", &config);
    let out = run_to_completion(cmd, RUN_TIMEOUT);
    assert_eq!(out.exit(), 0);
    assert_eq!(out.stdout_str(), ":4\n");
    assert!(out.stderr_str().is_empty(), "{}", out.stderr_str());
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn leading_flags_reach_the_completion_with_the_separator() {
    let env = world();
    let out = env.run(["__complete", "--", "-n", "prod", "pause", ""]);
    assert_eq!(out.stdout_str(), "worker\n:4\n");
}

/// Runs the checked-in bash script's completion function for `words` (the last one being
/// completed) and returns COMPREPLY, one word a line.
fn bash_complete(words: &[&str]) -> Option<String> {
    let script = repo().join("completions/kubectl-rollouts.bash");
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let cword = words.len() - 1;
    let cur = words[cword];
    let prev = words[cword - 1];
    let program = format!(
        "source '{}'\nCOMP_WORDS=({})\nCOMP_CWORD={cword}\n_kubectl__rollouts kubectl-rollouts '{cur}' '{prev}'\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        quoted.join(" ")
    );
    let bash = which("bash")?;
    let mut cmd = Command::new(bash);
    cmd.args(["--norc", "--noprofile", "-c", &program]);
    let out = run_to_completion(cmd, RUN_TIMEOUT);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    Some(out.stdout_str())
}

fn which(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(program))
        .find(|p| p.is_file())
}

#[test]
fn the_bash_script_completes_below_subcommands() {
    let Some(flags) = bash_complete(&["kubectl-rollouts", "set-weight", "web", "--no"]) else {
        eprintln!("bash is not installed; skipping");
        return;
    };
    assert_eq!(flags, "--no-pause\n--no-color\n");
    assert_eq!(
        bash_complete(&["kubectl-rollouts", "get", "rollout", "--w"]).as_deref(),
        Some("--watch\n")
    );
    assert_eq!(
        bash_complete(&["kubectl-rollouts", "lis"]).as_deref(),
        Some("list\n")
    );
}
