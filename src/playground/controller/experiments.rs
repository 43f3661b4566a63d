//! Experiments: created by a rollout's experiment step; a ReplicaSet per template while
//! Pending or Running, Running once they are available (with their analyses started),
//! Successful when the duration has passed.

use jiff::{SignedDuration, Timestamp};
use serde_json::{Value, json};

use super::analysis::{finish_successfully, new_analysis_run};
use super::json::{Step, at, i64_at, meta, owner_ref, rfc3339, save, set, slot, str_at, ts};
use super::rollout::{RolloutCtx, hash_of, revision_of};
use super::{ARGO, Controller};
use crate::apiserver::Store;
use crate::model::{
    POD_TEMPLATE_HASH_LABEL as HASH_LABEL, REVISION_ANNOTATION as REVISION,
    TEMPLATE_NAME_ANNOTATION,
};

/// How long an experiment runs when its spec names no (readable) duration.
const DEFAULT_DURATION: SignedDuration = SignedDuration::from_secs(60);

impl Controller {
    /// The experiment of the current step (created when missing, its templates taken from the
    /// stable or canary ReplicaSet as `specRef` says): its phase.
    pub(super) fn step_experiment(
        &mut self,
        store: &mut Store,
        cx: &RolloutCtx<'_>,
        step: &Value,
        name: &str,
        stable_rs: Option<&Value>,
    ) -> String {
        let ns = meta(cx.ro, "namespace");
        if let Some(ex) = store.get(ARGO, "experiments", ns, name) {
            return str_at(&ex, &["status", "phase"]).to_string();
        }
        let new_rs = cx.new_rs;
        let spec = step.get("experiment").cloned().unwrap_or(json!({}));
        let templates: Vec<Value> = spec
            .get("templates")
            .and_then(Value::as_array)
            .map(|ts| {
                ts.iter()
                    .map(|t| {
                        let from = if str_at(t, &["specRef"]) == "stable" {
                            stable_rs.unwrap_or(new_rs)
                        } else {
                            new_rs
                        };
                        json!({
                            "name": str_at(t, &["name"]),
                            "replicas": i64_at(t, &["replicas"]).unwrap_or(1),
                            "selector": at(from, &["spec", "selector"]).cloned().unwrap_or(json!({})),
                            "template": at(from, &["spec", "template"]).cloned().unwrap_or(json!({})),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let ex = json!({
            "apiVersion": ARGO, "kind": "Experiment",
            "metadata": {
                "name": name, "namespace": ns,
                "annotations": {REVISION: revision_of(new_rs).to_string()},
                "labels": {HASH_LABEL: hash_of(new_rs)},
                "ownerReferences": owner_ref(cx.ro, ARGO, "Rollout"),
                "creationTimestamp": rfc3339(cx.now),
            },
            "spec": {
                "duration": spec.get("duration").cloned().unwrap_or(json!("1m")),
                "templates": templates,
                "analyses": spec.get("analyses").cloned().unwrap_or(json!([])),
            },
            "status": {"phase": "Pending"},
        });
        store.put(ex);
        "Pending".to_string()
    }

    pub(super) fn experiment(&mut self, store: &mut Store, ex: &Value, now: Timestamp) -> Step {
        let mut new = ex.clone();
        if !new.get("status").is_some_and(Value::is_object) {
            set(&mut new, "status", json!({}))?;
        }
        let mut phase = match str_at(&new, &["status", "phase"]) {
            "" => "Pending".to_string(),
            p => p.to_string(),
        };
        let (statuses, all_ready) = self.experiment_replica_sets(store, ex, &phase)?;
        let st = slot(&mut new, "status")?;
        set(st, "templateStatuses", json!(statuses))?;
        if phase == "Pending" && all_ready {
            phase = "Running".into();
            set(st, "availableAt", json!(rfc3339(now)))?;
            let runs = start_experiment_analyses(store, ex, now);
            set(st, "analysisRuns", json!(runs))?;
        }
        if phase == "Running" {
            let duration = at(ex, &["spec", "duration"])
                .and_then(crate::model::duration_value)
                .unwrap_or(DEFAULT_DURATION);
            if self.elapsed(ts(st, &["availableAt"]), duration, now) {
                phase = "Successful".into();
                if let Some(runs) = st.get_mut("analysisRuns").and_then(Value::as_array_mut) {
                    for r in runs.iter_mut() {
                        set(r, "phase", json!("Successful"))?;
                    }
                }
                end_experiment_analyses(store, ex)?;
            }
        }
        set(st, "phase", json!(phase))?;
        save(store, ARGO, "experiments", ex, new);
        Ok(())
    }

    /// Keeps a ReplicaSet per template (created while the experiment is live, scaled to zero
    /// after); returns the template statuses and whether every template is ready.
    fn experiment_replica_sets(
        &mut self,
        store: &mut Store,
        ex: &Value,
        phase: &str,
    ) -> Step<(Vec<Value>, bool)> {
        let ns = meta(ex, "namespace");
        let name = meta(ex, "name");
        let live = phase == "Pending" || phase == "Running";
        let templates: Vec<Value> = at(ex, &["spec", "templates"])
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let mut all_ready = true;
        let mut statuses = Vec::new();
        for t in &templates {
            let tname = str_at(t, &["name"]);
            let rs_name = format!("{name}-{tname}");
            let want = if live {
                i64_at(t, &["replicas"]).unwrap_or(1)
            } else {
                0
            };
            let rs = match store.get("apps/v1", "replicasets", ns, &rs_name) {
                Some(rs) => rs,
                None if live => {
                    let template = t.get("template").cloned().unwrap_or(json!({}));
                    store.put(json!({
                        "apiVersion": "apps/v1", "kind": "ReplicaSet",
                        "metadata": {
                            "name": rs_name, "namespace": ns,
                            "labels": at(&template, &["metadata", "labels"]).cloned().unwrap_or(json!({})),
                            "annotations": {
                                TEMPLATE_NAME_ANNOTATION: tname,
                                REVISION: str_at(ex, &["metadata", "annotations", REVISION]),
                            },
                            "ownerReferences": owner_ref(ex, ARGO, "Experiment"),
                        },
                        "spec": {"replicas": want,
                            "selector": t.get("selector").cloned().unwrap_or(json!({})),
                            "template": template},
                        "status": {"replicas": 0},
                    }))
                }
                None => continue,
            };
            Self::scale(store, &rs, want)?;
            let c = self.counts(&rs);
            all_ready &= c.ready >= want;
            let status = match (live, c.ready >= want) {
                (true, true) => "Running",
                (true, false) => "Progressing",
                (false, _) => phase,
            };
            statuses.push(json!({
                "name": tname, "replicas": c.current, "updatedReplicas": c.current,
                "readyReplicas": c.ready, "availableReplicas": c.ready, "status": status,
            }));
        }
        Ok((statuses, all_ready))
    }
}

/// Starts the analyses of an experiment that just became available; returns their statuses.
fn start_experiment_analyses(store: &mut Store, ex: &Value, now: Timestamp) -> Vec<Value> {
    let ns = meta(ex, "namespace");
    let name = meta(ex, "name");
    let mut runs = Vec::new();
    for a in at(ex, &["spec", "analyses"])
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
    {
        let an = str_at(&a, &["name"]);
        let ar_name = format!("{name}-{an}");
        if store.get(ARGO, "analysisruns", ns, &ar_name).is_none() {
            let spec = json!({"templates": [{"templateName": str_at(&a, &["templateName"])}]});
            let mut ar = new_analysis_run(ex, &spec, &ar_name, "", revision_of(ex), "", now);
            if let Some(m) = ar.get_mut("metadata").and_then(Value::as_object_mut) {
                m.insert("ownerReferences".into(), owner_ref(ex, ARGO, "Experiment"));
            }
            store.put(ar);
        }
        runs.push(json!({"name": an, "analysisRun": ar_name, "phase": "Running"}));
    }
    runs
}

/// Ends the experiment's running analysis runs successfully: its time is up.
fn end_experiment_analyses(store: &mut Store, ex: &Value) -> Step {
    for r in store.list(ARGO, "analysisruns", Some(meta(ex, "namespace"))) {
        if crate::model::is_controlled_by(&r, meta(ex, "uid"))
            && str_at(&r, &["status", "phase"]) == "Running"
        {
            let mut done = r.clone();
            finish_successfully(slot(&mut done, "status")?)?;
            save(store, ARGO, "analysisruns", &r, done);
        }
    }
    Ok(())
}
