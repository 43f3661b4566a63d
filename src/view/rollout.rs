//! `get rollout` and `list rollouts`: a rollout and what it owns, turned into views.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::model::{Rollout, StepsRecord, Strategy, is_controlled_by};

use super::status::phase_and_message;
use super::tree::{analysis_run_views, dedupe, experiment_view, replica_set_views, rollout_images};
use super::types::{
    ExperimentView, ReplicaCounts, RevisionView, RolloutObjects, RolloutRow, RolloutView,
    StepsOverride,
};
use super::weights::{actual_weight, set_weight, step_text};

pub fn build(objs: &RolloutObjects) -> RolloutView {
    let mut warnings = Vec::new();
    let ro = Rollout::read(&objs.rollout, &mut warnings);
    let uid = ro.meta.uid.as_str();

    let rollout_rss: Vec<&Value> = objs.replica_sets.iter().collect();
    let all_pods = dedupe(&[&objs.pods, &objs.experiment_pods]);
    let replica_sets = replica_set_views(uid, Some(&ro), &rollout_rss, &all_pods, &mut warnings);

    // An experiment's ReplicaSets may also have been listed by the rollout's selector.
    let all_rss = dedupe(&[&objs.experiment_replica_sets, &objs.replica_sets]);
    let runs: Vec<&Value> = objs.analysis_runs.iter().collect();
    let mut experiments: Vec<(u64, ExperimentView)> = objs
        .experiments
        .iter()
        .filter(|e| is_controlled_by(e, uid))
        .map(|e| experiment_view(e, &all_rss, &all_pods, &runs, &mut warnings))
        .collect();
    experiments
        .sort_by(|(_, a), (_, b)| a.created.cmp(&b.created).then_with(|| a.name.cmp(&b.name)));
    let analysis_runs = analysis_run_views(uid, &runs, &mut warnings);

    let (mut step, mut set_w, mut actual_w) = (None, None, None);
    match &ro.strategy {
        Strategy::Canary(c) => {
            step = step_text(&ro, c);
            set_w = Some(set_weight(&ro, c));
            // The controller has one canary ReplicaSet; like Go, the last one listed counts.
            let canary_available = replica_sets
                .iter()
                .filter(|rs| rs.roles.iter().any(|r| r == "canary"))
                .map(|rs| rs.available)
                .next_back();
            actual_w = Some(actual_weight(&ro, c, canary_available));
        }
        Strategy::BlueGreen(_) | Strategy::None => {}
    }

    let exp_views: Vec<ExperimentView> = experiments.iter().map(|(_, e)| e.clone()).collect();
    let images = rollout_images(&replica_sets, &exp_views);

    let revisions: BTreeSet<u64> = replica_sets
        .iter()
        .map(|r| r.revision)
        .chain(experiments.iter().map(|(rev, _)| *rev))
        .chain(analysis_runs.iter().map(|a| a.revision))
        .collect();
    let revisions = revisions
        .into_iter()
        .rev()
        .map(|rev| RevisionView {
            revision: rev,
            replica_sets: replica_sets
                .iter()
                .filter(|r| r.revision == rev)
                .cloned()
                .collect(),
            experiments: experiments
                .iter()
                .filter(|(r, _)| *r == rev)
                .map(|(_, e)| e.clone())
                .collect(),
            analysis_runs: analysis_runs
                .iter()
                .filter(|a| a.revision == rev)
                .cloned()
                .collect(),
        })
        .collect();

    let (status, message) = phase_and_message(&ro);
    RolloutView {
        name: ro.meta.name.clone(),
        namespace: ro.meta.namespace.clone(),
        status,
        message,
        strategy: ro.strategy.kind(),
        step,
        set_weight: set_w,
        actual_weight: actual_w,
        images,
        replicas: counts(&ro),
        revisions,
        created: ro.meta.created,
        steps_override: steps_override(&objs.rollout),
        warnings,
    }
}

/// set-weight's record, when it still describes the steps in the cluster. A record that
/// cannot be read says nothing here (the writes refuse it with the reason).
fn steps_override(rollout: &Value) -> Option<StepsOverride> {
    let record = StepsRecord::read(rollout).ok().flatten()?;
    record.in_force(rollout).then(|| StepsOverride {
        original_steps: record.original,
    })
}

fn counts(ro: &Rollout) -> ReplicaCounts {
    ReplicaCounts {
        desired: ro.desired(),
        current: ro.status.replicas,
        updated: ro.status.updated_replicas,
        ready: ro.status.ready_replicas,
        available: ro.status.available_replicas,
    }
}

pub fn row(obj: &Value) -> RolloutRow {
    let ro = Rollout::read(obj, &mut Vec::new());
    let (status, message) = phase_and_message(&ro);
    let (step, set_w) = match &ro.strategy {
        Strategy::Canary(c) => (
            step_text(&ro, c).unwrap_or_else(|| "-".to_string()),
            set_weight(&ro, c).to_string(),
        ),
        Strategy::BlueGreen(_) | Strategy::None => ("-".to_string(), "-".to_string()),
    };
    let c = counts(&ro);
    RolloutRow {
        namespace: ro.meta.namespace.clone(),
        name: ro.meta.name.clone(),
        // Neither strategy shows as `unknown`, as in the Go plugin (StrategyKind::list_text).
        strategy: ro.strategy.kind(),
        status,
        message,
        step,
        set_weight: set_w,
        ready: c.ready,
        current: c.current,
        desired: c.desired,
        up_to_date: c.updated,
        available: c.available,
    }
}
