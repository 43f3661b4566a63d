//! The one mapping from our views (`view::RolloutView`, built by the same code as `get
//! rollout`) to the anchor's RolloutService schema (`RolloutInfo` of `rollout.proto`), written
//! the way its server writes it: Go's encoding/json over the generated types, so every field
//! is `omitempty` (zero numbers, empty strings, false and empty lists are left out), int32 and
//! int64 are JSON numbers, times are RFC 3339 and a missing creationTimestamp is `null`.
//!
//! Pure: objects and views in, JSON-ready structs out.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::Serialize;
use serde_json::Value;

use crate::view::{
    self, AnalysisRunView, ExperimentView, PodView, ReplicaSetView, RolloutObjects, RolloutView,
};

/// `RolloutInfo`: one rollout as the dashboard shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct RolloutInfo {
    pub object_meta: ObjectMeta,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub status: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub message: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub icon: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub strategy: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub step: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub set_weight: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub actual_weight: String,
    #[serde(skip_serializing_if = "is_zero")]
    pub ready: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub current: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub desired: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub updated: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub available: i64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub restarted_at: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub generation: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub replica_sets: Vec<ReplicaSetInfo>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub experiments: Vec<ExperimentInfo>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub analysis_runs: Vec<AnalysisRunInfo>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub containers: Vec<ContainerInfo>,
    /// The canary steps as the spec has them (`CanaryStep` objects, passed through).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Value>,
    /// Ours (not in the anchor's schema, which clients ignore): for each action of the
    /// rollout page, `null` when the CLI would do it, else the CLI's reason for not doing it.
    /// Absent in list answers and under `--read-only`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actions: Option<BTreeMap<String, Option<String>>>,
}

/// The part of Kubernetes' ObjectMeta the anchor fills in (plus labels, for the list's
/// search; ObjectMeta has them, so anchor clients read them as usual).
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ObjectMeta {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub namespace: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub uid: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub resource_version: String,
    /// metav1.Time is a struct: `omitempty` never drops it; zero is `null`.
    #[serde(serialize_with = "rfc3339")]
    pub creation_timestamp: Option<Timestamp>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ReplicaSetInfo {
    pub object_meta: ObjectMeta,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub status: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub icon: String,
    #[serde(skip_serializing_if = "is_zero_u")]
    pub revision: u64,
    #[serde(skip_serializing_if = "is_false")]
    pub stable: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub canary: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub active: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub preview: bool,
    #[serde(skip_serializing_if = "is_zero")]
    pub replicas: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub available: i64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub template: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub scale_down_deadline: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub images: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pods: Vec<PodInfo>,
    #[serde(skip_serializing_if = "is_false")]
    pub ping: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub pong: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct PodInfo {
    pub object_meta: ObjectMeta,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub status: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub icon: String,
    /// `ready/total`, e.g. `1/1`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub ready: String,
    #[serde(skip_serializing_if = "is_zero")]
    pub restarts: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ContainerInfo {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub image: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ExperimentInfo {
    pub object_meta: ObjectMeta,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub icon: String,
    #[serde(skip_serializing_if = "is_zero_u")]
    pub revision: u64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub status: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub message: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub replica_sets: Vec<ReplicaSetInfo>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub analysis_runs: Vec<AnalysisRunInfo>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct AnalysisRunInfo {
    pub object_meta: ObjectMeta,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub icon: String,
    #[serde(skip_serializing_if = "is_zero_u")]
    pub revision: u64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub status: String,
    #[serde(skip_serializing_if = "is_zero")]
    pub successful: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub failed: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub inconclusive: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub error: i64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub jobs: Vec<JobInfo>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub non_job_info: Vec<NonJobInfo>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub success_condition: String,
    #[serde(skip_serializing_if = "is_zero")]
    pub count: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub inconclusive_limit: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub failure_limit: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct JobInfo {
    pub object_meta: ObjectMeta,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub status: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub icon: String,
    /// `*metav1.Time`: omitted when nil.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "rfc3339")]
    pub started_at: Option<Timestamp>,
}

/// One measurement of a metric that is not a Job (Prometheus, Datadog, web, …).
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct NonJobInfo {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub value: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "rfc3339")]
    pub started_at: Option<Timestamp>,
}

/// `RolloutWatchEvent`: one change of the namespace stream.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RolloutWatchEvent {
    #[serde(rename = "type")]
    pub kind: String,
    pub rollout_info: RolloutInfo,
}

/// The full info of one rollout: what `get rollout` shows, from the objects it reads.
pub fn rollout_info(objs: &RolloutObjects) -> RolloutInfo {
    let view = view::build_rollout_view(objs);
    let runs: BTreeMap<&str, &Value> = objs
        .analysis_runs
        .iter()
        .map(|r| (str_at(r, "/metadata/name"), r))
        .collect();
    let mut info = header(&objs.rollout, &view);
    for rev in &view.revisions {
        info.replica_sets.extend(
            rev.replica_sets
                .iter()
                .map(|rs| replica_set(rs, &view.namespace)),
        );
        info.experiments.extend(
            rev.experiments
                .iter()
                .map(|e| experiment(e, rev.revision, &runs)),
        );
        info.analysis_runs.extend(
            rev.analysis_runs
                .iter()
                .map(|r| analysis_run(r, &view.namespace, &runs)),
        );
    }
    info
}

/// The shallow info of the list: what one Rollout object says, without its children (the
/// list page shows no pods; reading every namespace's pods is what the anchor does and we
/// do not).
pub fn list_info(rollout: &Value) -> RolloutInfo {
    let objs = RolloutObjects {
        rollout: rollout.clone(),
        ..Default::default()
    };
    RolloutInfo {
        // It needs the canary's ReplicaSet: unknown here rather than wrong.
        actual_weight: String::new(),
        ..header(rollout, &view::build_rollout_view(&objs))
    }
}

fn header(rollout: &Value, view: &RolloutView) -> RolloutInfo {
    let number = |v: Option<i64>| v.map(|n| n.to_string()).unwrap_or_default();
    let containers = rollout
        .pointer("/spec/template/spec/containers")
        .and_then(Value::as_array)
        .map(|cs| {
            cs.iter()
                .map(|c| ContainerInfo {
                    name: str_at(c, "/name").to_string(),
                    image: str_at(c, "/image").to_string(),
                })
                .collect()
        })
        .unwrap_or_default();
    let steps = rollout
        .pointer("/spec/strategy/canary/steps")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let restarted_at = match rollout
        .pointer("/status/restartedAt")
        .and_then(Value::as_str)
    {
        Some(t) => t.to_string(),
        None => "Never".to_string(),
    };
    // observedGeneration is a string in the Rollout status (older controllers wrote a hash).
    let generation = match rollout.pointer("/status/observedGeneration") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    RolloutInfo {
        object_meta: ObjectMeta {
            resource_version: str_at(rollout, "/metadata/resourceVersion").to_string(),
            labels: labels(rollout),
            ..meta(rollout)
        },
        icon: rollout_icon(view.status.as_str()).to_string(),
        status: view.status.to_string(),
        message: view.message.clone(),
        strategy: view.strategy.to_string(),
        step: view.step.clone().unwrap_or_default(),
        set_weight: number(view.set_weight),
        actual_weight: number(view.actual_weight),
        ready: view.replicas.ready,
        current: view.replicas.current,
        desired: view.replicas.desired,
        updated: view.replicas.updated,
        available: view.replicas.available,
        restarted_at,
        generation,
        containers,
        steps,
        ..Default::default()
    }
}

fn replica_set(rs: &ReplicaSetView, namespace: &str) -> ReplicaSetInfo {
    let has = |role: &str| rs.roles.iter().any(|r| r == role);
    ReplicaSetInfo {
        object_meta: ObjectMeta {
            name: rs.name.clone(),
            namespace: namespace.to_string(),
            creation_timestamp: rs.created,
            ..Default::default()
        },
        icon: replica_set_icon(&rs.status).to_string(),
        status: rs.status.clone(),
        revision: rs.revision,
        stable: has("stable"),
        canary: has("canary"),
        active: has("active"),
        preview: has("preview"),
        ping: has("ping"),
        pong: has("pong"),
        replicas: rs.replicas,
        available: rs.available,
        template: rs.template.clone().unwrap_or_default(),
        scale_down_deadline: rs
            .scale_down_deadline
            .map(|t| format!("{t:.0}"))
            .unwrap_or_default(),
        images: rs.images.clone(),
        pods: rs.pods.iter().map(|p| pod(p, namespace)).collect(),
    }
}

fn pod(p: &PodView, namespace: &str) -> PodInfo {
    PodInfo {
        object_meta: ObjectMeta {
            name: p.name.clone(),
            namespace: namespace.to_string(),
            creation_timestamp: p.created,
            ..Default::default()
        },
        icon: pod_icon(p).to_string(),
        status: p.status.clone(),
        ready: format!("{}/{}", p.ready, p.total),
        restarts: p.restarts,
    }
}

fn experiment(e: &ExperimentView, revision: u64, runs: &BTreeMap<&str, &Value>) -> ExperimentInfo {
    ExperimentInfo {
        object_meta: ObjectMeta {
            name: e.name.clone(),
            namespace: e.namespace.clone(),
            creation_timestamp: e.created,
            ..Default::default()
        },
        icon: analysis_icon(&e.status).to_string(),
        revision,
        status: e.status.clone(),
        message: e.message.clone(),
        replica_sets: e
            .replica_sets
            .iter()
            .map(|rs| replica_set(rs, &e.namespace))
            .collect(),
        analysis_runs: e
            .analysis_runs
            .iter()
            .map(|r| analysis_run(r, &e.namespace, runs))
            .collect(),
    }
}

/// The view has the counts and the Job measurements; the other measurements and the first
/// metric's limits come from the AnalysisRun itself, as the anchor reads them.
fn analysis_run(
    r: &AnalysisRunView,
    namespace: &str,
    runs: &BTreeMap<&str, &Value>,
) -> AnalysisRunInfo {
    let raw = runs.get(r.name.as_str()).copied().unwrap_or(&Value::Null);
    let metric = raw.pointer("/spec/metrics/0").unwrap_or(&Value::Null);
    let int_or_string = |k: &str| match metric.get(k) {
        Some(Value::Number(n)) => n.as_i64().unwrap_or_default(),
        Some(Value::String(s)) => s.parse().unwrap_or_default(),
        _ => 0,
    };
    let mut non_job_info = Vec::new();
    for result in raw
        .pointer("/status/metricResults")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        for m in result
            .get("measurements")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            if m.pointer("/metadata/job-name").is_some() {
                continue;
            }
            non_job_info.push(NonJobInfo {
                value: str_at(m, "/value").to_string(),
                status: str_at(m, "/phase").to_string(),
                started_at: timestamp(m, "/startedAt"),
            });
        }
    }
    AnalysisRunInfo {
        object_meta: ObjectMeta {
            uid: str_at(raw, "/metadata/uid").to_string(),
            name: r.name.clone(),
            namespace: namespace.to_string(),
            creation_timestamp: r.created,
            ..Default::default()
        },
        icon: analysis_icon(&r.status).to_string(),
        revision: r.revision,
        status: r.status.clone(),
        successful: r.successful,
        failed: r.failed,
        inconclusive: r.inconclusive,
        error: r.error,
        jobs: r
            .jobs
            .iter()
            .map(|j| JobInfo {
                object_meta: ObjectMeta {
                    name: j.name.clone(),
                    namespace: j.namespace.clone(),
                    creation_timestamp: j.started,
                    ..Default::default()
                },
                icon: analysis_icon(&j.status).to_string(),
                status: j.status.clone(),
                started_at: j.started,
            })
            .collect(),
        non_job_info,
        success_condition: str_at(metric, "/successCondition").to_string(),
        count: int_or_string("count"),
        inconclusive_limit: int_or_string("inconclusiveLimit"),
        failure_limit: int_or_string("failureLimit"),
    }
}

/// The anchor's icons (`info.go`), by rollout phase.
pub fn rollout_icon(status: &str) -> &'static str {
    match status {
        "Progressing" => "◌",
        "Error" | "InvalidSpec" => "⚠",
        "Paused" => "॥",
        "Healthy" => "✔",
        "Degraded" => "✖",
        "Unknown" => "?",
        "ScaledDown" => "•",
        _ => " ",
    }
}

fn replica_set_icon(status: &str) -> &'static str {
    match status {
        "Healthy" => "✔",
        "Progressing" => "◌",
        "ScaledDown" => "•",
        "ReplicaFailure" | "Degraded" => "✖",
        _ => " ",
    }
}

fn analysis_icon(phase: &str) -> &'static str {
    match phase {
        "Successful" => "✔",
        "Inconclusive" | "Error" => "⚠",
        "Failed" => "✖",
        "Running" => "◌",
        "Pending" => "◷",
        _ => " ",
    }
}

fn pod_icon(p: &PodView) -> &'static str {
    match p.status.as_str() {
        "Running" if p.total > 0 && p.ready == p.total => "✔",
        "Running" | "Terminating" | "ContainerCreating" => "◌",
        "Pending" => "◷",
        "Completed" | "Succeeded" => "✔",
        s if s.starts_with("Init:") => "◷",
        "" => " ",
        _ => "✖",
    }
}

fn meta(obj: &Value) -> ObjectMeta {
    ObjectMeta {
        name: str_at(obj, "/metadata/name").to_string(),
        namespace: str_at(obj, "/metadata/namespace").to_string(),
        uid: str_at(obj, "/metadata/uid").to_string(),
        creation_timestamp: timestamp(obj, "/metadata/creationTimestamp"),
        ..Default::default()
    }
}

fn labels(obj: &Value) -> BTreeMap<String, String> {
    obj.pointer("/metadata/labels")
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                .collect()
        })
        .unwrap_or_default()
}

fn timestamp(obj: &Value, pointer: &str) -> Option<Timestamp> {
    obj.pointer(pointer)?.as_str()?.parse().ok()
}

fn str_at<'a>(obj: &'a Value, pointer: &str) -> &'a str {
    obj.pointer(pointer).and_then(Value::as_str).unwrap_or("")
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

fn is_zero_u(n: &u64) -> bool {
    *n == 0
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// metav1.Time's JSON: RFC 3339 in whole seconds, UTC.
fn rfc3339<S: serde::Serializer>(t: &Option<Timestamp>, s: S) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => s.serialize_str(&format!("{t:.0}")),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests;
