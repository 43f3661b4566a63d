//! The parts of a Rollout (`argoproj.io/v1alpha1`) that status, weights and roles depend on.

use serde_json::Value;

use super::{
    Meta, Phase, Reader, StrategyKind, WORKLOAD_GENERATION_ANNOTATION, int_or_numeric_string,
};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rollout {
    pub meta: Meta,
    /// spec.replicas as written (None when unset; the controller then wants 1).
    pub replicas: Option<i64>,
    pub paused: bool,
    /// spec.restartAt as written.
    pub restart_at: Option<String>,
    /// spec.workloadRef is set.
    pub workload_ref: bool,
    pub strategy: Strategy,
    pub status: RolloutStatus,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub enum Strategy {
    Canary(Canary),
    BlueGreen(BlueGreen),
    #[default]
    None,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Canary {
    /// One entry per step: its setWeight, if it is a setWeight step.
    pub steps: Vec<Option<i64>>,
    pub traffic_routing: bool,
    /// trafficRouting.maxTrafficWeight (100 when unset).
    pub max_traffic_weight: Option<i64>,
    pub ping_pong: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct BlueGreen {
    pub post_promotion_analysis: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Condition {
    pub kind: String,
    pub status: String,
    pub reason: String,
    pub message: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct RolloutStatus {
    /// status.phase; None when the controller wrote none (or an empty one).
    pub phase: Option<Phase>,
    pub message: String,
    /// status.observedGeneration when numeric (it is a string in the API; older controllers
    /// wrote a hash there, which counts as "observed").
    pub observed_generation: Option<i64>,
    pub workload_observed_generation: Option<i64>,
    pub controller_pause: bool,
    /// Reasons of status.pauseConditions, in order.
    pub pause_reasons: Vec<String>,
    pub conditions: Vec<Condition>,
    pub restarted_at: Option<String>,
    pub abort: bool,
    pub replicas: i64,
    pub updated_replicas: i64,
    pub ready_replicas: i64,
    pub available_replicas: i64,
    pub current_pod_hash: String,
    pub stable_rs: String,
    pub current_step_index: Option<i64>,
    pub active_selector: String,
    pub preview_selector: String,
    /// status.blueGreen.postPromotionAnalysisRunStatus present, and its status.
    pub post_promotion_run_status: Option<String>,
    pub stable_ping_pong: String,
    /// status.canary.weights.canary.weight, when the controller reported weights.
    pub canary_weight: Option<i64>,
}

impl Rollout {
    pub fn read(obj: &Value, warnings: &mut Vec<String>) -> Rollout {
        let r = &mut Reader::new("Rollout", obj, warnings);
        let meta = Meta::read(obj, r);
        let strategy = read_strategy(r, obj);
        let status = read_status(r, obj);
        Rollout {
            replicas: r.int(obj, "", &["spec", "replicas"]),
            paused: r.bool(obj, "", &["spec", "paused"]),
            restart_at: r.str(obj, "", &["spec", "restartAt"]),
            workload_ref: r.has_obj(obj, "", &["spec", "workloadRef"]),
            strategy,
            status,
            meta,
        }
    }

    /// spec.replicas, or 1 when unset (the controller's default).
    pub fn desired(&self) -> i64 {
        self.replicas.unwrap_or(1)
    }

    /// The workload-generation annotation when it is a number.
    pub fn workload_generation(&self) -> Option<i64> {
        self.meta
            .annotations
            .get(WORKLOAD_GENERATION_ANNOTATION)
            .and_then(|s| s.parse::<i64>().ok())
    }

    pub fn canary(&self) -> Option<&Canary> {
        self.strategy.canary()
    }
}

impl Strategy {
    pub fn kind(&self) -> StrategyKind {
        match self {
            Strategy::Canary(_) => StrategyKind::Canary,
            Strategy::BlueGreen(_) => StrategyKind::BlueGreen,
            Strategy::None => StrategyKind::None,
        }
    }

    pub fn canary(&self) -> Option<&Canary> {
        match self {
            Strategy::Canary(c) => Some(c),
            _ => None,
        }
    }
}

/// spec.strategy: canary first, then blue-green (the controller's order).
fn read_strategy(r: &mut Reader, obj: &Value) -> Strategy {
    if r.has_obj(obj, "", &["spec", "strategy", "canary"]) {
        let base = "spec.strategy.canary";
        let c = r
            .get(obj, "", &["spec", "strategy", "canary"])
            .unwrap_or(&Value::Null);
        let mut steps = Vec::new();
        for (i, s) in r.arr(c, base, &["steps"]).iter().enumerate() {
            steps.push(r.int(s, &format!("{base}.steps[{i}]"), &["setWeight"]));
        }
        Strategy::Canary(Canary {
            steps,
            traffic_routing: r.has_obj(c, base, &["trafficRouting"]),
            max_traffic_weight: r.int(c, base, &["trafficRouting", "maxTrafficWeight"]),
            ping_pong: r.has_obj(c, base, &["pingPong"]),
        })
    } else if r.has_obj(obj, "", &["spec", "strategy", "blueGreen"]) {
        Strategy::BlueGreen(BlueGreen {
            post_promotion_analysis: r.has_obj(
                obj,
                "",
                &["spec", "strategy", "blueGreen", "postPromotionAnalysis"],
            ),
        })
    } else {
        Strategy::None
    }
}

fn read_status(r: &mut Reader, obj: &Value) -> RolloutStatus {
    let s = "status";
    let st = r.get(obj, "", &[s]).unwrap_or(&Value::Null);
    let mut conditions = Vec::new();
    for (i, c) in r.arr(st, s, &["conditions"]).iter().enumerate() {
        let at = format!("status.conditions[{i}]");
        conditions.push(Condition {
            kind: r.str(c, &at, &["type"]).unwrap_or_default(),
            status: r.str(c, &at, &["status"]).unwrap_or_default(),
            reason: r.str(c, &at, &["reason"]).unwrap_or_default(),
            message: r.str(c, &at, &["message"]).unwrap_or_default(),
        });
    }
    let mut pause_reasons = Vec::new();
    for (i, c) in r.arr(st, s, &["pauseConditions"]).iter().enumerate() {
        pause_reasons.push(
            r.str(c, &format!("status.pauseConditions[{i}]"), &["reason"])
                .unwrap_or_default(),
        );
    }
    RolloutStatus {
        phase: r
            .str(st, s, &["phase"])
            .filter(|p| !p.is_empty())
            .map(|p| Phase::parse(&p)),
        message: r.str(st, s, &["message"]).unwrap_or_default(),
        observed_generation: r
            .get(st, s, &["observedGeneration"])
            .and_then(int_or_numeric_string),
        workload_observed_generation: r
            .get(st, s, &["workloadObservedGeneration"])
            .and_then(int_or_numeric_string),
        controller_pause: r.bool(st, s, &["controllerPause"]),
        pause_reasons,
        conditions,
        restarted_at: r.str(st, s, &["restartedAt"]),
        abort: r.bool(st, s, &["abort"]),
        replicas: r.int(st, s, &["replicas"]).unwrap_or(0),
        updated_replicas: r.int(st, s, &["updatedReplicas"]).unwrap_or(0),
        ready_replicas: r.int(st, s, &["readyReplicas"]).unwrap_or(0),
        available_replicas: r.int(st, s, &["availableReplicas"]).unwrap_or(0),
        current_pod_hash: r.str(st, s, &["currentPodHash"]).unwrap_or_default(),
        stable_rs: r.str(st, s, &["stableRS"]).unwrap_or_default(),
        current_step_index: r.int(st, s, &["currentStepIndex"]),
        active_selector: r
            .str(st, s, &["blueGreen", "activeSelector"])
            .unwrap_or_default(),
        preview_selector: r
            .str(st, s, &["blueGreen", "previewSelector"])
            .unwrap_or_default(),
        post_promotion_run_status: if r.has_obj(
            st,
            s,
            &["blueGreen", "postPromotionAnalysisRunStatus"],
        ) {
            Some(
                r.str(
                    st,
                    s,
                    &["blueGreen", "postPromotionAnalysisRunStatus", "status"],
                )
                .unwrap_or_default(),
            )
        } else {
            None
        },
        stable_ping_pong: r
            .str(st, s, &["canary", "stablePingPong"])
            .unwrap_or_default(),
        canary_weight: if r.has_obj(st, s, &["canary", "weights"]) {
            Some(
                r.int(st, s, &["canary", "weights", "canary", "weight"])
                    .unwrap_or(0),
            )
        } else {
            None
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_a_canary_rollout() {
        let obj = json!({
            "metadata": {"name": "ro", "uid": "u", "generation": 3},
            "spec": {"replicas": 5, "strategy": {"canary": {
                "steps": [{"setWeight": 20}, {"pause": {}}, {"setWeight": "x"}],
                "trafficRouting": {"maxTrafficWeight": 1000}, "pingPong": {}
            }}},
            "status": {"observedGeneration": "3", "currentStepIndex": 1,
                "canary": {"weights": {"canary": {"weight": 30}}, "stablePingPong": "ping"}}
        });
        let mut w = Vec::new();
        let ro = Rollout::read(&obj, &mut w);
        let c = ro.canary().expect("canary");
        assert_eq!(c.steps, vec![Some(20), None, None]);
        assert!(c.traffic_routing);
        assert!(c.ping_pong);
        assert_eq!(c.max_traffic_weight, Some(1000));
        assert_eq!(ro.status.observed_generation, Some(3));
        assert_eq!(ro.status.canary_weight, Some(30));
        assert_eq!(ro.status.current_step_index, Some(1));
        assert_eq!(ro.desired(), 5);
        assert_eq!(
            w,
            vec!["Rollout ro: spec.strategy.canary.steps[2].setWeight is not an integer; ignored"]
        );
    }

    #[test]
    fn garbage_degrades_to_defaults() {
        for obj in [
            json!(null),
            json!([]),
            json!("x"),
            json!({"metadata": [], "spec": 3, "status": []}),
            json!({"spec": {"strategy": {"canary": "yes"}}}),
        ] {
            let mut w = Vec::new();
            let ro = Rollout::read(&obj, &mut w);
            assert_eq!(ro.strategy, Strategy::None);
            assert_eq!(ro.desired(), 1);
        }
    }
}
