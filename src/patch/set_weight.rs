//! `set-weight`: hold an in-flight canary at a chosen weight by rewriting its remaining steps.
//!
//! The controller restarts the step plan at step 0 whenever `spec.strategy.canary.steps`
//! changes, so the new plan is `setWeight: W`, then (unless `--no-pause`) an indefinite
//! `pause`, then the steps that came after the current one, byte-for-byte as they were.
//! The steps in the cluster then differ from the ones in git; re-applying the manifest (or a
//! GitOps sync) restores them.

use serde_json::{Value, json};

use super::{
    ObjectRef, PatchError, Plan, Write, at, guarded_merge, name_of, resource_version, str_at,
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
    let strategy = at(rollout, &["spec", "strategy"]);
    if strategy
        .and_then(|s| s.get("blueGreen"))
        .is_some_and(Value::is_object)
    {
        return Err(PatchError::SetWeightBlueGreen(name));
    }
    if !strategy
        .and_then(|s| s.get("canary"))
        .is_some_and(Value::is_object)
    {
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
    let body = guarded_merge(
        &rv,
        json!({"spec": {"strategy": {"canary": {"steps": steps}}}}),
    );
    Ok(Plan {
        writes: vec![Write {
            target: ObjectRef::rollout(rollout),
            subresource: None,
            body,
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
        assert_eq!(
            plan.writes[0].body,
            PatchBody::Merge(json!({
                "metadata": {"resourceVersion": "31"},
                "spec": {"strategy": {"canary": {"steps": [
                    {"setWeight": 35},
                    {"pause": {}},
                    {"setWeight": 50, "x-unknown": {"keep": true}},
                    {"analysis": {"templates": [{"templateName": "ok"}]}},
                    {"setWeight": 80}
                ]}}}
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
}
