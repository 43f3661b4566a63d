//! `get rollout` and `get experiment`: the header block and the object tree, in the Go
//! plugin's exact text (every tree row is `name\tkind\tstatus\tage\tinfo\n`, aligned by the
//! tabwriter).

use jiff::Timestamp;

use super::duration::human_age;
use super::style::{
    Color, ICON_BAD, ICON_OK, ICON_UNKNOWN, ICON_WARNING, Kind, Theme, icon_color, icon_for,
    phase_name_color, role_color,
};
use super::tabwriter::tabwrite_text;
use crate::model::StrategyKind;
use crate::view::{
    AnalysisRunView, ExperimentView, ImageView, JobView, PodView, ReplicaSetView, RolloutView,
};

const ICON_ROLLOUT: &str = "⟳";
const ICON_REVISION: &str = "#";
const ICON_REPLICA_SET: &str = "⧉";
const ICON_POD: &str = "□";
const ICON_JOB: &str = "⊞";
const ICON_EXPERIMENT: &str = "Σ";
const ICON_ANALYSIS: &str = "α";

/// AGE of an object without a creation time. The Go plugin would print the age of the zero
/// time (292y); kubectl prints `<unknown>`, which says what happened.
const UNKNOWN_AGE: &str = "<unknown>";

/// The whole `get rollout NAME` text, ending with a newline.
pub fn render_rollout(view: &RolloutView, theme: &Theme, now: Timestamp) -> String {
    let view = &*super::sanitize::rollout_view(view);
    let mut out = String::new();
    let status = (Kind::Rollout, view.status.as_str(), view.message.as_str());
    identity_lines(&mut out, theme, &view.name, &view.namespace, status);
    header_line(&mut out, "Strategy:", view.strategy.as_str());
    if view.strategy == StrategyKind::Canary {
        header_line(&mut out, "  Step:", view.step.as_deref().unwrap_or(""));
        header_line(&mut out, "  SetWeight:", &opt_num(view.set_weight));
        header_line(&mut out, "  ActualWeight:", &opt_num(view.actual_weight));
    }
    // Not in the Go plugin (it has no set-weight); shown only while set-weight's steps rule.
    if view.steps_override.is_some() {
        let ns = match view.namespace.as_str() {
            "" => String::new(),
            ns => format!(" -n {ns}"),
        };
        header_line(
            &mut out,
            "  Steps:",
            &format!(
                "set by set-weight (yours come back with: kubectl rollouts set-weight {}{ns} --restore)",
                view.name
            ),
        );
    }
    images_lines(&mut out, &view.images, theme);
    out.push_str("Replicas:\n");
    let r = &view.replicas;
    header_line(&mut out, "  Desired:", &r.desired.to_string());
    header_line(&mut out, "  Current:", &r.current.to_string());
    header_line(&mut out, "  Updated:", &r.updated.to_string());
    header_line(&mut out, "  Ready:", &r.ready.to_string());
    header_line(&mut out, "  Available:", &r.available.to_string());
    out.push('\n');
    out.push_str(&rollout_tree(view, theme, now));
    out
}

/// The whole `get experiment NAME` text, ending with a newline.
pub fn render_experiment(view: &ExperimentView, theme: &Theme, now: Timestamp) -> String {
    let view = &*super::sanitize::experiment_view(view);
    let mut out = String::new();
    let status = (
        Kind::Experiment,
        view.status.as_str(),
        view.message.as_str(),
    );
    identity_lines(&mut out, theme, &view.name, &view.namespace, status);
    images_lines(&mut out, &view.images, theme);
    out.push('\n');
    let mut tree = Tree::new(theme, now);
    tree.header();
    tree.experiment(view, "", "");
    out.push_str(&tabwrite_text(&tree.text));
    out
}

/// Just the tree of `get rollout` (header row included), ending with a newline.
pub fn rollout_tree(view: &RolloutView, theme: &Theme, now: Timestamp) -> String {
    let view = &*super::sanitize::rollout_view(view);
    let mut tree = Tree::new(theme, now);
    tree.header();
    let name = format!("{ICON_ROLLOUT} {}", view.name);
    tree.object_row(&name, Kind::Rollout, view.status.as_str(), view.created, "");
    let count = view.revisions.len();
    for (i, rev) in view.revisions.iter().enumerate() {
        let (prefix, sub) = prefixes(i + 1 == count, "");
        tree.row(
            &format!("{prefix}{ICON_REVISION} revision:{}", rev.revision),
            "",
            " ",
            "",
            "",
        );
        let total = rev.replica_sets.len() + rev.experiments.len() + rev.analysis_runs.len();
        let mut children = (0..total).map(|k| prefixes(k + 1 == total, &sub));
        for rs in &rev.replica_sets {
            if let Some((p, s)) = children.next() {
                tree.replica_set(rs, &p, &s);
            }
        }
        for exp in &rev.experiments {
            if let Some((p, s)) = children.next() {
                tree.experiment(exp, &p, &s);
            }
        }
        for run in &rev.analysis_runs {
            if let Some((p, s)) = children.next() {
                tree.analysis_run(run, &p, &s);
            }
        }
    }
    tabwrite_text(&tree.text)
}

/// `Label:` left-justified in 17 characters, then the value (Go's `%-17s%v\n`).
fn header_line(out: &mut String, label: &str, value: &str) {
    out.push_str(&format!("{label:<17}{value}\n"));
}

fn opt_num(n: Option<i64>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// The header's first lines: Name, Namespace, Status (with the kind's icon), and Message when
/// there is one.
fn identity_lines(
    out: &mut String,
    theme: &Theme,
    name: &str,
    namespace: &str,
    (kind, status, message): (Kind, &str, &str),
) {
    header_line(out, "Name:", name);
    header_line(out, "Namespace:", namespace);
    header_line(
        out,
        "Status:",
        &status_cell(theme, icon_for(kind, status), status),
    );
    if !message.is_empty() {
        header_line(out, "Message:", message);
    }
}

/// The KIND column's text.
fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Rollout => "Rollout",
        Kind::ReplicaSet => "ReplicaSet",
        Kind::Pod => "Pod",
        Kind::Experiment => "Experiment",
        Kind::AnalysisRun => "AnalysisRun",
        Kind::Job => "Job",
    }
}

fn status_cell(theme: &Theme, icon: &str, status: &str) -> String {
    format!("{} {status}", theme.paint(icon, icon_color(icon)))
}

fn images_lines(out: &mut String, images: &[ImageView], theme: &Theme) {
    for (i, image) in images.iter().enumerate() {
        let label = if i == 0 { "Images:" } else { "" };
        let value = if image.tags.is_empty() {
            image.image.clone()
        } else {
            let tags: Vec<String> = image
                .tags
                .iter()
                .map(|t| theme.paint(t, role_color(t)))
                .collect();
            format!("{} ({})", image.image, tags.join(", "))
        };
        header_line(out, label, &value);
    }
}

/// Prefix of a child row and the prefix its own children continue with.
fn prefixes(is_last: bool, sub: &str) -> (String, String) {
    if is_last {
        (format!("{sub}└──"), format!("{sub}   "))
    } else {
        (format!("{sub}├──"), format!("{sub}│  "))
    }
}

/// Accumulates tree rows as tab-separated text for the tabwriter.
struct Tree<'a> {
    theme: &'a Theme,
    now: Timestamp,
    text: String,
}

impl<'a> Tree<'a> {
    fn new(theme: &'a Theme, now: Timestamp) -> Self {
        Tree {
            theme,
            now,
            text: String::new(),
        }
    }

    fn header(&mut self) {
        self.text.push_str("NAME\tKIND\tSTATUS\tAGE\tINFO\n");
    }

    fn row(&mut self, name: &str, kind: &str, status: &str, age: &str, info: &str) {
        self.text
            .push_str(&format!("{name}\t{kind}\t{status}\t{age}\t{info}\n"));
    }

    /// An object's row: its status behind the kind's icon, its age, the kind's name.
    fn object_row(
        &mut self,
        name: &str,
        kind: Kind,
        status: &str,
        created: Option<Timestamp>,
        info: &str,
    ) {
        let status = status_cell(self.theme, icon_for(kind, status), status);
        let age = self.age(created);
        self.row(name, kind_name(kind), &status, &age, info);
    }

    /// `prefix icon name`, the name painted in `color`.
    fn name_cell(&self, prefix: &str, icon: &str, name: &str, color: Option<Color>) -> String {
        format!("{prefix}{icon} {}", self.theme.paint(name, color))
    }

    fn age(&self, created: Option<Timestamp>) -> String {
        match created {
            Some(t) => human_age(self.now.duration_since(t)),
            None => UNKNOWN_AGE.to_string(),
        }
    }

    fn replica_set(&mut self, rs: &ReplicaSetView, prefix: &str, sub: &str) {
        let mut info: Vec<String> = rs
            .roles
            .iter()
            .map(|r| self.theme.paint(r, role_color(r)))
            .collect();
        if let Some(deadline) = rs.scale_down_deadline {
            let delay = if deadline < self.now {
                "passed".to_string()
            } else {
                human_age(deadline.duration_since(self.now))
            };
            info.push(format!("delay:{delay}"));
        }
        // The name takes the colour of its first role (stable wins over canary, etc.).
        let name_color = rs.roles.iter().find_map(|r| role_color(r));
        let name = self.name_cell(prefix, ICON_REPLICA_SET, &rs.name, name_color);
        self.object_row(
            &name,
            Kind::ReplicaSet,
            &rs.status,
            rs.created,
            &info.join(","),
        );
        let count = rs.pods.len();
        for (i, pod) in rs.pods.iter().enumerate() {
            let (p, _) = prefixes(i + 1 == count, sub);
            self.pod(pod, &p);
        }
    }

    fn pod(&mut self, pod: &PodView, prefix: &str) {
        let mut info = format!("ready:{}/{}", pod.ready, pod.total);
        if pod.restarts > 0 {
            info.push_str(&format!(",restarts:{}", pod.restarts));
        }
        let name = format!("{prefix}{ICON_POD} {}", pod.name);
        self.object_row(&name, Kind::Pod, &pod.status, pod.created, &info);
    }

    fn experiment(&mut self, exp: &ExperimentView, prefix: &str, sub: &str) {
        let color = phase_name_color(&exp.status);
        let name = self.name_cell(prefix, ICON_EXPERIMENT, &exp.name, color);
        self.object_row(&name, Kind::Experiment, &exp.status, exp.created, "");
        let total = exp.replica_sets.len() + exp.analysis_runs.len();
        let mut children = (0..total).map(|k| prefixes(k + 1 == total, sub));
        for rs in &exp.replica_sets {
            if let Some((p, s)) = children.next() {
                self.replica_set(rs, &p, &s);
            }
        }
        for run in &exp.analysis_runs {
            if let Some((p, s)) = children.next() {
                self.analysis_run(run, &p, &s);
            }
        }
    }

    fn analysis_run(&mut self, run: &AnalysisRunView, prefix: &str, sub: &str) {
        let mut info = Vec::new();
        for (count, icon) in [
            (run.successful, ICON_OK),
            (run.failed, ICON_BAD),
            (run.inconclusive, ICON_UNKNOWN),
            (run.error, ICON_WARNING),
        ] {
            if count > 0 {
                info.push(format!(
                    "{} {count}",
                    self.theme.paint(icon, icon_color(icon))
                ));
            }
        }
        let color = phase_name_color(&run.status);
        let name = self.name_cell(prefix, ICON_ANALYSIS, &run.name, color);
        let info = info.join(",");
        self.object_row(&name, Kind::AnalysisRun, &run.status, run.created, &info);
        let count = run.jobs.len();
        for (i, job) in run.jobs.iter().enumerate() {
            let (p, _) = prefixes(i + 1 == count, sub);
            self.job(job, &p);
        }
    }

    fn job(&mut self, job: &JobView, prefix: &str) {
        let color = phase_name_color(&job.status);
        let name = self.name_cell(prefix, ICON_JOB, &job.name, color);
        self.object_row(&name, Kind::Job, &job.status, job.started, "");
    }
}
