//! Reads that gather what one rollout or experiment view needs, and nothing more: ReplicaSets
//! and Pods by the owner's own label selector (server-side), analysis runs and experiments of
//! the namespace; ownership is then decided by UID in `view`. Independent reads run together.

use serde_json::Value;

use super::client::{Cluster, ListQuery};
use super::error::K8sError;
use crate::model::resource::{
    ANALYSISRUNS, EXPERIMENTS, PODS, PODTEMPLATES, REPLICASETS, ROLLOUTS,
};
use crate::view::{self, ExperimentObjects, RolloutObjects};

/// The label selector a rollout's ReplicaSets and Pods carry: `spec.selector`, or with
/// `workloadRef` (where the rollout may have none) the referenced workload's selector.
pub async fn rollout_selector(
    cluster: &Cluster,
    namespace: &str,
    rollout: &Value,
) -> Result<Option<String>, K8sError> {
    if let Some(q) = view::selector_to_query(&rollout["spec"]["selector"]) {
        return Ok(Some(q));
    }
    let Some(r) = crate::patch::workload_ref(rollout) else {
        return Ok(None);
    };
    // A PodTemplate has no selector of its own.
    if r.resource == PODTEMPLATES {
        return Ok(None);
    }
    let res = r.resource;
    let name = r.name.as_str();
    match cluster.get(&res, namespace, name).await {
        Ok(w) => Ok(view::selector_to_query(&w["spec"]["selector"])),
        Err(e) if e.is_not_found() => Ok(None),
        Err(e) => Err(e),
    }
}

/// The ReplicaSets listed by the rollout's selector (planners and `history` then keep those the
/// rollout controls, by UID).
pub async fn rollout_replica_sets(
    cluster: &Cluster,
    namespace: &str,
    rollout: &Value,
) -> Result<Vec<Value>, K8sError> {
    let selector = rollout_selector(cluster, namespace, rollout).await?;
    let query = ListQuery {
        label_selector: selector.as_deref(),
        field_selector: None,
    };
    Ok(cluster
        .list(&REPLICASETS, Some(namespace), &query)
        .await?
        .items)
}

/// The workload behind `spec.workloadRef`, when there is one and we support its kind (the
/// planners report unsupported kinds themselves).
pub async fn workload(
    cluster: &Cluster,
    namespace: &str,
    rollout: &Value,
) -> Result<Option<Value>, K8sError> {
    let Some(r) = crate::patch::workload_ref(rollout) else {
        return Ok(None);
    };
    Ok(Some(cluster.get(&r.resource, namespace, &r.name).await?))
}

/// Everything `get rollout` shows, in at most a handful of requests.
pub async fn rollout_objects(
    cluster: &Cluster,
    namespace: &str,
    name: &str,
) -> Result<RolloutObjects, K8sError> {
    let rollout = cluster.get(&ROLLOUTS, namespace, name).await?;
    rollout_children(cluster, namespace, rollout).await
}

/// The children of a rollout already read.
pub async fn rollout_children(
    cluster: &Cluster,
    namespace: &str,
    rollout: Value,
) -> Result<RolloutObjects, K8sError> {
    let selector = rollout_selector(cluster, namespace, &rollout).await?;
    // Without any selector we cannot narrow on the server; the owner filter still applies.
    let by_selector = ListQuery {
        label_selector: selector.as_deref(),
        field_selector: None,
    };
    let all = ListQuery::default();
    let (rs, pods, experiments) = tokio::try_join!(
        cluster.list(&REPLICASETS, Some(namespace), &by_selector),
        cluster.list(&PODS, Some(namespace), &by_selector),
        cluster.list(&EXPERIMENTS, Some(namespace), &all),
    )?;
    // AnalysisRuns go by the hashes just read: not every run of every rollout of the namespace.
    let run_selectors = view::analysis_run_selectors(&rollout, &rs.items, &experiments.items);
    let run_lists = futures::future::try_join_all(run_selectors.iter().map(|sel| {
        let q = ListQuery {
            label_selector: sel.as_deref(),
            field_selector: None,
        };
        async move { cluster.list(&ANALYSISRUNS, Some(namespace), &q).await }
    }))
    .await?;
    let mut runs = Vec::new();
    for list in run_lists {
        merge_unique(&mut runs, list.items);
    }
    let rollout_uid = uid(&rollout);
    let owned_experiments: Vec<&Value> = experiments
        .items
        .iter()
        .filter(|e| {
            rollout_uid.is_some() && crate::model::controller_uid(e) == rollout_uid.as_deref()
        })
        .collect();
    let (extra_rs, extra_pods) =
        experiment_extras(cluster, namespace, &owned_experiments, &rs.items).await?;
    let mut experiment_replica_sets = rs.items.clone();
    merge_unique(&mut experiment_replica_sets, extra_rs);
    let mut experiment_pods = pods.items.clone();
    merge_unique(&mut experiment_pods, extra_pods);
    Ok(RolloutObjects {
        rollout,
        replica_sets: rs.items,
        pods: pods.items,
        experiments: experiments.items,
        analysis_runs: runs,
        experiment_replica_sets,
        experiment_pods,
    })
}

/// An experiment's ReplicaSets normally come with the rollout's selector (the controller
/// copies the rollout's labels into the templates). Experiments with fewer owned ReplicaSets
/// than templates among those get a read of their own, by [`view::experiment_selector`].
async fn experiment_extras(
    cluster: &Cluster,
    namespace: &str,
    experiments: &[&Value],
    known_rs: &[Value],
) -> Result<(Vec<Value>, Vec<Value>), K8sError> {
    let mut rs_out = Vec::new();
    let mut pods_out = Vec::new();
    for exp in experiments {
        let exp_uid = uid(exp);
        let templates = exp["spec"]["templates"].as_array().map_or(0, Vec::len);
        let found = known_rs
            .iter()
            .filter(|r| exp_uid.is_some() && crate::model::controller_uid(r) == exp_uid.as_deref())
            .count();
        if found >= templates {
            continue;
        }
        let (rs, pods) = experiment_children(cluster, namespace, exp).await?;
        rs_out.extend(rs);
        pods_out.extend(pods);
    }
    Ok((rs_out, pods_out))
}

/// The ReplicaSets and Pods of one experiment: one list each, by its own selector (without
/// one, the namespace's; the view keeps what the experiment owns).
async fn experiment_children(
    cluster: &Cluster,
    namespace: &str,
    experiment: &Value,
) -> Result<(Vec<Value>, Vec<Value>), K8sError> {
    let selector = view::experiment_selector(experiment);
    let q = ListQuery {
        label_selector: selector.as_deref(),
        field_selector: None,
    };
    let (rs, pods) = tokio::try_join!(
        cluster.list(&REPLICASETS, Some(namespace), &q),
        cluster.list(&PODS, Some(namespace), &q),
    )?;
    Ok((rs.items, pods.items))
}

/// Everything `get experiment` shows.
pub async fn experiment_objects(
    cluster: &Cluster,
    namespace: &str,
    name: &str,
) -> Result<ExperimentObjects, K8sError> {
    let experiment = cluster.get(&EXPERIMENTS, namespace, name).await?;
    let all = ListQuery::default();
    let (runs, (replica_sets, pods)) = tokio::try_join!(
        cluster.list(&ANALYSISRUNS, Some(namespace), &all),
        experiment_children(cluster, namespace, &experiment),
    )?;
    Ok(ExperimentObjects {
        experiment,
        replica_sets,
        pods,
        analysis_runs: runs.items,
    })
}

fn uid(obj: &Value) -> Option<String> {
    obj["metadata"]["uid"].as_str().map(str::to_string)
}

/// Appends objects not already present (by UID, else namespace/name).
fn merge_unique(into: &mut Vec<Value>, more: Vec<Value>) {
    let id = |o: &Value| {
        uid(o).unwrap_or_else(|| {
            format!(
                "{}/{}",
                o["metadata"]["namespace"].as_str().unwrap_or_default(),
                o["metadata"]["name"].as_str().unwrap_or_default()
            )
        })
    };
    let mut seen: std::collections::HashSet<String> = into.iter().map(id).collect();
    for o in more {
        if seen.insert(id(&o)) {
            into.push(o);
        }
    }
}
