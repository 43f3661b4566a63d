//! Every canary step's rules: one kind per step, weights in range, pauses that are durations,
//! header and mirror routes the router supports and the rollout manages, experiments and
//! analyses that name what they run.

use super::canary::Routers;
use super::{
    Findings, Path, analysis_templates, argo_duration_seconds, check_args, duration_seconds,
    non_negative,
};
use crate::lint::types::{
    CanaryStep, ExperimentStep, SetCanaryScale, SetHeaderRoute, SetMirrorRoute, StringMatch,
};

pub(super) fn step(
    routers: &Routers<'_>,
    max_weight: i32,
    s: &CanaryStep,
    at: &Path,
    out: &mut Findings,
) {
    one_kind(s, at, out);
    if let Some(w) = s.set_weight
        && !(0..=max_weight).contains(&w)
    {
        out.add(
            at.key("setWeight"),
            format!("{w} is out of range: setWeight must be 0 to {max_weight}"),
        );
    }
    if let Some(d) = s.pause.as_ref().and_then(|p| p.duration.as_ref()) {
        match duration_seconds(d) {
            Some(n) if n < 0 => out.add(
                at.key("pause.duration"),
                format!("{n}s is not allowed: the duration must be 0 or more"),
            ),
            Some(_) => {}
            None => out.add(
                at.key("pause.duration"),
                "not a duration: use seconds (30) or a duration (30s, 5m, 1h)",
            ),
        }
    }
    if let Some(scale) = &s.set_canary_scale {
        canary_scale(scale, routers, at, out);
    }
    let managed: Vec<&str> = routers
        .tr
        .and_then(|t| t.managed_routes.as_ref())
        .into_iter()
        .flatten()
        .filter_map(|r| r.name.as_deref())
        .collect();
    let has_managed = routers.tr.is_some_and(|t| t.managed_routes.is_some());
    if let Some(h) = &s.set_header_route {
        header_route(h, routers, &managed, has_managed, at, out);
    }
    if let Some(m) = &s.set_mirror_route {
        mirror_route(m, routers, &managed, has_managed, at, out);
    }
    if let Some(e) = &s.experiment {
        experiment(e, routers, at, out);
    }
    if let Some(a) = &s.analysis {
        analysis_templates(a.templates.as_deref(), &at.key("analysis"), out);
        if a.templates.as_ref().is_none_or(Vec::is_empty) {
            out.add(
                at.key("analysis.templates"),
                "at least one template is required",
            );
        }
        check_args(a.args.as_deref(), &at.key("analysis.args"), out);
    }
}

/// A step does exactly one thing.
fn one_kind(s: &CanaryStep, at: &Path, out: &mut Findings) {
    let kinds = [
        s.set_weight.is_some(),
        s.pause.is_some(),
        s.experiment.is_some(),
        s.analysis.is_some(),
        s.set_canary_scale.is_some(),
        s.set_header_route.is_some(),
        s.set_mirror_route.is_some(),
        s.plugin.is_some(),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    match kinds {
        0 => out.add(
            at.clone(),
            "a step must set one of setWeight, pause, experiment, analysis, setCanaryScale, setHeaderRoute, setMirrorRoute, plugin",
        ),
        1 => {}
        _ => out.add(
            at.clone(),
            "a step may set only one of setWeight, pause, experiment, analysis, setCanaryScale, setHeaderRoute, setMirrorRoute, plugin",
        ),
    }
}

fn canary_scale(scale: &SetCanaryScale, routers: &Routers<'_>, at: &Path, out: &mut Findings) {
    if !routers.any() {
        out.add(
            at.key("setCanaryScale"),
            "setCanaryScale requires trafficRouting",
        );
    }
    let set = [
        scale.weight.is_some(),
        scale.replicas.is_some(),
        scale.match_traffic_weight == Some(true),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    if set != 1 {
        out.add(
            at.key("setCanaryScale"),
            "exactly one of weight, replicas and matchTrafficWeight must be set",
        );
    }
    if let Some(w) = scale.weight
        && !(0..=100).contains(&w)
    {
        out.add(
            at.key("setCanaryScale.weight"),
            format!("{w} is out of range: 0 to 100"),
        );
    }
    non_negative(scale.replicas, at.key("setCanaryScale.replicas"), out);
}

fn header_route(
    h: &SetHeaderRoute,
    routers: &Routers<'_>,
    managed: &[&str],
    has_managed: bool,
    at: &Path,
    out: &mut Findings,
) {
    let p = at.key("setHeaderRoute");
    if !(routers.istio() || routers.alb() || routers.apisix() || routers.plugins()) {
        out.add(
            p.clone(),
            "setHeaderRoute requires trafficRouting with istio, alb, apisix or a plugin",
        );
    } else {
        for (j, m) in h.matches.iter().flatten().enumerate() {
            let mp = p.key("match").idx(j);
            if m.header_name.as_deref().is_none_or(str::is_empty) {
                out.add(mp.key("headerName"), "is required");
            }
            let value = m.header_value.as_ref();
            if routers.alb() {
                let exact_only = value.is_some_and(|v| {
                    v.exact.as_deref().is_some_and(|e| !e.is_empty())
                        && v.prefix.as_deref().is_none_or(str::is_empty)
                        && v.regex.as_deref().is_none_or(str::is_empty)
                });
                if !exact_only {
                    out.add(
                        mp.key("headerValue"),
                        "the ALB router supports only an exact header value",
                    );
                }
            } else {
                string_match(value, &mp.key("headerValue"), out);
            }
        }
    }
    route_in_managed(h.name.as_deref(), managed, has_managed, routers, &p, out);
}

fn mirror_route(
    m: &SetMirrorRoute,
    routers: &Routers<'_>,
    managed: &[&str],
    has_managed: bool,
    at: &Path,
    out: &mut Findings,
) {
    let p = at.key("setMirrorRoute");
    if !routers.istio() {
        out.add(
            p.clone(),
            "setMirrorRoute requires trafficRouting with istio",
        );
    }
    for (j, rm) in m.matches.iter().flatten().enumerate() {
        let mp = p.key("match").idx(j);
        if let Some(v) = &rm.method {
            string_match(Some(v), &mp.key("method"), out);
        }
        if let Some(v) = &rm.path {
            string_match(Some(v), &mp.key("path"), out);
        }
        for (h, v) in rm.headers.iter().flatten() {
            string_match(Some(v), &mp.key("headers").key(h), out);
        }
    }
    if let Some(pct) = m.percentage
        && !(0..=100).contains(&pct)
    {
        out.add(
            p.key("percentage"),
            format!("{pct} is out of range: 0 to 100"),
        );
    }
    route_in_managed(m.name.as_deref(), managed, has_managed, routers, &p, out);
}

fn experiment(e: &ExperimentStep, routers: &Routers<'_>, at: &Path, out: &mut Findings) {
    let p = at.key("experiment");
    let mut names = std::collections::HashSet::new();
    for (j, t) in e.templates.iter().flatten().enumerate() {
        let tp = p.key("templates").idx(j);
        out.unique_name(
            t.name.as_deref(),
            &mut names,
            tp.key("name"),
            "template name",
        );
        match t.spec_ref.as_deref() {
            Some("canary" | "stable") => {}
            None => out.add(tp.key("specRef"), "is required: canary or stable"),
            Some(other) => out.add(
                tp.key("specRef"),
                format!("{other:?} is not canary or stable"),
            ),
        }
        if t.weight.is_some() {
            if !routers.any() {
                out.add(
                    tp.key("weight"),
                    "an experiment template weight requires trafficRouting",
                );
            } else if !(routers.alb() || routers.smi() || routers.istio()) {
                out.add(
                    tp.key("weight"),
                    "an experiment template weight is supported only with the SMI, ALB and Istio routers",
                );
            }
        }
    }
    if e.templates.as_ref().is_none_or(Vec::is_empty) {
        out.add(p.key("templates"), "at least one template is required");
    }
    if let Some(d) = &e.duration
        && argo_duration_seconds(d).is_none_or(|n| n < 0)
    {
        out.add(
            p.key("duration"),
            format!("{d:?} is not a duration (30s, 5m, 1h)"),
        );
    }
    for (j, a) in e.analyses.iter().flatten().enumerate() {
        let ap = p.key("analyses").idx(j);
        if a.template_name.as_deref().is_none_or(str::is_empty) {
            out.add(ap.key("templateName"), "is required");
        }
        check_args(a.args.as_deref(), &ap.key("args"), out);
    }
}

fn route_in_managed(
    name: Option<&str>,
    managed: &[&str],
    has_managed: bool,
    routers: &Routers<'_>,
    at: &Path,
    out: &mut Findings,
) {
    if !routers.any() {
        return;
    }
    if !has_managed {
        out.add(
            Path::of("spec.strategy.canary.trafficRouting.managedRoutes"),
            "managedRoutes is required when a step sets a header or mirror route",
        );
        return;
    }
    let name = name.unwrap_or("");
    if !managed.contains(&name) {
        out.add(
            at.key("name"),
            format!(
                "route {name:?} is not listed in spec.strategy.canary.trafficRouting.managedRoutes"
            ),
        );
    }
}

/// Exactly one of exact, prefix, regex.
fn string_match(m: Option<&StringMatch>, at: &Path, out: &mut Findings) {
    let n = m.map_or(0, |m| {
        [&m.exact, &m.prefix, &m.regex]
            .iter()
            .filter(|v| v.as_deref().is_some_and(|s| !s.is_empty()))
            .count()
    });
    match n {
        1 => {}
        0 => out.add(
            at.clone(),
            "a match value is required: exact, prefix or regex",
        ),
        _ => out.add(at.clone(), "only one of exact, prefix and regex may be set"),
    }
}
