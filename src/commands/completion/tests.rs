//! The word walk of `__complete` (expected candidates written from the clap definition in
//! `cli.rs`), cobra's line format, and the freshness of the checked-in scripts.

use super::*;

fn words(text: &[&str]) -> Vec<String> {
    text.iter().map(|w| w.to_string()).collect()
}

fn plan_for(text: &[&str]) -> Plan {
    plan(&command_tree(), &words(text))
}

fn values(plan: &Plan) -> Vec<&str> {
    plan.candidates.iter().map(|c| c.value.as_str()).collect()
}

#[test]
fn nothing_typed_offers_every_visible_command_with_its_about() {
    let p = plan_for(&[""]);
    assert_eq!(
        values(&p),
        [
            "get",
            "list",
            "status",
            "undo",
            "promote",
            "set-weight",
            "pause",
            "abort",
            "retry",
            "restart",
            "set",
            "history",
            "lint",
            "create",
            "terminate",
            "playground",
            "dashboard",
            "version",
            "completion",
        ]
    );
    assert_eq!(p.candidates[6].description, "Pause one or more rollouts");
    assert_eq!(p.lookup, None);
    // No words at all (kubectl always sends the partial word, but be lenient).
    assert_eq!(values(&plan_for(&[])).len(), 19);
}

#[test]
fn commands_are_filtered_by_the_typed_prefix() {
    assert_eq!(values(&plan_for(&["s"])), ["status", "set-weight", "set"]);
    assert_eq!(values(&plan_for(&["set-"])), ["set-weight"]);
    assert!(values(&plan_for(&["zz"])).is_empty());
}

#[test]
fn subcommands_of_a_group_come_with_descriptions() {
    let p = plan_for(&["get", ""]);
    assert_eq!(values(&p), ["rollout", "experiment"]);
    assert_eq!(
        p.candidates[1].description,
        "Show an experiment with its ReplicaSets and analysis runs"
    );
    assert_eq!(values(&plan_for(&["retry", "e"])), ["experiment"]);
    assert_eq!(values(&plan_for(&["list", "r"])), ["rollouts"]);
    assert_eq!(values(&plan_for(&["set", ""])), ["image"]);
}

#[test]
fn rollout_names_are_looked_up_for_every_command_that_takes_one() {
    let cases: &[&[&str]] = &[
        &["get", "rollout", "we"],
        &["get", "ro", "we"],
        &["undo", "we"],
        &["promote", "we"],
        &["set-weight", "we"],
        &["status", "we"],
        &["pause", "we"],
        &["abort", "we"],
        &["retry", "rollout", "we"],
        &["restart", "we"],
        &["set", "image", "we"],
        &["history", "we"],
        &["list", "rollouts", "--name", "we"],
    ];
    for case in cases {
        let p = plan_for(case);
        assert_eq!(p.lookup, Some(Lookup::Rollouts), "{case:?}");
        assert_eq!(p.value_prefix, "we", "{case:?}");
        assert_eq!(p.insert_prefix, "", "{case:?}");
        assert!(p.candidates.is_empty(), "{case:?}");
    }
}

#[test]
fn experiment_names_for_experiment_commands() {
    for case in [
        &["get", "experiment", ""][..],
        &["get", "exp", ""],
        &["retry", "experiment", ""],
        &["list", "experiments", "--name", ""],
    ] {
        assert_eq!(plan_for(case).lookup, Some(Lookup::Experiments), "{case:?}");
    }
}

#[test]
fn no_lookup_once_the_name_is_given() {
    for case in [
        &["get", "rollout", "web", ""][..],
        &["set-weight", "web", ""],
        &["status", "web", "--watch", ""],
        &["version", ""],
    ] {
        let p = plan_for(case);
        assert_eq!(p.lookup, None, "{case:?}");
        assert!(p.candidates.is_empty(), "{case:?}");
    }
}

#[test]
fn boolean_flags_do_not_swallow_the_name() {
    let p = plan_for(&["get", "rollout", "-w", "--watch", ""]);
    assert_eq!(p.lookup, Some(Lookup::Rollouts));
    let p = plan_for(&["promote", "--full", "--dry-run", "w"]);
    assert_eq!(p.lookup, Some(Lookup::Rollouts));
    assert_eq!(p.value_prefix, "w");
}

#[test]
fn flags_with_values_skip_their_value() {
    // `--timeout-seconds 5` then the name.
    let p = plan_for(&["get", "rollout", "--timeout-seconds", "5", ""]);
    assert_eq!(p.lookup, Some(Lookup::Rollouts));
    // `-o json web` : the name is already given.
    let p = plan_for(&["get", "rollout", "-o", "json", "web", ""]);
    assert_eq!(p.lookup, None);
}

#[test]
fn cluster_flags_among_the_words_are_remembered() {
    let p = plan_for(&[
        "-n",
        "prod",
        "get",
        "rollout",
        "--kubeconfig",
        "/tmp/kc",
        "--context=staging",
        "",
    ]);
    assert_eq!(p.lookup, Some(Lookup::Rollouts));
    assert_eq!(
        p.cluster,
        TypedCluster {
            kubeconfig: Some("/tmp/kc".into()),
            context: Some("staging".into()),
            cluster: None,
            user: None,
            namespace: Some("prod".into()),
        }
    );
    assert_eq!(
        plan_for(&["undo", "-nqa", ""]).cluster.namespace.as_deref(),
        Some("qa")
    );
    assert_eq!(
        plan_for(&[
            "undo",
            "--namespace",
            "qa",
            "--cluster",
            "c1",
            "--user=u1",
            ""
        ])
        .cluster,
        TypedCluster {
            cluster: Some("c1".into()),
            user: Some("u1".into()),
            namespace: Some("qa".into()),
            ..TypedCluster::default()
        }
    );
}

#[test]
fn namespace_values_are_looked_up() {
    let p = plan_for(&["get", "rollout", "-n", "pr"]);
    assert_eq!(p.lookup, Some(Lookup::Namespaces));
    assert_eq!(p.value_prefix, "pr");
    let p = plan_for(&["--namespace=pr"]);
    assert_eq!(p.lookup, Some(Lookup::Namespaces));
    assert_eq!(
        (p.value_prefix.as_str(), p.insert_prefix.as_str()),
        ("pr", "--namespace=")
    );
    let p = plan_for(&["list", "rollouts", "--name=w"]);
    assert_eq!(p.lookup, Some(Lookup::Rollouts));
    assert_eq!(
        (p.value_prefix.as_str(), p.insert_prefix.as_str()),
        ("w", "--name=")
    );
}

#[test]
fn flags_are_offered_when_a_dash_is_typed() {
    let p = plan_for(&["get", "rollout", "--w"]);
    assert_eq!(values(&p), ["--watch"]);
    assert_eq!(
        p.candidates[0].description,
        "Keep watching and redraw on every change"
    );
    assert_eq!(values(&plan_for(&["promote", "--f"])), ["--full"]);
    // Global flags are offered below every command.
    assert_eq!(values(&plan_for(&["undo", "--kube"])), ["--kubeconfig"]);
    assert_eq!(values(&plan_for(&["undo", "--no"])), ["--no-color"]);
    // A single dash offers short forms too.
    let all = plan_for(&["promote", "-"]);
    assert!(values(&all).contains(&"-n"));
    assert!(values(&all).contains(&"--dry-run"));
    assert!(!values(&plan_for(&["promote", "--"])).contains(&"-n"));
}

#[test]
fn value_enums_offer_their_values() {
    let p = plan_for(&["--color", ""]);
    assert_eq!(values(&p), ["auto", "always", "never"]);
    assert_eq!(
        p.candidates[0].description,
        "Colour when stdout is a terminal, unless NO_COLOR is set or TERM=dumb"
    );
    assert_eq!(
        values(&plan_for(&["--color=a"])),
        ["--color=auto", "--color=always"]
    );
    assert_eq!(
        values(&plan_for(&["get", "rollout", "web", "-o", "y"])),
        ["yaml"]
    );
    assert_eq!(
        values(&plan_for(&["completion", ""])),
        ["bash", "elvish", "fish", "powershell", "zsh"]
    );
}

#[test]
fn odd_input_gives_nothing_rather_than_failing() {
    for case in [
        &["nonsense", "-x", "--zzz=1", ""][..],
        &["--", "get", ""],
        &["get", "rollout", "--unknown", ""],
        &["-", ""],
        &["--=", ""],
        &["--color=zz"],
        &["--nope=1"],
        &["-é", ""],
    ] {
        let _ = plan_for(case);
    }
    assert!(values(&plan_for(&["--nope=1"])).is_empty());
    assert_eq!(plan_for(&["nonsense", ""]).lookup, None);
    assert!(plan_for(&["nonsense", ""]).candidates.is_empty());
}

#[test]
fn names_are_filtered_and_prefixed() {
    let names = words(&["api", "web", "web-canary"]);
    let got = name_candidates(&names, "we", "");
    assert_eq!(
        got.iter().map(|c| c.value.as_str()).collect::<Vec<_>>(),
        ["web", "web-canary"]
    );
    let got = name_candidates(&names, "a", "--name=");
    assert_eq!(got[0].value, "--name=api");
    assert!(name_candidates(&names, "x", "").is_empty());
}

#[test]
fn cobra_lines_then_the_directive() {
    let candidates = vec![
        Candidate {
            value: "web".into(),
            description: String::new(),
        },
        Candidate {
            value: "get".into(),
            description: "Show it".into(),
        },
    ];
    assert_eq!(render(&candidates, 4), "web\nget\tShow it\n:4\n");
    assert_eq!(render(&[], DIRECTIVE_NO_FILE_COMP), ":4\n");
}

#[test]
fn descriptions_are_one_line_without_tabs() {
    assert_eq!(one_line(Some("a\tb\nsecond line".into())), "a b");
    assert_eq!(one_line(None), "");
}

#[test]
fn typed_cluster_flags_win_and_the_timeout_is_short() {
    let given = ClusterSettings {
        kubeconfig: Some("/given".into()),
        context: Some("given".into()),
        namespace: Some("given-ns".into()),
        request_timeout: Some(Duration::from_secs(30)),
        ..ClusterSettings::default()
    };
    let typed = TypedCluster {
        namespace: Some("typed-ns".into()),
        ..TypedCluster::default()
    };
    let s = lookup_settings(&typed, &given);
    assert_eq!(s.namespace.as_deref(), Some("typed-ns"));
    assert_eq!(s.kubeconfig.as_deref(), Some("/given"));
    assert_eq!(s.context.as_deref(), Some("given"));
    assert_eq!(s.request_timeout, Some(Duration::from_secs(2)));
}

const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

#[test]
fn scripts_complete_the_binary_and_hide_the_kubectl_hook() {
    for shell in SHELLS {
        let script = generate_script(shell);
        assert!(script.contains("kubectl-rollouts"), "{shell}");
        assert!(script.contains("set-weight"), "{shell}");
        assert!(
            !script.contains("__complete"),
            "{shell} offers the hidden command"
        );
        assert!(
            !script.contains("kubectl rollouts"),
            "{shell} uses the help bin name"
        );
    }
    let bash = generate_script(Shell::Bash);
    assert!(bash.contains("complete -F _kubectl__rollouts"));
    assert!(!bash.contains("kubectl__subcmd__rollouts"));
    assert!(bash.contains("kubectl__rollouts__subcmd__set__subcmd__weight)"));
}

#[test]
fn file_names_per_shell() {
    let names: Vec<String> = SHELLS.iter().map(|s| script_file_name(*s)).collect();
    assert_eq!(
        names,
        [
            "kubectl-rollouts.bash",
            "_kubectl-rollouts",
            "kubectl-rollouts.fish",
            "kubectl-rollouts.ps1",
            "kubectl-rollouts.elv",
        ]
    );
}

/// The scripts in `completions/` are what the binary generates. When the CLI changes,
/// regenerate them with `UPDATE_COMPLETIONS=1 cargo test --lib completion` and commit them.
#[test]
fn checked_in_scripts_are_up_to_date() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("UPDATE_COMPLETIONS").is_some_and(|v| !v.is_empty());
    let mut stale = Vec::new();
    for shell in SHELLS {
        let path = dir.join(script_file_name(shell));
        let want = generate_script(shell);
        if update {
            std::fs::write(&path, &want).expect("write completion script");
            continue;
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        if have != want {
            stale.push(format!("completions/{}", script_file_name(shell)));
        }
    }
    assert!(
        stale.is_empty(),
        "stale completion scripts: {}\nregenerate them with\n  UPDATE_COMPLETIONS=1 cargo test --lib completion\n\
         (or e.g. `cargo run -- completion bash > completions/kubectl-rollouts.bash`) and commit them",
        stale.join(", ")
    );
}

#[test]
fn a_file_flag_lets_the_shell_complete_file_names() {
    let p = plan_for(&["lint", "-f", ""]);
    assert!(p.files);
    assert!(p.candidates.is_empty());
    assert!(!plan_for(&["get", "rollout", ""]).files);
}
