//! The blue-green strategy: bring the new ReplicaSet up beside the active one, promote it
//! (automatically, after `autoPromotionSeconds`, or by `promote`), and keep the old active one
//! until its scale-down deadline.

use jiff::SignedDuration;
use serde_json::{Value, json};

use super::json::{
    Step, add_pause, at, clear_pause, has_pause, i64_at, is_true, mark_aborted, mark_progressing,
    meta, obj_mut, pause_start, remove, rfc3339, save, slot, str_at, ts,
};
use super::rollout::{RolloutCtx, annotations_mut, hash_of, revision_of};
use super::{Controller, DEFAULT_SCALE_DOWN_DELAY};
use crate::apiserver::Store;
use crate::model::SCALE_DOWN_DEADLINE_ANNOTATION as SCALE_DOWN_DEADLINE;

impl Controller {
    pub(super) fn blue_green(
        &mut self,
        store: &mut Store,
        cx: &RolloutCtx<'_>,
        new: &mut Value,
    ) -> Step {
        let bg = at(cx.ro, &["spec", "strategy", "blueGreen"])
            .cloned()
            .unwrap_or(json!({}));
        let st = slot(new, "status")?;
        let h = cx.hash().to_string();
        let aborted = is_true(st, &["abort"]);
        let mut active = match str_at(st, &["blueGreen", "activeSelector"]) {
            "" => str_at(st, &["stableRS"]).to_string(),
            a => a.to_string(),
        };
        let delay = i64_at(&bg, &["scaleDownDelaySeconds"]).unwrap_or(DEFAULT_SCALE_DOWN_DELAY);

        if aborted {
            clear_pause(st)?;
            mark_aborted(st, revision_of(cx.new_rs), &cx.now_s)?;
            obj_mut(st, "blueGreen")?.insert("previewSelector".into(), json!(active));
        } else {
            obj_mut(st, "blueGreen")?.insert("previewSelector".into(), json!(h));
        }
        let new_ready = self.counts(cx.new_rs).ready;

        let ready_to_promote = !aborted
            && h != active
            && new_ready >= cx.replicas
            && !is_true(cx.ro, &["spec", "paused"]);
        if ready_to_promote && self.promotes(&bg, st, cx)? {
            clear_pause(st)?;
            remove(st, &["promoteFull"]);
            // The old active ReplicaSet stays up until its scale-down deadline.
            if let Some(old) = cx.rss.iter().find(|rs| hash_of(rs) == active) {
                let deadline = cx
                    .now
                    .checked_add(self.real(SignedDuration::from_secs(delay)))
                    .unwrap_or(cx.now);
                let mut marked = old.clone();
                annotations_mut(&mut marked)?
                    .insert(SCALE_DOWN_DEADLINE.into(), json!(rfc3339(deadline)));
                save(store, "apps/v1", "replicasets", old, marked);
            }
            active.clone_from(&h);
            super::json::set(st, "stableRS", json!(h))?;
            obj_mut(st, "blueGreen")?.insert("activeSelector".into(), json!(h));
        }

        for rs in cx.rss {
            let Some(rs) = store.get(
                "apps/v1",
                "replicasets",
                meta(rs, "namespace"),
                meta(rs, "name"),
            ) else {
                continue;
            };
            let rh = hash_of(&rs);
            let want = if rh == active || (rh == h && !aborted) {
                cx.replicas
            } else {
                match ts(&rs, &["metadata", "annotations", SCALE_DOWN_DEADLINE]) {
                    Some(deadline) if cx.now < deadline => {
                        i64_at(&rs, &["spec", "replicas"]).unwrap_or(0)
                    }
                    _ => 0,
                }
            };
            if want == 0 && at(&rs, &["metadata", "annotations", SCALE_DOWN_DEADLINE]).is_some() {
                let mut cleared = rs.clone();
                annotations_mut(&mut cleared)?.remove(SCALE_DOWN_DEADLINE);
                save(store, "apps/v1", "replicasets", &rs, cleared);
            }
            Self::scale(store, &rs, want)?;
        }
        if !aborted {
            let done = active == h && new_ready >= cx.replicas;
            mark_progressing(st, meta(cx.new_rs, "name"), done, &cx.now_s)?;
        }
        Ok(())
    }

    /// Whether a ready preview is promoted this tick: `promote --full`, an elapsed
    /// `autoPromotionSeconds`, a removed pause (`promote`) or automatic promotion; otherwise
    /// the rollout pauses (once) for someone to promote it.
    fn promotes(&self, bg: &Value, st: &mut Value, cx: &RolloutCtx<'_>) -> Step<bool> {
        if is_true(st, &["promoteFull"]) {
            return Ok(true);
        }
        if has_pause(st, "BlueGreenPause") {
            let elapsed = i64_at(bg, &["autoPromotionSeconds"]).is_some_and(|secs| {
                self.elapsed(
                    pause_start(st, "BlueGreenPause"),
                    SignedDuration::from_secs(secs),
                    cx.now,
                )
            });
            return Ok(elapsed);
        }
        let auto = bg.get("autoPromotionEnabled") != Some(&json!(false));
        if is_true(st, &["controllerPause"]) || auto {
            return Ok(true);
        }
        add_pause(st, "BlueGreenPause", &cx.now_s)?;
        Ok(false)
    }
}
