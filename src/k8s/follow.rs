//! Following one rollout live: the watches scoped like its read (the rollout by name, its
//! ReplicaSets and Pods by its selector, AnalysisRuns by its hashes), restarted with a new
//! scope when a new revision brings a new hash. Shared by `get rollout -w` and the dashboard.

use anyhow::Result;

use super::client::Cluster;
use super::reads;
use super::watch::{Flow, WatchSpec, follow_ticking};
use crate::model::resource::{ANALYSISRUNS, EXPERIMENTS, PODS, REPLICASETS, ROLLOUTS};
use crate::view::{self, RolloutObjects};

/// Calls `show` with the rollout's objects after every change (at most every
/// [`super::watch::REDRAW_INTERVAL`]) until `until` completes. `first` is what was read
/// before: it decides the first scope. Deleting the rollout ends this with an error. With
/// `tick`, `show` is also called that often from the watched copy (no request), so a
/// terminal's ages move.
pub async fn follow_rollout<U, F>(
    cluster: &Cluster,
    ns: &str,
    name: &str,
    first: &RolloutObjects,
    until: U,
    tick: Option<std::time::Duration>,
    mut show: F,
) -> Result<()>
where
    U: std::future::Future<Output = ()>,
    F: FnMut(&RolloutObjects) -> Result<()>,
{
    let selector = reads::rollout_selector(cluster, ns, &first.rollout).await?;
    let mut run_selectors =
        view::analysis_run_selectors(&first.rollout, &first.replica_sets, &first.experiments);
    tokio::pin!(until);
    loop {
        let mut specs = vec![
            WatchSpec::named(ROLLOUTS, Some(ns), Some(name)),
            WatchSpec::selected(REPLICASETS, Some(ns), selector.clone()),
            WatchSpec::selected(PODS, Some(ns), selector.clone()),
            WatchSpec::selected(EXPERIMENTS, Some(ns), None),
        ];
        specs.extend(
            run_selectors
                .iter()
                .map(|s| WatchSpec::selected(ANALYSISRUNS, Some(ns), s.clone())),
        );
        let mut rescoped = None;
        follow_ticking(cluster, specs, until.as_mut(), tick, |snap| {
            let Some(rollout) = snap[0].first().cloned() else {
                anyhow::bail!("rollout \"{name}\" was deleted");
            };
            // The run selectors are disjoint (`in (…)` and `!key`): no run is listed twice.
            let objects = RolloutObjects {
                rollout,
                replica_sets: snap[1].clone(),
                pods: snap[2].clone(),
                experiments: snap[3].clone(),
                analysis_runs: snap[4..].concat(),
                experiment_replica_sets: snap[1].clone(),
                experiment_pods: snap[2].clone(),
            };
            show(&objects)?;
            let wanted = view::analysis_run_selectors(
                &objects.rollout,
                &objects.replica_sets,
                &objects.experiments,
            );
            if wanted != run_selectors {
                rescoped = Some(wanted);
                return Ok(Flow::Stop);
            }
            Ok(Flow::Continue)
        })
        .await?;
        match rescoped {
            Some(wanted) => run_selectors = wanted,
            None => return Ok(()),
        }
    }
}
