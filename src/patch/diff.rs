//! Comparing pod templates: the "already matches" test of undo (the diff text itself is in
//! `render::diff`).

use serde_json::Value;

/// Whether every field set in `current` has the same value in `target`.
///
/// The server fills defaults into ReplicaSet templates (`terminationMessagePath`,
/// `imagePullPolicy`, …), so fields only the target has do not count as differences. A
/// `null`, `{}` or `[]` in `current` sets nothing and matches a missing field. Arrays are
/// compared element-wise with the same rule when both have the same length, and differ
/// otherwise (a removed container is a real difference). Numbers compare by value (`1` = `1.0`).
pub fn is_subset(current: &Value, target: &Value) -> bool {
    match (current, target) {
        (Value::Object(c), Value::Object(t)) => c.iter().all(|(k, cv)| match t.get(k) {
            Some(tv) => is_subset(cv, tv),
            None => sets_nothing(cv),
        }),
        (Value::Object(c), _) if c.is_empty() => true,
        (Value::Array(c), Value::Array(t)) => {
            c.len() == t.len() && c.iter().zip(t).all(|(cv, tv)| is_subset(cv, tv))
        }
        (Value::Array(c), _) if c.is_empty() => true,
        (Value::Null, _) => true,
        (Value::Number(a), Value::Number(b)) => a == b || a.as_f64() == b.as_f64(),
        (c, t) => c == t,
    }
}

fn sets_nothing(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Object(m) => m.is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn subset_ignores_fields_only_the_target_has() {
        let current = json!({"spec": {"containers": [{"name": "app", "image": "a:1"}]}});
        let target = json!({"spec": {"containers": [{"name": "app", "image": "a:1",
            "imagePullPolicy": "IfNotPresent"}], "dnsPolicy": "ClusterFirst"}});
        assert!(is_subset(&current, &target));
        assert!(!is_subset(&target, &current));
    }

    #[test]
    fn subset_detects_changed_values_and_array_lengths() {
        let one = json!({"containers": [{"name": "app", "image": "a:1"}]});
        let other_image = json!({"containers": [{"name": "app", "image": "a:2"}]});
        let two = json!({"containers": [{"name": "app", "image": "a:1"}, {"name": "b"}]});
        assert!(!is_subset(&one, &other_image));
        assert!(!is_subset(&one, &two));
        assert!(!is_subset(&two, &one));
    }

    #[test]
    fn subset_treats_empty_and_null_as_unset() {
        let current = json!({"a": null, "b": {}, "c": [], "d": 1});
        assert!(is_subset(&current, &json!({"d": 1})));
        assert!(!is_subset(&json!({"c": []}), &json!({"c": [1]})));
        assert!(is_subset(&json!({"n": 1}), &json!({"n": 1.0})));
        assert!(!is_subset(&json!({"n": "1"}), &json!({"n": 1})));
    }
}
