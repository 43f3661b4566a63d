//! Partial Argo Rollouts and Kubernetes types read tolerantly from the JSON the server returned.
//!
//! Every reader takes a `serde_json::Value` and never fails: a missing field takes its default,
//! and a field of the wrong type also takes its default but leaves a note in `warnings`. We do
//! not use `#[derive(Deserialize)]` here because one wrong type anywhere (`replicas: "three"`)
//! would make serde reject the whole object, and a view must show what it can.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde_json::Value;

mod analysisrun;
pub mod duration;
mod experiment;
pub mod json_patch;
mod phase;
mod pod;
mod replicaset;
pub mod resource;
mod rollout;
mod steps_record;

pub use analysisrun::{AnalysisRun, Measurement, MetricResult};
pub use duration::duration_value;
pub use experiment::Experiment;
pub use phase::{Declared, Phase, StrategyKind};
pub use pod::{ContainerState, ContainerStatus, Pod};
pub use replicaset::ReplicaSet;
pub use resource::Resource;
pub use rollout::{BlueGreen, Canary, Condition, Rollout, RolloutStatus, Strategy};
pub use steps_record::{BadRecord, StepsRecord, current_steps};

/// The API group of Argo Rollouts' resources.
pub const ARGO_GROUP: &str = "argoproj.io";
/// The apiVersion of Argo Rollouts' objects.
pub const ARGO_API_VERSION: &str = "argoproj.io/v1alpha1";

/// Annotation holding the revision of ReplicaSets, Experiments and AnalysisRuns.
pub const REVISION_ANNOTATION: &str = "rollout.argoproj.io/revision";
/// Label carrying a rollout ReplicaSet's pod template hash.
pub const POD_TEMPLATE_HASH_LABEL: &str = "rollouts-pod-template-hash";
/// Annotation naming the experiment template a ReplicaSet was created from.
pub const TEMPLATE_NAME_ANNOTATION: &str = "experiment.argoproj.io/template-name";
/// Annotation with the time an old ReplicaSet will be scaled down (RFC 3339).
pub const SCALE_DOWN_DEADLINE_ANNOTATION: &str = "scale-down-deadline";
/// Annotation with the replica count the rollout wanted when it created a ReplicaSet.
pub const DESIRED_REPLICAS_ANNOTATION: &str = "rollout.argoproj.io/desired-replicas";
/// Label of an AnalysisRun saying what started it (`Background` or `Step`).
pub const ROLLOUT_TYPE_LABEL: &str = "rollout-type";
/// Annotation naming the rollout that manages a Service, Ingress or VirtualService.
pub const MANAGED_BY_ANNOTATION: &str = "argo-rollouts.argoproj.io/managed-by-rollouts";
/// Annotation with the generation of the workload a rollout references.
pub const WORKLOAD_GENERATION_ANNOTATION: &str = "rollout.argoproj.io/workload-generation";

/// Our annotation: the canary steps as they were before `set-weight` first replaced them (raw
/// JSON, `null` when the rollout had no steps), so the next release can run them again.
pub const ORIGINAL_STEPS_ANNOTATION: &str = "kubectl-rollouts/original-steps";
/// Our annotation: the steps `set-weight` wrote last (raw JSON). When the steps in the cluster
/// differ from these, someone else (a GitOps sync, `kubectl apply`) put steps back since, and
/// the record is stale: restoring it would undo their change.
pub const SET_WEIGHT_STEPS_ANNOTATION: &str = "kubectl-rollouts/set-weight-steps";

/// More notes than this say nothing new and would only bloat `-o json`.
const MAX_WARNINGS: usize = 50;
/// Names in notes are cut so a pathological name cannot flood the output.
const MAX_NAME_IN_WARNING: usize = 80;

/// Appends a note unless it is already there or the list is full.
pub fn warn(warnings: &mut Vec<String>, note: String) {
    if warnings.len() > MAX_WARNINGS || warnings.contains(&note) {
        return;
    }
    if warnings.len() == MAX_WARNINGS {
        warnings.push("further warnings omitted".to_string());
    } else {
        warnings.push(note);
    }
}

/// Cuts `s` to at most `max` characters (on a character boundary), marking the cut.
pub fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &s.get(..at).unwrap_or_default()),
        None => s.to_string(),
    }
}

/// Reads fields of one object, recording type mismatches as warnings that name the object.
pub struct Reader<'w> {
    what: String,
    warnings: &'w mut Vec<String>,
}

impl<'w> Reader<'w> {
    /// `kind` and the object's `metadata.name` identify it in warnings.
    pub fn new(kind: &str, obj: &Value, warnings: &'w mut Vec<String>) -> Self {
        let name = obj
            .get("metadata")
            .and_then(|m| m.get("name"))
            .and_then(Value::as_str)
            .unwrap_or("<unnamed>");
        Reader {
            what: format!("{kind} {}", shorten(name, MAX_NAME_IN_WARNING)),
            warnings,
        }
    }

    fn note(&mut self, path: &str, expected: &str) {
        let note = format!("{}: {path} is not {expected}; ignored", self.what);
        warn(self.warnings, note);
    }

    /// The value at `path` below `v`; None when missing or null. `base` names `v` in warnings.
    pub fn get<'v>(&mut self, v: &'v Value, base: &str, path: &[&str]) -> Option<&'v Value> {
        let mut cur = v;
        let mut walked = base.to_string();
        for key in path {
            match cur {
                Value::Null => return None,
                Value::Object(map) => cur = map.get(*key)?,
                _ => {
                    self.note(display_path(&walked), "an object");
                    return None;
                }
            }
            if !walked.is_empty() {
                walked.push('.');
            }
            walked.push_str(key);
        }
        if cur.is_null() { None } else { Some(cur) }
    }

    fn typed<'v, T>(
        &mut self,
        v: &'v Value,
        base: &str,
        path: &[&str],
        expected: &str,
        conv: impl FnOnce(&'v Value) -> Option<T>,
    ) -> Option<T> {
        let found = self.get(v, base, path)?;
        let out = conv(found);
        if out.is_none() {
            self.note(&join_path(base, path), expected);
        }
        out
    }

    pub fn str(&mut self, v: &Value, base: &str, path: &[&str]) -> Option<String> {
        self.typed(v, base, path, "a string", |x| {
            x.as_str().map(str::to_string)
        })
    }

    pub fn int(&mut self, v: &Value, base: &str, path: &[&str]) -> Option<i64> {
        self.typed(v, base, path, "an integer", as_int)
    }

    /// False when missing or not a boolean.
    pub fn bool(&mut self, v: &Value, base: &str, path: &[&str]) -> bool {
        self.typed(v, base, path, "a boolean", Value::as_bool)
            .unwrap_or(false)
    }

    /// Empty when missing or not an array.
    pub fn arr<'v>(&mut self, v: &'v Value, base: &str, path: &[&str]) -> &'v [Value] {
        self.typed(v, base, path, "a list", |x| x.as_array().map(Vec::as_slice))
            .unwrap_or(&[])
    }

    /// Whether `path` holds an object (a wrong type is noted and counts as absent).
    pub fn has_obj(&mut self, v: &Value, base: &str, path: &[&str]) -> bool {
        self.typed(v, base, path, "an object", |x| x.as_object().map(|_| ()))
            .is_some()
    }

    /// An RFC 3339 timestamp; None when missing or unparseable.
    pub fn ts(&mut self, v: &Value, base: &str, path: &[&str]) -> Option<Timestamp> {
        let s = self.str(v, base, path)?;
        let parsed = s.parse::<Timestamp>().ok();
        if parsed.is_none() {
            self.note(&join_path(base, path), "an RFC 3339 timestamp");
        }
        parsed
    }

    /// A string-to-string map (labels, annotations); non-string entries are dropped with a note.
    pub fn str_map(&mut self, v: &Value, base: &str, path: &[&str]) -> BTreeMap<String, String> {
        let Some(found) = self.typed(v, base, path, "an object", Value::as_object) else {
            return BTreeMap::new();
        };
        let mut out = BTreeMap::new();
        for (k, val) in found {
            match val.as_str() {
                Some(s) => {
                    out.insert(k.clone(), s.to_string());
                }
                None => {
                    let at = format!("{}.{}", join_path(base, path), shorten(k, 60));
                    self.note(&at, "a string");
                }
            }
        }
        out
    }
}

fn display_path(p: &str) -> &str {
    if p.is_empty() { "<object>" } else { p }
}

fn join_path(base: &str, path: &[&str]) -> String {
    let mut s = base.to_string();
    for p in path {
        if !s.is_empty() {
            s.push('.');
        }
        s.push_str(p);
    }
    s
}

/// An integer from a JSON number (integral floats accepted, clamped to i64).
fn as_int(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_i64() {
        return Some(i);
    }
    if v.as_u64().is_some() {
        return Some(i64::MAX);
    }
    let f = v.as_f64()?;
    if f.is_finite() && f.fract() == 0.0 {
        // `as` saturates at the i64 bounds, which is what we want for absurd values.
        Some(f as i64)
    } else {
        None
    }
}

/// The value at `path` below `v`, if every step is there (for code that edits untyped JSON;
/// views read through [`Reader`], which also notes odd types).
pub fn at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(v, |cur, key| cur.get(*key))
}

/// The string at `path`, or "" when missing or not a string.
pub fn str_at<'a>(v: &'a Value, path: &[&str]) -> &'a str {
    at(v, path).and_then(Value::as_str).unwrap_or("")
}

/// `metadata.name`, or "".
pub fn name_of(obj: &Value) -> &str {
    str_at(obj, &["metadata", "name"])
}

/// An integer written either as a JSON number or as a decimal string (Go's `strconv.Atoi`).
pub fn int_or_numeric_string(v: &Value) -> Option<i64> {
    match v {
        Value::String(s) => s.parse::<i64>().ok(),
        other => as_int(other),
    }
}

/// One ownerReference.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OwnerRef {
    pub uid: String,
    pub kind: String,
    pub name: String,
    pub controller: bool,
}

/// The parts of `metadata` the views use.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub name: String,
    pub namespace: String,
    pub uid: String,
    pub generation: Option<i64>,
    pub created: Option<Timestamp>,
    pub deleted: Option<Timestamp>,
    pub labels: BTreeMap<String, String>,
    pub annotations: BTreeMap<String, String>,
    pub owners: Vec<OwnerRef>,
}

impl Meta {
    pub fn read(obj: &Value, r: &mut Reader<'_>) -> Meta {
        let base = "metadata";
        let Some(m) = r.get(obj, "", &[base]) else {
            return Meta::default();
        };
        if !m.is_object() {
            r.note(base, "an object");
            return Meta::default();
        }
        let mut owners = Vec::new();
        for (i, o) in r.arr(m, base, &["ownerReferences"]).iter().enumerate() {
            let at = format!("metadata.ownerReferences[{i}]");
            if !o.is_object() {
                r.note(&at, "an object");
                continue;
            }
            owners.push(OwnerRef {
                uid: r.str(o, &at, &["uid"]).unwrap_or_default(),
                kind: r.str(o, &at, &["kind"]).unwrap_or_default(),
                name: r.str(o, &at, &["name"]).unwrap_or_default(),
                controller: r.bool(o, &at, &["controller"]),
            });
        }
        Meta {
            name: r.str(m, base, &["name"]).unwrap_or_default(),
            namespace: r.str(m, base, &["namespace"]).unwrap_or_default(),
            uid: r.str(m, base, &["uid"]).unwrap_or_default(),
            generation: r.int(m, base, &["generation"]),
            created: r.ts(m, base, &["creationTimestamp"]),
            deleted: r.ts(m, base, &["deletionTimestamp"]),
            labels: r.str_map(m, base, &["labels"]),
            annotations: r.str_map(m, base, &["annotations"]),
            owners,
        }
    }

    /// Whether `uid` is the controlling owner (see [`is_controlled_by`]).
    pub fn controlled_by(&self, uid: &str) -> bool {
        !uid.is_empty() && self.owners.iter().any(|o| o.controller && o.uid == uid)
    }

    /// The revision annotation as views show it: 0 when missing or unreadable.
    pub fn revision(&self) -> u64 {
        self.annotations
            .get(REVISION_ANNOTATION)
            .map_or(Some(0), |s| parse_revision(s))
            .unwrap_or(0)
    }
}

/// A revision annotation's value: a whole number ≥ 0 (spaces around it allowed); None otherwise.
pub fn parse_revision(s: &str) -> Option<u64> {
    s.trim().parse::<u64>().ok()
}

/// The object's revision: a missing annotation is revision 0 (as the Go plugin reads it), a
/// value [`parse_revision`] cannot read is None (undo skips such a ReplicaSet; views show 0).
pub fn revision_of(obj: &Value) -> Option<u64> {
    match obj
        .get("metadata")
        .and_then(|m| m.get("annotations"))
        .and_then(|a| a.get(REVISION_ANNOTATION))
    {
        None => Some(0),
        Some(v) => v.as_str().and_then(parse_revision),
    }
}

/// The uid of the object's controlling owner (the ownerReference with `controller: true`):
/// Kubernetes' and Argo's rule for "who owns this"; other references do not count.
pub fn controller_uid(obj: &Value) -> Option<&str> {
    owner_refs(obj)
        .find(|o| o.get("controller").and_then(Value::as_bool) == Some(true))
        .and_then(|o| o.get("uid").and_then(Value::as_str))
        .filter(|s| !s.is_empty())
}

/// Whether `uid` is the object's controlling owner (an empty uid controls nothing). The one
/// ownership rule: `get`, `undo`, `history`, the read scoping and the playground all use it, so
/// they agree on which ReplicaSets, pods, experiments and runs belong to a rollout.
pub fn is_controlled_by(obj: &Value, uid: &str) -> bool {
    !uid.is_empty() && controller_uid(obj) == Some(uid)
}

/// The ownerReferences of an object that are objects (others are skipped).
pub fn owner_refs(obj: &Value) -> impl Iterator<Item = &Value> {
    obj.get("metadata")
        .and_then(|m| m.get("ownerReferences"))
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
        .iter()
        .filter(|o| o.is_object())
}

/// `metadata.uid` when it is a non-empty string.
pub fn uid_of(obj: &Value) -> Option<&str> {
    obj.get("metadata")
        .and_then(|m| m.get("uid"))
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reader_degrades_wrong_types_with_notes() {
        let obj = json!({"metadata": {"name": "ro"}, "spec": {"replicas": "three"}, "status": []});
        let mut w = Vec::new();
        let mut r = Reader::new("Rollout", &obj, &mut w);
        assert_eq!(r.int(&obj, "", &["spec", "replicas"]), None);
        assert_eq!(r.int(&obj, "", &["status", "replicas"]), None);
        assert_eq!(r.int(&obj, "", &["status", "readyReplicas"]), None);
        assert_eq!(
            w,
            vec![
                "Rollout ro: spec.replicas is not an integer; ignored".to_string(),
                "Rollout ro: status is not an object; ignored".to_string(),
            ]
        );
    }

    #[test]
    fn reader_missing_and_null_are_silent() {
        let obj = json!({"spec": {"replicas": null}});
        let mut w = Vec::new();
        let mut r = Reader::new("Rollout", &obj, &mut w);
        assert_eq!(r.int(&obj, "", &["spec", "replicas"]), None);
        assert_eq!(r.str(&obj, "", &["spec", "x", "y"]), None);
        assert!(!r.bool(&obj, "", &["spec", "paused"]));
        assert!(w.is_empty());
    }

    #[test]
    fn integers_accept_integral_floats_and_clamp_huge() {
        assert_eq!(as_int(&json!(3.0)), Some(3));
        assert_eq!(as_int(&json!(3.5)), None);
        assert_eq!(as_int(&json!(u64::MAX)), Some(i64::MAX));
        assert_eq!(as_int(&json!(-7)), Some(-7));
        assert_eq!(int_or_numeric_string(&json!("12")), Some(12));
        assert_eq!(int_or_numeric_string(&json!("abc")), None);
        assert_eq!(int_or_numeric_string(&json!("")), None);
    }

    #[test]
    fn timestamps_parse_or_note() {
        let obj = json!({"a": "2024-05-01T10:00:00Z", "b": "yesterday"});
        let mut w = Vec::new();
        let mut r = Reader::new("Pod", &obj, &mut w);
        assert_eq!(
            r.ts(&obj, "", &["a"]),
            Some("2024-05-01T10:00:00Z".parse().unwrap())
        );
        assert_eq!(r.ts(&obj, "", &["b"]), None);
        assert_eq!(
            w,
            vec!["Pod <unnamed>: b is not an RFC 3339 timestamp; ignored"]
        );
    }

    #[test]
    fn meta_reads_owners_labels_revision() {
        let obj = json!({"metadata": {
            "name": "rs-1", "namespace": "ns", "uid": "u1", "generation": 2,
            "labels": {"a": "b", "bad": 5},
            "annotations": {"rollout.argoproj.io/revision": "7"},
            "ownerReferences": [{"uid": "ro-uid", "kind": "Rollout", "name": "ro", "controller": true}, "junk"]
        }});
        let mut w = Vec::new();
        let mut r = Reader::new("ReplicaSet", &obj, &mut w);
        let m = Meta::read(&obj, &mut r);
        assert_eq!(m.name, "rs-1");
        assert_eq!(m.generation, Some(2));
        assert_eq!(m.labels.len(), 1);
        assert_eq!(m.revision(), 7);
        assert!(m.controlled_by("ro-uid"));
        assert!(!m.controlled_by(""));
        assert!(!m.controlled_by("other"));
        assert_eq!(w.len(), 2);
    }

    #[test]
    fn revision_defaults_to_zero() {
        let mut m = Meta::default();
        assert_eq!(m.revision(), 0);
        m.annotations
            .insert(REVISION_ANNOTATION.to_string(), "x1".to_string());
        assert_eq!(m.revision(), 0);
    }

    #[test]
    fn warnings_are_deduplicated_and_capped() {
        let mut w = Vec::new();
        warn(&mut w, "a".to_string());
        warn(&mut w, "a".to_string());
        assert_eq!(w.len(), 1);
        for i in 0..200 {
            warn(&mut w, format!("n{i}"));
        }
        assert_eq!(w.len(), MAX_WARNINGS + 1);
        assert_eq!(
            w.last().map(String::as_str),
            Some("further warnings omitted")
        );
    }

    #[test]
    fn shorten_respects_char_boundaries() {
        assert_eq!(shorten("äöü", 2), "äö…");
        assert_eq!(shorten("abc", 5), "abc");
    }

    #[test]
    fn is_controlled_by_ignores_empty_uid() {
        let obj = json!({"metadata": {"ownerReferences": [
            {"uid": "", "controller": true}, {"uid": "x", "controller": true}]}});
        assert!(!is_controlled_by(&obj, ""));
        assert!(!is_controlled_by(&json!({"metadata": 5}), "x"));
    }

    #[test]
    fn controller_owner_uid() {
        let obj = json!({"metadata": {"ownerReferences": [
            {"uid": "a", "controller": false}, {"uid": "b", "controller": true}]}});
        assert_eq!(controller_uid(&obj), Some("b"));
        let obj = json!({"metadata": {"ownerReferences": [{"uid": "a"}]}});
        assert_eq!(controller_uid(&obj), None);
        assert_eq!(
            controller_uid(&json!({"metadata": {"ownerReferences": 3}})),
            None
        );
    }

    #[test]
    fn only_the_controlling_owner_reference_owns() {
        let obj = json!({"metadata": {"ownerReferences": [
            {"uid": "a", "controller": false}, {"uid": "b"}, {"uid": "c", "controller": true}]}});
        assert_eq!(controller_uid(&obj), Some("c"));
        assert!(is_controlled_by(&obj, "c"));
        assert!(!is_controlled_by(&obj, "a"));
        assert!(!is_controlled_by(&obj, "b"));
    }
}
