//! `playground` end to end: the binary serves its demo cluster, our commands and the real
//! kubectl work against it, the simulated controller answers the writes, and SIGINT stops it
//! cleanly (exit 0, socket closed, kubeconfig removed).

use std::fs::File;
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

use serde_json::Value;

use crate::support::env::run_to_completion;
use crate::support::{OutputExt, TestEnv, wait_until};

/// Generous bounds: the machine is shared, so nothing here is a timing assertion.
const START_LIMIT: Duration = Duration::from_secs(60);
const REACT_LIMIT: Duration = Duration::from_secs(90);
const RUN_LIMIT: Duration = Duration::from_secs(30);

/// The playground process; killed on drop if a test fails before stopping it.
struct Playground {
    child: Option<Child>,
    stdout: PathBuf,
    stderr: PathBuf,
    kubeconfig: PathBuf,
}

impl Playground {
    fn start(env: &TestEnv, extra: &[&str]) -> Playground {
        let kubeconfig = env.dir().join("playground.kubeconfig");
        let stdout = env.dir().join("playground.out");
        let stderr = env.dir().join("playground.err");
        let mut cmd = env.cmd(["playground", "--kubeconfig-out"]);
        cmd.arg(&kubeconfig).args(extra);
        cmd.stdout(Stdio::from(File::create(&stdout).unwrap()))
            .stderr(Stdio::from(File::create(&stderr).unwrap()));
        let child = cmd.spawn().expect("start the playground");
        let pg = Playground {
            child: Some(child),
            stdout,
            stderr,
            kubeconfig,
        };
        let ready = wait_until(START_LIMIT, || pg.kubeconfig.exists());
        assert!(ready, "no kubeconfig appeared; stderr: {}", pg.stderr());
        pg
    }

    fn stdout(&self) -> String {
        std::fs::read_to_string(&self.stdout).unwrap_or_default()
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    fn pid(&self) -> u32 {
        self.child.as_ref().unwrap().id()
    }

    /// The server address from the kubeconfig it wrote.
    fn addr(&self) -> SocketAddr {
        let text = std::fs::read_to_string(&self.kubeconfig).unwrap();
        let url = text
            .lines()
            .find_map(|l| l.trim().strip_prefix("server: "))
            .expect("a server line");
        url.trim_start_matches("http://")
            .parse()
            .expect("an address")
    }

    /// Our binary with KUBECONFIG pointing at the playground.
    fn run(&self, env: &TestEnv, args: &[&str]) -> Output {
        let mut cmd = env.cmd(args);
        cmd.env("KUBECONFIG", &self.kubeconfig);
        run_to_completion(cmd, RUN_LIMIT)
    }

    fn kubectl(&self, env: &TestEnv, args: &[&str]) -> Output {
        let mut cmd = env.kubectl_cmd(args);
        cmd.env("KUBECONFIG", &self.kubeconfig);
        run_to_completion(cmd, RUN_LIMIT)
    }

    /// An object as the playground's server holds it, read with the real kubectl.
    fn get(&self, env: &TestEnv, kind: &str, ns: &str, name: &str) -> Value {
        let out = self.kubectl(env, &["get", kind, name, "-n", ns, "-o", "json"]);
        assert_eq!(
            out.exit(),
            0,
            "kubectl get {kind} {name}: {}",
            out.stderr_str()
        );
        serde_json::from_slice(&out.stdout).expect("kubectl prints JSON")
    }

    /// Polls the rollout until `cond` holds; fails the test with its last status otherwise.
    fn wait_rollout(&self, env: &TestEnv, name: &str, what: &str, cond: impl Fn(&Value) -> bool) {
        let mut last = Value::Null;
        let held = wait_until(REACT_LIMIT, || {
            last = self.get(env, "rollouts.argoproj.io", "default", name);
            cond(&last)
        });
        assert!(
            held,
            "{what}: not reached; last status {}",
            serde_json::to_string_pretty(&last["status"]).unwrap()
        );
    }

    /// Sends SIGINT and waits (bounded) for the exit status.
    fn interrupt(&mut self) -> Option<i32> {
        let pid = self.pid().to_string();
        let sent = Command::new("kill")
            .args(["-INT", &pid])
            .status()
            .expect("run kill");
        assert!(sent.success());
        let mut child = self.child.take().unwrap();
        let mut status = None;
        let exited = wait_until(RUN_LIMIT, || {
            status = child.try_wait().ok().flatten();
            status.is_some()
        });
        if !exited {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the playground did not stop on SIGINT");
        }
        status.and_then(|s| s.code())
    }
}

impl Drop for Playground {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

fn s<'a>(v: &'a Value, path: &[&str]) -> &'a str {
    path.iter()
        .try_fold(v, |cur, p| cur.get(*p))
        .and_then(Value::as_str)
        .unwrap_or("")
}

fn step_index(ro: &Value) -> i64 {
    ro["status"]["currentStepIndex"].as_i64().unwrap_or(-1)
}

#[test]
fn playground_serves_examples_and_its_controller_answers_our_commands() {
    let env = TestEnv::new();
    let mut pg = Playground::start(&env, &["--speed", "40", "--seed", "11"]);
    let banner = pg.stdout();
    assert!(banner.contains("not Argo Rollouts"), "{banner}");
    assert!(
        banner.contains(&format!("export KUBECONFIG={}", pg.kubeconfig.display())),
        "{banner}"
    );

    // The paused canary, as our binary shows it.
    let out = pg.run(&env, &["get", "rollout", "web"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let text = out.stdout_str();
    assert!(text.contains("Message:         CanaryPauseStep"), "{text}");
    assert!(text.contains("Step:          1/7"), "{text}");

    // set-weight: the controller restarts the rewritten plan and scales the canary to 60%.
    let out = pg.run(&env, &["set-weight", "web", "60"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    pg.wait_rollout(&env, "web", "canary at 60% and paused", |ro| {
        step_index(ro) == 1
            && s(ro, &["status", "message"]) == "CanaryPauseStep"
            && ro["status"]["updatedReplicas"] == 3
            && ro["status"]["availableReplicas"] == 5
    });
    let canary = pg.get(&env, "replicasets.apps", "default", "web-5f8c7d9b64");
    assert_eq!(canary["spec"]["replicas"], 3);

    // promote: the pause ends and the remaining steps run to a new stable revision.
    let out = pg.run(&env, &["promote", "web"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert_eq!(out.stdout_str(), "rollout 'web' promoted\n");
    pg.wait_rollout(&env, "web", "fully promoted", |ro| {
        s(ro, &["status", "phase"]) == "Healthy" && s(ro, &["status", "stableRS"]) == "5f8c7d9b64"
    });

    // undo: revision 2's template comes back; its ReplicaSet becomes revision 4, and as for
    // any update that is not a return to the stable ReplicaSet, the steps start over.
    let out = pg.run(&env, &["undo", "web"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    pg.wait_rollout(
        &env,
        "web",
        "undo to blue paused at the first pause",
        |ro| {
            s(ro, &["status", "currentPodHash"]) == "7b9d4c6f58"
                && s(
                    ro,
                    &["metadata", "annotations", "rollout.argoproj.io/revision"],
                ) == "4"
                && s(ro, &["status", "message"]) == "CanaryPauseStep"
        },
    );
    let out = pg.run(&env, &["get", "rollout", "web"]);
    assert!(
        out.stdout_str().contains("# revision:4"),
        "{}",
        out.stdout_str()
    );

    // promote --full: straight to the end.
    let out = pg.run(&env, &["promote", "web", "--full"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    pg.wait_rollout(&env, "web", "blue is stable again", |ro| {
        s(ro, &["status", "phase"]) == "Healthy" && s(ro, &["status", "stableRS"]) == "7b9d4c6f58"
    });

    // The real kubectl sees every example rollout.
    let out = pg.kubectl(&env, &["get", "rollouts", "-A"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let text = out.stdout_str();
    for (ns, name) in [
        ("default", "web"),
        ("default", "checkout"),
        ("default", "payments"),
        ("team-a", "search"),
        ("team-a", "api"),
    ] {
        assert!(
            text.lines()
                .any(|l| l.starts_with(ns) && l.split_whitespace().nth(1) == Some(name)),
            "{ns}/{name} missing:\n{text}"
        );
    }

    // Ctrl-C: exit 0, the socket closed, the kubeconfig gone.
    let addr = pg.addr();
    assert!(TcpStream::connect_timeout(&addr, Duration::from_secs(5)).is_ok());
    let code = pg.interrupt();
    assert_eq!(code, Some(0), "stderr: {}", pg.stderr());
    assert!(
        TcpStream::connect_timeout(&addr, Duration::from_secs(2)).is_err(),
        "{addr} still accepts connections"
    );
    assert!(!pg.kubeconfig.exists(), "the kubeconfig was not removed");
    assert!(
        pg.stderr().contains("playground stopped"),
        "{}",
        pg.stderr()
    );
}

#[test]
fn playground_blue_green_promote_and_aborted_canary_retry() {
    let env = TestEnv::new();
    let mut pg = Playground::start(&env, &["--speed", "40", "--seed", "3"]);
    let out = pg.run(&env, &["promote", "checkout"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    pg.wait_rollout(&env, "checkout", "preview becomes active", |ro| {
        s(ro, &["status", "blueGreen", "activeSelector"]) == "7f4b6d8c59"
            && s(ro, &["status", "phase"]) == "Healthy"
    });
    // scaleDownDelaySeconds 60 at 40× is 1.5s: the old active ReplicaSet goes to 0.
    let mut last = Value::Null;
    assert!(
        wait_until(REACT_LIMIT, || {
            last = pg.get(&env, "replicasets.apps", "default", "checkout-69c8b7d4f5");
            last["spec"]["replicas"] == 0
        }),
        "old active ReplicaSet not scaled down: {}",
        last["spec"]
    );

    let out = pg.run(&env, &["status", "payments", "--watch=false"]);
    assert_eq!(out.exit(), 1, "Degraded: {}", out.stdout_str());
    let out = pg.run(&env, &["retry", "rollout", "payments"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    pg.wait_rollout(
        &env,
        "payments",
        "retried canary at its first pause",
        |ro| step_index(ro) >= 1 && s(ro, &["status", "phase"]) != "Degraded",
    );
    assert_eq!(pg.interrupt(), Some(0), "stderr: {}", pg.stderr());
}

#[test]
fn kubeconfig_out_refuses_an_existing_path() {
    let env = TestEnv::new();
    let path = env.dir().join("existing.kubeconfig");
    std::fs::write(&path, "keep me\n").unwrap();
    let out = env.run(["playground", "--kubeconfig-out", path.to_str().unwrap()]);
    assert_eq!(out.exit(), 2);
    let err = out.stderr_str();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("already exists"), "{err}");
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me\n");
}

#[test]
fn sigterm_also_stops_it_and_removes_the_temporary_kubeconfig() {
    let env = TestEnv::new();
    let out_path = env.dir().join("pg.out");
    let mut cmd = env.cmd(["playground", "--seed", "1"]);
    cmd.stdout(Stdio::from(File::create(&out_path).unwrap()))
        .stderr(Stdio::null());
    let mut child = cmd.spawn().unwrap();
    // The temporary kubeconfig's path is in the banner.
    let mut kubeconfig = None;
    wait_until(START_LIMIT, || {
        let text = std::fs::read_to_string(&out_path).unwrap_or_default();
        kubeconfig = text
            .lines()
            .find_map(|l| l.trim().strip_prefix("export KUBECONFIG="))
            .map(PathBuf::from);
        kubeconfig.is_some()
    });
    let Some(kubeconfig) = kubeconfig else {
        let _ = child.kill();
        let _ = child.wait();
        panic!("no banner");
    };
    assert!(kubeconfig.exists());
    let dir = kubeconfig.parent().map(Path::to_path_buf).unwrap();
    let sent = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let mut status = None;
    let done = wait_until(RUN_LIMIT, || {
        status = child.try_wait().ok().flatten();
        status.is_some()
    });
    if !done {
        let _ = child.kill();
        let _ = child.wait();
        panic!("the playground did not stop on SIGTERM");
    }
    assert_eq!(status.and_then(|s| s.code()), Some(0));
    assert!(!kubeconfig.exists());
    assert!(!dir.exists(), "{} left behind", dir.display());
}

#[test]
fn a_port_in_use_is_a_one_line_error_and_no_kubeconfig() {
    let env = TestEnv::new();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let kc = env.dir().join("never.kubeconfig");
    let out = env.run([
        "playground",
        "--port",
        &port,
        "--kubeconfig-out",
        kc.to_str().unwrap(),
    ]);
    assert_eq!(out.exit(), 1);
    let err = out.stderr_str();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!("error: cannot listen on 127.0.0.1:{port}")),
        "{err}"
    );
    assert!(!kc.exists());
}

/// Pod names as the real kubectl lists them, sorted.
fn pod_names(pg: &Playground, env: &TestEnv) -> Vec<String> {
    let out = pg.kubectl(env, &["get", "pods", "-A", "-o", "name"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let mut names: Vec<String> = out.stdout_str().lines().map(str::to_string).collect();
    names.sort();
    names
}

#[test]
fn the_same_seed_gives_the_same_pod_names() {
    let mut runs = Vec::new();
    for seed in ["5", "5", "6"] {
        let env = TestEnv::new();
        let mut pg = Playground::start(&env, &["--seed", seed]);
        runs.push(pod_names(&pg, &env));
        assert_eq!(pg.interrupt(), Some(0), "stderr: {}", pg.stderr());
    }
    assert!(runs[0].len() > 20, "{:?}", runs[0]);
    assert!(runs[0].iter().any(|p| p.starts_with("pod/web-7b9d4c6f58-")));
    assert_eq!(runs[0], runs[1]);
    assert_ne!(runs[0], runs[2]);
}
