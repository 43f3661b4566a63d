//! Server-side printing: the `meta.k8s.io/v1` Table kube-apiserver answers when a client
//! (kubectl get) asks with `Accept: application/json;as=Table;g=meta.k8s.io;v=v1`. The Argo
//! kinds get their CRDs' additionalPrinterColumns (argo-rollouts `manifests/crds/*.yaml`);
//! the built-in kinds the columns of kube-apiserver's own printers (READY, STATUS, RESTARTS,
//! AGE for pods; DESIRED, CURRENT, READY, AGE for ReplicaSets; …). Ages are kubectl's
//! human durations, as the server computes them.

use jiff::Timestamp;
use serde_json::{Value, json};

use super::discovery::ResourceDef;
use crate::model::{ARGO_GROUP, Pod};
use crate::render::human_age;

/// Which Table version the Accept header asks for, if any (`v1` preferred, as kubectl lists
/// it first; `v1beta1` for older clients).
pub(crate) fn requested_version(accept: Option<&str>) -> Option<&'static str> {
    let accept = accept?;
    let mut found = None;
    for range in accept.split(',') {
        let params: Vec<&str> = range.split(';').map(str::trim).collect();
        let has = |p: &str| params.contains(&p);
        if has("as=Table") && has("g=meta.k8s.io") {
            if has("v=v1") {
                return Some("v1");
            }
            if has("v=v1beta1") {
                found = Some("v1beta1");
            }
        }
    }
    found
}

/// `?includeObject=`: what each row carries besides its cells (default: the metadata).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Include {
    None,
    Metadata,
    Object,
}

impl Include {
    pub(crate) fn parse(param: Option<&str>) -> Include {
        match param {
            Some("None") => Include::None,
            Some("Object") => Include::Object,
            _ => Include::Metadata,
        }
    }
}

struct Column {
    name: &'static str,
    kind: &'static str,
    format: &'static str,
    description: &'static str,
    priority: u8,
}

const fn col(name: &'static str, kind: &'static str, description: &'static str) -> Column {
    Column {
        name,
        kind,
        format: "",
        description,
        priority: 0,
    }
}

const fn wide(name: &'static str, kind: &'static str, description: &'static str) -> Column {
    Column {
        priority: 1,
        ..col(name, kind, description)
    }
}

const NAME: Column = Column {
    format: "name",
    ..col(
        "Name",
        "string",
        "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names",
    )
};
const AGE_BUILTIN: Column = col(
    "Age",
    "string",
    "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata",
);
const CONTAINERS: Column = wide(
    "Containers",
    "string",
    "Names of each container in the template.",
);
const IMAGES: Column = wide(
    "Images",
    "string",
    "Images referenced by each container in the template.",
);
const AGE_CRD: Column = col("Age", "date", "Time since resource was created");

/// What the workload printers (ReplicaSets, Deployments, Jobs) end with: AGE, then the wide
/// CONTAINERS, IMAGES and SELECTOR (whose description is each kind's own).
fn workload_columns(selector: &'static str) -> [Column; 4] {
    [
        AGE_BUILTIN,
        CONTAINERS,
        IMAGES,
        wide("Selector", "string", selector),
    ]
}

/// The columns of a kind, in order, the name first.
// Kept long on purpose: a flat table, one arm per kind, read (and compared with kubectl) kind by kind.
fn columns(def: &ResourceDef) -> Vec<Column> {
    let rest = match (def.group, def.plural) {
        (ARGO_GROUP, "rollouts") => vec![
            col("Desired", "integer", "Number of desired pods"),
            col(
                "Current",
                "integer",
                "Total number of non-terminated pods targeted by this rollout",
            ),
            col(
                "Up-to-date",
                "integer",
                "Total number of non-terminated pods targeted by this rollout that have the desired template spec",
            ),
            col(
                "Available",
                "integer",
                "Total number of available pods (ready for at least minReadySeconds) targeted by this rollout",
            ),
            AGE_CRD,
        ],
        (ARGO_GROUP, "experiments") => {
            vec![col("Status", "string", "Experiment status"), AGE_CRD]
        }
        (ARGO_GROUP, "analysisruns") => {
            vec![col("Status", "string", "AnalysisRun status"), AGE_CRD]
        }
        (ARGO_GROUP, _) => vec![AGE_CRD],
        ("", "pods") => vec![
            col(
                "Ready",
                "string",
                "The aggregate readiness state of this pod for accepting traffic.",
            ),
            col(
                "Status",
                "string",
                "The aggregate status of the containers in this pod.",
            ),
            col(
                "Restarts",
                "string",
                "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.",
            ),
            AGE_BUILTIN,
            wide(
                "IP",
                "string",
                "IP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.",
            ),
            wide(
                "Node",
                "string",
                "NodeName is a request to schedule this pod onto a specific node.",
            ),
            wide(
                "Nominated Node",
                "string",
                "nominatedNodeName is set only when this pod preempts other pods on the node.",
            ),
            wide(
                "Readiness Gates",
                "string",
                "If specified, all readiness gates will be evaluated for pod readiness.",
            ),
        ],
        ("apps", "replicasets") => vec![
            col(
                "Desired",
                "integer",
                "Replicas is the number of desired pods.",
            ),
            col(
                "Current",
                "integer",
                "Replicas is the most recently observed number of replicas.",
            ),
            col(
                "Ready",
                "integer",
                "The number of non-terminating pods targeted by this ReplicaSet with a Ready Condition.",
            ),
        ]
        .into_iter()
        .chain(workload_columns(
            "Selector is a label query over pods that should match the replica count.",
        ))
        .collect(),
        ("apps", "deployments") => vec![
            col("Ready", "string", "Number of the pod with ready state"),
            col(
                "Up-to-date",
                "string",
                "Total number of non-terminated pods targeted by this deployment that have the desired template spec.",
            ),
            col(
                "Available",
                "string",
                "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.",
            ),
        ]
        .into_iter()
        .chain(workload_columns("Label selector for pods."))
        .collect(),
        ("", "services") => vec![
            col(
                "Type",
                "string",
                "type determines how the Service is exposed.",
            ),
            col(
                "Cluster-IP",
                "string",
                "clusterIP is the IP address of the service.",
            ),
            col(
                "External-IP",
                "string",
                "externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.",
            ),
            col(
                "Port(s)",
                "string",
                "The list of ports that are exposed by this service.",
            ),
            AGE_BUILTIN,
            wide(
                "Selector",
                "string",
                "Route service traffic to pods with label keys and values matching this selector.",
            ),
        ],
        ("", "namespaces") => vec![
            col("Status", "string", "The status of the namespace"),
            AGE_BUILTIN,
        ],
        ("batch", "jobs") => vec![
            col("Status", "string", "Status of the job."),
            col(
                "Completions",
                "string",
                "The desired number of successfully finished pods the job should be run with.",
            ),
            col("Duration", "string", "Time required to complete the job."),
        ]
        .into_iter()
        .chain(workload_columns(
            "A label query over pods that should match the pod count.",
        ))
        .collect(),
        ("", "podtemplates") => vec![
            col(
                "Containers",
                "string",
                "Names of each container in the template.",
            ),
            col(
                "Images",
                "string",
                "Images referenced by each container in the template.",
            ),
            col("Pod Labels", "string", "The labels for the pod template."),
        ],
        _ => vec![AGE_BUILTIN],
    };
    std::iter::once(NAME).chain(rest).collect()
}

fn at<'a>(obj: &'a Value, pointer: &str) -> Option<&'a Value> {
    obj.pointer(pointer).filter(|v| !v.is_null())
}

fn text(obj: &Value, pointer: &str) -> String {
    at(obj, pointer)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

fn int(obj: &Value, pointer: &str) -> i64 {
    at(obj, pointer).and_then(Value::as_i64).unwrap_or(0)
}

fn or_none(s: String) -> Value {
    if s.is_empty() {
        json!("<none>")
    } else {
        json!(s)
    }
}

/// kubectl's `translateTimestampSince`: a human age, `<unknown>` without a timestamp.
fn age(obj: &Value, now: Timestamp) -> Value {
    let created: Option<Timestamp> = text(obj, "/metadata/creationTimestamp").parse().ok();
    json!(
        created
            .map(|c| human_age(now.duration_since(c)))
            .unwrap_or_else(|| "<unknown>".to_string())
    )
}

/// The cells [`workload_columns`] name: AGE, the template's containers and images, the selector.
fn workload_cells(obj: &Value, now: Timestamp) -> [Value; 4] {
    let (names, images) = containers(obj, "/spec/template/spec/containers");
    [
        age(obj, now),
        json!(names),
        json!(images),
        json!(selector(at(obj, "/spec/selector"))),
    ]
}

/// The container names and images at `pointer`, comma-joined, as the workload printers show.
fn containers(obj: &Value, pointer: &str) -> (String, String) {
    let list = at(obj, pointer)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let names: Vec<String> = list.iter().map(|c| text(c, "/name")).collect();
    let images: Vec<String> = list.iter().map(|c| text(c, "/image")).collect();
    (names.join(","), images.join(","))
}

/// A label selector as `a=b,c=d` (matchLabels; expressions shown as kubectl does roughly).
fn selector(sel: Option<&Value>) -> String {
    let Some(sel) = sel else {
        return String::new();
    };
    let mut parts: Vec<String> = sel
        .get("matchLabels")
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default()))
                .collect()
        })
        .unwrap_or_default();
    for e in sel
        .get("matchExpressions")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let values: Vec<&str> = e
            .get("values")
            .and_then(Value::as_array)
            .map(|v| v.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let key = text(e, "/key");
        parts.push(match text(e, "/operator").as_str() {
            "In" => format!("{key} in ({})", values.join(",")),
            "NotIn" => format!("{key} notin ({})", values.join(",")),
            "Exists" => key,
            "DoesNotExist" => format!("!{key}"),
            other => format!("{key} {other}"),
        });
    }
    parts.join(",")
}

/// An optional integer field as a cell: null when unset, as the CRD printer leaves it.
fn opt_int(obj: &Value, pointer: &str) -> Value {
    at(obj, pointer).cloned().unwrap_or(Value::Null)
}

fn cells(def: &ResourceDef, obj: &Value, now: Timestamp) -> Vec<Value> {
    let name = json!(text(obj, "/metadata/name"));
    let rest = match (def.group, def.plural) {
        (ARGO_GROUP, "rollouts") => vec![
            opt_int(obj, "/spec/replicas"),
            opt_int(obj, "/status/replicas"),
            opt_int(obj, "/status/updatedReplicas"),
            opt_int(obj, "/status/availableReplicas"),
            age(obj, now),
        ],
        (ARGO_GROUP, "experiments" | "analysisruns") => vec![
            at(obj, "/status/phase").cloned().unwrap_or(Value::Null),
            age(obj, now),
        ],
        (ARGO_GROUP, _) => vec![age(obj, now)],
        ("", "pods") => pod_cells(obj, now),
        ("apps", "replicasets") => [
            json!(int(obj, "/spec/replicas")),
            json!(int(obj, "/status/replicas")),
            json!(int(obj, "/status/readyReplicas")),
        ]
        .into_iter()
        .chain(workload_cells(obj, now))
        .collect(),
        ("apps", "deployments") => [
            json!(format!(
                "{}/{}",
                int(obj, "/status/readyReplicas"),
                int(obj, "/spec/replicas")
            )),
            json!(int(obj, "/status/updatedReplicas")),
            json!(int(obj, "/status/availableReplicas")),
        ]
        .into_iter()
        .chain(workload_cells(obj, now))
        .collect(),
        ("", "services") => service_cells(obj, now),
        ("", "namespaces") => vec![json!(text(obj, "/status/phase")), age(obj, now)],
        ("batch", "jobs") => job_cells(obj, now),
        ("", "podtemplates") => {
            let (names, images) = containers(obj, "/template/spec/containers");
            let labels = selector(Some(&json!({
                "matchLabels": at(obj, "/template/metadata/labels").cloned().unwrap_or(json!({}))
            })));
            vec![json!(names), json!(images), or_none(labels)]
        }
        _ => vec![age(obj, now)],
    };
    std::iter::once(name).chain(rest).collect()
}

/// READY, STATUS, RESTARTS (`N (AGE ago)` after a restart), AGE, then the wide columns.
fn pod_cells(obj: &Value, now: Timestamp) -> Vec<Value> {
    let view = crate::view::pod_view(&Pod::read(obj, &mut Vec::new()));
    let last_restart: Option<Timestamp> = obj
        .pointer("/status/containerStatuses")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|c| {
            c.pointer("/lastState/terminated/finishedAt")
                .and_then(Value::as_str)
                .and_then(|t| t.parse().ok())
        })
        .max();
    let restarts = match last_restart {
        Some(t) if view.restarts != 0 => {
            format!(
                "{} ({} ago)",
                view.restarts,
                human_age(now.duration_since(t))
            )
        }
        _ => view.restarts.to_string(),
    };
    let gates = at(obj, "/spec/readinessGates")
        .and_then(Value::as_array)
        .filter(|g| !g.is_empty())
        .map(|g| {
            let conditions = obj
                .pointer("/status/conditions")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let ready = g
                .iter()
                .filter(|gate| {
                    let t = text(gate, "/conditionType");
                    conditions
                        .iter()
                        .any(|c| text(c, "/type") == t && text(c, "/status") == "True")
                })
                .count();
            format!("{ready}/{}", g.len())
        })
        .unwrap_or_default();
    vec![
        json!(format!("{}/{}", view.ready, view.total)),
        json!(view.status),
        json!(restarts),
        age(obj, now),
        or_none(text(obj, "/status/podIP")),
        or_none(text(obj, "/spec/nodeName")),
        or_none(text(obj, "/status/nominatedNodeName")),
        or_none(gates),
    ]
}

fn service_cells(obj: &Value, now: Timestamp) -> Vec<Value> {
    let kind = text(obj, "/spec/type");
    let kind = if kind.is_empty() {
        "ClusterIP".to_string()
    } else {
        kind
    };
    let external: Vec<String> = at(obj, "/spec/externalIPs")
        .and_then(Value::as_array)
        .map(|v| {
            v.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let ports: Vec<String> = at(obj, "/spec/ports")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| {
            let protocol = text(p, "/protocol");
            let protocol = if protocol.is_empty() {
                "TCP".to_string()
            } else {
                protocol
            };
            match at(p, "/nodePort").and_then(Value::as_i64) {
                Some(n) => format!("{}:{n}/{protocol}", int(p, "/port")),
                None => format!("{}/{protocol}", int(p, "/port")),
            }
        })
        .collect();
    vec![
        json!(kind),
        or_none(text(obj, "/spec/clusterIP")),
        or_none(external.join(",")),
        or_none(ports.join(",")),
        age(obj, now),
        or_none(selector(Some(&json!({
            "matchLabels": at(obj, "/spec/selector").cloned().unwrap_or(json!({}))
        })))),
    ]
}

fn job_cells(obj: &Value, now: Timestamp) -> Vec<Value> {
    let condition = |t: &str| {
        obj.pointer("/status/conditions")
            .and_then(Value::as_array)
            .is_some_and(|cs| {
                cs.iter()
                    .any(|c| text(c, "/type") == t && text(c, "/status") == "True")
            })
    };
    let status = if condition("Complete") {
        "Complete"
    } else if condition("Failed") {
        "Failed"
    } else if at(obj, "/metadata/deletionTimestamp").is_some() {
        "Terminating"
    } else if condition("Suspended") {
        "Suspended"
    } else {
        "Running"
    };
    let completions = match at(obj, "/spec/completions").and_then(Value::as_i64) {
        Some(c) => format!("{}/{c}", int(obj, "/status/succeeded")),
        None => format!("{}/1", int(obj, "/status/succeeded")),
    };
    let start: Option<Timestamp> = text(obj, "/status/startTime").parse().ok();
    let end: Option<Timestamp> = text(obj, "/status/completionTime").parse().ok();
    let duration = match (start, end) {
        (Some(s), Some(e)) => human_age(e.duration_since(s)),
        (Some(s), None) => human_age(now.duration_since(s)),
        _ => String::new(),
    };
    [json!(status), json!(completions), json!(duration)]
        .into_iter()
        .chain(workload_cells(obj, now))
        .collect()
}

/// One row: its cells and, per `includeObject`, the object's metadata or the whole object.
fn row(def: &ResourceDef, obj: &Value, include: Include, now: Timestamp) -> Value {
    let mut r = json!({ "cells": cells(def, obj, now) });
    match include {
        Include::None => {}
        Include::Metadata => {
            r["object"] = json!({
                "kind": "PartialObjectMetadata",
                "apiVersion": "meta.k8s.io/v1",
                "metadata": obj.get("metadata").cloned().unwrap_or(json!({})),
            });
        }
        Include::Object => {
            let mut full = obj.clone();
            full["apiVersion"] = json!(def.api_version());
            full["kind"] = json!(def.kind);
            r["object"] = full;
        }
    }
    r
}

/// The Table for `objects` (a list's items, or the one object of a GET). `headers` false
/// leaves out the column definitions, as a watch does after its first event.
pub(crate) fn table(
    version: &str,
    def: &ResourceDef,
    objects: &[&Value],
    list_meta: Value,
    include: Include,
    headers: bool,
) -> Value {
    let now = Timestamp::now();
    let definitions: Vec<Value> = if headers {
        columns(def)
            .iter()
            .map(|c| {
                json!({
                    "name": c.name,
                    "type": c.kind,
                    "format": c.format,
                    "description": c.description,
                    "priority": c.priority,
                })
            })
            .collect()
    } else {
        Vec::new()
    };
    json!({
        "kind": "Table",
        "apiVersion": format!("meta.k8s.io/{version}"),
        "metadata": list_meta,
        "columnDefinitions": definitions,
        "rows": objects.iter().map(|o| row(def, o, include, now)).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apiserver::discovery::resource_defs;

    fn def(plural: &str) -> ResourceDef {
        resource_defs(true)
            .into_iter()
            .find(|d| d.plural == plural)
            .unwrap()
    }

    #[test]
    fn only_an_accept_naming_the_meta_table_asks_for_one() {
        let kubectl = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";
        assert_eq!(requested_version(Some(kubectl)), Some("v1"));
        assert_eq!(
            requested_version(Some("application/json;as=Table;v=v1beta1;g=meta.k8s.io")),
            Some("v1beta1")
        );
        assert_eq!(requested_version(Some("application/json")), None);
        assert_eq!(requested_version(None), None);
    }

    #[test]
    fn every_row_has_as_many_cells_as_there_are_columns() {
        let objects =
            [json!({"metadata": {"name": "x", "creationTimestamp": "2026-01-01T00:00:00Z"}})];
        for d in resource_defs(true) {
            let refs: Vec<&Value> = objects.iter().collect();
            let t = table("v1", &d, &refs, json!({}), Include::None, true);
            let columns = t["columnDefinitions"].as_array().unwrap().len();
            let cells = t["rows"][0]["cells"].as_array().unwrap().len();
            assert_eq!(columns, cells, "{}", d.plural);
            assert_eq!(t["rows"][0]["cells"][0], "x");
        }
    }

    #[test]
    fn a_rollout_row_has_the_crd_columns_and_null_for_unset_counts() {
        let ro = json!({
            "metadata": {"name": "web", "creationTimestamp": "2020-01-01T00:00:00Z"},
            "spec": {"replicas": 5},
            "status": {"replicas": 5, "updatedReplicas": 1},
        });
        let t = table(
            "v1",
            &def("rollouts"),
            &[&ro],
            json!({}),
            Include::Metadata,
            true,
        );
        let names: Vec<&str> = t["columnDefinitions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap())
            .collect();
        assert_eq!(
            names,
            [
                "Name",
                "Desired",
                "Current",
                "Up-to-date",
                "Available",
                "Age"
            ]
        );
        let cells = &t["rows"][0]["cells"];
        assert_eq!(cells[1], 5);
        assert_eq!(cells[3], 1);
        assert_eq!(cells[4], Value::Null);
        assert_eq!(t["rows"][0]["object"]["kind"], "PartialObjectMetadata");
    }
}
