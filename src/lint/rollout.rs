//! A Rollout's own rules, as the Argo Rollouts controller validates a spec before it acts on
//! it (learned from its validation package, written anew): the core fields, exactly one
//! strategy, the blue-green and canary settings, every canary step, and the traffic routers.

use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;

use super::types::{
    AntiAffinity, Argument, BlueGreen, Canary, CanaryStep, Rollout, RolloutSpec, StringMatch,
    TrafficRouting,
};
use super::{Findings, Path, pod};

/// The controller's defaults, where a rule depends on them.
const DEFAULT_REVISION_HISTORY_LIMIT: i32 = 10;
const DEFAULT_PROGRESS_DEADLINE_SECONDS: i32 = 600;
const DEFAULT_MAX_WEIGHT: i32 = 100;

pub fn check(ro: &Rollout, out: &mut Findings) {
    let Some(spec) = &ro.spec else {
        out.add(Path::of("spec"), "a spec is required");
        return;
    };
    core(spec, out);
    let at = Path::of("spec.strategy");
    let strategy = spec.strategy.as_ref();
    match (
        strategy.and_then(|s| s.blue_green.as_ref()),
        strategy.and_then(|s| s.canary.as_ref()),
    ) {
        (None, None) => out.add(at, "a strategy is required: canary or blueGreen"),
        (Some(_), Some(_)) => out.add(at, "only one strategy may be set: canary or blueGreen"),
        (Some(bg), None) => blue_green(spec, bg, &at.key("blueGreen"), out),
        (None, Some(c)) => canary(c, &at.key("canary"), out),
    }
}

fn non_negative(v: Option<i32>, at: Path, out: &mut Findings) {
    out.non_negative(v, at);
}

fn core(spec: &RolloutSpec, out: &mut Findings) {
    let at = Path::of("spec");
    non_negative(spec.replicas, at.key("replicas"), out);
    if spec.workload_ref.is_none() {
        pod::check_required_selector(
            spec.selector.as_ref(),
            &at.key("selector"),
            "a selector is required (unless workloadRef is set)",
            out,
        );
        pod::check_template(
            spec.template.as_ref(),
            spec.selector.as_ref(),
            &at.key("template"),
            out,
        );
    } else {
        let meta = spec.template.as_ref().and_then(|t| t.metadata.as_ref());
        let has_meta = meta.is_some_and(|m| {
            m.labels.as_ref().is_some_and(|l| !l.is_empty())
                || m.annotations.as_ref().is_some_and(|a| !a.is_empty())
        });
        let has_spec = spec
            .template
            .as_ref()
            .and_then(|t| t.spec.as_ref())
            .is_some_and(|s| !s.containers.is_empty());
        if has_meta || has_spec {
            out.add(
                at.key("template"),
                "template must be empty when workloadRef is set (the pod template comes from the referenced workload)",
            );
        }
        if let Some(w) = &spec.workload_ref {
            for (field, v) in [("kind", &w.kind), ("name", &w.name)] {
                if v.as_deref().is_none_or(str::is_empty) {
                    out.add(at.key("workloadRef").key(field), "is required");
                }
            }
            if let Some(sd) = &w.scale_down
                && !matches!(sd.as_str(), "never" | "onsuccess" | "progressively")
            {
                out.add(
                    at.key("workloadRef.scaleDown"),
                    format!("{sd:?} is not one of never, onsuccess, progressively"),
                );
            }
        }
    }
    non_negative(spec.min_ready_seconds, at.key("minReadySeconds"), out);
    non_negative(
        spec.revision_history_limit,
        at.key("revisionHistoryLimit"),
        out,
    );
    non_negative(
        spec.progress_deadline_seconds,
        at.key("progressDeadlineSeconds"),
        out,
    );
    let deadline = spec
        .progress_deadline_seconds
        .unwrap_or(DEFAULT_PROGRESS_DEADLINE_SECONDS);
    let min_ready = spec.min_ready_seconds.unwrap_or(0);
    if deadline <= min_ready {
        out.add(
            at.key("progressDeadlineSeconds"),
            format!("must be greater than minReadySeconds ({deadline} <= {min_ready})"),
        );
    }
    if let Some(restart) = &spec.restart_at
        && restart.parse::<jiff::Timestamp>().is_err()
    {
        out.add(
            at.key("restartAt"),
            format!("{restart:?} is not an RFC 3339 time"),
        );
    }
}

fn revision_history_limit(spec: &RolloutSpec) -> i32 {
    spec.revision_history_limit
        .unwrap_or(DEFAULT_REVISION_HISTORY_LIMIT)
}

fn blue_green(spec: &RolloutSpec, bg: &BlueGreen, at: &Path, out: &mut Findings) {
    let active = bg.active_service.as_deref().unwrap_or("");
    let preview = bg.preview_service.as_deref().unwrap_or("");
    if active.is_empty() {
        out.add(at.key("activeService"), "an active service is required");
    } else if active == preview {
        out.add(
            at.key("activeService"),
            "the active and preview services are the same; two different services are required",
        );
    }
    if let Some(limit) = bg.scale_down_delay_revision_limit
        && limit > revision_history_limit(spec)
    {
        out.add(
            at.key("scaleDownDelayRevisionLimit"),
            format!(
                "{limit} is more than revisionHistoryLimit ({}): the revision history limit can not be smaller than the scale-down limit",
                revision_history_limit(spec)
            ),
        );
    }
    non_negative(
        bg.scale_down_delay_seconds,
        at.key("scaleDownDelaySeconds"),
        out,
    );
    non_negative(bg.preview_replica_count, at.key("previewReplicaCount"), out);
    non_negative(
        bg.auto_promotion_seconds,
        at.key("autoPromotionSeconds"),
        out,
    );
    int_or_percent(bg.max_unavailable.as_ref(), &at.key("maxUnavailable"), out);
    anti_affinity(bg.anti_affinity.as_ref(), &at.key("antiAffinity"), out);
    for (field, a) in [
        ("prePromotionAnalysis", &bg.pre_promotion_analysis),
        ("postPromotionAnalysis", &bg.post_promotion_analysis),
    ] {
        if let Some(a) = a {
            analysis_templates(a.templates.as_deref(), &at.key(field), out);
        }
    }
}

fn anti_affinity(aa: Option<&AntiAffinity>, at: &Path, out: &mut Findings) {
    let Some(aa) = aa else { return };
    let preferred = &aa.preferred_during_scheduling_ignored_during_execution;
    let required = &aa.required_during_scheduling_ignored_during_execution;
    if preferred.is_some() == required.is_some() {
        out.add(
            at.clone(),
            "exactly one of preferredDuringSchedulingIgnoredDuringExecution and requiredDuringSchedulingIgnoredDuringExecution must be set",
        );
    }
    if let Some(p) = preferred {
        let w = p.weight.unwrap_or(0);
        if !(1..=100).contains(&w) {
            out.add(
                at.key("preferredDuringSchedulingIgnoredDuringExecution.weight"),
                format!("{w} is not allowed: the weight must be 1 to 100"),
            );
        }
    }
}

/// The value of an int-or-percent (`3` or `"25%"`), or a problem when it is neither.
fn int_or_percent(v: Option<&IntOrString>, at: &Path, out: &mut Findings) -> Option<i32> {
    match v? {
        IntOrString::Int(n) => Some(*n),
        IntOrString::String(s) => {
            let n = s.strip_suffix('%').unwrap_or(s).parse::<i32>().ok();
            if n.is_none() {
                out.add(
                    at.clone(),
                    format!("{s:?} is not a number or a percentage (e.g. 1 or \"25%\")"),
                );
            }
            n
        }
    }
}

fn analysis_templates(
    templates: Option<&[super::types::AnalysisTemplateRef]>,
    at: &Path,
    out: &mut Findings,
) {
    for (i, t) in templates.unwrap_or_default().iter().enumerate() {
        if t.template_name.as_deref().is_none_or(str::is_empty) {
            out.add(
                at.key("templates").idx(i).key("templateName"),
                "is required",
            );
        }
    }
}

/// Which routers are configured.
struct Routers<'a> {
    tr: Option<&'a TrafficRouting>,
}

impl Routers<'_> {
    fn any(&self) -> bool {
        self.tr.is_some()
    }
    fn istio(&self) -> bool {
        self.tr.is_some_and(|t| t.istio.is_some())
    }
    fn alb(&self) -> bool {
        self.tr.is_some_and(|t| t.alb.is_some())
    }
    fn smi(&self) -> bool {
        self.tr.is_some_and(|t| t.smi.is_some())
    }
    fn nginx(&self) -> bool {
        self.tr.is_some_and(|t| t.nginx.is_some())
    }
    fn apisix(&self) -> bool {
        self.tr.is_some_and(|t| t.apisix.is_some())
    }
    fn plugins(&self) -> bool {
        self.tr
            .is_some_and(|t| t.plugins.as_ref().is_some_and(|p| !p.is_empty()))
    }
}

fn canary(c: &Canary, at: &Path, out: &mut Findings) {
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
            traffic_routers(tr, &at.key("trafficRouting"), out);
        }
    }
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
        self::step(&routers, max_weight, step, &at.key("steps").idx(i), out);
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

/// Each router's own required fields and one-of pairs.
fn traffic_routers(tr: &TrafficRouting, at: &Path, out: &mut Findings) {
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
    if let Some(i) = &tr.istio {
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

/// A pause duration in seconds: a number (of seconds) or a Go duration string; `None` when
/// it is neither.
pub fn duration_seconds(d: &IntOrString) -> Option<i64> {
    match d {
        IntOrString::Int(n) => Some(i64::from(*n)),
        IntOrString::String(s) => argo_duration_seconds(s),
    }
}

/// An Argo duration string (`30s`, `1h30m`, `-5s`, or plain seconds), in whole seconds.
pub fn argo_duration_seconds(s: &str) -> Option<i64> {
    crate::model::duration::parse_argo(s.trim()).map(|d| d.as_secs())
}

fn step(routers: &Routers<'_>, max_weight: i32, s: &CanaryStep, at: &Path, out: &mut Findings) {
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
    let managed: Vec<&str> = routers
        .tr
        .and_then(|t| t.managed_routes.as_ref())
        .into_iter()
        .flatten()
        .filter_map(|r| r.name.as_deref())
        .collect();
    let has_managed = routers.tr.is_some_and(|t| t.managed_routes.is_some());
    if let Some(h) = &s.set_header_route {
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
        route_in_managed(h.name.as_deref(), &managed, has_managed, routers, &p, out);
    }
    if let Some(m) = &s.set_mirror_route {
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
        route_in_managed(m.name.as_deref(), &managed, has_managed, routers, &p, out);
    }
    if let Some(e) = &s.experiment {
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

/// The metadata fields an analysis argument may read from the rollout (the downward API's).
fn field_ref_resolves(path: &str) -> bool {
    if matches!(
        path,
        "metadata.name"
            | "metadata.namespace"
            | "metadata.uid"
            | "metadata.labels"
            | "metadata.annotations"
    ) {
        return true;
    }
    ["metadata.labels['", "metadata.annotations['"]
        .iter()
        .any(|p| {
            path.strip_prefix(p)
                .is_some_and(|r| r.len() > 2 && r.ends_with("']"))
        })
}

/// Arguments a rollout passes to its analyses: a name, a value or a valueFrom, and
/// `fieldRef` paths into the rollout's metadata that the controller can read.
fn check_args(args: Option<&[Argument]>, at: &Path, out: &mut Findings) {
    let mut names = std::collections::HashSet::new();
    for (i, a) in args.unwrap_or_default().iter().enumerate() {
        let p = at.idx(i);
        out.unique_name(a.name.as_deref(), &mut names, p.key("name"), "argument");
        if a.value.is_some() && a.value_from.is_some() {
            out.add(p.clone(), "only one of value and valueFrom may be set");
        }
        if let Some(vf) = &a.value_from {
            if let Some(h) = &vf.pod_template_hash_value
                && !matches!(h.as_str(), "Stable" | "Latest")
            {
                out.add(
                    p.key("valueFrom.podTemplateHashValue"),
                    format!("{h:?} is not Stable or Latest"),
                );
            }
            if let Some(path) = vf.field_ref.as_ref().and_then(|f| f.field_path.as_deref())
                && path.starts_with("metadata")
                && !field_ref_resolves(path)
            {
                out.add(
                    p.key("valueFrom.fieldRef.fieldPath"),
                    format!("{path:?} is not rollout metadata the controller can read (metadata.name, metadata.namespace, metadata.uid, metadata.labels['KEY'], metadata.annotations['KEY'])"),
                );
            }
        }
    }
}
