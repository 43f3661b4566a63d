//! Pure planning of every write: raw objects (as the server returned them) in, guarded patches
//! out. The I/O layer executes a [`Plan`]; `--dry-run` prints it with [`describe`] and
//! [`apply_preview`] + `render::diff_text`.
//!
//! Every [`Write`] is guarded by the resourceVersion of the object it was computed from, so a
//! plan computed from a stale read fails on the server instead of clobbering a newer object.

mod diff;
mod image;
mod promote;
mod set_weight;
mod simple;
mod terminate;
mod undo;

pub use diff::is_subset;
pub use image::{set_image, set_image_for_rollout};
pub use promote::promote;
pub use set_weight::{
    Restored, max_weight, restore_ops, restore_steps, restored_note, set_weight,
    steps_after_restore,
};
pub use simple::{
    abort, nothing_to_do, pause, restart, restart_with_label, retry_experiment, retry_rollout,
};
pub use terminate::{Terminable, terminate};
pub use undo::{
    check_workload_ref, current_template, owned_replica_sets, template_of_replica_set, undo,
    workload_ref, workload_template_path,
};

use serde_json::{Map, Value, json};

use crate::model::json_patch;
use crate::model::resource::{EXPERIMENTS, ROLLOUTS, Resource};

/// The object a write goes to: its type's coordinates ([`Resource`], shared with the client)
/// and its namespace and name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectRef {
    pub resource: Resource,
    pub namespace: String,
    pub name: String,
}

impl ObjectRef {
    /// A reference to an object read from the server, of the given type.
    pub fn of(obj: &Value, resource: Resource) -> ObjectRef {
        ObjectRef {
            resource,
            namespace: str_at(obj, &["metadata", "namespace"]).to_string(),
            name: str_at(obj, &["metadata", "name"]).to_string(),
        }
    }

    /// A reference to an Argo Rollouts Rollout.
    pub fn rollout(obj: &Value) -> ObjectRef {
        ObjectRef::of(obj, ROLLOUTS)
    }

    /// A reference to an Argo Rollouts Experiment.
    pub fn experiment(obj: &Value) -> ObjectRef {
        ObjectRef::of(obj, EXPERIMENTS)
    }

    /// `Rollout`, `Deployment`, …
    pub fn kind(&self) -> &'static str {
        self.resource.kind
    }

    /// The API path of the object, plus the subresource when given.
    pub fn api_path(&self, subresource: Option<&str>) -> String {
        let ns = (!self.namespace.is_empty()).then_some(self.namespace.as_str());
        let mut path = self.resource.path(ns, Some(&self.name));
        if let Some(sub) = subresource {
            path.push('/');
            path.push_str(sub);
        }
        path
    }
}

pub use crate::model::ARGO_API_VERSION;

/// A patch body. `Merge` is an RFC 7386 merge patch, `Json` an RFC 6902 array of operations.
#[derive(Debug, Clone, PartialEq)]
pub enum PatchBody {
    Merge(Value),
    Json(Value),
}

impl PatchBody {
    pub fn content_type(&self) -> &'static str {
        match self {
            PatchBody::Merge(_) => "application/merge-patch+json",
            PatchBody::Json(_) => "application/json-patch+json",
        }
    }

    pub fn value(&self) -> &Value {
        match self {
            PatchBody::Merge(v) | PatchBody::Json(v) => v,
        }
    }

    /// Whether the body carries a resourceVersion precondition, so that sending it again after
    /// a transient failure is safe (a repeat that finds the object changed answers Conflict).
    pub fn is_guarded(&self) -> bool {
        self.guard().is_some_and(|rv| !rv.is_empty())
    }

    /// The resourceVersion this body is guarded by, if any.
    pub fn guard(&self) -> Option<&str> {
        match self {
            PatchBody::Merge(v) => v
                .pointer("/metadata/resourceVersion")
                .and_then(Value::as_str),
            PatchBody::Json(v) => v
                .as_array()
                .and_then(|ops| ops.first())
                .filter(|op| is_rv_test(op))
                .and_then(|op| op.get("value"))
                .and_then(Value::as_str),
        }
    }
}

/// One PATCH request.
#[derive(Debug, Clone, PartialEq)]
pub struct Write {
    pub target: ObjectRef,
    /// `Some("status")` for the status subresource.
    pub subresource: Option<&'static str>,
    pub body: PatchBody,
}

/// What a command will write (in order) and what it prints once done.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Empty: nothing to do (the message says why).
    pub writes: Vec<Write>,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PatchError {
    #[error("{kind} \"{name}\" has no metadata.resourceVersion; refusing to write without a guard")]
    NoResourceVersion { kind: String, name: String },
    #[error("unable to find specified revision {0} in history")]
    RevisionNotFound(u64),
    #[error("no revision found for rollout \"{0}\"")]
    NoRevision(String),
    #[error("ReplicaSet \"{name}\" (revision {revision}) has no pod template to restore")]
    NoTemplateInReplicaSet { name: String, revision: u64 },
    #[error(
        "rollout \"{rollout}\" references a {kind} \"{name}\" through spec.workloadRef; only Deployment, ReplicaSet and PodTemplate are supported"
    )]
    UnsupportedWorkload {
        rollout: String,
        kind: String,
        name: String,
    },
    #[error(
        "rollout \"{rollout}\" references {kind} \"{name}\" through spec.workloadRef, but that object was not read"
    )]
    MissingWorkload {
        rollout: String,
        kind: String,
        name: String,
    },
    #[error(
        "the object passed as the workload of rollout \"{rollout}\" is a {got}, but spec.workloadRef names a {expected}"
    )]
    WorkloadKindMismatch {
        rollout: String,
        expected: String,
        got: String,
    },
    #[error(
        "cannot set the weight of rollout \"{0}\": it uses the blue-green strategy; set-weight works on canary rollouts only"
    )]
    SetWeightBlueGreen(String),
    #[error("cannot set the weight of rollout \"{0}\": it has no canary strategy")]
    SetWeightNotCanary(String),
    #[error(
        "cannot set the weight of rollout \"{0}\": no update in progress (the current pods are the stable ones); set-weight holds an in-flight canary"
    )]
    SetWeightIdle(String),
    #[error(
        "cannot set the weight of rollout \"{0}\": the update was aborted; run `kubectl rollouts retry rollout {0}` first"
    )]
    SetWeightAborted(String),
    #[error(
        "rollout \"{0}\" has no steps recorded by set-weight; nothing to restore (its steps are its own)"
    )]
    NoStepsRecord(String),
    #[error(
        "annotation {annotation} of rollout \"{rollout}\" is not a JSON list of steps; remove it with `kubectl annotate rollout {rollout} {annotation}-`"
    )]
    BadStepsRecord {
        rollout: String,
        annotation: &'static str,
    },
    #[error(
        "cannot promote rollout \"{0}\": the update was aborted; run `kubectl rollouts retry rollout {0}` first"
    )]
    PromoteAborted(String),
    #[error("weight {weight} is out of range: it must be a whole number from 0 to {max}")]
    WeightOutOfRange { weight: i64, max: i64 },
    #[error("unable to find container named \"{container}\" in {kind} \"{name}\" ({existing})")]
    UnknownContainer {
        container: String,
        kind: String,
        name: String,
        existing: String,
    },
    #[error("{kind} \"{name}\" has no pod template")]
    NoPodTemplate { kind: String, name: String },
    #[error("cannot compute the restart time: {0}")]
    RestartTime(String),
    #[error("{0}")]
    Malformed(String),
}

/// Re-points the guard of `body` at `rv` (adds the guard when missing). For a second write to
/// an object whose resourceVersion the first write changed.
pub fn reguard(body: &mut PatchBody, rv: &str) {
    match body {
        PatchBody::Merge(v) => {
            if !v.is_object() {
                *v = Value::Object(Map::new());
            }
            if let Some(obj) = v.as_object_mut() {
                let meta = obj
                    .entry("metadata")
                    .or_insert_with(|| Value::Object(Map::new()));
                if !meta.is_object() {
                    *meta = Value::Object(Map::new());
                }
                if let Some(meta) = meta.as_object_mut() {
                    meta.insert("resourceVersion".to_string(), Value::String(rv.to_string()));
                }
            }
        }
        PatchBody::Json(v) => {
            if !v.is_array() {
                *v = Value::Array(Vec::new());
            }
            if let Some(ops) = v.as_array_mut() {
                match ops.first_mut() {
                    Some(first) if is_rv_test(first) => {
                        if let Some(op) = first.as_object_mut() {
                            op.insert("value".to_string(), Value::String(rv.to_string()));
                        }
                    }
                    _ => ops.insert(0, rv_test(rv)),
                }
            }
        }
    }
}

fn is_rv_test(op: &Value) -> bool {
    op.get("op").and_then(Value::as_str) == Some("test")
        && op.get("path").and_then(Value::as_str) == Some("/metadata/resourceVersion")
}

fn rv_test(rv: &str) -> Value {
    json!({"op": "test", "path": "/metadata/resourceVersion", "value": rv})
}

/// The resourceVersion of `obj`, or the error that stops an unguarded write.
pub(crate) fn resource_version(obj: &Value, kind: &str) -> Result<String, PatchError> {
    match str_at(obj, &["metadata", "resourceVersion"]) {
        "" => Err(PatchError::NoResourceVersion {
            kind: kind.to_string(),
            name: name_of(obj).to_string(),
        }),
        rv => Ok(rv.to_string()),
    }
}

/// A merge patch carrying the guard; `fields` are merged in next to `metadata`.
pub(crate) fn guarded_merge(rv: &str, fields: Value) -> PatchBody {
    let mut body = Map::new();
    body.insert("metadata".to_string(), json!({"resourceVersion": rv}));
    if let Value::Object(fields) = fields {
        for (k, v) in fields {
            body.insert(k, v);
        }
    }
    PatchBody::Merge(Value::Object(body))
}

/// A JSON patch that starts with the guard.
pub(crate) fn guarded_json(rv: &str, ops: Vec<Value>) -> PatchBody {
    let mut all = Vec::with_capacity(ops.len() + 1);
    all.push(rv_test(rv));
    all.extend(ops);
    PatchBody::Json(Value::Array(all))
}

pub(crate) use crate::model::{at, name_of, str_at};

/// Human-readable description of every write, for `--dry-run`.
pub fn describe(plan: &Plan) -> String {
    if plan.writes.is_empty() {
        return "no changes to write\n".to_string();
    }
    let mut out = String::new();
    for (i, w) in plan.writes.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&format!("PATCH {}\n", w.target.api_path(w.subresource)));
        out.push_str(&format!("Content-Type: {}\n", w.body.content_type()));
        let body = serde_json::to_string_pretty(w.body.value())
            .unwrap_or_else(|_| w.body.value().to_string());
        out.push_str(&body);
        out.push('\n');
        // The executor re-guards a later write to the same object (see `reguard`); say so
        // rather than show a guard that will not be the one sent.
        if plan.writes[..i]
            .iter()
            .any(|earlier| earlier.target == w.target)
        {
            out.push_str(
                "(sent guarded by the resourceVersion the earlier write to this object returns)\n",
            );
        }
    }
    out
}

/// `obj` after `write`, computed locally with the server's own patch code
/// ([`crate::model::json_patch`]). A preview only: each operation is applied on its own, and
/// one that would fail on the server is skipped here.
pub fn apply_preview(obj: &Value, write: &Write) -> Value {
    let mut out = obj.clone();
    match &write.body {
        PatchBody::Merge(patch) => json_patch::merge_patch(&mut out, patch),
        PatchBody::Json(ops) => {
            for op in ops.as_array().map(Vec::as_slice).unwrap_or_default() {
                // Atomic per call: a failing operation leaves `out` as it was.
                let _ = json_patch::json_patch(&mut out, &Value::Array(vec![op.clone()]));
            }
        }
    }
    out
}

/// `obj` after every write of `plan` whose target is `obj` (same kind and name), in order.
pub fn preview_plan(obj: &Value, plan: &Plan) -> Value {
    let kind = str_at(obj, &["kind"]);
    let name = name_of(obj);
    plan.writes
        .iter()
        .filter(|w| w.target.name == name && (kind.is_empty() || w.target.kind() == kind))
        .fold(obj.clone(), |acc, w| apply_preview(&acc, w))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The first write of `plan` goes to `path` (its subresource included) with `body`.
    pub(crate) fn assert_first_write(plan: &Plan, path: &str, body: PatchBody) {
        let w = &plan.writes[0];
        assert_eq!(w.target.api_path(w.subresource), path);
        assert_eq!(w.body, body);
    }

    /// The guard every write of `plan` must carry, checked on the raw body.
    pub(crate) fn assert_guarded(plan: &Plan, rv: &str) {
        for w in &plan.writes {
            match &w.body {
                PatchBody::Merge(v) => {
                    assert_eq!(v["metadata"]["resourceVersion"], json!(rv), "{w:?}")
                }
                PatchBody::Json(v) => assert_eq!(
                    v[0],
                    json!({"op": "test", "path": "/metadata/resourceVersion", "value": rv}),
                    "{w:?}"
                ),
            }
        }
    }

    fn write(body: PatchBody) -> Write {
        Write {
            target: ObjectRef {
                resource: ROLLOUTS,
                namespace: "ns".into(),
                name: "web".into(),
            },
            subresource: None,
            body,
        }
    }

    #[test]
    fn only_patches_with_a_resource_version_precondition_are_guarded() {
        let merge = |v: Value| PatchBody::Merge(v).is_guarded();
        let jsonp = |v: Value| PatchBody::Json(v).is_guarded();
        assert!(merge(
            json!({"metadata": {"resourceVersion": "7"}, "spec": {"paused": true}})
        ));
        assert!(!merge(json!({"spec": {"paused": true}})));
        assert!(!merge(json!({"metadata": {"resourceVersion": ""}})));
        let test = json!({"op": "test", "path": "/metadata/resourceVersion", "value": "7"});
        let op = json!({"op": "replace", "path": "/spec/paused", "value": true});
        assert!(jsonp(json!([test.clone(), op.clone()])));
        // A guard that comes after the change does not protect it.
        assert!(!jsonp(json!([op.clone(), test])));
        assert!(!jsonp(json!([op])));
        assert!(!jsonp(json!({"not": "an array"})));
    }

    #[test]
    fn reguard_merge_replaces_the_resource_version() {
        let mut body = PatchBody::Merge(
            json!({"metadata": {"resourceVersion": "5"}, "spec": {"paused": false}}),
        );
        reguard(&mut body, "6");
        assert_eq!(
            body,
            PatchBody::Merge(
                json!({"metadata": {"resourceVersion": "6"}, "spec": {"paused": false}})
            )
        );
    }

    #[test]
    fn reguard_merge_adds_a_missing_guard() {
        let mut body = PatchBody::Merge(json!({"status": {"abort": true}}));
        reguard(&mut body, "9");
        assert_eq!(body.guard(), Some("9"));
        assert_eq!(body.value()["status"], json!({"abort": true}));
    }

    #[test]
    fn reguard_json_replaces_the_test_value() {
        let mut body = PatchBody::Json(json!([
            {"op": "test", "path": "/metadata/resourceVersion", "value": "5"},
            {"op": "replace", "path": "/spec/template", "value": {}}
        ]));
        reguard(&mut body, "7");
        assert_eq!(
            body,
            PatchBody::Json(json!([
                {"op": "test", "path": "/metadata/resourceVersion", "value": "7"},
                {"op": "replace", "path": "/spec/template", "value": {}}
            ]))
        );
    }

    #[test]
    fn reguard_json_inserts_a_missing_test() {
        let mut body = PatchBody::Json(json!([{"op": "replace", "path": "/a", "value": 1}]));
        reguard(&mut body, "3");
        assert_eq!(
            body,
            PatchBody::Json(json!([
                {"op": "test", "path": "/metadata/resourceVersion", "value": "3"},
                {"op": "replace", "path": "/a", "value": 1}
            ]))
        );
    }

    #[test]
    fn api_paths() {
        let w = write(PatchBody::Merge(json!({})));
        assert_eq!(
            w.target.api_path(None),
            "/apis/argoproj.io/v1alpha1/namespaces/ns/rollouts/web"
        );
        assert_eq!(
            w.target.api_path(Some("status")),
            "/apis/argoproj.io/v1alpha1/namespaces/ns/rollouts/web/status"
        );
        let pt = ObjectRef {
            resource: crate::model::resource::PODTEMPLATES,
            namespace: "ns".into(),
            name: "tpl".into(),
        };
        assert_eq!(pt.api_path(None), "/api/v1/namespaces/ns/podtemplates/tpl");
    }

    #[test]
    fn describe_prints_method_path_content_type_and_body() {
        let mut w = write(PatchBody::Merge(json!({"status": {"abort": true}})));
        w.subresource = Some("status");
        let plan = Plan {
            writes: vec![w],
            message: "x".into(),
        };
        assert_eq!(
            describe(&plan),
            "PATCH /apis/argoproj.io/v1alpha1/namespaces/ns/rollouts/web/status\n\
             Content-Type: application/merge-patch+json\n\
             {\n  \"status\": {\n    \"abort\": true\n  }\n}\n"
        );
        assert_eq!(
            describe(&Plan {
                writes: vec![],
                message: "x".into()
            }),
            "no changes to write\n"
        );
    }

    #[test]
    fn describe_notes_the_re_guarded_second_write() {
        let first = write(PatchBody::Merge(
            json!({"metadata": {"resourceVersion": "5"}, "spec": {"paused": false}}),
        ));
        let mut second = write(PatchBody::Merge(
            json!({"metadata": {"resourceVersion": "5"}, "status": {"pauseConditions": null}}),
        ));
        second.subresource = Some("status");
        let text = describe(&Plan {
            writes: vec![first, second],
            message: "x".into(),
        });
        assert!(
            text.ends_with(
                "  \"status\": {\n    \"pauseConditions\": null\n  }\n}\n\
                 (sent guarded by the resourceVersion the earlier write to this object returns)\n"
            ),
            "{text}"
        );
        assert_eq!(text.matches("(sent guarded").count(), 1);
    }

    #[test]
    fn merge_preview_follows_rfc_7386() {
        let obj = json!({"a": {"b": 1, "c": 2}, "d": [1, 2], "e": "x"});
        let w = write(PatchBody::Merge(
            json!({"a": {"b": null, "f": 3}, "d": [9], "g": {"h": true}}),
        ));
        assert_eq!(
            apply_preview(&obj, &w),
            json!({"a": {"c": 2, "f": 3}, "d": [9], "e": "x", "g": {"h": true}})
        );
    }

    #[test]
    fn json_preview_applies_add_replace_remove_and_ignores_test() {
        let obj = json!({"metadata": {"resourceVersion": "1"}, "a": [{"x": 1}, {"x": 2}], "b": {"k/e~y": 1}});
        let w = write(PatchBody::Json(json!([
            {"op": "test", "path": "/metadata/resourceVersion", "value": "1"},
            {"op": "replace", "path": "/a/1/x", "value": 5},
            {"op": "add", "path": "/a/-", "value": {"x": 3}},
            {"op": "remove", "path": "/b/k~1e~0y"},
            {"op": "replace", "path": "/missing/path", "value": 1}
        ])));
        assert_eq!(
            apply_preview(&obj, &w),
            json!({"metadata": {"resourceVersion": "1"}, "a": [{"x": 1}, {"x": 5}, {"x": 3}], "b": {}})
        );
    }

    #[test]
    fn missing_resource_version_is_an_error() {
        let obj = json!({"metadata": {"name": "web"}});
        assert_eq!(
            resource_version(&obj, "rollout"),
            Err(PatchError::NoResourceVersion {
                kind: "rollout".into(),
                name: "web".into()
            })
        );
    }

    /// A canary rollout mid-update with history, usable by every planner.
    fn busy_rollout() -> Value {
        json!({
            "apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout",
            "metadata": {"name": "web", "namespace": "prod", "uid": "u1", "resourceVersion": "500"},
            "spec": {
                "paused": true,
                "strategy": {"canary": {"steps": [{"setWeight": 20}, {"pause": {}}, {"setWeight": 60}]}},
                "template": {"metadata": {"labels": {"app": "web"}},
                    "spec": {"containers": [{"name": "app", "image": "web:2"}]}}
            },
            "status": {"currentPodHash": "h2", "stableRS": "h1", "currentStepIndex": 1,
                "pauseConditions": [{"reason": "CanaryPauseStep"}]}
        })
    }

    fn old_rs() -> Value {
        json!({"metadata": {"name": "web-h1",
                "annotations": {"rollout.argoproj.io/revision": "1"},
                "labels": {"rollouts-pod-template-hash": "h1"},
                "ownerReferences": [{"uid": "u1", "controller": true}]},
            "spec": {"template": {"metadata": {"labels": {"app": "web", "rollouts-pod-template-hash": "h1"}},
                "spec": {"containers": [{"name": "app", "image": "web:1"}]}}}})
    }

    #[test]
    fn every_plan_is_guarded_by_the_resource_version_it_was_computed_from() {
        let ro = busy_rollout();
        let mut new_rs = old_rs();
        new_rs["metadata"]["annotations"]["rollout.argoproj.io/revision"] = json!("2");
        new_rs["metadata"]["name"] = json!("web-h2");
        let rss = vec![old_rs(), new_rs];
        let now = jiff::Timestamp::UNIX_EPOCH;
        // pause, retry and restart need a rollout they change: unpaused, aborted, with pods.
        let mut unpaused = ro.clone();
        unpaused["spec"]["paused"] = json!(false);
        let mut aborted = ro.clone();
        aborted["status"]["abort"] = json!(true);
        let mut with_pods = ro.clone();
        with_pods["status"]["replicas"] = json!(2);
        let plans = vec![
            undo(&ro, &rss, None, None).unwrap(),
            promote(&ro, false).unwrap(),
            promote(&ro, true).unwrap(),
            set_weight(&ro, 30, false).unwrap(),
            set_weight(&ro, 30, true).unwrap(),
            pause(&unpaused).unwrap(),
            abort(&ro).unwrap(),
            retry_rollout(&aborted).unwrap(),
            restart(&with_pods, jiff::SignedDuration::ZERO, now).unwrap(),
            set_image(&ro, &[("*".into(), "web:3".into())]).unwrap(),
        ];
        for plan in &plans {
            assert!(!plan.writes.is_empty(), "{plan:?}");
            assert_guarded(plan, "500");
            for w in &plan.writes {
                assert_eq!(w.body.guard(), Some("500"));
            }
        }
    }

    #[test]
    fn preview_of_a_whole_plan() {
        let ro = busy_rollout();
        let plan = promote(&ro, false).unwrap();
        let after = preview_plan(&ro, &plan);
        assert_eq!(after["spec"]["paused"], json!(false));
        assert_eq!(after["status"].get("pauseConditions"), None);
        assert_eq!(after["status"]["currentStepIndex"], json!(1));

        let plan = set_weight(&ro, 45, true).unwrap();
        let after = preview_plan(&ro, &plan);
        assert_eq!(
            after["spec"]["strategy"]["canary"]["steps"],
            json!([{"setWeight": 45}, {"setWeight": 60}])
        );
        let lines = crate::render::diff_hunks(&crate::render::template_diff(&ro, &after), 0);
        assert_eq!(
            lines,
            vec![
                "...",
                "+  annotations:",
                "+    kubectl-rollouts/original-steps: '[{\"setWeight\":20},{\"pause\":{}},{\"setWeight\":60}]'",
                "+    kubectl-rollouts/set-weight-steps: '[{\"setWeight\":45},{\"setWeight\":60}]'",
                "...",
                "-      - setWeight: 20",
                "-      - pause: {}",
                "+      - setWeight: 45",
                "..."
            ]
        );
    }
}
