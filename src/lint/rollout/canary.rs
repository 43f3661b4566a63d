//! The canary strategy's rules: surge and unavailability, the services each router needs,
//! the settings that need (or exclude) traffic routing, and its analysis; the steps and the
//! routers have their own files.

use super::{
    DEFAULT_MAX_WEIGHT, Findings, Path, analysis_templates, anti_affinity, check_args,
    int_or_percent, non_negative, routers, steps,
};
use crate::lint::types::{Canary, TrafficRouting};

/// Which routers are configured.
pub(super) struct Routers<'a> {
    pub(super) tr: Option<&'a TrafficRouting>,
}

impl Routers<'_> {
    pub(super) fn any(&self) -> bool {
        self.tr.is_some()
    }
    pub(super) fn istio(&self) -> bool {
        self.tr.is_some_and(|t| t.istio.is_some())
    }
    pub(super) fn alb(&self) -> bool {
        self.tr.is_some_and(|t| t.alb.is_some())
    }
    pub(super) fn smi(&self) -> bool {
        self.tr.is_some_and(|t| t.smi.is_some())
    }
    pub(super) fn nginx(&self) -> bool {
        self.tr.is_some_and(|t| t.nginx.is_some())
    }
    pub(super) fn apisix(&self) -> bool {
        self.tr.is_some_and(|t| t.apisix.is_some())
    }
    pub(super) fn plugins(&self) -> bool {
        self.tr
            .is_some_and(|t| t.plugins.as_ref().is_some_and(|p| !p.is_empty()))
    }
}

pub(super) fn canary(c: &Canary, at: &Path, out: &mut Findings) {
    let routers = Routers {
        tr: c.traffic_routing.as_ref(),
    };
    let surge = int_or_percent(c.max_surge.as_ref(), &at.key("maxSurge"), out).unwrap_or(25);
    let unavailable =
        int_or_percent(c.max_unavailable.as_ref(), &at.key("maxUnavailable"), out).unwrap_or(25);
    if surge == 0 && unavailable == 0 {
        out.add(
            at.key("maxSurge"),
            "maxSurge and maxUnavailable can not both be 0",
        );
    }
    services(c, &routers, at, out);
    routing(c, &routers, at, out);
    non_negative(
        c.scale_down_delay_seconds,
        at.key("scaleDownDelaySeconds"),
        out,
    );
    non_negative(
        c.abort_scale_down_delay_seconds,
        at.key("abortScaleDownDelaySeconds"),
        out,
    );
    if let Some(limit) = c.scale_down_delay_revision_limit {
        non_negative(Some(limit), at.key("scaleDownDelayRevisionLimit"), out);
    }
    anti_affinity(c.anti_affinity.as_ref(), &at.key("antiAffinity"), out);
    if let Some(bg) = &c.analysis {
        analysis_templates(bg.analysis.templates.as_deref(), &at.key("analysis"), out);
        check_args(bg.analysis.args.as_deref(), &at.key("analysis.args"), out);
        if let Some(start) = bg.starting_step {
            let n = c.steps.as_ref().map_or(0, Vec::len) as i32;
            if start < 0 || start > n {
                out.add(
                    at.key("analysis.startingStep"),
                    format!("{start} is not a step: the rollout has {n} steps"),
                );
            }
        }
    }
    let max_weight = routers
        .tr
        .and_then(|t| t.max_traffic_weight)
        .unwrap_or(DEFAULT_MAX_WEIGHT);
    for (i, step) in c.steps.iter().flatten().enumerate() {
        steps::step(&routers, max_weight, step, &at.key("steps").idx(i), out);
    }
}

/// The stable, canary, ping and pong services: distinct, and present where the router needs them.
fn services(c: &Canary, routers: &Routers<'_>, at: &Path, out: &mut Findings) {
    let stable = c.stable_service.as_deref().unwrap_or("");
    let canary_svc = c.canary_service.as_deref().unwrap_or("");
    if !stable.is_empty() && stable == canary_svc {
        out.add(
            at.key("stableService"),
            "the stable and canary services are the same; two different services are required",
        );
    }
    if let Some(pp) = &c.ping_pong {
        let ping = pp.ping_service.as_deref().unwrap_or("");
        let pong = pp.pong_service.as_deref().unwrap_or("");
        if routers.any() && !routers.alb() {
            out.add(
                at.key("trafficRouting.alb"),
                "ping-pong works only with the ALB traffic router",
            );
        }
        for (field, v) in [("pingService", ping), ("pongService", pong)] {
            if v.is_empty() {
                out.add(
                    at.key("pingPong").key(field),
                    "both pingService and pongService are required for ping-pong",
                );
            }
        }
        if !ping.is_empty() && ping == pong {
            out.add(
                at.key("pingPong.pingService"),
                "the ping and pong services are the same; two different services are required",
            );
        }
        if let Some(alb) = routers.tr.and_then(|t| t.alb.as_ref())
            && alb.root_service.as_deref().is_none_or(str::is_empty)
        {
            out.add(
                at.key("trafficRouting.alb.rootService"),
                "a root service is required with ALB and ping-pong",
            );
        }
    }
    if needs_stable_and_canary(c) {
        for (field, v) in [("stableService", stable), ("canaryService", canary_svc)] {
            if v.is_empty() {
                out.add(
                    at.key(field),
                    "this traffic router needs both a stable and a canary service",
                );
            }
        }
    }
}

/// The settings that only make sense with (or without) traffic routing, and the routers' own.
fn routing(c: &Canary, routers: &Routers<'_>, at: &Path, out: &mut Findings) {
    match routers.tr {
        None => {
            if c.scale_down_delay_seconds.is_some() {
                out.add(
                    at.key("scaleDownDelaySeconds"),
                    "scaleDownDelaySeconds can only be used with traffic routing",
                );
            }
            if c.dynamic_stable_scale == Some(true) {
                out.add(
                    at.key("dynamicStableScale"),
                    "dynamicStableScale can only be used with traffic routing",
                );
            }
        }
        Some(tr) => {
            if c.scale_down_delay_seconds.is_some() && c.dynamic_stable_scale == Some(true) {
                out.add(
                    at.key("dynamicStableScale"),
                    "dynamicStableScale can not be used with scaleDownDelaySeconds",
                );
            }
            if tr.max_traffic_weight.is_some() && !routers.nginx() && !routers.plugins() {
                out.add(
                    at.key("trafficRouting.maxTrafficWeight"),
                    "maxTrafficWeight is supported only with the nginx router and plugins",
                );
            }
            if let Some(w) = tr.max_traffic_weight
                && w < 1
            {
                out.add(
                    at.key("trafficRouting.maxTrafficWeight"),
                    format!("{w} is not allowed: must be 1 or more"),
                );
            }
            routers::traffic_routers(tr, &at.key("trafficRouting"), out);
        }
    }
}

/// The routers that route by the stable and canary services (ALB with ping-pong routes by
/// the ping and pong services instead; Istio with a DestinationRule by subsets).
fn needs_stable_and_canary(c: &Canary) -> bool {
    let Some(tr) = &c.traffic_routing else {
        return false;
    };
    (tr.alb.is_some() && c.ping_pong.is_none())
        || tr
            .istio
            .as_ref()
            .is_some_and(|i| i.destination_rule.is_none())
        || tr.smi.is_some()
        || tr.apisix.is_some()
        || tr.ambassador.is_some()
        || tr.nginx.is_some()
        || tr.app_mesh.is_some()
        || tr.traefik.is_some()
}
