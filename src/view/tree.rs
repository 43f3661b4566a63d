//! The parts of the tree shared by rollouts and experiments: ReplicaSets with their pods,
//! AnalysisRuns with their jobs, experiments, and the merged image list.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde_json::Value;

use crate::model::{AnalysisRun, Experiment, Pod, ReplicaSet, Rollout, Strategy, is_controlled_by};

use super::pod::pod_view;
use super::types::{AnalysisRunView, ExperimentView, ImageView, JobView, ReplicaSetView};

/// Role names, in the order ReplicaSet INFO lists them.
const ROLE_ORDER: [&str; 6] = ["stable", "canary", "active", "preview", "ping", "pong"];
/// Role names, in the order image tags list them.
const TAG_ORDER: [&str; 6] = ["canary", "stable", "active", "preview", "ping", "pong"];

/// Joins object lists, dropping repeats of the same object (same uid, or same namespace and
/// name when there is no uid) so one ReplicaSet listed twice is shown once.
pub(super) fn dedupe<'a>(lists: &[&'a [Value]]) -> Vec<&'a Value> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for obj in lists.iter().flat_map(|l| l.iter()) {
        let m = obj.get("metadata");
        let field = |k: &str| m.and_then(|m| m.get(k)).and_then(Value::as_str);
        let key = match (field("uid"), field("name")) {
            (Some(uid), _) if !uid.is_empty() => Some(format!("uid:{uid}")),
            (_, Some(name)) if !name.is_empty() => {
                Some(format!("name:{}/{name}", field("namespace").unwrap_or("")))
            }
            _ => None,
        };
        if key.is_none_or(|k| seen.insert(k)) {
            out.push(obj);
        }
    }
    out
}

/// The roles of a rollout's ReplicaSet with pod template hash `hash`, in display order.
pub(super) fn roles(ro: &Rollout, hash: &str) -> Vec<String> {
    let st = &ro.status;
    let mut has = HashSet::new();
    // A ReplicaSet without the hash label cannot be matched to any role.
    if !hash.is_empty() {
        match &ro.strategy {
            Strategy::Canary(c) => {
                let stable_is_ping = st.stable_ping_pong == "ping";
                if hash == st.stable_rs {
                    has.insert("stable");
                    if c.ping_pong {
                        has.insert(if stable_is_ping { "ping" } else { "pong" });
                    }
                } else if hash == st.current_pod_hash {
                    has.insert("canary");
                    if c.ping_pong {
                        has.insert(if stable_is_ping { "pong" } else { "ping" });
                    }
                }
            }
            Strategy::BlueGreen(_) => {
                if hash == st.stable_rs {
                    has.insert("stable");
                }
                if hash == st.active_selector {
                    has.insert("active");
                } else if hash == st.preview_selector {
                    has.insert("preview");
                }
            }
            Strategy::None => {}
        }
    }
    ROLE_ORDER
        .iter()
        .filter(|r| has.contains(*r))
        .map(|r| r.to_string())
        .collect()
}

/// Go's ReplicaSet health: Progressing, ReplicaFailure, ScaledDown or Healthy.
pub(super) fn replica_set_health(rs: &ReplicaSet) -> &'static str {
    if rs.meta.generation.unwrap_or(0) > rs.observed_generation {
        return "Progressing";
    }
    if rs.replica_failure {
        return "ReplicaFailure";
    }
    match rs.spec_replicas {
        Some(d) if rs.available < d => "Progressing",
        Some(0) => "ScaledDown",
        _ => "Healthy",
    }
}

/// ReplicaSets owned by `owner_uid` with their pods, highest revision first, then by name.
/// `ro` gives them roles (None for an experiment's ReplicaSets).
pub(super) fn replica_set_views(
    owner_uid: &str,
    ro: Option<&Rollout>,
    replica_sets: &[&Value],
    pods: &[&Value],
    warnings: &mut Vec<String>,
) -> Vec<ReplicaSetView> {
    let mut entries: Vec<(String, ReplicaSetView)> = Vec::new();
    for obj in replica_sets
        .iter()
        .filter(|o| is_controlled_by(o, owner_uid))
    {
        let rs = ReplicaSet::read(obj, warnings);
        let hash = rs.pod_template_hash().to_string();
        let view = ReplicaSetView {
            name: rs.meta.name.clone(),
            revision: rs.meta.revision(),
            status: replica_set_health(&rs).to_string(),
            roles: ro.map(|r| roles(r, &hash)).unwrap_or_default(),
            pod_template_hash: hash,
            scale_down_deadline: rs.scale_down_deadline(),
            created: rs.meta.created,
            desired: rs.spec_replicas.unwrap_or(1),
            replicas: rs.replicas,
            available: rs.available,
            template: rs.template().map(str::to_string),
            images: rs.images,
            pods: Vec::new(),
        };
        entries.push((rs.meta.uid, view));
    }
    entries.sort_by(|(_, a), (_, b)| {
        b.revision
            .cmp(&a.revision)
            .then_with(|| a.name.cmp(&b.name))
    });

    let index: HashMap<&str, usize> = entries
        .iter()
        .enumerate()
        .filter(|(_, (uid, _))| !uid.is_empty())
        .map(|(i, (uid, _))| (uid.as_str(), i))
        .collect();
    let mut placed: Vec<(usize, Pod)> = Vec::new();
    for obj in pods {
        let owner = crate::model::owner_refs(obj)
            .filter_map(|o| o.get("uid").and_then(Value::as_str))
            .find_map(|uid| index.get(uid).copied());
        if let Some(i) = owner {
            placed.push((i, Pod::read(obj, warnings)));
        }
    }
    let mut views: Vec<ReplicaSetView> = entries.into_iter().map(|(_, v)| v).collect();
    for (i, pod) in placed {
        if let Some(rs) = views.get_mut(i) {
            rs.pods.push(pod_view(&pod));
        }
    }
    for rs in &mut views {
        rs.pods
            .sort_by(|a, b| a.created.cmp(&b.created).then_with(|| a.name.cmp(&b.name)));
    }
    views
}

/// AnalysisRuns owned by `owner_uid`: newest revision first, then oldest creation first, then
/// name descending.
pub(super) fn analysis_run_views(
    owner_uid: &str,
    runs: &[&Value],
    warnings: &mut Vec<String>,
) -> Vec<AnalysisRunView> {
    let mut out: Vec<AnalysisRunView> = runs
        .iter()
        .filter(|o| is_controlled_by(o, owner_uid))
        .map(|o| analysis_run_view(&AnalysisRun::read(o, warnings)))
        .collect();
    out.sort_by(|a, b| {
        b.revision
            .cmp(&a.revision)
            .then_with(|| a.created.cmp(&b.created))
            .then_with(|| b.name.cmp(&a.name))
    });
    out
}

/// Counts summed over all metrics; jobs from measurements that name a Job.
pub(super) fn analysis_run_view(ar: &AnalysisRun) -> AnalysisRunView {
    let mut v = AnalysisRunView {
        name: ar.meta.name.clone(),
        revision: ar.meta.revision(),
        status: ar.phase.clone(),
        created: ar.meta.created,
        ..AnalysisRunView::default()
    };
    for m in &ar.metric_results {
        v.successful = v.successful.saturating_add(m.successful);
        v.failed = v.failed.saturating_add(m.failed);
        v.inconclusive = v.inconclusive.saturating_add(m.inconclusive);
        v.error = v.error.saturating_add(m.error);
        for x in &m.measurements {
            if let Some(job) = &x.job_name {
                v.jobs.push(JobView {
                    name: job.clone(),
                    namespace: x
                        .job_namespace
                        .clone()
                        .unwrap_or_else(|| ar.meta.namespace.clone()),
                    status: x.phase.clone(),
                    started: x.started_at,
                });
            }
        }
    }
    v
}

/// One experiment with its ReplicaSets (and pods) and AnalysisRuns; also returns its revision.
pub(super) fn experiment_view(
    obj: &Value,
    replica_sets: &[&Value],
    pods: &[&Value],
    runs: &[&Value],
    warnings: &mut Vec<String>,
) -> (u64, ExperimentView) {
    let ex = Experiment::read(obj, warnings);
    let uid = ex.meta.uid.as_str();
    let replica_sets = replica_set_views(uid, None, replica_sets, pods, warnings);
    let analysis_runs = analysis_run_views(uid, runs, warnings);
    let mut images = Vec::new();
    for rs in replica_sets.iter().filter(|rs| rs.replicas > 0) {
        let tags: Vec<String> = rs
            .template
            .iter()
            .filter(|t| !t.is_empty())
            .map(|t| format!("Σ:{t}"))
            .collect();
        for image in &rs.images {
            merge_image(&mut images, image, &tags);
        }
    }
    images.sort_by(|a, b| a.image.cmp(&b.image));
    let view = ExperimentView {
        name: ex.meta.name.clone(),
        namespace: ex.meta.namespace.clone(),
        status: ex.phase,
        message: ex.message,
        created: ex.meta.created,
        duration: ex.duration.unwrap_or_default(),
        available_at: ex.available_at,
        images,
        replica_sets,
        analysis_runs,
    };
    (ex.meta.revision(), view)
}

/// Adds an image with its tags; an image seen again gets the sorted union of all its tags.
pub(super) fn merge_image(images: &mut Vec<ImageView>, image: &str, tags: &[String]) {
    if let Some(existing) = images.iter_mut().find(|i| i.image == image) {
        let all: BTreeSet<String> = existing.tags.iter().chain(tags).cloned().collect();
        existing.tags = all.into_iter().collect();
    } else {
        images.push(ImageView {
            image: image.to_string(),
            tags: tags.to_vec(),
        });
    }
}

/// The header's images: running ReplicaSets' images tagged with their roles, then the
/// experiments' images; sorted by image.
pub(super) fn rollout_images(
    replica_sets: &[ReplicaSetView],
    experiments: &[ExperimentView],
) -> Vec<ImageView> {
    let mut images = Vec::new();
    for rs in replica_sets.iter().filter(|rs| rs.replicas > 0) {
        let tags: Vec<String> = TAG_ORDER
            .iter()
            .filter(|t| rs.roles.iter().any(|r| r == *t))
            .map(|t| t.to_string())
            .collect();
        for image in &rs.images {
            merge_image(&mut images, image, &tags);
        }
    }
    for ex in experiments {
        for img in &ex.images {
            merge_image(&mut images, &img.image, &img.tags);
        }
    }
    images.sort_by(|a, b| a.image.cmp(&b.image));
    images
}
