//! AnalysisTemplate, ClusterAnalysisTemplate and AnalysisRun rules: the metric rules the
//! controller applies when it starts a run (one provider, unique names, count, interval and
//! limits that agree), arguments that are declared before `{{args.NAME}}` uses them, and,
//! for a run, arguments that have a value.

use std::collections::HashSet;

use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;

use super::types::{AnalysisRun, AnalysisTemplate, Argument, DryRun, MeasurementRetention, Metric};
use super::{Findings, Path};

pub fn check_template(t: &AnalysisTemplate, out: &mut Findings) {
    let Some(spec) = &t.spec else {
        out.add(Path::of("spec"), "a spec is required");
        return;
    };
    common(
        spec.args.as_deref(),
        spec.metrics.as_deref(),
        spec.dry_run.as_deref(),
        spec.measurement_retention.as_deref(),
        out,
    );
}

/// What templates and runs share: arguments, metrics, dry-run and retention rules.
fn common(
    args: Option<&[Argument]>,
    metrics_: Option<&[Metric]>,
    dry_run: Option<&[DryRun]>,
    retention: Option<&[MeasurementRetention]>,
    out: &mut Findings,
) {
    let at = Path::of("spec");
    let declared = declare_args(args, &at.key("args"), out);
    metrics(metrics_, &declared, &at, out);
    metric_rules(dry_run, retention, metrics_, &at, out);
}

pub fn check_run(r: &AnalysisRun, out: &mut Findings) {
    let Some(spec) = &r.spec else {
        out.add(Path::of("spec"), "a spec is required");
        return;
    };
    let at = Path::of("spec");
    common(
        spec.args.as_deref(),
        spec.metrics.as_deref(),
        spec.dry_run.as_deref(),
        spec.measurement_retention.as_deref(),
        out,
    );
    for (i, a) in spec.args.iter().flatten().enumerate() {
        if a.value.is_none() && a.value_from.is_none() {
            out.add(
                at.key("args").idx(i),
                format!("args.{} was not resolved", a.name.as_deref().unwrap_or("")),
            );
        }
    }
    if let Some(ttl) = &spec.ttl_strategy {
        for (field, v) in [
            ("secondsAfterCompletion", ttl.seconds_after_completion),
            ("secondsAfterFailure", ttl.seconds_after_failure),
            ("secondsAfterSuccess", ttl.seconds_after_success),
        ] {
            out.non_negative(v, at.key("ttlStrategy").key(field));
        }
    }
}

/// The declared argument names; names required and unique, value and valueFrom exclusive.
pub fn declare_args<'a>(
    args: Option<&'a [Argument]>,
    at: &Path,
    out: &mut Findings,
) -> HashSet<&'a str> {
    let mut names = HashSet::new();
    for (i, a) in args.unwrap_or_default().iter().enumerate() {
        let p = at.idx(i);
        out.unique_name(a.name.as_deref(), &mut names, p.key("name"), "argument");
        if a.value.is_some() && a.value_from.is_some() {
            out.add(p.clone(), "only one of value and valueFrom may be set");
        }
        if let Some(s) = a
            .value_from
            .as_ref()
            .and_then(|v| v.secret_key_ref.as_ref())
        {
            for (field, v) in [("name", &s.name), ("key", &s.key)] {
                if v.as_deref().is_none_or(str::is_empty) {
                    out.add(p.key("valueFrom.secretKeyRef").key(field), "is required");
                }
            }
        }
    }
    names
}

/// The `{{args.NAME}}` (and `{{ args.NAME }}`) references in a text.
pub fn arg_references(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else { break };
        let inner = after[..end].trim();
        if let Some(name) = inner.strip_prefix("args.")
            && !name.is_empty()
        {
            found.push(name.to_string());
        }
        rest = &after[end + 2..];
    }
    found
}

/// A limit's number, when it is one (a string may be an `{{args.x}}` resolved at run time).
fn number(v: Option<&IntOrString>) -> Option<i64> {
    match v? {
        IntOrString::Int(n) => Some(i64::from(*n)),
        IntOrString::String(s) => s.trim().parse().ok(),
    }
}

fn metrics(metrics: Option<&[Metric]>, declared: &HashSet<&str>, at: &Path, out: &mut Findings) {
    let metrics = metrics.unwrap_or_default();
    if metrics.is_empty() {
        out.add(at.key("metrics"), "at least one metric is required");
    }
    let mut names = HashSet::new();
    for (i, m) in metrics.iter().enumerate() {
        let p = at.key("metrics").idx(i);
        out.unique_name(m.name.as_deref(), &mut names, p.key("name"), "metric name");
        let providers = m.provider.as_ref().map(|p| p.set()).unwrap_or_default();
        match providers.len() {
            1 => {}
            0 => out.add(
                p.key("provider"),
                "a metric needs a provider (e.g. prometheus, web, job)",
            ),
            _ => out.add(
                p.key("provider"),
                format!(
                    "a metric may have only one provider, not {}",
                    providers.join(", ")
                ),
            ),
        }
        let count = number(m.count.as_ref());
        let failure = number(m.failure_limit.as_ref());
        let inconclusive = number(m.inconclusive_limit.as_ref());
        if let Some(c) = count.filter(|c| *c > 0) {
            if failure.is_some_and(|f| c < f) {
                out.add(p.key("count"), "count must be >= failureLimit");
            }
            if inconclusive.is_some_and(|f| c < f) {
                out.add(p.key("count"), "count must be >= inconclusiveLimit");
            }
        }
        if count.is_some_and(|c| c > 1) && m.interval.as_deref().is_none_or(str::is_empty) {
            out.add(p.key("interval"), "an interval is required when count > 1");
        }
        for (field, v) in [
            ("interval", &m.interval),
            ("initialDelay", &m.initial_delay),
        ] {
            if let Some(d) = v
                && arg_references(d).is_empty()
                && crate::model::duration::parse_go(d.trim()).is_none_or(|n| n.is_negative())
            {
                out.add(
                    p.key(field),
                    format!("{d:?} is not a duration (30s, 5m, 1h)"),
                );
            }
        }
        for (field, v) in [
            ("count", count),
            ("failureLimit", failure),
            ("inconclusiveLimit", inconclusive),
            (
                "consecutiveErrorLimit",
                number(m.consecutive_error_limit.as_ref()),
            ),
            (
                "consecutiveSuccessLimit",
                number(m.consecutive_success_limit.as_ref()),
            ),
        ] {
            out.non_negative(v, p.key(field));
        }
        // Every `{{args.NAME}}` in the metric must be declared, or the run errors at start.
        let text = serde_json::to_string(m).unwrap_or_default();
        let mut reported = HashSet::new();
        for name in arg_references(&text) {
            if !declared.contains(name.as_str()) && reported.insert(name.clone()) {
                out.add(
                    p.clone(),
                    format!("uses {{{{args.{name}}}}} but spec.args does not declare {name:?}"),
                );
            }
        }
    }
}

/// `dryRun` and `measurementRetention` rules name metrics (a Go regular expression,
/// unanchored); a literal name must match some metric.
fn metric_rules(
    dry_run: Option<&[DryRun]>,
    retention: Option<&[MeasurementRetention]>,
    metrics: Option<&[Metric]>,
    at: &Path,
    out: &mut Findings,
) {
    let names: Vec<&str> = metrics
        .unwrap_or_default()
        .iter()
        .filter_map(|m| m.name.as_deref())
        .collect();
    let rules = dry_run
        .unwrap_or_default()
        .iter()
        .map(|d| d.metric_name.as_deref())
        .enumerate()
        .map(|(i, n)| (at.key("dryRun").idx(i), n))
        .chain(
            retention
                .unwrap_or_default()
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    (
                        at.key("measurementRetention").idx(i),
                        r.metric_name.as_deref(),
                    )
                }),
        );
    for (p, name) in rules {
        let name = name.unwrap_or("");
        if name.is_empty() {
            out.add(p.key("metricName"), "is required");
            continue;
        }
        let literal = !name.contains(|c: char| "\\.+*?()|[]{}^$".contains(c));
        if literal && !names.iter().any(|m| m.contains(name)) {
            out.add(p.key("metricName"), format!("{name:?} matches no metric"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn argument_references_are_found_with_or_without_spaces() {
        assert_eq!(
            arg_references("rate{svc=\"{{args.service-name}}\"} > {{ args.limit }} {{secrets.x}}"),
            ["service-name", "limit"]
        );
    }
}
