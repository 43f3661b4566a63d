//! What the user typed: the clap definition of every command and flag (nothing is decided here;
//! `settings` turns this into decisions once). The commands are listed here; their flags live
//! by group: `global` (every command), `read`, `write`, `tools`, and `values` (our parsers).

use clap::{Parser, Subcommand};

mod global;
mod read;
mod tools;
mod values;
mod write;

pub use global::{AccessArgs, ColorChoice, GlobalArgs, OutputFormat};
pub use read::{
    GetArgs, GetCommand, HistoryArgs, ListCommand, ListExperimentsArgs, ListRolloutsArgs,
    StatusArgs,
};
pub use tools::{
    CompleteArgs, CompletionArgs, DashboardArgs, LintArgs, PlaygroundArgs, VersionArgs,
};
pub use values::{Delay, ImageAssignment, ValueError, value_error_line};
pub use write::{
    CreateAnalysisRunArgs, CreateArgs, CreateCommand, DryRun, ExperimentWriteArgs, PromoteArgs,
    RestartArgs, RetryCommand, SetCommand, SetImageArgs, SetWeightArgs, TerminateCommand,
    TerminateRunArgs, UndoArgs, WriteArgs,
};

use tools::LINT_HELP;
use write::{CREATE_HELP, TERMINATE_HELP};

const AFTER_HELP: &str = "\
Examples:
  # Watch a canary progress
  kubectl rollouts get rollout web -w

  # Promote a paused rollout to its next step
  kubectl rollouts promote web

  # Go back to the previous revision
  kubectl rollouts undo web

  # Wait in CI until the rollout is healthy (exit 0), degraded (1) or 5 minutes pass (3)
  kubectl rollouts status web --timeout 5m";

/// Progressive delivery with Argo Rollouts from kubectl: watch, promote, undo, set-weight.
#[derive(Debug, Parser)]
#[command(
    name = "kubectl-rollouts",
    bin_name = "kubectl rollouts",
    version,
    disable_version_flag = true,
    arg_required_else_help = true,
    after_help = AFTER_HELP
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show a rollout or an experiment with its tree of ReplicaSets, pods and analysis runs
    #[command(
        subcommand,
        after_help = "\
Examples:
  kubectl rollouts get rollout web
  kubectl rollouts get rollout web --watch
  kubectl rollouts get experiment web-3-exp"
    )]
    Get(GetCommand),

    /// List rollouts or experiments
    #[command(
        subcommand,
        after_help = "\
Examples:
  kubectl rollouts list rollouts
  kubectl rollouts list rollouts -A
  kubectl rollouts list experiments -n prod"
    )]
    List(ListCommand),

    /// Show the status of a rollout and wait until it is Healthy or Degraded
    #[command(after_help = "\
Examples:
  # Wait for the rollout to finish, at most 5 minutes
  kubectl rollouts status web --timeout 5m

  # Print the current status once
  kubectl rollouts status web --watch=false

Exit codes: 0 Healthy, 1 Degraded (or another failure), 3 timeout reached, 4 cluster unreachable.")]
    Status(StatusArgs),

    /// Roll back to a previous revision (the previous one by default)
    #[command(after_help = "\
Examples:
  # Undo the latest update
  kubectl rollouts undo web

  # Go back to revision 3, showing first what would change
  kubectl rollouts undo web --to-revision 3 --dry-run")]
    Undo(UndoArgs),

    /// Promote a paused rollout: to its next step, or all the way with --full
    #[command(after_help = "\
Examples:
  # Continue to the next step
  kubectl rollouts promote web

  # Skip the remaining steps and analysis
  kubectl rollouts promote web --full")]
    Promote(PromoteArgs),

    /// Hold an in-flight canary at a chosen weight (rewrites the steps in the cluster)
    #[command(
        name = "set-weight",
        after_help = "\
Examples:
  # Send 35% to the canary and wait there until promoted
  kubectl rollouts set-weight web 35

  # Set 50% and carry on with the remaining steps
  kubectl rollouts set-weight web 50 --no-pause

  # Put back the steps set-weight replaced
  kubectl rollouts set-weight web --restore

Note: the steps in the cluster then differ from the ones in git. set-weight records your steps
on the rollout; set image and undo put them back for the next revision, set-weight --restore
does it now, and re-applying your manifest (or a GitOps sync) does it too."
    )]
    SetWeight(SetWeightArgs),

    /// Pause one or more rollouts
    #[command(
        after_help = "Examples:\n  kubectl rollouts pause web\n  kubectl rollouts pause web api checkout"
    )]
    Pause(WriteArgs),

    /// Abort one or more rollouts: scale the canary or preview down and return traffic to stable
    #[command(
        after_help = "Examples:\n  kubectl rollouts abort web\n  kubectl rollouts abort web api"
    )]
    Abort(WriteArgs),

    /// Retry an aborted rollout or a failed experiment
    #[command(
        subcommand,
        after_help = "\
Examples:
  kubectl rollouts retry rollout web
  kubectl rollouts retry experiment web-3-exp"
    )]
    Retry(RetryCommand),

    /// Restart the pods of a rollout (now, or after a delay)
    #[command(after_help = "\
Examples:
  kubectl rollouts restart web
  kubectl rollouts restart web --in 10m")]
    Restart(RestartArgs),

    /// Update a field of a rollout
    #[command(
        subcommand,
        after_help = "Example:\n  kubectl rollouts set image web app=registry.example/web:2.1"
    )]
    Set(SetCommand),

    /// Show the revisions of a rollout, one revision's template, or what an undo would change
    #[command(after_help = "\
Examples:
  kubectl rollouts history web
  kubectl rollouts history web --revision 3
  kubectl rollouts history web --revision 3 --diff")]
    History(HistoryArgs),

    /// Check manifests without a cluster: Rollouts, AnalysisTemplates, AnalysisRuns, Experiments
    #[command(after_help = LINT_HELP)]
    Lint(LintArgs),

    /// Create Argo Rollouts objects from files, or an AnalysisRun from a template
    #[command(args_conflicts_with_subcommands = true, after_help = CREATE_HELP)]
    Create(CreateArgs),

    /// Stop an analysis run or an experiment
    #[command(subcommand, after_help = TERMINATE_HELP)]
    Terminate(TerminateCommand),

    /// Try every command without a cluster: a local demo cluster with example rollouts
    ///
    /// Serves a Kubernetes API on 127.0.0.1 with example rollouts and a small simulated
    /// controller. A learning and demo aid, not Argo Rollouts.
    #[command(after_help = "\
Examples:
  # Start it, then follow the printed instructions in a second terminal
  kubectl rollouts playground

  # Keep the kubeconfig at a known path and let time run 10x faster
  kubectl rollouts playground --kubeconfig-out ./playground.kubeconfig --speed 10

  # In the second terminal
  export KUBECONFIG=./playground.kubeconfig
  kubectl rollouts get rollout web -w

The playground serves a small Kubernetes API on 127.0.0.1 with five example rollouts in the
namespaces default and team-a. A simulated controller reacts to promote, abort, retry, undo,
set-weight, restart and set image roughly as Argo Rollouts does: pods start and stop, pauses
elapse, analysis runs take measurements. It is a learning and demo aid, not Argo Rollouts: no
traffic routing, services or real metrics. Ctrl-C stops it and removes the kubeconfig.")]
    Playground(PlaygroundArgs),

    /// Serve a live web dashboard and the Argo Rollouts dashboard's REST API
    ///
    /// Listens on 127.0.0.1 and prints the URL to open, with a token that changes every start.
    #[command(after_help = "\
Examples:
  # Start it and open the printed URL
  kubectl rollouts dashboard

  # Every namespace, nothing can be changed from the browser
  kubectl rollouts dashboard -A --read-only

  # Scripts: the API with the token as a bearer
  curl -H 'Authorization: Bearer TOKEN' http://127.0.0.1:3100/rollouts/api/v1/rollouts/default/info")]
    Dashboard(DashboardArgs),

    /// Print the version of kubectl-rollouts
    #[command(
        after_help = "Examples:\n  kubectl rollouts version\n  kubectl rollouts version -o json"
    )]
    Version(VersionArgs),

    /// Print a shell completion script for bash, zsh, fish, powershell or elvish
    #[command(after_help = "\
Examples:
  # bash: load now, or save it to the completions directory
  source <(kubectl-rollouts completion bash)
  kubectl-rollouts completion bash > ~/.local/share/bash-completion/completions/kubectl-rollouts

  # zsh: save as _kubectl-rollouts in a directory on $fpath
  kubectl-rollouts completion zsh > \"${fpath[1]}/_kubectl-rollouts\"

  # fish
  kubectl-rollouts completion fish > ~/.config/fish/completions/kubectl-rollouts.fish

For `kubectl rollouts <TAB>` (kubectl 1.26 or later) put the script kubectl_complete-rollouts
from the release on your PATH instead.")]
    Completion(CompletionArgs),

    /// Answers kubectl's plugin completion: the words typed after `rollouts`, the last one
    /// being completed (run by `kubectl_complete-rollouts`)
    #[command(name = "__complete", hide = true, disable_help_flag = true)]
    Complete(CompleteArgs),
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn status_watch_accepts_false() {
        let cli = Cli::try_parse_from(["kubectl-rollouts", "status", "web", "--watch=false"])
            .expect("parses");
        match cli.command {
            Command::Status(s) => assert!(!s.watch),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn playground_speed_must_be_a_sensible_number() {
        for bad in ["0", "-1", "nan", "inf", "fast", "20000"] {
            let err = Cli::try_parse_from(["kubectl-rollouts", "playground", "--speed", bad])
                .expect_err(bad);
            assert_eq!(err.exit_code(), 2, "{bad}");
        }
        let cli = Cli::try_parse_from(["kubectl-rollouts", "playground", "--speed", "2.5"])
            .expect("parses");
        match cli.command {
            Command::Playground(p) => assert_eq!(p.speed, 2.5),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn negative_revision_is_a_usage_error() {
        let err = Cli::try_parse_from(["kubectl-rollouts", "undo", "web", "--to-revision", "-1"])
            .expect_err("refused");
        assert_eq!(err.exit_code(), 2);
    }

    #[test]
    fn durations_and_image_pairs_are_parsed_by_clap_with_our_one_line_messages() {
        let cli = Cli::try_parse_from(["kubectl-rollouts", "restart", "web", "--in", " 10m "])
            .expect("parses");
        let Command::Restart(args) = cli.command else {
            panic!("restart")
        };
        assert_eq!(args.in_.text, "10m");
        assert_eq!(args.in_.duration, jiff::SignedDuration::from_mins(10));
        let err = Cli::try_parse_from(["kubectl-rollouts", "status", "web", "--timeout", "soon"])
            .expect_err("refused");
        assert_eq!(
            value_error_line(&err).as_deref(),
            Some("invalid --timeout \"soon\": expected a number in \"soon\" (use e.g. 90s or 5m)")
        );
        let err = Cli::try_parse_from(["kubectl-rollouts", "set", "image", "web", "web="])
            .expect_err("refused");
        assert_eq!(
            value_error_line(&err).as_deref(),
            Some("invalid image assignment \"web=\": expected CONTAINER=IMAGE")
        );
        // clap's own refusals stay clap's.
        let err = Cli::try_parse_from(["kubectl-rollouts", "undo", "web", "--to-revision", "x"])
            .expect_err("refused");
        assert_eq!(value_error_line(&err), None);
    }
}
