//! The canary strategy: scale the canary and stable ReplicaSets to the weight of the current
//! step, advance through at most one step per tick, and promote the canary to stable at the end.

use jiff::SignedDuration;
use serde_json::{Value, json};

use super::Controller;
use super::json::{
    Step, add_pause, clear_pause, has_pause, i64_at, is_true, mark_aborted, mark_progressing, meta,
    obj_mut, pause_start, remove, set, slot, str_at,
};
use super::rollout::{RolloutCtx, hash_of, revision_of};
use crate::apiserver::Store;

/// The canary weight in force at step `index` (Argo's rule): the last `setWeight` at or before
/// it, 0 when none, and 100 once every step is done.
pub fn weight_at(steps: &[Value], index: usize) -> i64 {
    let Some(upto) = steps.get(..=index) else {
        return 100;
    };
    upto.iter()
        .rev()
        .find_map(|s| s.get("setWeight").and_then(Value::as_i64))
        .unwrap_or(0)
        .clamp(0, 100)
}

/// (canary, stable) replica counts for a basic canary at `weight` percent of `replicas`: both
/// rounded up, as Argo does, so the total may exceed `replicas` by one.
pub fn canary_counts(replicas: i64, weight: i64) -> (i64, i64) {
    let weight = weight.clamp(0, 100);
    let up = |pct: i64| replicas.saturating_mul(pct).saturating_add(99) / 100;
    (up(weight), up(100 - weight))
}

/// A pause step's duration (seconds as a number, or a Go duration string); None = indefinite.
pub fn pause_duration(step: &Value) -> Option<SignedDuration> {
    crate::model::duration_value(step.get("pause")?.get("duration")?)
}

impl Controller {
    pub(super) fn canary(
        &mut self,
        store: &mut Store,
        cx: &RolloutCtx<'_>,
        stable_rs: Option<&Value>,
        new: &mut Value,
    ) -> Step {
        let steps = cx.steps;
        let st = slot(new, "status")?;
        let h = cx.hash();
        let aborted = is_true(st, &["abort"]);
        let mut index = i64_at(st, &["currentStepIndex"])
            .and_then(|i| usize::try_from(i).ok())
            .unwrap_or(0)
            .min(steps.len());
        if is_true(st, &["promoteFull"]) && !aborted {
            index = steps.len();
            clear_pause(st)?;
        }
        let same_as_stable = stable_rs.is_none_or(|s| hash_of(s) == h);

        if aborted {
            index = 0;
            clear_pause(st)?;
            if str_at(st, &["abortedAt"]).is_empty() {
                set(st, "abortedAt", json!(cx.now_s))?;
            }
            mark_aborted(st, revision_of(cx.new_rs), &cx.now_s)?;
            remove(st, &["canary"]);
            self.end_analysis(store, cx.ro, |_| true)?;
        }

        // Scale to the weight of the current step.
        let weight = if aborted { 0 } else { weight_at(steps, index) };
        let (want_canary, want_stable) = if same_as_stable {
            (cx.replicas, 0)
        } else {
            canary_counts(cx.replicas, weight)
        };
        for rs in cx.rss {
            let want = if hash_of(rs) == h {
                want_canary
            } else if stable_rs.is_some_and(|s| hash_of(s) == hash_of(rs)) && !same_as_stable {
                want_stable
            } else {
                0
            };
            Self::scale(store, rs, want)?;
        }
        let canary_ready = self.counts(cx.new_rs).ready;
        let stable_ready = stable_rs.map_or(0, |s| self.counts(s).ready);
        let scaled = canary_ready >= want_canary && stable_ready >= want_stable;

        if !aborted && !is_true(cx.ro, &["spec", "paused"]) && index < steps.len() {
            index = self.advance(store, cx, stable_rs, st, index, scaled)?;
        }
        set(st, "currentStepIndex", json!(index))?;

        // Every step done and the canary fully available: it becomes the stable ReplicaSet.
        if !aborted && index >= steps.len() && canary_ready >= cx.replicas {
            if str_at(st, &["stableRS"]) != h {
                set(st, "stableRS", json!(h))?;
                self.end_analysis(store, cx.ro, |_| true)?;
            }
            remove(st, &["promoteFull", "canary"]);
        }
        if !aborted {
            let done = str_at(st, &["stableRS"]) == h && canary_ready >= cx.replicas;
            mark_progressing(st, meta(cx.new_rs, "name"), done, &cx.now_s)?;
        }
        Ok(())
    }

    /// Step `index` as far as its condition allows this tick; returns the new index. `scaled`:
    /// both ReplicaSets have the ready pods the current weight asks for.
    fn advance(
        &mut self,
        store: &mut Store,
        cx: &RolloutCtx<'_>,
        stable_rs: Option<&Value>,
        st: &mut Value,
        index: usize,
        scaled: bool,
    ) -> Step<usize> {
        let Some(step) = cx.steps.get(index) else {
            return Ok(index);
        };
        let next = index + 1;
        let name = meta(cx.ro, "name");
        let h = cx.hash();
        if step.get("setWeight").is_some() {
            return Ok(if scaled { next } else { index });
        }
        if step.get("pause").is_some() {
            if has_pause(st, "CanaryPauseStep") {
                if let Some(d) = pause_duration(step)
                    && self.elapsed(pause_start(st, "CanaryPauseStep"), d, cx.now)
                {
                    clear_pause(st)?;
                    return Ok(next);
                }
            } else if is_true(st, &["controllerPause"]) {
                // The pause condition was removed (promote): the step is done.
                set(st, "controllerPause", json!(false))?;
                return Ok(next);
            } else {
                add_pause(st, "CanaryPauseStep", &cx.now_s)?;
            }
            return Ok(index);
        }
        if step.get("analysis").is_some() {
            let base = format!("{name}-{h}-{}-{index}", revision_of(cx.new_rs));
            let (ar, phase) = self.step_analysis(store, cx.ro, step, &base, h, cx.now);
            obj_mut(st, "canary")?.insert(
                "currentStepAnalysisRunStatus".into(),
                json!({"name": ar, "status": phase}),
            );
            return Ok(if phase == "Successful" { next } else { index });
        }
        if step.get("experiment").is_some() {
            let ex = match str_at(st, &["canary", "currentExperiment"]) {
                "" => format!("{name}-{h}-{}-{index}", revision_of(cx.new_rs)),
                cur => cur.to_string(),
            };
            let phase = self.step_experiment(store, cx, step, &ex, stable_rs);
            obj_mut(st, "canary")?.insert("currentExperiment".into(), json!(ex));
            if phase == "Successful" {
                if let Some(c) = st.get_mut("canary").and_then(Value::as_object_mut) {
                    c.remove("currentExperiment");
                }
                return Ok(next);
            }
            return Ok(index);
        }
        // Steps the playground does not simulate (traffic routes, canary scale) pass.
        Ok(next)
    }
}
