//! The REST verbs on the store: list (paged, with selectors), create, patch and the update
//! they share, with kube-apiserver's answers for each failure.

use serde_json::{Value, json};

use super::*;

/// Hex-encodes the last key of a page: opaque to clients, like the real continue token.
fn continue_token(ns: &str, name: &str) -> String {
    format!("{ns}/{name}")
        .bytes()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn parse_continue(token: &str) -> Option<(String, String)> {
    let bytes: Option<Vec<u8>> = (0..token.len())
        .step_by(2)
        .map(|i| {
            token
                .get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        })
        .collect();
    let s = String::from_utf8(bytes?).ok()?;
    let (ns, name) = s.split_once('/')?;
    Some((ns.to_string(), name.to_string()))
}

pub(super) fn list(
    store: &crate::apiserver::Store,
    t: &Target,
    param: &dyn Fn(&str) -> Option<String>,
) -> Answer {
    let (labels, fields) = match selectors(&t.def, param) {
        Ok(s) => s,
        Err(a) => return a,
    };
    let after = match param("continue").filter(|c| !c.is_empty()) {
        Some(c) => match parse_continue(&c) {
            Some(k) => Some(k),
            None => return bad_request("continue key is not valid: illegal base64 data"),
        },
        None => None,
    };
    let limit = param("limit")
        .and_then(|l| l.parse::<usize>().ok())
        .filter(|l| *l > 0);
    // Only the page sent is copied (a namespace of thousands of pods is common).
    let mut items: Vec<Value> = Vec::new();
    let mut remaining = 0usize;
    let matching = store
        .iter_def(&t.def, t.namespace.as_deref())
        .filter(|o| labels.matches_object(o) && fields.matches_object(o))
        .filter(|o| {
            after.as_ref().is_none_or(|(ns, name)| {
                (meta_str(o, "namespace"), meta_str(o, "name")) > (ns.as_str(), name.as_str())
            })
        });
    for o in matching {
        if limit.is_some_and(|l| items.len() >= l) {
            remaining += 1;
        } else {
            items.push(o.clone());
        }
    }
    let mut meta = json!({"resourceVersion": store.resource_version().to_string()});
    if remaining > 0
        && let Some(last) = items.last()
    {
        meta["continue"] = json!(continue_token(
            meta_str(last, "namespace"),
            meta_str(last, "name")
        ));
        meta["remainingItemCount"] = json!(remaining);
    }
    if !t.def.custom {
        // Built-in types are served from typed structs whose list items carry no TypeMeta.
        for item in &mut items {
            if let Some(m) = item.as_object_mut() {
                m.remove("apiVersion");
                m.remove("kind");
            }
        }
    }
    Answer::ok(&json!({
        "kind": format!("{}List", t.def.kind),
        "apiVersion": t.def.api_version(),
        "metadata": meta,
        "items": items,
    }))
}

/// The suffix kube-apiserver appends to a `generateName`.
fn random_suffix() -> String {
    use std::hash::{BuildHasher, Hasher};
    const ALPHABET: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    // RandomState is seeded randomly per process and per instance: enough for test names.
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    let mut bits = h.finish();
    (0..5)
        .map(|_| {
            let c = ALPHABET[(bits % ALPHABET.len() as u64) as usize] as char;
            bits /= ALPHABET.len() as u64;
            c
        })
        .collect()
}

pub(super) fn create(store: &mut crate::apiserver::Store, t: &Target, mut obj: Value) -> Answer {
    if !obj.is_object() {
        return bad_request("the body of the request must be a JSON object");
    }
    if !obj.get("metadata").is_some_and(Value::is_object) {
        obj["metadata"] = json!({});
    }
    // kube-apiserver refuses a body of another type than the path's (kubectl sends both).
    let want_version = t.def.api_version();
    if let Some(v) = obj.get("apiVersion").and_then(Value::as_str)
        && v != want_version
    {
        return bad_request(&format!(
            "the API version in the data ({v}) does not match the expected API version ({want_version})"
        ));
    }
    if let Some(k) = obj.get("kind").and_then(Value::as_str)
        && k != t.def.kind
    {
        return bad_request(&format!(
            "the kind in the data ({k}) does not match the expected kind ({})",
            t.def.kind
        ));
    }
    let ns = t.namespace.clone().unwrap_or_default();
    let body_ns = meta_str(&obj, "namespace");
    if !body_ns.is_empty() && body_ns != ns {
        return bad_request(
            "the namespace of the provided object does not match the namespace sent on the request",
        );
    }
    let mut name = meta_str(&obj, "name").to_string();
    if name.is_empty() {
        let prefix = meta_str(&obj, "generateName").to_string();
        if prefix.is_empty() {
            let msg = format!(
                "{}.{} \"\" is invalid: metadata.name: Required value: name or generateName is required",
                t.def.kind, t.def.group
            );
            return error(422, "Invalid", &msg, None);
        }
        // As kube-apiserver: five random characters from an alphabet without vowels (no
        // words) and without look-alikes; a name already taken is drawn again.
        for _ in 0..16 {
            name = format!("{prefix}{}", random_suffix());
            if store.get_key(&key(t, &name)).is_none() {
                break;
            }
        }
        obj["metadata"]["name"] = json!(name);
    }
    let k = key(t, &name);
    if store.get_key(&k).is_some() {
        let msg = format!("{} \"{name}\" already exists", t.def.group_resource());
        return error(409, "AlreadyExists", &msg, Some(details(&t.def, &name)));
    }
    obj["apiVersion"] = json!(t.def.api_version());
    obj["kind"] = json!(t.def.kind);
    if !ns.is_empty() {
        obj["metadata"]["namespace"] = json!(ns);
    }
    obj["metadata"]["uid"] = json!(store.new_uid());
    obj["metadata"]["creationTimestamp"] = json!(
        jiff::Timestamp::from_second(jiff::Timestamp::now().as_second())
            .map(|t| t.to_string())
            .unwrap_or_default()
    );
    obj["metadata"]["generation"] = json!(1);
    if let Some(m) = obj["metadata"].as_object_mut() {
        m.remove("resourceVersion");
    }
    if t.def.has_status {
        // With a status subresource, create ignores the status the client sent.
        if let Some(m) = obj.as_object_mut() {
            m.remove("status");
        }
    }
    let stored = store.commit(k, obj, EventType::Added, None);
    Answer::json(201, &stored)
}

pub(super) fn apply_patch(
    def: &ResourceDef,
    current: &Value,
    body: &[u8],
    content_type: Option<&str>,
) -> Result<Value, Answer> {
    let media = content_type
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim();
    let accepted = if def.custom {
        "application/json-patch+json, application/merge-patch+json"
    } else {
        "application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json"
    };
    let unsupported = || {
        let msg = format!(
            "the body of the request was in an unknown format - accepted media types include: {accepted}"
        );
        error(415, "UnsupportedMediaType", &msg, None)
    };
    let parse = || serde_json::from_slice::<Value>(body).map_err(|e| bad_request(&e.to_string()));
    let mut doc = current.clone();
    match media {
        "application/merge-patch+json" => merge_patch(&mut doc, &parse()?),
        // Our built-in kinds have no list whose strategic merge key would change the result
        // in the tests' patches, so an RFC 7386 merge stands in for it.
        "application/strategic-merge-patch+json" if !def.custom => merge_patch(&mut doc, &parse()?),
        "application/json-patch+json" => match json_patch(&mut doc, &parse()?) {
            Ok(()) => {}
            Err(PatchError::Malformed(m)) => return Err(bad_request(&m)),
            // kube-apiserver wraps the json-patch library error in a generic 422 response
            // and the library's message does not survive.
            Err(PatchError::Failed(_)) => {
                return Err(error(
                    422,
                    "Invalid",
                    "the server rejected our request due to an error in our request",
                    Some(json!({})),
                ));
            }
        },
        _ => return Err(unsupported()),
    }
    if !doc.is_object() {
        return Err(bad_request("the patched object is not a JSON object"));
    }
    Ok(doc)
}

/// The common end of PUT and PATCH: resourceVersion precondition, status subresource rules,
/// generation, no-op detection, commit.
pub(super) fn commit_update(
    store: &mut crate::apiserver::Store,
    t: &Target,
    current: Value,
    candidate: Value,
) -> Answer {
    let name = meta_str(&current, "name").to_string();
    let cand_name = meta_str(&candidate, "name");
    if !cand_name.is_empty() && cand_name != name {
        let msg = format!(
            "the name of the object ({cand_name}) does not match the name on the URL ({name})"
        );
        return bad_request(&msg);
    }
    let want_rv = meta_str(&candidate, "resourceVersion");
    if !want_rv.is_empty() && want_rv != meta_str(&current, "resourceVersion") {
        return conflict(&t.def, &name);
    }
    let mut next = if t.subresource.is_some() {
        let mut n = current.clone();
        match candidate.get("status") {
            Some(s) => n["status"] = s.clone(),
            None => {
                if let Some(m) = n.as_object_mut() {
                    m.remove("status");
                }
            }
        }
        n
    } else {
        let mut n = candidate;
        if !n.get("metadata").is_some_and(Value::is_object) {
            n["metadata"] = json!({});
        }
        n["apiVersion"] = current["apiVersion"].clone();
        n["kind"] = current["kind"].clone();
        for f in [
            "name",
            "namespace",
            "uid",
            "creationTimestamp",
            "generation",
        ] {
            match current["metadata"].get(f) {
                Some(v) => n["metadata"][f] = v.clone(),
                None => {
                    if let Some(m) = n["metadata"].as_object_mut() {
                        m.remove(f);
                    }
                }
            }
        }
        if t.def.has_status {
            match current.get("status") {
                Some(s) => n["status"] = s.clone(),
                None => {
                    if let Some(m) = n.as_object_mut() {
                        m.remove("status");
                    }
                }
            }
        }
        if n.get("spec") != current.get("spec") {
            let g = current["metadata"]["generation"].as_i64().unwrap_or(1);
            n["metadata"]["generation"] = json!(g + 1);
        }
        n
    };
    next["metadata"]["resourceVersion"] = current["metadata"]["resourceVersion"].clone();
    if next == current {
        // kube-apiserver skips the write when nothing changed: same resourceVersion, no event.
        return Answer::ok(&current);
    }
    let stored = store.commit(key(t, &name), next, EventType::Modified, Some(current));
    Answer::ok(&stored)
}
