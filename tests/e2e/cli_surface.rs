//! The parts of the CLI a person meets first: `version` (plain, JSON, YAML, through kubectl's
//! plugin dispatch), help with examples on every command, and help when nothing is typed.

use clap::CommandFactory;
use kubectl_rollouts::cli::Cli;
use serde_json::Value;

use crate::support::env::{RUN_TIMEOUT, run_to_completion};
use crate::support::{OutputExt, TestEnv};

fn is_commit(text: &str) -> bool {
    text.is_empty()
        || ((7..=40).contains(&text.len()) && text.chars().all(|c| c.is_ascii_hexdigit()))
}

#[test]
fn version_as_json_needs_no_cluster() {
    let env = TestEnv::new();
    let mut cmd = env.cmd(["version", "-o", "json"]);
    // No kubeconfig at all: version must not try to connect.
    cmd.env("KUBECONFIG", env.dir().join("missing"));
    let out = run_to_completion(cmd, RUN_TIMEOUT);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(out.stderr_str().is_empty());
    let v: Value = serde_json::from_str(&out.stdout_str()).expect("version -o json is JSON");
    let keys: Vec<&str> = v
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["version", "gitCommit"]);
    assert_eq!(v["version"], format!("v{}", env!("CARGO_PKG_VERSION")));
    let commit = v["gitCommit"].as_str().expect("gitCommit is a string");
    assert!(is_commit(commit), "{commit:?}");
    assert!(env.requests().is_empty(), "version asked the server");
}

#[test]
fn version_as_yaml_and_text_agree_with_json() {
    let env = TestEnv::new();
    let json: Value =
        serde_json::from_str(&env.run(["version", "-o", "json"]).stdout_str()).expect("json");
    let yaml: Value =
        serde_yaml::from_str(&env.run(["version", "-o", "yaml"]).stdout_str()).expect("yaml");
    assert_eq!(yaml, json);
    let text = env.run(["version"]).stdout_str();
    let first = text.lines().next().unwrap_or_default();
    assert_eq!(
        first,
        format!("kubectl-rollouts: v{}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn kubectl_dispatches_to_the_plugin() {
    let env = TestEnv::new();
    let bin = env.dir().join("bin");
    std::fs::create_dir_all(&bin).expect("bin dir");
    std::os::unix::fs::symlink(
        env!("CARGO_BIN_EXE_kubectl-rollouts"),
        bin.join("kubectl-rollouts"),
    )
    .expect("symlink");
    let mut cmd = env.kubectl_cmd(["rollouts", "version", "-o", "json"]);
    cmd.env(
        "PATH",
        format!("{}:/usr/local/bin:/usr/bin:/bin", bin.display()),
    );
    let out = run_to_completion(cmd, RUN_TIMEOUT);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let v: Value = serde_json::from_str(&out.stdout_str()).expect("json through kubectl");
    assert_eq!(v["version"], format!("v{}", env!("CARGO_PKG_VERSION")));
}

/// Every visible command path, e.g. `["get", "rollout"]`.
fn command_paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, prefix: &[String], out: &mut Vec<Vec<String>>) {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            let mut path = prefix.to_vec();
            path.push(sub.get_name().to_string());
            out.push(path.clone());
            walk(sub, &path, out);
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), &[], &mut out);
    out
}

#[test]
fn every_command_has_a_description_and_examples() {
    let paths = command_paths();
    // The tree as the README documents it (a new command must get help and examples too).
    assert!(paths.len() >= 20, "{paths:?}");
    for needed in [
        &["get", "rollout"][..],
        &["list", "experiments"],
        &["retry", "experiment"],
        &["set", "image"],
        &["set-weight"],
        &["completion"],
    ] {
        assert!(
            paths.iter().any(|p| p == needed),
            "{needed:?} missing from {paths:?}"
        );
    }
    let env = TestEnv::new();
    let tree = Cli::command();
    for path in &paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let out = env.run(&args);
        assert_eq!(out.exit(), 0, "{args:?}: {}", out.stderr_str());
        let help = out.stdout_str();
        assert!(
            help.contains("Example"),
            "{args:?} has no examples:\n{help}"
        );
        let mut cmd = &tree;
        for name in path {
            cmd = cmd.find_subcommand(name).expect("walked above");
        }
        let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
        assert!(!about.is_empty(), "{args:?} has no description");
        assert!(help.starts_with(&about), "{args:?}:\n{help}");
        // Examples run the command itself (the completion scripts are for the binary).
        let spelled = if path == &["completion"] {
            "kubectl-rollouts completion".to_string()
        } else {
            format!("kubectl rollouts {}", path.join(" "))
        };
        assert!(
            help.contains(&spelled),
            "{args:?} examples never run `{spelled}`:\n{help}"
        );
    }
}

#[test]
fn nothing_typed_prints_the_help() {
    let env = TestEnv::new();
    let out = env.run(Vec::<&str>::new());
    // Like kubectl: the help on stdout, exit 0.
    assert_eq!(out.exit(), 0);
    assert!(out.stderr_str().is_empty());
    let help = out.stdout_str();
    assert!(
        help.contains("Usage: kubectl rollouts [OPTIONS] <COMMAND>"),
        "{help}"
    );
    for command in ["get", "list", "promote", "undo", "set-weight", "completion"] {
        assert!(
            help.lines().any(|l| l.trim_start().starts_with(command)),
            "{command} not listed:\n{help}"
        );
    }
    assert!(
        !help.contains("__complete"),
        "the hidden hook is listed:\n{help}"
    );
    assert!(help.contains("Examples:"), "{help}");
}

#[test]
fn a_bad_restart_delay_gives_one_hint() {
    let env = TestEnv::new();
    let out = env.run(["restart", "web", "--in", "5x"]);
    assert_eq!(out.exit(), 2);
    assert_eq!(
        out.stderr_str(),
        "error: invalid --in \"5x\": unknown unit \"x\" in \"5x\" (use ms, s, m or h)\n"
    );
    let out = env.run(["restart", "web", "--in", "x5"]);
    assert_eq!(
        out.stderr_str().matches("(use ").count(),
        1,
        "{}",
        out.stderr_str()
    );
}

#[test]
fn retry_experiment_help_names_the_experiment() {
    let env = TestEnv::new();
    let help = env.run(["retry", "experiment", "--help"]).stdout_str();
    assert!(help.contains("Name of the experiment"), "{help}");
    assert!(!help.contains("Name of the rollout"), "{help}");
}

#[test]
fn an_object_name_in_place_of_a_kind_is_not_taken_for_a_typo() {
    let env = TestEnv::new();
    let out = env.run(["retry", "payments"]);
    assert_eq!(out.exit(), 2);
    let err = out.stderr_str();
    assert!(
        err.starts_with("error: unrecognized subcommand 'payments'"),
        "{err}"
    );
    assert!(!err.contains("similar subcommand"), "{err}");
    assert!(
        err.contains("tip: name the kind first (rollout or experiment): 'kubectl rollouts retry rollout payments'"),
        "{err}"
    );
    let typo = env.run(["promot", "web"]).stderr_str();
    assert!(
        typo.contains("tip: a similar subcommand exists: 'promote'"),
        "{typo}"
    );
    let unknown = env.run(["deploy"]).stderr_str();
    assert!(!unknown.contains("similar"), "{unknown}");
    assert!(env.requests().is_empty());
}
