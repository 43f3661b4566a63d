//! Rules about the objects a rollout names, when they are in the same input (objects that
//! are not there are not an error: they may be in another file or already in the cluster):
//! Services whose selectors the rollout's pods must match and that no other rollout manages,
//! Ingresses that must route to the stable (or root) service, Istio VirtualServices whose
//! routes must send traffic to the stable and canary services, and AnalysisTemplates whose
//! arguments the rollout must supply.

use std::collections::BTreeMap;

use serde_json::Value;

use super::types::{
    AnalysisTemplate, Argument, Canary, PodMetadata, Rollout, RolloutAnalysis, Strategy,
    TrafficRouting,
};
use super::{ARGO_GROUP, Document, Findings, Path};
use crate::model::{MANAGED_BY_ANNOTATION, POD_TEMPLATE_HASH_LABEL};

type Labels = BTreeMap<String, String>;

struct Ref {
    namespace: String,
    name: String,
    value: Value,
}

/// The objects of the input that rollouts may refer to.
#[derive(Default)]
pub struct References {
    services: Vec<Ref>,
    ingresses: Vec<Ref>,
    virtual_services: Vec<Ref>,
    templates: Vec<(Ref, AnalysisTemplate)>,
    cluster_templates: Vec<(Ref, AnalysisTemplate)>,
}

impl References {
    pub fn collect(docs: &[Document]) -> References {
        let mut refs = References::default();
        for d in docs {
            let kind = d.value["kind"].as_str().unwrap_or("");
            let api_version = d.value["apiVersion"].as_str().unwrap_or("");
            let group = api_version.rsplit_once('/').map_or("", |(g, _)| g);
            let r = Ref {
                namespace: d.namespace().to_string(),
                name: d.value["metadata"]["name"]
                    .as_str()
                    .unwrap_or("")
                    .to_string(),
                value: d.value.clone(),
            };
            match (group, kind) {
                ("", "Service") => refs.services.push(r),
                ("networking.k8s.io" | "extensions", "Ingress") => refs.ingresses.push(r),
                ("networking.istio.io", "VirtualService") => refs.virtual_services.push(r),
                (ARGO_GROUP, "AnalysisTemplate" | "ClusterAnalysisTemplate") => {
                    let Ok(t) = serde_json::from_value::<AnalysisTemplate>(d.value.clone()) else {
                        continue;
                    };
                    if kind == "AnalysisTemplate" {
                        refs.templates.push((r, t));
                    } else {
                        refs.cluster_templates.push((r, t));
                    }
                }
                _ => {}
            }
        }
        refs
    }
}

fn find<'a>(list: &'a [Ref], ns: &str, name: &str) -> Option<&'a Ref> {
    list.iter()
        .find(|r| r.name == name && (r.namespace.is_empty() || ns.is_empty() || r.namespace == ns))
}

pub fn check(ro: &Rollout, refs: &References, out: &mut Findings) {
    let Some(spec) = &ro.spec else { return };
    let meta = ro.metadata.clone().unwrap_or_default();
    let ns = meta.namespace.as_deref().unwrap_or("");
    let ro_name = meta.name.as_deref().unwrap_or("");
    let template_labels = spec
        .template
        .as_ref()
        .and_then(|t| t.metadata.as_ref())
        .and_then(|m| m.labels.clone());
    let strategy = spec.strategy.clone().unwrap_or_default();
    let pods = Pods {
        namespace: ns,
        rollout: ro_name,
        labels: template_labels.as_ref(),
    };
    for (path, name, role_labels) in &service_roles(&strategy) {
        service(
            refs,
            &pods,
            path,
            name.as_deref(),
            role_labels.as_ref(),
            out,
        );
    }
    if let Some(c) = &strategy.canary
        && let Some(tr) = &c.traffic_routing
    {
        routers(refs, ns, c, tr, out);
    }
    analysis_refs(ro, refs, ns, out);
}

/// (field, service name, labels the role adds to its pods) of each service the strategy names.
type Role = (Path, Option<String>, Option<Labels>);

fn service_roles(strategy: &Strategy) -> Vec<Role> {
    let labels = |m: &Option<PodMetadata>| m.as_ref().and_then(|m| m.labels.clone());
    let mut roles: Vec<Role> = Vec::new();
    if let Some(c) = &strategy.canary {
        let at = Path::of("spec.strategy.canary");
        roles.push((
            at.key("stableService"),
            c.stable_service.clone(),
            labels(&c.stable_metadata),
        ));
        roles.push((
            at.key("canaryService"),
            c.canary_service.clone(),
            labels(&c.canary_metadata),
        ));
        if let Some(pp) = &c.ping_pong {
            roles.push((
                at.key("pingPong.pingService"),
                pp.ping_service.clone(),
                None,
            ));
            roles.push((
                at.key("pingPong.pongService"),
                pp.pong_service.clone(),
                None,
            ));
        }
    }
    if let Some(bg) = &strategy.blue_green {
        let at = Path::of("spec.strategy.blueGreen");
        roles.push((
            at.key("activeService"),
            bg.active_service.clone(),
            labels(&bg.active_metadata),
        ));
        roles.push((
            at.key("previewService"),
            bg.preview_service.clone(),
            labels(&bg.preview_metadata),
        ));
    }
    roles
}

/// Where the rollout's pods are and the labels its template gives them.
struct Pods<'a> {
    namespace: &'a str,
    rollout: &'a str,
    labels: Option<&'a Labels>,
}

/// A Service the rollout names (when it is in the input) must select its pods, and no other
/// rollout may manage it.
fn service(
    refs: &References,
    pods: &Pods<'_>,
    path: &Path,
    name: Option<&str>,
    role_labels: Option<&Labels>,
    out: &mut Findings,
) {
    let Some(name) = name.filter(|n| !n.is_empty()) else {
        return;
    };
    let Some(svc) = find(&refs.services, pods.namespace, name) else {
        return;
    };
    if let Some(labels) = pods.labels
        && let Some(selector) = svc.value["spec"]["selector"].as_object()
    {
        for (k, v) in selector {
            let v = v.as_str().unwrap_or("");
            // The controller adds the hash label to each ReplicaSet's pods itself.
            if k == POD_TEMPLATE_HASH_LABEL {
                continue;
            }
            let has = |m: &BTreeMap<String, String>| m.get(k).is_some_and(|x| x == v);
            if !has(labels) && !role_labels.is_some_and(has) {
                out.add(
                    path.clone(),
                    format!(
                        "Service {name:?} selects {k}={v}, a label the rollout's pods do not have"
                    ),
                );
            }
        }
    }
    let manager = svc.value["metadata"]["annotations"][MANAGED_BY_ANNOTATION]
        .as_str()
        .unwrap_or("");
    if !manager.is_empty() && manager != pods.rollout {
        out.add(
            path.clone(),
            format!("Service {name:?} is managed by another Rollout ({manager:?})"),
        );
    }
}

/// The Ingresses and VirtualServices the canary's routers name.
fn routers(refs: &References, ns: &str, c: &Canary, tr: &TrafficRouting, out: &mut Findings) {
    let at = Path::of("spec.strategy.canary.trafficRouting");
    let stable = c.stable_service.clone().unwrap_or_default();
    if let Some(n) = &tr.nginx {
        let (field, names) = ingress_names(
            &n.stable_ingress,
            &n.stable_ingresses,
            "stableIngress",
            "stableIngresses",
        );
        ingresses(refs, ns, &at.key("nginx"), field, &names, &stable, out);
    }
    if let Some(a) = &tr.alb {
        let (field, names) = ingress_names(&a.ingress, &a.ingresses, "ingress", "ingresses");
        let service = a
            .root_service
            .clone()
            .filter(|s| !s.is_empty())
            .unwrap_or(stable.clone());
        ingresses(refs, ns, &at.key("alb"), field, &names, &service, out);
    }
    if let Some(istio) = &tr.istio {
        let canary = c.canary_service.clone().unwrap_or_default();
        let single = istio
            .virtual_service
            .iter()
            .map(|v| (at.key("istio.virtualService"), v));
        let many = istio
            .virtual_services
            .iter()
            .flatten()
            .enumerate()
            .map(|(i, v)| (at.key("istio.virtualServices").idx(i), v));
        for (p, vs) in single.chain(many) {
            let full = vs.name.clone().unwrap_or_default();
            let (vs_name, vs_ns) = match full.split_once('.') {
                Some((n, s)) => (n.to_string(), s.to_string()),
                None => (full.clone(), ns.to_string()),
            };
            let Some(found) = find(&refs.virtual_services, &vs_ns, &vs_name) else {
                continue;
            };
            let subsets = istio.destination_rule.as_ref().map(|d| {
                (
                    d.stable_subset_name.clone().unwrap_or_default(),
                    d.canary_subset_name.clone().unwrap_or_default(),
                )
            });
            virtual_service(found, vs, &stable, &canary, subsets.as_ref(), &p, out);
        }
    }
}

fn ingress_names(
    one: &Option<String>,
    many: &Option<Vec<String>>,
    one_field: &'static str,
    many_field: &'static str,
) -> (&'static str, Vec<String>) {
    match many {
        Some(list) if !list.is_empty() => (many_field, list.clone()),
        _ => (
            one_field,
            one.iter().filter(|s| !s.is_empty()).cloned().collect(),
        ),
    }
}

/// Whether an Ingress (v1 or v1beta1) has a rule or default backend for the service.
fn ingress_routes_to(ing: &Value, service: &str) -> bool {
    let backend_is = |b: &Value| {
        b["service"]["name"].as_str() == Some(service) || b["serviceName"].as_str() == Some(service)
    };
    let spec = &ing["spec"];
    if backend_is(&spec["defaultBackend"]) || backend_is(&spec["backend"]) {
        return true;
    }
    spec["rules"].as_array().into_iter().flatten().any(|r| {
        r["http"]["paths"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|p| backend_is(&p["backend"]))
    })
}

fn ingresses(
    refs: &References,
    ns: &str,
    at: &Path,
    field: &str,
    names: &[String],
    service: &str,
    out: &mut Findings,
) {
    if service.is_empty() {
        return;
    }
    let many = names.len() > 1 || field.ends_with("Ingresses") || field == "ingresses";
    for (i, name) in names.iter().enumerate() {
        let Some(ing) = find(&refs.ingresses, ns, name) else {
            continue;
        };
        if !ingress_routes_to(&ing.value, service) {
            let p = if many {
                at.key(field).idx(i)
            } else {
                at.key(field)
            };
            out.add(
                p,
                format!("Ingress {name:?} has no rule with a backend for service {service:?}"),
            );
        }
    }
}

/// Whether a route destination's host names the service (`svc`, `svc.ns`, `svc.ns.svc...`).
fn host_is(host: &str, service: &str) -> bool {
    host == service
        || host
            .strip_prefix(service)
            .is_some_and(|r| r.starts_with('.'))
}

fn virtual_service(
    found: &Ref,
    vs: &super::types::IstioVirtualService,
    stable: &str,
    canary: &str,
    subsets: Option<&(String, String)>,
    at: &Path,
    out: &mut Findings,
) {
    let name = &found.name;
    let http: Vec<&Value> = found.value["spec"]["http"]
        .as_array()
        .into_iter()
        .flatten()
        .collect();
    let wanted = vs.routes.clone().unwrap_or_default();
    let managed: Vec<&Value> = if wanted.is_empty() {
        let other_kinds = vs.tls_routes.as_ref().is_some_and(|t| !t.is_empty())
            || vs.tcp_routes.as_ref().is_some_and(|t| !t.is_empty());
        if other_kinds {
            return;
        }
        if http.len() != 1 {
            out.add(
                at.key("name"),
                format!(
                    "VirtualService {name:?} has {} HTTP routes; name the ones the rollout manages in routes",
                    http.len()
                ),
            );
            return;
        }
        http.clone()
    } else {
        let mut managed = Vec::new();
        for (i, r) in wanted.iter().enumerate() {
            match http.iter().find(|h| h["name"].as_str() == Some(r)) {
                Some(h) => managed.push(*h),
                None => out.add(
                    at.key("routes").idx(i),
                    format!("VirtualService {name:?} has no HTTP route named {r:?}"),
                ),
            }
        }
        managed
    };
    for route in managed {
        let route_name = route["name"].as_str().unwrap_or("(unnamed)");
        let dests: Vec<&Value> = route["route"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|d| &d["destination"])
            .collect();
        let targets: Vec<(&str, String)> = match subsets {
            Some((s, c)) => vec![("stable subset", s.clone()), ("canary subset", c.clone())],
            None => vec![
                ("stable service", stable.to_string()),
                ("canary service", canary.to_string()),
            ],
        };
        for (role, target) in targets {
            if target.is_empty() {
                continue;
            }
            let hit = dests.iter().any(|d| match subsets {
                Some(_) => d["subset"].as_str() == Some(&target),
                None => d["host"].as_str().is_some_and(|h| host_is(h, &target)),
            });
            if !hit {
                out.add(
                    at.key("name"),
                    format!("HTTP route {route_name:?} of VirtualService {name:?} does not route to the {role} {target:?}"),
                );
            }
        }
    }
}

/// The analyses a rollout runs, and whether each is a background analysis.
fn analyses(ro: &Rollout) -> Vec<(Path, RolloutAnalysis, bool)> {
    let mut all = Vec::new();
    let Some(strategy) = ro.spec.as_ref().and_then(|s| s.strategy.as_ref()) else {
        return all;
    };
    if let Some(c) = &strategy.canary {
        if let Some(bg) = &c.analysis {
            all.push((
                Path::of("spec.strategy.canary.analysis"),
                bg.analysis.clone(),
                true,
            ));
        }
        for (i, s) in c.steps.iter().flatten().enumerate() {
            if let Some(a) = &s.analysis {
                all.push((
                    Path::of("spec.strategy.canary.steps")
                        .idx(i)
                        .key("analysis"),
                    a.clone(),
                    false,
                ));
            }
        }
    }
    if let Some(bg) = &strategy.blue_green {
        for (field, a) in [
            ("prePromotionAnalysis", &bg.pre_promotion_analysis),
            ("postPromotionAnalysis", &bg.post_promotion_analysis),
        ] {
            if let Some(a) = a {
                all.push((
                    Path::of("spec.strategy.blueGreen").key(field),
                    a.clone(),
                    false,
                ));
            }
        }
    }
    all
}

fn analysis_refs(ro: &Rollout, refs: &References, ns: &str, out: &mut Findings) {
    for (at, analysis, background) in analyses(ro) {
        let passed: Vec<&Argument> = analysis.args.iter().flatten().collect();
        for (i, t) in analysis.templates.iter().flatten().enumerate() {
            let name = t.template_name.as_deref().unwrap_or("");
            let found = if t.cluster_scope == Some(true) {
                refs.cluster_templates.iter().find(|(r, _)| r.name == name)
            } else {
                refs.templates.iter().find(|(r, _)| {
                    r.name == name && (r.namespace.is_empty() || ns.is_empty() || r.namespace == ns)
                })
            };
            let Some((_, tmpl)) = found else { continue };
            let p = at.key("templates").idx(i);
            let spec = tmpl.spec.clone().unwrap_or_default();
            for a in spec.args.iter().flatten() {
                let arg = a.name.as_deref().unwrap_or("");
                let has_default = a.value.is_some() || a.value_from.is_some();
                if !has_default && !passed.iter().any(|x| x.name.as_deref() == Some(arg)) {
                    out.add(
                        p.clone(),
                        format!("args.{arg} was not resolved: AnalysisTemplate {name:?} needs it and the rollout does not pass it"),
                    );
                }
            }
            if background {
                continue;
            }
            for m in spec.metrics.iter().flatten() {
                let count = match &m.count {
                    Some(k8s_openapi::apimachinery::pkg::util::intstr::IntOrString::Int(n)) => {
                        Some(*n)
                    }
                    Some(k8s_openapi::apimachinery::pkg::util::intstr::IntOrString::String(s)) => {
                        s.parse().ok().or(Some(1))
                    }
                    None => None,
                };
                let interval = m.interval.as_deref().is_some_and(|i| !i.is_empty());
                if count.unwrap_or(0) == 0 && interval {
                    out.add(
                        p.clone(),
                        format!(
                            "AnalysisTemplate {name:?} has metric {:?} which runs indefinitely: set count (only a background analysis may run forever)",
                            m.name.as_deref().unwrap_or("")
                        ),
                    );
                }
            }
        }
    }
}
