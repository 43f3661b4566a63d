//! The pod template as the controller will use it for a ReplicaSet (rollouts and experiment
//! templates): Kubernetes' own rules for a ReplicaSet's template that manifests get wrong in
//! practice: containers present, names valid and unique, images set, ports in range, volume
//! mounts that name a volume, `restartPolicy: Always`, labels the selector matches.

use std::collections::{BTreeMap, HashSet};

use k8s_openapi::api::core::v1::{Container, PodTemplateSpec};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::LabelSelector;

use super::{Findings, Path};

/// A DNS-1123 label: lowercase letters, digits and '-', starting and ending alphanumeric.
pub fn is_dns_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// A DNS-1123 subdomain: dot-separated labels, at most 253 characters (object names).
pub fn is_dns_subdomain(s: &str) -> bool {
    s.len() <= 253 && s.split('.').all(is_dns_label)
}

/// An IANA service name, as a container port name must be.
fn is_port_name(s: &str) -> bool {
    s.len() <= 15
        && is_dns_label(s)
        && !s.contains("--")
        && s.bytes().any(|b| b.is_ascii_lowercase())
}

/// Whether the selector selects pods with these labels (an empty selector selects nothing
/// here: the rules report it on its own).
pub fn selector_matches(sel: &LabelSelector, labels: &BTreeMap<String, String>) -> bool {
    let by_labels = sel
        .match_labels
        .iter()
        .flatten()
        .all(|(k, v)| labels.get(k) == Some(v));
    let by_exprs = sel.match_expressions.iter().flatten().all(|e| {
        let values = e.values.as_deref().unwrap_or_default();
        let have = labels.get(&e.key);
        match e.operator.as_str() {
            "In" => have.is_some_and(|v| values.contains(v)),
            "NotIn" => have.is_none_or(|v| !values.contains(v)),
            "Exists" => have.is_some(),
            "DoesNotExist" => have.is_none(),
            _ => false,
        }
    });
    by_labels && by_exprs
}

/// Checks a label selector's own form (operators and their values).
pub fn check_selector(sel: &LabelSelector, at: &Path, out: &mut Findings) {
    for (i, e) in sel.match_expressions.iter().flatten().enumerate() {
        let p = at.key("matchExpressions").idx(i);
        let n = e.values.as_ref().map_or(0, Vec::len);
        match e.operator.as_str() {
            "In" | "NotIn" if n == 0 => out.add(
                p.key("values"),
                format!("must be specified when operator is {}", e.operator),
            ),
            "Exists" | "DoesNotExist" if n > 0 => out.add(
                p.key("values"),
                format!("may not be specified when operator is {}", e.operator),
            ),
            "In" | "NotIn" | "Exists" | "DoesNotExist" => {}
            other => out.add(
                p.key("operator"),
                format!("{other:?} is not a valid operator (In, NotIn, Exists, DoesNotExist)"),
            ),
        }
    }
}

/// A selector that must be there (`missing` says so otherwise), select something, and be
/// well formed.
pub fn check_required_selector(
    sel: Option<&LabelSelector>,
    at: &Path,
    missing: &str,
    out: &mut Findings,
) {
    match sel {
        None => out.add(at.clone(), missing),
        Some(sel) if selector_is_empty(sel) => out.add(
            at.clone(),
            "an empty selector is not allowed: it would select every pod",
        ),
        Some(sel) => check_selector(sel, at, out),
    }
}

/// Whether the selector has no terms at all.
pub fn selector_is_empty(sel: &LabelSelector) -> bool {
    sel.match_labels.as_ref().is_none_or(BTreeMap::is_empty)
        && sel.match_expressions.as_ref().is_none_or(Vec::is_empty)
}

/// Checks a pod template at `at` against the selector that must select its pods.
pub fn check_template(
    template: Option<&PodTemplateSpec>,
    selector: Option<&LabelSelector>,
    at: &Path,
    out: &mut Findings,
) {
    let empty = BTreeMap::new();
    let labels = template
        .and_then(|t| t.metadata.as_ref())
        .and_then(|m| m.labels.as_ref())
        .unwrap_or(&empty);
    if let Some(sel) = selector
        && !selector_is_empty(sel)
        && !selector_matches(sel, labels)
    {
        out.add(
            at.key("metadata.labels"),
            "the selector does not match the template labels",
        );
    }
    let Some(spec) = template.and_then(|t| t.spec.as_ref()) else {
        out.add(
            at.key("spec.containers"),
            "at least one container is required",
        );
        return;
    };
    let at = at.key("spec");
    if spec.containers.is_empty() {
        out.add(at.key("containers"), "at least one container is required");
    }
    if let Some(policy) = &spec.restart_policy
        && policy != "Always"
    {
        out.add(
            at.key("restartPolicy"),
            format!("{policy:?} is not allowed: a ReplicaSet's pods must restart Always"),
        );
    }
    let volumes: HashSet<&str> = spec
        .volumes
        .iter()
        .flatten()
        .map(|v| v.name.as_str())
        .collect();
    let mut names = HashSet::new();
    let lists = [
        (
            "initContainers",
            spec.init_containers.as_deref().unwrap_or_default(),
        ),
        ("containers", spec.containers.as_slice()),
    ];
    for (list, containers) in lists {
        for (i, c) in containers.iter().enumerate() {
            let p = at.key(list).idx(i);
            check_container(c, list == "containers", &p, &volumes, &mut names, out);
        }
    }
}

fn check_container(
    c: &Container,
    regular: bool,
    at: &Path,
    volumes: &HashSet<&str>,
    names: &mut HashSet<String>,
    out: &mut Findings,
) {
    if c.name.is_empty() {
        out.add(at.key("name"), "a container name is required");
    } else if !is_dns_label(&c.name) {
        out.add(
            at.key("name"),
            format!(
                "{:?} is not a valid container name: lowercase letters, digits and '-', at most 63 characters",
                c.name
            ),
        );
    } else if !names.insert(c.name.clone()) {
        out.add(
            at.key("name"),
            format!("container name {:?} is used twice", c.name),
        );
    }
    if regular && c.image.as_deref().is_none_or(|i| i.trim().is_empty()) {
        out.add(at.key("image"), "an image is required");
    }
    let mut port_names = HashSet::new();
    for (j, port) in c.ports.iter().flatten().enumerate() {
        let p = at.key("ports").idx(j);
        if !(1..=65535).contains(&port.container_port) {
            out.add(
                p.key("containerPort"),
                format!("{} is not a valid port: 1 to 65535", port.container_port),
            );
        }
        if let Some(h) = port.host_port
            && !(0..=65535).contains(&h)
        {
            out.add(
                p.key("hostPort"),
                format!("{h} is not a valid port: 0 to 65535"),
            );
        }
        if let Some(name) = &port.name {
            if !is_port_name(name) {
                out.add(
                    p.key("name"),
                    format!("{name:?} is not a valid port name: at most 15 lowercase letters, digits and '-', with a letter"),
                );
            } else if !port_names.insert(name.clone()) {
                out.add(p.key("name"), format!("port name {name:?} is used twice"));
            }
        }
        if let Some(proto) = &port.protocol
            && !matches!(proto.as_str(), "TCP" | "UDP" | "SCTP")
        {
            out.add(
                p.key("protocol"),
                format!("{proto:?} is not a valid protocol (TCP, UDP, SCTP)"),
            );
        }
    }
    for (j, m) in c.volume_mounts.iter().flatten().enumerate() {
        if !volumes.contains(m.name.as_str()) {
            out.add(
                at.key("volumeMounts").idx(j).key("name"),
                format!("no volume named {:?} in the pod", m.name),
            );
        }
    }
}
