//! `version`: the crate version and, when known, the git commit it was built from.

use anyhow::Result;

use super::output;
use crate::cli::{OutputFormat, VersionArgs};
use crate::exit::ExitCode;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");
pub const GIT_COMMIT: Option<&str> = option_env!("KUBECTL_ROLLOUTS_GIT_COMMIT");

pub fn run(args: &VersionArgs) -> Result<ExitCode> {
    let text = match args.output {
        Some(OutputFormat::Json) => {
            let v = serde_json::json!({
                "version": format!("v{VERSION}"),
                "gitCommit": GIT_COMMIT.unwrap_or(""),
            });
            format!("{}\n", serde_json::to_string_pretty(&v)?)
        }
        Some(OutputFormat::Yaml) => format!(
            "version: v{VERSION}\ngitCommit: \"{}\"\n",
            GIT_COMMIT.unwrap_or("")
        ),
        None if args.short => format!("kubectl-rollouts: v{VERSION}\n"),
        None => match GIT_COMMIT {
            Some(c) => format!("kubectl-rollouts: v{VERSION}\n  GitCommit: {c}\n"),
            None => format!("kubectl-rollouts: v{VERSION}\n"),
        },
    };
    output::print(&text)?;
    Ok(ExitCode::Ok)
}
