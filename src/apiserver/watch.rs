//! Watch streams: replay from a resourceVersion, then follow the store's change events as
//! newline-delimited JSON chunks, ending on timeout, shutdown, client hang-up or a fault.

use std::sync::Arc;
use std::time::Duration;

use hyper::body::Bytes;
use serde_json::{Value, json};

use super::Shared;
use super::discovery::ResourceDef;
use super::selector::{FieldSelector, LabelSelector};
use super::store::{EventType, Key, StoredEvent};
use super::table::{self, Include};

pub(crate) struct WatchRequest {
    pub def: ResourceDef,
    pub namespace: Option<String>,
    /// Set for a watch on one object (`fieldSelector=metadata.name=x` is folded in here too).
    pub labels: LabelSelector,
    pub fields: FieldSelector,
    /// `None` for absent or "0": start with ADDED events for the current objects.
    pub resource_version: Option<u64>,
    pub timeout: Duration,
    pub bookmarks: bool,
    pub send_initial_events: bool,
    pub drop_after: Option<usize>,
    pub force_gone: bool,
    /// `Fault::WatchError`: send this Status as one ERROR event, then end.
    pub force_error: Option<Value>,
    pub record_seq: u64,
    /// The Table version asked for in Accept, and what its rows carry: each event's object is
    /// then a one-row Table (column definitions in the first only), as kube-apiserver sends.
    pub table: Option<(&'static str, Include)>,
}

impl WatchRequest {
    fn in_scope(&self, key: &Key) -> bool {
        key.0 == self.def.api_version()
            && key.1 == self.def.plural
            && self.namespace.as_deref().is_none_or(|ns| ns == key.2)
    }

    fn selects(&self, obj: &Value) -> bool {
        self.labels.matches_object(obj) && self.fields.matches_object(obj)
    }

    /// What this watcher sees of a stored event: a change that moves an object into or out
    /// of the selection appears as ADDED or DELETED.
    fn view(&self, e: &StoredEvent) -> Option<(&'static str, Value)> {
        if !self.in_scope(&e.key) {
            return None;
        }
        let now = self.selects(&e.object);
        let before = e.old.as_ref().map(|o| self.selects(o));
        let kind = match (e.event_type, before, now) {
            (EventType::Deleted, _, true) => "DELETED",
            (EventType::Deleted, _, false) => return None,
            (_, None | Some(false), true) => "ADDED",
            (_, Some(true), true) => "MODIFIED",
            (_, Some(true), false) => "DELETED",
            (_, _, false) => return None,
        };
        Some((kind, e.object.clone()))
    }

    fn bookmark(&self, rv: u64, initial_end: bool) -> Value {
        let mut meta = json!({"resourceVersion": rv.to_string()});
        if initial_end {
            meta["annotations"] = json!({"k8s.io/initial-events-end": "true"});
        }
        json!({"kind": self.def.kind, "apiVersion": self.def.api_version(), "metadata": meta})
    }
}

fn line(event_type: &str, object: Value) -> Bytes {
    let mut s = json!({"type": event_type, "object": object}).to_string();
    s.push('\n');
    Bytes::from(s)
}

/// The Status that kube-apiserver's watch cache sends, inside a 200 response, when asked to
/// resume from a resourceVersion it no longer has.
pub(crate) fn expired(requested: u64, oldest: u64) -> Value {
    json!({
        "kind": "Status",
        "apiVersion": "v1",
        "metadata": {},
        "status": "Failure",
        "message": format!("too old resource version: {requested} ({oldest})"),
        "reason": "Expired",
        "code": 410,
    })
}

/// Runs one watch, sending chunks on `tx` until it ends.
pub(crate) async fn run(
    shared: Arc<Shared>,
    w: WatchRequest,
    tx: tokio::sync::mpsc::Sender<Bytes>,
) {
    let mut changes = shared.lock_store().subscribe();
    let mut shutdown = shared.shutdown.clone();
    let mut sent = 0usize;
    let send = |chunk: Bytes| {
        let tx = tx.clone();
        let shared = shared.clone();
        let seq = w.record_seq;
        async move {
            let n = chunk.len();
            let ok = tx.send(chunk).await.is_ok();
            shared.test.add_response_bytes(seq, n);
            ok
        }
    };

    let start = starting_point(&shared, &w);
    // The log shows 200 only now, once the starting point is fixed: tests wait for it to know
    // that a change they make next will be seen.
    shared.test.finish_record(w.record_seq, 200, 0);
    let (initial, mut last) = match start {
        Ok(s) => s,
        Err(status) => {
            let _ = send(line("ERROR", status)).await;
            return;
        }
    };
    // `DropWatchAfter { events: 0 }`: a stream that ends before its first event, as a proxy
    // that cuts every watch would.
    if w.drop_after == Some(0) {
        return;
    }
    if !send_events(&send, initial, &mut sent, &w).await {
        return;
    }
    if w.send_initial_events && w.bookmarks && !send(line("BOOKMARK", w.bookmark(last, true))).await
    {
        return;
    }

    let deadline = tokio::time::Instant::now() + w.timeout;
    loop {
        tokio::select! {
            changed = changes.changed() => {
                if changed.is_err() {
                    return;
                }
                let batch = changes_since(&shared, &w, &mut last);
                match batch {
                    Ok(events) => {
                        if !send_events(&send, events, &mut sent, &w).await {
                            return;
                        }
                    }
                    Err(status) => {
                        let _ = send(line("ERROR", status)).await;
                        return;
                    }
                }
            }
            _ = tokio::time::sleep_until(deadline) => {
                if w.bookmarks {
                    let _ = send(line("BOOKMARK", w.bookmark(last, false))).await;
                }
                return;
            }
            _ = super::stopped(&mut shutdown) => return,
            _ = tx.closed() => return,
        }
    }
}

/// Watch events to send: the event type and the object.
type Events = Vec<(&'static str, Value)>;

/// The events a watch starts with (a snapshot, or what happened since the version asked for)
/// and the version it follows from; or the Status it ends with at once. Decided under one
/// lock so no change slips between snapshot and follow.
fn starting_point(shared: &Shared, w: &WatchRequest) -> Result<(Events, u64), Value> {
    let store = shared.lock_store();
    let current = store.resource_version();
    match w.resource_version {
        _ if w.force_error.is_some() => Err(w.force_error.clone().unwrap_or_default()),
        _ if w.force_gone => {
            let rv = w.resource_version.unwrap_or(current);
            Err(expired(rv, store.compacted_rv()))
        }
        None => {
            let objs: Vec<_> = store
                .list_def(&w.def, w.namespace.as_deref())
                .into_iter()
                .filter(|o| w.selects(o))
                .map(|o| ("ADDED", o))
                .collect();
            Ok((objs, current))
        }
        Some(rv) => match store.events_since(rv) {
            Ok(events) => Ok((
                events.iter().filter_map(|e| w.view(e)).collect(),
                current.max(rv),
            )),
            Err(oldest) => Err(expired(rv, oldest.saturating_sub(1))),
        },
    }
}

/// What the watch shows of the changes since `last` (moved on to the store's version), or the
/// Status that ends it when they are compacted away.
fn changes_since(shared: &Shared, w: &WatchRequest, last: &mut u64) -> Result<Events, Value> {
    let store = shared.lock_store();
    match store.events_since(*last) {
        Ok(events) => {
            *last = store.resource_version();
            Ok(events.iter().filter_map(|e| w.view(e)).collect())
        }
        Err(oldest) => Err(expired(*last, oldest.saturating_sub(1))),
    }
}

/// Sends `events` one line each, counting them in `sent`. False when the stream must end: the
/// client went away, or `drop_after` events have been sent (`Fault::DropWatchAfter`).
async fn send_events<F, Fut>(
    send: &F,
    events: Vec<(&'static str, Value)>,
    sent: &mut usize,
    w: &WatchRequest,
) -> bool
where
    F: Fn(Bytes) -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for (t, obj) in events {
        let obj = match w.table {
            Some((version, include)) => {
                let meta = json!({"resourceVersion": obj.pointer("/metadata/resourceVersion").cloned().unwrap_or(json!(""))});
                table::table(version, &w.def, &[&obj], meta, include, *sent == 0)
            }
            None => obj,
        };
        if !send(line(t, obj)).await {
            return false;
        }
        *sent += 1;
        if w.drop_after.is_some_and(|n| *sent >= n) {
            return false;
        }
    }
    true
}
