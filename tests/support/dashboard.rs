//! A `kubectl rollouts dashboard` started by a test against its TestEnv: the entry URL and
//! token it printed, requests with the token, and a clean stop (SIGTERM) or a kill on drop.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::client::{RawResponse, request_within};
use super::env::TestEnv;

/// How long a dashboard may take to print its URL.
const START_TIMEOUT: Duration = Duration::from_secs(20);
/// How long one request to it may take (a stream is cut there).
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

pub struct Dashboard {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub base: String,
    /// `/rollouts/` (the root path, with slashes)
    pub root: String,
    pub token: String,
    /// The URL it printed, token included.
    pub entry: String,
    stderr: Arc<Mutex<Vec<u8>>>,
}

impl Dashboard {
    /// Starts `dashboard --port 0 EXTRA…` and waits for its URL line.
    pub fn start(env: &TestEnv, extra: &[&str]) -> Dashboard {
        Self::start_with(env, extra, &[])
    }

    /// As [`start`](Self::start), with environment variables.
    pub fn start_with(env: &TestEnv, extra: &[&str], vars: &[(&str, &str)]) -> Dashboard {
        let mut args = vec!["dashboard", "--port", "0"];
        args.extend_from_slice(extra);
        let mut cmd = env.cmd(&args);
        for (k, v) in vars {
            cmd.env(k, v);
        }
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("start the dashboard");
        let stdout = child.stdout.take().expect("stdout");
        let stderr = Arc::new(Mutex::new(Vec::new()));
        if let Some(mut e) = child.stderr.take() {
            let sink = stderr.clone();
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                while let Ok(n) = e.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    sink.lock().unwrap().extend_from_slice(&buf[..n]);
                }
            });
        }
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let deadline = Instant::now() + START_TIMEOUT;
        let line = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(l) if l.contains("http://") => break l,
                Ok(_) => continue,
                Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    panic!(
                        "the dashboard printed no URL within {START_TIMEOUT:?}; stderr: {}",
                        String::from_utf8_lossy(&stderr.lock().unwrap())
                    );
                }
            }
        };
        let entry = line[line.find("http://").unwrap()..].trim().to_string();
        let (before, token) = entry.split_once("?token=").expect("token in the URL");
        let after_scheme = &before["http://".len()..];
        let slash = after_scheme.find('/').expect("path in the URL");
        Dashboard {
            child,
            base: format!("http://{}", &after_scheme[..slash]),
            root: after_scheme[slash..].to_string(),
            token: token.to_string(),
            entry: entry.clone(),
            stderr,
        }
    }

    /// `http://127.0.0.1:PORT/rollouts/`
    pub fn root_url(&self) -> String {
        format!("{}{}", self.base, self.root)
    }

    /// A request to `path` (under the root) with `headers` and nothing else.
    pub fn raw(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&str>,
        limit: Duration,
    ) -> RawResponse {
        request_within(
            &self.base,
            method,
            &format!("{}{path}", self.root),
            headers,
            body,
            limit,
        )
    }

    /// An API request (`api/v1/` + `path`) with the bearer token.
    pub fn api(&self, method: &str, path: &str, body: Option<&str>) -> RawResponse {
        self.api_within(method, path, body, REQUEST_TIMEOUT)
    }

    pub fn api_within(
        &self,
        method: &str,
        path: &str,
        body: Option<&str>,
        limit: Duration,
    ) -> RawResponse {
        let auth = format!("Bearer {}", self.token);
        self.raw(
            method,
            &format!("api/v1/{path}"),
            &[("Authorization", &auth)],
            body,
            limit,
        )
    }

    pub fn get(&self, path: &str) -> RawResponse {
        self.api("GET", path, None)
    }

    pub fn put(&self, path: &str, body: Option<&str>) -> RawResponse {
        self.api("PUT", path, body)
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.stderr.lock().unwrap()).into_owned()
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Sends SIGTERM and waits (bounded) for the exit.
    pub fn terminate(mut self) -> Option<ExitStatus> {
        let _ = std::process::Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match self.child.try_wait() {
                Ok(Some(s)) => return Some(s),
                Ok(None) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(20))
                }
                _ => return None,
            }
        }
    }
}

impl Drop for Dashboard {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The `data:` payloads of an event stream body's unnamed events (the API's events), as JSON.
pub fn sse_data(body: &str) -> Vec<serde_json::Value> {
    sse_events(body)
        .into_iter()
        .filter(|(name, _)| name.is_none())
        .map(|(_, data)| data)
        .collect()
}

/// Every event of an event stream body: its name (`event:`, None for an unnamed one) and its
/// `data:` as JSON. Events end at a blank line; comments (keep-alives) carry no data.
pub fn sse_events(body: &str) -> Vec<(Option<String>, serde_json::Value)> {
    let mut out = Vec::new();
    let (mut name, mut data) = (None, None::<String>);
    for line in body.lines() {
        if line.is_empty() {
            if let Some(d) = data.take() {
                let json = serde_json::from_str(d.trim())
                    .unwrap_or_else(|e| panic!("bad event ({e}): {d}"));
                out.push((name.take(), json));
            }
            name = None;
        } else if let Some(n) = line.strip_prefix("event:") {
            name = Some(n.trim().to_string());
        } else if let Some(d) = line.strip_prefix("data:") {
            data = Some(d.to_string());
        }
    }
    out
}

/// `n` rollouts spread over 40 namespaces (`team-00`…), copies of `canary-mid-update`'s
/// `web` named `app-0000`…: a crowd for the list page and the namespace streams.
pub fn many_rollouts(n: usize) -> TestEnv {
    let env = TestEnv::new();
    let fixture = env.load_fixture("canary-mid-update");
    let web = fixture
        .iter()
        .find(|o| o["kind"] == "Rollout")
        .expect("the fixture has a rollout")
        .clone();
    env.with_store(|s| {
        for i in 0..n {
            let mut ro = web.clone();
            ro["metadata"]["name"] = format!("app-{i:04}").into();
            ro["metadata"]["namespace"] = format!("team-{:02}", i % 40).into();
            ro["metadata"]["uid"] = format!("uid-app-{i:04}").into();
            if let Some(m) = ro["metadata"].as_object_mut() {
                m.remove("resourceVersion");
            }
            s.put(ro);
        }
    });
    // Only the copies: the fixture's own rollout goes.
    env.delete("argoproj.io/v1alpha1", "Rollout", "default", "web");
    env
}
