//! Pure rendering: a view, a [`Theme`] and `now` in, a `String` out (the Go plugin's text for
//! `get`, `list` and `status`, plus `-o json|yaml`). No I/O, no clock, no environment.
//!
//! Every function returns complete lines ending in a newline, ready for `print!`.

mod diff;
mod duration;
mod history;
mod list;
mod sanitize;
mod style;
mod tabwriter;
mod tree;

#[cfg(test)]
mod tests;

pub use diff::{diff_hunks, diff_text, template_diff, to_yaml_sorted};
pub use duration::{go_duration, human_age};
pub use history::render_history;
pub use list::{
    render_experiment_list, render_rollout_list, render_rollout_list_row, status_line,
    status_once_line,
};
pub use sanitize::clean as sanitize;
pub use style::{Color, Kind, Theme, icon, icon_color, icon_for, role_color};
pub use tabwriter::{display_width, tabwrite, tabwrite_text};
pub use tree::{render_experiment, render_rollout, rollout_tree};

use serde::Serialize;

/// Pretty JSON of a view for `-o json`, ending with a newline.
pub fn to_json<T: Serialize + ?Sized>(view: &T) -> Result<String, serde_json::Error> {
    let mut s = serde_json::to_string_pretty(view)?;
    s.push('\n');
    Ok(s)
}

/// YAML of a view for `-o yaml`, ending with a newline.
pub fn to_yaml<T: Serialize + ?Sized>(view: &T) -> Result<String, serde_yaml::Error> {
    let mut s = serde_yaml::to_string(view)?;
    if !s.ends_with('\n') {
        s.push('\n');
    }
    Ok(s)
}
