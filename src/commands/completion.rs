//! Shell completion: `completion SHELL` prints a clap_complete script, and the hidden
//! `__complete` answers kubectl's plugin completion (kubectl ≥ 1.26 runs
//! `kubectl_complete-rollouts WORDS…` and reads cobra's protocol: one candidate per line,
//! `value<TAB>description`, then `:<directive>`).
//!
//! The walk over the typed words is pure ([`plan`]); only the rollout, experiment and namespace
//! names come from the cluster, with a short timeout, and any failure there means "no names".

use std::time::Duration;

use anyhow::Result;
use clap::{Arg, Command, CommandFactory};
use clap_complete::Shell;
use serde_json::Value;

use super::output;
use crate::cli::{Cli, CompleteArgs, CompletionArgs};
use crate::exit::ExitCode;
use crate::k8s::{Cluster, ListQuery, Resource};
use crate::model::resource::{EXPERIMENTS, ROLLOUTS};
use crate::settings::{ClusterSettings, Settings};

/// The name the standalone scripts complete (the binary on PATH).
pub const BIN_NAME: &str = "kubectl-rollouts";

/// cobra's ShellCompDirectiveNoFileComp: the shell must not fall back to file names.
pub const DIRECTIVE_NO_FILE_COMP: u32 = 4;
/// cobra's ShellCompDirectiveDefault: the shell completes file names (for `-f FILE`).
pub const DIRECTIVE_DEFAULT: u32 = 0;

/// Each request of a live lookup; completion must feel instant or give up.
const LOOKUP_REQUEST_TIMEOUT: Duration = Duration::from_secs(2);
/// The whole lookup, connection included.
const LOOKUP_DEADLINE: Duration = Duration::from_secs(3);

const NAMESPACES: Resource = Resource {
    group: "",
    version: "v1",
    plural: "namespaces",
    kind: "Namespace",
};

/// `completion SHELL`.
pub fn script(args: &CompletionArgs) -> Result<ExitCode> {
    output::print(&generate_script(args.shell))?;
    Ok(ExitCode::Ok)
}

/// The completion script for a shell, completing the `kubectl-rollouts` binary.
pub fn generate_script(shell: Shell) -> String {
    let mut cmd = with_bin_names(without_hidden_subcommands(Cli::command()), BIN_NAME);
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, BIN_NAME, &mut buf);
    let script = String::from_utf8_lossy(&buf).into_owned();
    if shell == Shell::Bash {
        // clap_complete's bash script spells the state of a subcommand of a hyphenated binary
        // two ways (`kubectl__rollouts__subcmd__get` when walking the words, but
        // `kubectl__subcmd__rollouts__subcmd__get` in the case arms), so nothing past the
        // first word would complete (clap-rs/clap#6421). Spell the arms like the walk.
        script.replace(
            "kubectl__subcmd__rollouts__subcmd__",
            "kubectl__rollouts__subcmd__",
        )
    } else {
        script
    }
}

/// clap_complete offers hidden subcommands in some shells; `__complete` is for kubectl only,
/// so the scripts are generated from a root that does not have it.
fn without_hidden_subcommands(root: Command) -> Command {
    let mut out = Command::new(BIN_NAME)
        .disable_version_flag(true)
        .args(root.get_arguments().cloned())
        .subcommands(root.get_subcommands().filter(|s| !s.is_hide_set()).cloned());
    if let Some(about) = root.get_about() {
        out = out.about(about.clone());
    }
    out
}

/// The derived tree names its commands `kubectl rollouts …` (for help); the scripts complete
/// the binary, so every command is renamed `kubectl-rollouts …` down the tree.
fn with_bin_names(mut cmd: Command, bin_name: &str) -> Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let child = format!("{bin_name} {name}");
        cmd = cmd.mut_subcommand(name, |sub| with_bin_names(sub, &child));
    }
    cmd.bin_name(bin_name.to_string())
}

/// The file in `completions/` that holds the script for a shell.
pub fn script_file_name(shell: Shell) -> String {
    match shell {
        Shell::Bash => format!("{BIN_NAME}.bash"),
        Shell::Zsh => format!("_{BIN_NAME}"),
        Shell::Fish => format!("{BIN_NAME}.fish"),
        Shell::PowerShell => format!("{BIN_NAME}.ps1"),
        Shell::Elvish => format!("{BIN_NAME}.elv"),
        other => format!("{BIN_NAME}.{other}"),
    }
}

/// `__complete WORDS…`: prints the candidates for the last word, then the directive. Never
/// fails: a completion that prints an error would put the error into the user's command line.
pub async fn complete(args: &CompleteArgs, settings: &Settings) -> Result<ExitCode> {
    let tree = command_tree();
    let plan = plan(&tree, &args.words);
    let mut candidates = plan.candidates.clone();
    if let Some(lookup) = plan.lookup {
        let cluster = lookup_settings(&plan.cluster, &settings.cluster);
        let names = match tokio::time::timeout(LOOKUP_DEADLINE, fetch_names(lookup, &cluster)).await
        {
            Ok(Some(names)) => names,
            _ => Vec::new(),
        };
        candidates.extend(name_candidates(
            &names,
            &plan.value_prefix,
            &plan.insert_prefix,
        ));
    }
    let directive = if plan.files {
        DIRECTIVE_DEFAULT
    } else {
        DIRECTIVE_NO_FILE_COMP
    };
    output::print(&render(&candidates, directive))?;
    Ok(ExitCode::Ok)
}

/// The clap tree with globals propagated and help flags added, as the parser sees it.
pub fn command_tree() -> Command {
    let mut cmd = Cli::command();
    cmd.build();
    cmd
}

/// One completion candidate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub value: String,
    pub description: String,
}

/// Names the cluster must be asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    Rollouts,
    Experiments,
    Namespaces,
}

/// Cluster flags found among the typed words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypedCluster {
    pub kubeconfig: Option<String>,
    pub context: Option<String>,
    pub cluster: Option<String>,
    pub user: Option<String>,
    pub namespace: Option<String>,
}

/// What to offer for the last word: fixed candidates (already filtered), and perhaps names to
/// look up, filtered by `value_prefix` and offered with `insert_prefix` in front (for
/// `--name=we`, the typed `--name=`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub candidates: Vec<Candidate>,
    pub lookup: Option<Lookup>,
    pub value_prefix: String,
    pub insert_prefix: String,
    pub cluster: TypedCluster,
    /// The value is a file name: let the shell complete it.
    pub files: bool,
}

/// Walks the typed words through the command tree (`tree` built with [`command_tree`]); the
/// last word is the one being completed.
pub fn plan(tree: &Command, words: &[String]) -> Plan {
    let (typed, partial) = match words.split_last() {
        Some((last, rest)) => (rest, last.as_str()),
        None => (&[][..], ""),
    };
    let Walk {
        cur,
        positionals,
        only_positionals,
        cluster,
        pending,
    } = walk(tree, typed);

    let mut plan = Plan {
        cluster,
        ..Plan::default()
    };
    if let Some(arg) = pending {
        complete_value(&mut plan, cur, arg, partial, "");
        return plan;
    }
    if !only_positionals && partial.starts_with('-') {
        if let Some(long) = partial.strip_prefix("--")
            && let Some((name, value)) = long.split_once('=')
        {
            if let Some(arg) = find_long(cur, name).filter(|a| takes_value(a)) {
                let insert = format!("--{name}=");
                complete_value(&mut plan, cur, arg, value, &insert);
            }
            return plan;
        }
        plan.candidates = flags(cur)
            .into_iter()
            .filter(|c| c.value.starts_with(partial))
            .collect();
        return plan;
    }
    if positionals == 0 && cur.has_subcommands() {
        plan.candidates = cur
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
            .filter(|s| s.get_name().starts_with(partial))
            .map(|s| Candidate {
                value: s.get_name().to_string(),
                description: one_line(s.get_about().map(|a| a.to_string())),
            })
            .collect();
        return plan;
    }
    let mut args: Vec<&Arg> = cur.get_positionals().filter(|a| !a.is_hide_set()).collect();
    args.sort_by_key(|a| a.get_index().unwrap_or(usize::MAX));
    // A positional that takes several values (`pause NAME…`) completes every one of them.
    let several = |a: &&&Arg| a.get_num_args().is_some_and(|n| n.max_values() > 1);
    if let Some(arg) = args
        .get(positionals)
        .or_else(|| args.last().filter(several))
    {
        complete_value(&mut plan, cur, arg, partial, "");
    }
    plan
}

/// Where the typed words (all but the one being completed) lead in the command tree.
struct Walk<'a> {
    /// The (sub)command reached.
    cur: &'a Command,
    /// Positional arguments typed so far.
    positionals: usize,
    /// A `--` was typed: every word after it is positional.
    only_positionals: bool,
    cluster: TypedCluster,
    /// The flag whose value the next word is.
    pending: Option<&'a Arg>,
}

fn walk<'a>(tree: &'a Command, typed: &[String]) -> Walk<'a> {
    let mut cur = tree;
    let mut positionals = 0usize;
    let mut only_positionals = false;
    let mut cluster = TypedCluster::default();
    let mut pending: Option<&Arg> = None;
    for word in typed {
        if let Some(arg) = pending.take() {
            remember(&mut cluster, arg, word);
            continue;
        }
        if only_positionals {
            positionals += 1;
            continue;
        }
        if word == "--" {
            only_positionals = true;
            continue;
        }
        if let Some(long) = word.strip_prefix("--") {
            let (name, value) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v)),
                None => (long, None),
            };
            if let Some(arg) = find_long(cur, name) {
                match value {
                    Some(v) => remember(&mut cluster, arg, v),
                    None if needs_separate_value(arg) => pending = Some(arg),
                    None => {}
                }
            }
            continue;
        }
        if let Some(shorts) = word.strip_prefix('-').filter(|s| !s.is_empty()) {
            for (i, c) in shorts.char_indices() {
                let Some(arg) = find_short(cur, c) else { break };
                if takes_value(arg) {
                    let rest = &shorts[i + c.len_utf8()..];
                    let rest = rest.strip_prefix('=').unwrap_or(rest);
                    if !rest.is_empty() {
                        remember(&mut cluster, arg, rest);
                    } else if needs_separate_value(arg) {
                        pending = Some(arg);
                    }
                    break;
                }
            }
            continue;
        }
        match find_subcommand(cur, word) {
            Some(sub) if positionals == 0 => cur = sub,
            _ => positionals += 1,
        }
    }
    Walk {
        cur,
        positionals,
        only_positionals,
        cluster,
        pending,
    }
}

/// Candidates for the value of `arg` (a flag's value or a positional) of command `cmd`.
fn complete_value(plan: &mut Plan, cmd: &Command, arg: &Arg, partial: &str, insert: &str) {
    if arg.get_value_hint() == clap::ValueHint::FilePath {
        plan.files = true;
        return;
    }
    let id = arg.get_id().as_str();
    let lookup = match id {
        "namespace" => Some(Lookup::Namespaces),
        "name" if is_experiment_command(cmd) => Some(Lookup::Experiments),
        "name" => Some(Lookup::Rollouts),
        _ => None,
    };
    if let Some(lookup) = lookup {
        plan.lookup = Some(lookup);
        plan.value_prefix = partial.to_string();
        plan.insert_prefix = insert.to_string();
        return;
    }
    plan.candidates = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set() && v.get_name().starts_with(partial))
        .map(|v| Candidate {
            value: format!("{insert}{}", v.get_name()),
            description: one_line(v.get_help().map(|h| h.to_string())),
        })
        .collect();
}

/// `get experiment`, `retry experiment`, `list experiments` name experiments.
fn is_experiment_command(cmd: &Command) -> bool {
    matches!(cmd.get_name(), "experiment" | "experiments")
}

/// Cluster flags are remembered so the lookup asks the cluster the user is talking to.
fn remember(cluster: &mut TypedCluster, arg: &Arg, value: &str) {
    let slot = match arg.get_id().as_str() {
        "kubeconfig" => &mut cluster.kubeconfig,
        "context" => &mut cluster.context,
        "cluster" => &mut cluster.cluster,
        "user" => &mut cluster.user,
        "namespace" => &mut cluster.namespace,
        _ => return,
    };
    *slot = Some(value.to_string());
}

fn find_long<'a>(cmd: &'a Command, name: &str) -> Option<&'a Arg> {
    cmd.get_arguments().find(|a| {
        a.get_long() == Some(name) || a.get_all_aliases().is_some_and(|al| al.contains(&name))
    })
}

fn find_short(cmd: &Command, c: char) -> Option<&Arg> {
    cmd.get_arguments().find(|a| a.get_short() == Some(c))
}

fn find_subcommand<'a>(cmd: &'a Command, word: &str) -> Option<&'a Command> {
    cmd.get_subcommands()
        .find(|s| s.get_name() == word || s.get_all_aliases().any(|a| a == word))
}

fn takes_value(arg: &Arg) -> bool {
    arg.get_action().takes_values()
}

/// A flag whose value may be left out (`status --watch`) only takes one with `=`.
fn needs_separate_value(arg: &Arg) -> bool {
    takes_value(arg) && arg.get_num_args().is_none_or(|n| n.min_values() > 0)
}

/// Every visible flag of the command (its own and the global ones): `--long`, then `-s`.
fn flags(cmd: &Command) -> Vec<Candidate> {
    let mut out = Vec::new();
    for arg in cmd
        .get_arguments()
        .filter(|a| !a.is_positional() && !a.is_hide_set())
    {
        let description = one_line(arg.get_help().map(|h| h.to_string()));
        if let Some(long) = arg.get_long() {
            out.push(Candidate {
                value: format!("--{long}"),
                description: description.clone(),
            });
        }
        if let Some(short) = arg.get_short() {
            out.push(Candidate {
                value: format!("-{short}"),
                description,
            });
        }
    }
    out
}

/// Candidates from names the cluster returned, filtered by what was typed.
pub fn name_candidates(names: &[String], prefix: &str, insert: &str) -> Vec<Candidate> {
    names
        .iter()
        .filter(|n| n.starts_with(prefix))
        .map(|n| Candidate {
            value: format!("{insert}{n}"),
            description: String::new(),
        })
        .collect()
}

/// cobra's protocol: `value` or `value<TAB>description` per line, then `:directive`.
pub fn render(candidates: &[Candidate], directive: u32) -> String {
    let mut out = String::new();
    for c in candidates {
        out.push_str(&c.value);
        if !c.description.is_empty() {
            out.push('\t');
            out.push_str(&c.description);
        }
        out.push('\n');
    }
    out.push_str(&format!(":{directive}\n"));
    out
}

/// The first line of a help text, without tabs (a tab separates value and description).
fn one_line(text: Option<String>) -> String {
    text.unwrap_or_default()
        .lines()
        .next()
        .unwrap_or("")
        .replace('\t', " ")
        .trim()
        .to_string()
}

/// Typed cluster flags win over the ones given to `__complete` itself.
fn lookup_settings(typed: &TypedCluster, given: &ClusterSettings) -> ClusterSettings {
    ClusterSettings {
        kubeconfig: typed
            .kubeconfig
            .clone()
            .or_else(|| given.kubeconfig.clone()),
        context: typed.context.clone().or_else(|| given.context.clone()),
        cluster: typed.cluster.clone().or_else(|| given.cluster.clone()),
        user: typed.user.clone().or_else(|| given.user.clone()),
        namespace: typed.namespace.clone().or_else(|| given.namespace.clone()),
        request_timeout: Some(LOOKUP_REQUEST_TIMEOUT),
        // The server, token and impersonation given to `__complete` apply to the lookup too;
        // its request log would corrupt the completion answer on a shared terminal.
        overrides: given.overrides.clone(),
        verbosity: 0,
    }
}

/// Names of the objects to offer; None on any failure.
async fn fetch_names(lookup: Lookup, settings: &ClusterSettings) -> Option<Vec<String>> {
    let cluster = Cluster::connect(settings).await.ok()?;
    let (resource, namespace) = match lookup {
        Lookup::Rollouts => (&ROLLOUTS, Some(cluster.namespace.as_str())),
        Lookup::Experiments => (&EXPERIMENTS, Some(cluster.namespace.as_str())),
        Lookup::Namespaces => (&NAMESPACES, None),
    };
    let list = cluster
        .list(resource, namespace, &ListQuery::default())
        .await
        .ok()?;
    let mut names: Vec<String> = list.items.iter().filter_map(object_name).collect();
    names.sort();
    names.dedup();
    Some(names)
}

fn object_name(item: &Value) -> Option<String> {
    item.get("metadata")?
        .get("name")?
        .as_str()
        .map(str::to_string)
}

#[cfg(test)]
mod tests;
