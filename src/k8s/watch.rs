//! Watches that keep a local copy of one query's objects: list, then watch from the list's
//! resourceVersion; resume the watch when it ends; list afresh after `410 Gone`. Every change
//! to the copy is announced on a channel so a view can be redrawn.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use http_body_util::BodyExt;
use serde_json::Value;
use tokio::sync::mpsc;

use super::backoff::{Backoff, Next};
use super::client::{Cluster, ListQuery};
use super::error::K8sError;
use crate::model::resource::{Resource, encode_query};

/// Server-side lifetime of one watch request, as kubectl asks for.
const WATCH_TIMEOUT_SECONDS: u32 = 290;

/// The objects of one query, keyed by `namespace/name`, shared with the watch task.
pub type Store = Arc<Mutex<BTreeMap<String, Value>>>;

/// What one watch is about.
#[derive(Debug, Clone)]
pub struct WatchSpec {
    pub resource: Resource,
    /// None = all namespaces.
    pub namespace: Option<String>,
    pub label_selector: Option<String>,
    pub field_selector: Option<String>,
    /// What the watcher keeps of each object (None: all of it). A consumer of thousands of
    /// objects keeps only what it shows: a parsed object costs about ten times its JSON.
    /// The kept value must still carry `metadata.name` and `metadata.namespace`.
    pub project: Option<fn(Value) -> Value>,
}

/// Something the consumer should know: the copy changed, or the watch failed for good.
#[derive(Debug)]
pub enum Notice {
    Changed,
    Failed(K8sError),
}

/// A decoded watch event line.
#[derive(Debug, PartialEq)]
enum Event {
    Upsert(Value),
    Delete(Value),
    Bookmark(String),
    /// `410 Gone` / `Expired`: our resourceVersion is too old; list again.
    Gone,
    /// An ERROR event that is not `410`: the Status's code (500 when it has none) and message.
    Error {
        code: u16,
        message: String,
    },
}

/// Runs until the task is dropped/aborted or the watch fails for good. Sends `Changed` after the
/// first list and after every event that changed the copy.
pub async fn run(
    cluster: Cluster,
    spec: WatchSpec,
    store: Store,
    id: usize,
    tx: mpsc::UnboundedSender<(usize, Notice)>,
) {
    let mut w = Watcher {
        backoff: Backoff::new(Backoff::random_seed(id)),
        cluster,
        spec,
        store,
        id,
        tx,
    };
    loop {
        let mut rv = match w.list().await {
            Ok(rv) => rv,
            Err(Then::Stop) => return,
            Err(_) => continue,
        };
        loop {
            match w.watch(&mut rv).await {
                Then::Rewatch => {}
                Then::Relist => break,
                Then::Stop => return,
            }
        }
    }
}

/// What the watch loop does after a list, a watch request or an event.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Then {
    /// List afresh (our version is too old, or the server could not go on).
    Relist,
    /// Watch again from the last version we saw.
    Rewatch,
    /// The watch failed for good (already reported) or the consumer is gone.
    Stop,
}

/// One watch task's state: what it watches, its copy, where it reports, its failure history.
struct Watcher {
    cluster: Cluster,
    spec: WatchSpec,
    store: Store,
    id: usize,
    tx: mpsc::UnboundedSender<(usize, Notice)>,
    backoff: Backoff,
}

impl Watcher {
    /// Lists the query into the copy; its resourceVersion, or what to do instead.
    async fn list(&mut self) -> Result<String, Then> {
        let query = ListQuery {
            label_selector: self.spec.label_selector.as_deref(),
            field_selector: self.spec.field_selector.as_deref(),
        };
        // Page by page, each object projected as it comes: a large list is never all held.
        let mut fresh: BTreeMap<String, Value> = BTreeMap::new();
        let spec = &self.spec;
        let listed = self
            .cluster
            .list_pages(&spec.resource, spec.namespace.as_deref(), &query, |page| {
                for o in page.drain(..) {
                    let o = spec.keep(o);
                    fresh.insert(key(&o), o);
                }
            })
            .await;
        let list_rv = match listed {
            Ok(rv) => rv,
            Err(e) if is_transient(&e) => return Err(self.unanswered(e, Then::Relist).await),
            Err(e) => {
                self.fail(e);
                return Err(Then::Stop);
            }
        };
        self.backoff.answered();
        *lock(&self.store) = fresh;
        // Every (re)list announces itself: the consumer redraws only if its text changed.
        self.changed();
        Ok(list_rv)
    }

    /// One watch request from `rv`, applied to the copy event by event until it ends.
    async fn watch(&mut self, rv: &mut String) -> Then {
        let path = watch_path(&self.spec, rv);
        let mut body = match self.cluster.watch_raw(&path).await {
            Ok(b) => b,
            Err(e @ K8sError::Api { code: 410, .. }) => return self.failed(e, Then::Relist).await,
            Err(e) if is_transient(&e) => return self.unanswered(e, Then::Rewatch).await,
            Err(e) => {
                self.fail(e);
                return Then::Stop;
            }
        };
        self.backoff.answered();
        let mut buf: Vec<u8> = Vec::new();
        let mut lines = 0usize;
        loop {
            let frame = match body.frame().await {
                Some(Ok(f)) => f,
                // The server or network closed the stream: resume from the last version,
                // at once when it had sent something, else after the backoff (a proxy
                // that cuts every watch at once must not turn this into a flood).
                Some(Err(_)) | None => {
                    if lines == 0 {
                        let e = K8sError::Api {
                            code: 500,
                            reason: "WatchClosed".into(),
                            message: "the server closed every watch before its first event".into(),
                        };
                        return self.failed(e, Then::Rewatch).await;
                    }
                    return Then::Rewatch;
                }
            };
            let Ok(data) = frame.into_data() else {
                continue;
            };
            buf.extend_from_slice(&data);
            while let Some(pos) = buf.iter().position(|b| *b == b'\n') {
                let line: Vec<u8> = buf.drain(..=pos).collect();
                lines += 1;
                if let Some(then) = self.apply(decode(&line), rv).await {
                    return then;
                }
            }
        }
    }

    /// One decoded event line: the copy and `rv` updated, or what to do instead of reading on.
    async fn apply(&mut self, event: Option<Event>, rv: &mut String) -> Option<Then> {
        match event? {
            // Our version is too old, or the server could not go on: list afresh, after the
            // backoff (client-go's reflector waits too).
            Event::Gone => {
                let e = K8sError::Api {
                    code: 410,
                    reason: "Expired".into(),
                    message: "the watch kept expiring".into(),
                };
                return Some(self.failed(e, Then::Relist).await);
            }
            Event::Error { code, message } => {
                let e = K8sError::Api {
                    code,
                    reason: "WatchError".into(),
                    message,
                };
                return Some(self.failed(e, Then::Relist).await);
            }
            Event::Bookmark(v) => *rv = v,
            Event::Upsert(obj) => {
                self.backoff.delivered();
                if let Some(v) = resource_version(&obj) {
                    *rv = v;
                }
                let obj = self.spec.keep(obj);
                let changed =
                    lock(&self.store).insert(key(&obj), obj.clone()).as_ref() != Some(&obj);
                if changed {
                    self.changed();
                }
            }
            Event::Delete(obj) => {
                self.backoff.delivered();
                if let Some(v) = resource_version(&obj) {
                    *rv = v;
                }
                if lock(&self.store).remove(&key(&obj)).is_some() {
                    self.changed();
                }
            }
        }
        None
    }

    /// A failure the backoff counts against the watch; giving up reports how long it kept
    /// failing ([`kept_failing`]).
    async fn failed(&mut self, e: K8sError, then: Then) -> Then {
        let next = self.backoff.failed(Instant::now());
        self.wait_or_give_up(next, |w| kept_failing(&w.spec, &w.backoff, &e), then)
            .await
    }

    /// A request the server did not answer; giving up reports its error as it is.
    async fn unanswered(&mut self, e: K8sError, then: Then) -> Then {
        let next = self.backoff.unanswered(Instant::now());
        self.wait_or_give_up(next, |_| e, then).await
    }

    /// Waits out the backoff and goes on with `then`, or reports the error and stops.
    async fn wait_or_give_up(
        &self,
        next: Next,
        error: impl FnOnce(&Self) -> K8sError,
        then: Then,
    ) -> Then {
        match next {
            Next::Wait(d) => {
                tokio::time::sleep(d).await;
                then
            }
            Next::GiveUp => {
                self.fail(error(self));
                Then::Stop
            }
        }
    }

    fn changed(&self) {
        let _ = self.tx.send((self.id, Notice::Changed));
    }

    fn fail(&self, e: K8sError) {
        let _ = self.tx.send((self.id, Notice::Failed(e)));
    }
}

/// The one line that ends a watch that got nothing but errors for a while: which watch, for
/// how long, and the server's last word. 5xx codes keep exit code 4 (the cluster is unusable).
fn kept_failing(spec: &WatchSpec, backoff: &Backoff, last: &K8sError) -> K8sError {
    let code = match last {
        K8sError::Api { code, .. } if *code >= 500 => *code,
        _ => 503,
    };
    K8sError::Api {
        code,
        reason: "WatchFailing".into(),
        message: format!(
            "the watch of {} got nothing but errors for {}s; giving up (last: {last})",
            spec.resource.group_resource(),
            backoff.failing_for(Instant::now()).as_secs()
        ),
    }
}

fn lock(store: &Store) -> std::sync::MutexGuard<'_, BTreeMap<String, Value>> {
    // A panic elsewhere must not take the view down with a poisoned lock.
    store.lock().unwrap_or_else(|p| p.into_inner())
}

fn is_transient(e: &K8sError) -> bool {
    matches!(
        e,
        K8sError::Unreachable { .. }
            | K8sError::Timeout { .. }
            | K8sError::Api {
                code: 429 | 500..=599,
                ..
            }
    )
}

fn watch_path(spec: &WatchSpec, rv: &str) -> String {
    let mut p = spec.resource.path(spec.namespace.as_deref(), None);
    p.push_str(&format!(
        "?watch=true&allowWatchBookmarks=true&timeoutSeconds={WATCH_TIMEOUT_SECONDS}&resourceVersion={}",
        encode_query(rv)
    ));
    if let Some(l) = &spec.label_selector {
        p.push_str(&format!("&labelSelector={}", encode_query(l)));
    }
    if let Some(f) = &spec.field_selector {
        p.push_str(&format!("&fieldSelector={}", encode_query(f)));
    }
    p
}

/// `namespace/name`: unique within one resource type.
pub fn key(obj: &Value) -> String {
    let meta = obj.get("metadata");
    let get = |k| {
        meta.and_then(|m| m.get(k))
            .and_then(Value::as_str)
            .unwrap_or_default()
    };
    format!("{}/{}", get("namespace"), get("name"))
}

fn resource_version(obj: &Value) -> Option<String> {
    obj.get("metadata")?
        .get("resourceVersion")?
        .as_str()
        .map(str::to_string)
}

fn decode(line: &[u8]) -> Option<Event> {
    let text = std::str::from_utf8(line).ok()?.trim();
    if text.is_empty() {
        return None;
    }
    let Ok(v) = serde_json::from_str::<Value>(text) else {
        return Some(Event::Error {
            code: 500,
            message: "undecodable watch event".into(),
        });
    };
    let object = v.get("object").cloned().unwrap_or(Value::Null);
    match v.get("type").and_then(Value::as_str) {
        Some("ADDED") | Some("MODIFIED") => Some(Event::Upsert(object)),
        Some("DELETED") => Some(Event::Delete(object)),
        Some("BOOKMARK") => resource_version(&object).map(Event::Bookmark),
        Some("ERROR") => {
            let code = object.get("code").and_then(Value::as_u64);
            if code == Some(410) || object.get("reason").and_then(Value::as_str) == Some("Expired")
            {
                Some(Event::Gone)
            } else {
                let message = object
                    .get("message")
                    .and_then(Value::as_str)
                    .unwrap_or("watch error");
                Some(Event::Error {
                    code: code
                        .and_then(|c| u16::try_from(c).ok())
                        .filter(|c| *c >= 400)
                        .unwrap_or(500),
                    message: super::error::sanitize(message),
                })
            }
        }
        _ => Some(Event::Error {
            code: 500,
            message: "unknown watch event".into(),
        }),
    }
}

/// Minimum time between two redraws: changes arriving closer together are drawn once.
pub const REDRAW_INTERVAL: Duration = Duration::from_millis(200);

/// What `follow`'s callback wants next.
pub enum Flow {
    Continue,
    Stop,
}

/// Watches every spec, and after the first complete set of lists and then after changes
/// (at most every [`REDRAW_INTERVAL`]) calls `draw` with a snapshot of each spec's objects,
/// in spec order. Returns when `draw` says stop, when `until` completes, or with the error of
/// a watch that failed for good. The watch tasks end with it.
pub async fn follow<F, U>(
    cluster: &Cluster,
    specs: Vec<WatchSpec>,
    until: U,
    draw: F,
) -> Result<bool, anyhow::Error>
where
    F: FnMut(&[Vec<Value>]) -> anyhow::Result<Flow>,
    U: std::future::Future<Output = ()>,
{
    follow_ticking(cluster, specs, until, None, draw).await
}

/// [`follow`], and with `tick` also calls `draw` that often from the watched copy (no
/// request): on a terminal the ages and countdowns in a view move although nothing changed.
pub async fn follow_ticking<F, U>(
    cluster: &Cluster,
    specs: Vec<WatchSpec>,
    until: U,
    tick: Option<Duration>,
    mut draw: F,
) -> Result<bool, anyhow::Error>
where
    F: FnMut(&[Vec<Value>]) -> anyhow::Result<Flow>,
    U: std::future::Future<Output = ()>,
{
    let (tx, mut rx) = mpsc::unbounded_channel();
    let stores: Vec<Store> = specs.iter().map(|_| Store::default()).collect();
    let mut tasks = Vec::new();
    for (id, spec) in specs.into_iter().enumerate() {
        tasks.push(tokio::spawn(run(
            cluster.clone(),
            spec,
            stores[id].clone(),
            id,
            tx.clone(),
        )));
    }
    drop(tx);
    let _abort_on_exit = AbortAll(tasks);
    let mut listed = vec![false; stores.len()];
    let mut last_draw: Option<tokio::time::Instant> = None;
    let mut pending = false;
    let mut ticker = tokio::time::interval(tick.unwrap_or(Duration::from_secs(3600)));
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    tokio::pin!(until);
    loop {
        let wait_for_throttle = async {
            match (pending, last_draw) {
                (true, Some(at)) => tokio::time::sleep_until(at + REDRAW_INTERVAL).await,
                (true, None) => {}
                (false, _) => std::future::pending::<()>().await,
            }
        };
        tokio::select! {
            _ = &mut until => return Ok(false),
            notice = rx.recv() => match notice {
                Some((id, Notice::Changed)) => {
                    listed[id] = true;
                    pending = true;
                }
                Some((_, Notice::Failed(e))) => return Err(e.into()),
                None => return Ok(false),
            },
            _ = ticker.tick(), if tick.is_some() && last_draw.is_some() => pending = true,
            _ = wait_for_throttle, if pending && listed.iter().all(|l| *l) => {
                pending = false;
                last_draw = Some(tokio::time::Instant::now());
                let snapshots: Vec<Vec<Value>> = stores.iter().map(snapshot).collect();
                if let Flow::Stop = draw(&snapshots)? {
                    return Ok(true);
                }
            }
        }
    }
}

/// Aborts the watch tasks when `follow` returns, however it returns.
struct AbortAll(Vec<tokio::task::JoinHandle<()>>);

impl Drop for AbortAll {
    fn drop(&mut self) {
        for t in &self.0 {
            t.abort();
        }
    }
}

/// Snapshot of a store's objects.
pub fn snapshot(store: &Store) -> Vec<Value> {
    lock(store).values().cloned().collect()
}

impl WatchSpec {
    /// What the store keeps of `obj`.
    fn keep(&self, obj: Value) -> Value {
        match self.project {
            Some(project) => project(obj),
            None => obj,
        }
    }

    /// Every `resource` in `namespace` (None: all namespaces) that `label_selector` matches.
    pub fn selected(
        resource: Resource,
        namespace: Option<&str>,
        label_selector: Option<String>,
    ) -> WatchSpec {
        WatchSpec {
            resource,
            namespace: namespace.map(str::to_string),
            label_selector,
            field_selector: None,
            project: None,
        }
    }

    /// The object called `name` (by field selector, so its deletion shows as an empty list);
    /// every object when `name` is None.
    pub fn named(resource: Resource, namespace: Option<&str>, name: Option<&str>) -> WatchSpec {
        WatchSpec {
            field_selector: name.map(|n| format!("metadata.name={n}")),
            ..WatchSpec::selected(resource, namespace, None)
        }
    }
}

/// When a watch with this timeout ends (zero: never).
pub fn deadline_in(timeout: Duration) -> Option<tokio::time::Instant> {
    (!timeout.is_zero()).then(|| tokio::time::Instant::now() + timeout)
}

/// Resolves at `deadline`; never when there is none.
pub async fn sleep_until(deadline: Option<tokio::time::Instant>) {
    match deadline {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending::<()>().await,
    }
}

/// [`follow`] until the deadline, Ctrl-C (both end the watch normally) or until `draw` says
/// stop.
pub async fn follow_until<F>(
    cluster: &Cluster,
    specs: Vec<WatchSpec>,
    deadline: Option<tokio::time::Instant>,
    tick: Option<Duration>,
    draw: F,
) -> anyhow::Result<()>
where
    F: FnMut(&[Vec<Value>]) -> anyhow::Result<Flow>,
{
    let until = async move {
        tokio::select! {
            () = sleep_until(deadline) => {}
            _ = tokio::signal::ctrl_c() => {}
        }
    };
    follow_ticking(cluster, specs, until, tick, draw).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn decodes_the_event_types() {
        let obj = json!({"metadata": {"name": "a", "namespace": "n", "resourceVersion": "7"}});
        let line =
            |t: &str, o: &Value| serde_json::to_vec(&json!({"type": t, "object": o})).unwrap();
        assert_eq!(
            decode(&line("ADDED", &obj)),
            Some(Event::Upsert(obj.clone()))
        );
        assert_eq!(
            decode(&line("MODIFIED", &obj)),
            Some(Event::Upsert(obj.clone()))
        );
        assert_eq!(
            decode(&line("DELETED", &obj)),
            Some(Event::Delete(obj.clone()))
        );
        assert_eq!(
            decode(&line("BOOKMARK", &obj)),
            Some(Event::Bookmark("7".into()))
        );
        let gone = json!({"kind": "Status", "code": 410, "reason": "Expired", "message": "too old resource version"});
        assert_eq!(decode(&line("ERROR", &gone)), Some(Event::Gone));
        assert_eq!(decode(b"\n"), None);
        assert!(matches!(
            decode(b"{not json"),
            Some(Event::Error { code: 500, .. })
        ));
        let failing =
            json!({"kind": "Status", "code": 500, "reason": "InternalError", "message": "boom"});
        assert_eq!(
            decode(&line("ERROR", &failing)),
            Some(Event::Error {
                code: 500,
                message: "boom".into()
            })
        );
    }

    #[test]
    fn watch_path_carries_the_version_and_selectors() {
        let spec = WatchSpec {
            resource: crate::model::resource::PODS,
            namespace: Some("default".into()),
            label_selector: Some("app=web".into()),
            field_selector: None,
            project: None,
        };
        assert_eq!(
            watch_path(&spec, "42"),
            "/api/v1/namespaces/default/pods?watch=true&allowWatchBookmarks=true&timeoutSeconds=290&resourceVersion=42&labelSelector=app%3Dweb"
        );
    }
}
