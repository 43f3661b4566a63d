//! Server text made safe for a terminal. Names, messages and statuses come from whoever can
//! write to the cluster; a newline, carriage return or escape sequence in one of them would
//! break the table or repaint the user's screen. Every such character is shown as U+FFFD
//! before the text is laid out (our own colours are added afterwards, so they survive).

use std::borrow::Cow;

use crate::view::{
    AnalysisRunView, ExperimentRow, ExperimentView, ImageView, JobView, PodView, ReplicaSetView,
    RolloutRow, RolloutView,
};

/// What a character that must not reach the terminal is shown as.
pub const REPLACEMENT: char = '\u{FFFD}';

/// True for characters a terminal would act on instead of printing: C0 and C1 controls (tab,
/// newline and escape among them), DEL, and the bidirectional overrides and isolates that
/// reorder what is shown around them.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `s` with every unsafe character replaced by U+FFFD; borrowed when there is none.
pub fn clean(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| if is_unsafe(c) { REPLACEMENT } else { c })
            .collect(),
    )
}

fn fix(s: &mut String) {
    if let Cow::Owned(c) = clean(s) {
        *s = c;
    }
}

fn fix_all(v: &mut [String]) {
    v.iter_mut().for_each(fix);
}

/// The view with every string cleaned; borrowed (no copy) in the usual case of clean input.
pub fn rollout_view(v: &RolloutView) -> Cow<'_, RolloutView> {
    let mut dirty = false;
    let mut probe = |s: &str| dirty |= s.chars().any(is_unsafe);
    walk_rollout_ref(v, &mut probe);
    if !dirty {
        return Cow::Borrowed(v);
    }
    let mut owned = v.clone();
    fix(&mut owned.name);
    fix(&mut owned.namespace);
    if let Some(s) = owned.status.other_mut() {
        fix(s);
    }
    fix(&mut owned.message);
    if let Some(s) = owned.step.as_mut() {
        fix(s);
    }
    owned.images.iter_mut().for_each(fix_image);
    fix_all(&mut owned.warnings);
    for rev in &mut owned.revisions {
        rev.replica_sets.iter_mut().for_each(fix_replica_set);
        rev.experiments.iter_mut().for_each(fix_experiment);
        rev.analysis_runs.iter_mut().for_each(fix_run);
    }
    Cow::Owned(owned)
}

/// The experiment view with every string cleaned.
pub fn experiment_view(v: &ExperimentView) -> Cow<'_, ExperimentView> {
    let mut dirty = false;
    let mut probe = |s: &str| dirty |= s.chars().any(is_unsafe);
    walk_experiment_ref(v, &mut probe);
    if !dirty {
        return Cow::Borrowed(v);
    }
    let mut owned = v.clone();
    fix_experiment(&mut owned);
    Cow::Owned(owned)
}

/// A `list rollouts` row with every string cleaned.
pub fn rollout_row(r: &RolloutRow) -> Cow<'_, RolloutRow> {
    // The strategy is one of our own words; a phase may be the server's text.
    let fields = [
        r.namespace.as_str(),
        &r.name,
        r.status.as_str(),
        &r.message,
        &r.step,
        &r.set_weight,
    ];
    if !fields.iter().any(|s| s.chars().any(is_unsafe)) {
        return Cow::Borrowed(r);
    }
    let mut o = r.clone();
    if let Some(s) = o.status.other_mut() {
        fix(s);
    }
    for s in [
        &mut o.namespace,
        &mut o.name,
        &mut o.message,
        &mut o.step,
        &mut o.set_weight,
    ] {
        fix(s);
    }
    Cow::Owned(o)
}

/// A `list experiments` row with every string cleaned.
pub fn experiment_row(r: &ExperimentRow) -> Cow<'_, ExperimentRow> {
    if ![&r.namespace, &r.name, &r.status, &r.duration]
        .iter()
        .any(|s| s.chars().any(is_unsafe))
    {
        return Cow::Borrowed(r);
    }
    let mut o = r.clone();
    for s in [
        &mut o.namespace,
        &mut o.name,
        &mut o.status,
        &mut o.duration,
    ] {
        fix(s);
    }
    Cow::Owned(o)
}

fn fix_image(i: &mut ImageView) {
    fix(&mut i.image);
    fix_all(&mut i.tags);
}

fn fix_replica_set(rs: &mut ReplicaSetView) {
    fix(&mut rs.name);
    fix(&mut rs.pod_template_hash);
    fix(&mut rs.status);
    fix_all(&mut rs.roles);
    fix_all(&mut rs.images);
    if let Some(t) = rs.template.as_mut() {
        fix(t);
    }
    rs.pods.iter_mut().for_each(fix_pod);
}

fn fix_pod(p: &mut PodView) {
    fix(&mut p.name);
    fix(&mut p.status);
}

fn fix_experiment(e: &mut ExperimentView) {
    fix(&mut e.name);
    fix(&mut e.namespace);
    fix(&mut e.status);
    fix(&mut e.message);
    fix(&mut e.duration);
    e.images.iter_mut().for_each(fix_image);
    e.replica_sets.iter_mut().for_each(fix_replica_set);
    e.analysis_runs.iter_mut().for_each(fix_run);
}

fn fix_run(r: &mut AnalysisRunView) {
    fix(&mut r.name);
    fix(&mut r.status);
    r.jobs.iter_mut().for_each(fix_job);
}

fn fix_job(j: &mut JobView) {
    fix(&mut j.name);
    fix(&mut j.namespace);
    fix(&mut j.status);
}

/// Calls `f` on every string of the view (the same fields the `fix_*` functions clean).
fn walk_rollout_ref(v: &RolloutView, f: &mut dyn FnMut(&str)) {
    for s in [&v.name, &v.namespace, v.status.as_str(), &v.message] {
        f(s);
    }
    if let Some(s) = &v.step {
        f(s);
    }
    v.images.iter().for_each(|i| walk_image(i, f));
    v.warnings.iter().for_each(|s| f(s));
    for rev in &v.revisions {
        rev.replica_sets
            .iter()
            .for_each(|rs| walk_replica_set(rs, f));
        rev.experiments
            .iter()
            .for_each(|e| walk_experiment_ref(e, f));
        rev.analysis_runs.iter().for_each(|r| walk_run(r, f));
    }
}

fn walk_image(i: &ImageView, f: &mut dyn FnMut(&str)) {
    f(&i.image);
    i.tags.iter().for_each(|t| f(t));
}

fn walk_replica_set(rs: &ReplicaSetView, f: &mut dyn FnMut(&str)) {
    for s in [&rs.name, &rs.pod_template_hash, &rs.status] {
        f(s);
    }
    rs.roles.iter().for_each(|s| f(s));
    rs.images.iter().for_each(|s| f(s));
    if let Some(t) = &rs.template {
        f(t);
    }
    for p in &rs.pods {
        f(&p.name);
        f(&p.status);
    }
}

fn walk_experiment_ref(e: &ExperimentView, f: &mut dyn FnMut(&str)) {
    for s in [&e.name, &e.namespace, &e.status, &e.message, &e.duration] {
        f(s);
    }
    e.images.iter().for_each(|i| walk_image(i, f));
    e.replica_sets.iter().for_each(|rs| walk_replica_set(rs, f));
    e.analysis_runs.iter().for_each(|r| walk_run(r, f));
}

fn walk_run(r: &AnalysisRunView, f: &mut dyn FnMut(&str)) {
    f(&r.name);
    f(&r.status);
    for j in &r.jobs {
        f(&j.name);
        f(&j.namespace);
        f(&j.status);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_become_the_replacement_character() {
        assert_eq!(clean("a\nb\rc\td\x1b[2Je\u{7f}f\u{9b}"), "a�b�c�d�[2Je�f�");
        assert_eq!(clean("evil\u{202E}txt.exe"), "evil�txt.exe");
    }

    #[test]
    fn clean_text_is_borrowed_unchanged() {
        let s = "web-6c5f9b8d47 ✔ Σ:baseline 日本";
        assert!(matches!(clean(s), Cow::Borrowed(x) if x == s));
    }

    #[test]
    fn a_dirty_pod_deep_in_the_tree_is_cleaned() {
        let mut v = RolloutView {
            name: "web".into(),
            ..Default::default()
        };
        v.revisions.push(crate::view::RevisionView {
            revision: 1,
            replica_sets: vec![ReplicaSetView {
                name: "rs".into(),
                pods: vec![PodView {
                    name: "p\x1b]0;owned\x07".into(),
                    ..Default::default()
                }],
                ..Default::default()
            }],
            ..Default::default()
        });
        let cleaned = rollout_view(&v);
        assert!(matches!(cleaned, Cow::Owned(_)));
        assert_eq!(
            cleaned.revisions[0].replica_sets[0].pods[0].name,
            "p�]0;owned�"
        );
        let clean_view = RolloutView::default();
        assert!(matches!(rollout_view(&clean_view), Cow::Borrowed(_)));
    }
}
