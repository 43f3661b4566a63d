//! The commands that only read: `get`, `list`, `status` and `history`.

use clap::{Args, Subcommand};

use super::OutputFormat;
use super::values::parse_timeout;

#[derive(Debug, Subcommand)]
pub enum GetCommand {
    /// Show a rollout: header, revisions, ReplicaSets, pods, experiments and analysis runs
    #[command(
        visible_aliases = ["ro", "rollouts"],
        after_help = "\
Examples:
  kubectl rollouts get rollout web
  kubectl rollouts get rollout web -w
  kubectl rollouts get rollout web -o json"
    )]
    Rollout(GetArgs),

    /// Show an experiment with its ReplicaSets and analysis runs
    #[command(
        visible_aliases = ["exp", "experiments"],
        after_help = "Example:\n  kubectl rollouts get experiment web-3-exp"
    )]
    Experiment(GetArgs),
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// Name of the object
    pub name: String,

    /// Keep watching and redraw on every change
    #[arg(short = 'w', long)]
    pub watch: bool,

    /// Stop watching after this many seconds (0 = forever)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub timeout_seconds: u64,

    /// Print the computed view as data instead of text
    #[arg(short = 'o', long, value_enum)]
    pub output: Option<OutputFormat>,
}

#[derive(Debug, Subcommand)]
pub enum ListCommand {
    /// List rollouts
    #[command(
        visible_aliases = ["ro", "rollout"],
        after_help = "\
Examples:
  kubectl rollouts list rollouts
  kubectl rollouts list rollouts -A
  kubectl rollouts list rollouts --watch --timestamps"
    )]
    Rollouts(ListRolloutsArgs),

    /// List experiments
    #[command(
        visible_aliases = ["exp", "experiment"],
        after_help = "Example:\n  kubectl rollouts list experiments -A"
    )]
    Experiments(ListExperimentsArgs),
}

#[derive(Debug, Args)]
pub struct ListRolloutsArgs {
    /// List across all namespaces
    #[arg(short = 'A', long)]
    pub all_namespaces: bool,

    /// Only the rollout with this name
    #[arg(long)]
    pub name: Option<String>,

    /// Keep watching and print a row whenever a rollout changes
    #[arg(short = 'w', long)]
    pub watch: bool,

    /// Print a timestamp column first
    #[arg(long)]
    pub timestamps: bool,

    /// Stop watching after this many seconds (0 = forever)
    #[arg(long, value_name = "N", default_value_t = 0, hide = true)]
    pub timeout_seconds: u64,

    /// Print the rows as data: a list, or with --watch one document per changed row
    #[arg(short = 'o', long, value_enum)]
    pub output: Option<OutputFormat>,
}

#[derive(Debug, Args)]
pub struct ListExperimentsArgs {
    /// List across all namespaces
    #[arg(short = 'A', long)]
    pub all_namespaces: bool,

    /// Only the experiment with this name
    #[arg(long)]
    pub name: Option<String>,

    /// Print the rows as data (a list)
    #[arg(short = 'o', long, value_enum)]
    pub output: Option<OutputFormat>,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Name of the rollout
    pub name: String,

    /// Wait until Healthy or Degraded (--watch=false prints once)
    #[arg(short = 'w', long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub watch: bool,

    /// Give up after this long, e.g. 90s, 5m (0 waits forever)
    #[arg(short = 't', long, value_name = "DURATION", default_value = "0", value_parser = parse_timeout)]
    pub timeout: std::time::Duration,

    /// Print {name, namespace, phase, message} as data, one document per change
    #[arg(short = 'o', long, value_enum)]
    pub output: Option<OutputFormat>,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Name of the rollout
    pub name: String,
    /// Show this revision's pod template
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub revision: Option<u64>,
    /// With --revision: show what an undo to that revision would change
    #[arg(long, requires = "revision")]
    pub diff: bool,
    /// Print the revisions (or the one --revision names) as data
    #[arg(short = 'o', long, value_enum, conflicts_with = "diff")]
    pub output: Option<OutputFormat>,
}
