//! The parts of an `apps/v1` ReplicaSet the tree shows.

use jiff::Timestamp;
use serde_json::Value;

use super::{
    Meta, POD_TEMPLATE_HASH_LABEL, Reader, SCALE_DOWN_DEADLINE_ANNOTATION, TEMPLATE_NAME_ANNOTATION,
};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReplicaSet {
    pub meta: Meta,
    /// spec.replicas as written (None when unset).
    pub spec_replicas: Option<i64>,
    pub replicas: i64,
    pub available: i64,
    pub observed_generation: i64,
    /// A `ReplicaFailure` condition with status True is present.
    pub replica_failure: bool,
    /// Container images of the pod template, in order.
    pub images: Vec<String>,
}

impl ReplicaSet {
    pub fn read(obj: &Value, warnings: &mut Vec<String>) -> ReplicaSet {
        let r = &mut Reader::new("ReplicaSet", obj, warnings);
        let meta = Meta::read(obj, r);
        let mut images = Vec::new();
        let cbase = "spec.template.spec";
        let tspec = r
            .get(obj, "", &["spec", "template", "spec"])
            .unwrap_or(&Value::Null);
        for (i, c) in r.arr(tspec, cbase, &["containers"]).iter().enumerate() {
            if let Some(img) = r.str(c, &format!("{cbase}.containers[{i}]"), &["image"]) {
                images.push(img);
            }
        }
        // Go takes the first condition of the type, so do we.
        let mut replica_failure = false;
        for (i, c) in r.arr(obj, "", &["status", "conditions"]).iter().enumerate() {
            let at = format!("status.conditions[{i}]");
            if r.str(c, &at, &["type"]).as_deref() == Some("ReplicaFailure") {
                replica_failure = r.str(c, &at, &["status"]).as_deref() == Some("True");
                break;
            }
        }
        ReplicaSet {
            spec_replicas: r.int(obj, "", &["spec", "replicas"]),
            replicas: r.int(obj, "", &["status", "replicas"]).unwrap_or(0),
            available: r
                .int(obj, "", &["status", "availableReplicas"])
                .unwrap_or(0),
            observed_generation: r
                .int(obj, "", &["status", "observedGeneration"])
                .unwrap_or(0),
            replica_failure,
            images,
            meta,
        }
    }

    /// The `rollouts-pod-template-hash` label ("" when missing).
    pub fn pod_template_hash(&self) -> &str {
        self.meta
            .labels
            .get(POD_TEMPLATE_HASH_LABEL)
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The experiment template this ReplicaSet was made from: the annotation, or the label of
    /// the same name that controllers before Argo Rollouts 1.1 wrote instead.
    pub fn template(&self) -> Option<&str> {
        self.meta
            .annotations
            .get(TEMPLATE_NAME_ANNOTATION)
            .or_else(|| self.meta.labels.get(TEMPLATE_NAME_ANNOTATION))
            .map(String::as_str)
    }

    /// The scale-down deadline annotation when it parses as RFC 3339.
    pub fn scale_down_deadline(&self) -> Option<Timestamp> {
        self.meta
            .annotations
            .get(SCALE_DOWN_DEADLINE_ANNOTATION)
            .and_then(|s| s.parse::<Timestamp>().ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_replicaset_fields() {
        let obj = json!({
            "metadata": {"name": "rs", "generation": 2,
                "labels": {"rollouts-pod-template-hash": "abc"},
                "annotations": {"scale-down-deadline": "2024-01-01T00:00:30Z",
                    "experiment.argoproj.io/template-name": "baseline"}},
            "spec": {"replicas": 3, "template": {"spec": {"containers": [
                {"image": "nginx:1"}, {"name": "noimage"}, {"image": "busybox"}]}}},
            "status": {"replicas": 3, "availableReplicas": 2, "observedGeneration": 2,
                "conditions": [{"type": "ReplicaFailure", "status": "True"}]}
        });
        let mut w = Vec::new();
        let rs = ReplicaSet::read(&obj, &mut w);
        assert_eq!(rs.pod_template_hash(), "abc");
        assert_eq!(rs.template(), Some("baseline"));
        assert_eq!(
            rs.scale_down_deadline(),
            Some("2024-01-01T00:00:30Z".parse().unwrap())
        );
        assert_eq!(rs.images, vec!["nginx:1", "busybox"]);
        assert!(rs.replica_failure);
        assert_eq!(
            (rs.spec_replicas, rs.replicas, rs.available),
            (Some(3), 3, 2)
        );
        assert!(w.is_empty());
    }

    #[test]
    fn bad_deadline_is_none() {
        let obj = json!({"metadata": {"annotations": {"scale-down-deadline": "soon"}}});
        let rs = ReplicaSet::read(&obj, &mut Vec::new());
        assert_eq!(rs.scale_down_deadline(), None);
    }
}
