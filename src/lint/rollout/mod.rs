//! A Rollout's own rules, as the Argo Rollouts controller validates a spec before it acts on
//! it (learned from its validation package, written anew): the core fields, exactly one
//! strategy, the blue-green settings and the rules both strategies share; the canary settings,
//! its steps and the traffic routers are in `canary`, `steps` and `routers`.

use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;

use super::types::{AntiAffinity, Argument, BlueGreen, Rollout, RolloutSpec};
use super::{Findings, Path, pod};

mod canary;
mod routers;
mod steps;

use canary::canary;

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
