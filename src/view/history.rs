//! `history` (read-only): the revisions a rollout can go back to, from the ReplicaSets it controls.

use jiff::Timestamp;
use serde::Serialize;
use serde_json::Value;

use crate::model::{Declared, POD_TEMPLATE_HASH_LABEL, name_of, revision_of, str_at};
use crate::patch::{owned_replica_sets, template_of_replica_set};

/// The annotation `kubectl rollout history` shows as CHANGE-CAUSE.
pub const CHANGE_CAUSE: &str = "kubernetes.io/change-cause";

/// One revision of `history`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HistoryEntry {
    /// The `rollout.argoproj.io/revision` annotation (0 when missing or not a number).
    pub revision: u64,
    /// The ReplicaSet's name.
    pub name: String,
    pub pod_template_hash: String,
    /// Images of the template's regular containers, in container order.
    pub images: Vec<String>,
    /// `stable`, `canary` (canary strategy), `active`, `preview` (blue-green), in that order.
    pub roles: Vec<String>,
    pub created: Option<Timestamp>,
    /// The ReplicaSet's `kubernetes.io/change-cause` annotation (the controller copies the
    /// rollout's), None when it has none: kubectl rollout history's CHANGE-CAUSE.
    pub change_cause: Option<String>,
    /// The pod template without the hash label: what `undo --to-revision` would restore.
    pub template: Value,
}

/// The ReplicaSets `rollout` controls, newest revision first (then by name).
pub fn history(rollout: &Value, replica_sets: &[Value]) -> Vec<HistoryEntry> {
    // Each key on its own, not StrategyKind::of: a spec with both (invalid to the controller)
    // shows the roles of both, as the controller's status fields would have them.
    let Declared { canary, blue_green } = Declared::of(rollout);
    let stable = str_at(rollout, &["status", "stableRS"]);
    let current = str_at(rollout, &["status", "currentPodHash"]);
    let active = str_at(rollout, &["status", "blueGreen", "activeSelector"]);
    let preview = str_at(rollout, &["status", "blueGreen", "previewSelector"]);
    let is = |hash: &str, what: &str| !hash.is_empty() && hash == what;

    let mut entries: Vec<HistoryEntry> = owned_replica_sets(rollout, replica_sets)
        .into_iter()
        .map(|rs| {
            let hash = str_at(rs, &["metadata", "labels", POD_TEMPLATE_HASH_LABEL]).to_string();
            let mut roles = Vec::new();
            if is(&hash, stable) {
                roles.push("stable".to_string());
            }
            if canary && !is(&hash, stable) && is(&hash, current) {
                roles.push("canary".to_string());
            }
            if blue_green {
                if is(&hash, active) {
                    roles.push("active".to_string());
                } else if is(&hash, preview) {
                    roles.push("preview".to_string());
                }
            }
            let images = rs
                .pointer("/spec/template/spec/containers")
                .and_then(Value::as_array)
                .map(|cs| {
                    cs.iter()
                        .map(|c| str_at(c, &["image"]).to_string())
                        .collect()
                })
                .unwrap_or_default();
            HistoryEntry {
                revision: revision_of(rs).unwrap_or(0),
                name: name_of(rs).to_string(),
                pod_template_hash: hash,
                images,
                roles,
                created: str_at(rs, &["metadata", "creationTimestamp"]).parse().ok(),
                change_cause: Some(str_at(rs, &["metadata", "annotations", CHANGE_CAUSE]))
                    .filter(|c| !c.is_empty())
                    .map(str::to_string),
                template: template_of_replica_set(rs).unwrap_or(Value::Null),
            }
        })
        .collect();
    entries.sort_by(|a, b| {
        b.revision
            .cmp(&a.revision)
            .then_with(|| a.name.cmp(&b.name))
    });
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rs(name: &str, rev: &str, hash: &str, image: &str, owner: &str) -> Value {
        json!({
            "metadata": {"name": name, "creationTimestamp": "2024-03-01T12:00:00Z",
                "labels": {"rollouts-pod-template-hash": hash},
                "annotations": {"rollout.argoproj.io/revision": rev},
                "ownerReferences": [{"uid": owner, "controller": true}]},
            "spec": {"template": {"metadata": {"labels": {"app": "web", "rollouts-pod-template-hash": hash}},
                "spec": {"containers": [{"name": "app", "image": image}, {"name": "side", "image": "proxy:1"}]}}}
        })
    }

    #[test]
    fn canary_history_newest_first_with_roles() {
        let ro = json!({"metadata": {"name": "web", "uid": "u"},
            "spec": {"strategy": {"canary": {}}},
            "status": {"stableRS": "h2", "currentPodHash": "h3"}});
        let rss = vec![
            rs("web-h1", "1", "h1", "web:1", "u"),
            rs("web-h3", "3", "h3", "web:3", "u"),
            rs("web-h2", "2", "h2", "web:2", "u"),
            rs("foreign", "7", "hx", "x:1", "other"),
        ];
        let h = history(&ro, &rss);
        let summary: Vec<(u64, &str, Vec<String>)> = h
            .iter()
            .map(|e| (e.revision, e.name.as_str(), e.roles.clone()))
            .collect();
        assert_eq!(
            summary,
            vec![
                (3, "web-h3", vec!["canary".to_string()]),
                (2, "web-h2", vec!["stable".to_string()]),
                (1, "web-h1", vec![]),
            ]
        );
        assert_eq!(h[0].images, vec!["web:3", "proxy:1"]);
        assert_eq!(h[0].created, Some("2024-03-01T12:00:00Z".parse().unwrap()));
        assert_eq!(h[0].template["metadata"]["labels"], json!({"app": "web"}));
    }

    #[test]
    fn blue_green_roles() {
        let ro = json!({"metadata": {"name": "bg", "uid": "u"},
            "spec": {"strategy": {"blueGreen": {}}},
            "status": {"stableRS": "h1", "currentPodHash": "h2",
                "blueGreen": {"activeSelector": "h1", "previewSelector": "h2"}}});
        let h = history(
            &ro,
            &[
                rs("a", "1", "h1", "i:1", "u"),
                rs("b", "2", "h2", "i:2", "u"),
            ],
        );
        assert_eq!(h[0].roles, vec!["preview"]);
        assert_eq!(h[1].roles, vec!["stable", "active"]);
    }

    #[test]
    fn odd_replica_sets_do_not_break_history() {
        let ro = json!({"metadata": {"name": "web", "uid": "u"}});
        let odd = json!({"metadata": {"name": "odd", "ownerReferences": [{"uid": "u", "controller": true}],
            "annotations": {"rollout.argoproj.io/revision": "x"}}});
        let h = history(&ro, &[odd]);
        assert_eq!(h.len(), 1);
        assert_eq!(
            (h[0].revision, h[0].images.len(), h[0].created),
            (0, 0, None)
        );
        assert_eq!(h[0].template, Value::Null);
    }
}
