//! Strict decoding: every unknown field and every wrong type, each with its path.
//!
//! serde stops at the first error, so a wrong type is found, reported with its path (by
//! serde_path_to_error), set to null, and the decoding tried again, a bounded number of
//! times. Unknown fields are found in one pass by a round trip: the decoded value is
//! serialized back, and a field of the input that is not there was not known to the type.
//! This works through k8s-openapi's pod template types too (they skip unknown fields
//! silently, as client-go does without strict mode), so one mechanism covers our Argo types
//! and Kubernetes' own.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{Path, Seg};

/// Wrong types we report in one object before we stop trying (each costs a decode).
const MAX_TYPE_ERRORS: usize = 32;

/// What strict decoding found.
pub struct Decoded<T> {
    /// The object, with every field that could not be decoded left out; `None` when even
    /// that failed (the problems say why).
    pub value: Option<T>,
    /// Unknown fields and wrong types.
    pub problems: Vec<(Path, String)>,
    /// Paths we had to leave out to decode the rest.
    pub undecodable: Vec<Path>,
}

/// Decodes `input` as `T`, reporting every unknown field and every wrong type.
pub fn strict<T: DeserializeOwned + Serialize>(input: &Value) -> Decoded<T> {
    let mut work = input.clone();
    let mut problems = Vec::new();
    let mut undecodable: Vec<Path> = Vec::new();
    for _ in 0..=MAX_TYPE_ERRORS {
        let err = match serde_path_to_error::deserialize::<_, T>(work.clone()) {
            Ok(value) => {
                if let Ok(back) = serde_json::to_value(&value) {
                    unknown_fields(&work, &back, &mut Path::default(), &mut problems);
                }
                return Decoded {
                    value: Some(value),
                    problems,
                    undecodable,
                };
            }
            Err(e) => e,
        };
        let path = convert(err.path());
        let message = err.inner().to_string();
        let ours = message.starts_with("invalid type: null")
            && undecodable.iter().any(|u| path.starts_with(u));
        if !ours {
            problems.push(describe(&path, &message));
        }
        // Leave the offending value out; if it already is (a null we put there, a missing
        // required field), leave out what holds it.
        let target = match lookup(&work, &path) {
            Some(v) if !v.is_null() && !message.starts_with("missing field") => path,
            _ => parent(&path),
        };
        if target.0.is_empty() {
            break;
        }
        set_null(&mut work, &target);
        undecodable.push(target);
    }
    Decoded {
        value: None,
        problems,
        undecodable,
    }
}

/// A serde message as a problem: `missing field `name`` is about the field, not its holder.
fn describe(path: &Path, message: &str) -> (Path, String) {
    if let Some(rest) = message.strip_prefix("missing field `")
        && let Some(field) = rest.strip_suffix('`')
    {
        return (path.key(field), "required field is missing".to_string());
    }
    (path.clone(), message.to_string())
}

fn convert(p: &serde_path_to_error::Path) -> Path {
    use serde_path_to_error::Segment;
    Path(
        p.iter()
            .filter_map(|s| match s {
                Segment::Seq { index } => Some(Seg::Index(*index)),
                Segment::Map { key } => Some(Seg::Key(key.clone())),
                Segment::Enum { variant } => Some(Seg::Key(variant.clone())),
                Segment::Unknown => None,
            })
            .collect(),
    )
}

fn parent(p: &Path) -> Path {
    let mut q = p.clone();
    q.0.pop();
    q
}

fn lookup<'a>(v: &'a Value, p: &Path) -> Option<&'a Value> {
    let mut cur = v;
    for seg in &p.0 {
        cur = match seg {
            Seg::Key(k) => cur.get(k)?,
            Seg::Index(i) => cur.get(*i)?,
        };
    }
    Some(cur)
}

fn set_null(v: &mut Value, p: &Path) {
    let mut cur = v;
    for seg in &p.0 {
        let next = match seg {
            Seg::Key(k) => cur.get_mut(k),
            Seg::Index(i) => cur.get_mut(*i),
        };
        match next {
            Some(n) => cur = n,
            None => return,
        }
    }
    *cur = Value::Null;
}

/// Every non-null field of `input` that the round trip `output` lost.
fn unknown_fields(input: &Value, output: &Value, at: &mut Path, out: &mut Vec<(Path, String)>) {
    match (input, output) {
        (Value::Object(i), Value::Object(o)) => {
            for (k, v) in i {
                at.0.push(Seg::Key(k.clone()));
                match o.get(k) {
                    Some(ov) => unknown_fields(v, ov, at, out),
                    None if !v.is_null() => out.push((at.clone(), "unknown field".to_string())),
                    None => {}
                }
                at.0.pop();
            }
        }
        (Value::Array(i), Value::Array(o)) => {
            for (n, (iv, ov)) in i.iter().zip(o).enumerate() {
                at.0.push(Seg::Index(n));
                unknown_fields(iv, ov, at, out);
                at.0.pop();
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::types::Rollout;
    use serde_json::json;

    #[test]
    fn every_unknown_field_is_reported_with_its_path_in_argo_and_kubernetes_types() {
        let ro = json!({
            "apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout",
            "metadata": {"name": "web", "colour": "blue"},
            "spec": {
                "strategy": {"unknown-strategy": {}, "canary": {"steps": [{"setWeight": 5, "wait": 1}]}},
                "template": {"spec": {"containers": [{"name": "app", "image": "x", "imagePullPolcy": "Always"}]}}
            }
        });
        let d = strict::<Rollout>(&ro);
        assert!(d.value.is_some());
        let got: Vec<String> = d
            .problems
            .iter()
            .map(|(p, m)| format!("{p}: {m}"))
            .collect();
        assert_eq!(
            got,
            [
                "metadata.colour: unknown field",
                "spec.strategy.unknown-strategy: unknown field",
                "spec.strategy.canary.steps[0].wait: unknown field",
                "spec.template.spec.containers[0].imagePullPolcy: unknown field",
            ]
        );
    }

    #[test]
    fn every_wrong_type_is_reported_and_the_rest_still_decodes() {
        let ro = json!({
            "metadata": {"name": "web"},
            "spec": {
                "replicas": "three",
                "strategy": {"canary": {"steps": [{"setWeight": "ten"}, {"setWeight": 20}]}},
                "template": {"spec": {"containers": [{"name": "app", "ports": [{"containerPort": "http"}]}]}}
            }
        });
        let d = strict::<Rollout>(&ro);
        let got: Vec<String> = d.problems.iter().map(|(p, _)| p.to_string()).collect();
        assert_eq!(
            got,
            [
                "spec.replicas",
                "spec.strategy.canary.steps[0].setWeight",
                "spec.template.spec.containers[0].ports[0].containerPort",
            ]
        );
        assert!(d.problems[0].1.contains("invalid type: string \"three\""));
        let ro = d.value.expect("decoded without the bad fields");
        let spec = ro.spec.unwrap();
        assert_eq!(spec.replicas, None);
        let steps = spec.strategy.unwrap().canary.unwrap().steps.unwrap();
        assert_eq!(steps[1].set_weight, Some(20));
    }

    #[test]
    fn an_object_that_is_not_an_object_is_one_problem() {
        let d = strict::<Rollout>(&json!("not a rollout"));
        assert!(d.value.is_none());
        assert_eq!(d.problems.len(), 1);
    }
}
