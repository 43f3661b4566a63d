//! `promote`: let a paused rollout go on to its next step, or (`--full`) straight to the end.

use serde_json::{Map, Value, json};

use super::{
    ObjectRef, PatchError, Plan, Write, at, guarded_merge, name_of, resource_version, str_at,
};
use crate::model::StrategyKind;

/// Plans `promote` with the Go plugin's rules (commands.md). Writes the spec unpause first, then
/// the status subresource; the executor re-guards the second one with [`super::reguard`] after
/// the first changed the resourceVersion.
///
/// The order differs from the Go plugin's (status first, kept there for v0.9 clusters without
/// a status subresource) because of retries: when the second write conflicts, the executor
/// reads and plans again. The status decision reads only status, which the spec write leaves
/// alone, so the new plan is exactly the unfinished status change. Had the status gone first,
/// the new plan would see the pause conditions already cleared and advance the step index
/// too: one promote skipping a step.
///
/// Nothing to do (not paused, no pause conditions, no step left to advance, or `--full` on a
/// rollout already at its stable pods): no writes, and a message saying so instead of claiming a
/// promotion. (The Go plugin sends a no-op patch or none and prints "promoted" regardless.)
pub fn promote(rollout: &Value, full: bool) -> Result<Plan, PatchError> {
    let name = name_of(rollout);
    let rv = resource_version(rollout, "rollout")?;
    // An aborted update does not move on whatever the status says: promoting it would
    // change nothing and print "promoted".
    if at(rollout, &["status", "abort"]).and_then(Value::as_bool) == Some(true) {
        return Err(PatchError::PromoteAborted(name.to_string()));
    }
    let paused = at(rollout, &["spec", "paused"]).and_then(Value::as_bool) == Some(true);
    let canary = StrategyKind::of(rollout) == StrategyKind::Canary;

    let status = if full {
        full_status(rollout)
    } else {
        step_status(rollout, canary)
    };

    let target = ObjectRef::rollout(rollout);
    let mut writes = Vec::new();
    if paused {
        writes.push(Write {
            target: target.clone(),
            subresource: None,
            body: guarded_merge(&rv, json!({"spec": {"paused": false}})),
        });
    }
    if let Some(status) = status {
        writes.push(Write {
            target,
            subresource: Some("status"),
            body: guarded_merge(&rv, json!({"status": status})),
        });
    }

    let message = match (writes.is_empty(), full) {
        (false, false) => format!("rollout '{name}' promoted"),
        (false, true) => format!("rollout '{name}' fully promoted"),
        (true, false) => {
            format!("rollout '{name}' is not paused and has no step left to promote; nothing to do")
        }
        (true, true) => {
            format!("rollout '{name}' already runs its stable pods; nothing to do")
        }
    };
    Ok(Plan { writes, message })
}

fn full_status(rollout: &Value) -> Option<Value> {
    let current = str_at(rollout, &["status", "currentPodHash"]);
    let stable = str_at(rollout, &["status", "stableRS"]);
    (current != stable).then(|| json!({"promoteFull": true}))
}

/// The status change of a plain promote, or None when there is nothing to change.
fn step_status(rollout: &Value, canary: bool) -> Option<Value> {
    let has_pause_conditions = at(rollout, &["status", "pauseConditions"])
        .and_then(Value::as_array)
        .is_some_and(|c| !c.is_empty());
    let controller_pause =
        at(rollout, &["status", "controllerPause"]).and_then(Value::as_bool) == Some(true);
    let inconclusive = canary
        && str_at(
            rollout,
            &["status", "canary", "currentStepAnalysisRunStatus", "status"],
        ) == "Inconclusive";
    let next_index = next_step_index(rollout, canary);

    let mut status = Map::new();
    if inconclusive && has_pause_conditions && controller_pause {
        // Without advancing, an inconclusive analysis step followed by a pause would stay stuck.
        status.insert("pauseConditions".into(), Value::Null);
        status.insert("controllerPause".into(), json!(false));
        if let Some((_, next)) = next_index {
            status.insert("currentStepIndex".into(), json!(next));
        }
    } else if has_pause_conditions {
        status.insert("pauseConditions".into(), Value::Null);
    } else if let Some((current, next)) = next_index {
        // At the end of the steps there is nothing to advance; skip the no-op write.
        if next == current {
            return None;
        }
        status.insert("pauseConditions".into(), Value::Null);
        status.insert("currentStepIndex".into(), json!(next));
    } else {
        return None;
    }
    Some(Value::Object(status))
}

/// (current index, index after one step) for a canary with steps; a missing index counts as 0,
/// and the next one never passes the number of steps.
fn next_step_index(rollout: &Value, canary: bool) -> Option<(i64, i64)> {
    if !canary {
        return None;
    }
    let steps = at(rollout, &["spec", "strategy", "canary", "steps"])
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    if steps == 0 {
        return None;
    }
    let steps = i64::try_from(steps).unwrap_or(i64::MAX);
    let current = at(rollout, &["status", "currentStepIndex"])
        .and_then(Value::as_i64)
        .unwrap_or(0);
    let next = if current < steps {
        current + 1
    } else {
        current
    };
    Some((current, next))
}

#[cfg(test)]
mod tests {
    use super::super::PatchBody;
    use super::super::tests::{assert_first_write, assert_guarded};
    use super::*;

    fn canary(index: Option<i64>, steps: usize) -> Value {
        let steps: Vec<Value> = (0..steps)
            .map(|i| json!({"setWeight": (i + 1) * 10}))
            .collect();
        let mut ro = json!({
            "metadata": {"name": "web", "namespace": "prod", "resourceVersion": "42"},
            "spec": {"strategy": {"canary": {"steps": steps}}},
            "status": {"currentPodHash": "new", "stableRS": "old"}
        });
        if let Some(i) = index {
            ro["status"]["currentStepIndex"] = json!(i);
        }
        ro
    }

    fn status_write(plan: &Plan) -> &Write {
        plan.writes
            .iter()
            .find(|w| w.subresource == Some("status"))
            .expect("a status write")
    }

    #[test]
    fn paused_blue_green() {
        let ro = json!({
            "metadata": {"name": "bg", "namespace": "prod", "resourceVersion": "7"},
            "spec": {"strategy": {"blueGreen": {"activeService": "a"}}},
            "status": {"pauseConditions": [{"reason": "BlueGreenPause", "startTime": "2024-01-01T00:00:00Z"}],
                "currentPodHash": "new", "stableRS": "old"}
        });
        let plan = promote(&ro, false).unwrap();
        assert_eq!(plan.message, "rollout 'bg' promoted");
        assert_eq!(plan.writes.len(), 1);
        assert_eq!(plan.writes[0].subresource, Some("status"));
        assert_first_write(
            &plan,
            "/apis/argoproj.io/v1alpha1/namespaces/prod/rollouts/bg/status",
            PatchBody::Merge(
                json!({"metadata": {"resourceVersion": "7"}, "status": {"pauseConditions": null}}),
            ),
        );
    }

    #[test]
    fn canary_paused_at_a_step_clears_the_pause_only() {
        let mut ro = canary(Some(1), 4);
        ro["status"]["pauseConditions"] = json!([{"reason": "CanaryPauseStep"}]);
        let plan = promote(&ro, false).unwrap();
        assert_eq!(plan.writes.len(), 1);
        assert_eq!(
            plan.writes[0].body,
            PatchBody::Merge(
                json!({"metadata": {"resourceVersion": "42"}, "status": {"pauseConditions": null}})
            )
        );
    }

    #[test]
    fn canary_between_steps_advances_the_index() {
        let plan = promote(&canary(Some(1), 4), false).unwrap();
        assert_eq!(plan.message, "rollout 'web' promoted");
        assert_eq!(
            status_write(&plan).body,
            PatchBody::Merge(json!({"metadata": {"resourceVersion": "42"},
                "status": {"pauseConditions": null, "currentStepIndex": 2}}))
        );
        // Without a current index the rollout is at step 0.
        let plan = promote(&canary(None, 4), false).unwrap();
        assert_eq!(
            status_write(&plan).body.value()["status"]["currentStepIndex"],
            json!(1)
        );
    }

    #[test]
    fn index_never_passes_the_end() {
        let plan = promote(&canary(Some(3), 4), false).unwrap();
        assert_eq!(
            status_write(&plan).body.value()["status"]["currentStepIndex"],
            json!(4)
        );
        // At the end: nothing to write, and the message says so.
        let plan = promote(&canary(Some(4), 4), false).unwrap();
        assert!(plan.writes.is_empty());
        assert_eq!(
            plan.message,
            "rollout 'web' is not paused and has no step left to promote; nothing to do"
        );
        let plan = promote(&canary(Some(9), 4), false).unwrap();
        assert!(plan.writes.is_empty());
    }

    #[test]
    fn inconclusive_analysis() {
        let mut ro = canary(Some(2), 4);
        ro["status"]["pauseConditions"] = json!([{"reason": "InconclusiveAnalysisRun"}]);
        ro["status"]["controllerPause"] = json!(true);
        ro["status"]["canary"] =
            json!({"currentStepAnalysisRunStatus": {"name": "ar", "status": "Inconclusive"}});
        let plan = promote(&ro, false).unwrap();
        assert_eq!(
            plan.writes,
            vec![Write {
                target: ObjectRef::rollout(&ro),
                subresource: Some("status"),
                body: PatchBody::Merge(json!({"metadata": {"resourceVersion": "42"},
                    "status": {"pauseConditions": null, "controllerPause": false, "currentStepIndex": 3}})),
            }]
        );
        // At the last step the index stays capped.
        ro["status"]["currentStepIndex"] = json!(4);
        let plan = promote(&ro, false).unwrap();
        assert_eq!(
            plan.writes[0].body.value()["status"]["currentStepIndex"],
            json!(4)
        );
        // Without controllerPause it is a plain pause to clear.
        ro["status"]["controllerPause"] = json!(false);
        let plan = promote(&ro, false).unwrap();
        assert_eq!(
            plan.writes[0].body.value()["status"],
            json!({"pauseConditions": null})
        );
    }

    #[test]
    fn manually_paused_rollout_unpauses_the_spec() {
        let mut ro = canary(Some(4), 4);
        ro["spec"]["paused"] = json!(true);
        ro["status"]["pauseConditions"] = json!([{"reason": "PausedRolloutManual"}]);
        let plan = promote(&ro, false).unwrap();
        assert_eq!(plan.writes.len(), 2);
        // Spec first: a retry after the status write conflicts must not promote twice.
        assert_eq!(plan.writes[0].subresource, None);
        assert_eq!(
            plan.writes[0].body,
            PatchBody::Merge(
                json!({"metadata": {"resourceVersion": "42"}, "spec": {"paused": false}})
            )
        );
        assert_eq!(plan.writes[1].subresource, Some("status"));
        assert_eq!(
            plan.writes[1].body.value()["status"],
            json!({"pauseConditions": null})
        );
        assert_guarded(&plan, "42");
    }

    #[test]
    fn manually_paused_without_conditions_writes_only_the_spec() {
        let mut ro = canary(Some(4), 4);
        ro["spec"]["paused"] = json!(true);
        let plan = promote(&ro, false).unwrap();
        assert_eq!(plan.writes.len(), 1);
        assert_eq!(plan.writes[0].subresource, None);
        assert_eq!(plan.message, "rollout 'web' promoted");
    }

    #[test]
    fn full_promotion() {
        let mut ro = canary(Some(1), 4);
        ro["spec"]["paused"] = json!(true);
        let plan = promote(&ro, true).unwrap();
        assert_eq!(plan.message, "rollout 'web' fully promoted");
        assert_eq!(plan.writes.len(), 2);
        assert_eq!(plan.writes[0].subresource, None);
        assert_eq!(
            plan.writes[0].body.value()["spec"],
            json!({"paused": false})
        );
        assert_eq!(
            plan.writes[1].body,
            PatchBody::Merge(
                json!({"metadata": {"resourceVersion": "42"}, "status": {"promoteFull": true}})
            )
        );
        assert_eq!(plan.writes[1].subresource, Some("status"));
        assert_guarded(&plan, "42");
    }

    #[test]
    fn full_promotion_of_a_stable_rollout_does_nothing() {
        let mut ro = canary(Some(4), 4);
        ro["status"]["currentPodHash"] = json!("old");
        let plan = promote(&ro, true).unwrap();
        assert!(plan.writes.is_empty());
        assert_eq!(
            plan.message,
            "rollout 'web' already runs its stable pods; nothing to do"
        );
    }

    #[test]
    fn healthy_blue_green_has_nothing_to_promote() {
        let ro = json!({"metadata": {"name": "bg", "resourceVersion": "1"},
            "spec": {"strategy": {"blueGreen": {}}}, "status": {}});
        assert!(promote(&ro, false).unwrap().writes.is_empty());
    }

    #[test]
    fn promote_without_resource_version_refuses() {
        let ro = json!({"metadata": {"name": "web"}, "spec": {"paused": true}});
        assert!(matches!(
            promote(&ro, false),
            Err(PatchError::NoResourceVersion { .. })
        ));
    }
}
