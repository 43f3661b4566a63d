//! Analysis runs: created by a rollout (background, or for an analysis step) or an experiment;
//! a running one takes a measurement every interval, a step analysis succeeds after a few, a
//! background one runs until the rollout ends it.

use jiff::Timestamp;
use serde_json::{Map, Value, json};

use super::json::{
    Step, arr_mut, at, i64_at, is_true, meta, owner_ref, rfc3339, save, set, slot, str_at, ts,
};
use super::rollout::revision_of;
use super::{ARGO, Controller, KEPT_MEASUREMENTS, MEASUREMENT_INTERVAL, Rng, STEP_MEASUREMENTS};
use crate::apiserver::Store;
use crate::model::{
    POD_TEMPLATE_HASH_LABEL as HASH_LABEL, REVISION_ANNOTATION as REVISION, ROLLOUT_TYPE_LABEL,
};

impl Controller {
    pub(super) fn start_background_analysis(
        &mut self,
        store: &mut Store,
        ro: &Value,
        h: &str,
        rev: u64,
        now: Timestamp,
    ) {
        let Some(analysis) = at(ro, &["spec", "strategy", "canary", "analysis"]) else {
            return;
        };
        let name = format!("{}-{h}-{rev}", meta(ro, "name"));
        let ns = meta(ro, "namespace");
        if store.get(ARGO, "analysisruns", ns, &name).is_some() {
            return;
        }
        let ar = new_analysis_run(ro, analysis, &name, h, rev, "Background", now);
        store.put(ar);
    }

    /// The analysis run of the current step (created when missing): its name and phase.
    pub(super) fn step_analysis(
        &mut self,
        store: &mut Store,
        ro: &Value,
        step: &Value,
        name: &str,
        h: &str,
        now: Timestamp,
    ) -> (String, String) {
        let ns = meta(ro, "namespace");
        // A run that failed or was terminated (abort) belongs to an earlier attempt: a retry
        // gets a new run, named with a `.N` suffix as Argo does.
        for attempt in 0..100 {
            let name = match attempt {
                0 => name.to_string(),
                n => format!("{name}.{n}"),
            };
            match store.get(ARGO, "analysisruns", ns, &name) {
                Some(ar) => {
                    let phase = str_at(&ar, &["status", "phase"]);
                    let stale =
                        matches!(phase, "Failed" | "Error") || is_true(&ar, &["spec", "terminate"]);
                    if !stale {
                        return (name, phase.to_string());
                    }
                }
                None => {
                    let rev = revision_of(ro);
                    let analysis = step.get("analysis").cloned().unwrap_or(json!({}));
                    store.put(new_analysis_run(ro, &analysis, &name, h, rev, "Step", now));
                    return (name, "Running".to_string());
                }
            }
        }
        (name.to_string(), "Error".to_string())
    }

    /// Terminates the rollout's running analysis runs that `which` selects.
    pub(super) fn end_analysis(
        &self,
        store: &mut Store,
        ro: &Value,
        which: impl Fn(&Value) -> bool,
    ) -> Step {
        let uid = meta(ro, "uid");
        for ar in store.list(ARGO, "analysisruns", Some(meta(ro, "namespace"))) {
            if crate::model::is_controlled_by(&ar, uid)
                && str_at(&ar, &["status", "phase"]) == "Running"
                && which(&ar)
            {
                let mut new = ar.clone();
                set(slot(&mut new, "spec")?, "terminate", json!(true))?;
                let st = slot(&mut new, "status")?;
                set(st, "message", json!("Run Terminated"))?;
                finish_successfully(st)?;
                save(store, ARGO, "analysisruns", &ar, new);
            }
        }
        Ok(())
    }

    /// A running analysis run takes a measurement every interval; a step analysis succeeds
    /// after a few, a background one runs until the rollout ends it. A run nobody has started
    /// yet (one made by `create analysisrun`: no phase, or Pending) starts; a running one
    /// whose `spec.terminate` was set (`terminate analysisrun`) ends as the controller ends
    /// it: Successful, "Run Terminated".
    pub(super) fn analysis_run(&mut self, store: &mut Store, ar: &Value, now: Timestamp) -> Step {
        let terminate = is_true(ar, &["spec", "terminate"]);
        match str_at(ar, &["status", "phase"]) {
            "" | "Pending" if !terminate => return start_run(store, ar, now),
            "Running" if terminate => return terminate_run(store, ar),
            "Running" => {}
            _ => return Ok(()),
        }
        let mut new = ar.clone();
        let metrics: Vec<String> = at(ar, &["spec", "metrics"])
            .and_then(Value::as_array)
            .map(|m| m.iter().map(|m| str_at(m, &["name"]).to_string()).collect())
            .unwrap_or_default();
        let background = str_at(ar, &["metadata", "labels", ROLLOUT_TYPE_LABEL]) == "Background";
        let results = arr_mut(slot(&mut new, "status")?, "metricResults")?;
        for metric in &metrics {
            if !results.iter().any(|r| str_at(r, &["name"]) == metric) {
                results.push(json!({"name": metric, "phase": "Running", "count": 0,
                    "successful": 0, "measurements": []}));
            }
        }
        let mut all_done = !results.is_empty();
        for r in results.iter_mut() {
            all_done &= self.measure(r, background, now)?;
        }
        if all_done {
            let st = slot(&mut new, "status")?;
            set(st, "phase", json!("Successful"))?;
            let summary = json!({"count": metrics.len(), "successful": metrics.len()});
            set(st, "runSummary", summary)?;
        }
        save(store, ARGO, "analysisruns", ar, new);
        Ok(())
    }

    /// Takes one metric's measurement when it is due; returns whether the metric is done.
    fn measure(&mut self, r: &mut Value, background: bool, now: Timestamp) -> Step<bool> {
        let last = at(r, &["measurements"])
            .and_then(Value::as_array)
            .and_then(|m| m.last())
            .and_then(|m| ts(m, &["finishedAt"]));
        let count = i64_at(r, &["count"]).unwrap_or(0);
        let due = last.is_none_or(|l| now.duration_since(l) >= self.real(MEASUREMENT_INTERVAL));
        if due && (background || count < STEP_MEASUREMENTS) {
            let value = measurement_value(str_at(r, &["name"]), &mut self.rng);
            let successful = i64_at(r, &["successful"]).unwrap_or(0);
            let m = arr_mut(r, "measurements")?;
            m.push(json!({"phase": "Successful", "startedAt": rfc3339(now),
                "finishedAt": rfc3339(now), "value": value}));
            if m.len() > KEPT_MEASUREMENTS {
                m.remove(0);
            }
            set(r, "count", json!(count.saturating_add(1)))?;
            set(r, "successful", json!(successful.saturating_add(1)))?;
        }
        let done = !background && i64_at(r, &["count"]).unwrap_or(0) >= STEP_MEASUREMENTS;
        if done {
            set(r, "phase", json!("Successful"))?;
        }
        Ok(done)
    }
}

/// A new run, started: Running since now, no results yet.
fn start_run(store: &mut Store, ar: &Value, now: Timestamp) -> Step {
    let mut new = ar.clone();
    if !new.get("status").is_some_and(Value::is_object) {
        set(&mut new, "status", json!({}))?;
    }
    let st = slot(&mut new, "status")?;
    set(st, "phase", json!("Running"))?;
    set(st, "startedAt", json!(rfc3339(now)))?;
    if st.get("metricResults").is_none() {
        set(st, "metricResults", json!([]))?;
    }
    save(store, ARGO, "analysisruns", ar, new);
    Ok(())
}

/// A running run whose `spec.terminate` is set, ended.
fn terminate_run(store: &mut Store, ar: &Value) -> Step {
    let mut new = ar.clone();
    let st = slot(&mut new, "status")?;
    set(st, "message", json!("Run Terminated"))?;
    finish_successfully(st)?;
    save(store, ARGO, "analysisruns", ar, new);
    Ok(())
}

/// Marks a run's status and every metric result Successful.
pub(super) fn finish_successfully(st: &mut Value) -> Step {
    set(st, "phase", json!("Successful"))?;
    if let Some(results) = st.get_mut("metricResults").and_then(Value::as_array_mut) {
        for r in results {
            set(r, "phase", json!("Successful"))?;
        }
    }
    Ok(())
}

fn measurement_value(metric: &str, rng: &mut Rng) -> String {
    let r = rng.below(1000);
    if metric.contains("latency") {
        format!("[0.{}]", 150 + r % 80)
    } else if metric.contains("error") {
        format!("[0.00{:02}]", r % 60)
    } else {
        format!("[0.99{:02}]", r % 100)
    }
}

/// A new AnalysisRun from a rollout's `analysis` block (template names become metrics).
pub(super) fn new_analysis_run(
    owner: &Value,
    analysis: &Value,
    name: &str,
    h: &str,
    rev: u64,
    kind: &str,
    now: Timestamp,
) -> Value {
    let metrics: Vec<Value> = analysis
        .get("templates")
        .and_then(Value::as_array)
        .map(|ts| {
            ts.iter()
                .map(|t| {
                    json!({"name": str_at(t, &["templateName"]), "interval": "10s",
                        "provider": {"job": {"spec": {}}}})
                })
                .collect()
        })
        .unwrap_or_default();
    let mut labels = Map::new();
    if !kind.is_empty() {
        labels.insert(ROLLOUT_TYPE_LABEL.into(), json!(kind));
    }
    if !h.is_empty() {
        labels.insert(HASH_LABEL.into(), json!(h));
    }
    json!({
        "apiVersion": ARGO, "kind": "AnalysisRun",
        "metadata": {
            "name": name, "namespace": meta(owner, "namespace"),
            "annotations": {REVISION: rev.to_string()},
            "labels": labels,
            "ownerReferences": owner_ref(owner, ARGO, "Rollout"),
            "creationTimestamp": rfc3339(now),
        },
        "spec": {"metrics": metrics, "args": analysis.get("args").cloned().unwrap_or(json!([]))},
        "status": {"phase": "Running", "startedAt": rfc3339(now), "runSummary": {"count": metrics.len()},
            "metricResults": []},
    })
}
