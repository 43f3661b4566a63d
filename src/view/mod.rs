//! Pure: Kubernetes objects (as JSON) in, views out. No I/O, no clock, no environment.
//!
//! Every function here accepts whatever the server (or a broken fixture) returned: missing or
//! mistyped fields degrade to defaults, never to a panic. Ownership is decided by ownerReference
//! UID only, never by name.

pub mod types;
pub use types::*;

mod experiment;
mod history;
mod pod;
mod rollout;
mod selector;
mod status;
mod tree;
mod weights;

use serde_json::Value;

pub use experiment::{experiment_duration, experiment_remaining};
pub use history::{HistoryEntry, history};
pub use pod::pod_view;
pub use selector::{
    analysis_run_selectors, experiment_selector, owned_experiments, rollout_selector_query,
    selector_to_query,
};
pub use status::analysis_completed;

/// Phase and message of a rollout (`status NAME`, the header's Status and Message).
pub fn rollout_status(rollout: &Value) -> (crate::model::Phase, String) {
    let ro = crate::model::Rollout::read(rollout, &mut Vec::new());
    status::phase_and_message(&ro)
}

/// Everything `get rollout NAME` shows. Objects in `objs` that the rollout (or its experiments)
/// does not own are ignored; notes about malformed fields land in `RolloutView::warnings`.
pub fn build_rollout_view(objs: &RolloutObjects) -> RolloutView {
    rollout::build(objs)
}

/// One row of `list rollouts`. STRATEGY is `unknown` when the rollout has neither strategy, as
/// the Go plugin prints it.
pub fn rollout_row(rollout: &Value) -> RolloutRow {
    rollout::row(rollout)
}

/// Everything `get experiment NAME` shows.
pub fn build_experiment_view(objs: &ExperimentObjects) -> ExperimentView {
    experiment::build(objs)
}

/// One row of `list experiments`.
pub fn experiment_row(exp: &Value) -> ExperimentRow {
    experiment::row(exp)
}

#[cfg(test)]
mod tests;
