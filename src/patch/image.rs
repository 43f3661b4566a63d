//! `set image`: replace container images in a pod template, as JSON patch operations on the
//! image fields alone, so every other field stays exactly as it is.

use serde_json::{Value, json};

use super::set_weight::start_revision;
use super::simple::nothing_to_do;
use super::undo::template_holder;
use crate::model::resource::{DEPLOYMENTS, PODTEMPLATES, REPLICASETS};

use super::{ObjectRef, PatchError, Plan, Write, guarded_json, name_of, resource_version, str_at};

/// Why a `set image` to the images already there writes nothing.
const ALREADY: &str = "already runs the images asked for";

/// The container lists of a pod spec, in the order the Go plugin visits them.
const LISTS: [(&str, &str); 3] = [
    ("initContainers", "init containers"),
    ("containers", "containers"),
    ("ephemeralContainers", "ephemeral containers"),
];

/// Plans `set image` on `obj`: a Rollout (its `spec.template`) or, read through a rollout's
/// workloadRef, a Deployment / ReplicaSet (`spec.template`) or PodTemplate (`template`). The kind
/// comes from the object's `kind` (an object without one is a Rollout, or a PodTemplate when it
/// has a top-level `template`). `assignments` are (container name or `*`, image); a later
/// assignment to the same container wins. Message: `rollout "NAME" image updated` (for other
/// kinds, their lowercase kind instead of `rollout`).
pub fn set_image(obj: &Value, assignments: &[(String, String)]) -> Result<Plan, PatchError> {
    let kind = match str_at(obj, &["kind"]) {
        "" if obj.get("template").is_some() && obj.get("spec").is_none() => "PodTemplate",
        "" => "Rollout",
        k => k,
    };
    let (target, path) = match kind {
        "Rollout" => (ObjectRef::rollout(obj), "/spec/template"),
        "Deployment" => (ObjectRef::of(obj, DEPLOYMENTS), "/spec/template"),
        "ReplicaSet" => (ObjectRef::of(obj, REPLICASETS), "/spec/template"),
        "PodTemplate" => (ObjectRef::of(obj, PODTEMPLATES), "/template"),
        other => {
            return Err(PatchError::Malformed(format!(
                "cannot set images on a {other}"
            )));
        }
    };
    let label = kind.to_lowercase();
    let Some(write) = image_write(obj, target, path, &label, assignments)? else {
        return Ok(nothing_to_do(&label, name_of(obj), ALREADY));
    };
    Ok(Plan {
        writes: vec![write],
        message: format!("{label} \"{}\" image updated", name_of(obj)),
    })
}

/// Plans `set image NAME …` for a rollout: its own template, or with `spec.workloadRef` the
/// referenced workload's (pass the workload read via [`super::workload_ref`]). The message
/// names the rollout either way: `rollout "NAME" image updated`.
pub fn set_image_for_rollout(
    rollout: &Value,
    workload: Option<&Value>,
    assignments: &[(String, String)],
) -> Result<Plan, PatchError> {
    let (holder, target, path) = template_holder(rollout, workload)?;
    let label = if std::ptr::eq(holder, rollout) {
        "rollout".to_string()
    } else {
        target.kind().to_lowercase()
    };
    let Some(write) = image_write(holder, target, path, &label, assignments)? else {
        return Ok(nothing_to_do("rollout", name_of(rollout), ALREADY));
    };
    start_revision(
        rollout,
        write,
        format!("rollout \"{}\" image updated", name_of(rollout)),
    )
}

fn image_write(
    obj: &Value,
    target: ObjectRef,
    template_path: &str,
    kind_label: &str,
    assignments: &[(String, String)],
) -> Result<Option<Write>, PatchError> {
    let Some(pod_spec) = obj
        .pointer(&format!("{template_path}/spec"))
        .filter(|s| s.is_object())
    else {
        return Err(PatchError::NoPodTemplate {
            kind: kind_label.to_string(),
            name: name_of(obj).to_string(),
        });
    };
    // (path, op, image), one per container, in container order.
    let mut ops: Vec<(String, &'static str, String)> = Vec::new();
    for (wanted, image) in assignments {
        let mut found = false;
        for (list, _) in LISTS {
            let containers = pod_spec
                .get(list)
                .and_then(Value::as_array)
                .map(Vec::as_slice)
                .unwrap_or_default();
            for (i, c) in containers.iter().enumerate() {
                if wanted != "*" && str_at(c, &["name"]) != wanted {
                    continue;
                }
                found = true;
                let path = format!("{template_path}/spec/{list}/{i}/image");
                // `replace` fails on a missing member; `add` sets it either way.
                let op = if c.get("image").is_some() {
                    "replace"
                } else {
                    "add"
                };
                match ops.iter_mut().find(|(p, _, _)| *p == path) {
                    Some(existing) => existing.2 = image.clone(),
                    None => ops.push((path, op, image.clone())),
                }
            }
        }
        if !found {
            return Err(PatchError::UnknownContainer {
                container: wanted.clone(),
                kind: kind_label.to_string(),
                name: name_of(obj).to_string(),
                existing: existing_containers(pod_spec),
            });
        }
    }
    let rv = resource_version(obj, kind_label)?;
    // Every named container already runs its image: there is nothing to write.
    let unchanged = ops.iter().all(|(path, op, image)| {
        *op == "replace" && obj.pointer(path).and_then(Value::as_str) == Some(image.as_str())
    });
    if unchanged {
        return Ok(None);
    }
    let ops = ops
        .into_iter()
        .map(|(path, op, image)| json!({"op": op, "path": path, "value": image}))
        .collect();
    Ok(Some(Write {
        target,
        subresource: None,
        body: guarded_json(&rv, ops),
    }))
}

/// "containers: app, sidecar; init containers: migrate", or "it has no containers".
fn existing_containers(pod_spec: &Value) -> String {
    let mut parts = Vec::new();
    for (list, label) in [LISTS[1], LISTS[0], LISTS[2]] {
        let names: Vec<&str> = pod_spec
            .get(list)
            .and_then(Value::as_array)
            .map(|cs| cs.iter().map(|c| str_at(c, &["name"])).collect())
            .unwrap_or_default();
        if !names.is_empty() {
            parts.push(format!("{label}: {}", names.join(", ")));
        }
    }
    if parts.is_empty() {
        "it has no containers".to_string()
    } else {
        parts.join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assert_first_write, assert_guarded};
    use super::super::{PatchBody, apply_preview};
    use super::*;

    fn pod_spec() -> Value {
        json!({
            "initContainers": [{"name": "migrate", "image": "migrate:1"}],
            "containers": [{"name": "app", "image": "app:1", "ports": [{"containerPort": 80}]},
                           {"name": "sidecar", "image": "proxy:1"}],
            "ephemeralContainers": [{"name": "debug", "image": "busybox:1"}]
        })
    }

    fn ro() -> Value {
        json!({
            "apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout",
            "metadata": {"name": "web", "namespace": "prod", "resourceVersion": "9"},
            "spec": {"template": {"spec": pod_spec()}}
        })
    }

    fn set(c: &str, i: &str) -> Vec<(String, String)> {
        sets(&[(c, i)])
    }

    /// Several assignments, in order.
    fn sets(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(c, i)| (c.to_string(), i.to_string()))
            .collect()
    }

    fn test_op(rv: &str) -> Value {
        json!({"op": "test", "path": "/metadata/resourceVersion", "value": rv})
    }

    #[test]
    fn regular_container() {
        let plan = set_image(&ro(), &set("app", "app:2")).unwrap();
        assert_eq!(plan.message, "rollout \"web\" image updated");
        assert_eq!(
            plan.writes[0].body,
            PatchBody::Json(json!([test_op("9"),
                {"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": "app:2"}]))
        );
        let after = apply_preview(&ro(), &plan.writes[0]);
        assert_eq!(
            after["spec"]["template"]["spec"]["containers"][0],
            json!({"name": "app", "image": "app:2", "ports": [{"containerPort": 80}]})
        );
    }

    #[test]
    fn init_and_ephemeral_containers() {
        let plan = set_image(
            &ro(),
            &sets(&[("migrate", "migrate:2"), ("debug", "busybox:2")]),
        )
        .unwrap();
        assert_eq!(
            plan.writes[0].body,
            PatchBody::Json(json!([test_op("9"),
                {"op": "replace", "path": "/spec/template/spec/initContainers/0/image", "value": "migrate:2"},
                {"op": "replace", "path": "/spec/template/spec/ephemeralContainers/0/image", "value": "busybox:2"}]))
        );
    }

    #[test]
    fn star_sets_every_container() {
        let plan = set_image(&ro(), &set("*", "all:1")).unwrap();
        assert_eq!(
            plan.writes[0].body,
            PatchBody::Json(json!([test_op("9"),
                {"op": "replace", "path": "/spec/template/spec/initContainers/0/image", "value": "all:1"},
                {"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": "all:1"},
                {"op": "replace", "path": "/spec/template/spec/containers/1/image", "value": "all:1"},
                {"op": "replace", "path": "/spec/template/spec/ephemeralContainers/0/image", "value": "all:1"}]))
        );
    }

    #[test]
    fn later_assignment_wins() {
        let plan = set_image(&ro(), &sets(&[("*", "all:1"), ("sidecar", "proxy:9")])).unwrap();
        let ops = plan.writes[0].body.value().as_array().unwrap().clone();
        assert_eq!(ops.len(), 5);
        assert_eq!(
            ops[3],
            json!({"op": "replace", "path": "/spec/template/spec/containers/1/image", "value": "proxy:9"})
        );
    }

    #[test]
    fn unknown_container_names_the_existing_ones() {
        let err = set_image(&ro(), &set("nope", "x:1")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "unable to find container named \"nope\" in rollout \"web\" (containers: app, sidecar; init containers: migrate; ephemeral containers: debug)"
        );
        let empty = json!({"kind": "Rollout", "metadata": {"name": "e", "resourceVersion": "1"},
            "spec": {"template": {"spec": {"containers": []}}}});
        assert_eq!(
            set_image(&empty, &set("*", "x")).unwrap_err().to_string(),
            "unable to find container named \"*\" in rollout \"e\" (it has no containers)"
        );
    }

    #[test]
    fn a_container_without_image_gets_an_add() {
        let mut r = ro();
        r["spec"]["template"]["spec"]["containers"][1]
            .as_object_mut()
            .unwrap()
            .remove("image");
        let plan = set_image(&r, &set("sidecar", "p:2")).unwrap();
        assert_eq!(
            plan.writes[0].body.value()[1],
            json!({"op": "add", "path": "/spec/template/spec/containers/1/image", "value": "p:2"})
        );
    }

    #[test]
    fn pod_template_and_deployment_paths() {
        let pt = json!({"apiVersion": "v1", "kind": "PodTemplate",
            "metadata": {"name": "tpl", "namespace": "prod", "resourceVersion": "4"},
            "template": {"spec": pod_spec()}});
        let plan = set_image(&pt, &set("app", "app:3")).unwrap();
        assert_eq!(plan.message, "podtemplate \"tpl\" image updated");
        assert_first_write(
            &plan,
            "/api/v1/namespaces/prod/podtemplates/tpl",
            PatchBody::Json(json!([test_op("4"),
                {"op": "replace", "path": "/template/spec/containers/0/image", "value": "app:3"}])),
        );
        let deploy = json!({"apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "d", "namespace": "prod", "resourceVersion": "5"},
            "spec": {"template": {"spec": pod_spec()}}});
        let plan = set_image(&deploy, &set("app", "app:3")).unwrap();
        assert_eq!(
            plan.writes[0].target.api_path(None),
            "/apis/apps/v1/namespaces/prod/deployments/d"
        );
        assert_eq!(
            plan.writes[0].body.value()[1]["path"],
            json!("/spec/template/spec/containers/0/image")
        );
    }

    #[test]
    fn through_the_rollout_workload_ref() {
        let rollout = json!({"metadata": {"name": "web", "namespace": "prod", "resourceVersion": "1"},
            "spec": {"workloadRef": {"apiVersion": "v1", "kind": "PodTemplate", "name": "tpl"}}});
        let pt = json!({"kind": "PodTemplate",
            "metadata": {"name": "tpl", "namespace": "prod", "resourceVersion": "4"},
            "template": {"spec": pod_spec()}});
        let plan = set_image_for_rollout(&rollout, Some(&pt), &set("sidecar", "proxy:2")).unwrap();
        assert_eq!(plan.message, "rollout \"web\" image updated");
        assert_first_write(
            &plan,
            "/api/v1/namespaces/prod/podtemplates/tpl",
            PatchBody::Json(json!([test_op("4"),
                {"op": "replace", "path": "/template/spec/containers/1/image", "value": "proxy:2"}])),
        );
        assert_guarded(&plan, "4");
        // Without a workloadRef it is the rollout's own template.
        let plan = set_image_for_rollout(&ro(), None, &set("app", "a:2")).unwrap();
        assert_eq!(
            plan.writes[0].body.value()[1]["path"],
            json!("/spec/template/spec/containers/0/image")
        );
        // An unsupported workload kind is refused.
        let sts = json!({"metadata": {"name": "web", "resourceVersion": "1"},
            "spec": {"workloadRef": {"kind": "StatefulSet", "name": "s"}}});
        assert!(matches!(
            set_image_for_rollout(&sts, None, &set("a", "b")),
            Err(PatchError::UnsupportedWorkload { .. })
        ));
    }

    #[test]
    fn no_template_is_an_error() {
        let bare = json!({"kind": "Rollout", "metadata": {"name": "web", "resourceVersion": "1"}, "spec": {}});
        assert_eq!(
            set_image(&bare, &set("a", "b")).unwrap_err().to_string(),
            "rollout \"web\" has no pod template"
        );
    }
}
