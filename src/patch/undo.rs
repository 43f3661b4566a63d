//! `undo`: restore the pod template of an earlier revision, from its ReplicaSet, into the
//! rollout or into the workload the rollout references.

use serde_json::{Value, json};

use super::set_weight::start_revision;
use super::{
    ObjectRef, PatchError, Plan, Write, diff::is_subset, guarded_json, name_of, resource_version,
    str_at,
};

use crate::model::resource::{DEPLOYMENTS, PODTEMPLATES, REPLICASETS};
use crate::model::{POD_TEMPLATE_HASH_LABEL, revision_of};

/// The ReplicaSets `rollout` controls: an ownerReference with the rollout's uid and
/// `controller: true`. A rollout without a uid owns nothing.
pub fn owned_replica_sets<'a>(rollout: &Value, replica_sets: &'a [Value]) -> Vec<&'a Value> {
    let uid = str_at(rollout, &["metadata", "uid"]);
    if uid.is_empty() {
        return Vec::new();
    }
    replica_sets
        .iter()
        .filter(|rs| crate::model::is_controlled_by(rs, uid))
        .collect()
}

/// A ReplicaSet's pod template without the `rollouts-pod-template-hash` label, raw (unknown
/// fields kept). A `labels` map left empty is dropped, as the Go client's omitempty would.
pub fn template_of_replica_set(rs: &Value) -> Option<Value> {
    let mut template = rs.pointer("/spec/template")?.clone();
    if let Some(meta) = template.get_mut("metadata").and_then(Value::as_object_mut) {
        let now_empty = match meta.get_mut("labels").and_then(Value::as_object_mut) {
            Some(labels) => {
                labels.remove(POD_TEMPLATE_HASH_LABEL);
                labels.is_empty()
            }
            None => false,
        };
        if now_empty {
            meta.remove("labels");
        }
    }
    Some(template)
}

/// Where a workload kind keeps its pod template (JSON Pointer), for the kinds a rollout may
/// reference.
pub fn workload_template_path(kind: &str) -> Option<&'static str> {
    match kind {
        "Deployment" | "ReplicaSet" => Some("/spec/template"),
        "PodTemplate" => Some("/template"),
        _ => None,
    }
}

/// The object `spec.workloadRef` names, with the API coordinates to read it; `Ok(None)` when
/// the rollout has no workloadRef, an error for kinds we cannot patch.
pub fn check_workload_ref(rollout: &Value) -> Result<Option<ObjectRef>, PatchError> {
    let Some(wref) = rollout
        .pointer("/spec/workloadRef")
        .filter(|v| v.is_object())
    else {
        return Ok(None);
    };
    let kind = str_at(wref, &["kind"]);
    let name = str_at(wref, &["name"]);
    let resource = match kind {
        "Deployment" => DEPLOYMENTS,
        "ReplicaSet" => REPLICASETS,
        "PodTemplate" => PODTEMPLATES,
        _ => {
            return Err(PatchError::UnsupportedWorkload {
                rollout: name_of(rollout).to_string(),
                kind: kind.to_string(),
                name: name.to_string(),
            });
        }
    };
    Ok(Some(ObjectRef {
        resource,
        namespace: str_at(rollout, &["metadata", "namespace"]).to_string(),
        name: name.to_string(),
    }))
}

/// What the caller must read before calling [`undo`] or [`super::set_image_for_rollout`].
/// None when there is no workloadRef, and also for an unsupported kind (those functions then
/// report the unsupported kind themselves).
pub fn workload_ref(rollout: &Value) -> Option<ObjectRef> {
    check_workload_ref(rollout).ok().flatten()
}

/// The target of a template write: the rollout itself, or its workload. Returns the object to
/// guard with, its reference and the template pointer.
pub(crate) fn template_holder<'a>(
    rollout: &'a Value,
    workload: Option<&'a Value>,
) -> Result<(&'a Value, ObjectRef, &'static str), PatchError> {
    match check_workload_ref(rollout)? {
        None => Ok((rollout, ObjectRef::rollout(rollout), "/spec/template")),
        Some(wref) => {
            let Some(obj) = workload else {
                return Err(PatchError::MissingWorkload {
                    rollout: name_of(rollout).to_string(),
                    kind: wref.kind().to_string(),
                    name: wref.name,
                });
            };
            let got = str_at(obj, &["kind"]);
            if !got.is_empty() && got != wref.kind() {
                return Err(PatchError::WorkloadKindMismatch {
                    rollout: name_of(rollout).to_string(),
                    expected: wref.kind().to_string(),
                    got: got.to_string(),
                });
            }
            let path = workload_template_path(wref.kind()).unwrap_or("/spec/template");
            // The object as read knows its own namespace best.
            let mut target = wref;
            let ns = str_at(obj, &["metadata", "namespace"]);
            if !ns.is_empty() {
                target.namespace = ns.to_string();
            }
            Ok((obj, target, path))
        }
    }
}

/// The template the rollout currently runs: its own, or its workload's.
pub fn current_template(
    rollout: &Value,
    workload: Option<&Value>,
) -> Result<Option<Value>, PatchError> {
    let (holder, _, path) = template_holder(rollout, workload)?;
    Ok(holder.pointer(path).filter(|t| !t.is_null()).cloned())
}

/// Plans `undo`: `to_revision` None or 0 means the previous revision (second highest).
pub fn undo(
    rollout: &Value,
    replica_sets: &[Value],
    workload: Option<&Value>,
    to_revision: Option<u64>,
) -> Result<Plan, PatchError> {
    let name = name_of(rollout);
    let (holder, target_ref, path) = template_holder(rollout, workload)?;

    let mut candidates: Vec<(u64, &Value)> = owned_replica_sets(rollout, replica_sets)
        .into_iter()
        .filter_map(|rs| revision_of(rs).map(|rev| (rev, rs)))
        .collect();
    // Highest revision first; ties broken by name so the choice does not depend on list order.
    candidates.sort_by(|(ra, a), (rb, b)| rb.cmp(ra).then_with(|| name_of(a).cmp(name_of(b))));

    let (revision, rs) = match to_revision.filter(|n| *n > 0) {
        Some(n) => candidates
            .iter()
            .find(|(rev, _)| *rev == n)
            .copied()
            .ok_or(PatchError::RevisionNotFound(n))?,
        None => {
            let latest = candidates.first().map(|(rev, _)| *rev);
            candidates
                .iter()
                .find(|(rev, _)| Some(*rev) != latest)
                .copied()
                .ok_or_else(|| PatchError::NoRevision(name.to_string()))?
        }
    };

    let template =
        template_of_replica_set(rs).ok_or_else(|| PatchError::NoTemplateInReplicaSet {
            name: name_of(rs).to_string(),
            revision,
        })?;

    let current = holder.pointer(path).filter(|t| !t.is_null());
    if let Some(current) = current.filter(|c| c.is_object())
        && is_subset(current, &template)
    {
        return Ok(Plan {
            writes: Vec::new(),
            message: format!(
                "skipped rollback (current template already matches revision {revision})"
            ),
        });
    }

    let rv = resource_version(holder, target_ref.kind())?;
    // `replace` fails on a missing member; `add` sets it either way.
    let op = if current.is_some() { "replace" } else { "add" };
    let body = guarded_json(
        &rv,
        vec![json!({"op": op, "path": path, "value": template})],
    );
    start_revision(
        rollout,
        Write {
            target: target_ref,
            subresource: None,
            body,
        },
        format!("rollout '{name}' undo"),
    )
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assert_first_write, assert_guarded};
    use super::super::{PatchBody, apply_preview};
    use super::*;

    const UID: &str = "uid-web";

    fn rollout(image: &str) -> Value {
        json!({
            "apiVersion": "argoproj.io/v1alpha1",
            "kind": "Rollout",
            "metadata": {"name": "web", "namespace": "prod", "uid": UID, "resourceVersion": "100"},
            "spec": {
                "template": {
                    "metadata": {"labels": {"app": "web"}},
                    "spec": {"containers": [{"name": "app", "image": image}]}
                }
            }
        })
    }

    fn rs(name: &str, revision: &str, image: &str, owner_uid: &str) -> Value {
        json!({
            "metadata": {
                "name": name,
                "annotations": {"rollout.argoproj.io/revision": revision},
                "ownerReferences": [{"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", "name": "web",
                    "uid": owner_uid, "controller": true}]
            },
            "spec": {
                "template": {
                    "metadata": {"labels": {"app": "web", "rollouts-pod-template-hash": format!("h-{name}")}},
                    "spec": {
                        "containers": [{"name": "app", "image": image, "imagePullPolicy": "IfNotPresent"}],
                        "dnsPolicy": "ClusterFirst"
                    }
                }
            }
        })
    }

    fn history() -> Vec<Value> {
        vec![
            rs("web-1", "1", "web:1", UID),
            rs("web-3", "3", "web:3", UID),
            rs("web-2", "2", "web:2", UID),
            rs("other-9", "9", "other:9", "someone-else"),
        ]
    }

    fn expected_template(image: &str) -> Value {
        json!({
            "metadata": {"labels": {"app": "web"}},
            "spec": {
                "containers": [{"name": "app", "image": image, "imagePullPolicy": "IfNotPresent"}],
                "dnsPolicy": "ClusterFirst"
            }
        })
    }

    #[test]
    fn undo_to_the_previous_revision() {
        let plan = undo(&rollout("web:3"), &history(), None, None).unwrap();
        assert_eq!(plan.message, "rollout 'web' undo");
        assert_eq!(plan.writes.len(), 1);
        assert_first_write(
            &plan,
            "/apis/argoproj.io/v1alpha1/namespaces/prod/rollouts/web",
            PatchBody::Json(json!([
                {"op": "test", "path": "/metadata/resourceVersion", "value": "100"},
                {"op": "replace", "path": "/spec/template", "value": expected_template("web:2")}
            ])),
        );
        assert_guarded(&plan, "100");
    }

    #[test]
    fn revision_zero_means_previous() {
        let plan = undo(&rollout("web:3"), &history(), None, Some(0)).unwrap();
        assert_eq!(
            plan.writes[0].body.value()[1]["value"],
            expected_template("web:2")
        );
    }

    #[test]
    fn undo_to_a_given_revision() {
        let plan = undo(&rollout("web:3"), &history(), None, Some(1)).unwrap();
        assert_eq!(
            plan.writes[0].body.value()[1]["value"],
            expected_template("web:1")
        );
    }

    #[test]
    fn missing_revision() {
        assert_eq!(
            undo(&rollout("web:3"), &history(), None, Some(7)),
            Err(PatchError::RevisionNotFound(7))
        );
        // Revision 9 exists, but in a ReplicaSet the rollout does not control.
        assert_eq!(
            undo(&rollout("web:3"), &history(), None, Some(9)),
            Err(PatchError::RevisionNotFound(9))
        );
        assert_eq!(
            PatchError::RevisionNotFound(7).to_string(),
            "unable to find specified revision 7 in history"
        );
    }

    #[test]
    fn no_history() {
        let only_one = vec![rs("web-1", "1", "web:1", UID)];
        let err = undo(&rollout("web:1"), &only_one, None, None).unwrap_err();
        assert_eq!(err, PatchError::NoRevision("web".into()));
        assert_eq!(err.to_string(), "no revision found for rollout \"web\"");
        assert_eq!(
            undo(&rollout("web:1"), &[], None, None),
            Err(PatchError::NoRevision("web".into()))
        );
    }

    #[test]
    fn controller_false_owner_is_not_history() {
        let mut not_controller = rs("web-2", "2", "web:2", UID);
        not_controller["metadata"]["ownerReferences"][0]["controller"] = json!(false);
        let rss = vec![rs("web-3", "3", "web:3", UID), not_controller];
        assert_eq!(
            undo(&rollout("web:3"), &rss, None, None),
            Err(PatchError::NoRevision("web".into()))
        );
    }

    #[test]
    fn non_numeric_revisions_are_skipped() {
        let rss = vec![
            rs("web-3", "3", "web:3", UID),
            rs("web-x", "abc", "web:x", UID),
            rs("web-1", "1", "web:1", UID),
        ];
        let plan = undo(&rollout("web:3"), &rss, None, None).unwrap();
        assert_eq!(
            plan.writes[0].body.value()[1]["value"],
            expected_template("web:1")
        );
    }

    #[test]
    fn hash_label_is_removed_and_unknown_fields_survive() {
        let mut old = rs("web-2", "2", "web:2", UID);
        old["spec"]["template"]["spec"]["futureField"] = json!({"x": [1, 2]});
        old["spec"]["template"]["spec"]["containers"][0]["resizePolicy2"] = json!("keep");
        let rss = vec![rs("web-3", "3", "web:3", UID), old];
        let plan = undo(&rollout("web:3"), &rss, None, None).unwrap();
        let value = &plan.writes[0].body.value()[1]["value"];
        assert_eq!(value["metadata"]["labels"], json!({"app": "web"}));
        assert_eq!(value["spec"]["futureField"], json!({"x": [1, 2]}));
        assert_eq!(
            value["spec"]["containers"][0]["resizePolicy2"],
            json!("keep")
        );
    }

    #[test]
    fn only_label_is_the_hash_drops_labels() {
        let mut old = rs("web-2", "2", "web:2", UID);
        old["spec"]["template"]["metadata"]["labels"] =
            json!({"rollouts-pod-template-hash": "abc"});
        assert_eq!(
            template_of_replica_set(&old).unwrap()["metadata"],
            json!({})
        );
    }

    #[test]
    fn skip_when_the_current_template_is_a_subset_of_the_target() {
        // The rollout runs web:2 already; revision 2's template has server defaults on top.
        let plan = undo(&rollout("web:2"), &history(), None, Some(2)).unwrap();
        assert!(plan.writes.is_empty());
        assert_eq!(
            plan.message,
            "skipped rollback (current template already matches revision 2)"
        );
    }

    #[test]
    fn no_skip_when_the_current_template_has_a_field_the_target_lacks() {
        let mut ro = rollout("web:2");
        ro["spec"]["template"]["spec"]["containers"][0]["args"] = json!(["--debug"]);
        let plan = undo(&ro, &history(), None, Some(2)).unwrap();
        assert_eq!(plan.writes.len(), 1);
    }

    fn workload_rollout(kind: &str, name: &str) -> Value {
        json!({
            "metadata": {"name": "web", "namespace": "prod", "uid": UID, "resourceVersion": "100"},
            "spec": {"workloadRef": {"apiVersion": "apps/v1", "kind": kind, "name": name}}
        })
    }

    #[test]
    fn workload_ref_coordinates() {
        assert_eq!(
            workload_ref(&workload_rollout("Deployment", "web-deploy")),
            Some(ObjectRef {
                resource: DEPLOYMENTS,
                namespace: "prod".into(),
                name: "web-deploy".into()
            })
        );
        let pt = workload_ref(&workload_rollout("PodTemplate", "tpl")).unwrap();
        assert_eq!(
            (pt.resource.api_version().as_str(), pt.resource.plural),
            ("v1", "podtemplates")
        );
        let rs = workload_ref(&workload_rollout("ReplicaSet", "r")).unwrap();
        assert_eq!(
            (rs.resource.api_version().as_str(), rs.resource.plural),
            ("apps/v1", "replicasets")
        );
        assert_eq!(workload_ref(&workload_rollout("StatefulSet", "s")), None);
        assert_eq!(workload_ref(&rollout("web:1")), None);
    }

    #[test]
    fn undo_through_a_deployment() {
        let deploy = json!({
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "web-deploy", "namespace": "prod", "resourceVersion": "555"},
            "spec": {"template": {"metadata": {"labels": {"app": "web"}},
                "spec": {"containers": [{"name": "app", "image": "web:3"}]}}}
        });
        let plan = undo(
            &workload_rollout("Deployment", "web-deploy"),
            &history(),
            Some(&deploy),
            None,
        )
        .unwrap();
        assert_eq!(plan.message, "rollout 'web' undo");
        assert_first_write(
            &plan,
            "/apis/apps/v1/namespaces/prod/deployments/web-deploy",
            PatchBody::Json(json!([
                {"op": "test", "path": "/metadata/resourceVersion", "value": "555"},
                {"op": "replace", "path": "/spec/template", "value": expected_template("web:2")}
            ])),
        );
    }

    #[test]
    fn undo_through_a_pod_template_patches_template_at_the_top() {
        let pt = json!({
            "apiVersion": "v1", "kind": "PodTemplate",
            "metadata": {"name": "tpl", "namespace": "prod", "resourceVersion": "77"},
            "template": {"metadata": {"labels": {"app": "web"}},
                "spec": {"containers": [{"name": "app", "image": "web:3"}]}}
        });
        let plan = undo(
            &workload_rollout("PodTemplate", "tpl"),
            &history(),
            Some(&pt),
            None,
        )
        .unwrap();
        assert_first_write(
            &plan,
            "/api/v1/namespaces/prod/podtemplates/tpl",
            PatchBody::Json(json!([
                {"op": "test", "path": "/metadata/resourceVersion", "value": "77"},
                {"op": "replace", "path": "/template", "value": expected_template("web:2")}
            ])),
        );
        // The skip test also reads the workload's template.
        let mut same = pt.clone();
        same["template"]["spec"]["containers"][0]["image"] = json!("web:2");
        let plan = undo(
            &workload_rollout("PodTemplate", "tpl"),
            &history(),
            Some(&same),
            None,
        )
        .unwrap();
        assert!(plan.writes.is_empty());
    }

    #[test]
    fn undo_through_an_unsupported_kind() {
        let err = undo(
            &workload_rollout("StatefulSet", "db"),
            &history(),
            None,
            None,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "rollout \"web\" references a StatefulSet \"db\" through spec.workloadRef; only Deployment, ReplicaSet and PodTemplate are supported"
        );
    }

    #[test]
    fn undo_through_a_workload_that_was_not_passed() {
        assert!(matches!(
            undo(&workload_rollout("Deployment", "d"), &history(), None, None),
            Err(PatchError::MissingWorkload { .. })
        ));
    }

    #[test]
    fn undo_without_resource_version_refuses() {
        let mut ro = rollout("web:3");
        ro["metadata"]
            .as_object_mut()
            .unwrap()
            .remove("resourceVersion");
        assert!(matches!(
            undo(&ro, &history(), None, None),
            Err(PatchError::NoResourceVersion { .. })
        ));
    }

    #[test]
    fn preview_of_undo_yields_the_target_template() {
        for (ro, target_rev) in [
            (rollout("web:3"), None),
            (rollout("web:1"), Some(3)),
            (rollout("web:3"), Some(1)),
        ] {
            let plan = undo(&ro, &history(), None, target_rev).unwrap();
            let after = apply_preview(&ro, &plan.writes[0]);
            let rev = target_rev.unwrap_or(2);
            let image = format!("web:{rev}");
            assert_eq!(after["spec"]["template"], expected_template(&image));
            // Undoing again to the same revision is now a no-op.
            let again = undo(&after, &history(), None, Some(rev)).unwrap();
            assert!(again.writes.is_empty(), "{again:?}");
        }
    }
}
