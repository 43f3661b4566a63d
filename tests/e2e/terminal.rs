//! Colour as a person sees it: `get rollout` run under a real pseudo-terminal (util-linux
//! `script`) is coloured, and is not with `NO_COLOR`, `TERM=dumb`, `--no-color`,
//! `--color never`, or when piped; `--color always` colours even a pipe. Under `-w` on a
//! terminal the ages move every second from the watched copy (no extra request); in a pipe a
//! view is printed only when it changed.

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use crate::support::env::{RUN_TIMEOUT, SCRUBBED_VARS, run_to_completion};
use crate::support::{OutputExt, TestEnv};

const ESC: &str = "\u{1b}[";

fn script_program() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("script"))
        .find(|p| p.is_file())
}

fn shell_quote(word: &str) -> String {
    format!("'{}'", word.replace('\'', r"'\''"))
}

/// Runs our binary with `args` under a pseudo-terminal, with `vars` set (TERM=xterm unless
/// given) and the environment otherwise as hermetic as `TestEnv::cmd`.
pub fn run_on_tty(env: &TestEnv, args: &[&str], vars: &[(&str, &str)]) -> Option<String> {
    let script = script_program()?;
    let mut line = shell_quote(env!("CARGO_BIN_EXE_kubectl-rollouts"));
    for a in args {
        line.push(' ');
        line.push_str(&shell_quote(a));
    }
    let mut cmd = Command::new(script);
    // -q: no "Script started" banner; -e: the command's exit code; -c: the command;
    // /dev/null: no typescript file.
    cmd.args(["-q", "-e", "-c", &line, "/dev/null"]);
    // As hermetic as `TestEnv::cmd`: none of the developer's cluster or colour settings.
    for var in SCRUBBED_VARS {
        cmd.env_remove(var);
    }
    cmd.env("HOME", env.dir())
        .env("KUBECONFIG", env.kubeconfig());
    cmd.env("TERM", "xterm-256color");
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd.current_dir(env.dir()).stdin(Stdio::null());
    let out: Output = run_to_completion(cmd, RUN_TIMEOUT);
    assert_eq!(out.exit(), 0, "under a tty: {}", out.stdout_str());
    // The terminal turns every newline into CR LF.
    Some(out.stdout_str().replace("\r\n", "\n"))
}

/// Removes `ESC [ … final` sequences (the only kind a colour theme writes).
fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(ESC) {
        out.push_str(&rest[..at]);
        let after = &rest[at + ESC.len()..];
        match after.find(|c: char| ('@'..='~').contains(&c)) {
            Some(end) => rest = &after[end + 1..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    out
}

fn world() -> TestEnv {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    env
}

#[test]
fn a_terminal_gets_colour_and_nothing_else_does() {
    let env = world();
    let Some(coloured) = run_on_tty(&env, &["get", "rollout", "web"], &[]) else {
        eprintln!("util-linux `script` is not installed; skipping the pseudo-terminal test");
        return;
    };
    assert!(
        coloured.contains(ESC),
        "no colour on a terminal:\n{coloured}"
    );
    assert!(coloured.contains("web"), "{coloured}");

    // Piped: plain, and the same text as the coloured one without its escapes.
    let piped = env.run(["get", "rollout", "web"]);
    assert_eq!(piped.exit(), 0, "{}", piped.stderr_str());
    let plain = piped.stdout_str();
    assert!(!plain.contains(ESC), "colour in a pipe:\n{plain}");
    assert_eq!(strip_ansi(&coloured), plain);

    for (what, args, vars) in [
        (
            "NO_COLOR",
            &["get", "rollout", "web"][..],
            &[("NO_COLOR", "1")][..],
        ),
        ("TERM=dumb", &["get", "rollout", "web"], &[("TERM", "dumb")]),
        ("--no-color", &["get", "rollout", "web", "--no-color"], &[]),
        (
            "--color never",
            &["--color", "never", "get", "rollout", "web"],
            &[],
        ),
        (
            "--no-color over --color always",
            &["--color", "always", "--no-color", "get", "rollout", "web"],
            &[],
        ),
    ] {
        let text = run_on_tty(&env, args, vars).expect("script ran above");
        assert!(!text.contains(ESC), "colour with {what}:\n{text}");
        assert_eq!(text, plain, "{what}");
    }

    // `--color always` colours a pipe too, with the same escapes as the terminal.
    let forced = env.run(["get", "rollout", "web", "--color", "always"]);
    assert_eq!(forced.stdout_str(), coloured);
}

#[test]
fn an_empty_no_color_does_not_disable_colour() {
    // no-color.org: "when present and not an empty string".
    let env = world();
    let Some(text) = run_on_tty(&env, &["get", "rollout", "web"], &[("NO_COLOR", "")]) else {
        return;
    };
    assert!(text.contains(ESC), "{text}");
}

#[test]
fn strip_ansi_removes_only_escapes() {
    assert_eq!(strip_ansi("a\u{1b}[32m✔\u{1b}[0m b\u{1b}[1;31m"), "a✔ b");
    assert_eq!(strip_ansi("plain"), "plain");
}

/// Clears the screen before each redraw on a terminal.
const CLEAR: &str = "\u{1b}[H\u{1b}[2J";

/// The AGE cell of the row that names `object`, in each screen of a `-w` capture.
fn ages_of(capture: &str, object: &str) -> Vec<String> {
    capture
        .split(CLEAR)
        .filter_map(|screen| {
            let row = screen.lines().find(|l| l.contains(object))?;
            let cells: Vec<&str> = row.split_whitespace().collect();
            // NAME KIND (icon) STATUS AGE INFO: the age is the first cell that ends in `s`
            // and starts with a digit, after the kind.
            cells
                .iter()
                .skip_while(|c| !matches!(**c, "Pod" | "Experiment" | "ReplicaSet"))
                .find(|c| c.starts_with(|ch: char| ch.is_ascii_digit()) && c.ends_with('s'))
                .map(|c| c.to_string())
        })
        .collect()
}

/// Moves `creationTimestamp` of an object to `secs` seconds ago by the real clock.
fn created_ago(env: &TestEnv, api_version: &str, kind: &str, name: &str, secs: i64) {
    let at = jiff::Timestamp::now() - jiff::SignedDuration::from_secs(secs);
    env.mutate(api_version, kind, "default", name, |o| {
        o["metadata"]["creationTimestamp"] = serde_json::json!(format!("{at:.0}"));
    });
}

#[test]
fn ages_move_every_second_on_a_terminal_without_a_single_extra_request() {
    let env = world();
    let pod = "web-5f8c7d9b64-rbqjr";
    created_ago(&env, "v1", "Pod", pod, 10);
    let args = [
        "get",
        "rollout",
        "web",
        "-w",
        "--timeout-seconds",
        "4",
        "--no-color",
    ];
    env.clear_requests();
    let Some(capture) = run_on_tty(&env, &args, &[]) else {
        eprintln!("util-linux `script` is not installed; skipping the pseudo-terminal test");
        return;
    };
    eprintln!("--- get -w on a terminal, nothing changing on the server:\n{capture}");
    let on_tty = env.requests().len();
    let ages = ages_of(&capture, pod);
    let mut distinct = ages.clone();
    distinct.dedup();
    // About one redraw a second for four seconds: 10s, 11s, 12s, 13s (give or take one).
    assert!(
        distinct.len() >= 3,
        "ages did not move: {ages:?}\n{capture}"
    );

    // In a pipe: one view (nothing changed), and exactly the requests the terminal made.
    env.clear_requests();
    let piped = env.run(args);
    assert_eq!(piped.exit(), 0, "{}", piped.stderr_str());
    let text = piped.stdout_str();
    assert_eq!(text.matches("Name:").count(), 1, "{text}");
    assert!(!text.contains(CLEAR));
    assert_eq!(env.requests().len(), on_tty, "{:?}", env.requests());
}

#[test]
fn get_experiment_watch_ages_move_on_a_terminal_too() {
    let env = TestEnv::new();
    env.load_fixture("canary-experiment");
    let exp = "search-8b5c9d7f46-2-1";
    created_ago(&env, "argoproj.io/v1alpha1", "Experiment", exp, 20);
    let args = [
        "get",
        "experiment",
        exp,
        "-w",
        "--timeout-seconds",
        "3",
        "--no-color",
    ];
    let Some(capture) = run_on_tty(&env, &args, &[]) else {
        return;
    };
    let mut ages = ages_of(&capture, &format!("Σ {exp}"));
    ages.dedup();
    assert!(ages.len() >= 2, "ages did not move: {ages:?}\n{capture}");
}
