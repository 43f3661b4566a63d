//! `history` (read-only): the revisions a rollout can go back to, one revision's template, or
//! its diff against the current template.

use anyhow::Result;
use serde_json::Value;

use super::{connect, output};
use crate::cli::HistoryArgs;
use crate::exit::ExitCode;
use crate::k8s::reads;
use crate::model::resource::ROLLOUTS;
use crate::patch::{self, PatchError};
use crate::settings::Settings;
use crate::{render, view};

/// Lists the revisions, or prints one (`--revision N`, with `--diff` against the current one).
pub async fn run(args: &HistoryArgs, settings: &Settings) -> Result<ExitCode> {
    let cluster = connect(settings).await?;
    let ns = cluster.namespace.clone();
    let rollout = cluster.get(&ROLLOUTS, &ns, &args.name).await?;
    let replica_sets = reads::rollout_replica_sets(&cluster, &ns, &rollout).await?;
    let entries = view::history(&rollout, &replica_sets);
    let Some(revision) = args.revision else {
        if let Some(f) = args.output {
            output::print(&output::data(&entries, f)?)?;
            return Ok(ExitCode::Ok);
        }
        if entries.is_empty() {
            eprintln!("No revisions found.");
            return Ok(ExitCode::Ok);
        }
        output::print(&render::render_history(&entries, settings.now()))?;
        return Ok(ExitCode::Ok);
    };
    let Some(entry) = entries.iter().find(|e| e.revision == revision) else {
        return Err(PatchError::RevisionNotFound(revision).into());
    };
    if let Some(f) = args.output {
        output::print(&output::data(entry, f)?)?;
        return Ok(ExitCode::Ok);
    }
    if !args.diff {
        output::print(&render::to_yaml_sorted(&entry.template))?;
        return Ok(ExitCode::Ok);
    }
    let workload = reads::workload(&cluster, &ns, &rollout).await?;
    let current = patch::current_template(&rollout, workload.as_ref())?.unwrap_or(Value::Null);
    if patch::is_subset(&current, &entry.template) {
        output::println(&format!(
            "no changes: the current template already matches revision {revision}"
        ))?;
        return Ok(ExitCode::Ok);
    }
    let header = format!("--- current template\n+++ revision {revision}\n");
    let mut text = render::diff_text(&header, &current, &entry.template);
    // The undo also puts back the steps set-weight replaced: show that too.
    if let Some(restored) = patch::steps_after_restore(&rollout)? {
        let now = serde_json::json!({ "steps": crate::model::current_steps(&rollout) });
        let after = serde_json::json!({ "steps": restored });
        let header = "--- current canary steps (set by set-weight)\n+++ after undo (set-weight's record restored)\n";
        text.push_str(&render::diff_text(header, &now, &after));
    }
    output::print(&text)?;
    Ok(ExitCode::Ok)
}
