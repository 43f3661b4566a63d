//! The phase and message of a rollout, decided in the order get-output.md lays down.

use jiff::Timestamp;

use crate::model::{Phase, Rollout, Strategy};

fn out(phase: Phase, message: impl Into<String>) -> (Phase, String) {
    (phase, message.into())
}

/// Phase and message of an already-read rollout.
pub fn phase_and_message(ro: &Rollout) -> (Phase, String) {
    let st = &ro.status;
    // A rollout without metadata.generation (hand-made objects) has nothing to compare with.
    if let (Some(generation), Some(observed)) = (ro.meta.generation, st.observed_generation)
        && generation != observed
    {
        return out(
            Phase::Progressing,
            "waiting for rollout spec update to be observed",
        );
    }
    if st.controller_pause && st.pause_reasons.is_empty() {
        return out(Phase::Progressing, "waiting for rollout to unpause");
    }
    if ro.workload_ref
        && let (Some(wanted), Some(observed)) =
            (ro.workload_generation(), st.workload_observed_generation)
        && wanted != observed
    {
        return out(
            Phase::Progressing,
            "waiting for rollout spec update to be observed for the reference workload",
        );
    }
    if let Some(phase) = &st.phase {
        return (phase.clone(), st.message.clone());
    }
    computed(ro)
}

/// The client-side computation for controllers that do not write status.phase.
fn computed(ro: &Rollout) -> (Phase, String) {
    let st = &ro.status;
    if let Some(c) = st.conditions.iter().find(|c| c.kind == "InvalidSpec") {
        return out(Phase::Degraded, format!("InvalidSpec: {}", c.message));
    }
    if let Some(c) = st
        .conditions
        .iter()
        .find(|c| c.reason == "RolloutAborted" || c.reason == "ProgressDeadlineExceeded")
    {
        return out(Phase::Degraded, format!("{}: {}", c.reason, c.message));
    }
    if ro.paused {
        return out(Phase::Paused, "manually paused");
    }
    if let Some(reason) = st.pause_reasons.first() {
        return out(Phase::Paused, reason.clone());
    }
    if let Some(restart_at) = &ro.restart_at
        && !same_time(restart_at, st.restarted_at.as_deref())
    {
        return out(Phase::Progressing, "rollout is restarting");
    }
    if st.updated_replicas < ro.desired() {
        return out(Phase::Progressing, "more replicas need to be updated");
    }
    if st.available_replicas < st.updated_replicas {
        return out(
            Phase::Progressing,
            "updated replicas are still becoming available",
        );
    }
    let fully_promoted = !st.stable_rs.is_empty() && st.stable_rs == st.current_pod_hash;
    match &ro.strategy {
        Strategy::BlueGreen(bg) => {
            if st.active_selector.is_empty() || st.active_selector != st.current_pod_hash {
                return out(Phase::Progressing, "active service cutover pending");
            }
            if !fully_promoted {
                let analysis_done = st
                    .post_promotion_run_status
                    .as_deref()
                    .is_some_and(analysis_completed);
                if bg.post_promotion_analysis && !analysis_done {
                    return out(Phase::Progressing, "waiting for analysis to complete");
                }
                return out(
                    Phase::Progressing,
                    "waiting for post-promotion verification to complete",
                );
            }
        }
        Strategy::Canary(c) => {
            if !c.traffic_routing && st.replicas > st.updated_replicas {
                return out(Phase::Progressing, "old replicas are pending termination");
            }
            if !fully_promoted {
                return out(Phase::Progressing, "waiting for all steps to complete");
            }
        }
        Strategy::None => {}
    }
    out(Phase::Healthy, "")
}

/// Whether an analysis phase is final (Go's `AnalysisPhase.Completed`).
pub fn analysis_completed(phase: &str) -> bool {
    matches!(phase, "Successful" | "Failed" | "Error" | "Inconclusive")
}

/// Timestamps compare as instants; text that does not parse compares as text.
fn same_time(a: &str, b: Option<&str>) -> bool {
    let Some(b) = b else { return false };
    match (a.parse::<Timestamp>(), b.parse::<Timestamp>()) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::super::rollout_status;
    use serde_json::{Value, json};

    /// A healthy canary rollout; tests change one thing at a time.
    fn healthy_canary() -> Value {
        json!({
            "metadata": {"name": "ro", "generation": 4},
            "spec": {"replicas": 3, "strategy": {"canary": {"steps": [{"setWeight": 50}]}}},
            "status": {"observedGeneration": "4", "replicas": 3, "updatedReplicas": 3,
                "readyReplicas": 3, "availableReplicas": 3,
                "currentPodHash": "h2", "stableRS": "h2"}
        })
    }

    fn set(v: &mut Value, path: &[&str], x: Value) {
        let mut cur = v;
        for p in &path[..path.len() - 1] {
            cur = cur.as_object_mut().unwrap().entry(*p).or_insert(json!({}));
        }
        cur.as_object_mut()
            .unwrap()
            .insert(path[path.len() - 1].to_string(), x);
    }

    fn status_of(v: &Value) -> (crate::model::Phase, String) {
        rollout_status(v)
    }

    fn pm(p: &str, m: &str) -> (crate::model::Phase, String) {
        (crate::model::Phase::parse(p), m.to_string())
    }

    #[test]
    fn healthy() {
        assert_eq!(status_of(&healthy_canary()), pm("Healthy", ""));
    }

    #[test]
    fn generation_not_observed() {
        let mut ro = healthy_canary();
        set(&mut ro, &["status", "observedGeneration"], json!("3"));
        set(&mut ro, &["status", "phase"], json!("Healthy"));
        assert_eq!(
            status_of(&ro),
            pm(
                "Progressing",
                "waiting for rollout spec update to be observed"
            )
        );
        // A numeric JSON value counts too.
        set(&mut ro, &["status", "observedGeneration"], json!(5));
        assert_eq!(
            status_of(&ro),
            pm(
                "Progressing",
                "waiting for rollout spec update to be observed"
            )
        );
    }

    #[test]
    fn non_numeric_observed_generation_counts_as_observed() {
        let mut ro = healthy_canary();
        set(
            &mut ro,
            &["status", "observedGeneration"],
            json!("7d5f9c8b4"),
        );
        assert_eq!(status_of(&ro), pm("Healthy", ""));
        set(&mut ro, &["status", "observedGeneration"], json!([1]));
        assert_eq!(status_of(&ro), pm("Healthy", ""));
    }

    #[test]
    fn unpausing() {
        let mut ro = healthy_canary();
        set(&mut ro, &["status", "controllerPause"], json!(true));
        set(&mut ro, &["status", "phase"], json!("Paused"));
        assert_eq!(
            status_of(&ro),
            pm("Progressing", "waiting for rollout to unpause")
        );
        // With a pause condition left, the controller is still paused.
        set(
            &mut ro,
            &["status", "pauseConditions"],
            json!([{"reason": "CanaryPauseStep"}]),
        );
        set(&mut ro, &["status", "message"], json!("CanaryPauseStep"));
        assert_eq!(status_of(&ro), pm("Paused", "CanaryPauseStep"));
    }

    #[test]
    fn workload_generation() {
        let mut ro = healthy_canary();
        set(
            &mut ro,
            &["spec", "workloadRef"],
            json!({"kind": "Deployment", "name": "d"}),
        );
        set(
            &mut ro,
            &["metadata", "annotations"],
            json!({"rollout.argoproj.io/workload-generation": "5"}),
        );
        set(
            &mut ro,
            &["status", "workloadObservedGeneration"],
            json!("4"),
        );
        let msg = "waiting for rollout spec update to be observed for the reference workload";
        assert_eq!(status_of(&ro), pm("Progressing", msg));
        set(
            &mut ro,
            &["status", "workloadObservedGeneration"],
            json!("5"),
        );
        assert_eq!(status_of(&ro), pm("Healthy", ""));
        // Non-numeric observed workload generation counts as observed.
        set(
            &mut ro,
            &["status", "workloadObservedGeneration"],
            json!("x"),
        );
        assert_eq!(status_of(&ro), pm("Healthy", ""));
        // Without workloadRef the annotation is ignored.
        set(
            &mut ro,
            &["status", "workloadObservedGeneration"],
            json!("4"),
        );
        ro["spec"].as_object_mut().unwrap().remove("workloadRef");
        assert_eq!(status_of(&ro), pm("Healthy", ""));
    }

    #[test]
    fn controller_phase_wins_over_computation() {
        let mut ro = healthy_canary();
        set(&mut ro, &["status", "phase"], json!("Degraded"));
        set(
            &mut ro,
            &["status", "message"],
            json!("RolloutAborted: boom"),
        );
        set(&mut ro, &["status", "updatedReplicas"], json!(0));
        assert_eq!(status_of(&ro), pm("Degraded", "RolloutAborted: boom"));
    }

    #[test]
    fn invalid_spec_before_aborted() {
        let mut ro = healthy_canary();
        set(
            &mut ro,
            &["status", "conditions"],
            json!([
                {"type": "Progressing", "reason": "RolloutAborted", "message": "aborted"},
                {"type": "InvalidSpec", "reason": "X", "message": "bad steps"}
            ]),
        );
        assert_eq!(status_of(&ro), pm("Degraded", "InvalidSpec: bad steps"));
    }

    #[test]
    fn aborted_and_deadline() {
        let mut ro = healthy_canary();
        set(
            &mut ro,
            &["status", "conditions"],
            json!([{"type": "Progressing", "reason": "RolloutAborted", "message": "Rollout aborted update to revision 2"}]),
        );
        assert_eq!(
            status_of(&ro),
            pm(
                "Degraded",
                "RolloutAborted: Rollout aborted update to revision 2"
            )
        );
        set(
            &mut ro,
            &["status", "conditions"],
            json!([{"type": "Progressing", "reason": "ProgressDeadlineExceeded", "message": "too slow"}]),
        );
        assert_eq!(
            status_of(&ro),
            pm("Degraded", "ProgressDeadlineExceeded: too slow")
        );
    }

    #[test]
    fn paused_manually_then_by_condition() {
        let mut ro = healthy_canary();
        set(&mut ro, &["spec", "paused"], json!(true));
        set(
            &mut ro,
            &["status", "pauseConditions"],
            json!([{"reason": "CanaryPauseStep"}]),
        );
        assert_eq!(status_of(&ro), pm("Paused", "manually paused"));
        set(&mut ro, &["spec", "paused"], json!(false));
        assert_eq!(status_of(&ro), pm("Paused", "CanaryPauseStep"));
    }

    #[test]
    fn restarting() {
        let mut ro = healthy_canary();
        set(
            &mut ro,
            &["spec", "restartAt"],
            json!("2024-01-01T00:00:00Z"),
        );
        assert_eq!(status_of(&ro), pm("Progressing", "rollout is restarting"));
        set(
            &mut ro,
            &["status", "restartedAt"],
            json!("2024-01-01T01:00:00+01:00"),
        );
        assert_eq!(status_of(&ro), pm("Healthy", ""));
    }

    #[test]
    fn replica_counts() {
        let mut ro = healthy_canary();
        set(&mut ro, &["status", "updatedReplicas"], json!(2));
        assert_eq!(
            status_of(&ro),
            pm("Progressing", "more replicas need to be updated")
        );
        set(&mut ro, &["status", "updatedReplicas"], json!(3));
        set(&mut ro, &["status", "availableReplicas"], json!(2));
        assert_eq!(
            status_of(&ro),
            pm(
                "Progressing",
                "updated replicas are still becoming available"
            )
        );
    }

    #[test]
    fn desired_defaults_to_one() {
        let mut ro = healthy_canary();
        ro["spec"].as_object_mut().unwrap().remove("replicas");
        set(&mut ro, &["status", "replicas"], json!(1));
        set(&mut ro, &["status", "updatedReplicas"], json!(1));
        set(&mut ro, &["status", "availableReplicas"], json!(1));
        assert_eq!(status_of(&ro), pm("Healthy", ""));
        set(&mut ro, &["status", "updatedReplicas"], json!(0));
        set(&mut ro, &["status", "availableReplicas"], json!(0));
        assert_eq!(
            status_of(&ro),
            pm("Progressing", "more replicas need to be updated")
        );
    }

    #[test]
    fn canary_old_replicas_and_steps() {
        let mut ro = healthy_canary();
        set(&mut ro, &["status", "replicas"], json!(4));
        assert_eq!(
            status_of(&ro),
            pm("Progressing", "old replicas are pending termination")
        );
        // With traffic routing old replicas may linger (scale-down delay).
        set(
            &mut ro,
            &["spec", "strategy", "canary", "trafficRouting"],
            json!({"nginx": {}}),
        );
        assert_eq!(status_of(&ro), pm("Healthy", ""));
        set(&mut ro, &["status", "stableRS"], json!("h1"));
        assert_eq!(
            status_of(&ro),
            pm("Progressing", "waiting for all steps to complete")
        );
        set(&mut ro, &["status", "stableRS"], json!(""));
        set(&mut ro, &["status", "currentPodHash"], json!(""));
        assert_eq!(
            status_of(&ro),
            pm("Progressing", "waiting for all steps to complete")
        );
    }

    /// `ro` with the field at `path` set to `value`: the phase and message it then has.
    fn with(ro: &mut Value, path: &[&str], value: Value) -> (crate::model::Phase, String) {
        set(ro, path, value);
        status_of(ro)
    }

    fn healthy_bluegreen() -> Value {
        json!({
            "metadata": {"name": "bg"},
            "spec": {"replicas": 2, "strategy": {"blueGreen": {"activeService": "a"}}},
            "status": {"replicas": 4, "updatedReplicas": 2, "availableReplicas": 2,
                "currentPodHash": "new", "stableRS": "new",
                "blueGreen": {"activeSelector": "new", "previewSelector": "new"}}
        })
    }

    #[test]
    fn bluegreen_branches() {
        let mut ro = healthy_bluegreen();
        // Old replicas do not matter for blue-green (scale-down delay).
        assert_eq!(status_of(&ro), pm("Healthy", ""));
        assert_eq!(
            with(
                &mut ro,
                &["status", "blueGreen", "activeSelector"],
                json!("old")
            ),
            pm("Progressing", "active service cutover pending")
        );
        set(
            &mut ro,
            &["status", "blueGreen", "activeSelector"],
            json!(""),
        );
        assert_eq!(
            with(&mut ro, &["status", "currentPodHash"], json!("")),
            pm("Progressing", "active service cutover pending")
        );
        let mut ro = healthy_bluegreen();
        assert_eq!(
            with(&mut ro, &["status", "stableRS"], json!("old")),
            pm(
                "Progressing",
                "waiting for post-promotion verification to complete"
            )
        );
        assert_eq!(
            with(
                &mut ro,
                &["spec", "strategy", "blueGreen", "postPromotionAnalysis"],
                json!({"templates": []})
            ),
            pm("Progressing", "waiting for analysis to complete")
        );
        assert_eq!(
            with(
                &mut ro,
                &["status", "blueGreen", "postPromotionAnalysisRunStatus"],
                json!({"name": "r", "status": "Running"})
            ),
            pm("Progressing", "waiting for analysis to complete")
        );
        assert_eq!(
            with(
                &mut ro,
                &["status", "blueGreen", "postPromotionAnalysisRunStatus"],
                json!({"name": "r", "status": "Successful"})
            ),
            pm(
                "Progressing",
                "waiting for post-promotion verification to complete"
            )
        );
    }

    #[test]
    fn no_strategy_is_healthy_when_counts_match() {
        let ro = json!({"spec": {"replicas": 1}, "status": {"updatedReplicas": 1, "availableReplicas": 1}});
        assert_eq!(status_of(&ro), pm("Healthy", ""));
    }

    #[test]
    fn malformed_rollouts_do_not_panic() {
        for ro in [
            json!(null),
            json!(42),
            json!({"status": []}),
            json!({"metadata": {"generation": "x"}, "status": {"observedGeneration": {}}}),
            json!({"status": {"conditions": "bad", "pauseConditions": [1, null]}}),
            json!({"spec": {"replicas": -5}, "status": {"replicas": i64::MAX}}),
        ] {
            let (phase, _) = status_of(&ro);
            assert!(!phase.is_empty());
        }
    }
}
