//! Canary step and weights (SetWeight, ActualWeight) as the header shows them.

use crate::model::{Canary, Rollout};

/// The index of the step the rollout is on, or None when there is no current step (no steps,
/// or the index is past the end). A missing index means the first step, as in the controller.
fn current_step(ro: &Rollout, c: &Canary) -> Option<usize> {
    if c.steps.is_empty() {
        return None;
    }
    let idx = usize::try_from(ro.status.current_step_index.unwrap_or(0)).ok()?;
    (idx < c.steps.len()).then_some(idx)
}

/// 100, or trafficRouting.maxTrafficWeight when set.
pub fn max_weight(c: &Canary) -> i64 {
    c.max_traffic_weight.unwrap_or(100)
}

/// `<currentStepIndex>/<steps>` when both exist.
pub fn step_text(ro: &Rollout, c: &Canary) -> Option<String> {
    let idx = ro.status.current_step_index?;
    if c.steps.is_empty() {
        return None;
    }
    Some(format!("{idx}/{}", c.steps.len()))
}

/// The weight the rollout asks for at its current step.
pub fn set_weight(ro: &Rollout, c: &Canary) -> i64 {
    if ro.status.abort {
        return 0;
    }
    let Some(idx) = current_step(ro, c) else {
        return max_weight(c);
    };
    c.steps
        .get(..=idx)
        .unwrap_or(&[])
        .iter()
        .rev()
        .find_map(|w| *w)
        .unwrap_or(0)
}

/// The weight the canary actually gets. `canary_available` is the availableReplicas of the
/// canary ReplicaSet (None when there is none).
pub fn actual_weight(ro: &Rollout, c: &Canary, canary_available: Option<i64>) -> i64 {
    let max = max_weight(c);
    if current_step(ro, c).is_none() {
        return max;
    }
    let available = ro.status.available_replicas;
    if available <= 0 {
        return 0;
    }
    if !c.traffic_routing {
        return canary_available
            .map(|a| a.saturating_mul(max) / available)
            .unwrap_or(0);
    }
    ro.status.canary_weight.unwrap_or_else(|| set_weight(ro, c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn ro(canary: Value, status: Value) -> Rollout {
        Rollout::read(
            &json!({"spec": {"strategy": {"canary": canary}}, "status": status}),
            &mut Vec::new(),
        )
    }

    fn weights(r: &Rollout, canary_available: Option<i64>) -> (Option<String>, i64, i64) {
        let c = r.canary().unwrap();
        (
            step_text(r, c),
            set_weight(r, c),
            actual_weight(r, c, canary_available),
        )
    }

    fn steps() -> Value {
        json!([{"setWeight": 20}, {"pause": {}}, {"setWeight": 40}, {"pause": {"duration": "1m"}}])
    }

    #[test]
    fn basic_canary_mid_rollout() {
        let r = ro(
            json!({"steps": steps()}),
            json!({"currentStepIndex": 1, "availableReplicas": 5}),
        );
        // 1 of 5 available pods is canary: 1*100/5.
        assert_eq!(weights(&r, Some(1)), (Some("1/4".into()), 20, 20));
        let r = ro(
            json!({"steps": steps()}),
            json!({"currentStepIndex": 3, "availableReplicas": 3}),
        );
        // 2*100/3 = 66 (integer division).
        assert_eq!(weights(&r, Some(2)), (Some("3/4".into()), 40, 66));
    }

    #[test]
    fn no_canary_replicaset_means_zero_actual() {
        let r = ro(
            json!({"steps": steps()}),
            json!({"currentStepIndex": 0, "availableReplicas": 3}),
        );
        assert_eq!(weights(&r, None), (Some("0/4".into()), 20, 0));
    }

    #[test]
    fn zero_available_means_zero_actual() {
        let r = ro(
            json!({"steps": steps()}),
            json!({"currentStepIndex": 2, "availableReplicas": 0}),
        );
        assert_eq!(weights(&r, Some(0)), (Some("2/4".into()), 40, 0));
    }

    #[test]
    fn before_any_set_weight_step() {
        let r = ro(
            json!({"steps": [{"pause": {}}, {"setWeight": 50}]}),
            json!({"currentStepIndex": 0, "availableReplicas": 2}),
        );
        assert_eq!(weights(&r, Some(0)), (Some("0/2".into()), 0, 0));
    }

    #[test]
    fn past_the_end_and_no_steps() {
        let r = ro(
            json!({"steps": steps()}),
            json!({"currentStepIndex": 4, "availableReplicas": 2}),
        );
        assert_eq!(weights(&r, Some(0)), (Some("4/4".into()), 100, 100));
        let r = ro(json!({}), json!({"availableReplicas": 2}));
        assert_eq!(weights(&r, Some(0)), (None, 100, 100));
        // Steps but no index: the controller is on step 0; nothing to show in Step.
        let r = ro(json!({"steps": steps()}), json!({"availableReplicas": 2}));
        assert_eq!(weights(&r, Some(1)), (None, 20, 50));
    }

    #[test]
    fn negative_index_is_no_current_step() {
        let r = ro(
            json!({"steps": steps()}),
            json!({"currentStepIndex": -1, "availableReplicas": 2}),
        );
        assert_eq!(weights(&r, Some(1)), (Some("-1/4".into()), 100, 100));
    }

    #[test]
    fn abort_sets_weight_zero() {
        let r = ro(
            json!({"steps": steps()}),
            json!({"currentStepIndex": 2, "abort": true, "availableReplicas": 4}),
        );
        assert_eq!(weights(&r, Some(0)), (Some("2/4".into()), 0, 0));
    }

    #[test]
    fn traffic_routing_uses_reported_weight_or_set_weight() {
        let tr = json!({"steps": steps(), "trafficRouting": {"istio": {}}});
        let r = ro(
            tr.clone(),
            json!({"currentStepIndex": 2, "availableReplicas": 4,
                "canary": {"weights": {"canary": {"weight": 35}, "stable": {"weight": 65}}}}),
        );
        assert_eq!(weights(&r, Some(4)), (Some("2/4".into()), 40, 35));
        let r = ro(tr, json!({"currentStepIndex": 2, "availableReplicas": 4}));
        assert_eq!(weights(&r, Some(4)), (Some("2/4".into()), 40, 40));
    }

    #[test]
    fn max_traffic_weight() {
        let c =
            json!({"steps": [{"setWeight": 200}], "trafficRouting": {"maxTrafficWeight": 1000}});
        let r = ro(
            c.clone(),
            json!({"currentStepIndex": 1, "availableReplicas": 4}),
        );
        assert_eq!(weights(&r, Some(4)), (Some("1/1".into()), 1000, 1000));
        let r = ro(c, json!({"currentStepIndex": 0, "availableReplicas": 4}));
        assert_eq!(weights(&r, Some(4)), (Some("0/1".into()), 200, 200));
    }

    #[test]
    fn huge_numbers_do_not_overflow() {
        let r = ro(
            json!({"steps": steps()}),
            json!({"currentStepIndex": 0, "availableReplicas": 1}),
        );
        assert_eq!(weights(&r, Some(i64::MAX)).2, i64::MAX);
    }
}
