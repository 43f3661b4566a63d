//! Live streams, shared: one set of watches per rollout (and one rollout watch per namespace
//! list), however many browser tabs follow it. A hub runs the watches, turns each change into
//! the event text once, keeps the latest state per key and tells its subscribers through a
//! tokio broadcast channel.
//!
//! A subscriber never depends on the channel's backlog for the whole picture: a newcomer is
//! sent the hub's latest states, and when many keys change at once (the first list of a
//! namespace, a relist after a lost watch) the hub sends one `Resync` instead of an event per
//! key, and each subscriber sends the latest states from the map. A subscriber that falls
//! behind the channel (a slow tab) is resynced the same way rather than cut off, so a list of
//! thousands of rollouts loads and stays live.
//!
//! On a namespace stream a resync is framed by two named SSE events, `resync` then `synced`
//! (data `{"rollouts": N}`), between which every current rollout is sent once: a client drops
//! what it holds that was not sent between them (a deletion it missed). Clients written for
//! the anchor's API listen to unnamed events only and never see the two markers.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures::Stream;
use serde_json::json;
use tokio::sync::{broadcast, watch};

use super::State;
use super::api::{error_body, failure};
use super::info::{self, RolloutWatchEvent};
use crate::k8s::follow::follow_rollout;
use crate::k8s::reads;
use crate::k8s::watch::{Flow, WatchSpec, follow};
use crate::model::resource::ROLLOUTS;

/// Messages a subscriber may fall behind by before it is resynced from the latest states.
const BACKLOG: usize = 1024;
/// More changes than this at once are sent as one resync rather than one event each: the
/// subscribers then read the states from the map, and the channel's backlog stays small.
const RESYNC_ABOVE: usize = 64;
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

/// What a hub tells its subscribers.
#[derive(Debug, Clone)]
enum Msg {
    /// One event, as sent (a key's new state, or a list's `Deleted`).
    Event(Arc<str>),
    /// Many keys changed: send every latest state again.
    Resync,
}

/// What a subscriber writes: an unnamed event (the API's data) or a named marker.
#[derive(Debug, Clone, PartialEq)]
enum Out {
    Data(Arc<str>),
    Marker(&'static str, usize),
}

/// The latest state per key (one key for a rollout; `ns/name` for a list).
#[derive(Default)]
struct Latest {
    /// False until the hub's first read is in: a newcomer before it waits for the `Resync`.
    ready: bool,
    by_key: BTreeMap<String, Arc<str>>,
}

struct Hub {
    tx: broadcast::Sender<Msg>,
    /// Held while the map changes and the message goes out, and while a subscriber takes its
    /// receiver and its copy: so a subscriber's copy and its receiver never miss a change
    /// between them.
    latest: Mutex<Latest>,
    /// A namespace list (resyncs are framed by markers) or one rollout (one whole state).
    list: bool,
}

impl Hub {
    fn new(list: bool, backlog: usize) -> Hub {
        Hub {
            tx: broadcast::channel(backlog).0,
            latest: Mutex::new(Latest::default()),
            list,
        }
    }

    /// Applies a batch of changes: `Some(data)` is a key's new state, `None` that the rollout
    /// of a list is gone. Unchanged states are not sent again.
    fn publish(&self, changes: Vec<(String, Option<String>)>) {
        self.apply(&mut lock(&self.latest), changes);
    }

    /// A list's whole picture: each rollout's state, and every rollout the hub holds that is
    /// not among them gone (the hub's map is what was sent, so it tells what disappeared).
    fn publish_all(&self, states: Vec<(String, String)>) {
        let mut latest = lock(&self.latest);
        let present: HashSet<&str> = states.iter().map(|(k, _)| k.as_str()).collect();
        let gone: Vec<String> = (latest.by_key.keys())
            .filter(|k| !present.contains(k.as_str()))
            .cloned()
            .collect();
        let changes = (states.into_iter().map(|(k, d)| (k, Some(d))))
            .chain(gone.into_iter().map(|k| (k, None)))
            .collect();
        self.apply(&mut latest, changes);
    }

    fn apply(&self, latest: &mut Latest, changes: Vec<(String, Option<String>)>) {
        let mut events = Vec::new();
        for (key, data) in changes {
            match data {
                Some(data) => {
                    if latest.by_key.get(&key).is_some_and(|d| **d == *data) {
                        continue;
                    }
                    let data: Arc<str> = data.into();
                    latest.by_key.insert(key, data.clone());
                    events.push(data);
                }
                None => {
                    if latest.by_key.remove(&key).is_some() {
                        events.push(deleted(&key).into());
                    }
                }
            }
        }
        if !latest.ready || events.len() > RESYNC_ABOVE {
            latest.ready = true;
            let _ = self.tx.send(Msg::Resync);
        } else {
            for data in events {
                let _ = self.tx.send(Msg::Event(data));
            }
        }
    }

    /// A receiver from now on, and what to send before its first message: every latest state
    /// (framed for a list), or nothing while the first read is not in.
    fn subscribe(&self) -> (broadcast::Receiver<Msg>, VecDeque<Out>) {
        let latest = lock(&self.latest);
        let rx = self.tx.subscribe();
        let first = if latest.ready {
            self.snapshot(&latest)
        } else {
            VecDeque::new()
        };
        (rx, first)
    }

    fn snapshot(&self, latest: &Latest) -> VecDeque<Out> {
        let states = latest.by_key.values().cloned().map(Out::Data);
        if !self.list {
            return states.collect();
        }
        let n = latest.by_key.len();
        std::iter::once(Out::Marker("resync", n))
            .chain(states)
            .chain(std::iter::once(Out::Marker("synced", n)))
            .collect()
    }
}

/// The events of one rollout: `{"result": RolloutInfo}` after every change.
pub async fn rollout(state: Arc<State>, ns: String, name: String) -> Response {
    respond(state, Topic::Rollout { ns, name })
}

/// The events of a namespace's list: `{"result": {"type", "rolloutInfo"}}` per changed
/// rollout; first the current state of every rollout (framed by `resync` / `synced`).
pub async fn list(state: Arc<State>, ns: Option<String>) -> Response {
    respond(state, Topic::List { ns })
}

fn respond(state: Arc<State>, topic: Topic) -> Response {
    let stream = {
        let mut hubs = lock(&state.hubs.0);
        let hub = hubs
            .entry(topic.clone())
            .or_insert_with(|| {
                let hub = Arc::new(Hub::new(matches!(topic, Topic::List { .. }), BACKLOG));
                tokio::spawn(run(state.clone(), topic.clone(), hub.clone()));
                hub
            })
            .clone();
        // Subscribed under the hubs' lock: the hub cannot find itself unwatched and stop
        // between.
        outs(hub, state.shutdown.clone())
    };
    let stream = futures::StreamExt::map(stream, |out| {
        Ok::<_, std::convert::Infallible>(match out {
            Out::Data(data) => Event::default().data(&*data),
            Out::Marker(name, n) => Event::default()
                .event(name)
                .data(json!({"rollouts": n}).to_string()),
        })
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(Duration::from_secs(15)))
        .into_response()
}

/// A subscriber's stream: what it is owed, then the hub's messages, resynced from the map
/// whenever the hub says so or the subscriber has fallen behind. Ends when the hub or the
/// dashboard stops. It holds the hub weakly: once the hub's task has ended (nobody listens,
/// or its watch failed and the error was sent) the hub and its sender go, and the stream
/// ends, so a browser reconnects to a fresh hub.
fn outs(hub: Arc<Hub>, shutdown: watch::Receiver<bool>) -> impl Stream<Item = Out> {
    let (rx, owed) = hub.subscribe();
    let hub = Arc::downgrade(&hub);
    futures::stream::unfold(
        (hub, rx, owed, shutdown),
        |(hub, mut rx, mut owed, mut shutdown)| async move {
            loop {
                if let Some(out) = owed.pop_front() {
                    return Some((out, (hub, rx, owed, shutdown)));
                }
                if *shutdown.borrow() {
                    return None;
                }
                tokio::select! {
                    _ = shutdown.changed() => return None,
                    got = rx.recv() => match got {
                        Ok(Msg::Event(data)) => return Some((Out::Data(data), (hub, rx, owed, shutdown))),
                        Ok(Msg::Resync) => {
                            let live = hub.upgrade()?;
                            owed = live.snapshot(&lock(&live.latest));
                        }
                        // Behind: start again from now, with the whole picture.
                        Err(broadcast::error::RecvError::Lagged(_)) => {
                            (rx, owed) = hub.upgrade()?.subscribe();
                        }
                        Err(broadcast::error::RecvError::Closed) => return None,
                    }
                }
            }
        },
    )
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
        let data = json!({"error": error_body(status, &message)}).to_string();
        hub.publish(vec![("~error".into(), Some(data))]);
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
        let data = json!({"result": info}).to_string();
        hub.publish(vec![(String::new(), Some(data))]);
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
        // The watch keeps each rollout's event text, not the rollout: 2,000 parsed rollouts
        // would hold ~60 MB; their events ~1 MB.
        project: Some(list_entry),
        ..WatchSpec::selected(ROLLOUTS, ns.as_deref(), None)
    };
    follow(&state.cluster, vec![spec], until, |snap| {
        hub.publish_all(list_states(&snap[0]));
        Ok(Flow::Continue)
    })
    .await?;
    Ok(())
}

/// What the namespace stream keeps of a rollout: its coordinates and its event's text,
/// mapped once per change of the rollout.
fn list_entry(ro: serde_json::Value) -> serde_json::Value {
    let ev = RolloutWatchEvent {
        kind: "Updated".into(),
        rollout_info: info::list_info(&ro),
    };
    json!({
        "metadata": {"name": ro["metadata"]["name"], "namespace": ro["metadata"]["namespace"]},
        "event": json!({"result": ev}).to_string(),
    })
}

/// Each list entry's key (`ns/name`) and event text.
fn list_states(entries: &[serde_json::Value]) -> Vec<(String, String)> {
    (entries.iter())
        .map(|e| {
            let event = e["event"].as_str().unwrap_or_default().to_string();
            (crate::k8s::watch::key(e), event)
        })
        .collect()
}

/// The namespace stream's event for a rollout that is gone.
fn deleted(key: &str) -> String {
    let (ns, name) = key.split_once('/').unwrap_or(("", key));
    json!({"result": {"type": "Deleted",
        "rolloutInfo": {"objectMeta": {"name": name, "namespace": ns}}}})
    .to_string()
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::StreamExt;

    fn change(key: &str, data: &str) -> (String, Option<String>) {
        (key.to_string(), Some(data.to_string()))
    }

    fn data(s: &str) -> Out {
        Out::Data(s.into())
    }

    /// The next `n` outputs, or fewer if the stream stalls for a second (never hangs a test).
    async fn take(stream: &mut (impl Stream<Item = Out> + Unpin), n: usize) -> Vec<Out> {
        let mut got = Vec::new();
        while got.len() < n {
            match tokio::time::timeout(Duration::from_secs(1), stream.next()).await {
                Ok(Some(out)) => got.push(out),
                _ => break,
            }
        }
        got
    }

    /// Nothing more is ready within a short while.
    async fn idle(stream: &mut (impl Stream<Item = Out> + Unpin)) -> bool {
        tokio::time::timeout(Duration::from_millis(100), stream.next())
            .await
            .is_err()
    }

    #[tokio::test]
    async fn a_subscriber_before_the_first_read_gets_every_state_framed_as_one_resync() {
        let hub = Arc::new(Hub::new(true, 4));
        let (_stop, shutdown) = watch::channel(false);
        let mut s = Box::pin(outs(hub.clone(), shutdown));
        // Ten rollouts in the first read: more than the channel holds, yet no event is lost.
        let first: Vec<_> = (0..10)
            .map(|i| change(&format!("ns/r{i}"), &format!("r{i}")))
            .collect();
        hub.publish(first);
        let got = take(&mut s, 12).await;
        let mut want = vec![Out::Marker("resync", 10)];
        want.extend((0..10).map(|i| data(&format!("r{i}"))));
        want.push(Out::Marker("synced", 10));
        assert_eq!(got, want);
        assert!(idle(&mut s).await);
    }

    #[tokio::test]
    async fn a_newcomer_gets_the_latest_states_and_then_each_change_on_its_own() {
        let hub = Arc::new(Hub::new(true, 16));
        hub.publish(vec![change("ns/a", "a1"), change("ns/b", "b1")]);
        hub.publish(vec![change("ns/a", "a2")]);
        let (_stop, shutdown) = watch::channel(false);
        let mut s = Box::pin(outs(hub.clone(), shutdown));
        assert_eq!(
            take(&mut s, 4).await,
            vec![
                Out::Marker("resync", 2),
                data("a2"),
                data("b1"),
                Out::Marker("synced", 2)
            ]
        );
        // An unchanged state is not sent again; a deletion is an event.
        hub.publish(vec![change("ns/b", "b1"), change("ns/a", "a3")]);
        hub.publish(vec![("ns/b".into(), None)]);
        assert_eq!(
            take(&mut s, 2).await,
            vec![data("a3"), data(&deleted("ns/b"))]
        );
        assert!(idle(&mut s).await);
    }

    #[tokio::test]
    async fn many_changes_at_once_are_sent_as_a_resync_not_one_event_each() {
        let hub = Arc::new(Hub::new(true, BACKLOG));
        hub.publish(vec![change("ns/old", "old")]);
        let (_stop, shutdown) = watch::channel(false);
        let mut s = Box::pin(outs(hub.clone(), shutdown));
        assert_eq!(take(&mut s, 3).await.len(), 3);
        // A relist: the old rollout is gone, RESYNC_ABOVE + 1 are new.
        let mut relist: Vec<_> = (0..=RESYNC_ABOVE)
            .map(|i| change(&format!("ns/n{i:03}"), &format!("n{i}")))
            .collect();
        relist.push(("ns/old".into(), None));
        hub.publish(relist);
        let n = RESYNC_ABOVE + 1;
        let got = take(&mut s, n + 2).await;
        assert_eq!(got.first(), Some(&Out::Marker("resync", n)));
        assert_eq!(got.last(), Some(&Out::Marker("synced", n)));
        // The deletion is told by absence inside the frame, not by an event.
        assert!(!got.contains(&data(&deleted("ns/old"))));
        assert!(!got.contains(&data("old")));
        assert!(idle(&mut s).await);
    }

    #[tokio::test]
    async fn a_subscriber_that_falls_behind_is_resynced_not_cut_off() {
        let hub = Arc::new(Hub::new(true, 4));
        hub.publish(vec![change("ns/a", "a0"), change("ns/b", "b0")]);
        let (_stop, shutdown) = watch::channel(false);
        let mut s = Box::pin(outs(hub.clone(), shutdown));
        assert_eq!(take(&mut s, 4).await.len(), 4);
        // Twenty changes and a deletion while the subscriber reads nothing.
        for i in 1..=20 {
            hub.publish(vec![change("ns/a", &format!("a{i}"))]);
        }
        hub.publish(vec![("ns/b".into(), None)]);
        assert_eq!(
            take(&mut s, 3).await,
            vec![
                Out::Marker("resync", 1),
                data("a20"),
                Out::Marker("synced", 1)
            ]
        );
        // And it is live again afterwards.
        hub.publish(vec![change("ns/c", "c0")]);
        assert_eq!(take(&mut s, 1).await, vec![data("c0")]);
    }

    #[tokio::test]
    async fn a_rollouts_stream_carries_whole_states_without_markers() {
        let hub = Arc::new(Hub::new(false, 2));
        let (stop, shutdown) = watch::channel(false);
        let mut s = Box::pin(outs(hub.clone(), shutdown));
        hub.publish(vec![change("", "v1")]);
        assert_eq!(take(&mut s, 1).await, vec![data("v1")]);
        for i in 2..=9 {
            hub.publish(vec![change("", &format!("v{i}"))]);
        }
        // Behind by more than the channel holds: the latest state, once.
        assert_eq!(take(&mut s, 1).await, vec![data("v9")]);
        assert!(idle(&mut s).await);
        // The dashboard stopping ends the stream.
        stop.send(true).expect("the stream listens");
        assert_eq!(take(&mut s, 1).await, vec![]);
    }

    #[tokio::test]
    async fn a_stream_ends_when_its_hub_has_gone() {
        let hub = Arc::new(Hub::new(true, 8));
        hub.publish(vec![change("ns/a", "a0")]);
        let (_stop, shutdown) = watch::channel(false);
        let mut s = Box::pin(outs(hub.clone(), shutdown));
        assert_eq!(take(&mut s, 3).await.len(), 3);
        // The hub's task ended (its watch failed, say): the last strong reference goes.
        hub.publish(vec![change("~error", "the error")]);
        drop(hub);
        assert_eq!(take(&mut s, 1).await, vec![data("the error")]);
        let end = tokio::time::timeout(Duration::from_secs(1), s.next()).await;
        assert_eq!(end, Ok(None), "the stream ends");
    }

    #[tokio::test]
    async fn a_list_entry_keeps_the_coordinates_and_the_event_and_gone_rollouts_are_named() {
        let ro = |name: &str, image: &str| {
            json!({"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout",
                "metadata": {"name": name, "namespace": "shop", "resourceVersion": "7",
                    "labels": {"app": name}},
                "spec": {"replicas": 1, "strategy": {"canary": {}},
                    "template": {"spec": {"containers": [{"name": "app", "image": image}]}}}})
        };
        let a = list_entry(ro("a", "shop/a:1"));
        assert_eq!(a["metadata"], json!({"name": "a", "namespace": "shop"}));
        let event: serde_json::Value =
            serde_json::from_str(a["event"].as_str().expect("the event text")).expect("JSON");
        assert_eq!(event["result"]["type"], "Updated");
        assert_eq!(
            event["result"]["rolloutInfo"],
            json!(info::list_info(&ro("a", "shop/a:1")))
        );

        let b = list_entry(ro("b", "shop/b:1"));
        let c = list_entry(ro("c", "shop/c:1"));
        let text = |e: &serde_json::Value| data(e["event"].as_str().expect("the event text"));
        let first = list_states(&[a.clone(), b.clone()]);
        let keys: Vec<&str> = first.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["shop/a", "shop/b"]);

        // The hub tells what changed and what is gone from what it holds: a is unchanged, c is
        // new, b has gone.
        let hub = Arc::new(Hub::new(true, 16));
        let (_stop, shutdown) = watch::channel(false);
        let mut s = Box::pin(outs(hub.clone(), shutdown));
        hub.publish_all(first);
        assert_eq!(
            take(&mut s, 4).await,
            vec![
                Out::Marker("resync", 2),
                text(&a),
                text(&b),
                Out::Marker("synced", 2)
            ]
        );
        hub.publish_all(list_states(&[a, c.clone()]));
        assert_eq!(
            take(&mut s, 2).await,
            vec![text(&c), data(&deleted("shop/b"))]
        );
        assert!(idle(&mut s).await);
        assert_eq!(
            deleted("shop/b"),
            r#"{"result":{"type":"Deleted","rolloutInfo":{"objectMeta":{"name":"b","namespace":"shop"}}}}"#
        );
    }
}
