//! An in-memory Kubernetes API server: a kube-apiserver look-alike on 127.0.0.1, with its own
//! thread and tokio runtime. The playground serves its example cluster with it; the tests run
//! the real binary and the real kubectl against it.
//!
//! What only tests need (fault injection, write hooks, forbidden paths, the request log and
//! fixture loading) is in `test_support`, compiled only with the `test-support` feature that
//! the crate's own tests turn on: the release binary carries none of it.

pub mod discovery;
mod http;
pub mod selector;
pub mod store;
mod table;
mod watch;

#[cfg(feature = "test-support")]
mod test_support;
#[cfg(feature = "test-support")]
pub use test_support::{Fault, RecordedRequest};

/// Without `test-support`, every interception point is a no-op the compiler removes.
#[cfg(not(feature = "test-support"))]
mod test_support {
    use super::{Interference, RequestInfo, RequestMeta, Store};

    #[derive(Default)]
    pub(crate) struct State;

    impl State {
        pub(crate) fn record(&self, _: RequestMeta<'_>) -> u64 {
            0
        }
        pub(crate) fn finish_record(&self, _: u64, _: u16, _: usize) {}
        pub(crate) fn add_response_bytes(&self, _: u64, _: usize) {}
        pub(crate) fn take_fault(&self, _: &str, _: &str, _: bool) -> Option<Interference> {
            None
        }
        pub(crate) fn is_forbidden(&self, _: &str, _: &str) -> bool {
            false
        }
        pub(crate) fn run_hooks(&self, _: &mut Store, _: &RequestInfo) {}
    }
}

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde_json::Value;

pub use store::Store;

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

/// A request as it arrived, for the test request log.
#[cfg_attr(not(feature = "test-support"), allow(dead_code))]
pub(crate) struct RequestMeta<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub query: &'a str,
    pub headers: &'a ::http::HeaderMap,
    pub body: &'a [u8],
}

/// How an injected fault changes the handling of one request (test-support only; never
/// produced without it).
#[cfg_attr(not(feature = "test-support"), allow(dead_code))]
pub(crate) enum Interference {
    /// Answer with this status, Status body and optional `Retry-After` seconds.
    Fail {
        status: u16,
        body: Value,
        retry_after: Option<u64>,
    },
    Delay(Duration),
    /// Never answer (until the server stops).
    Hang,
    DropWatchAfter(usize),
    Gone,
    /// Send this Status as the watch's one ERROR event.
    WatchError(Value),
}

/// State shared by the caller's thread and the server thread.
pub(crate) struct Shared {
    store: Mutex<Store>,
    test: test_support::State,
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

impl Shared {
    pub(crate) fn lock_store(&self) -> MutexGuard<'_, Store> {
        lock(&self.store)
    }
}

/// Options for a `ApiServer`.
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

    pub fn start(self) -> ApiServer {
        self.try_start()
            .expect("start the test server on 127.0.0.1")
    }

    /// Like `start`, but a port that cannot be bound is an error rather than a panic.
    pub fn try_start(self) -> std::io::Result<ApiServer> {
        ApiServer::start_with(self)
    }
}

/// The running server. Dropping it stops it (bounded: a few seconds at most).
pub struct ApiServer {
    shared: Arc<Shared>,
    stop: Option<tokio::sync::watch::Sender<bool>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl ApiServer {
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
            test: test_support::State::default(),
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
}

impl Drop for ApiServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(true);
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
