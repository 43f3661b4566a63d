//! Which actions of the rollout page the CLI would carry out now, and why not: each action is
//! planned (pure, by the same planners as the CLI commands) against the objects just read; a
//! refusal or a plan with nothing to write disables the button with the planner's message.

use std::collections::BTreeMap;

use jiff::{SignedDuration, Timestamp};

use crate::patch::{self, PatchError, Plan};
use crate::view::RolloutObjects;

/// The actions, by the name of their API route.
pub const ACTIONS: &[&str] = &[
    "promote",
    "promote-full",
    "pause",
    "abort",
    "retry",
    "restart",
    "setweight",
    "setweight-restore",
    "set",
    "undo",
];

/// For each action, `None` when it would write, else the reason it would not.
pub fn available(objs: &RolloutObjects, now: Timestamp) -> BTreeMap<String, Option<String>> {
    let ro = &objs.rollout;
    let reason = |planned: Result<Plan, PatchError>| match planned {
        Ok(plan) if plan.writes.is_empty() => Some(plan.message),
        Ok(_) => None,
        Err(e) => Some(e.to_string()),
    };
    let mut out = BTreeMap::new();
    for name in ACTIONS {
        let r = match *name {
            "promote" => reason(patch::promote(ro, false)),
            "promote-full" => reason(patch::promote(ro, true)),
            "pause" => reason(patch::pause(ro)),
            "abort" => reason(patch::abort(ro)),
            "retry" => reason(patch::retry_rollout(ro)),
            "restart" => reason(patch::restart(ro, SignedDuration::ZERO, now)),
            // Any weight in range tells whether the rollout takes one at all.
            "setweight" => reason(patch::set_weight(ro, 0, false)),
            "setweight-restore" => reason(patch::restore_steps(ro)),
            // The workload behind a workloadRef is not among the objects read for the view;
            // then the write itself decides (and answers with the planner's refusal).
            "set" | "undo" if patch::workload_ref(ro).is_some() => None,
            "set" => match patch::current_template(ro, None) {
                Ok(Some(_)) => None,
                Ok(None) => Some(format!(
                    "rollout \"{}\" has no pod template",
                    ro["metadata"]["name"].as_str().unwrap_or_default()
                )),
                Err(e) => Some(e.to_string()),
            },
            "undo" => reason(patch::undo(ro, &objs.replica_sets, None, None)),
            _ => None,
        };
        out.insert(name.to_string(), r);
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn objs(rollout: serde_json::Value) -> RolloutObjects {
        RolloutObjects {
            rollout,
            ..Default::default()
        }
    }

    fn now() -> Timestamp {
        "2026-11-22T12:00:00Z".parse().unwrap()
    }

    #[test]
    fn a_paused_canary_can_be_promoted_and_a_blue_green_takes_no_weight() {
        let canary = json!({
            "metadata": {"name": "web", "namespace": "default", "resourceVersion": "7"},
            "spec": {"strategy": {"canary": {"steps": [{"setWeight": 20}, {"pause": {}}]}},
                "template": {"spec": {"containers": [{"name": "web", "image": "a:1"}]}}},
            "status": {"currentStepIndex": 1, "pauseConditions": [{"reason": "CanaryPauseStep"}],
                "currentPodHash": "h2", "stableRS": "h1"}
        });
        let a = available(&objs(canary), now());
        assert_eq!(a["promote"], None);
        assert_eq!(a["setweight"], None);
        assert_eq!(a["set"], None);
        // The ReplicaSets were not given: no revision to go back to.
        assert_eq!(
            a["undo"].as_deref(),
            Some("no revision found for rollout \"web\"")
        );
        assert_eq!(a.len(), ACTIONS.len());

        let bg = json!({
            "metadata": {"name": "checkout", "namespace": "default", "resourceVersion": "7"},
            "spec": {"strategy": {"blueGreen": {"activeService": "a"}}},
            "status": {}
        });
        let a = available(&objs(bg), now());
        assert_eq!(
            a["setweight"].as_deref(),
            Some(
                "cannot set the weight of rollout \"checkout\": it uses the blue-green strategy; set-weight works on canary rollouts only"
            )
        );
        // Not paused, nothing to promote: the planner's own message.
        assert!(
            a["promote"]
                .as_deref()
                .is_some_and(|m| m.contains("nothing to do")),
            "{a:?}"
        );
        // Nothing in flight: the CLI would write nothing, and says so.
        assert_eq!(
            a["abort"].as_deref(),
            Some(
                "rollout 'checkout' has no update in flight to abort (the current pods are the stable ones); nothing to do"
            )
        );
        assert!(a["set"].is_some(), "no pod template: {a:?}");
    }
}
