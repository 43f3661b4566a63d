//! "Did you mean" for an unknown subcommand, stricter than clap's: clap's similarity score
//! offers `retry experiments` for `retry payments` (an object's name, not a typo of a kind)
//! and `retry` for `create`. We offer a command only for a plausible typo (a swapped pair, or
//! one slip in five letters), and after `get`/`retry` we say the kind comes before the name.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Command, CommandFactory};

use crate::cli::Cli;

/// Replaces clap's suggestion in an "unrecognized subcommand" error; other errors pass through.
pub fn refine(mut err: clap::Error, args: &[OsString]) -> clap::Error {
    if err.kind() != ErrorKind::InvalidSubcommand {
        return err;
    }
    let Some(ContextValue::String(invalid)) = err.get(ContextKind::InvalidSubcommand).cloned()
    else {
        return err;
    };
    let root = Cli::command();
    let (parent, path) = parent_of(&root, args, &invalid);
    err.remove(ContextKind::SuggestedSubcommand);
    let kinds: Vec<&Command> = parent
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .collect();
    let takes_a_name = !kinds.is_empty()
        && kinds.iter().all(|k| {
            k.get_positionals()
                .next()
                .is_some_and(|a| a.get_id() == "name")
        });
    if takes_a_name {
        let names: Vec<&str> = kinds.iter().map(|k| k.get_name()).collect();
        let tip = format!(
            "name the kind first ({}): 'kubectl rollouts {path} {} {invalid}'",
            names.join(" or "),
            names[0]
        );
        err.insert(
            ContextKind::Suggested,
            ContextValue::StyledStrs(vec![tip.into()]),
        );
        return err;
    }
    let candidates = kinds
        .iter()
        .flat_map(|c| std::iter::once(c.get_name()).chain(c.get_visible_aliases()));
    if let Some(best) = candidates
        .filter(|c| is_typo_of(&invalid, c))
        .min_by_key(|c| osa_distance(&invalid, c))
    {
        err.insert(
            ContextKind::SuggestedSubcommand,
            ContextValue::String(best.to_string()),
        );
    }
    err
}

/// The command whose subcommand `invalid` was meant to be, and its path (`retry`), found by
/// following the subcommand words of the command line.
fn parent_of<'a>(root: &'a Command, args: &[OsString], invalid: &str) -> (&'a Command, String) {
    let mut cur = root;
    let mut path = Vec::new();
    for arg in args.iter().skip(1).filter_map(|a| a.to_str()) {
        if arg == invalid {
            break;
        }
        if arg.starts_with('-') {
            continue;
        }
        if let Some(sub) = cur.find_subcommand(arg) {
            path.push(sub.get_name().to_string());
            cur = sub;
        }
    }
    (cur, path.join(" "))
}

/// A slip of the keyboard: two letters swapped, or one edit per five letters typed.
fn is_typo_of(typed: &str, word: &str) -> bool {
    let d = osa_distance(typed, word);
    let allowed = typed.chars().count() / 5;
    d <= allowed || (d == 1 && is_transposition(typed, word))
}

fn is_transposition(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() != b.len() {
        return false;
    }
    let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    diff.len() == 2
        && diff[1] == diff[0] + 1
        && a[diff[0]] == b[diff[1]]
        && a[diff[1]] == b[diff[0]]
}

/// Optimal string alignment distance (Levenshtein plus adjacent swaps).
fn osa_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn message(args: &[&str]) -> String {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        let err = Cli::try_parse_from(&args).expect_err("refused");
        refine(err, &args).to_string()
    }

    #[test]
    fn only_plausible_typos_are_suggested() {
        assert!(is_typo_of("promot", "promote"));
        assert!(is_typo_of("hsitory", "history"));
        assert!(is_typo_of("lsit", "list"));
        assert!(is_typo_of("staus", "status"));
        assert!(!is_typo_of("lint", "list"));
        assert!(!is_typo_of("create", "retry"));
        assert!(!is_typo_of("payments", "experiments"));
    }

    #[test]
    fn an_object_name_where_a_kind_belongs_is_answered_with_the_kind_first() {
        let m = message(&["kubectl-rollouts", "retry", "payments"]);
        assert!(!m.contains("experiments'"), "{m}");
        assert!(
            m.contains("name the kind first (rollout or experiment): 'kubectl rollouts retry rollout payments'"),
            "{m}"
        );
        let m = message(&["kubectl-rollouts", "-n", "prod", "get", "web"]);
        assert!(m.contains("'kubectl rollouts get rollout web'"), "{m}");
    }

    #[test]
    fn unknown_commands_get_a_suggestion_only_when_it_is_a_typo() {
        let m = message(&["kubectl-rollouts", "deploy"]);
        assert!(!m.contains("similar"), "{m}");
        let m = message(&["kubectl-rollouts", "promot", "web"]);
        assert!(m.contains("a similar subcommand exists: 'promote'"), "{m}");
        let m = message(&["kubectl-rollouts", "list", "rolouts"]);
        assert!(m.contains("a similar subcommand exists: 'rollouts'"), "{m}");
    }
}
