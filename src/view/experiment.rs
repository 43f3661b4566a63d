//! `get experiment` and `list experiments`, and Argo's duration strings.

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

/// An Argo duration string: a bare integer is seconds, otherwise Go's `time.ParseDuration`
/// syntax (`1h30m`, `1.5s`, `300ms`, `-2m`). None when it does not parse.
pub fn parse_duration_string(s: &str) -> Option<SignedDuration> {
    if let Ok(secs) = s.parse::<i64>() {
        return Some(SignedDuration::from_secs(secs));
    }
    parse_go_duration(s)
}

const NANOS_PER: [(&str, i128); 9] = [
    ("ns", 1),
    ("us", 1_000),
    ("µs", 1_000),
    ("μs", 1_000),
    ("ms", 1_000_000),
    ("s", 1_000_000_000),
    ("m", 60_000_000_000),
    ("h", 3_600_000_000_000),
    ("", 0),
];

fn parse_go_duration(s: &str) -> Option<SignedDuration> {
    let (neg, mut rest) = match s.as_bytes().first()? {
        b'-' => (true, s.get(1..)?),
        b'+' => (false, s.get(1..)?),
        _ => (false, s),
    };
    if rest == "0" {
        return Some(SignedDuration::ZERO);
    }
    if rest.is_empty() {
        return None;
    }
    let mut total: i128 = 0;
    while !rest.is_empty() {
        let int_len = rest.bytes().take_while(u8::is_ascii_digit).count();
        let (int_part, after) = rest.split_at(int_len);
        let (frac_part, after) = match after.strip_prefix('.') {
            Some(f) => {
                let n = f.bytes().take_while(u8::is_ascii_digit).count();
                f.split_at(n)
            }
            None => ("", after),
        };
        if int_part.is_empty() && frac_part.is_empty() {
            return None;
        }
        let unit_len = after
            .char_indices()
            .find(|(_, c)| *c == '.' || c.is_ascii_digit())
            .map(|(i, _)| i)
            .unwrap_or(after.len());
        let (unit, tail) = after.split_at(unit_len);
        let per = NANOS_PER
            .iter()
            .find(|(u, n)| *u == unit && *n > 0)
            .map(|(_, n)| *n)?;
        let int: i128 = if int_part.is_empty() {
            0
        } else {
            int_part.parse::<i128>().ok()?
        };
        let mut value = int.checked_mul(per)?;
        let mut scale = per;
        for d in frac_part.bytes().take(30) {
            scale /= 10;
            value = value.checked_add(i128::from(d - b'0') * scale)?;
        }
        total = total.checked_add(value)?;
        if total > i128::from(i64::MAX) {
            return None;
        }
        rest = tail;
    }
    let nanos = i64::try_from(if neg { -total } else { total }).ok()?;
    Some(SignedDuration::from_nanos(nanos))
}

/// The DURATION column's duration, when spec.duration parses.
pub fn experiment_duration(row: &ExperimentRow) -> Option<SignedDuration> {
    parse_duration_string(&row.duration)
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

    fn d(s: &str) -> Option<i64> {
        parse_duration_string(s).map(|d| d.as_millis() as i64)
    }

    #[test]
    fn duration_strings() {
        assert_eq!(d("30"), Some(30_000));
        assert_eq!(d("1h30m"), Some(5_400_000));
        assert_eq!(d("1.5s"), Some(1_500));
        assert_eq!(d("300ms"), Some(300));
        assert_eq!(d("-2m"), Some(-120_000));
        assert_eq!(d(".5m"), Some(30_000));
        assert_eq!(d("0"), Some(0));
        assert_eq!(d("1d"), None);
        assert_eq!(d("h"), None);
        assert_eq!(d(""), None);
        assert_eq!(d("1h 30m"), None);
        assert_eq!(d("99999999999h"), None);
        assert_eq!(d("µ"), None);
        assert_eq!(
            parse_duration_string("2µs"),
            Some(SignedDuration::from_micros(2))
        );
    }

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
