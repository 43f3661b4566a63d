//! Small readers and writers of untyped JSON for the simulated controller. Readers take a
//! default when a field is missing or odd; writers return [`Malformed`] instead of panicking
//! when the object on the path is not an object (someone applied something strange), so the
//! controller can skip that one object and carry on.

use jiff::Timestamp;
use serde_json::{Map, Value, json};

use crate::apiserver::Store;

/// An object the controller cannot write into: a field it must set sits below a value that is
/// not an object. The tick skips the object and names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Malformed;

/// The result of one reconciliation step.
pub type Step<T = ()> = Result<T, Malformed>;

pub use crate::model::{at, str_at};

/// An integer written as a number or a decimal string (Kubernetes stores both).
pub fn i64_at(v: &Value, path: &[&str]) -> Option<i64> {
    at(v, path).and_then(crate::model::int_or_numeric_string)
}

pub fn meta<'a>(v: &'a Value, field: &str) -> &'a str {
    str_at(v, &["metadata", field])
}

pub fn ts(v: &Value, path: &[&str]) -> Option<Timestamp> {
    str_at(v, path).parse().ok()
}

pub fn is_true(v: &Value, path: &[&str]) -> bool {
    at(v, path) == Some(&json!(true))
}

/// The field `key` of `v` for writing, created as null when missing, as `v[key]` would, but
/// an error instead of a panic when `v` is neither an object nor null.
pub fn slot<'a>(v: &'a mut Value, key: &str) -> Step<&'a mut Value> {
    if v.is_null() {
        *v = json!({});
    }
    let map = v.as_object_mut().ok_or(Malformed)?;
    Ok(map.entry(key).or_insert(Value::Null))
}

/// `v[key] = value` without the panic.
pub fn set(v: &mut Value, key: &str, value: Value) -> Step {
    *slot(v, key)? = value;
    Ok(())
}

/// The object at `v[key]`, replaced by `{}` when it is anything else.
pub fn obj_mut<'a>(v: &'a mut Value, key: &str) -> Step<&'a mut Map<String, Value>> {
    let s = slot(v, key)?;
    if !s.is_object() {
        *s = json!({});
    }
    s.as_object_mut().ok_or(Malformed)
}

/// The array at `v[key]`, replaced by `[]` when it is anything else.
pub fn arr_mut<'a>(v: &'a mut Value, key: &str) -> Step<&'a mut Vec<Value>> {
    let s = slot(v, key)?;
    if !s.is_array() {
        *s = json!([]);
    }
    s.as_array_mut().ok_or(Malformed)
}

/// Removes `keys` from `v` when it is an object.
pub fn remove(v: &mut Value, keys: &[&str]) {
    if let Some(m) = v.as_object_mut() {
        for k in keys {
            m.remove(*k);
        }
    }
}

/// RFC 3339 in whole seconds, as the API server writes times.
pub fn rfc3339(t: Timestamp) -> String {
    Timestamp::from_second(t.as_second())
        .unwrap_or(t)
        .to_string()
}

/// Whether every field set in `small` has the same value in `big`.
pub fn subset(small: &Value, big: &Value) -> bool {
    match (small, big) {
        (Value::Object(a), Value::Object(b)) => a
            .iter()
            .all(|(k, v)| v.is_null() || b.get(k).is_some_and(|w| subset(v, w))),
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| subset(x, y))
        }
        _ => small == big,
    }
}

/// Writes `new` over `old` in the store when they differ.
pub fn save(store: &mut Store, api_version: &str, plural: &str, old: &Value, new: Value) {
    if *old != new {
        let (ns, name) = (meta(old, "namespace"), meta(old, "name"));
        store.mutate(api_version, plural, ns, name, |o| *o = new);
    }
}

/// The ownerReferences of an object this controller creates: controlled by `owner`.
pub fn owner_ref(owner: &Value, api_version: &str, kind: &str) -> Value {
    json!([{
        "apiVersion": api_version, "kind": kind, "name": meta(owner, "name"),
        "uid": meta(owner, "uid"), "controller": true, "blockOwnerDeletion": true
    }])
}

/// Sets (or updates) a status condition, moving its times only when something changed.
pub fn set_condition(
    st: &mut Value,
    kind: &str,
    status: &str,
    reason: &str,
    msg: &str,
    now: &str,
) -> Step {
    let conds = arr_mut(st, "conditions")?;
    match conds.iter_mut().find(|c| str_at(c, &["type"]) == kind) {
        Some(c) => {
            let status_changed = str_at(c, &["status"]) != status;
            if status_changed {
                set(c, "lastTransitionTime", json!(now))?;
            }
            if status_changed || str_at(c, &["reason"]) != reason || str_at(c, &["message"]) != msg
            {
                set(c, "lastUpdateTime", json!(now))?;
                set(c, "status", json!(status))?;
                set(c, "reason", json!(reason))?;
                set(c, "message", json!(msg))?;
            }
        }
        None => conds.push(json!({
            "type": kind, "status": status, "reason": reason, "message": msg,
            "lastTransitionTime": now, "lastUpdateTime": now
        })),
    }
    Ok(())
}

/// The Progressing condition the controller sets once when an update is aborted.
pub fn mark_aborted(st: &mut Value, rev: u64, now_s: &str) -> Step {
    let already = st
        .get("conditions")
        .and_then(Value::as_array)
        .is_some_and(|c| c.iter().any(|c| str_at(c, &["reason"]) == "RolloutAborted"));
    if already {
        return Ok(());
    }
    set_condition(
        st,
        "Progressing",
        "False",
        "RolloutAborted",
        &format!("Rollout aborted update to revision {rev}"),
        now_s,
    )
}

/// The Progressing condition of an update that is not aborted: available once the new
/// ReplicaSet is the stable (or active) one with every replica ready.
pub fn mark_progressing(st: &mut Value, rs_name: &str, done: bool, now_s: &str) -> Step {
    let (reason, msg) = if done {
        (
            "NewReplicaSetAvailable",
            format!("ReplicaSet \"{rs_name}\" has successfully progressed."),
        )
    } else {
        (
            "ReplicaSetUpdated",
            format!("ReplicaSet \"{rs_name}\" is progressing."),
        )
    };
    set_condition(st, "Progressing", "True", reason, &msg, now_s)?;
    remove(st, &["abortedAt"]);
    Ok(())
}

pub fn has_pause(st: &Value, reason: &str) -> bool {
    st.get("pauseConditions")
        .and_then(Value::as_array)
        .is_some_and(|c| c.iter().any(|p| str_at(p, &["reason"]) == reason))
}

pub fn pause_start(st: &Value, reason: &str) -> Option<Timestamp> {
    st.get("pauseConditions")
        .and_then(Value::as_array)?
        .iter()
        .find(|p| str_at(p, &["reason"]) == reason)
        .and_then(|p| ts(p, &["startTime"]))
}

pub fn clear_pause(st: &mut Value) -> Step {
    remove(st, &["pauseConditions"]);
    set(st, "controllerPause", json!(false))
}

pub fn add_pause(st: &mut Value, reason: &str, now: &str) -> Step {
    arr_mut(st, "pauseConditions")?.push(json!({"reason": reason, "startTime": now}));
    set(st, "controllerPause", json!(true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writing_below_a_value_that_is_not_an_object_is_an_error_not_a_panic() {
        let mut v = json!({"status": [1, 2]});
        assert_eq!(set(&mut v["status"], "phase", json!("x")), Err(Malformed));
        assert!(obj_mut(&mut json!("text"), "a").is_err());
        let mut null = Value::Null;
        set(&mut null, "a", json!(1)).unwrap();
        assert_eq!(
            null,
            json!({"a": 1}),
            "null becomes an object, as v[key] = .. does"
        );
    }
}
