//! Experiment rules: templates that are named once each, with selectors that select their
//! own pod templates and pod templates a ReplicaSet can run; a duration that parses; analyses
//! with names and templates.

use std::collections::HashSet;

use super::rollout::argo_duration_seconds;
use super::types::Experiment;
use super::{Findings, Path, analysis, pod};

pub fn check(e: &Experiment, out: &mut Findings) {
    let Some(spec) = &e.spec else {
        out.add(Path::of("spec"), "a spec is required");
        return;
    };
    let at = Path::of("spec");
    let templates = spec.templates.as_deref().unwrap_or_default();
    if templates.is_empty() {
        out.add(at.key("templates"), "at least one template is required");
    }
    let mut names = HashSet::new();
    for (i, t) in templates.iter().enumerate() {
        let p = at.key("templates").idx(i);
        out.unique_name(
            t.name.as_deref(),
            &mut names,
            p.key("name"),
            "template name",
        );
        out.non_negative(t.replicas, p.key("replicas"));
        pod::check_required_selector(
            t.selector.as_ref(),
            &p.key("selector"),
            "a selector is required",
            out,
        );
        pod::check_template(
            t.template.as_ref(),
            t.selector.as_ref(),
            &p.key("template"),
            out,
        );
    }
    if let Some(d) = &spec.duration
        && argo_duration_seconds(d).is_none_or(|n| n < 0)
    {
        out.add(
            at.key("duration"),
            format!("{d:?} is not a duration (30s, 5m, 1h)"),
        );
    }
    for (field, v) in [
        ("progressDeadlineSeconds", spec.progress_deadline_seconds),
        ("scaleDownDelaySeconds", spec.scale_down_delay_seconds),
    ] {
        out.non_negative(v, at.key(field));
    }
    let mut analysis_names = HashSet::new();
    for (i, a) in spec.analyses.iter().flatten().enumerate() {
        let p = at.key("analyses").idx(i);
        out.unique_name(
            a.name.as_deref(),
            &mut analysis_names,
            p.key("name"),
            "analysis name",
        );
        if a.template_name.as_deref().is_none_or(str::is_empty) {
            out.add(p.key("templateName"), "is required");
        }
        analysis::declare_args(a.args.as_deref(), &p.key("args"), out);
    }
}
