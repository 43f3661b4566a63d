//! `lint` end to end: every valid manifest (of every strategy and traffic router, and the
//! exported controller objects of the other fixtures) passes with no output; every invalid
//! fixture prints exactly its `.expected` problems (one or more invalid cases per rule),
//! with file, line, object and field; `-o json`, stdin, several files and the exit codes.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

use crate::support::{OutputExt, TestEnv};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `lint` from the crate root (so file names print as the relative paths we pass).
fn lint(env: &TestEnv, args: &[&str]) -> Output {
    let mut cmd = env.cmd(["lint"].iter().chain(args));
    cmd.current_dir(root());
    crate::support::env::run_to_completion(cmd, crate::support::env::RUN_TIMEOUT)
}

fn fixtures(dir: &str) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(root().join(dir))
        .expect("fixture dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("yaml" | "json")
            )
        })
        .map(|p| format!("{dir}/{}", p.file_name().unwrap().to_string_lossy()))
        .collect();
    files.sort();
    files
}

#[test]
fn every_valid_manifest_passes_with_no_output_and_exit_0() {
    let env = TestEnv::new();
    let files = fixtures("tests/fixtures/lint/valid");
    assert!(files.len() >= 10, "{files:?}");
    for f in &files {
        let out = lint(&env, &["-f", f]);
        assert_eq!(
            out.exit(),
            0,
            "{f}: {}{}",
            out.stdout_str(),
            out.stderr_str()
        );
        assert_eq!(out.stdout_str(), "", "{f}");
        assert_eq!(out.stderr_str(), "", "{f}");
    }
}

#[test]
fn objects_as_the_controller_wrote_them_pass_too() {
    // The other fixtures are exported objects: status, ownerReferences, defaulted pod specs.
    let env = TestEnv::new();
    for f in fixtures("tests/fixtures") {
        if f.ends_with("invalid-spec.yaml") {
            continue;
        }
        let out = lint(&env, &["-f", &f]);
        assert_eq!(out.exit(), 0, "{f}: {}", out.stdout_str());
    }
}

#[test]
fn every_invalid_fixture_prints_exactly_its_expected_problems() {
    let env = TestEnv::new();
    let update = std::env::var_os("UPDATE_LINT_EXPECTED").is_some();
    let files = fixtures("tests/fixtures/lint/invalid");
    assert!(files.len() >= 11, "{files:?}");
    for f in &files {
        let out = lint(&env, &["-f", f]);
        let expected_path = root().join(Path::new(f).with_extension("expected"));
        if update {
            std::fs::write(&expected_path, out.stdout_str()).expect("write expected");
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
        assert_eq!(out.stdout_str(), expected, "{f}");
        assert_eq!(out.exit(), 1, "{f}");
        assert_eq!(out.stderr_str(), "", "{f}");
        // Every line names the file and a line number.
        for line in expected.lines() {
            let rest = line.strip_prefix(&format!("{f}:")).expect("file prefix");
            let n: String = rest.chars().take_while(char::is_ascii_digit).collect();
            assert!(!n.is_empty(), "no line number: {line}");
        }
    }
}

#[test]
fn the_problems_point_at_the_offending_lines() {
    // Independent of the expected files: the line printed holds the field named.
    let env = TestEnv::new();
    let f = "tests/fixtures/lint/invalid/decode.yaml";
    let text = std::fs::read_to_string(root().join(f)).unwrap();
    let out = lint(&env, &["-f", f, "-o", "json"]);
    let problems: Value = serde_json::from_slice(&out.stdout).expect("json");
    let mut checked = 0;
    for p in problems.as_array().unwrap() {
        let field = p["field"].as_str().unwrap();
        let Some(line) = p["line"].as_u64() else {
            continue;
        };
        let last = field.rsplit('.').next().unwrap().split('[').next().unwrap();
        if p["message"] == "unknown field"
            || p["message"].as_str().unwrap().starts_with("invalid type")
        {
            let src = text.lines().nth(line as usize - 1).unwrap();
            assert!(
                src.contains(last),
                "line {line} {src:?} does not hold {field}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 8, "{problems}");
}

#[test]
fn json_output_is_an_array_of_problems_and_empty_when_valid() {
    let env = TestEnv::new();
    let out = lint(
        &env,
        &[
            "-f",
            "tests/fixtures/lint/valid/bluegreen.yaml",
            "-o",
            "json",
        ],
    );
    assert_eq!(out.exit(), 0);
    assert_eq!(out.stdout_str().trim(), "[]");
    let f = "tests/fixtures/lint/invalid/syntax.yaml";
    let out = lint(&env, &["-f", f, "-o", "json"]);
    assert_eq!(out.exit(), 1);
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let arr = v.as_array().unwrap();
    assert_eq!(arr.len(), 3, "{v}");
    for p in arr {
        let keys: Vec<&str> = p.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["file", "line", "kind", "name", "field", "message"]);
        assert_eq!(p["file"], f);
    }
    assert_eq!(arr[0]["kind"], "Rollout");
    assert_eq!(arr[0]["name"], "first");
    assert_eq!(arr[0]["field"], "spec.replicas");
    assert_eq!(arr[0]["line"], 7);
    // The YAML error: a line, no object.
    assert_eq!(arr[1]["kind"], "");
    assert_eq!(arr[1]["line"], 25);
}

#[test]
fn stdin_and_several_files_are_linted_together_in_order() {
    let env = TestEnv::new();
    let mut cmd = env.cmd([
        "lint",
        "-f",
        "tests/fixtures/lint/invalid/list.json",
        "-f",
        "-",
    ]);
    cmd.current_dir(root());
    let input =
        std::fs::File::open(root().join("tests/fixtures/lint/invalid/syntax.yaml")).unwrap();
    cmd.stdin(input);
    let out = crate::support::env::run_to_completion(cmd, crate::support::env::RUN_TIMEOUT);
    assert_eq!(out.exit(), 1);
    let stdout = out.stdout_str();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 6, "{lines:?}");
    assert!(
        lines[..3]
            .iter()
            .all(|l| l.starts_with("tests/fixtures/lint/invalid/list.json:"))
    );
    assert!(lines[3..].iter().all(|l| l.starts_with("<stdin>:")));
    assert_eq!(
        lines[3],
        "<stdin>:7: Rollout/first: spec.replicas: -2 is not allowed: must be 0 or more"
    );
}

#[test]
fn references_in_another_file_of_the_same_run_are_used() {
    // The Service lives in one file, the rollout in another: still checked together.
    let env = TestEnv::new();
    let dir = env.dir();
    std::fs::write(
        dir.join("svc.yaml"),
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: web-active\nspec:\n  selector:\n    app: other\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("ro.yaml"),
        "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - {name: web, image: nginx}\n  strategy:\n    blueGreen:\n      activeService: web-active\n",
    )
    .unwrap();
    let mut cmd = env.cmd(["lint", "-f", "svc.yaml", "-f", "ro.yaml"]);
    cmd.current_dir(dir);
    let out = crate::support::env::run_to_completion(cmd, crate::support::env::RUN_TIMEOUT);
    assert_eq!(out.exit(), 1);
    assert_eq!(
        out.stdout_str(),
        "ro.yaml:16: Rollout/web: spec.strategy.blueGreen.activeService: Service \"web-active\" selects app=other, a label the rollout's pods do not have\n"
    );
}

#[test]
fn an_unreadable_file_is_a_usage_error_and_nothing_is_printed_on_stdout() {
    let env = TestEnv::new();
    let out = lint(
        &env,
        &[
            "-f",
            "tests/fixtures/lint/valid/bluegreen.yaml",
            "-f",
            "no/such/file.yaml",
        ],
    );
    assert_eq!(out.exit(), 2);
    assert_eq!(out.stdout_str(), "");
    assert_eq!(
        out.stderr_str().trim(),
        "error: cannot read no/such/file.yaml: no such file"
    );
    let out = lint(&env, &[]);
    assert_eq!(out.exit(), 2, "-f is required");
}
