//! The commands that write: `undo`, `promote`, `set-weight`, `pause`, `abort`, `retry`,
//! `restart`, `set image`, `create` and `terminate`, with the dry-run flags they share.

use clap::{Args, Subcommand};

use super::values::{parse_image_assignment, parse_in};
use super::{Delay, ImageAssignment};

/// Flags shared by every writing command.
#[derive(Debug, Args, Clone, Copy)]
pub struct DryRun {
    /// Print the patch and a diff of the object, and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// The writes that take several names (`pause`, `abort`, `retry rollout|experiment`): each
/// name is read, planned and written on its own.
#[derive(Debug, Args)]
pub struct WriteArgs {
    /// Name of the rollout; several names are each written on their own
    #[arg(id = "name", value_name = "NAME", required = true, num_args = 1..)]
    pub names: Vec<String>,
    #[command(flatten)]
    pub dry: DryRun,
}

#[derive(Debug, Args)]
pub struct UndoArgs {
    /// Name of the rollout
    pub name: String,
    /// The revision to go back to (default: the previous one)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64))]
    pub to_revision: Option<u64>,
    #[command(flatten)]
    pub dry: DryRun,
}

#[derive(Debug, Args)]
pub struct PromoteArgs {
    /// Name of the rollout
    pub name: String,
    /// Skip all remaining steps and analysis
    #[arg(long)]
    pub full: bool,
    #[command(flatten)]
    pub dry: DryRun,
}

#[derive(Debug, Args)]
pub struct SetWeightArgs {
    /// Name of the rollout
    pub name: String,
    /// Canary weight, a whole number from 0 to the maximum weight (100 unless configured)
    #[arg(value_parser = clap::value_parser!(u32), required_unless_present = "restore")]
    pub weight: Option<u32>,
    /// Do not pause at the new weight: run the remaining steps on
    #[arg(long)]
    pub no_pause: bool,
    /// Put back the steps set-weight replaced (recorded on the rollout) instead of setting a weight
    #[arg(long, conflicts_with_all = ["weight", "no_pause"])]
    pub restore: bool,
    #[command(flatten)]
    pub dry: DryRun,
}

#[derive(Debug, Subcommand)]
pub enum RetryCommand {
    /// Retry one or more aborted rollouts
    #[command(visible_aliases = ["ro", "rollouts"], after_help = "Examples:\n  kubectl rollouts retry rollout web\n  kubectl rollouts retry rollout web payments")]
    Rollout(WriteArgs),
    /// Retry one or more failed experiments
    #[command(visible_aliases = ["exp", "experiments"], after_help = "Example:\n  kubectl rollouts retry experiment web-3-exp")]
    Experiment(ExperimentWriteArgs),
}

/// `retry experiment`: a write like the others, on an experiment.
#[derive(Debug, Args)]
pub struct ExperimentWriteArgs {
    /// Name of the experiment; several names are each written on their own
    #[arg(id = "name", value_name = "NAME", required = true, num_args = 1..)]
    pub names: Vec<String>,
    #[command(flatten)]
    pub dry: DryRun,
}

#[derive(Debug, Args)]
pub struct RestartArgs {
    /// Name of the rollout
    pub name: String,
    /// Restart after this long, e.g. 30s, 10m, 1h (default now)
    #[arg(long = "in", value_name = "DURATION", default_value = "0s", value_parser = parse_in)]
    pub in_: Delay,
    #[command(flatten)]
    pub dry: DryRun,
}

#[derive(Debug, Subcommand)]
pub enum SetCommand {
    /// Update container images of a rollout (or of the workload it references)
    #[command(after_help = "\
Examples:
  kubectl rollouts set image web app=registry.example/web:2.1
  kubectl rollouts set image web '*=registry.example/web:2.1'")]
    Image(SetImageArgs),
}

#[derive(Debug, Args)]
pub struct SetImageArgs {
    /// Name of the rollout
    pub name: String,
    /// CONTAINER=IMAGE pairs (`*` names every container)
    #[arg(required = true, value_name = "CONTAINER=IMAGE", value_parser = parse_image_assignment)]
    pub images: Vec<ImageAssignment>,
    #[command(flatten)]
    pub dry: DryRun,
}

pub(super) const CREATE_HELP: &str = "\
Examples:
  # Create an experiment and follow it
  kubectl rollouts create -f experiment.yaml -w

  # See what would be created, and create nothing
  kubectl rollouts create -f rollout.yaml --dry-run

  # Run an analysis by hand from a template
  kubectl rollouts create analysisrun --from success-rate -a service-name=web-canary

The objects are checked with the lint rules first: a manifest that lint rejects is not created.";

pub(super) const TERMINATE_HELP: &str = "\
Examples:
  kubectl rollouts terminate analysisrun web-6c9f7d-2-1
  kubectl rollouts terminate experiment web-6c9f7d-2 web-6c9f7d-3";

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[command(subcommand)]
    pub what: Option<CreateCommand>,

    /// A manifest to create: YAML with any number of documents, or JSON; `-` reads stdin.
    /// Repeat for several files
    #[arg(short = 'f', long = "filename", value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub files: Vec<String>,

    /// Follow the created rollout or experiment as `get -w` does
    #[arg(short = 'w', long)]
    pub watch: bool,

    /// Stop following after this many seconds (0 = forever)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub timeout_seconds: u64,

    /// Print what would be created, and create nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub enum CreateCommand {
    /// Create an AnalysisRun from an AnalysisTemplate (or a ClusterAnalysisTemplate)
    #[command(
        name = "analysisrun",
        visible_aliases = ["ar", "analysisruns"],
        after_help = "\
Examples:
  kubectl rollouts create analysisrun --from success-rate -a service-name=web-canary
  kubectl rollouts create analysisrun --from error-rate --global --name error-rate-manual
  kubectl rollouts create analysisrun --from-file template.yaml --dry-run"
    )]
    AnalysisRun(CreateAnalysisRunArgs),
}

#[derive(Debug, Args)]
pub struct CreateAnalysisRunArgs {
    /// The AnalysisTemplate (with --global: ClusterAnalysisTemplate) to run
    #[arg(
        long,
        value_name = "TEMPLATE",
        required_unless_present = "from_file",
        conflicts_with = "from_file"
    )]
    pub from: Option<String>,

    /// A file holding the template to run
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub from_file: Option<String>,

    /// Read a ClusterAnalysisTemplate instead of an AnalysisTemplate
    #[arg(long)]
    pub global: bool,

    /// An argument of the template, NAME=VALUE; repeat for several
    #[arg(short = 'a', long = "argument", value_name = "NAME=VALUE")]
    pub args: Vec<String>,

    /// The name of the run
    #[arg(long, value_name = "NAME", conflicts_with = "generate_name")]
    pub name: Option<String>,

    /// A name prefix for the server to complete (default: the template's name and '-')
    #[arg(long, value_name = "PREFIX")]
    pub generate_name: Option<String>,

    /// The controller instance that should run it (the argo-rollouts.argoproj.io/instance-id label)
    #[arg(long, value_name = "ID")]
    pub instance_id: Option<String>,

    /// Print the run that would be created, and create nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub enum TerminateCommand {
    /// Terminate analysis runs (set spec.terminate; the controller stops measuring)
    #[command(
        name = "analysisrun",
        visible_aliases = ["ar", "analysisruns"],
        after_help = "Examples:\n  kubectl rollouts terminate analysisrun web-6c9f7d-2-1\n  kubectl rollouts terminate analysisrun web-6c9f7d-2-1 web-6c9f7d-3-1 --dry-run"
    )]
    AnalysisRun(TerminateRunArgs),
    /// Terminate experiments (set spec.terminate; the controller scales them down)
    #[command(
        visible_aliases = ["exp", "experiments"],
        after_help = "Examples:\n  kubectl rollouts terminate experiment web-6c9f7d-2\n  kubectl rollouts terminate experiment web-6c9f7d-2 web-6c9f7d-3"
    )]
    Experiment(ExperimentWriteArgs),
}

#[derive(Debug, Args)]
pub struct TerminateRunArgs {
    /// Name of the analysis run; several names are each written on their own
    #[arg(value_name = "NAME", required = true, num_args = 1..)]
    pub names: Vec<String>,

    #[command(flatten)]
    pub dry: DryRun,
}
