//! `get experiment` and `list experiments`: the view, the rows, DURATION and REMAINING.

use jiff::{SignedDuration, Timestamp};
use serde_json::Value;

use crate::model::Experiment;

use super::status::analysis_completed;
use super::tree::{dedupe, experiment_view};
use super::types::{ExperimentObjects, ExperimentRow, ExperimentView};

pub fn build(objs: &ExperimentObjects) -> ExperimentView {
    let mut warnings = Vec::new();
    let rss = dedupe(&[&objs.replica_sets]);
    let pods = dedupe(&[&objs.pods]);
    let runs = dedupe(&[&objs.analysis_runs]);
    experiment_view(&objs.experiment, &rss, &pods, &runs, &mut warnings).1
}

pub fn row(obj: &Value) -> ExperimentRow {
    let ex = Experiment::read(obj, &mut Vec::new());
    ExperimentRow {
        namespace: ex.meta.namespace,
        name: ex.meta.name,
        status: ex.phase,
        duration: ex
            .duration
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| "-".to_string()),
        available_at: ex.available_at,
        created: ex.meta.created,
    }
}

/// The DURATION column's duration, when spec.duration reads as an Argo duration string (a
/// bare integer is seconds, as the controller reads it).
pub fn experiment_duration(row: &ExperimentRow) -> Option<SignedDuration> {
    crate::model::duration::parse_argo(&row.duration)
}

/// The REMAINING column: time left of a running experiment's duration, counted from
/// status.availableAt; None when finished, unknown or already over.
pub fn experiment_remaining(row: &ExperimentRow, now: Timestamp) -> Option<SignedDuration> {
    let duration = experiment_duration(row)?;
    if analysis_completed(&row.status) {
        return None;
    }
    let end = row.available_at?.checked_add(duration).ok()?;
    let left = end.duration_since(now);
    left.is_positive().then_some(left)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::build_experiment_view;
    use serde_json::json;

    fn row_of(phase: &str, duration: &str) -> ExperimentRow {
        row(&json!({
            "metadata": {"name": "ex", "namespace": "ns", "creationTimestamp": "2024-01-01T00:00:00Z"},
            "spec": {"duration": duration},
            "status": {"phase": phase, "availableAt": "2024-01-01T00:01:00Z"}
        }))
    }

    #[test]
    fn rows_and_remaining() {
        let now: Timestamp = "2024-01-01T00:05:00Z".parse().unwrap();
        let r = row_of("Running", "10m");
        assert_eq!(r.name, "ex");
        assert_eq!(r.namespace, "ns");
        assert_eq!(r.status, "Running");
        assert_eq!(r.duration, "10m");
        // Available at 00:01, lasts 10m, so 6m left at 00:05.
        assert_eq!(
            experiment_remaining(&r, now),
            Some(SignedDuration::from_mins(6))
        );
        assert_eq!(
            experiment_remaining(&row_of("Successful", "10m"), now),
            None
        );
        assert_eq!(experiment_remaining(&row_of("Running", "2m"), now), None);
        // A bare integer is seconds, as the Argo controller reads spec.duration.
        assert_eq!(
            experiment_remaining(&row_of("Running", "600"), now),
            Some(SignedDuration::from_mins(6))
        );
        let no_duration = row(&json!({"status": {"phase": "Running"}}));
        assert_eq!(no_duration.duration, "-");
        assert_eq!(experiment_remaining(&no_duration, now), None);
    }

    #[test]
    fn experiment_view_with_owned_objects_only() {
        let objs = ExperimentObjects {
            experiment: json!({
                "metadata": {"name": "ex", "namespace": "ns", "uid": "ex-uid",
                    "annotations": {"rollout.argoproj.io/revision": "3"}},
                "spec": {"duration": "1h"},
                "status": {"phase": "Running", "message": "running"}
            }),
            replica_sets: vec![
                json!({"metadata": {"name": "ex-baseline", "uid": "rs1",
                        "ownerReferences": [{"uid": "ex-uid", "controller": true}],
                        "annotations": {"experiment.argoproj.io/template-name": "baseline"}},
                    "spec": {"replicas": 1, "template": {"spec": {"containers": [{"image": "app:1"}]}}},
                    "status": {"replicas": 1, "availableReplicas": 1}}),
                json!({"metadata": {"name": "ex-canary", "uid": "rs2",
                        "ownerReferences": [{"uid": "ex-uid", "controller": true}],
                        "annotations": {"experiment.argoproj.io/template-name": "canary"}},
                    "spec": {"replicas": 1, "template": {"spec": {"containers": [{"image": "app:2"}]}}},
                    "status": {"replicas": 1, "availableReplicas": 0}}),
                json!({"metadata": {"name": "ex-other", "uid": "rs3",
                        "ownerReferences": [{"uid": "another", "controller": true}]},
                    "spec": {"replicas": 1, "template": {"spec": {"containers": [{"image": "x:1"}]}}},
                    "status": {"replicas": 1}}),
            ],
            pods: vec![
                json!({"metadata": {"name": "ex-baseline-p", "ownerReferences": [{"uid": "rs1", "controller": true}]},
                "spec": {"containers": [{}]},
                "status": {"phase": "Running", "containerStatuses": [{"ready": true, "state": {"running": {}}}]}}),
            ],
            analysis_runs: vec![
                json!({"metadata": {"name": "ex-ar", "ownerReferences": [{"uid": "ex-uid", "controller": true}]},
                "status": {"phase": "Successful", "metricResults": [{"successful": 1}]}}),
            ],
        };
        let v = build_experiment_view(&objs);
        assert_eq!(v.name, "ex");
        assert_eq!(v.status, "Running");
        assert_eq!(v.message, "running");
        assert_eq!(v.duration, "1h");
        let names: Vec<&str> = v.replica_sets.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, vec!["ex-baseline", "ex-canary"]);
        assert_eq!(v.replica_sets[0].pods.len(), 1);
        assert_eq!(v.replica_sets[0].pods[0].status, "Running");
        assert_eq!(v.replica_sets[0].status, "Healthy");
        assert_eq!(v.replica_sets[1].status, "Progressing");
        assert!(v.replica_sets[0].roles.is_empty());
        assert_eq!(v.analysis_runs.len(), 1);
        assert_eq!(v.analysis_runs[0].successful, 1);
        let images: Vec<(&str, Vec<&str>)> = v
            .images
            .iter()
            .map(|i| {
                (
                    i.image.as_str(),
                    i.tags.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            images,
            vec![("app:1", vec!["Σ:baseline"]), ("app:2", vec!["Σ:canary"])]
        );
    }
}
