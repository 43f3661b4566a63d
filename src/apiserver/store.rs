//! The in-memory object store: one global resourceVersion counter like etcd, and a bounded
//! history of change events that watches replay from.

use std::collections::{BTreeMap, VecDeque};

use serde::Deserialize;
use serde_json::{Value, json};

use super::discovery::{ResourceDef, resource_defs};

/// (apiVersion, resource plural, namespace — empty when cluster-scoped, name).
pub type Key = (String, String, String, String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventType {
    Added,
    Modified,
    Deleted,
}

impl EventType {
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Added => "ADDED",
            EventType::Modified => "MODIFIED",
            EventType::Deleted => "DELETED",
        }
    }
}

/// One committed change. `old` lets a filtered watch turn a change that leaves its selector
/// into DELETED, as the real watch cache does.
#[derive(Debug, Clone)]
pub struct StoredEvent {
    pub rv: u64,
    pub event_type: EventType,
    pub key: Key,
    pub object: Value,
    pub old: Option<Value>,
}

pub struct Store {
    defs: Vec<ResourceDef>,
    objects: BTreeMap<Key, Value>,
    rv: u64,
    uid_seq: u64,
    history: VecDeque<StoredEvent>,
    history_limit: usize,
    /// Watches must start after this resourceVersion; older ones get 410 Expired.
    compacted: u64,
    notify: tokio::sync::watch::Sender<u64>,
}

pub(crate) fn meta_str<'a>(obj: &'a Value, field: &str) -> &'a str {
    obj.get("metadata")
        .and_then(|m| m.get(field))
        .and_then(Value::as_str)
        .unwrap_or("")
}

fn now_rfc3339() -> String {
    jiff::Timestamp::from_second(jiff::Timestamp::now().as_second())
        .map(|t| t.to_string())
        .unwrap_or_default()
}

impl Store {
    pub fn new(with_argo: bool) -> Self {
        // The counter starts high enough that resourceVersions look like a real cluster's and
        // are never mistaken for "0" (the "any version" marker).
        Self {
            defs: resource_defs(with_argo),
            objects: BTreeMap::new(),
            rv: 1000,
            uid_seq: 0,
            history: VecDeque::new(),
            history_limit: 1000,
            compacted: 1000,
            notify: tokio::sync::watch::channel(1000).0,
        }
    }

    pub fn defs(&self) -> &[ResourceDef] {
        &self.defs
    }

    pub fn subscribe(&self) -> tokio::sync::watch::Receiver<u64> {
        self.notify.subscribe()
    }

    /// The type that `api_version` + kind/plural/short name designates.
    pub fn find_def(&self, api_version: &str, kind_or_plural: &str) -> Option<&ResourceDef> {
        self.defs
            .iter()
            .find(|d| d.api_version() == api_version && d.answers_to(kind_or_plural))
    }

    fn def(&self, api_version: &str, kind_or_plural: &str) -> ResourceDef {
        self.find_def(api_version, kind_or_plural)
            .unwrap_or_else(|| {
                panic!("test server does not serve {kind_or_plural} in {api_version}")
            })
            .clone()
    }

    fn key(&self, api_version: &str, kind_or_plural: &str, ns: &str, name: &str) -> Key {
        let d = self.def(api_version, kind_or_plural);
        let ns = if d.namespaced { ns } else { "" };
        (
            d.api_version(),
            d.plural.to_string(),
            ns.to_string(),
            name.to_string(),
        )
    }

    fn key_of(&self, obj: &Value) -> Key {
        let api_version = obj.get("apiVersion").and_then(Value::as_str).unwrap_or("");
        let kind = obj.get("kind").and_then(Value::as_str).unwrap_or("");
        let name = meta_str(obj, "name");
        assert!(!name.is_empty(), "object without metadata.name: {obj}");
        let ns = match meta_str(obj, "namespace") {
            "" => "default",
            ns => ns,
        };
        self.key(api_version, kind, ns, name)
    }

    /// The current global resourceVersion (that of the last write).
    pub fn resource_version(&self) -> u64 {
        self.rv
    }

    /// Forgets all history: a watch from any resourceVersion older than now gets 410 Gone.
    pub fn compact(&mut self) {
        self.history.clear();
        self.compacted = self.rv;
    }

    /// How many past events a watch can replay (default 1000).
    pub fn set_history_limit(&mut self, limit: usize) {
        self.history_limit = limit;
        self.trim_history();
    }

    pub fn compacted_rv(&self) -> u64 {
        self.compacted
    }

    fn trim_history(&mut self) {
        while self.history.len() > self.history_limit {
            if let Some(e) = self.history.pop_front() {
                self.compacted = e.rv;
            }
        }
    }

    /// Loads every document of a multi-document YAML string (a `kind: List` is unpacked) with
    /// `put`. Panics on malformed YAML: it is test input.
    pub fn load_yaml(&mut self, yaml: &str) -> Vec<Value> {
        let mut loaded = Vec::new();
        for doc in serde_yaml::Deserializer::from_str(yaml) {
            let value = Value::deserialize(doc).unwrap_or_else(|e| panic!("bad YAML: {e}"));
            if value.is_null() {
                continue;
            }
            let is_list = value
                .get("kind")
                .and_then(Value::as_str)
                .is_some_and(|k| k.ends_with("List"));
            match value.get("items").and_then(Value::as_array) {
                Some(items) if is_list => {
                    for item in items {
                        loaded.push(self.put(item.clone()));
                    }
                }
                _ => loaded.push(self.put(value)),
            }
        }
        loaded
    }

    pub fn get(
        &self,
        api_version: &str,
        kind_or_plural: &str,
        ns: &str,
        name: &str,
    ) -> Option<Value> {
        self.objects
            .get(&self.key(api_version, kind_or_plural, ns, name))
            .cloned()
    }

    /// Objects of a type, in one namespace or (`None`) all, in etcd key order.
    pub fn list(&self, api_version: &str, kind_or_plural: &str, ns: Option<&str>) -> Vec<Value> {
        let d = self.def(api_version, kind_or_plural);
        self.list_def(&d, ns)
    }

    pub(crate) fn list_def(&self, d: &ResourceDef, ns: Option<&str>) -> Vec<Value> {
        self.iter_def(d, ns).cloned().collect()
    }

    /// Like `list_def`, without copying: a list answer copies only what it sends.
    pub(crate) fn iter_def<'a>(
        &'a self,
        d: &ResourceDef,
        ns: Option<&'a str>,
    ) -> impl Iterator<Item = &'a Value> + 'a {
        let (av, plural) = (d.api_version(), d.plural);
        self.objects
            .iter()
            .filter(move |((a, p, n, _), _)| {
                *a == av && *p == plural && ns.is_none_or(|ns| ns == n)
            })
            .map(|(_, v)| v)
    }

    pub(crate) fn get_key(&self, key: &Key) -> Option<&Value> {
        self.objects.get(key)
    }

    /// Creates or replaces an object as given, filling system metadata (uid, creationTimestamp,
    /// generation 1, namespace `default`) when missing; a replaced object keeps its uid and
    /// creationTimestamp unless the new one sets them.
    pub fn put(&mut self, mut obj: Value) -> Value {
        let key = self.key_of(&obj);
        let old = self.objects.get(&key).cloned();
        if !obj.get("metadata").is_some_and(Value::is_object) {
            obj["metadata"] = json!({});
        }
        if !key.2.is_empty() {
            obj["metadata"]["namespace"] = json!(key.2);
        }
        for field in ["uid", "creationTimestamp"] {
            if meta_str(&obj, field).is_empty() {
                let value = match old.as_ref().map(|o| meta_str(o, field)) {
                    Some(v) if !v.is_empty() => v.to_string(),
                    _ if field == "uid" => self.new_uid(),
                    _ => now_rfc3339(),
                };
                obj["metadata"][field] = json!(value);
            }
        }
        if obj["metadata"].get("generation").is_none() {
            let generation = match &old {
                Some(o) => {
                    let g = o["metadata"]["generation"].as_i64().unwrap_or(1);
                    if o.get("spec") != obj.get("spec") {
                        g + 1
                    } else {
                        g
                    }
                }
                None => 1,
            };
            obj["metadata"]["generation"] = json!(generation);
        }
        let event_type = if old.is_some() {
            EventType::Modified
        } else {
            EventType::Added
        };
        self.commit(key, obj, event_type, old)
    }

    /// Like `put`, but panics if the object exists.
    pub fn create(&mut self, obj: Value) -> Value {
        let key = self.key_of(&obj);
        assert!(
            !self.objects.contains_key(&key),
            "create: {key:?} already exists"
        );
        self.put(obj)
    }

    /// Like `put`, but panics if the object does not exist.
    pub fn update(&mut self, obj: Value) -> Value {
        let key = self.key_of(&obj);
        assert!(
            self.objects.contains_key(&key),
            "update: {key:?} does not exist"
        );
        self.put(obj)
    }

    /// Changes an object in place with any edit (spec, status, metadata), as a controller
    /// would. Always bumps resourceVersion and emits MODIFIED; bumps `metadata.generation`
    /// when `spec` changed and the closure did not set the generation itself. Panics if the
    /// object does not exist.
    pub fn mutate(
        &mut self,
        api_version: &str,
        kind_or_plural: &str,
        ns: &str,
        name: &str,
        f: impl FnOnce(&mut Value),
    ) -> Value {
        let key = self.key(api_version, kind_or_plural, ns, name);
        let old = self
            .objects
            .get(&key)
            .cloned()
            .unwrap_or_else(|| panic!("mutate: {key:?} does not exist"));
        let mut obj = old.clone();
        f(&mut obj);
        if old.get("spec") != obj.get("spec")
            && old["metadata"].get("generation") == obj["metadata"].get("generation")
        {
            let g = old["metadata"]["generation"].as_i64().unwrap_or(1);
            obj["metadata"]["generation"] = json!(g + 1);
        }
        self.commit(key, obj, EventType::Modified, Some(old))
    }

    pub fn delete(
        &mut self,
        api_version: &str,
        kind_or_plural: &str,
        ns: &str,
        name: &str,
    ) -> Option<Value> {
        let key = self.key(api_version, kind_or_plural, ns, name);
        self.delete_key(&key)
    }

    pub(crate) fn delete_key(&mut self, key: &Key) -> Option<Value> {
        let mut obj = self.objects.remove(key)?;
        self.rv += 1;
        obj["metadata"]["resourceVersion"] = json!(self.rv.to_string());
        self.record(StoredEvent {
            rv: self.rv,
            event_type: EventType::Deleted,
            key: key.clone(),
            object: obj.clone(),
            old: None,
        });
        Some(obj)
    }

    /// Stores `obj` under `key` with a fresh resourceVersion and records the event.
    pub(crate) fn commit(
        &mut self,
        key: Key,
        mut obj: Value,
        event_type: EventType,
        old: Option<Value>,
    ) -> Value {
        self.rv += 1;
        obj["metadata"]["resourceVersion"] = json!(self.rv.to_string());
        self.objects.insert(key.clone(), obj.clone());
        self.record(StoredEvent {
            rv: self.rv,
            event_type,
            key,
            object: obj.clone(),
            old,
        });
        obj
    }

    fn record(&mut self, event: StoredEvent) {
        self.history.push_back(event);
        self.trim_history();
        self.notify.send_replace(self.rv);
    }

    /// Events after `rv`, or `Err(oldest)` when they are no longer all kept.
    pub(crate) fn events_since(&self, rv: u64) -> Result<Vec<StoredEvent>, u64> {
        if rv < self.compacted {
            return Err(self.compacted + 1);
        }
        Ok(self.history.iter().filter(|e| e.rv > rv).cloned().collect())
    }

    pub(crate) fn new_uid(&mut self) -> String {
        self.uid_seq += 1;
        format!("6f1c4e2a-0000-4000-8000-{:012x}", self.uid_seq)
    }
}
