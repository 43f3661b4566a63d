//! Pods and ReplicaSets: a ReplicaSet's pods follow its replica count, start after a while,
//! and terminate before they disappear.

use jiff::{SignedDuration, Timestamp};
use serde_json::{Value, json};

use super::json::{
    Step, at, i64_at, meta, obj_mut, owner_ref, rfc3339, save, set, slot, str_at, ts,
};
use super::{Controller, POD_START, POD_STOP};
use crate::apiserver::Store;

/// What a tick reads about one ReplicaSet's pods.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct PodCounts {
    /// Not terminating.
    pub current: i64,
    pub ready: i64,
}

impl Controller {
    pub(super) fn create_pod(
        &mut self,
        store: &mut Store,
        rs: &Value,
        created: Timestamp,
        ready: bool,
    ) -> Step {
        let rs_name = meta(rs, "name");
        let ns = meta(rs, "namespace");
        let name = loop {
            let n = format!("{rs_name}-{}", self.rng.suffix(5));
            if store.get("v1", "pods", ns, &n).is_none() {
                break n;
            }
        };
        let template = at(rs, &["spec", "template"]).cloned().unwrap_or(json!({}));
        let mut spec = template.get("spec").cloned().unwrap_or(json!({}));
        let node = format!("playground-node-{}", 1 + self.rng.below(3));
        set(&mut spec, "nodeName", json!(node))?;
        let labels = at(&template, &["metadata", "labels"])
            .cloned()
            .unwrap_or(json!({}));
        let mut pod = json!({
            "apiVersion": "v1", "kind": "Pod",
            "metadata": {
                "name": name, "namespace": ns, "generateName": format!("{rs_name}-"),
                "labels": labels, "creationTimestamp": rfc3339(created),
                "ownerReferences": owner_ref(rs, "apps/v1", "ReplicaSet"),
            },
            "spec": spec,
            "status": {},
        });
        let ip = format!(
            "10.244.{}.{}",
            self.rng.below(250) + 1,
            self.rng.below(250) + 2
        );
        let status = pod_status(&pod, ready, created, &ip);
        set(&mut pod, "status", status)?;
        store.put(pod);
        Ok(())
    }

    /// Pods by the uid of their controlling owner, read once at the start of a tick.
    pub(super) fn index_pods(&mut self, store: &Store) {
        self.pods.clear();
        for p in store.list("v1", "pods", None) {
            if let Some(uid) = crate::model::controller_uid(&p) {
                let uid = uid.to_string();
                self.pods.entry(uid).or_default().push(p);
            }
        }
    }

    pub(super) fn pods_of(&self, rs: &Value) -> &[Value] {
        self.pods.get(meta(rs, "uid")).map_or(&[], Vec::as_slice)
    }

    /// A ReplicaSet's pods as the tick started (the next tick sees this tick's changes).
    pub(super) fn counts(&self, rs: &Value) -> PodCounts {
        let mut c = PodCounts::default();
        for p in self.pods_of(rs) {
            if at(p, &["metadata", "deletionTimestamp"]).is_some() {
                continue;
            }
            c.current += 1;
            if pod_ready(p) {
                c.ready += 1;
            }
        }
        c
    }

    /// Keeps a ReplicaSet's pods at its replica count: new pods start after a while, surplus
    /// pods (not-ready first, then the newest) terminate and then disappear.
    pub(super) fn replica_set(&mut self, store: &mut Store, rs: &Value, now: Timestamp) -> Step {
        let ns = meta(rs, "namespace");
        let want = i64_at(rs, &["spec", "replicas"]).unwrap_or(1).max(0);
        let pods: Vec<Value> = self.pods_of(rs).to_vec();
        let mut live = Vec::new();
        for p in pods {
            match ts(&p, &["metadata", "deletionTimestamp"]) {
                Some(gone) if now >= gone => {
                    store.delete("v1", "pods", ns, meta(&p, "name"));
                }
                Some(_) => {}
                None => live.push(p),
            }
        }
        // Start pods whose start-up time has passed.
        for p in live.iter_mut() {
            if !pod_ready(p) {
                let created = ts(p, &["metadata", "creationTimestamp"]).unwrap_or(now);
                if self.elapsed(Some(created), POD_START, now) {
                    let mut new = p.clone();
                    let ip = str_at(p, &["status", "podIP"]).to_string();
                    set(&mut new, "status", pod_status(p, true, now, &ip))?;
                    save(store, "v1", "pods", p, new.clone());
                    *p = new;
                }
            }
        }
        let count = i64::try_from(live.len()).unwrap_or(i64::MAX);
        let mut c = PodCounts {
            current: count,
            ready: i64::try_from(live.iter().filter(|p| pod_ready(p)).count()).unwrap_or(0),
        };
        if count < want {
            for _ in count..want {
                self.create_pod(store, rs, now, false)?;
            }
            c.current = want;
        } else if count > want {
            live.sort_by(|a, b| {
                pod_ready(a)
                    .cmp(&pod_ready(b))
                    .then_with(|| meta(b, "creationTimestamp").cmp(meta(a, "creationTimestamp")))
            });
            let surplus = usize::try_from(count - want).unwrap_or(0);
            for p in live.iter().take(surplus) {
                self.terminate(store, p, now)?;
                c.current -= 1;
                if pod_ready(p) {
                    c.ready -= 1;
                }
            }
        }
        let mut new = rs.clone();
        let st = obj_mut(&mut new, "status")?;
        st.insert("replicas".into(), json!(c.current));
        st.insert("fullyLabeledReplicas".into(), json!(c.current));
        st.insert("readyReplicas".into(), json!(c.ready));
        st.insert("availableReplicas".into(), json!(c.ready));
        let generation = at(rs, &["metadata", "generation"]).cloned();
        st.insert(
            "observedGeneration".into(),
            generation.unwrap_or(Value::Null),
        );
        let latest = store
            .get("apps/v1", "replicasets", ns, meta(rs, "name"))
            .unwrap_or(rs.clone());
        let mut merged = latest.clone();
        set(&mut merged, "status", new["status"].clone())?;
        save(store, "apps/v1", "replicasets", &latest, merged);
        Ok(())
    }

    /// Marks a pod terminating; it disappears once its deletion time has passed.
    pub(super) fn terminate(&self, store: &mut Store, pod: &Value, now: Timestamp) -> Step {
        let mut new = pod.clone();
        let gone = now.checked_add(self.real(POD_STOP)).unwrap_or(now);
        let m = slot(&mut new, "metadata")?;
        set(m, "deletionTimestamp", json!(rfc3339(gone)))?;
        set(m, "deletionGracePeriodSeconds", json!(30))?;
        save(store, "v1", "pods", pod, new);
        Ok(())
    }

    /// Sets a ReplicaSet's `spec.replicas` (read fresh from the store) when it differs.
    pub(super) fn scale(store: &mut Store, rs: &Value, replicas: i64) -> Step {
        let ns = meta(rs, "namespace");
        let name = meta(rs, "name");
        let Some(cur) = store.get("apps/v1", "replicasets", ns, name) else {
            return Ok(());
        };
        if i64_at(&cur, &["spec", "replicas"]) != Some(replicas) {
            let mut new = cur.clone();
            set(slot(&mut new, "spec")?, "replicas", json!(replicas))?;
            save(store, "apps/v1", "replicasets", &cur, new);
        }
        Ok(())
    }

    /// Creates the pods of a loaded ReplicaSet, already running, born just after it.
    pub(super) fn start_loaded_pods(
        &mut self,
        store: &mut Store,
        rs: &Value,
        now: Timestamp,
    ) -> Step {
        let want = i64_at(rs, &["spec", "replicas"]).unwrap_or(0);
        let born = ts(rs, &["metadata", "creationTimestamp"]).unwrap_or(now);
        for i in 0..want {
            let created = born
                .checked_add(SignedDuration::from_secs(1 + i))
                .unwrap_or(born);
            self.create_pod(store, rs, created.min(now), true)?;
        }
        Ok(())
    }
}

pub(super) fn pod_ready(pod: &Value) -> bool {
    at(pod, &["status", "conditions"])
        .and_then(Value::as_array)
        .is_some_and(|c| {
            c.iter()
                .any(|c| str_at(c, &["type"]) == "Ready" && str_at(c, &["status"]) == "True")
        })
}

/// A pod's status: starting (ContainerCreating) or running and ready since `since`.
fn pod_status(pod: &Value, ready: bool, since: Timestamp, ip: &str) -> Value {
    let since = rfc3339(since);
    let created = meta(pod, "creationTimestamp").to_string();
    let containers: Vec<Value> = at(pod, &["spec", "containers"])
        .and_then(Value::as_array)
        .map(|cs| {
            cs.iter()
                .map(|c| {
                    let state = if ready {
                        json!({"running": {"startedAt": since}})
                    } else {
                        json!({"waiting": {"reason": "ContainerCreating"}})
                    };
                    json!({
                        "name": str_at(c, &["name"]), "image": str_at(c, &["image"]),
                        "imageID": "", "ready": ready, "started": ready, "restartCount": 0,
                        "state": state, "lastState": {},
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let flag = if ready { "True" } else { "False" };
    let mut status = json!({
        "phase": if ready { "Running" } else { "Pending" },
        "conditions": [
            {"type": "PodScheduled", "status": "True", "lastProbeTime": null, "lastTransitionTime": created},
            {"type": "Initialized", "status": "True", "lastProbeTime": null, "lastTransitionTime": created},
            {"type": "Ready", "status": flag, "lastProbeTime": null, "lastTransitionTime": since},
            {"type": "ContainersReady", "status": flag, "lastProbeTime": null, "lastTransitionTime": since},
        ],
        "containerStatuses": containers,
        "hostIP": "10.0.0.10",
        "qosClass": "BestEffort",
        "startTime": created,
    });
    if let Some(m) = status.as_object_mut()
        && !ip.is_empty()
    {
        m.insert("podIP".into(), json!(ip));
        if ready {
            m.insert("podIPs".into(), json!([{"ip": ip}]));
        }
    }
    status
}
