//! The guarded write path every front end shares (the CLI's writing commands and the
//! dashboard): read, plan (pure, in `patch`), write guarded by the resourceVersion the plan
//! was computed from; on a conflict read again, plan again, and retry a bounded number of times.

use std::collections::HashMap;

use anyhow::{Result, bail};
use serde_json::Value;

use super::client::Cluster;
use super::error::K8sError;
use super::reads;
use crate::model::resource::{ROLLOUTS, Resource};
use crate::patch::{self, PatchError, Plan};

/// Read-plan-write rounds before we give up on an object that keeps changing.
pub const MAX_ROUNDS: u32 = 5;

/// What one round read and planned: the plan and the objects it may target (for previews).
pub struct Round {
    pub plan: Plan,
    pub objects: Vec<Value>,
}

/// How a guarded write ended.
pub enum Outcome {
    /// The plan had nothing to write; its message says why.
    Unchanged(Round),
    /// A dry run: the round that would have been written.
    Preview(Round),
    /// Written; `last` is the object the last write returned.
    Written { plan: Plan, last: Value },
}

/// Reads and plans with `round`, then (unless `dry`) writes; again from a fresh read when
/// someone else wrote first. A refusal of the planner comes back as the round's error.
pub async fn plan_and_write<F, Fut>(
    cluster: &Cluster,
    name: &str,
    dry: bool,
    mut round: F,
) -> Result<Outcome>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<Round>>,
{
    for _ in 0..MAX_ROUNDS {
        let r = round().await?;
        if r.plan.writes.is_empty() {
            return Ok(Outcome::Unchanged(r));
        }
        if dry {
            return Ok(Outcome::Preview(r));
        }
        match write_plan(cluster, &r.plan).await {
            Ok(last) => {
                return Ok(Outcome::Written { plan: r.plan, last });
            }
            Err(e) if e.is_conflict() => continue,
            Err(e) => return Err(e.into()),
        }
    }
    bail!(
        "\"{name}\" kept changing while we tried to write it ({MAX_ROUNDS} attempts, each from a fresh read); try again"
    )
}

/// A round that reads only the rollout and plans from it (promote, pause, abort, …).
pub async fn rollout_round<F>(cluster: &Cluster, ns: &str, name: &str, plan: F) -> Result<Round>
where
    F: Fn(&Value) -> Result<Plan, PatchError>,
{
    let rollout = cluster.get(&ROLLOUTS, ns, name).await?;
    let plan = plan(&rollout)?;
    Ok(Round {
        plan,
        objects: vec![rollout],
    })
}

/// The round of `undo`: the rollout, its ReplicaSets and its workload.
pub async fn undo_round(
    cluster: &Cluster,
    ns: &str,
    name: &str,
    to_revision: Option<u64>,
) -> Result<Round> {
    let rollout = cluster.get(&ROLLOUTS, ns, name).await?;
    let replica_sets = reads::rollout_replica_sets(cluster, ns, &rollout).await?;
    let workload = reads::workload(cluster, ns, &rollout).await?;
    let plan = patch::undo(&rollout, &replica_sets, workload.as_ref(), to_revision)?;
    Ok(Round {
        plan,
        objects: [Some(rollout), workload].into_iter().flatten().collect(),
    })
}

/// The round of `set image`: the rollout and its workload.
pub async fn set_image_round(
    cluster: &Cluster,
    ns: &str,
    name: &str,
    assignments: &[(String, String)],
) -> Result<Round> {
    let rollout = cluster.get(&ROLLOUTS, ns, name).await?;
    let workload = reads::workload(cluster, ns, &rollout).await?;
    let plan = patch::set_image_for_rollout(&rollout, workload.as_ref(), assignments)?;
    Ok(Round {
        plan,
        objects: [Some(rollout), workload].into_iter().flatten().collect(),
    })
}

/// Sends the writes in order and returns what the last one answered. A second write to the
/// same object is re-guarded with the resourceVersion the first one produced (nobody else
/// wrote in between, or it conflicts).
async fn write_plan(cluster: &Cluster, plan: &Plan) -> Result<Value, K8sError> {
    let mut versions: HashMap<(&str, &str, &str), String> = HashMap::new();
    let mut last = Value::Null;
    for w in &plan.writes {
        let key = (
            w.target.kind(),
            w.target.namespace.as_str(),
            w.target.name.as_str(),
        );
        let mut body = w.body.clone();
        if let Some(rv) = versions.get(&key) {
            patch::reguard(&mut body, rv);
        }
        let res = w.target.resource;
        let written = cluster
            .patch(
                &res,
                &w.target.namespace,
                &w.target.name,
                w.subresource,
                &body,
            )
            .await;
        let written = match written {
            Ok(w) => w,
            Err(K8sError::Api {
                code: 422, message, ..
            }) => {
                return Err(failed_test_or_invalid(cluster, &res, w, &body, message).await);
            }
            Err(e) => return Err(e),
        };
        if let Some(rv) = written["metadata"]["resourceVersion"].as_str() {
            versions.insert(key, rv.to_string());
        }
        last = written;
    }
    Ok(last)
}

/// kube-apiserver answers a failed JSON-patch `test` with a generic 422 Invalid, as it does a
/// patch the schema refuses. Tell them apart by reading the object: if its resourceVersion is
/// no longer the one we guarded with, someone else wrote first (a conflict: plan again).
async fn failed_test_or_invalid(
    cluster: &Cluster,
    res: &Resource,
    w: &patch::Write,
    body: &patch::PatchBody,
    message: String,
) -> K8sError {
    let invalid = K8sError::Api {
        code: 422,
        reason: "Invalid".into(),
        message: format!("{message} (PATCH {})", w.target.api_path(w.subresource)),
    };
    let (Some(guard), patch::PatchBody::Json(_)) = (body.guard(), body) else {
        return invalid;
    };
    match cluster.get(res, &w.target.namespace, &w.target.name).await {
        Ok(now) if now["metadata"]["resourceVersion"].as_str() != Some(guard) => {
            K8sError::Conflict {
                message: format!(
                    "{} \"{}\" changed since it was read",
                    res.group_resource(),
                    w.target.name
                ),
            }
        }
        _ => invalid,
    }
}
