//! JSON merge patch (RFC 7386) and JSON patch (RFC 6902) on `serde_json::Value`, the one
//! implementation: the API server applies patches with it, and `--dry-run` previews a plan
//! with it. Our own code rather than the `json-patch` crate: the server must answer with
//! kube-apiserver's own error texts and status codes (400 for a malformed patch, 422 for one
//! that does not apply), which that crate's errors do not carry, and the whole of it is a
//! few hundred lines with its tests.

use serde_json::Value;

/// Why a patch could not be applied. The server maps `Malformed` to 400 (the patch document
/// itself is wrong) and `Failed` to 422 (a well-formed operation did not apply), as
/// kube-apiserver does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatchError {
    Malformed(String),
    Failed(String),
}

/// RFC 7386: objects merge recursively, `null` deletes, anything else replaces.
pub fn merge_patch(target: &mut Value, patch: &Value) {
    let Value::Object(patch_map) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(serde_json::Map::new());
    }
    let Value::Object(target_map) = target else {
        return;
    };
    for (key, value) in patch_map {
        if value.is_null() {
            target_map.remove(key);
        } else {
            merge_patch(target_map.entry(key.clone()).or_insert(Value::Null), value);
        }
    }
}

/// Splits a JSON pointer into unescaped reference tokens (`~1` is `/`, `~0` is `~`).
fn pointer_tokens(pointer: &str) -> Result<Vec<String>, PatchError> {
    if pointer.is_empty() {
        return Ok(Vec::new());
    }
    let Some(rest) = pointer.strip_prefix('/') else {
        return Err(PatchError::Failed(format!(
            "invalid JSON pointer \"{pointer}\": must start with '/'"
        )));
    };
    Ok(rest
        .split('/')
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect())
}

fn array_index(token: &str, len: usize, allow_end: bool) -> Result<usize, PatchError> {
    let valid = !token.is_empty()
        && token.chars().all(|c| c.is_ascii_digit())
        && (token == "0" || !token.starts_with('0'));
    let idx = if valid {
        token.parse::<usize>().ok()
    } else {
        None
    };
    match idx {
        Some(i) if i < len || (allow_end && i == len) => Ok(i),
        _ => Err(PatchError::Failed(format!(
            "array index out of bounds: {token} (length {len})"
        ))),
    }
}

fn get_mut<'a>(
    doc: &'a mut Value,
    tokens: &[String],
    path: &str,
) -> Result<&'a mut Value, PatchError> {
    let mut cur = doc;
    for t in tokens {
        cur = match cur {
            Value::Object(m) => m
                .get_mut(t)
                .ok_or_else(|| PatchError::Failed(format!("doc is missing path: \"{path}\"")))?,
            Value::Array(a) => {
                let i = array_index(t, a.len(), false)?;
                &mut a[i]
            }
            _ => {
                return Err(PatchError::Failed(format!(
                    "doc is missing path: \"{path}\""
                )));
            }
        };
    }
    Ok(cur)
}

fn get(doc: &Value, path: &str) -> Result<Value, PatchError> {
    pointer_tokens(path)?;
    doc.pointer(path)
        .cloned()
        .ok_or_else(|| PatchError::Failed(format!("doc is missing path: \"{path}\"")))
}

fn add(doc: &mut Value, path: &str, value: Value) -> Result<(), PatchError> {
    let tokens = pointer_tokens(path)?;
    let Some((last, parents)) = tokens.split_last() else {
        *doc = value;
        return Ok(());
    };
    match get_mut(doc, parents, path)? {
        Value::Object(m) => {
            m.insert(last.clone(), value);
            Ok(())
        }
        Value::Array(a) => {
            let i = if last == "-" {
                a.len()
            } else {
                array_index(last, a.len(), true)?
            };
            a.insert(i, value);
            Ok(())
        }
        _ => Err(PatchError::Failed(format!(
            "add operation does not apply: doc is missing path: \"{path}\""
        ))),
    }
}

fn remove(doc: &mut Value, path: &str) -> Result<Value, PatchError> {
    let tokens = pointer_tokens(path)?;
    let Some((last, parents)) = tokens.split_last() else {
        return Err(PatchError::Failed(
            "unable to remove the whole document".into(),
        ));
    };
    match get_mut(doc, parents, path)? {
        Value::Object(m) => m.remove(last).ok_or_else(|| {
            PatchError::Failed(format!(
                "remove operation does not apply: doc is missing path: \"{path}\""
            ))
        }),
        Value::Array(a) => {
            let i = array_index(last, a.len(), false)?;
            Ok(a.remove(i))
        }
        _ => Err(PatchError::Failed(format!(
            "remove operation does not apply: doc is missing path: \"{path}\""
        ))),
    }
}

fn string_field(
    op: &serde_json::Map<String, Value>,
    name: &str,
    kind: &str,
) -> Result<String, PatchError> {
    op.get(name)
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| {
            PatchError::Malformed(format!(
                "{kind} operation missing or invalid '{name}' field"
            ))
        })
}

/// RFC 6902, all six operations, applied atomically: on error `doc` is left unchanged.
pub fn json_patch(doc: &mut Value, patch: &Value) -> Result<(), PatchError> {
    let Value::Array(ops) = patch else {
        return Err(PatchError::Malformed(
            "json: cannot unmarshal object into Go value of type jsonpatch.Patch".into(),
        ));
    };
    let mut work = doc.clone();
    for op in ops {
        let Value::Object(op) = op else {
            return Err(PatchError::Malformed(
                "json patch operation must be an object".into(),
            ));
        };
        let kind = op.get("op").and_then(Value::as_str).unwrap_or("");
        let path = string_field(op, "path", kind)?;
        let value = || {
            op.get("value").cloned().ok_or_else(|| {
                PatchError::Malformed(format!("{kind} operation missing 'value' field"))
            })
        };
        match kind {
            "add" => add(&mut work, &path, value()?)?,
            "remove" => {
                remove(&mut work, &path)?;
            }
            "replace" => {
                let tokens = pointer_tokens(&path)?;
                let target = get_mut(&mut work, &tokens, &path).map_err(|_| {
                    PatchError::Failed(format!(
                        "replace operation does not apply: doc is missing key: {path}"
                    ))
                })?;
                *target = value()?;
            }
            "move" => {
                let from = string_field(op, "from", kind)?;
                if path.starts_with(&format!("{from}/")) {
                    return Err(PatchError::Failed(format!(
                        "cannot move \"{from}\" into its own child \"{path}\""
                    )));
                }
                let moved = remove(&mut work, &from)?;
                add(&mut work, &path, moved)?;
            }
            "copy" => {
                let from = string_field(op, "from", kind)?;
                let copied = get(&work, &from)?;
                add(&mut work, &path, copied)?;
            }
            "test" => {
                let want = value()?;
                let have = get(&work, &path).ok();
                if have.as_ref() != Some(&want) {
                    return Err(PatchError::Failed(format!(
                        "testing value {path} failed: test failed"
                    )));
                }
            }
            other => return Err(PatchError::Malformed(format!("Unexpected kind: {other}"))),
        }
    }
    *doc = work;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn merge_patch_follows_rfc7386_examples() {
        // Cases from RFC 7386 appendix A.
        let cases = [
            (json!({"a": "b"}), json!({"a": "c"}), json!({"a": "c"})),
            (
                json!({"a": "b"}),
                json!({"b": "c"}),
                json!({"a": "b", "b": "c"}),
            ),
            (json!({"a": "b"}), json!({"a": null}), json!({})),
            (
                json!({"a": "b", "b": "c"}),
                json!({"a": null}),
                json!({"b": "c"}),
            ),
            (json!({"a": ["b"]}), json!({"a": "c"}), json!({"a": "c"})),
            (json!({"a": "c"}), json!({"a": ["b"]}), json!({"a": ["b"]})),
            (
                json!({"a": {"b": "c"}}),
                json!({"a": {"b": "d", "c": null}}),
                json!({"a": {"b": "d"}}),
            ),
            (
                json!({"a": [{"b": "c"}]}),
                json!({"a": [1]}),
                json!({"a": [1]}),
            ),
            (json!(["a", "b"]), json!(["c", "d"]), json!(["c", "d"])),
            (json!({"a": "b"}), json!(["c"]), json!(["c"])),
            (json!({"a": "foo"}), json!(null), json!(null)),
            (json!({"a": "foo"}), json!("bar"), json!("bar")),
            (
                json!({"e": null}),
                json!({"a": 1}),
                json!({"e": null, "a": 1}),
            ),
            (
                json!([1, 2]),
                json!({"a": "b", "c": null}),
                json!({"a": "b"}),
            ),
            (
                json!({}),
                json!({"a": {"bb": {"ccc": null}}}),
                json!({"a": {"bb": {}}}),
            ),
        ];
        for (mut target, patch, want) in cases {
            merge_patch(&mut target, &patch);
            assert_eq!(target, want, "patch {patch}");
        }
    }

    #[test]
    fn json_patch_add_remove_replace() {
        let mut doc =
            json!({"spec": {"steps": [{"setWeight": 20}, {"pause": {}}], "paused": true}});
        json_patch(
            &mut doc,
            &json!([
                {"op": "add", "path": "/spec/steps/1", "value": {"setWeight": 40}},
                {"op": "add", "path": "/spec/steps/-", "value": {"setWeight": 100}},
                {"op": "remove", "path": "/spec/paused"},
                {"op": "replace", "path": "/spec/steps/0/setWeight", "value": 10},
            ]),
        )
        .unwrap();
        assert_eq!(
            doc,
            json!({"spec": {"steps": [{"setWeight": 10}, {"setWeight": 40}, {"pause": {}}, {"setWeight": 100}]}})
        );
    }

    #[test]
    fn json_patch_move_copy_and_escaping() {
        let mut doc = json!({"metadata": {"annotations": {"a/b": "x", "c~d": "y"}}, "spec": {}});
        json_patch(
            &mut doc,
            &json!([
                {"op": "copy", "from": "/metadata/annotations/a~1b", "path": "/spec/copied"},
                {"op": "move", "from": "/metadata/annotations/c~0d", "path": "/spec/moved"},
                {"op": "test", "path": "/spec/copied", "value": "x"},
            ]),
        )
        .unwrap();
        assert_eq!(
            doc,
            json!({"metadata": {"annotations": {"a/b": "x"}}, "spec": {"copied": "x", "moved": "y"}})
        );
    }

    #[test]
    fn failed_test_op_leaves_document_unchanged() {
        let original = json!({"metadata": {"resourceVersion": "7"}, "spec": {"paused": false}});
        let mut doc = original.clone();
        let err = json_patch(
            &mut doc,
            &json!([
                {"op": "replace", "path": "/spec/paused", "value": true},
                {"op": "test", "path": "/metadata/resourceVersion", "value": "6"},
            ]),
        )
        .unwrap_err();
        assert_eq!(
            err,
            PatchError::Failed(
                "testing value /metadata/resourceVersion failed: test failed".into()
            )
        );
        assert_eq!(doc, original);
    }

    #[test]
    fn json_patch_errors() {
        let mut doc = json!({"a": [1, 2], "b": {}});
        let failed =
            |p: Value, doc: &mut Value| matches!(json_patch(doc, &p), Err(PatchError::Failed(_)));
        assert!(failed(
            json!([{"op": "remove", "path": "/missing"}]),
            &mut doc
        ));
        assert!(failed(
            json!([{"op": "replace", "path": "/b/missing", "value": 1}]),
            &mut doc
        ));
        assert!(failed(
            json!([{"op": "add", "path": "/a/3", "value": 1}]),
            &mut doc
        ));
        assert!(failed(
            json!([{"op": "add", "path": "/a/01", "value": 1}]),
            &mut doc
        ));
        assert!(failed(
            json!([{"op": "add", "path": "/x/y", "value": 1}]),
            &mut doc
        ));
        assert!(failed(
            json!([{"op": "test", "path": "/missing", "value": null}]),
            &mut doc
        ));
        assert!(failed(
            json!([{"op": "move", "from": "/b", "path": "/b/c"}]),
            &mut doc
        ));
        let malformed = |p: Value, doc: &mut Value| {
            matches!(json_patch(doc, &p), Err(PatchError::Malformed(_)))
        };
        assert!(malformed(json!({"op": "add"}), &mut doc));
        assert!(malformed(
            json!([{"op": "frobnicate", "path": "/a"}]),
            &mut doc
        ));
        assert!(malformed(json!([{"op": "add", "path": "/a"}]), &mut doc));
        assert_eq!(doc, json!({"a": [1, 2], "b": {}}));
    }
}
