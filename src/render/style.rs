//! Icons and colours: which icon a status gets (it depends on the kind of object, as in the
//! Go plugin) and how the optional ANSI colours are applied.

use owo_colors::OwoColorize;

/// Whether to emit ANSI colours. Decided once by the caller (TTY, `--no-color`, `NO_COLOR`…).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// No escape codes at all: the byte-for-byte comparable output.
    pub fn plain() -> Self {
        Theme { color: false }
    }

    pub fn colored() -> Self {
        Theme { color: true }
    }

    /// `s` in `color`, or `s` unchanged when colours are off or there is no colour.
    pub fn paint(&self, s: &str, color: Option<Color>) -> String {
        match color {
            Some(c) if self.color => match c {
                Color::Green => s.green().to_string(),
                Color::BrightBlue => s.bright_blue().to_string(),
                Color::Red => s.red().to_string(),
                Color::Yellow => s.yellow().to_string(),
            },
            _ => s.to_string(),
        }
    }
}

/// The few colours the output uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    Green,
    BrightBlue,
    Red,
    Yellow,
}

/// Which kind of object a status belongs to: the same word maps to different icons
/// ("Running" is ✔ for a pod but ◌ for an analysis run; "Pending" is ◌ for a pod but ◷ for an
/// analysis run).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Rollout,
    ReplicaSet,
    Pod,
    Experiment,
    AnalysisRun,
    Job,
}

pub const ICON_OK: &str = "✔";
pub const ICON_PROGRESSING: &str = "◌";
pub const ICON_PAUSED: &str = "॥";
pub const ICON_BAD: &str = "✖";
pub const ICON_WARNING: &str = "⚠";
pub const ICON_UNKNOWN: &str = "?";
pub const ICON_WAITING: &str = "◷";
pub const ICON_NEUTRAL: &str = "•";
/// What the Go plugin prints for a status it has no icon for.
pub const ICON_NONE: &str = " ";

/// The icon the Go plugin shows for `status` on an object of `kind`; a single space when the
/// status is not one it knows.
pub fn icon_for(kind: Kind, status: &str) -> &'static str {
    match kind {
        Kind::Rollout => rollout_icon(status),
        Kind::ReplicaSet => replica_set_icon(status),
        Kind::Pod => pod_icon(status),
        Kind::Experiment | Kind::AnalysisRun | Kind::Job => analysis_icon(status),
    }
}

/// A kind-less lookup for places that show a bare status (e.g. `status` output): rollout and
/// ReplicaSet words first, then pod rules (so "Running" and "Pending" read as pod states), then
/// analysis phases. Tree rows use [`icon_for`].
pub fn icon(status: &str) -> &'static str {
    let from_rollout = rollout_icon(status);
    if from_rollout != ICON_NONE {
        return from_rollout;
    }
    let from_rs = replica_set_icon(status);
    if from_rs != ICON_NONE {
        return from_rs;
    }
    let from_pod = pod_icon(status);
    if from_pod != ICON_NONE {
        return from_pod;
    }
    analysis_icon(status)
}

// Keyed by text, not by model::Phase: this is the Go plugin's icon table, shared with the
// kind-less `icon` and holding words that are no phase (Error, InvalidSpec, ScaledDown).
fn rollout_icon(status: &str) -> &'static str {
    match status {
        "Progressing" => ICON_PROGRESSING,
        "Error" | "InvalidSpec" => ICON_WARNING,
        "Paused" => ICON_PAUSED,
        "Healthy" => ICON_OK,
        "Degraded" => ICON_BAD,
        "Unknown" => ICON_UNKNOWN,
        "ScaledDown" => ICON_NEUTRAL,
        _ => ICON_NONE,
    }
}

fn replica_set_icon(status: &str) -> &'static str {
    match status {
        "Progressing" => ICON_PROGRESSING,
        "Healthy" => ICON_OK,
        "ReplicaFailure" => ICON_BAD,
        "ScaledDown" => ICON_NEUTRAL,
        _ => ICON_NONE,
    }
}

fn pod_icon(status: &str) -> &'static str {
    // Order matters: "Init:Error" is initialising (◌), not an error.
    if status.starts_with("Init:") {
        return ICON_PROGRESSING;
    }
    if status.starts_with("Signal:") || status.starts_with("ExitCode:") {
        return ICON_BAD;
    }
    if status.ends_with("Error") || status.starts_with("Err") {
        return ICON_WARNING;
    }
    match status {
        "Pending" | "Terminating" | "ContainerCreating" => ICON_PROGRESSING,
        "Running" | "Completed" => ICON_OK,
        "Failed" | "InvalidImageName" | "CrashLoopBackOff" => ICON_BAD,
        "ImagePullBackOff" | "RegistryUnavailable" => ICON_WARNING,
        "Unknown" => ICON_UNKNOWN,
        _ => ICON_NONE,
    }
}

fn analysis_icon(status: &str) -> &'static str {
    match status {
        "Successful" => ICON_OK,
        "Inconclusive" => ICON_UNKNOWN,
        "Failed" => ICON_BAD,
        "Error" => ICON_WARNING,
        "Running" => ICON_PROGRESSING,
        "Pending" => ICON_WAITING,
        _ => ICON_NONE,
    }
}

/// Colour of an icon: ✔ green, ◌ bright blue, ✖ and ⚠ red, ? and ◷ yellow, others none.
pub fn icon_color(icon: &str) -> Option<Color> {
    match icon {
        ICON_OK => Some(Color::Green),
        ICON_PROGRESSING => Some(Color::BrightBlue),
        ICON_BAD | ICON_WARNING => Some(Color::Red),
        ICON_UNKNOWN | ICON_WAITING => Some(Color::Yellow),
        _ => None,
    }
}

/// Colour of a ReplicaSet role tag: canary yellow; stable, active green; preview, ping, pong
/// bright blue.
pub fn role_color(role: &str) -> Option<Color> {
    match role {
        "canary" => Some(Color::Yellow),
        "stable" | "active" => Some(Color::Green),
        "preview" | "ping" | "pong" => Some(Color::BrightBlue),
        _ => None,
    }
}

/// Names of experiments, analysis runs and jobs stand out while they are pending or running.
pub fn phase_name_color(phase: &str) -> Option<Color> {
    match phase {
        "Pending" | "Running" => Some(Color::BrightBlue),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rollout_icons() {
        assert_eq!(icon_for(Kind::Rollout, "Healthy"), "✔");
        assert_eq!(icon_for(Kind::Rollout, "Progressing"), "◌");
        assert_eq!(icon_for(Kind::Rollout, "Paused"), "॥");
        assert_eq!(icon_for(Kind::Rollout, "Degraded"), "✖");
        assert_eq!(icon_for(Kind::Rollout, "Error"), "⚠");
        assert_eq!(icon_for(Kind::Rollout, "InvalidSpec"), "⚠");
        assert_eq!(icon_for(Kind::Rollout, "Unknown"), "?");
        assert_eq!(icon_for(Kind::Rollout, "ScaledDown"), "•");
        assert_eq!(icon_for(Kind::Rollout, "Whatever"), " ");
        assert_eq!(icon_for(Kind::Rollout, ""), " ");
    }

    #[test]
    fn replica_set_icons() {
        assert_eq!(icon_for(Kind::ReplicaSet, "Healthy"), "✔");
        assert_eq!(icon_for(Kind::ReplicaSet, "Progressing"), "◌");
        assert_eq!(icon_for(Kind::ReplicaSet, "ReplicaFailure"), "✖");
        assert_eq!(icon_for(Kind::ReplicaSet, "ScaledDown"), "•");
        assert_eq!(icon_for(Kind::ReplicaSet, "Paused"), " ");
    }

    #[test]
    fn pod_icons() {
        assert_eq!(icon_for(Kind::Pod, "Running"), "✔");
        assert_eq!(icon_for(Kind::Pod, "Completed"), "✔");
        assert_eq!(icon_for(Kind::Pod, "Pending"), "◌");
        assert_eq!(icon_for(Kind::Pod, "ContainerCreating"), "◌");
        assert_eq!(icon_for(Kind::Pod, "Terminating"), "◌");
        assert_eq!(icon_for(Kind::Pod, "Init:0/2"), "◌");
        assert_eq!(icon_for(Kind::Pod, "Init:Error"), "◌");
        assert_eq!(icon_for(Kind::Pod, "Init:CrashLoopBackOff"), "◌");
        assert_eq!(icon_for(Kind::Pod, "Signal:9"), "✖");
        assert_eq!(icon_for(Kind::Pod, "ExitCode:137"), "✖");
        assert_eq!(icon_for(Kind::Pod, "CrashLoopBackOff"), "✖");
        assert_eq!(icon_for(Kind::Pod, "InvalidImageName"), "✖");
        assert_eq!(icon_for(Kind::Pod, "Failed"), "✖");
        assert_eq!(icon_for(Kind::Pod, "Error"), "⚠");
        assert_eq!(icon_for(Kind::Pod, "CreateContainerConfigError"), "⚠");
        assert_eq!(icon_for(Kind::Pod, "ErrImagePull"), "⚠");
        assert_eq!(icon_for(Kind::Pod, "ImagePullBackOff"), "⚠");
        assert_eq!(icon_for(Kind::Pod, "RegistryUnavailable"), "⚠");
        assert_eq!(icon_for(Kind::Pod, "Unknown"), "?");
        // The Go plugin has no icon for these.
        assert_eq!(icon_for(Kind::Pod, "PodInitializing"), " ");
        assert_eq!(icon_for(Kind::Pod, "OOMKilled"), " ");
    }

    #[test]
    fn analysis_experiment_and_job_icons() {
        for kind in [Kind::AnalysisRun, Kind::Experiment, Kind::Job] {
            assert_eq!(icon_for(kind, "Successful"), "✔");
            assert_eq!(icon_for(kind, "Running"), "◌");
            assert_eq!(icon_for(kind, "Pending"), "◷");
            assert_eq!(icon_for(kind, "Failed"), "✖");
            assert_eq!(icon_for(kind, "Error"), "⚠");
            assert_eq!(icon_for(kind, "Inconclusive"), "?");
            assert_eq!(icon_for(kind, ""), " ");
        }
    }

    #[test]
    fn kindless_icon_prefers_rollout_then_pod_meanings() {
        assert_eq!(icon("Healthy"), "✔");
        assert_eq!(icon("Paused"), "॥");
        assert_eq!(icon("ReplicaFailure"), "✖");
        assert_eq!(icon("Running"), "✔");
        assert_eq!(icon("Pending"), "◌");
        assert_eq!(icon("Successful"), "✔");
        assert_eq!(icon("Inconclusive"), "?");
        assert_eq!(icon("CrashLoopBackOff"), "✖");
        assert_eq!(icon("nonsense"), " ");
    }

    #[test]
    fn colours_of_icons_roles_and_phases() {
        assert_eq!(icon_color("✔"), Some(Color::Green));
        assert_eq!(icon_color("◌"), Some(Color::BrightBlue));
        assert_eq!(icon_color("✖"), Some(Color::Red));
        assert_eq!(icon_color("⚠"), Some(Color::Red));
        assert_eq!(icon_color("?"), Some(Color::Yellow));
        assert_eq!(icon_color("◷"), Some(Color::Yellow));
        assert_eq!(icon_color("॥"), None);
        assert_eq!(icon_color("•"), None);
        assert_eq!(icon_color(" "), None);
        assert_eq!(role_color("canary"), Some(Color::Yellow));
        assert_eq!(role_color("stable"), Some(Color::Green));
        assert_eq!(role_color("active"), Some(Color::Green));
        assert_eq!(role_color("preview"), Some(Color::BrightBlue));
        assert_eq!(role_color("ping"), Some(Color::BrightBlue));
        assert_eq!(role_color("pong"), Some(Color::BrightBlue));
        assert_eq!(role_color("Σ:baseline"), None);
        assert_eq!(phase_name_color("Running"), Some(Color::BrightBlue));
        assert_eq!(phase_name_color("Successful"), None);
    }

    #[test]
    fn paint_emits_codes_only_when_coloured() {
        assert_eq!(Theme::plain().paint("✔", Some(Color::Green)), "✔");
        assert_eq!(
            Theme::colored().paint("✔", Some(Color::Green)),
            "\x1b[32m✔\x1b[39m"
        );
        assert_eq!(
            Theme::colored().paint("x", Some(Color::BrightBlue)),
            "\x1b[94mx\x1b[39m"
        );
        assert_eq!(
            Theme::colored().paint("x", Some(Color::Red)),
            "\x1b[31mx\x1b[39m"
        );
        assert_eq!(
            Theme::colored().paint("x", Some(Color::Yellow)),
            "\x1b[33mx\x1b[39m"
        );
        assert_eq!(Theme::colored().paint("॥", None), "॥");
    }
}
