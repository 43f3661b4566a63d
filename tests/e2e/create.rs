//! `create -f` and `create analysisrun` end to end: what reaches the server (one POST per
//! object, in the namespace asked), what is printed, and every refusal writing nothing
//! (lint problems, unsupported kinds, unparsable input); AlreadyExists is one line; `-w`
//! follows the created rollout; the server's POST matches the real kubectl's expectations.

use std::path::PathBuf;
use std::time::Duration;

use serde_json::{Value, json};

use crate::support::writes::{ARGO, run};
use crate::support::{OutputExt, TestEnv};

fn fixture(rel: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(rel)
        .to_string_lossy()
        .into_owned()
}

fn write(env: &TestEnv, name: &str, text: &str) -> String {
    let p = env.dir().join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

const EXPERIMENT: &str = "\
apiVersion: argoproj.io/v1alpha1
kind: Experiment
metadata:
  name: search-ab
spec:
  duration: 10m
  templates:
  - name: baseline
    selector:
      matchLabels: {app: search, variant: baseline}
    template:
      metadata:
        labels: {app: search, variant: baseline}
      spec:
        containers:
        - {name: search, image: 'ghcr.io/acme/search:4'}
";

#[test]
fn every_object_of_the_files_is_posted_in_its_namespace_and_named_on_stdout() {
    let env = TestEnv::new();
    let f = fixture("tests/fixtures/lint/valid/canary-basic.yaml");
    let e = write(&env, "exp.yaml", EXPERIMENT);
    let out = run(&env, &["create", "-f", &f, "-f", &e]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert_eq!(
        out.stdout_str(),
        "rollout.argoproj.io/checkout created\nanalysistemplate.argoproj.io/success-rate created\nexperiment.argoproj.io/search-ab created\n"
    );
    let posts: Vec<(String, String)> = env
        .writes()
        .iter()
        .map(|r| (r.method.clone(), r.path.clone()))
        .collect();
    assert_eq!(
        posts,
        [
            (
                "POST".into(),
                "/apis/argoproj.io/v1alpha1/namespaces/shop/rollouts".into()
            ),
            (
                "POST".into(),
                "/apis/argoproj.io/v1alpha1/namespaces/shop/analysistemplates".into()
            ),
            // No namespace in the manifest: the context's.
            (
                "POST".into(),
                "/apis/argoproj.io/v1alpha1/namespaces/default/experiments".into()
            ),
        ]
    );
    let ro = env
        .get(ARGO, "Rollout", "shop", "checkout")
        .expect("created");
    assert_eq!(
        ro["spec"]["strategy"]["canary"]["steps"][0]["setWeight"],
        20
    );
    assert!(
        ro["metadata"]["uid"]
            .as_str()
            .is_some_and(|u| !u.is_empty())
    );
    assert!(
        env.get(ARGO, "Experiment", "default", "search-ab")
            .is_some()
    );
}

#[test]
fn a_manifest_lint_rejects_is_not_created_and_nothing_else_either() {
    let env = TestEnv::new();
    let ok = write(&env, "exp.yaml", EXPERIMENT);
    let bad = fixture("tests/fixtures/lint/invalid/core.yaml");
    let out = run(&env, &["create", "-f", &ok, "-f", &bad]);
    assert_eq!(out.exit(), 1);
    assert_eq!(out.stdout_str(), "");
    let err = out.stderr_str();
    assert!(
        err.contains("core.yaml:7: Rollout/negative-replicas: spec.replicas: -1 is not allowed"),
        "{err}"
    );
    assert!(
        err.ends_with("error: lint found problems; nothing created\n"),
        "{err}"
    );
    assert!(env.writes().is_empty(), "{:?}", env.writes());
    assert!(
        env.requests().is_empty(),
        "refused before connecting: {:?}",
        env.requests()
    );
}

#[test]
fn an_unsupported_kind_is_refused_and_nothing_is_created() {
    let env = TestEnv::new();
    let f = fixture("tests/fixtures/lint/valid/bluegreen.yaml");
    let out = run(&env, &["create", "-f", &f]);
    assert_eq!(out.exit(), 1);
    assert_eq!(
        out.stderr_str(),
        "error: cannot create Service \"billing-active\" (v1): create makes Rollouts, Experiments, AnalysisTemplates, ClusterAnalysisTemplates and AnalysisRuns (use kubectl apply for other kinds); nothing created\n"
    );
    assert!(env.writes().is_empty());
}

#[test]
fn already_exists_is_one_line_naming_the_object_and_the_others_are_still_created() {
    let env = TestEnv::new();
    let e = write(&env, "exp.yaml", EXPERIMENT);
    assert_eq!(run(&env, &["create", "-f", &e]).exit(), 0);
    let other = write(
        &env,
        "other.yaml",
        &EXPERIMENT.replace("search-ab", "search-cd"),
    );
    let out = run(&env, &["create", "-f", &e, "-f", &other]);
    assert_eq!(out.exit(), 1);
    assert_eq!(
        out.stderr_str(),
        "error: experiment \"search-ab\" already exists in namespace \"default\"\n"
    );
    assert_eq!(
        out.stdout_str(),
        "experiment.argoproj.io/search-cd created\n"
    );
}

#[test]
fn dry_run_prints_what_it_would_create_and_sends_nothing() {
    let env = TestEnv::new();
    let e = write(&env, "exp.yaml", EXPERIMENT);
    let out = run(&env, &["create", "-f", &e, "--dry-run"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let text = out.stdout_str();
    assert!(
        text.starts_with("# would create experiment.argoproj.io/search-ab in namespace default\n"),
        "{text}"
    );
    assert!(text.contains("  duration: 10m\n"), "{text}");
    assert!(text.ends_with("dry run: nothing was created\n"), "{text}");
    assert!(env.writes().is_empty());
}

#[test]
fn an_explicit_namespace_that_disagrees_with_the_manifest_is_refused() {
    let env = TestEnv::new();
    let f = fixture("tests/fixtures/lint/valid/canary-basic.yaml");
    let out = run(&env, &["create", "-f", &f, "-n", "prod"]);
    assert_eq!(out.exit(), 1);
    assert!(
        out.stderr_str()
            .contains("does not match the namespace \"prod\""),
        "{}",
        out.stderr_str()
    );
    assert!(env.writes().is_empty());
}

#[test]
fn generate_name_gets_a_name_from_the_server_and_it_is_printed() {
    let env = TestEnv::new();
    let f = write(
        &env,
        "run.yaml",
        "apiVersion: argoproj.io/v1alpha1\nkind: AnalysisRun\nmetadata:\n  generateName: manual-\nspec:\n  metrics:\n  - name: up\n    provider:\n      web: {url: 'http://x', jsonPath: '{$.ok}'}\n",
    );
    let out = run(&env, &["create", "-f", &f]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let line = out.stdout_str();
    let name = line
        .strip_prefix("analysisrun.argoproj.io/")
        .and_then(|l| l.strip_suffix(" created\n"))
        .unwrap_or_else(|| panic!("{line}"));
    assert!(
        name.starts_with("manual-") && name.len() == "manual-".len() + 5,
        "{name}"
    );
    assert!(env.get(ARGO, "AnalysisRun", "default", name).is_some());
}

#[test]
fn watch_follows_the_created_rollout_until_the_timeout() {
    let env = TestEnv::new();
    let f = fixture("tests/fixtures/lint/valid/workloadref.yaml");
    // The Deployment is not ours to create: only the rollout.
    let text = std::fs::read_to_string(&f).unwrap();
    let ro = text.split("---\n").nth(1).unwrap();
    let path = write(&env, "ro.yaml", ro);
    let (out, killed) = env.run_for(
        ["create", "-f", &path, "-w", "--timeout-seconds", "2"],
        Duration::from_secs(20),
    );
    assert!(!killed, "{}", out.stderr_str());
    let text = out.stdout_str();
    assert!(
        text.starts_with("rollout.argoproj.io/catalog created\n"),
        "{text}"
    );
    assert!(text.contains("Name:"), "the rollout view follows: {text}");
    assert!(
        env.requests().iter().any(|r| r.is_watch()),
        "a watch was started"
    );
}

#[test]
fn watch_needs_exactly_one_rollout_or_experiment() {
    let env = TestEnv::new();
    let f = fixture("tests/fixtures/lint/valid/canary-other-routers.yaml");
    let out = run(&env, &["create", "-f", &f, "-w"]);
    assert_eq!(out.exit(), 2);
    assert!(env.requests().is_empty());
}

fn template(env: &TestEnv) {
    env.put(json!({
        "apiVersion": ARGO, "kind": "AnalysisTemplate",
        "metadata": {"name": "success-rate", "namespace": "default"},
        "spec": {
            "args": [{"name": "service-name"}, {"name": "port", "value": "9090"}],
            "dryRun": [{"metricName": "success-rate"}],
            "metrics": [{"name": "success-rate", "count": 3, "interval": "10s",
                "provider": {"web": {"url": "http://{{args.service-name}}:{{args.port}}/rate", "jsonPath": "{$.rate}"}}}]
        }
    }));
}

#[test]
fn create_analysisrun_from_a_template_resolves_the_arguments() {
    let env = TestEnv::new();
    template(&env);
    let out = run(
        &env,
        &[
            "create",
            "analysisrun",
            "--from",
            "success-rate",
            "-a",
            "service-name=web-canary",
            "--name",
            "manual-1",
            "--instance-id",
            "ci",
        ],
    );
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert_eq!(
        out.stdout_str(),
        "analysisrun.argoproj.io/manual-1 created\n"
    );
    let ar = env
        .get(ARGO, "AnalysisRun", "default", "manual-1")
        .expect("created");
    assert_eq!(
        ar["spec"]["args"],
        json!([{"name": "service-name", "value": "web-canary"}, {"name": "port", "value": "9090"}])
    );
    assert_eq!(
        ar["spec"]["dryRun"],
        json!([{"metricName": "success-rate"}])
    );
    assert_eq!(ar["spec"]["metrics"][0]["count"], 3);
    assert_eq!(
        ar["metadata"]["labels"]["argo-rollouts.argoproj.io/instance-id"],
        "ci"
    );
}

#[test]
fn create_analysisrun_with_an_unresolved_argument_creates_nothing() {
    let env = TestEnv::new();
    template(&env);
    let out = run(&env, &["create", "analysisrun", "--from", "success-rate"]);
    assert_eq!(out.exit(), 1);
    assert_eq!(
        out.stderr_str(),
        "error: args.service-name was not resolved (pass it with -a NAME=VALUE); nothing created\n"
    );
    assert!(env.writes().is_empty());
}

#[test]
fn create_analysisrun_global_reads_a_cluster_template_and_generates_a_name() {
    let env = TestEnv::new();
    env.put(json!({
        "apiVersion": ARGO, "kind": "ClusterAnalysisTemplate",
        "metadata": {"name": "error-rate"},
        "spec": {"metrics": [{"name": "errors", "provider": {"prometheus": {"query": "up"}}}]}
    }));
    let out = run(
        &env,
        &["create", "analysisrun", "--from", "error-rate", "--global"],
    );
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(
        out.stdout_str()
            .starts_with("analysisrun.argoproj.io/error-rate-"),
        "{}",
        out.stdout_str()
    );
    let gets: Vec<String> = env
        .requests()
        .iter()
        .filter(|r| r.method == "GET")
        .map(|r| r.path.clone())
        .collect();
    assert_eq!(
        gets,
        ["/apis/argoproj.io/v1alpha1/clusteranalysistemplates/error-rate"]
    );
    let missing = run(
        &env,
        &["create", "analysisrun", "--from", "nope", "--global"],
    );
    assert_eq!(missing.exit(), 1);
    assert_eq!(
        missing.stderr_str(),
        "error: clusteranalysistemplate \"nope\" not found\n"
    );
}

#[test]
fn create_analysisrun_from_a_file_with_dry_run_prints_the_run() {
    let env = TestEnv::new();
    let f = fixture("tests/fixtures/lint/valid/canary-basic.yaml");
    // Two documents, one template: the template is used.
    let out = run(
        &env,
        &[
            "create",
            "analysisrun",
            "--from-file",
            &f,
            "-a",
            "service-name=checkout",
            "--dry-run",
        ],
    );
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let text = out.stdout_str();
    assert!(
        text.starts_with(
            "# would create analysisrun.argoproj.io/success-rate-* in namespace default\n"
        ),
        "{text}"
    );
    assert!(text.contains("generateName: success-rate-"), "{text}");
    assert!(env.writes().is_empty());
}

#[test]
fn the_real_kubectl_creates_through_our_server_and_is_refused_on_a_conflict() {
    let env = TestEnv::new();
    let e = write(&env, "exp.yaml", EXPERIMENT);
    let out = env.kubectl(["create", "-f", &e, "--validate=false"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert_eq!(
        out.stdout_str(),
        "experiment.argoproj.io/search-ab created\n"
    );
    let stored = env
        .get(ARGO, "Experiment", "default", "search-ab")
        .expect("stored");
    for f in ["uid", "resourceVersion", "creationTimestamp"] {
        assert!(
            stored["metadata"][f]
                .as_str()
                .is_some_and(|v| !v.is_empty()),
            "{f}: {stored}"
        );
    }
    let again = env.kubectl(["create", "-f", &e, "--validate=false"]);
    assert_eq!(again.exit(), 1);
    assert!(
        again
            .stderr_str()
            .contains("experiments.argoproj.io \"search-ab\" already exists"),
        "{}",
        again.stderr_str()
    );
}

#[test]
fn the_server_refuses_a_body_of_another_kind_than_the_path() {
    let env = TestEnv::new();
    let body = json!({"apiVersion": ARGO, "kind": "Experiment", "metadata": {"name": "x"}});
    let r = crate::support::client::send(
        &env.url(),
        "POST",
        "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts",
        "application/json",
        &body.to_string(),
    );
    assert_eq!(r.status, 400);
    let v: Value = r.json();
    assert_eq!(v["reason"], "BadRequest");
    assert!(env.get(ARGO, "Rollout", "default", "x").is_none());
}
