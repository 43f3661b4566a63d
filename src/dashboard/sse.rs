//! Live streams, shared: one set of watches per rollout (and one rollout watch per namespace
//! list), however many browser tabs follow it. A hub runs the watches, turns each change into
//! the event text once, keeps the latest state for newcomers and fans the events out with a
//! tokio broadcast channel. It stops when its last subscriber has gone.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use tokio::sync::broadcast;

use super::State;
use super::api::{error_body, failure};
use super::info::{self, RolloutWatchEvent};
use crate::k8s::follow::follow_rollout;
use crate::k8s::reads;
use crate::k8s::watch::{Flow, WatchSpec, follow};
use crate::model::resource::ROLLOUTS;

/// Events a subscriber may fall behind by before it is cut off (and reconnects afresh).
const BACKLOG: usize = 1024;
/// How often a hub looks whether anyone still listens.
const IDLE_CHECK: Duration = Duration::from_secs(1);

/// What a stream is about: one rollout, or the rollouts of a namespace (None = all).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Topic {
    Rollout { ns: String, name: String },
    List { ns: Option<String> },
}

/// The running hubs, by topic.
#[derive(Default)]
pub struct Hubs(Mutex<HashMap<Topic, Arc<Hub>>>);

struct Hub {
    tx: broadcast::Sender<Arc<str>>,
    /// The latest event per key (one key for a rollout; `ns/name` for a list): what a new
    /// subscriber is sent first.
    latest: Mutex<BTreeMap<String, Arc<str>>>,
}

impl Hub {
    /// Sends `data` as the new state of `key`, unless it is the state already sent.
    fn publish(&self, key: &str, data: String) {
        let mut latest = lock(&self.latest);
        if latest.get(key).is_some_and(|d| **d == *data) {
            return;
        }
        let data: Arc<str> = data.into();
        latest.insert(key.to_string(), data.clone());
        let _ = self.tx.send(data);
    }

    fn forget(&self, key: &str) {
        lock(&self.latest).remove(key);
    }
}

/// The events of one rollout: `{"result": RolloutInfo}` after every change.
pub async fn rollout(state: Arc<State>, ns: String, name: String) -> Response {
    subscribe(state, Topic::Rollout { ns, name }).await
}

/// The events of a namespace's list: `{"result": {"type", "rolloutInfo"}}` per changed
/// rollout; first the current state of every rollout.
pub async fn list(state: Arc<State>, ns: Option<String>) -> Response {
    subscribe(state, Topic::List { ns }).await
}

async fn subscribe(state: Arc<State>, topic: Topic) -> Response {
    let (hub, rx) = {
        let mut hubs = lock(&state.hubs.0);
        let hub = hubs
            .entry(topic.clone())
            .or_insert_with(|| {
                let hub = Arc::new(Hub {
                    tx: broadcast::channel(BACKLOG).0,
                    latest: Mutex::new(BTreeMap::new()),
                });
                tokio::spawn(run(state.clone(), topic.clone(), hub.clone()));
                hub
            })
            .clone();
        // Subscribed under the lock: the hub cannot find itself unwatched and stop between.
        let rx = hub.tx.subscribe();
        (hub, rx)
    };
    let initial: VecDeque<Arc<str>> = lock(&hub.latest).values().cloned().collect();
    drop(hub);
    let cut_off_when_behind = matches!(topic, Topic::List { .. });
    let shutdown = state.shutdown.clone();
    let stream = futures::stream::unfold(
        (initial, rx, shutdown),
        move |(mut initial, mut rx, mut shutdown)| async move {
            if let Some(data) = initial.pop_front() {
                return Some((Ok(event(&data)), (initial, rx, shutdown)));
            }
            loop {
                if *shutdown.borrow() {
                    return None;
                }
                tokio::select! {
                    _ = shutdown.changed() => return None,
                    got = rx.recv() => match got {
                        Ok(data) => return Some((Ok::<_, std::convert::Infallible>(event(&data)), (initial, rx, shutdown))),
                        // A rollout's event is its whole state: the next one makes up for any
                        // missed. A list's events are per rollout: start over instead.
                        Err(broadcast::error::RecvError::Lagged(_)) if !cut_off_when_behind => continue,
                        Err(_) => return None,
                    }
                }
            }
        },
    );
    Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response()
}

fn event(data: &str) -> Event {
    Event::default().data(data)
}

/// Runs the hub's watches until nobody listens (or the dashboard stops), then removes it.
async fn run(state: Arc<State>, topic: Topic, hub: Arc<Hub>) {
    let until = unwatched(state.clone(), topic.clone(), hub.clone());
    let result = match &topic {
        Topic::Rollout { ns, name } => follow_one(&state, ns, name, &hub, until).await,
        Topic::List { ns } => follow_list(&state, ns.clone(), &hub, until).await,
    };
    if let Err(e) = result {
        let (status, message) = failure(&e, &state);
        hub.publish(
            "~error",
            json!({"error": error_body(status, &message)}).to_string(),
        );
        // Let the subscribers read the error before the stream closes.
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let mut hubs = lock(&state.hubs.0);
    if hubs.get(&topic).is_some_and(|h| Arc::ptr_eq(h, &hub)) {
        hubs.remove(&topic);
    }
}

/// Completes once the hub has no subscriber (checked under the hubs' lock, and then the hub
/// is removed there too, so a newcomer starts a new one) or the dashboard stops.
async fn unwatched(state: Arc<State>, topic: Topic, hub: Arc<Hub>) {
    let mut shutdown = state.shutdown.clone();
    loop {
        tokio::select! {
            _ = tokio::time::sleep(IDLE_CHECK) => {}
            _ = shutdown.changed() => return,
        }
        let mut hubs = lock(&state.hubs.0);
        if hub.tx.receiver_count() == 0 {
            if hubs.get(&topic).is_some_and(|h| Arc::ptr_eq(h, &hub)) {
                hubs.remove(&topic);
            }
            return;
        }
    }
}

async fn follow_one(
    state: &State,
    ns: &str,
    name: &str,
    hub: &Hub,
    until: impl std::future::Future<Output = ()>,
) -> anyhow::Result<()> {
    let first = reads::rollout_objects(&state.cluster, ns, name).await?;
    let publish = |objs: &crate::view::RolloutObjects| {
        let info = super::api::detail(state, objs);
        hub.publish("", json!({"result": info}).to_string());
    };
    publish(&first);
    follow_rollout(&state.cluster, ns, name, &first, until, None, |objs| {
        publish(objs);
        Ok(())
    })
    .await
}

async fn follow_list(
    state: &State,
    ns: Option<String>,
    hub: &Hub,
    until: impl std::future::Future<Output = ()>,
) -> anyhow::Result<()> {
    let spec = WatchSpec {
        resource: ROLLOUTS,
        namespace: ns,
        label_selector: None,
        field_selector: None,
    };
    // resourceVersion per rollout: only a rollout that changed is mapped and sent again.
    let mut seen: HashMap<String, String> = HashMap::new();
    follow(&state.cluster, vec![spec], until, |snap| {
        let mut now_present = std::collections::HashSet::new();
        for ro in &snap[0] {
            let key = crate::k8s::watch::key(ro);
            let rv = ro["metadata"]["resourceVersion"]
                .as_str()
                .unwrap_or_default();
            now_present.insert(key.clone());
            if seen.get(&key).map(String::as_str) == Some(rv) {
                continue;
            }
            seen.insert(key.clone(), rv.to_string());
            let ev = RolloutWatchEvent {
                kind: "Updated".into(),
                rollout_info: info::list_info(ro),
            };
            hub.publish(&key, json!({"result": ev}).to_string());
        }
        let gone: Vec<String> = seen
            .keys()
            .filter(|k| !now_present.contains(*k))
            .cloned()
            .collect();
        for key in gone {
            seen.remove(&key);
            let (ns, name) = key.split_once('/').unwrap_or(("", &key));
            let ev = json!({"result": {"type": "Deleted",
                "rolloutInfo": {"objectMeta": {"name": name, "namespace": ns}}}});
            hub.publish(&key, ev.to_string());
            // A newcomer never needs to hear about a rollout that is gone.
            hub.forget(&key);
        }
        Ok(Flow::Continue)
    })
    .await?;
    Ok(())
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}
