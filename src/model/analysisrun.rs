//! The parts of an AnalysisRun (`argoproj.io/v1alpha1`) the tree shows: phase, counts, jobs.

use jiff::Timestamp;
use serde_json::Value;

use super::{Meta, Reader};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Measurement {
    pub phase: String,
    pub started_at: Option<Timestamp>,
    /// metadata.job-name, when the measurement came from a Job.
    pub job_name: Option<String>,
    pub job_namespace: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct MetricResult {
    pub name: String,
    pub successful: i64,
    pub failed: i64,
    pub inconclusive: i64,
    pub error: i64,
    pub measurements: Vec<Measurement>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnalysisRun {
    pub meta: Meta,
    pub phase: String,
    pub metric_results: Vec<MetricResult>,
}

impl AnalysisRun {
    pub fn read(obj: &Value, warnings: &mut Vec<String>) -> AnalysisRun {
        let r = &mut Reader::new("AnalysisRun", obj, warnings);
        let meta = Meta::read(obj, r);
        let mut metric_results = Vec::new();
        for (i, m) in r
            .arr(obj, "", &["status", "metricResults"])
            .iter()
            .enumerate()
        {
            let at = format!("status.metricResults[{i}]");
            let mut measurements = Vec::new();
            for (j, x) in r.arr(m, &at, &["measurements"]).iter().enumerate() {
                let mat = format!("{at}.measurements[{j}]");
                measurements.push(Measurement {
                    phase: r.str(x, &mat, &["phase"]).unwrap_or_default(),
                    started_at: r.ts(x, &mat, &["startedAt"]),
                    job_name: r.str(x, &mat, &["metadata", "job-name"]),
                    job_namespace: r.str(x, &mat, &["metadata", "job-namespace"]),
                });
            }
            metric_results.push(MetricResult {
                name: r.str(m, &at, &["name"]).unwrap_or_default(),
                successful: r.int(m, &at, &["successful"]).unwrap_or(0),
                failed: r.int(m, &at, &["failed"]).unwrap_or(0),
                inconclusive: r.int(m, &at, &["inconclusive"]).unwrap_or(0),
                error: r.int(m, &at, &["error"]).unwrap_or(0),
                measurements,
            });
        }
        AnalysisRun {
            phase: r.str(obj, "", &["status", "phase"]).unwrap_or_default(),
            metric_results,
            meta,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_metric_results_and_jobs() {
        let obj = json!({"status": {"phase": "Running", "metricResults": [
            {"name": "m", "successful": 2, "failed": "x", "measurements": [
                {"phase": "Successful", "startedAt": "2024-01-01T00:00:00Z",
                 "metadata": {"job-name": "j1", "job-namespace": "other"}},
                {"phase": "Running"}
            ]}
        ]}});
        let mut w = Vec::new();
        let ar = AnalysisRun::read(&obj, &mut w);
        assert_eq!(ar.phase, "Running");
        let m = &ar.metric_results[0];
        assert_eq!((m.successful, m.failed), (2, 0));
        assert_eq!(m.measurements[0].job_name.as_deref(), Some("j1"));
        assert_eq!(m.measurements[0].job_namespace.as_deref(), Some("other"));
        assert_eq!(m.measurements[1].job_name, None);
        assert_eq!(w.len(), 1);
    }
}
