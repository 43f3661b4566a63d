//! Helpers for the I/O layer: label selectors as `labelSelector` query strings, ownership, and
//! which selectors to list an experiment's ReplicaSets and pods by.

use serde_json::Value;

use crate::model::{is_owned_by, owner_refs, uid_of};

/// A LabelSelector (`matchLabels`, `matchExpressions` with In, NotIn, Exists, DoesNotExist) as a
/// `labelSelector` query value: `a=b,tier in (x,y),tier notin (z),k,!k`, requirements sorted by
/// key like Kubernetes prints them.
///
/// None when the selector is empty, not an object, or holds anything we cannot express safely
/// (unknown operator, In without values, invalid label syntax). None means "no server-side
/// filter": the caller lists without a selector and relies on the owner-UID filtering the view
/// builder does anyway.
pub fn selector_to_query(selector: &Value) -> Option<String> {
    let sel = selector.as_object()?;
    let mut reqs: Vec<(String, String)> = Vec::new();
    match sel.get("matchLabels") {
        None | Some(Value::Null) => {}
        Some(Value::Object(labels)) => {
            for (k, v) in labels {
                let v = v.as_str()?;
                if !valid_key(k) || !valid_value(v) {
                    return None;
                }
                reqs.push((k.clone(), format!("{k}={v}")));
            }
        }
        Some(_) => return None,
    }
    match sel.get("matchExpressions") {
        None | Some(Value::Null) => {}
        Some(Value::Array(exprs)) => {
            for e in exprs {
                reqs.push(expression(e)?);
            }
        }
        Some(_) => return None,
    }
    if reqs.is_empty() {
        return None;
    }
    reqs.sort_by(|a, b| a.0.cmp(&b.0));
    Some(
        reqs.into_iter()
            .map(|(_, r)| r)
            .collect::<Vec<_>>()
            .join(","),
    )
}

fn expression(e: &Value) -> Option<(String, String)> {
    let key = e.get("key")?.as_str()?;
    if !valid_key(key) {
        return None;
    }
    let values: Vec<&str> = match e.get("values") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(vs)) => vs.iter().map(Value::as_str).collect::<Option<_>>()?,
        Some(_) => return None,
    };
    if !values.iter().all(|v| valid_value(v)) {
        return None;
    }
    let mut sorted = values.clone();
    sorted.sort_unstable();
    sorted.dedup();
    let text = match e.get("operator")?.as_str()? {
        "In" if !sorted.is_empty() => format!("{key} in ({})", sorted.join(",")),
        "NotIn" if !sorted.is_empty() => format!("{key} notin ({})", sorted.join(",")),
        "Exists" if sorted.is_empty() => key.to_string(),
        "DoesNotExist" if sorted.is_empty() => format!("!{key}"),
        _ => return None,
    };
    Some((key.to_string(), text))
}

/// A label name or value segment: at most 63 characters of `[A-Za-z0-9._-]`, starting and
/// ending alphanumeric.
fn valid_name(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
        && b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
}

fn valid_key(k: &str) -> bool {
    match k.split_once('/') {
        Some((prefix, name)) => {
            !prefix.is_empty()
                && prefix.len() <= 253
                && prefix
                    .bytes()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-' || c == b'.')
                && valid_name(name)
        }
        None => valid_name(k),
    }
}

fn valid_value(v: &str) -> bool {
    v.is_empty() || valid_name(v)
}

/// The uid of the object's controller ownerReference (the one with `controller: true`).
pub fn owner_uid(obj: &Value) -> Option<&str> {
    owner_refs(obj)
        .find(|o| o.get("controller").and_then(Value::as_bool) == Some(true))
        .and_then(|o| o.get("uid"))
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
}

/// The rollout's `spec.selector` as a query (see [`selector_to_query`]).
pub fn rollout_selector_query(rollout: &Value) -> Option<String> {
    selector_to_query(rollout.get("spec")?.get("selector")?)
}

/// The experiments among `experiments` that belong to `rollout` (any ownerReference with the
/// rollout's uid), in the given order.
pub fn owned_experiments<'a>(rollout: &Value, experiments: &'a [Value]) -> Vec<&'a Value> {
    let Some(uid) = uid_of(rollout) else {
        return Vec::new();
    };
    experiments.iter().filter(|e| is_owned_by(e, uid)).collect()
}

/// The selectors to list the ReplicaSets and pods of the given experiments by: one query per
/// distinct template selector. None when some template's selector cannot be expressed as a
/// query — then list the namespace's ReplicaSets and pods without a selector (the builder keeps
/// only what the experiments own). `Some(vec![])` means there is nothing to list.
pub fn experiment_selectors(experiments: &[&Value]) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for ex in experiments {
        let templates = match ex.get("spec").and_then(|s| s.get("templates")) {
            None | Some(Value::Null) => continue,
            Some(Value::Array(t)) => t,
            Some(_) => return None,
        };
        for t in templates {
            let q = selector_to_query(t.get("selector")?)?;
            if !out.contains(&q) {
                out.push(q);
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn match_labels_and_expressions() {
        let sel = json!({
            "matchLabels": {"app": "web", "tier": "front"},
            "matchExpressions": [
                {"key": "env", "operator": "In", "values": ["prod", "dev"]},
                {"key": "zone", "operator": "NotIn", "values": ["b"]},
                {"key": "canary", "operator": "Exists"},
                {"key": "example.com/legacy", "operator": "DoesNotExist", "values": []}
            ]
        });
        assert_eq!(
            selector_to_query(&sel).as_deref(),
            Some("app=web,canary,env in (dev,prod),!example.com/legacy,tier=front,zone notin (b)")
        );
    }

    #[test]
    fn empty_value_is_allowed() {
        assert_eq!(
            selector_to_query(&json!({"matchLabels": {"a": ""}})).as_deref(),
            Some("a=")
        );
    }

    #[test]
    fn empty_or_invalid_is_none() {
        for sel in [
            json!(null),
            json!({}),
            json!({"matchLabels": {}}),
            json!({"matchLabels": []}),
            json!({"matchLabels": {"a": 1}}),
            json!({"matchLabels": {"a": "x,y"}}),
            json!({"matchLabels": {"bad key": "x"}}),
            json!({"matchLabels": {"a": "x)"}}),
            json!({"matchLabels": {"/a": "x"}}),
            json!({"matchLabels": {"a": "-x"}}),
            json!({"matchExpressions": [{"key": "a", "operator": "In", "values": []}]}),
            json!({"matchExpressions": [{"key": "a", "operator": "Exists", "values": ["x"]}]}),
            json!({"matchExpressions": [{"key": "a", "operator": "Gt", "values": ["1"]}]}),
            json!({"matchExpressions": [{"key": "a"}]}),
            json!({"matchExpressions": "x"}),
            json!({"matchLabels": {"a": "x".repeat(64)}}),
        ] {
            assert_eq!(selector_to_query(&sel), None, "{sel}");
        }
    }

    #[test]
    fn controller_owner_uid() {
        let obj = json!({"metadata": {"ownerReferences": [
            {"uid": "a", "controller": false}, {"uid": "b", "controller": true}]}});
        assert_eq!(owner_uid(&obj), Some("b"));
        let obj = json!({"metadata": {"ownerReferences": [{"uid": "a"}]}});
        assert_eq!(owner_uid(&obj), None);
        assert_eq!(
            owner_uid(&json!({"metadata": {"ownerReferences": 3}})),
            None
        );
    }

    #[test]
    fn experiment_selection() {
        let ro =
            json!({"metadata": {"uid": "ro"}, "spec": {"selector": {"matchLabels": {"app": "x"}}}});
        assert_eq!(rollout_selector_query(&ro).as_deref(), Some("app=x"));
        let exps = vec![
            json!({"metadata": {"name": "e1", "ownerReferences": [{"uid": "ro"}]},
                "spec": {"templates": [
                    {"selector": {"matchLabels": {"app": "x", "t": "base"}}},
                    {"selector": {"matchLabels": {"app": "x", "t": "canary"}}},
                    {"selector": {"matchLabels": {"app": "x", "t": "base"}}}]}}),
            json!({"metadata": {"name": "e2", "ownerReferences": [{"uid": "other"}]},
                "spec": {"templates": [{"selector": {"matchLabels": {"z": "z"}}}]}}),
        ];
        let owned = owned_experiments(&ro, &exps);
        assert_eq!(owned.len(), 1);
        assert_eq!(
            experiment_selectors(&owned),
            Some(vec![
                "app=x,t=base".to_string(),
                "app=x,t=canary".to_string()
            ])
        );
        let bad = json!({"spec": {"templates": [{"selector": {}}]}});
        assert_eq!(experiment_selectors(&[&bad]), None);
        assert_eq!(experiment_selectors(&[]), Some(vec![]));
        assert!(owned_experiments(&json!({}), &exps).is_empty());
    }
}
