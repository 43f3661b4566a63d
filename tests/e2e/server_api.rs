//! The test server through raw HTTP.

use crate::support::{OutputExt, TestEnv};

#[test]
fn explore() {
    let env = TestEnv::new();
    env.load_yaml(
        "apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: web
  namespace: default
  labels: {app: web}
spec:
  replicas: 3
status:
  phase: Healthy
",
    );
    for args in [
        vec!["version"],
        vec!["get", "rollouts"], vec!["get", "rs", "-A"], vec!["get", "ro", "web", "-o", "yaml"],
        vec!["api-resources"],
    ] {
        let out = env.kubectl(&args);
        eprintln!("=== {args:?} code={:?}\n{}\n--- stderr\n{}", out.code(), out.stdout_str(), out.stderr_str());
    }
    for r in env.requests() {
        eprintln!("{} {}?{} accept={:?} -> {} ({} bytes)", r.method, r.path, r.query, r.accept, r.status, r.response_bytes);
    }
}
