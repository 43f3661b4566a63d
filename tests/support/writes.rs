//! What the write scenarios share: the pinned clock, paths and content types, running the
//! binary, and assertions on the requests a write sent and on what the server holds after.

use std::process::Output;
use std::time::Duration;

use serde_json::Value;

use super::env::run_to_completion;
use super::{OutputExt, RecordedRequest, TestEnv};

/// The clock every write test pins (`KUBECTL_ROLLOUTS_NOW`), the fixtures' "now".
pub const NOW: &str = "2026-11-22T12:00:00Z";
pub const ARGO: &str = "argoproj.io/v1alpha1";
/// Where the rollouts of namespace `default` live.
pub const RO: &str = "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts";
pub const MERGE: &str = "application/merge-patch+json";
pub const JSON_PATCH: &str = "application/json-patch+json";

/// Runs the binary with the clock pinned.
pub fn run(env: &TestEnv, args: &[&str]) -> Output {
    let mut cmd = env.cmd(args);
    cmd.env("KUBECTL_ROLLOUTS_NOW", NOW);
    run_to_completion(cmd, Duration::from_secs(30))
}

/// The rollout the server holds now.
pub fn rollout(env: &TestEnv, name: &str) -> Value {
    env.get(ARGO, "Rollout", "default", name)
        .unwrap_or_else(|| panic!("rollout {name} is gone"))
}

pub fn rv(obj: &Value) -> String {
    obj["metadata"]["resourceVersion"]
        .as_str()
        .expect("resourceVersion")
        .to_string()
}

/// A request is a PATCH to `path` with `content_type` and exactly `body`.
pub fn assert_patch(req: &RecordedRequest, path: &str, content_type: &str, body: Value) {
    assert_eq!(req.method, "PATCH", "{req:?}");
    assert_eq!(req.path, path, "{req:?}");
    assert_eq!(req.content_type.as_deref(), Some(content_type), "{req:?}");
    assert_eq!(req.body_json(), body, "{req:?}");
}

/// The command succeeded, printed exactly `stdout` and nothing on stderr.
pub fn assert_ok(out: &Output, stdout: &str) {
    assert_eq!(out.exit(), 0, "stderr: {}", out.stderr_str());
    assert_eq!(out.stdout_str(), stdout);
    assert_eq!(out.stderr_str(), "");
}

/// The command failed with `code` and the one-line `message`, and nothing was written.
pub fn assert_refused(env: &TestEnv, out: &Output, code: i32, message: &str) {
    assert_eq!(
        out.exit(),
        code,
        "stdout: {} stderr: {}",
        out.stdout_str(),
        out.stderr_str()
    );
    assert_eq!(out.stderr_str(), format!("error: {message}\n"));
    assert_eq!(out.stdout_str(), "");
    assert!(env.writes().is_empty(), "{:?}", env.writes());
}

/// A usage error: exit 2, a message on stderr, and not a single request.
pub fn assert_usage_error(env: &TestEnv, out: &Output) {
    assert_eq!(out.exit(), 2, "stderr: {}", out.stderr_str());
    assert!(!out.stderr_str().is_empty());
    assert_eq!(out.stdout_str(), "");
    assert!(env.requests().is_empty(), "{:?}", env.requests());
}

/// `obj` without the fields every write changes (resourceVersion, generation), to compare the
/// rest of an object before and after.
pub fn without_bookkeeping(obj: &Value) -> Value {
    let mut o = obj.clone();
    if let Some(m) = o["metadata"].as_object_mut() {
        m.remove("resourceVersion");
        m.remove("generation");
    }
    o
}

/// `before` with `edit` applied equals `after`, bookkeeping aside: the write changed exactly
/// what `edit` changes.
pub fn assert_changed_only(before: &Value, after: &Value, edit: impl FnOnce(&mut Value)) {
    let mut expected = without_bookkeeping(before);
    edit(&mut expected);
    assert_eq!(without_bookkeeping(after), expected);
}
