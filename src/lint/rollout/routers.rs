//! The traffic routers' own rules (nginx, ALB, Istio, Ambassador, Traefik, APISIX, App Mesh)
//! and the routes a rollout manages.

use super::{Findings, Path};
use crate::lint::types::{Istio, TrafficRouting};

/// Each router's own required fields and one-of pairs.
pub(super) fn traffic_routers(tr: &TrafficRouting, at: &Path, out: &mut Findings) {
    ingresses(tr, at, out);
    if let Some(i) = &tr.istio {
        istio(i, at, out);
    }
    named(tr, at, out);
    managed_routes(tr, at, out);
}

/// nginx and ALB: one ingress or a list, not both, and ALB's port.
fn ingresses(tr: &TrafficRouting, at: &Path, out: &mut Findings) {
    if let Some(n) = &tr.nginx {
        let one = n.stable_ingress.as_deref().is_some_and(|s| !s.is_empty());
        let many = n.stable_ingresses.as_ref().is_some_and(|s| !s.is_empty());
        if one == many {
            out.add(
                at.key("nginx"),
                "exactly one of stableIngress and stableIngresses must be set",
            );
        }
    }
    if let Some(a) = &tr.alb {
        let one = a.ingress.as_deref().is_some_and(|s| !s.is_empty());
        let many = a.ingresses.as_ref().is_some_and(|s| !s.is_empty());
        if one == many {
            out.add(
                at.key("alb"),
                "exactly one of ingress and ingresses must be set",
            );
        }
        if let Some(p) = a.service_port
            && !(1..=65535).contains(&p)
        {
            out.add(
                at.key("alb.servicePort"),
                format!("{p} is not a valid port: 1 to 65535"),
            );
        }
    }
}

/// Istio: one virtual service or a list, each named, and a complete DestinationRule.
fn istio(i: &Istio, at: &Path, out: &mut Findings) {
    let one = i.virtual_service.is_some();
    let many = i.virtual_services.as_ref().is_some_and(|v| !v.is_empty());
    if one == many {
        out.add(
            at.key("istio"),
            "exactly one of virtualService and virtualServices must be set",
        );
    }
    let vss = i
        .virtual_service
        .iter()
        .map(|v| (at.key("istio.virtualService"), v));
    let listed = i
        .virtual_services
        .iter()
        .flatten()
        .enumerate()
        .map(|(n, v)| (at.key("istio.virtualServices").idx(n), v));
    for (p, vs) in vss.chain(listed) {
        if vs.name.as_deref().is_none_or(str::is_empty) {
            out.add(p.key("name"), "is required");
        }
    }
    if let Some(dr) = &i.destination_rule {
        for (field, v) in [
            ("name", &dr.name),
            ("canarySubsetName", &dr.canary_subset_name),
            ("stableSubsetName", &dr.stable_subset_name),
        ] {
            if v.as_deref().is_none_or(str::is_empty) {
                out.add(at.key("istio.destinationRule").key(field), "is required");
            }
        }
    }
}

/// Ambassador, Traefik, APISIX and App Mesh: the object each routes through is named.
fn named(tr: &TrafficRouting, at: &Path, out: &mut Findings) {
    if let Some(a) = &tr.ambassador
        && a.mappings.as_ref().is_none_or(Vec::is_empty)
    {
        out.add(
            at.key("ambassador.mappings"),
            "at least one mapping is required",
        );
    }
    if let Some(t) = &tr.traefik
        && t.weighted_traefik_service_name
            .as_deref()
            .is_none_or(str::is_empty)
    {
        out.add(at.key("traefik.weightedTraefikServiceName"), "is required");
    }
    if let Some(a) = &tr.apisix
        && a.route
            .as_ref()
            .and_then(|r| r.name.as_deref())
            .is_none_or(str::is_empty)
    {
        out.add(at.key("apisix.route.name"), "is required");
    }
    if let Some(m) = &tr.app_mesh
        && m.virtual_service
            .as_ref()
            .and_then(|v| v.name.as_deref())
            .is_none_or(str::is_empty)
    {
        out.add(at.key("appMesh.virtualService.name"), "is required");
    }
}

/// managedRoutes: each named, no name twice.
fn managed_routes(tr: &TrafficRouting, at: &Path, out: &mut Findings) {
    let mut seen = std::collections::HashSet::new();
    for (i, r) in tr.managed_routes.iter().flatten().enumerate() {
        let name = r.name.as_deref().unwrap_or("");
        if name.is_empty() {
            out.add(at.key("managedRoutes").idx(i).key("name"), "is required");
        } else if !seen.insert(name) {
            out.add(
                at.key("managedRoutes").idx(i).key("name"),
                format!("route {name:?} is listed twice"),
            );
        }
    }
}
