//! What only tests need from the API server: the request log (which records `authorization`
//! headers, so it must never ship), injected faults, write hooks (a concurrent writer between a
//! client's read and write), forbidden paths, and loading fixtures from the source checkout.

use std::sync::Mutex;
use std::time::Duration;

use serde_json::{Value, json};

use super::http::{parse_query, status};
use super::{ApiServer, Interference, RequestInfo, RequestMeta, Store, lock};

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
    /// `Impersonate-User`, `Impersonate-Group` (every one, in order), `Impersonate-Uid`.
    pub impersonate_user: Option<String>,
    pub impersonate_groups: Vec<String>,
    pub impersonate_uid: Option<String>,
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
        parse_query(&self.query)
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
    /// Answer the next matching watch with an ERROR event carrying a 500 InternalError Status
    /// (as a proxy or an overloaded server may), then end the stream. With `inject_times(…,
    /// usize::MAX)` every watch fails so: a client must back off, not loop.
    WatchError,
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

fn method_matches(rule: &str, method: &str) -> bool {
    rule == "*" || rule.is_empty() || rule.eq_ignore_ascii_case(method)
}

/// The test-only state of a server.
#[derive(Default)]
pub(crate) struct State {
    log: Mutex<(u64, Vec<RecordedRequest>)>,
    faults: Mutex<Vec<FaultRule>>,
    hooks: Mutex<Vec<Hook>>,
    forbidden: Mutex<Vec<ForbidRule>>,
}

impl State {
    pub(crate) fn record(&self, m: RequestMeta<'_>) -> u64 {
        let header = |name: &str| {
            m.headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let r = RecordedRequest {
            seq: 0,
            method: m.method.to_string(),
            path: m.path.to_string(),
            query: m.query.to_string(),
            content_type: header("content-type"),
            accept: header("accept"),
            authorization: header("authorization"),
            user_agent: header("user-agent"),
            impersonate_user: header("impersonate-user"),
            impersonate_groups: m
                .headers
                .get_all("impersonate-group")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .map(str::to_string)
                .collect(),
            impersonate_uid: header("impersonate-uid"),
            body: String::from_utf8_lossy(m.body).into_owned(),
            status: 0,
            response_bytes: 0,
        };
        let mut log = lock(&self.log);
        log.0 += 1;
        let mut r = r;
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
    pub(crate) fn take_fault(&self, method: &str, path: &str, watch: bool) -> Option<Interference> {
        let mut faults = lock(&self.faults);
        let idx = faults.iter().position(|r| {
            let watch_only = matches!(
                r.fault,
                Fault::DropWatchAfter { .. } | Fault::Gone | Fault::WatchError
            );
            r.remaining > 0
                && method_matches(&r.method, method)
                && path.starts_with(&r.path_prefix)
                && (!watch_only || watch)
        })?;
        let rule = &mut faults[idx];
        rule.remaining -= 1;
        let fault = rule.fault.clone();
        if rule.remaining == 0 {
            faults.remove(idx);
        }
        Some(match fault {
            Fault::FailN {
                status,
                retry_after,
                ..
            } => injected_failure(status, retry_after),
            Fault::Delay { duration } => Interference::Delay(duration),
            Fault::Hang => Interference::Hang,
            Fault::DropWatchAfter { events } => Interference::DropWatchAfter(events),
            Fault::Gone => Interference::Gone,
            Fault::WatchError => Interference::WatchError(serde_json::json!({
                "kind": "Status",
                "apiVersion": "v1",
                "metadata": {},
                "status": "Failure",
                "message": "injected fault: internal error while watching",
                "reason": "InternalError",
                "code": 500,
            })),
        })
    }

    pub(crate) fn is_forbidden(&self, method: &str, path: &str) -> bool {
        lock(&self.forbidden)
            .iter()
            .any(|r| method_matches(&r.method, method) && path.starts_with(&r.path_prefix))
    }

    /// Runs the hooks registered for this method against the store, under the store lock the
    /// write will then use, so the write sees exactly what the hook left.
    pub(crate) fn run_hooks(&self, store: &mut Store, info: &RequestInfo) {
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

/// The Status a real server (or a proxy in front of it) sends for these codes.
fn injected_failure(code: u16, retry_after: Option<u64>) -> Interference {
    let body = match code {
        429 => status(
            429,
            "TooManyRequests",
            "Too many requests, please try again later.",
            retry_after.map(|s| json!({"retryAfterSeconds": s})),
        ),
        503 => status(
            503,
            "ServiceUnavailable",
            "the server is currently unable to handle the request",
            None,
        ),
        504 => status(
            504,
            "Timeout",
            "Timeout: request did not complete within requested timeout",
            None,
        ),
        c => status(
            c,
            "InternalError",
            "Internal error occurred: injected fault",
            Some(json!({"causes": [{"message": "injected fault"}]})),
        ),
    };
    Interference::Fail {
        status: code,
        body,
        retry_after,
    }
}

impl ApiServer {
    /// Stops serving at once, as a server that went away: open watches end, the port refuses
    /// new connections. The server stays stopped.
    pub fn go_away(&self) {
        if let Some(stop) = &self.stop {
            let _ = stop.send(true);
        }
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

    // ----- request log -----

    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.test.log).1.clone()
    }

    pub fn clear_requests(&self) {
        lock(&self.shared.test.log).1.clear();
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
            if lock(&self.shared.test.log).1.iter().any(&pred) {
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
        lock(&self.shared.test.log)
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
        lock(&self.shared.test.faults).push(FaultRule {
            method: method.to_string(),
            path_prefix: path_prefix.to_string(),
            fault,
            remaining: times,
        });
    }

    pub fn clear_faults(&self) {
        lock(&self.shared.test.faults).clear();
    }

    /// Answers matching requests with 403 Forbidden (the real server's RBAC message).
    pub fn forbid(&self, method: &str, path_prefix: &str) {
        lock(&self.shared.test.forbidden).push(ForbidRule {
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
        lock(&self.shared.test.hooks).push(Hook {
            methods: methods.to_vec(),
            remaining: times,
            f: Box::new(f),
        });
    }
}
