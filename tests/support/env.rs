//! A hermetic test environment: a TestServer, a temp dir with a kubeconfig pointing at it,
//! and bounded runs of our binary and of the real kubectl against it.

use std::ffi::OsStr;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use super::server::{ServerBuilder, TestServer};

/// How long `run` and `kubectl` wait before killing the process and failing the test.
pub const RUN_TIMEOUT: Duration = Duration::from_secs(30);

/// Variables that would leak the developer's cluster or terminal settings into a test.
pub const SCRUBBED_VARS: &[&str] = &[
    "KUBECONFIG",
    "HOME",
    "NO_COLOR",
    "FORCE_COLOR",
    "CLICOLOR",
    "CLICOLOR_FORCE",
    "COLUMNS",
    "KUBERNETES_SERVICE_HOST",
    "KUBERNETES_SERVICE_PORT",
];

pub struct EnvBuilder {
    server: ServerBuilder,
    namespace: Option<String>,
    token: Option<String>,
}

impl EnvBuilder {
    /// Options of the server itself (e.g. `TestServer::builder().without_argo()`).
    pub fn server(mut self, server: ServerBuilder) -> Self {
        self.server = server;
        self
    }

    /// The context's namespace (default `default`).
    pub fn namespace(mut self, ns: &str) -> Self {
        self.namespace = Some(ns.to_string());
        self
    }

    /// A context with no namespace set.
    pub fn no_namespace(mut self) -> Self {
        self.namespace = None;
        self
    }

    /// The bearer token the kubeconfig's user presents.
    pub fn token(mut self, token: &str) -> Self {
        self.token = Some(token.to_string());
        self
    }

    pub fn build(self) -> TestEnv {
        let server = self.server.start();
        let dir = tempfile::tempdir().expect("create temp dir");
        let kubeconfig = dir.path().join("kubeconfig");
        let env = TestEnv {
            server,
            dir,
            kubeconfig,
        };
        env.write_kubeconfig(self.namespace.as_deref(), self.token.as_deref());
        env
    }
}

pub struct TestEnv {
    pub server: TestServer,
    dir: tempfile::TempDir,
    kubeconfig: PathBuf,
}

impl std::ops::Deref for TestEnv {
    type Target = TestServer;
    fn deref(&self) -> &TestServer {
        &self.server
    }
}

impl TestEnv {
    /// Server with Argo Rollouts, context `test`, namespace `default`, no token.
    pub fn new() -> Self {
        Self::builder().build()
    }

    pub fn builder() -> EnvBuilder {
        EnvBuilder {
            server: ServerBuilder::default(),
            namespace: Some("default".into()),
            token: None,
        }
    }

    /// The temp dir, also used as HOME and as the working directory of commands.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn kubeconfig(&self) -> &Path {
        &self.kubeconfig
    }

    /// (Re)writes the kubeconfig: cluster `test` at the server's URL, user `test` (with
    /// `token` if given), context `test` (with `namespace` if given) as current context.
    pub fn write_kubeconfig(&self, namespace: Option<&str>, token: Option<&str>) {
        let ns_line = namespace
            .map(|ns| format!("\n    namespace: {ns}"))
            .unwrap_or_default();
        let user = match token {
            Some(t) => format!("\n    token: {t}"),
            None => " {}".to_string(),
        };
        let text = format!(
            "apiVersion: v1
kind: Config
clusters:
- name: test
  cluster:
    server: {url}
contexts:
- name: test
  context:
    cluster: test
    user: test{ns_line}
current-context: test
users:
- name: test
  user:{user}
preferences: {{}}
",
            url = self.server.url()
        );
        std::fs::write(&self.kubeconfig, text).expect("write kubeconfig");
    }

    fn hermetic(&self, program: &OsStr) -> Command {
        let mut cmd = Command::new(program);
        for var in SCRUBBED_VARS {
            cmd.env_remove(var);
        }
        cmd.env("HOME", self.dir())
            .env("KUBECONFIG", &self.kubeconfig)
            .current_dir(self.dir())
            .stdin(Stdio::null());
        cmd
    }

    /// Our binary, hermetic, with `args`.
    pub fn cmd<I, S>(&self, args: I) -> Command
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut cmd = self.hermetic(OsStr::new(env!("CARGO_BIN_EXE_kubectl-rollouts")));
        cmd.args(args);
        cmd
    }

    /// Runs our binary to completion; panics if it takes longer than `RUN_TIMEOUT`.
    pub fn run<I, S>(&self, args: I) -> Output
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        run_to_completion(self.cmd(args), RUN_TIMEOUT)
    }

    /// Runs our binary for at most `limit`, then kills it; returns what it printed and whether
    /// it had to be killed. For commands that do not end by themselves (watch modes).
    pub fn run_for<I, S>(&self, args: I, limit: Duration) -> (Output, bool)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        run_bounded(self.cmd(args), limit)
    }

    /// The real kubectl, hermetic, with `args`. Panics when kubectl is not installed.
    pub fn kubectl_cmd<I, S>(&self, args: I) -> Command
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let mut cmd = self.hermetic(kubectl_path().as_os_str());
        cmd.args(args);
        cmd
    }

    /// Our binary started in the background (watch modes).
    pub fn spawn<I, S>(&self, args: I) -> Background
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        Background::spawn(self.cmd(args))
    }

    /// The real kubectl started in the background.
    pub fn kubectl_spawn<I, S>(&self, args: I) -> Background
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        Background::spawn(self.kubectl_cmd(args))
    }

    pub fn kubectl<I, S>(&self, args: I) -> Output
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        run_to_completion(self.kubectl_cmd(args), RUN_TIMEOUT)
    }

    pub fn kubectl_for<I, S>(&self, args: I, limit: Duration) -> (Output, bool)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        run_bounded(self.kubectl_cmd(args), limit)
    }
}

impl Default for TestEnv {
    fn default() -> Self {
        Self::new()
    }
}

/// `kubectl` from PATH. The Google Cloud SDK installs a version dispatcher as `kubectl` that
/// picks a binary by server version; when its `kubectl.1.32` sits next to it, that one is
/// used so the tests always run kubectl 1.32.
pub fn kubectl_path() -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        let candidate = dir.join("kubectl");
        if candidate.is_file() {
            let resolved = std::fs::canonicalize(&candidate).unwrap_or(candidate);
            let pinned = resolved.with_file_name("kubectl.1.32");
            return if pinned.is_file() { pinned } else { resolved };
        }
    }
    panic!("kubectl is not on PATH: install kubectl v1.32 to run these tests");
}

/// Runs `cmd` with stdout/stderr captured, killing it after `limit`. Returns the output and
/// whether it was killed.
pub fn run_bounded(mut cmd: Command, limit: Duration) -> (Output, bool) {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    let pipe_reader = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out = pipe_reader(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err = pipe_reader(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let deadline = Instant::now() + limit;
    let mut killed = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                killed = true;
                break child.wait().expect("wait for killed child");
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => panic!("waiting for {cmd:?}: {e}"),
        }
    };
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    (
        Output {
            status,
            stdout,
            stderr,
        },
        killed,
    )
}

/// Runs `cmd`, failing the test if it does not finish within `limit`.
pub fn run_to_completion(cmd: Command, limit: Duration) -> Output {
    let desc = format!("{cmd:?}");
    let (output, killed) = run_bounded(cmd, limit);
    if killed {
        panic!(
            "{desc} did not finish within {limit:?}\n--- stdout\n{}\n--- stderr\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    output
}

/// Readable accessors for a finished command.
pub trait OutputExt {
    fn stdout_str(&self) -> String;
    fn stderr_str(&self) -> String;
    /// The exit code; `None` when killed by a signal.
    fn code(&self) -> Option<i32>;
    /// The exit code, or -1 when killed by a signal (for plain `assert_eq!`s).
    fn exit(&self) -> i32 {
        self.code().unwrap_or(-1)
    }
}

impl OutputExt for Output {
    fn stdout_str(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    fn stderr_str(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    fn code(&self) -> Option<i32> {
        self.status.code()
    }
}

/// A command running in the background with its output collected as it arrives; for watch
/// modes. Dropping it kills the process.
pub struct Background {
    child: std::process::Child,
    stdout: std::sync::Arc<std::sync::Mutex<Vec<u8>>>,
    stderr: std::sync::Arc<std::sync::Mutex<Vec<u8>>>,
    readers: Vec<std::thread::JoinHandle<()>>,
}

impl Background {
    pub fn spawn(mut cmd: Command) -> Self {
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
        let stdout = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let stderr = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let collect = |pipe: Box<dyn Read + Send>,
                       sink: std::sync::Arc<std::sync::Mutex<Vec<u8>>>| {
            std::thread::spawn(move || {
                let mut pipe = pipe;
                let mut buf = [0u8; 4096];
                while let Ok(n) = pipe.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    sink.lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .extend_from_slice(&buf[..n]);
                }
            })
        };
        let mut readers = Vec::new();
        if let Some(p) = child.stdout.take() {
            readers.push(collect(Box::new(p), stdout.clone()));
        }
        if let Some(p) = child.stderr.take() {
            readers.push(collect(Box::new(p), stderr.clone()));
        }
        Self {
            child,
            stdout,
            stderr,
            readers,
        }
    }

    pub fn stdout_so_far(&self) -> String {
        String::from_utf8_lossy(&self.stdout.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
    }

    pub fn stderr_so_far(&self) -> String {
        String::from_utf8_lossy(&self.stderr.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
    }

    /// Polls until `pred(stdout)` holds or `limit` passes; returns whether it held.
    pub fn wait_for_stdout(&self, limit: Duration, pred: impl Fn(&str) -> bool) -> bool {
        wait_until(limit, || pred(&self.stdout_so_far()))
    }

    /// Waits up to `limit` for the process to exit by itself, kills it otherwise; returns
    /// the output and whether it had to be killed.
    pub fn finish(mut self, limit: Duration) -> (Output, bool) {
        let deadline = Instant::now() + limit;
        let mut killed = false;
        let status = loop {
            match self.child.try_wait() {
                Ok(Some(s)) => break s,
                Ok(None) if Instant::now() >= deadline => {
                    let _ = self.child.kill();
                    killed = true;
                    break self.child.wait().expect("wait for killed child");
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(20)),
                Err(e) => panic!("waiting for background process: {e}"),
            }
        };
        for r in self.readers.drain(..) {
            let _ = r.join();
        }
        let output = Output {
            status,
            stdout: self
                .stdout
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clone(),
            stderr: self
                .stderr
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clone(),
        };
        (output, killed)
    }

    /// Kills the process now and returns what it printed.
    pub fn kill(self) -> Output {
        self.finish(Duration::ZERO).0
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Polls `cond` every 10 ms until it holds or `limit` passes; returns whether it held.
pub fn wait_until(limit: Duration, mut cond: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + limit;
    loop {
        if cond() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}
