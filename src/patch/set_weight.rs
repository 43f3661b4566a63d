//! `set-weight`: hold an in-flight canary at a chosen weight by rewriting its remaining steps.
//!
//! The controller restarts the step plan at step 0 whenever `spec.strategy.canary.steps`
//! changes, so the new plan is `setWeight: W`, then (unless `--no-pause`) an indefinite
//! `pause`, then the steps that came after the current one, byte-for-byte as they were.
//! The steps in the cluster then differ from the ones in git; re-applying the manifest (or a
//! GitOps sync) restores them.
//!
//! So that the trap does not spring on the next release, the first set-weight records the
//! original steps in an annotation of ours ([`ORIGINAL_STEPS_ANNOTATION`], next to the steps
//! it wrote, [`SET_WEIGHT_STEPS_ANNOTATION`]); `set image` and `undo` put them back in the
//! patch that starts the new revision ([`restore_ops`]), and `set-weight --restore` on request
//! ([`restore_steps`]).

use serde_json::{Value, json};

use super::{
    ObjectRef, PatchBody, PatchError, Plan, Write, at, guarded_json, name_of, resource_version,
    str_at,
};
use crate::model::{
    Declared, ORIGINAL_STEPS_ANNOTATION, SET_WEIGHT_STEPS_ANNOTATION, StepsRecord, StrategyKind,
    current_steps,
};

/// The highest weight a step may set: `trafficRouting.maxTrafficWeight` when positive, else 100.
pub fn max_weight(rollout: &Value) -> i64 {
    at(
        rollout,
        &[
            "spec",
            "strategy",
            "canary",
            "trafficRouting",
            "maxTrafficWeight",
        ],
    )
    .and_then(Value::as_i64)
    .filter(|w| *w > 0)
    .unwrap_or(100)
}

/// Plans `set-weight`. Message: `rollout 'NAME' set to weight W, paused until promoted (N
/// steps remain)`, or with `no_pause` `rollout 'NAME' set to weight W (N steps remain)`, where
/// N counts the original steps kept after the new setWeight/pause ("1 step remains").
pub fn set_weight(rollout: &Value, weight: i64, no_pause: bool) -> Result<Plan, PatchError> {
    let name = name_of(rollout).to_string();
    // Not StrategyKind::of: a spec declaring both strategies (invalid to the controller) is
    // refused here as blue-green, where the reader would call it canary.
    let declared = Declared::of(rollout);
    if declared.blue_green {
        return Err(PatchError::SetWeightBlueGreen(name));
    }
    if !declared.canary {
        return Err(PatchError::SetWeightNotCanary(name));
    }
    let max = max_weight(rollout);
    if !(0..=max).contains(&weight) {
        return Err(PatchError::WeightOutOfRange { weight, max });
    }
    if at(rollout, &["status", "abort"]).and_then(Value::as_bool) == Some(true) {
        return Err(PatchError::SetWeightAborted(name));
    }
    let current = str_at(rollout, &["status", "currentPodHash"]);
    if current.is_empty() || current == str_at(rollout, &["status", "stableRS"]) {
        return Err(PatchError::SetWeightIdle(name));
    }
    let rv = resource_version(rollout, "rollout")?;

    let old_steps = at(rollout, &["spec", "strategy", "canary", "steps"])
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let index = at(rollout, &["status", "currentStepIndex"])
        .and_then(Value::as_u64)
        .and_then(|i| usize::try_from(i).ok())
        .unwrap_or(0);
    let rest = old_steps.get(index.saturating_add(1)..).unwrap_or_default();

    let mut steps = vec![json!({"setWeight": weight})];
    if !no_pause {
        steps.push(json!({"pause": {}}));
    }
    steps.extend(rest.iter().cloned());

    let remain = match rest.len() {
        1 => "1 step remains".to_string(),
        n => format!("{n} steps remain"),
    };
    let message = if no_pause {
        format!("rollout '{name}' set to weight {weight} ({remain})")
    } else {
        format!("rollout '{name}' set to weight {weight}, paused until promoted ({remain})")
    };
    // The first set-weight records the user's steps; a later one keeps that record (the steps
    // it replaces are ours) unless the record went stale (steps were put back since).
    let record = read_record(rollout)?.filter(|r| r.in_force(rollout));
    let original = match record {
        Some(r) => r.original,
        None => current_steps(rollout).cloned().unwrap_or(Value::Null),
    };
    let steps = Value::Array(steps);
    let body = PatchBody::Merge(json!({
        "metadata": {
            "resourceVersion": rv,
            "annotations": {
                ORIGINAL_STEPS_ANNOTATION: original.to_string(),
                SET_WEIGHT_STEPS_ANNOTATION: steps.to_string(),
            }
        },
        "spec": {"strategy": {"canary": {"steps": steps}}}
    }));
    Ok(Plan {
        writes: vec![Write {
            target: ObjectRef::rollout(rollout),
            subresource: None,
            body,
        }],
        message,
    })
}

/// The set-weight record of `rollout`, refusing one that cannot be trusted.
fn read_record(rollout: &Value) -> Result<Option<StepsRecord>, PatchError> {
    StepsRecord::read(rollout).map_err(|bad| PatchError::BadStepsRecord {
        rollout: name_of(rollout).to_string(),
        annotation: bad.annotation,
    })
}

/// What putting the record back does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Restored {
    /// The original steps were written back.
    Steps,
    /// The steps had been changed since set-weight (a sync, an apply): they stay, only the
    /// stale record goes.
    RecordOnly,
}

/// JSON patch operations (for a patch to the rollout itself) that put set-weight's record
/// back and remove it; empty when there is no record. For the commands that start a new
/// revision, so that it runs the user's steps rather than set-weight's.
pub fn restore_ops(rollout: &Value) -> Result<(Vec<Value>, Option<Restored>), PatchError> {
    let Some(record) = read_record(rollout)? else {
        return Ok((Vec::new(), None));
    };
    let mut ops = Vec::new();
    let canary = StrategyKind::of(rollout) == StrategyKind::Canary;
    let restored = if record.in_force(rollout) && canary {
        let path = "/spec/strategy/canary/steps";
        match (current_steps(rollout).is_some(), &record.original) {
            (true, Value::Null) => ops.push(json!({"op": "remove", "path": path})),
            (false, Value::Null) => {}
            (true, steps) => ops.push(json!({"op": "replace", "path": path, "value": steps})),
            (false, steps) => ops.push(json!({"op": "add", "path": path, "value": steps})),
        }
        Restored::Steps
    } else {
        Restored::RecordOnly
    };
    let annotations = rollout.pointer("/metadata/annotations");
    for key in [ORIGINAL_STEPS_ANNOTATION, SET_WEIGHT_STEPS_ANNOTATION] {
        if annotations.and_then(|a| a.get(key)).is_some() {
            let escaped = key.replace('~', "~0").replace('/', "~1");
            ops.push(json!({"op": "remove", "path": format!("/metadata/annotations/{escaped}")}));
        }
    }
    Ok((ops, Some(restored)))
}

/// The steps a new revision would run after [`restore_ops`], when it changes them (for
/// `history --diff`); None when there is no record in force.
pub fn steps_after_restore(rollout: &Value) -> Result<Option<Value>, PatchError> {
    Ok(read_record(rollout)?
        .filter(|r| r.in_force(rollout))
        .map(|r| r.original))
}

/// The words a command adds to its message when it restored the record.
pub fn restored_note(restored: Option<Restored>) -> &'static str {
    match restored {
        None => "",
        Some(Restored::Steps) => "; the canary steps set-weight replaced are restored",
        Some(Restored::RecordOnly) => "; set-weight's stale record of the steps is removed",
    }
}

/// A plan whose `write` starts a new revision of `rollout` (its template, or its workload's):
/// set-weight's record is put back in the same guarded patch when the write goes to the rollout,
/// else in a guarded patch of the rollout's own, sent first (so that a retry after a conflict on
/// the workload finds the record gone and plans only the template again).
pub(crate) fn start_revision(
    rollout: &Value,
    mut write: Write,
    message: String,
) -> Result<Plan, PatchError> {
    let (ops, restored) = restore_ops(rollout)?;
    let message = format!("{message}{}", restored_note(restored));
    if ops.is_empty() {
        return Ok(Plan {
            writes: vec![write],
            message,
        });
    }
    let same_object = write.target == ObjectRef::rollout(rollout) && write.subresource.is_none();
    if same_object && let PatchBody::Json(Value::Array(body)) = &mut write.body {
        body.extend(ops);
        return Ok(Plan {
            writes: vec![write],
            message,
        });
    }
    let rv = resource_version(rollout, "rollout")?;
    Ok(Plan {
        writes: vec![
            Write {
                target: ObjectRef::rollout(rollout),
                subresource: None,
                body: guarded_json(&rv, ops),
            },
            write,
        ],
        message,
    })
}

/// Plans `set-weight NAME --restore`: the recorded steps back, the record removed, one guarded
/// JSON patch. Refused when there is no record.
pub fn restore_steps(rollout: &Value) -> Result<Plan, PatchError> {
    let name = name_of(rollout).to_string();
    let (ops, restored) = restore_ops(rollout)?;
    let Some(restored) = restored else {
        return Err(PatchError::NoStepsRecord(name));
    };
    let rv = resource_version(rollout, "rollout")?;
    let message = match restored {
        Restored::Steps => {
            let count = read_record(rollout)?
                .and_then(|r| r.original.as_array().map(Vec::len))
                .unwrap_or(0);
            let steps = if count == 1 { "step" } else { "steps" };
            format!(
                "rollout '{name}' runs its own {count} {steps} again (set-weight's record restored and removed)"
            )
        }
        Restored::RecordOnly => format!(
            "rollout '{name}': the steps were changed since set-weight (by a sync or an apply?), so they stay; set-weight's stale record is removed"
        ),
    };
    Ok(Plan {
        writes: vec![Write {
            target: ObjectRef::rollout(rollout),
            subresource: None,
            body: guarded_json(&rv, ops),
        }],
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::super::PatchBody;
    use super::super::tests::assert_guarded;
    use super::*;

    fn steps() -> Value {
        json!([
            {"setWeight": 10},
            {"pause": {"duration": "1m"}},
            {"setWeight": 50, "x-unknown": {"keep": true}},
            {"analysis": {"templates": [{"templateName": "ok"}]}},
            {"setWeight": 80}
        ])
    }

    fn in_flight(index: Option<u64>) -> Value {
        let mut ro = json!({
            "metadata": {"name": "web", "namespace": "prod", "resourceVersion": "31"},
            "spec": {"strategy": {"canary": {"steps": steps()}}},
            "status": {"currentPodHash": "new", "stableRS": "old"}
        });
        if let Some(i) = index {
            ro["status"]["currentStepIndex"] = json!(i);
        }
        ro
    }

    fn new_steps(plan: &Plan) -> Value {
        plan.writes[0].body.value()["spec"]["strategy"]["canary"]["steps"].clone()
    }

    #[test]
    fn at_step_one_keeps_the_steps_after_it() {
        let plan = set_weight(&in_flight(Some(1)), 35, false).unwrap();
        let written = json!([
            {"setWeight": 35},
            {"pause": {}},
            {"setWeight": 50, "x-unknown": {"keep": true}},
            {"analysis": {"templates": [{"templateName": "ok"}]}},
            {"setWeight": 80}
        ]);
        assert_eq!(
            plan.writes[0].body,
            PatchBody::Merge(json!({
                "metadata": {"resourceVersion": "31", "annotations": {
                    ORIGINAL_STEPS_ANNOTATION: steps().to_string(),
                    SET_WEIGHT_STEPS_ANNOTATION: written.to_string(),
                }},
                "spec": {"strategy": {"canary": {"steps": written}}}
            }))
        );
        assert_eq!(plan.writes[0].subresource, None);
        assert_eq!(
            plan.message,
            "rollout 'web' set to weight 35, paused until promoted (3 steps remain)"
        );
        assert_guarded(&plan, "31");
    }

    #[test]
    fn without_an_index_counts_as_step_zero() {
        let plan = set_weight(&in_flight(None), 20, false).unwrap();
        assert_eq!(new_steps(&plan).as_array().unwrap().len(), 2 + 4);
        assert_eq!(new_steps(&plan)[2], json!({"pause": {"duration": "1m"}}));
        assert_eq!(
            plan.message,
            "rollout 'web' set to weight 20, paused until promoted (4 steps remain)"
        );
    }

    #[test]
    fn at_the_last_step_and_past_the_end() {
        let plan = set_weight(&in_flight(Some(4)), 90, false).unwrap();
        assert_eq!(new_steps(&plan), json!([{"setWeight": 90}, {"pause": {}}]));
        assert_eq!(
            plan.message,
            "rollout 'web' set to weight 90, paused until promoted (0 steps remain)"
        );
        let plan = set_weight(&in_flight(Some(5)), 90, false).unwrap();
        assert_eq!(new_steps(&plan), json!([{"setWeight": 90}, {"pause": {}}]));
        let plan = set_weight(&in_flight(Some(3)), 90, false).unwrap();
        assert_eq!(
            plan.message,
            "rollout 'web' set to weight 90, paused until promoted (1 step remains)"
        );
    }

    #[test]
    fn no_pause_leaves_out_the_pause() {
        let plan = set_weight(&in_flight(Some(2)), 0, true).unwrap();
        assert_eq!(
            new_steps(&plan),
            json!([{"setWeight": 0}, {"analysis": {"templates": [{"templateName": "ok"}]}}, {"setWeight": 80}])
        );
        assert_eq!(
            plan.message,
            "rollout 'web' set to weight 0 (2 steps remain)"
        );
    }

    #[test]
    fn refuses_blue_green() {
        let ro = json!({"metadata": {"name": "bg", "resourceVersion": "1"},
            "spec": {"strategy": {"blueGreen": {"activeService": "a"}}},
            "status": {"currentPodHash": "new", "stableRS": "old"}});
        let err = set_weight(&ro, 10, false).unwrap_err();
        assert_eq!(err, PatchError::SetWeightBlueGreen("bg".into()));
        assert_eq!(
            err.to_string(),
            "cannot set the weight of rollout \"bg\": it uses the blue-green strategy; set-weight works on canary rollouts only"
        );
    }

    #[test]
    fn refuses_when_nothing_is_in_flight() {
        let mut ro = in_flight(Some(5));
        ro["status"]["currentPodHash"] = json!("old");
        assert_eq!(
            set_weight(&ro, 10, false),
            Err(PatchError::SetWeightIdle("web".into()))
        );
        ro["status"] = json!({});
        assert_eq!(
            set_weight(&ro, 10, false),
            Err(PatchError::SetWeightIdle("web".into()))
        );
    }

    #[test]
    fn refuses_an_aborted_rollout() {
        let mut ro = in_flight(Some(1));
        ro["status"]["abort"] = json!(true);
        let err = set_weight(&ro, 10, false).unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot set the weight of rollout \"web\": the update was aborted; run `kubectl rollouts retry rollout web` first"
        );
    }

    #[test]
    fn refuses_weights_out_of_range() {
        assert_eq!(
            set_weight(&in_flight(Some(1)), 101, false),
            Err(PatchError::WeightOutOfRange {
                weight: 101,
                max: 100
            })
        );
        assert_eq!(
            set_weight(&in_flight(Some(1)), -1, false),
            Err(PatchError::WeightOutOfRange {
                weight: -1,
                max: 100
            })
        );
        assert!(set_weight(&in_flight(Some(1)), 100, false).is_ok());
    }

    #[test]
    fn max_traffic_weight_bounds_the_weight() {
        let mut ro = in_flight(Some(1));
        ro["spec"]["strategy"]["canary"]["trafficRouting"] =
            json!({"maxTrafficWeight": 1000, "nginx": {}});
        assert!(set_weight(&ro, 700, false).is_ok());
        let err = set_weight(&ro, 1001, false).unwrap_err();
        assert_eq!(
            err.to_string(),
            "weight 1001 is out of range: it must be a whole number from 0 to 1000"
        );
    }

    #[test]
    fn refuses_a_rollout_without_strategy() {
        let ro = json!({"metadata": {"name": "x", "resourceVersion": "1"}, "spec": {}});
        assert_eq!(
            set_weight(&ro, 1, false),
            Err(PatchError::SetWeightNotCanary("x".into()))
        );
    }

    /// `in_flight(1)` after `set-weight 35`, as the server would hold it.
    fn held() -> Value {
        let ro = in_flight(Some(1));
        let plan = set_weight(&ro, 35, false).unwrap();
        super::super::apply_preview(&ro, &plan.writes[0])
    }

    #[test]
    fn a_later_set_weight_keeps_the_first_record() {
        let plan = set_weight(&held(), 60, true).unwrap();
        let annotations = &plan.writes[0].body.value()["metadata"]["annotations"];
        assert_eq!(
            annotations[ORIGINAL_STEPS_ANNOTATION],
            json!(steps().to_string())
        );
        assert_eq!(
            annotations[SET_WEIGHT_STEPS_ANNOTATION],
            json!(new_steps(&plan).to_string())
        );
    }

    #[test]
    fn restore_writes_the_original_steps_and_drops_the_record() {
        let plan = restore_steps(&held()).unwrap();
        assert_eq!(
            plan.writes[0].body,
            PatchBody::Json(json!([
                {"op": "test", "path": "/metadata/resourceVersion", "value": "31"},
                {"op": "replace", "path": "/spec/strategy/canary/steps", "value": steps()},
                {"op": "remove", "path": "/metadata/annotations/kubectl-rollouts~1original-steps"},
                {"op": "remove", "path": "/metadata/annotations/kubectl-rollouts~1set-weight-steps"},
            ]))
        );
        let after = super::super::apply_preview(&held(), &plan.writes[0]);
        assert_eq!(after["spec"]["strategy"]["canary"]["steps"], steps());
        assert_eq!(after["metadata"]["annotations"], json!({}));
        assert_eq!(
            restore_steps(&after),
            Err(PatchError::NoStepsRecord("web".into()))
        );
    }

    #[test]
    fn a_rollout_that_had_no_steps_gets_none_back() {
        let mut ro = in_flight(Some(0));
        ro["spec"]["strategy"]["canary"] = json!({});
        let plan = set_weight(&ro, 35, false).unwrap();
        let held = super::super::apply_preview(&ro, &plan.writes[0]);
        let (ops, restored) = restore_ops(&held).unwrap();
        assert_eq!(restored, Some(Restored::Steps));
        assert_eq!(
            ops[0],
            json!({"op": "remove", "path": "/spec/strategy/canary/steps"})
        );
    }

    #[test]
    fn steps_put_back_by_someone_else_stay_and_only_the_record_goes() {
        let mut ro = held();
        ro["spec"]["strategy"]["canary"]["steps"] = json!([{"setWeight": 1}]);
        let (ops, restored) = restore_ops(&ro).unwrap();
        assert_eq!(restored, Some(Restored::RecordOnly));
        assert_eq!(ops.len(), 2, "{ops:?}");
        assert!(ops.iter().all(|op| op["op"] == json!("remove")));
        // A set-weight now records these steps as the user's.
        let plan = set_weight(&ro, 10, false).unwrap();
        assert_eq!(
            plan.writes[0].body.value()["metadata"]["annotations"][ORIGINAL_STEPS_ANNOTATION],
            json!("[{\"setWeight\":1}]")
        );
    }

    #[test]
    fn a_garbled_record_is_refused_with_what_to_do() {
        let mut ro = held();
        ro["metadata"]["annotations"][ORIGINAL_STEPS_ANNOTATION] = json!("not json");
        let err = restore_steps(&ro).unwrap_err();
        assert_eq!(
            err.to_string(),
            "annotation kubectl-rollouts/original-steps of rollout \"web\" is not a JSON list of steps; remove it with `kubectl annotate rollout web kubectl-rollouts/original-steps-`"
        );
        assert!(restore_ops(&ro).is_err());
    }
}
