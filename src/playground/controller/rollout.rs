//! A rollout's reconciliation: choose (or create) the ReplicaSet of the current template, start
//! an update when it changed, hand over to the strategy, restart pods, then write the status.

use jiff::Timestamp;
use serde_json::{Map, Value, json};

use super::json::{
    Step, at, clear_pause, i64_at, meta, obj_mut, owner_ref, remove, rfc3339, save, set,
    set_condition, slot, str_at, subset,
};
use super::pods::{PodCounts, pod_ready};
use super::{ARGO, Controller, steps_hash, template_hash};
use crate::apiserver::Store;
use crate::model::{
    Declared, POD_TEMPLATE_HASH_LABEL as HASH_LABEL, REVISION_ANNOTATION as REVISION,
};

/// What a strategy needs to know about the rollout being reconciled.
pub(super) struct RolloutCtx<'a> {
    pub ro: &'a Value,
    /// The ReplicaSet of the current template.
    pub new_rs: &'a Value,
    /// Every ReplicaSet the rollout controls, as the tick started.
    pub rss: &'a [Value],
    pub steps: &'a [Value],
    pub replicas: i64,
    pub blue_green: bool,
    pub now: Timestamp,
    pub now_s: String,
}

impl RolloutCtx<'_> {
    /// The pod template hash of the current ReplicaSet.
    pub fn hash(&self) -> &str {
        hash_of(self.new_rs)
    }
}

/// The ReplicaSets a status is counted over.
#[derive(Default)]
struct Counted<'a> {
    rss: &'a [Value],
    new_rs: Option<&'a Value>,
    /// Blue-green: the active ReplicaSet, the only one whose pods count as available.
    active: Option<&'a Value>,
}

/// The revision annotation; 0 when missing or unreadable.
pub(super) fn revision_of(obj: &Value) -> u64 {
    crate::model::revision_of(obj).unwrap_or(0)
}

pub(super) fn hash_of(rs: &Value) -> &str {
    str_at(rs, &["metadata", "labels", HASH_LABEL])
}

/// `metadata.annotations` for writing, both made objects when they are not.
pub(super) fn annotations_mut(v: &mut Value) -> Step<&mut Map<String, Value>> {
    obj_mut(v, "metadata")?;
    obj_mut(slot(v, "metadata")?, "annotations")
}

/// A ReplicaSet's template without the hash label: what a rollout's template looks like.
pub(super) fn template_without_hash(rs: &Value) -> Value {
    let mut t = at(rs, &["spec", "template"]).cloned().unwrap_or(json!({}));
    if let Some(labels) = t
        .get_mut("metadata")
        .and_then(|m| m.get_mut("labels"))
        .and_then(Value::as_object_mut)
    {
        labels.remove(HASH_LABEL);
    }
    t
}

/// The ReplicaSets in `ns` that `uid` controls.
fn controlled(store: &Store, ns: &str, uid: &str) -> Vec<Value> {
    store
        .list("apps/v1", "replicasets", Some(ns))
        .into_iter()
        .filter(|rs| crate::model::is_controlled_by(rs, uid))
        .collect()
}

impl Controller {
    /// The pod template the rollout runs: its own, or the referenced workload's.
    fn template_of(store: &Store, ro: &Value) -> Option<(Value, Option<i64>)> {
        let Some(wr) = at(ro, &["spec", "workloadRef"]) else {
            return at(ro, &["spec", "template"]).cloned().map(|t| (t, None));
        };
        let ns = meta(ro, "namespace");
        let name = str_at(wr, &["name"]);
        let (obj, path): (Option<Value>, &[&str]) = match str_at(wr, &["kind"]) {
            "Deployment" => (
                store.get("apps/v1", "deployments", ns, name),
                &["spec", "template"],
            ),
            "ReplicaSet" => (
                store.get("apps/v1", "replicasets", ns, name),
                &["spec", "template"],
            ),
            "PodTemplate" => (store.get("v1", "podtemplates", ns, name), &["template"]),
            _ => (None, &[]),
        };
        let obj = obj?;
        let generation = i64_at(&obj, &["metadata", "generation"]);
        at(&obj, path).cloned().map(|t| (t, generation))
    }

    pub(super) fn rollout(&mut self, store: &mut Store, ro: &Value, now: Timestamp) -> Step {
        let ns = meta(ro, "namespace").to_string();
        let uid = meta(ro, "uid").to_string();
        let now_s = rfc3339(now);
        let mut new = ro.clone();
        if !new.get("status").is_some_and(Value::is_object) {
            set(&mut new, "status", json!({}))?;
        }
        let Some((template, workload_generation)) = Self::template_of(store, ro) else {
            set_condition(
                slot(&mut new, "status")?,
                "InvalidSpec",
                "True",
                "InvalidSpec",
                "the rollout has no pod template (or its workloadRef cannot be read)",
                &now_s,
            )?;
            return self.finish_status(store, ro, new, &Counted::default(), now);
        };
        if let Some(g) = workload_generation {
            annotations_mut(&mut new)?.insert(
                crate::model::WORKLOAD_GENERATION_ANNOTATION.into(),
                json!(g.to_string()),
            );
            set(
                slot(&mut new, "status")?,
                "workloadObservedGeneration",
                json!(g.to_string()),
            )?;
        }
        let replicas = i64_at(ro, &["spec", "replicas"]).unwrap_or(1).max(0);
        let steps: Vec<Value> = at(ro, &["spec", "strategy", "canary", "steps"])
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        // Not StrategyKind::of: the simulated controller has always run a spec declaring both
        // strategies (invalid to Argo) as blue-green; the playground's behaviour stays.
        let blue_green = Declared::of(ro).blue_green;

        // Rewritten steps restart the plan (set-weight relies on this).
        let st = slot(&mut new, "status")?;
        let sh = steps_hash(&Value::Array(steps.clone()));
        if str_at(st, &["currentStepHash"]) != sh {
            if !str_at(st, &["currentStepHash"]).is_empty() {
                set(st, "currentStepIndex", json!(0))?;
                clear_pause(st)?;
            }
            set(st, "currentStepHash", json!(sh))?;
        }

        let mut rss = controlled(store, &ns, &uid);
        let current_hash = str_at(st, &["currentPodHash"]).to_string();
        let new_rs = self.choose_rs(store, ro, &template, &current_hash, &mut rss, replicas)?;
        let cx = RolloutCtx {
            ro,
            new_rs: &new_rs,
            rss: &rss,
            steps: &steps,
            replicas,
            blue_green,
            now,
            now_s,
        };
        annotations_mut(&mut new)?.insert(REVISION.into(), json!(revision_of(&new_rs).to_string()));
        let st = slot(&mut new, "status")?;
        if current_hash != cx.hash() {
            self.start_update(store, &cx, st)?;
        }
        let stable_rs = rss
            .iter()
            .find(|rs| hash_of(rs) == str_at(st, &["stableRS"]))
            .cloned();

        if blue_green {
            self.blue_green(store, &cx, &mut new)?;
        } else {
            self.canary(store, &cx, stable_rs.as_ref(), &mut new)?;
        }
        self.restart(store, &cx, &mut new)?;
        let rss = controlled(store, &ns, &uid);
        let active = if blue_green {
            let a = str_at(&new, &["status", "blueGreen", "activeSelector"]).to_string();
            rss.iter().find(|rs| hash_of(rs) == a).cloned()
        } else {
            None
        };
        let counted = Counted {
            rss: &rss,
            new_rs: Some(&new_rs),
            active: active.as_ref(),
        };
        self.finish_status(store, ro, new, &counted, now)
    }

    /// The ReplicaSet for the current template: an existing one (undo: bumped to the newest
    /// revision again) or a new one, added to `rss`.
    fn choose_rs(
        &mut self,
        store: &mut Store,
        ro: &Value,
        template: &Value,
        current_hash: &str,
        rss: &mut Vec<Value>,
        replicas: i64,
    ) -> Step<Value> {
        let max_rev = rss.iter().map(revision_of).max().unwrap_or(0);
        let found = rss
            .iter()
            .find(|rs| template_without_hash(rs) == *template)
            .or_else(|| {
                rss.iter()
                    .find(|rs| subset(template, &template_without_hash(rs)))
            })
            .cloned();
        Ok(match found {
            Some(rs) if hash_of(&rs) != current_hash && revision_of(&rs) < max_rev => {
                let mut bumped = rs.clone();
                annotations_mut(&mut bumped)?
                    .insert(REVISION.into(), json!((max_rev + 1).to_string()));
                save(store, "apps/v1", "replicasets", &rs, bumped);
                store
                    .get(
                        "apps/v1",
                        "replicasets",
                        meta(ro, "namespace"),
                        meta(&rs, "name"),
                    )
                    .unwrap_or(rs)
            }
            Some(rs) => rs,
            None => {
                let rs = self.create_rs(store, ro, template, max_rev + 1, replicas)?;
                rss.push(rs.clone());
                rs
            }
        })
    }

    /// A new update starts: Argo resets abort, pauses and the step plan, ends the analysis of
    /// the abandoned update and starts the background analysis of this one.
    fn start_update(&mut self, store: &mut Store, cx: &RolloutCtx<'_>, st: &mut Value) -> Step {
        let h = cx.hash().to_string();
        let stable = str_at(st, &["stableRS"]).to_string();
        set(st, "currentPodHash", json!(h))?;
        set(st, "abort", json!(false))?;
        remove(st, &["promoteFull", "abortedAt", "canary"]);
        clear_pause(st)?;
        // A first revision, or a return to the stable one, skips the steps.
        let skip = stable.is_empty() || stable == h;
        let index = if skip { cx.steps.len() } else { 0 };
        set(st, "currentStepIndex", json!(index))?;
        if stable.is_empty() && cx.blue_green {
            set(st, "stableRS", json!(h))?;
            obj_mut(st, "blueGreen")?.insert("activeSelector".into(), json!(h));
        }
        self.end_analysis(store, cx.ro, |ar| {
            str_at(ar, &["metadata", "labels", HASH_LABEL]) != h
        })?;
        if !cx.blue_green && !skip {
            self.start_background_analysis(store, cx.ro, &h, revision_of(cx.new_rs), cx.now);
        }
        Ok(())
    }

    fn create_rs(
        &mut self,
        store: &mut Store,
        ro: &Value,
        template: &Value,
        revision: u64,
        replicas: i64,
    ) -> Step<Value> {
        let ns = meta(ro, "namespace");
        let name = meta(ro, "name");
        let mut h = template_hash(template);
        let mut collisions = 0;
        while store
            .get("apps/v1", "replicasets", ns, &format!("{name}-{h}"))
            .is_some()
        {
            collisions += 1;
            h = template_hash(&json!([template, collisions]));
        }
        let mut tmpl = template.clone();
        obj_mut(&mut tmpl, "metadata")?;
        let labels = obj_mut(slot(&mut tmpl, "metadata")?, "labels")?;
        labels.insert(HASH_LABEL.into(), json!(h));
        let labels = Value::Object(labels.clone());
        let mut selector = at(ro, &["spec", "selector"]).cloned().unwrap_or(json!({}));
        obj_mut(&mut selector, "matchLabels")?.insert(HASH_LABEL.into(), json!(h));
        let rs = json!({
            "apiVersion": "apps/v1", "kind": "ReplicaSet",
            "metadata": {
                "name": format!("{name}-{h}"), "namespace": ns,
                "labels": labels,
                "annotations": {
                    crate::model::DESIRED_REPLICAS_ANNOTATION: replicas.to_string(),
                    REVISION: revision.to_string(),
                },
                "ownerReferences": owner_ref(ro, ARGO, "Rollout"),
            },
            "spec": {"replicas": 0, "selector": selector, "template": tmpl},
            "status": {"replicas": 0},
        });
        Ok(store.put(rs))
    }

    /// `spec.restartAt` in the past and not yet done: replace the pods created before it, one
    /// at a time while the others are ready, then record `status.restartedAt`.
    fn restart(&self, store: &mut Store, cx: &RolloutCtx<'_>, new: &mut Value) -> Step {
        let Some(at_s) = at(cx.ro, &["spec", "restartAt"]).and_then(Value::as_str) else {
            return Ok(());
        };
        let Ok(when) = at_s.parse::<Timestamp>() else {
            return Ok(());
        };
        if cx.now < when || str_at(new, &["status", "restartedAt"]) == at_s {
            return Ok(());
        }
        let all: Vec<&Value> = cx.rss.iter().flat_map(|rs| self.pods_of(rs)).collect();
        let old = all.iter().find(|p| {
            at(p, &["metadata", "deletionTimestamp"]).is_none()
                && super::json::ts(p, &["metadata", "creationTimestamp"]).is_some_and(|c| c < when)
        });
        // One pod at a time: only when nothing is terminating and every ReplicaSet has all
        // its pods, ready.
        let settled = all
            .iter()
            .all(|p| at(p, &["metadata", "deletionTimestamp"]).is_none() && pod_ready(p))
            && cx.rss.iter().all(|rs| {
                self.counts(rs).current == i64_at(rs, &["spec", "replicas"]).unwrap_or(0)
            });
        match old {
            Some(p) if settled => {
                let p = (*p).clone();
                self.terminate(store, &p, cx.now)
            }
            Some(_) => Ok(()),
            None => set(slot(new, "status")?, "restartedAt", json!(at_s)),
        }
    }

    /// Counts, observed generation, phase and message, then one write if anything changed.
    fn finish_status(
        &self,
        store: &mut Store,
        ro: &Value,
        mut new: Value,
        counted: &Counted<'_>,
        now: Timestamp,
    ) -> Step {
        let mut total = PodCounts::default();
        for rs in counted.rss {
            let c = self.counts(rs);
            total.current += c.current;
            total.ready += c.ready;
        }
        let updated = counted.new_rs.map(|rs| self.counts(rs)).unwrap_or_default();
        let available = match counted.active {
            Some(a) => self.counts(a).ready,
            None => total.ready,
        };
        let replicas = i64_at(ro, &["spec", "replicas"]).unwrap_or(1);
        let generation = i64_at(ro, &["metadata", "generation"]).unwrap_or(1);
        let selector = at(ro, &["spec", "selector", "matchLabels"])
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .unwrap_or_default();
        let st = slot(&mut new, "status")?;
        set(st, "replicas", json!(total.current))?;
        set(st, "updatedReplicas", json!(updated.current))?;
        // Blue-green counts the active ReplicaSet only; `available` is then its ready pods.
        set(st, "readyReplicas", json!(available))?;
        set(st, "availableReplicas", json!(available))?;
        set(st, "HPAReplicas", json!(total.current))?;
        set(st, "observedGeneration", json!(generation.to_string()))?;
        set(st, "selector", json!(selector))?;
        let (status, msg) = if available >= replicas {
            ("True", "Rollout has minimum availability")
        } else {
            ("False", "Rollout does not have minimum availability")
        };
        set_condition(
            st,
            "Available",
            status,
            "AvailableReason",
            msg,
            &rfc3339(now),
        )?;
        remove(st, &["phase", "message"]);
        let (phase, message) = crate::view::rollout_status(&new);
        let st = slot(&mut new, "status")?;
        set(st, "phase", json!(phase))?;
        set(st, "message", json!(message))?;
        // A tick holds the store lock, so nothing else wrote the rollout since it was read.
        save(store, ARGO, "rollouts", ro, new);
        Ok(())
    }
}
