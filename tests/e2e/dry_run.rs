//! `--dry-run` on every writing command: the patch as it would be sent (method, path, content
//! type, body with its resourceVersion guard), a diff of the object, and not a single write.

use serde_json::Value;

use crate::support::writes::{ARGO, JSON_PATCH, MERGE, RO, rollout, run, rv};
use crate::support::{OutputExt, TestEnv};

const TINY: &str = "\
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: tiny
  namespace: default
  uid: 11111111-2222-4333-8444-555555555555
  creationTimestamp: \"2026-11-22T10:00:00Z\"
  generation: 1
spec:
  replicas: 1
  strategy:
    canary:
      steps:
      - setWeight: 50
  template:
    spec:
      containers:
      - name: app
        image: tiny:1
";

#[test]
fn pause_dry_run_prints_the_exact_patch_and_diff() {
    let env = TestEnv::new();
    env.load_yaml(TINY);
    let before = rollout(&env, "tiny");
    let v = rv(&before);
    let out = run(&env, &["pause", "tiny", "--dry-run"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert_eq!(
        out.stdout_str(),
        format!(
            "\
PATCH /apis/argoproj.io/v1alpha1/namespaces/default/rollouts/tiny
Content-Type: application/merge-patch+json
{{
  \"metadata\": {{
    \"resourceVersion\": \"{v}\"
  }},
  \"spec\": {{
    \"paused\": true
  }}
}}

--- Rollout tiny (now)
+++ Rollout tiny (after)
...
   resourceVersion: '{v}'
   uid: 11111111-2222-4333-8444-555555555555
 spec:
+  paused: true
   replicas: 1
   strategy:
     canary:
...

dry run: nothing was written
"
        )
    );
    assert_eq!(out.stderr_str(), "");
    assert!(env.writes().is_empty());
    assert_eq!(rollout(&env, "tiny"), before);
}

/// One dry run: what must appear, in order, in the output.
struct Case {
    fixtures: &'static [&'static str],
    args: &'static [&'static str],
    /// (api version, kind, name) of the object the patch goes to.
    target: (&'static str, &'static str, &'static str),
    path: String,
    content_type: &'static str,
    /// Lines of the diff that must appear.
    diff_lines: &'static [&'static str],
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            fixtures: &["multi-revision"],
            args: &["undo", "history-demo", "--dry-run"],
            target: (ARGO, "Rollout", "history-demo"),
            path: format!("{RO}/history-demo"),
            content_type: JSON_PATCH,
            diff_lines: &[
                "-        image: argoproj/rollouts-demo:yellow",
                "+        image: argoproj/rollouts-demo:blue",
            ],
        },
        Case {
            fixtures: &["workloadref"],
            args: &["undo", "api", "--to-revision", "1", "--dry-run"],
            target: ("apps/v1", "Deployment", "api"),
            path: "/apis/apps/v1/namespaces/default/deployments/api".into(),
            content_type: JSON_PATCH,
            diff_lines: &[
                "--- Deployment api (now)",
                "-      - image: ghcr.io/acme/api:5.2.0",
                "+      - image: ghcr.io/acme/api:5.1.3",
            ],
        },
        Case {
            fixtures: &["canary-mid-update"],
            args: &["promote", "web", "--dry-run"],
            target: (ARGO, "Rollout", "web"),
            path: format!("{RO}/web/status"),
            content_type: MERGE,
            diff_lines: &["-  pauseConditions:", "-  - reason: CanaryPauseStep"],
        },
        Case {
            fixtures: &["canary-mid-update"],
            args: &["promote", "web", "--full", "--dry-run"],
            target: (ARGO, "Rollout", "web"),
            path: format!("{RO}/web/status"),
            content_type: MERGE,
            diff_lines: &["+  promoteFull: true"],
        },
        Case {
            fixtures: &["canary-mid-update"],
            args: &["set-weight", "web", "35", "--dry-run"],
            target: (ARGO, "Rollout", "web"),
            path: format!("{RO}/web"),
            content_type: MERGE,
            diff_lines: &["-      - setWeight: 20", "+      - setWeight: 35"],
        },
        Case {
            fixtures: &["canary-mid-update"],
            args: &["pause", "web", "--dry-run"],
            target: (ARGO, "Rollout", "web"),
            path: format!("{RO}/web"),
            content_type: MERGE,
            diff_lines: &["+  paused: true"],
        },
        Case {
            fixtures: &["canary-mid-update"],
            args: &["abort", "web", "--dry-run"],
            target: (ARGO, "Rollout", "web"),
            path: format!("{RO}/web/status"),
            content_type: MERGE,
            diff_lines: &["+  abort: true"],
        },
        Case {
            fixtures: &["canary-aborted"],
            args: &["retry", "rollout", "payments", "--dry-run"],
            target: (ARGO, "Rollout", "payments"),
            path: format!("{RO}/payments/status"),
            content_type: MERGE,
            diff_lines: &["-  abort: true", "+  abort: false"],
        },
        Case {
            fixtures: &["canary-experiment"],
            args: &["retry", "experiment", "search-8b5c9d7f46-2-1", "--dry-run"],
            target: (ARGO, "Experiment", "search-8b5c9d7f46-2-1"),
            path: "/apis/argoproj.io/v1alpha1/namespaces/default/experiments/search-8b5c9d7f46-2-1"
                .into(),
            content_type: MERGE,
            diff_lines: &[
                "--- Experiment search-8b5c9d7f46-2-1 (now)",
                "-status:",
                "-  phase: Running",
            ],
        },
        Case {
            fixtures: &["canary-mid-update"],
            args: &["restart", "web", "--in", "10m", "--dry-run"],
            target: (ARGO, "Rollout", "web"),
            path: format!("{RO}/web"),
            content_type: MERGE,
            diff_lines: &["+  restartAt: 2026-11-22T12:10:00Z"],
        },
        Case {
            fixtures: &["canary-mid-update"],
            args: &[
                "set",
                "image",
                "web",
                "web=argoproj/rollouts-demo:green",
                "--dry-run",
            ],
            target: (ARGO, "Rollout", "web"),
            path: format!("{RO}/web"),
            content_type: JSON_PATCH,
            diff_lines: &[
                "-      - image: argoproj/rollouts-demo:yellow",
                "+      - image: argoproj/rollouts-demo:green",
            ],
        },
        Case {
            fixtures: &["workloadref"],
            args: &[
                "set",
                "image",
                "api",
                "api=ghcr.io/acme/api:5.3.0",
                "--dry-run",
            ],
            target: ("apps/v1", "Deployment", "api"),
            path: "/apis/apps/v1/namespaces/default/deployments/api".into(),
            content_type: JSON_PATCH,
            diff_lines: &[
                "--- Deployment api (now)",
                "+++ Deployment api (after)",
                "+      - image: ghcr.io/acme/api:5.3.0",
            ],
        },
    ]
}

/// The guard as `describe` pretty-prints it inside the body.
fn guard_text(content_type: &str, rv: &str) -> String {
    if content_type == JSON_PATCH {
        format!(
            "[\n  {{\n    \"op\": \"test\",\n    \"path\": \"/metadata/resourceVersion\",\n    \"value\": \"{rv}\"\n  }},"
        )
    } else {
        // set-weight also adds its record of the steps next to the guard.
        format!("{{\n  \"metadata\": {{\n    \"resourceVersion\": \"{rv}\"")
    }
}

#[test]
fn every_writing_command_previews_and_writes_nothing() {
    for case in cases() {
        let env = TestEnv::new();
        for f in case.fixtures {
            env.load_fixture(f);
        }
        let (av, kind, name) = case.target;
        let before: Value = env.get(av, kind, "default", name).expect("target");
        let out = run(&env, case.args);
        let text = out.stdout_str();
        assert_eq!(out.exit(), 0, "{:?}: {}", case.args, out.stderr_str());
        assert_eq!(out.stderr_str(), "", "{:?}", case.args);
        let head = format!(
            "PATCH {}\nContent-Type: {}\n{}",
            case.path,
            case.content_type,
            guard_text(case.content_type, &rv(&before))
        );
        assert!(text.starts_with(&head), "{:?}:\n{text}", case.args);
        let header = format!("\n--- {kind} {name} (now)\n+++ {kind} {name} (after)\n");
        assert!(text.contains(&header), "{:?}:\n{text}", case.args);
        let diff = &text[text.find(&header).unwrap()..];
        for line in case.diff_lines {
            assert!(
                diff.lines().any(|l| l == *line),
                "{:?}: missing {line:?} in\n{diff}",
                case.args
            );
        }
        assert!(
            text.ends_with("\n\ndry run: nothing was written\n"),
            "{:?}:\n{text}",
            case.args
        );
        assert!(
            env.writes().is_empty(),
            "{:?}: {:?}",
            case.args,
            env.writes()
        );
        assert_eq!(env.get(av, kind, "default", name).unwrap(), before);
    }
}

#[test]
fn a_two_write_plan_previews_both_writes_in_order() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    env.mutate(ARGO, "Rollout", "default", "web", |o| {
        o["spec"]["paused"] = serde_json::json!(true)
    });
    let before = rollout(&env, "web");
    let out = run(&env, &["promote", "web", "--dry-run"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let text = out.stdout_str();
    let spec = text.find(&format!("PATCH {RO}/web\n")).expect(&text);
    let status = text.find(&format!("PATCH {RO}/web/status\n")).expect(&text);
    assert!(spec < status, "{text}");
    // The second write's guard is only known once the first returns, and the preview says so.
    assert!(
        text[status..].contains(&format!(
            "\"resourceVersion\": \"{}\"\n  }},\n  \"status\": {{\n    \"pauseConditions\": null\n  }}\n}}\n\
             (sent guarded by the resourceVersion the earlier write to this object returns)\n",
            rv(&before)
        )),
        "{text}"
    );
    let diff = &text[text.find("--- Rollout web (now)").expect(&text)..];
    for line in ["-  paused: true", "+  paused: false", "-  pauseConditions:"] {
        assert!(
            diff.lines().any(|l| l == line),
            "missing {line:?} in\n{diff}"
        );
    }
    assert!(env.writes().is_empty());
    assert_eq!(rollout(&env, "web"), before);
}

#[test]
fn a_dry_run_with_nothing_to_write_says_so_and_a_refusal_still_fails() {
    let env = TestEnv::new();
    env.load_fixture("multi-revision");
    env.load_fixture("bluegreen-paused");
    let out = run(
        &env,
        &["undo", "history-demo", "--to-revision", "4", "--dry-run"],
    );
    assert_eq!(out.exit(), 0);
    assert_eq!(
        out.stdout_str(),
        "skipped rollback (current template already matches revision 4)\n"
    );
    let out = run(&env, &["set-weight", "checkout", "30", "--dry-run"]);
    assert_eq!(out.exit(), 1);
    assert!(out.stdout_str().is_empty());
    assert!(
        out.stderr_str().starts_with("error: cannot set the weight"),
        "{}",
        out.stderr_str()
    );
    let out = run(
        &env,
        &["undo", "history-demo", "--to-revision", "99", "--dry-run"],
    );
    assert_eq!(out.exit(), 1);
    assert!(env.writes().is_empty());
}
