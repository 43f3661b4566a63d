//! A Kubernetes API test server: an in-memory kube-apiserver look-alike on 127.0.0.1, running
//! on its own thread and tokio runtime so synchronous tests can drive real binaries against it.

pub mod discovery;
mod http;
pub mod patch;
pub mod selector;
pub mod store;
mod watch;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde_json::Value;

pub use store::Store;

/// One request as the server saw it, and how it answered.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    pub seq: u64,
    pub method: String,
    pub path: String,
    /// Raw (still percent-encoded) query string, `""` when absent.
    pub query: String,
    pub content_type: Option<String>,
    pub accept: Option<String>,
    pub authorization: Option<String>,
    pub user_agent: Option<String>,
    pub body: String,
    /// 0 while no response has been sent (a hanging request). A watch shows 200 once its
    /// starting point is fixed: any change made after that reaches it.
    pub status: u16,
    /// Response body bytes sent so far (grows while a watch streams).
    pub response_bytes: usize,
}

impl RecordedRequest {
    /// The decoded value of a query parameter.
    pub fn query_param(&self, name: &str) -> Option<String> {
        http::parse_query(&self.query)
            .into_iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }

    pub fn is_watch(&self) -> bool {
        matches!(self.query_param("watch").as_deref(), Some("true" | "1"))
    }

    /// The request body parsed as JSON; panics if it is not JSON.
    pub fn body_json(&self) -> Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("request body is not JSON ({e}): {}", self.body))
    }
}

/// What the server knows about a resource request, handed to `before_write` hooks.
#[derive(Debug, Clone)]
pub struct RequestInfo {
    pub method: String,
    pub path: String,
    pub query: String,
    pub api_version: String,
    pub plural: String,
    pub namespace: Option<String>,
    pub name: Option<String>,
    pub subresource: Option<String>,
    pub body: String,
}

/// A misbehaviour to inject into matching requests.
#[derive(Debug, Clone)]
pub enum Fault {
    /// Answer the next `count` matching requests with `status` (500, 503, 429, …) and a
    /// Status body; `retry_after` adds a `Retry-After` header (and `details.retryAfterSeconds`).
    FailN {
        count: usize,
        status: u16,
        retry_after: Option<u64>,
    },
    /// Wait before handling the next matching request normally.
    Delay { duration: Duration },
    /// Accept the next matching request and never answer it (until the server stops).
    Hang,
    /// End the next matching watch stream after it has sent `events` events.
    DropWatchAfter { events: usize },
    /// Answer the next matching watch with a 410 Expired ERROR event.
    Gone,
}

struct FaultRule {
    method: String,
    path_prefix: String,
    fault: Fault,
    remaining: usize,
}

type HookFn = Box<dyn FnMut(&mut Store, &RequestInfo) + Send>;

struct Hook {
    methods: Vec<&'static str>,
    remaining: usize,
    f: HookFn,
}

struct ForbidRule {
    method: String,
    path_prefix: String,
}

/// State shared by the test thread and the server thread.
pub(crate) struct Shared {
    store: Mutex<Store>,
    log: Mutex<(u64, Vec<RecordedRequest>)>,
    faults: Mutex<Vec<FaultRule>>,
    hooks: Mutex<Vec<Hook>>,
    forbidden: Mutex<Vec<ForbidRule>>,
    token: Mutex<Option<String>>,
    user: String,
    addr: SocketAddr,
    shutdown: tokio::sync::watch::Receiver<bool>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panicking test hook must not take every later request down with it.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Resolves once the server is stopping (the flag is set or its sender is gone).
pub(crate) async fn stopped(rx: &mut tokio::sync::watch::Receiver<bool>) {
    let _ = rx.wait_for(|stop| *stop).await.is_ok();
}

fn method_matches(rule: &str, method: &str) -> bool {
    rule == "*" || rule.is_empty() || rule.eq_ignore_ascii_case(method)
}

impl Shared {
    pub(crate) fn lock_store(&self) -> MutexGuard<'_, Store> {
        lock(&self.store)
    }

    fn record(&self, mut r: RecordedRequest) -> u64 {
        let mut log = lock(&self.log);
        log.0 += 1;
        r.seq = log.0;
        log.1.push(r);
        log.0
    }

    pub(crate) fn finish_record(&self, seq: u64, status: u16, bytes: usize) {
        if let Some(r) = lock(&self.log).1.iter_mut().find(|r| r.seq == seq) {
            r.status = status;
            r.response_bytes += bytes;
        }
    }

    pub(crate) fn add_response_bytes(&self, seq: u64, bytes: usize) {
        if let Some(r) = lock(&self.log).1.iter_mut().find(|r| r.seq == seq) {
            r.response_bytes += bytes;
        }
    }

    /// Takes one use of the first fault rule matching this request.
    fn take_fault(&self, method: &str, path: &str, watch: Option<bool>) -> Option<Fault> {
        let mut faults = lock(&self.faults);
        let idx = faults.iter().position(|r| {
            let watch_only = matches!(r.fault, Fault::DropWatchAfter { .. } | Fault::Gone);
            r.remaining > 0
                && method_matches(&r.method, method)
                && path.starts_with(&r.path_prefix)
                && (!watch_only || watch == Some(true))
        })?;
        let rule = &mut faults[idx];
        rule.remaining -= 1;
        let fault = rule.fault.clone();
        if rule.remaining == 0 {
            faults.remove(idx);
        }
        Some(fault)
    }

    fn is_forbidden(&self, method: &str, path: &str) -> bool {
        lock(&self.forbidden)
            .iter()
            .any(|r| method_matches(&r.method, method) && path.starts_with(&r.path_prefix))
    }

    /// Runs the hooks registered for this method against the store, under the store lock the
    /// write will then use, so the write sees exactly what the hook left.
    fn run_hooks(&self, store: &mut Store, info: &RequestInfo) {
        let mut hooks = lock(&self.hooks);
        for h in hooks.iter_mut() {
            if h.remaining > 0
                && h.methods
                    .iter()
                    .any(|m| m.eq_ignore_ascii_case(&info.method))
            {
                h.remaining -= 1;
                (h.f)(store, info);
            }
        }
        hooks.retain(|h| h.remaining > 0);
    }
}

/// Options for a `TestServer`.
#[derive(Debug, Clone)]
pub struct ServerBuilder {
    with_argo: bool,
    token: Option<String>,
    user: String,
    port: u16,
}

impl Default for ServerBuilder {
    fn default() -> Self {
        Self {
            with_argo: true,
            token: None,
            user: "test-user".into(),
            port: 0,
        }
    }
}

impl ServerBuilder {
    /// Serve no `argoproj.io` group, as a cluster without Argo Rollouts installed.
    pub fn without_argo(mut self) -> Self {
        self.with_argo = false;
        self
    }

    /// Require `Authorization: Bearer <token>` on every request (else 401).
    pub fn token(mut self, token: &str) -> Self {
        self.token = Some(token.to_string());
        self
    }

    /// The user name that 403 messages mention (default `test-user`).
    pub fn user(mut self, user: &str) -> Self {
        self.user = user.to_string();
        self
    }

    /// Listen on this port of 127.0.0.1 (default 0: a free port).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    pub fn start(self) -> TestServer {
        self.try_start()
            .expect("start the test server on 127.0.0.1")
    }

    /// Like `start`, but a port that cannot be bound is an error rather than a panic.
    pub fn try_start(self) -> std::io::Result<TestServer> {
        TestServer::start_with(self)
    }
}

/// The running server. Dropping it stops it (bounded: a few seconds at most).
pub struct TestServer {
    shared: Arc<Shared>,
    stop: Option<tokio::sync::watch::Sender<bool>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TestServer {
    /// A server with the Argo Rollouts CRDs, no authentication.
    pub fn start() -> Self {
        ServerBuilder::default().start()
    }

    pub fn builder() -> ServerBuilder {
        ServerBuilder::default()
    }

    fn start_with(opts: ServerBuilder) -> std::io::Result<Self> {
        let listener = std::net::TcpListener::bind(("127.0.0.1", opts.port))?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
        let shared = Arc::new(Shared {
            store: Mutex::new(Store::new(opts.with_argo)),
            log: Mutex::new((0, Vec::new())),
            faults: Mutex::new(Vec::new()),
            hooks: Mutex::new(Vec::new()),
            forbidden: Mutex::new(Vec::new()),
            token: Mutex::new(opts.token),
            user: opts.user,
            addr,
            shutdown: stop_rx,
        });
        let thread_shared = shared.clone();
        let thread = std::thread::Builder::new()
            .name(format!("test-apiserver-{}", addr.port()))
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(1)
                    .enable_all()
                    .build()
                    .expect("tokio runtime");
                rt.block_on(http::serve(listener, thread_shared));
                rt.shutdown_timeout(Duration::from_secs(1));
            })?;
        Ok(Self {
            shared,
            stop: Some(stop_tx),
            thread: Some(thread),
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.shared.addr
    }

    pub fn port(&self) -> u16 {
        self.shared.addr.port()
    }

    /// `http://127.0.0.1:PORT`
    pub fn url(&self) -> String {
        format!("http://{}", self.shared.addr)
    }

    // ----- store -----

    /// Runs `f` with the store locked, for anything the helpers below do not cover.
    pub fn with_store<R>(&self, f: impl FnOnce(&mut Store) -> R) -> R {
        f(&mut self.shared.lock_store())
    }

    pub fn load_yaml(&self, yaml: &str) -> Vec<Value> {
        self.with_store(|s| s.load_yaml(yaml))
    }

    /// Loads `tests/fixtures/<name>.yaml` (`name` without the extension). For tests only: the
    /// path is the source checkout's, so the shipped binary never calls this.
    pub fn load_fixture(&self, name: &str) -> Vec<Value> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(format!("{name}.yaml"));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read fixture {}: {e}", path.display()));
        self.load_yaml(&text)
    }

    pub fn get(
        &self,
        api_version: &str,
        kind_or_plural: &str,
        ns: &str,
        name: &str,
    ) -> Option<Value> {
        self.with_store(|s| s.get(api_version, kind_or_plural, ns, name))
    }

    pub fn list(&self, api_version: &str, kind_or_plural: &str, ns: Option<&str>) -> Vec<Value> {
        self.with_store(|s| s.list(api_version, kind_or_plural, ns))
    }

    pub fn put(&self, obj: Value) -> Value {
        self.with_store(|s| s.put(obj))
    }

    pub fn create(&self, obj: Value) -> Value {
        self.with_store(|s| s.create(obj))
    }

    pub fn update(&self, obj: Value) -> Value {
        self.with_store(|s| s.update(obj))
    }

    pub fn delete(
        &self,
        api_version: &str,
        kind_or_plural: &str,
        ns: &str,
        name: &str,
    ) -> Option<Value> {
        self.with_store(|s| s.delete(api_version, kind_or_plural, ns, name))
    }

    pub fn mutate(
        &self,
        api_version: &str,
        kind_or_plural: &str,
        ns: &str,
        name: &str,
        f: impl FnOnce(&mut Value),
    ) -> Value {
        self.with_store(|s| s.mutate(api_version, kind_or_plural, ns, name, f))
    }

    /// The current global resourceVersion.
    pub fn resource_version(&self) -> u64 {
        self.with_store(|s| s.resource_version())
    }

    /// Forget the event history: watches from an older resourceVersion get 410 Expired.
    pub fn compact(&self) {
        self.with_store(|s| s.compact())
    }

    // ----- request log -----

    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.log).1.clone()
    }

    pub fn clear_requests(&self) {
        lock(&self.shared.log).1.clear();
    }

    /// Requests other than GET (and HEAD): the writes.
    pub fn writes(&self) -> Vec<RecordedRequest> {
        self.requests()
            .into_iter()
            .filter(|r| r.method != "GET" && r.method != "HEAD")
            .collect()
    }

    /// Requests with this method whose path starts with `path_prefix`.
    pub fn requests_matching(&self, method: &str, path_prefix: &str) -> Vec<RecordedRequest> {
        self.requests()
            .into_iter()
            .filter(|r| method_matches(method, &r.method) && r.path.starts_with(path_prefix))
            .collect()
    }

    /// Waits (polling, at most `limit`) until some recorded request satisfies `pred`.
    pub fn wait_for_request(
        &self,
        limit: Duration,
        pred: impl Fn(&RecordedRequest) -> bool,
    ) -> bool {
        let deadline = std::time::Instant::now() + limit;
        loop {
            if lock(&self.shared.log).1.iter().any(&pred) {
                return true;
            }
            if std::time::Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Total response body bytes sent.
    pub fn bytes_served(&self) -> usize {
        lock(&self.shared.log)
            .1
            .iter()
            .map(|r| r.response_bytes)
            .sum()
    }

    // ----- misbehaviour -----

    /// Injects `fault` into requests whose method matches (`"*"` for any) and whose path
    /// starts with `path_prefix`. `FailN` applies `count` times, the others once.
    pub fn inject(&self, method: &str, path_prefix: &str, fault: Fault) {
        let times = match fault {
            Fault::FailN { count, .. } => count,
            _ => 1,
        };
        self.inject_times(method, path_prefix, fault, times);
    }

    /// Like `inject` with an explicit number of uses.
    pub fn inject_times(&self, method: &str, path_prefix: &str, fault: Fault, times: usize) {
        lock(&self.shared.faults).push(FaultRule {
            method: method.to_string(),
            path_prefix: path_prefix.to_string(),
            fault,
            remaining: times,
        });
    }

    pub fn clear_faults(&self) {
        lock(&self.shared.faults).clear();
    }

    /// Answers matching requests with 403 Forbidden (the real server's RBAC message).
    pub fn forbid(&self, method: &str, path_prefix: &str) {
        lock(&self.shared.forbidden).push(ForbidRule {
            method: method.to_string(),
            path_prefix: path_prefix.to_string(),
        });
    }

    /// Changes (or with `None` removes) the bearer token the server requires.
    pub fn set_token(&self, token: Option<&str>) {
        *lock(&self.shared.token) = token.map(str::to_string);
    }

    /// Runs `f` against the store just before each of the next `times` PATCH requests to a
    /// resource is applied: a concurrent writer acting between the client's read and write.
    pub fn before_patch(
        &self,
        times: usize,
        f: impl FnMut(&mut Store, &RequestInfo) + Send + 'static,
    ) {
        self.before_write(&["PATCH"], times, f);
    }

    /// Like `before_patch`, for any of `methods` (e.g. `&["PUT", "PATCH"]`).
    pub fn before_write(
        &self,
        methods: &[&'static str],
        times: usize,
        f: impl FnMut(&mut Store, &RequestInfo) + Send + 'static,
    ) {
        lock(&self.shared.hooks).push(Hook {
            methods: methods.to_vec(),
            remaining: times,
            f: Box::new(f),
        });
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(true);
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
