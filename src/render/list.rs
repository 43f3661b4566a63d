//! `list rollouts` and `list experiments` tables, and the one-line `status` text.
//!
//! Like the Go plugin, every cell is first padded to a minimum width (about its header's
//! length), then the tabwriter aligns the columns with padding 2.

use jiff::Timestamp;

use super::duration::human_age;
use super::style::Theme;
use super::tabwriter::tabwrite_text;
use crate::model::Phase;
use crate::view::{ExperimentRow, RolloutRow};

const ROLLOUT_HEADER: &str =
    "NAME\tSTRATEGY\tSTATUS\tSTEP\tSET-WEIGHT\tREADY\tDESIRED\tUP-TO-DATE\tAVAILABLE\n";
const EXPERIMENT_HEADER: &str = "NAME\tSTATUS\tDURATION\tREMAINING\tAGE\n";

/// `list rollouts`: the header and one row per rollout, ending with a newline. With no rows
/// this is just the header (the caller prints `No resources found.` instead when it wants).
/// `timestamp` adds the TIMESTAMP column (the time the table is printed, UTC, whole seconds).
/// The Go plugin never colours this table; `theme` is accepted for symmetry.
pub fn render_rollout_list(
    rows: &[RolloutRow],
    all_namespaces: bool,
    timestamp: Option<Timestamp>,
    theme: &Theme,
) -> String {
    let _ = theme;
    let mut text = String::new();
    if timestamp.is_some() {
        text.push_str("TIMESTAMP\t");
    }
    if all_namespaces {
        text.push_str("NAMESPACE\t");
    }
    text.push_str(ROLLOUT_HEADER);
    for row in rows {
        let row = &*super::sanitize::rollout_row(row);
        text.push_str(&rollout_cells(row, all_namespaces, timestamp));
    }
    tabwrite_text(&text)
}

/// One row for `list rollouts --watch`, ending with a newline. The Go plugin prints changed
/// rows through a fresh tabwriter (no header repeated), so each row is aligned on its own.
pub fn render_rollout_list_row(
    row: &RolloutRow,
    all_namespaces: bool,
    timestamp: Option<Timestamp>,
) -> String {
    let row = &*super::sanitize::rollout_row(row);
    tabwrite_text(&rollout_cells(row, all_namespaces, timestamp))
}

fn rollout_cells(row: &RolloutRow, all_namespaces: bool, timestamp: Option<Timestamp>) -> String {
    let mut cells = Vec::with_capacity(11);
    if let Some(ts) = timestamp {
        cells.push(pad(&format_timestamp(ts), 20));
    }
    if all_namespaces {
        cells.push(pad(&row.namespace, 9));
    }
    cells.push(pad(&row.name, 10));
    cells.push(pad(row.strategy.list_text(), 9));
    cells.push(pad(row.status.as_str(), 12));
    cells.push(pad(&row.step, 4));
    cells.push(pad(&row.set_weight, 10));
    cells.push(pad(&format!("{}/{}", row.ready, row.current), 5));
    cells.push(pad(&row.desired.to_string(), 7));
    cells.push(pad(&row.up_to_date.to_string(), 10));
    cells.push(pad(&row.available.to_string(), 9));
    let mut line = cells.join("\t");
    line.push('\n');
    line
}

/// `2006-01-02T15:04:05Z`: UTC, truncated to the second.
fn format_timestamp(ts: Timestamp) -> String {
    ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// `list experiments`, ending with a newline (just the header when there are no rows).
pub fn render_experiment_list(
    rows: &[ExperimentRow],
    all_namespaces: bool,
    now: Timestamp,
) -> String {
    let mut text = String::new();
    if all_namespaces {
        text.push_str("NAMESPACE\t");
    }
    text.push_str(EXPERIMENT_HEADER);
    for row in rows {
        let row = &*super::sanitize::experiment_row(row);
        let mut cells = Vec::with_capacity(6);
        if all_namespaces {
            cells.push(pad(&row.namespace, 9));
        }
        let (duration, remaining) = experiment_durations(row, now);
        let age = match row.created {
            Some(t) => human_age(now.duration_since(t)),
            None => "<unknown>".to_string(),
        };
        cells.push(pad(&row.name, 10));
        cells.push(pad(&row.status, 6));
        cells.push(pad(&duration, 8));
        cells.push(pad(&remaining, 9));
        cells.push(pad(&age, 3));
        text.push_str(&cells.join("\t"));
        text.push('\n');
    }
    tabwrite_text(&text)
}

/// DURATION is `spec.duration` in kubectl's short form (`1h` shows as `60m`), or `-` when absent
/// or unreadable. REMAINING (computed by the view) is the time left after
/// `availableAt + duration` while the experiment has not completed, or `-`.
fn experiment_durations(row: &ExperimentRow, now: Timestamp) -> (String, String) {
    let Some(duration) = crate::view::experiment_duration(row) else {
        return ("-".to_string(), "-".to_string());
    };
    let remaining =
        crate::view::experiment_remaining(row, now).map_or_else(|| "-".to_string(), human_age);
    (human_age(duration), remaining)
}

/// `Phase - message`, or just `Phase` when there is no message (the `status` command's line).
pub fn status_line(phase: &(impl AsRef<str> + ?Sized), message: &str) -> String {
    let (phase, message) = (
        &*super::sanitize::clean(phase.as_ref()),
        &*super::sanitize::clean(message),
    );
    if message.is_empty() {
        phase.to_string()
    } else {
        format!("{phase} - {message}")
    }
}

/// `status NAME --watch=false`'s one line, as the Go plugin prints it: `Healthy` or `Degraded`
/// alone, anything else `Phase - message` (also with an empty message).
pub fn status_once_line(phase: &Phase, message: &str) -> String {
    match phase {
        Phase::Healthy | Phase::Degraded => phase.to_string(),
        _ => format!(
            "{} - {}",
            super::sanitize::clean(phase.as_str()),
            super::sanitize::clean(message)
        ),
    }
}

/// Go's `%-Ns`: left-justified in at least `width` characters.
fn pad(s: &str, width: usize) -> String {
    format!("{s:<width$}")
}
