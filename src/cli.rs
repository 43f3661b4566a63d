//! What the user typed: the clap definition of every command and flag (nothing is decided here;
//! `settings` turns this into decisions once).

use clap::{Args, Parser, Subcommand, ValueEnum};

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

/// Cluster access and output flags, accepted by every command (kubectl's names and meanings).
#[derive(Debug, Args, Clone, Default)]
pub struct GlobalArgs {
    /// Path to the kubeconfig file to use (default: $KUBECONFIG, then ~/.kube/config)
    #[arg(long, global = true, value_name = "PATH")]
    pub kubeconfig: Option<String>,

    /// The name of the kubeconfig context to use
    #[arg(long, global = true, value_name = "NAME")]
    pub context: Option<String>,

    /// The name of the kubeconfig cluster to use
    #[arg(long, global = true, value_name = "NAME")]
    pub cluster: Option<String>,

    /// The name of the kubeconfig user to use
    #[arg(long, global = true, value_name = "NAME")]
    pub user: Option<String>,

    /// The namespace (default: the context's namespace, else "default")
    #[arg(short = 'n', long, global = true, value_name = "NAMESPACE")]
    pub namespace: Option<String>,

    /// Time to wait for each request to the server, e.g. 10s, 1m, 1.5s, or plain seconds
    /// (0.5 too); 0 waits forever (default 30s)
    #[arg(long, global = true, value_name = "DURATION")]
    pub request_timeout: Option<String>,

    #[command(flatten)]
    pub access: AccessArgs,

    /// When to colour the output
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Never colour the output (same as --color never)
    #[arg(long, global = true)]
    pub no_color: bool,
}

/// kubectl's flags that override the kubeconfig's cluster and user, impersonate, or log
/// requests: the same names, the same precedence (a flag wins over the kubeconfig).
#[derive(Debug, Args, Clone, Default)]
pub struct AccessArgs {
    /// The address and port of the Kubernetes API server (wins over the kubeconfig's)
    #[arg(short = 's', long, global = true, value_name = "URL")]
    pub server: Option<String>,

    /// Bearer token for authentication to the API server (wins over the kubeconfig's user)
    #[arg(long, global = true, value_name = "TOKEN")]
    pub token: Option<String>,

    /// Do not check the server's certificate (insecure: use only against a test cluster)
    #[arg(long, global = true)]
    pub insecure_skip_tls_verify: bool,

    /// Path to a CA certificate file to verify the server's certificate with
    #[arg(long, global = true, value_name = "PATH")]
    pub certificate_authority: Option<String>,

    /// Path to a client certificate file for TLS
    #[arg(long, global = true, value_name = "PATH")]
    pub client_certificate: Option<String>,

    /// Path to a client key file for TLS
    #[arg(long, global = true, value_name = "PATH")]
    pub client_key: Option<String>,

    /// Server name to check the server's certificate against (default: the server's host)
    #[arg(long, global = true, value_name = "NAME")]
    pub tls_server_name: Option<String>,

    /// Username to impersonate for the operation (a user or a service account)
    #[arg(long = "as", global = true, value_name = "USER")]
    pub as_user: Option<String>,

    /// Group to impersonate for the operation; repeat for several groups
    #[arg(long, global = true, value_name = "GROUP")]
    pub as_group: Vec<String>,

    /// UID to impersonate for the operation
    #[arg(long, global = true, value_name = "UID")]
    pub as_uid: Option<String>,

    /// Username for HTTP basic authentication to the API server (sent as kubectl sends it;
    /// Kubernetes itself removed basic authentication in 1.19)
    #[arg(long, global = true, value_name = "NAME")]
    pub username: Option<String>,

    /// Password for HTTP basic authentication to the API server (see --username)
    #[arg(long, global = true, value_name = "PASSWORD")]
    pub password: Option<String>,

    /// Log level: 6 prints one line per request on stderr (method, URL, status, time), 8
    /// also the response size; never a token or a certificate
    #[arg(short = 'v', long = "v", global = true, value_name = "LEVEL")]
    pub verbosity: Option<u8>,

    /// Accepted for kubectl's sake and ignored: we keep no discovery cache
    #[arg(long, global = true, value_name = "PATH")]
    pub cache_dir: Option<String>,

    /// Accepted for kubectl's sake: our responses are never compressed anyway
    #[arg(long, global = true)]
    pub disable_compression: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Json,
    Yaml,
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

#[derive(Debug, Args)]
pub struct CompletionArgs {
    /// The shell to print the script for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct CompleteArgs {
    /// The words typed after `rollouts`; the last one is the word being completed (may be empty)
    #[arg(num_args = 0.., trailing_var_arg = true, allow_hyphen_values = true)]
    pub words: Vec<String>,
}

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

#[derive(Debug, Args)]
pub struct DashboardArgs {
    /// Port to listen on; 0 picks a free one
    #[arg(long, value_name = "PORT", default_value_t = 3100)]
    pub port: u16,

    /// Address to listen on; anything but a loopback address exposes the dashboard (and
    /// your cluster credentials' powers) to the network
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub address: std::net::IpAddr,

    /// Path the dashboard is served under
    #[arg(long, value_name = "PATH", default_value = "rollouts")]
    pub root_path: String,

    /// Show, never change: every write is refused and the pages have no action buttons
    #[arg(long)]
    pub read_only: bool,

    /// List the rollouts of every namespace
    #[arg(short = 'A', long)]
    pub all_namespaces: bool,

    /// Open the entry URL in a browser
    #[arg(long)]
    pub open: bool,
}

#[derive(Debug, Args)]
pub struct PlaygroundArgs {
    /// Port on 127.0.0.1 to serve on (default: a free port)
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,

    /// Write the kubeconfig to this path, which must not exist yet (default: a temporary file);
    /// it is removed when the playground stops
    #[arg(long, value_name = "PATH")]
    pub kubeconfig_out: Option<std::path::PathBuf>,

    /// Make simulated time run N times faster: pauses, pod start-up, analysis measurements
    #[arg(long, value_name = "N", default_value = "1", value_parser = parse_speed)]
    pub speed: f64,

    /// Seed for generated names and values: the same seed gives the same pod names
    #[arg(long, value_name = "S")]
    pub seed: Option<u64>,
}

/// A speed factor: a finite number from 0.1 to 10000.
/// A refusal by one of our value parsers: the whole one-line message, which `main` prints as
/// `error: …` (instead of clap's multi-line block) with the usage exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueError(pub String);

impl std::fmt::Display for ValueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ValueError {}

/// The one-line message of a clap error that one of our value parsers raised.
pub fn value_error_line(e: &clap::Error) -> Option<String> {
    std::error::Error::source(e)?
        .downcast_ref::<ValueError>()
        .map(|v| v.0.clone())
}

/// `--in`: a flag duration and the text typed (the Go plugin prints it back as typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delay {
    pub text: String,
    pub duration: jiff::SignedDuration,
}

/// One `CONTAINER=IMAGE` of `set image` (`*` names every container).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageAssignment {
    pub container: String,
    pub image: String,
}

fn parse_timeout(text: &str) -> Result<std::time::Duration, ValueError> {
    crate::model::duration::parse_flag(text).map_err(|e| {
        ValueError(format!(
            "invalid --timeout {text:?}: {e} (use e.g. 90s or 5m)"
        ))
    })
}

fn parse_in(text: &str) -> Result<Delay, ValueError> {
    let refuse = |e: String| {
        // The parser's message may already say which units to use; one hint is enough.
        let hint = if e.contains("(use ") {
            ""
        } else {
            " (use e.g. 30s, 10m, 1h)"
        };
        ValueError(format!("invalid --in {text:?}: {e}{hint}"))
    };
    let d = crate::model::duration::parse_flag(text).map_err(refuse)?;
    let duration = jiff::SignedDuration::try_from(d)
        .map_err(|_| ValueError("--in is too long".to_string()))?;
    Ok(Delay {
        text: text.trim().to_string(),
        duration,
    })
}

fn parse_image_assignment(pair: &str) -> Result<ImageAssignment, ValueError> {
    match pair.split_once('=') {
        Some((c, i)) if !c.is_empty() && !i.is_empty() && !i.contains(char::is_whitespace) => {
            Ok(ImageAssignment {
                container: c.to_string(),
                image: i.to_string(),
            })
        }
        _ => Err(ValueError(format!(
            "invalid image assignment {pair:?}: expected CONTAINER=IMAGE"
        ))),
    }
}

fn parse_speed(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && (0.1..=10_000.0).contains(&v) => Ok(v),
        _ => Err(format!("'{s}' is not a speed from 0.1 to 10000")),
    }
}

#[derive(Debug, Args)]
pub struct VersionArgs {
    /// Print as data
    #[arg(short = 'o', long, value_enum)]
    pub output: Option<OutputFormat>,
    /// Print only the version, on one line
    #[arg(long, conflicts_with = "output")]
    pub short: bool,
}

const LINT_HELP: &str = "\
Examples:
  # Check a manifest before applying it (nothing printed and exit 0 when valid)
  kubectl rollouts lint -f rollout.yaml

  # Several files, one from stdin, with the problems as JSON for CI annotations
  helm template ./chart | kubectl rollouts lint -f - -f analysis.yaml -o json

Each problem is one line: FILE:LINE: KIND/NAME: FIELD: message. Services, Ingresses and
VirtualServices in the input are checked against the rollouts that name them.
Exit codes: 0 valid, 1 problems found (also a document that is not valid YAML or JSON),
2 a file could not be read or a bad flag.";

const CREATE_HELP: &str = "\
Examples:
  # Create an experiment and follow it
  kubectl rollouts create -f experiment.yaml -w

  # See what would be created, and create nothing
  kubectl rollouts create -f rollout.yaml --dry-run

  # Run an analysis by hand from a template
  kubectl rollouts create analysisrun --from success-rate -a service-name=web-canary

The objects are checked with the lint rules first: a manifest that lint rejects is not created.";

const TERMINATE_HELP: &str = "\
Examples:
  kubectl rollouts terminate analysisrun web-6c9f7d-2-1
  kubectl rollouts terminate experiment web-6c9f7d-2 web-6c9f7d-3";

#[derive(Debug, Args)]
pub struct LintArgs {
    /// A manifest to check: YAML with any number of documents, or JSON (an object or a List);
    /// `-` reads stdin. Repeat for several files
    #[arg(short = 'f', long = "filename", value_name = "FILE", required = true, value_hint = clap::ValueHint::FilePath)]
    pub files: Vec<String>,

    /// Print the problems as data (`[]` when valid)
    #[arg(short = 'o', long, value_enum)]
    pub output: Option<OutputFormat>,
}

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
