//! The commands around the cluster rather than on it: `completion` (and kubectl's
//! `__complete`), `dashboard`, `playground`, `version` and `lint`.

use clap::Args;

use super::OutputFormat;
use super::values::parse_speed;

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

#[derive(Debug, Args)]
pub struct VersionArgs {
    /// Print as data
    #[arg(short = 'o', long, value_enum)]
    pub output: Option<OutputFormat>,
    /// Print only the version, on one line
    #[arg(long, conflicts_with = "output")]
    pub short: bool,
}

pub(super) const LINT_HELP: &str = "\
Examples:
  # Check a manifest before applying it (nothing printed and exit 0 when valid)
  kubectl rollouts lint -f rollout.yaml

  # Several files, one from stdin, with the problems as JSON for CI annotations
  helm template ./chart | kubectl rollouts lint -f - -f analysis.yaml -o json

Each problem is one line: FILE:LINE: KIND/NAME: FIELD: message. Services, Ingresses and
VirtualServices in the input are checked against the rollouts that name them.
Exit codes: 0 valid, 1 problems found (also a document that is not valid YAML or JSON),
2 a file could not be read or a bad flag.";

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
