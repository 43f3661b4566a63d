//! Helpers for the I/O layer: label selectors as `labelSelector` query strings, ownership, and
//! which selectors to list an experiment's ReplicaSets and pods by.

use serde_json::Value;

use crate::model::{POD_TEMPLATE_HASH_LABEL as POD_TEMPLATE_HASH, is_controlled_by, uid_of};

/// A LabelSelector (`matchLabels`, `matchExpressions` with In, NotIn, Exists, DoesNotExist) as a
/// `labelSelector` query value: `a=b,tier in (x,y),tier notin (z),k,!k`, requirements sorted by
/// key like Kubernetes prints them.
///
/// None when the selector is empty, not an object, or holds anything we cannot express safely
/// (unknown operator, In without values, invalid label syntax). None means "no server-side
/// filter": the caller lists without a selector and relies on the owner-UID filtering the view
/// builder does anyway.
pub fn selector_to_query(selector: &Value) -> Option<String> {
    let reqs = requirements(selector)?;
    if reqs.is_empty() {
        return None;
    }
    Some(join(reqs))
}

/// The requirements of a selector as (key, text) pairs sorted by key; None when it cannot be
/// expressed safely (see [`selector_to_query`]). An empty selector gives an empty list.
fn requirements(selector: &Value) -> Option<Vec<(String, String)>> {
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
    reqs.sort_by(|a, b| a.0.cmp(&b.0));
    Some(reqs)
}

fn join(reqs: Vec<(String, String)>) -> String {
    reqs.into_iter()
        .map(|(_, r)| r)
        .collect::<Vec<_>>()
        .join(",")
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

/// The rollout's `spec.selector` as a query (see [`selector_to_query`]).
pub fn rollout_selector_query(rollout: &Value) -> Option<String> {
    selector_to_query(rollout.get("spec")?.get("selector")?)
}

/// The experiments among `experiments` that belong to `rollout` (it is their controlling
/// owner), in the given order.
pub fn owned_experiments<'a>(rollout: &Value, experiments: &'a [Value]) -> Vec<&'a Value> {
    let Some(uid) = uid_of(rollout) else {
        return Vec::new();
    };
    experiments
        .iter()
        .filter(|e| is_controlled_by(e, uid))
        .collect()
}

/// One server-side selector for the ReplicaSets and Pods of an experiment.
///
/// The experiment controller gives each template's ReplicaSet its own hash: it takes the
/// template's selector (copied from the rollout's ReplicaSet, so carrying the *rollout's*
/// hash) and overrides `rollouts-pod-template-hash` with the hash it reports in
/// `status.templateStatuses[].podTemplateHash`. Listing by the templates' selectors would
/// therefore find the rollout's ReplicaSet, not the experiment's. So: the requirements all
/// templates' selectors share, without the hash, plus `rollouts-pod-template-hash in (…)` with
/// the reported hashes (left out when none is reported, e.g. an older controller).
///
/// None when nothing can be expressed (no templates, an odd selector, nothing shared and no
/// hashes): then list without a selector and rely on the owner-UID filter.
pub fn experiment_selector(experiment: &Value) -> Option<String> {
    let templates = experiment.get("spec")?.get("templates")?.as_array()?;
    let mut shared: Option<Vec<(String, String)>> = None;
    for t in templates {
        let reqs: Vec<(String, String)> = requirements(t.get("selector")?)?
            .into_iter()
            .filter(|(k, _)| k != POD_TEMPLATE_HASH)
            .collect();
        shared = Some(match shared {
            None => reqs,
            Some(prev) => prev.into_iter().filter(|r| reqs.contains(r)).collect(),
        });
    }
    let mut reqs = shared?;
    let mut hashes: Vec<&str> = experiment
        .get("status")
        .and_then(|s| s.get("templateStatuses"))
        .and_then(Value::as_array)
        .map(|ts| {
            ts.iter()
                .filter_map(|t| t.get("podTemplateHash").and_then(Value::as_str))
                .filter(|h| valid_name(h))
                .collect()
        })
        .unwrap_or_default();
    hashes.sort_unstable();
    hashes.dedup();
    if !hashes.is_empty() {
        reqs.push((
            POD_TEMPLATE_HASH.to_string(),
            format!("{POD_TEMPLATE_HASH} in ({})", hashes.join(",")),
        ));
        reqs.sort_by(|a, b| a.0.cmp(&b.0));
    }
    if reqs.is_empty() {
        return None;
    }
    Some(join(reqs))
}

/// The `labelSelector`s to list a rollout's AnalysisRuns by; `None` in the list means the
/// whole namespace. The owner-UID filter in the view still decides what is shown.
///
/// The controller labels every AnalysisRun it starts for a rollout with
/// `rollouts-pod-template-hash` = the hash of the ReplicaSet under analysis, so one read by the
/// hashes of the rollout's ReplicaSets (and of its experiments' templates) finds them without
/// the AnalysisRuns of every other rollout of the namespace. Experiments start AnalysisRuns
/// without that label: when the rollout owns experiments, a second read takes the unlabelled
/// ones. Without any hash to go by, the whole namespace.
pub fn analysis_run_selectors(
    rollout: &Value,
    replica_sets: &[Value],
    experiments: &[Value],
) -> Vec<Option<String>> {
    let Some(uid) = uid_of(rollout) else {
        return vec![None];
    };
    let label = |o: &Value| -> Option<String> {
        o.get("metadata")?
            .get("labels")?
            .get(POD_TEMPLATE_HASH)?
            .as_str()
            .map(str::to_string)
    };
    let status = rollout.get("status");
    let from_status = ["currentPodHash", "stableRS"]
        .into_iter()
        .filter_map(|k| status?.get(k)?.as_str().map(str::to_string));
    let owned_experiments: Vec<&Value> = experiments
        .iter()
        .filter(|e| is_controlled_by(e, uid))
        .collect();
    let from_experiments = owned_experiments.iter().flat_map(|e| {
        e.get("status")
            .and_then(|s| s.get("templateStatuses"))
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .filter_map(|t| t.get("podTemplateHash")?.as_str().map(str::to_string))
    });
    let mut hashes: Vec<String> = replica_sets
        .iter()
        .filter(|r| is_controlled_by(r, uid))
        .filter_map(label)
        .chain(from_status)
        .chain(from_experiments)
        .filter(|h| valid_name(h))
        .collect();
    hashes.sort_unstable();
    hashes.dedup();
    if hashes.is_empty() {
        return vec![None];
    }
    let mut out = vec![Some(format!(
        "{POD_TEMPLATE_HASH} in ({})",
        hashes.join(",")
    ))];
    if !owned_experiments.is_empty() {
        out.push(Some(format!("!{POD_TEMPLATE_HASH}")));
    }
    out
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
    fn experiment_selection() {
        let ro =
            json!({"metadata": {"uid": "ro"}, "spec": {"selector": {"matchLabels": {"app": "x"}}}});
        assert_eq!(rollout_selector_query(&ro).as_deref(), Some("app=x"));
        let exps = vec![
            json!({"metadata": {"name": "e1", "ownerReferences": [{"uid": "ro", "controller": true}]}}),
            json!({"metadata": {"name": "e2", "ownerReferences": [{"uid": "other", "controller": true}]}}),
        ];
        let owned = owned_experiments(&ro, &exps);
        assert_eq!(owned.len(), 1);
        assert_eq!(owned[0]["metadata"]["name"], "e1");
        assert!(owned_experiments(&json!({}), &exps).is_empty());
    }

    /// Shaped like what the rollout and experiment controllers write: the templates' selectors
    /// carry the rollout ReplicaSets' hashes, the status the experiment's own.
    fn experiment(templates: Value, statuses: Value) -> Value {
        json!({"spec": {"templates": templates}, "status": {"templateStatuses": statuses}})
    }

    fn template(name: &str, labels: Value) -> Value {
        json!({"name": name, "selector": {"matchLabels": labels}})
    }

    #[test]
    fn experiment_selector_uses_the_reported_hashes_not_the_templates() {
        let ex = experiment(
            json!([
                template(
                    "baseline",
                    json!({"app": "search", POD_TEMPLATE_HASH: "6d8f7b9c45"})
                ),
                template(
                    "canary",
                    json!({"app": "search", POD_TEMPLATE_HASH: "8b5c9d7f46"})
                ),
            ]),
            json!([
                {"name": "baseline", "podTemplateHash": "9f6d8c7b54"},
                {"name": "canary", "podTemplateHash": "5b9d6c8f47"},
            ]),
        );
        assert_eq!(
            experiment_selector(&ex).as_deref(),
            Some("app=search,rollouts-pod-template-hash in (5b9d6c8f47,9f6d8c7b54)")
        );
    }

    #[test]
    fn experiment_selector_keeps_only_what_all_templates_share() {
        let ex = experiment(
            json!([
                template("a", json!({"app": "s", "t": "a", POD_TEMPLATE_HASH: "h1"})),
                template("b", json!({"app": "s", "t": "b", POD_TEMPLATE_HASH: "h1"})),
            ]),
            json!([{"name": "a", "podTemplateHash": "x1"}, {"name": "b"}]),
        );
        assert_eq!(
            experiment_selector(&ex).as_deref(),
            Some("app=s,rollouts-pod-template-hash in (x1)")
        );
        // No hash reported yet (older controller, or nothing created): the shared labels.
        let ex = experiment(
            json!([template("a", json!({"app": "s", POD_TEMPLATE_HASH: "h1"}))]),
            json!(null),
        );
        assert_eq!(experiment_selector(&ex).as_deref(), Some("app=s"));
        // A malformed hash is not sent to the server.
        let ex = experiment(
            json!([template("a", json!({"app": "s"}))]),
            json!([{"podTemplateHash": "not valid!"}, {"podTemplateHash": 7}]),
        );
        assert_eq!(experiment_selector(&ex).as_deref(), Some("app=s"));
    }

    #[test]
    fn experiment_selector_is_none_when_nothing_can_narrow() {
        for ex in [
            json!({}),
            json!({"spec": {"templates": []}}),
            json!({"spec": {"templates": "x"}}),
            experiment(json!([{"name": "a"}]), json!([{"podTemplateHash": "h"}])),
            experiment(
                json!([
                    template("a", json!({"a": "1"})),
                    template("b", json!({"b": "2"}))
                ]),
                json!([]),
            ),
            experiment(
                json!([{"name": "a", "selector": {"matchExpressions": [{"key": "k", "operator": "Gt"}]}}]),
                json!([{"podTemplateHash": "h"}]),
            ),
        ] {
            assert_eq!(experiment_selector(&ex), None, "{ex}");
        }
    }

    #[test]
    fn analysis_runs_are_read_by_the_rollouts_hashes() {
        let ro = json!({"metadata": {"uid": "ro"},
            "status": {"currentPodHash": "c3", "stableRS": "s2"}});
        let rs = |hash: &str, owner: &str| {
            json!({"metadata": {"labels": {POD_TEMPLATE_HASH: hash},
                "ownerReferences": [{"uid": owner, "controller": true}]}})
        };
        let rss = vec![
            rs("s2", "ro"),
            rs("old1", "ro"),
            rs("c3", "ro"),
            rs("zz", "other"),
        ];
        assert_eq!(
            analysis_run_selectors(&ro, &rss, &[]),
            vec![Some(
                "rollouts-pod-template-hash in (c3,old1,s2)".to_string()
            )]
        );
        // Owned experiments add their templates' hashes and the unlabelled runs they start.
        let exps = vec![
            json!({"metadata": {"ownerReferences": [{"uid": "ro", "controller": true}]},
                "status": {"templateStatuses": [{"podTemplateHash": "e1"}, {"name": "x"}]}}),
            json!({"metadata": {"ownerReferences": [{"uid": "other", "controller": true}]},
                "status": {"templateStatuses": [{"podTemplateHash": "e9"}]}}),
        ];
        assert_eq!(
            analysis_run_selectors(&ro, &rss, &exps),
            vec![
                Some("rollouts-pod-template-hash in (c3,e1,old1,s2)".to_string()),
                Some("!rollouts-pod-template-hash".to_string()),
            ]
        );
    }

    #[test]
    fn analysis_runs_of_the_whole_namespace_without_hashes() {
        // No uid: nothing can be owned, but do not guess either.
        assert_eq!(analysis_run_selectors(&json!({}), &[], &[]), vec![None]);
        // A new rollout without ReplicaSets or status hashes.
        let ro = json!({"metadata": {"uid": "ro"}, "status": {}});
        assert_eq!(analysis_run_selectors(&ro, &[], &[]), vec![None]);
        // A hash that is not a valid label value is never sent.
        let ro = json!({"metadata": {"uid": "ro"}, "status": {"currentPodHash": "a b"}});
        assert_eq!(analysis_run_selectors(&ro, &[], &[]), vec![None]);
    }
}
