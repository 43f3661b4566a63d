//! The computed views that `get`, `list` and `status` render. Built by `view::*` from raw
//! objects, consumed by `render::*`, and serialised as-is for `-o json|yaml` (so field names
//! here are a public, stable schema: camelCase, documented in the README).

use jiff::Timestamp;
use serde::Serialize;

use crate::model::{Phase, StrategyKind};

/// Everything `get rollout NAME` shows.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct RolloutView {
    pub name: String,
    pub namespace: String,
    /// Phase: Healthy, Progressing, Paused, Degraded (or whatever the controller wrote).
    pub status: Phase,
    /// Empty when there is no message.
    pub message: String,
    /// "Canary" or "BlueGreen" (empty if the spec has neither).
    pub strategy: StrategyKind,
    /// `<currentStepIndex>/<steps>`; None when not canary or either part is missing.
    pub step: Option<String>,
    /// Canary only (None for blue-green).
    pub set_weight: Option<i64>,
    /// Canary only (None for blue-green).
    pub actual_weight: Option<i64>,
    /// Sorted by image; tags in the order the spec asks for.
    pub images: Vec<ImageView>,
    pub replicas: ReplicaCounts,
    /// Highest revision first.
    pub revisions: Vec<RevisionView>,
    /// The rollout's creationTimestamp (AGE of the root row).
    pub created: Option<Timestamp>,
    /// Set while the canary steps are the ones `set-weight` wrote (its record is on the
    /// rollout and the steps were not put back since); null otherwise.
    pub steps_override: Option<StepsOverride>,
    /// Things the builder could not read (malformed fields); rendered nowhere in the anchor
    /// text, but kept for `-o json` and debugging. Never panics instead.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// The canary steps are set-weight's; these were the user's own.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct StepsOverride {
    /// The steps before set-weight replaced them, raw (null: there were none).
    pub original_steps: serde_json::Value,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ImageView {
    pub image: String,
    /// e.g. ["canary"], ["stable"], ["Σ:baseline"]; see get-output.md for ordering rules.
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ReplicaCounts {
    pub desired: i64,
    pub current: i64,
    pub updated: i64,
    pub ready: i64,
    pub available: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct RevisionView {
    pub revision: u64,
    /// By revision, then name.
    pub replica_sets: Vec<ReplicaSetView>,
    /// By creation time.
    pub experiments: Vec<ExperimentView>,
    /// Oldest creation first, then name descending.
    pub analysis_runs: Vec<AnalysisRunView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ReplicaSetView {
    pub name: String,
    pub revision: u64,
    /// The `rollouts-pod-template-hash` label value ("" when missing).
    pub pod_template_hash: String,
    /// Healthy, Progressing, ScaledDown or ReplicaFailure.
    pub status: String,
    /// In display order: stable, canary | active | preview, ping | pong.
    pub roles: Vec<String>,
    /// From the `scale-down-deadline` annotation when it parses as RFC 3339.
    pub scale_down_deadline: Option<Timestamp>,
    pub created: Option<Timestamp>,
    /// spec.replicas (desired) and status.replicas / availableReplicas.
    pub desired: i64,
    pub replicas: i64,
    pub available: i64,
    /// Container images of the template, in container order.
    pub images: Vec<String>,
    /// Experiment ReplicaSets: annotation `experiment.argoproj.io/template-name`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// Oldest first, then by name.
    pub pods: Vec<PodView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct PodView {
    pub name: String,
    /// kubectl's STATUS column text: Running, Pending, Init:0/1, CrashLoopBackOff, Terminating…
    pub status: String,
    pub ready: i64,
    pub total: i64,
    pub restarts: i64,
    pub created: Option<Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ExperimentView {
    pub name: String,
    pub namespace: String,
    /// Experiment phase (Running, Successful, Failed, Error, Pending, Inconclusive…).
    pub status: String,
    pub message: String,
    pub created: Option<Timestamp>,
    /// spec.duration as written ("" when absent).
    pub duration: String,
    /// status.availableAt.
    pub available_at: Option<Timestamp>,
    /// Images of the experiment's ReplicaSets, tagged `Σ:<template>` (only used by
    /// `get experiment`'s header).
    pub images: Vec<ImageView>,
    pub replica_sets: Vec<ReplicaSetView>,
    pub analysis_runs: Vec<AnalysisRunView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct AnalysisRunView {
    pub name: String,
    pub revision: u64,
    /// Phase: Pending, Running, Successful, Failed, Error, Inconclusive.
    pub status: String,
    pub created: Option<Timestamp>,
    pub successful: i64,
    pub failed: i64,
    pub inconclusive: i64,
    pub error: i64,
    pub jobs: Vec<JobView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct JobView {
    pub name: String,
    pub namespace: String,
    /// The measurement's phase (Successful, Failed, Running, …).
    pub status: String,
    /// The measurement's startedAt.
    pub started: Option<Timestamp>,
}

/// One row of `list rollouts`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct RolloutRow {
    pub namespace: String,
    pub name: String,
    /// "Canary", "BlueGreen" or "unknown".
    #[serde(serialize_with = "StrategyKind::serialize_list_text")]
    pub strategy: StrategyKind,
    pub status: Phase,
    pub message: String,
    /// "-" unless canary.
    pub step: String,
    /// "-" unless canary.
    pub set_weight: String,
    pub ready: i64,
    pub current: i64,
    pub desired: i64,
    pub up_to_date: i64,
    pub available: i64,
}

/// One row of `list experiments`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ExperimentRow {
    pub namespace: String,
    pub name: String,
    pub status: String,
    /// spec.duration or "-".
    pub duration: String,
    pub available_at: Option<Timestamp>,
    pub created: Option<Timestamp>,
}

/// Raw objects the view builder needs for one rollout, as the server returned them.
#[derive(Debug, Clone, Default)]
pub struct RolloutObjects {
    pub rollout: serde_json::Value,
    /// ReplicaSets listed by the rollout's selector (may include ones it does not own).
    pub replica_sets: Vec<serde_json::Value>,
    /// Pods listed by the rollout's selector (may include ones it does not own).
    pub pods: Vec<serde_json::Value>,
    /// Experiments of the namespace (filtered by owner in the builder).
    pub experiments: Vec<serde_json::Value>,
    /// AnalysisRuns of the namespace (filtered by owner in the builder).
    pub analysis_runs: Vec<serde_json::Value>,
    /// ReplicaSets and pods of those experiments (listed by the experiments' selectors).
    pub experiment_replica_sets: Vec<serde_json::Value>,
    pub experiment_pods: Vec<serde_json::Value>,
}

/// Raw objects for one experiment.
#[derive(Debug, Clone, Default)]
pub struct ExperimentObjects {
    pub experiment: serde_json::Value,
    pub replica_sets: Vec<serde_json::Value>,
    pub pods: Vec<serde_json::Value>,
    pub analysis_runs: Vec<serde_json::Value>,
}
