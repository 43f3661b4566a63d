//! Writes that cannot have their effect are refused with what to do; writes that would change
//! nothing write nothing and say so in one wording (`KIND 'NAME' …; nothing to do`); the
//! commands that take several names write each on its own. Every case checks the server's
//! request log: a refusal or a no-op sent no PATCH.

use serde_json::json;

use crate::support::writes::{ARGO, RO, assert_ok, assert_refused, rollout, run};
use crate::support::{Fault, OutputExt, TestEnv};

fn env_with(fixtures: &[&str]) -> TestEnv {
    let env = TestEnv::new();
    for f in fixtures {
        env.load_fixture(f);
    }
    env
}

/// Exit 0, exactly `message` on stdout, and not one write.
fn assert_nothing_done(env: &TestEnv, args: &[&str], message: &str) {
    let before = env.get(ARGO, "Rollout", "default", args[args.len() - 1]);
    let out = run(env, args);
    assert_ok(&out, message);
    assert!(env.writes().is_empty(), "{args:?}: {:?}", env.writes());
    if let Some(before) = before {
        assert_eq!(rollout(env, args[args.len() - 1]), before, "{args:?}");
    }
}

#[test]
fn promote_on_an_aborted_rollout_is_refused_with_what_to_do() {
    let env = env_with(&["canary-aborted"]);
    for args in [
        &["promote", "payments"][..],
        &["promote", "payments", "--full"],
    ] {
        env.clear_requests();
        let out = run(&env, args);
        assert_refused(
            &env,
            &out,
            1,
            "cannot promote rollout \"payments\": the update was aborted; run `kubectl rollouts \
             retry rollout payments` first",
        );
    }
}

#[test]
fn pause_on_a_paused_rollout_does_nothing_and_says_so() {
    let env = env_with(&["canary-mid-update"]);
    env.mutate(ARGO, "Rollout", "default", "web", |o| {
        o["spec"]["paused"] = json!(true)
    });
    env.clear_requests();
    assert_nothing_done(
        &env,
        &["pause", "web"],
        "rollout 'web' is already paused; nothing to do\n",
    );
}

#[test]
fn retry_on_a_rollout_that_is_not_aborted_does_nothing_and_says_so() {
    let env = env_with(&["canary-mid-update"]);
    assert_nothing_done(
        &env,
        &["retry", "rollout", "web"],
        "rollout 'web' is not aborted; nothing to do\n",
    );
}

#[test]
fn abort_on_an_aborted_rollout_or_one_with_nothing_in_flight_does_nothing() {
    let env = env_with(&["canary-aborted", "workloadref"]);
    assert_nothing_done(
        &env,
        &["abort", "payments"],
        "rollout 'payments' is already aborted; nothing to do\n",
    );
    assert_nothing_done(
        &env,
        &["abort", "api"],
        "rollout 'api' has no update in flight to abort (the current pods are the stable ones); \
         nothing to do\n",
    );
}

#[test]
fn set_image_to_the_image_already_there_does_nothing_and_says_so() {
    let env = env_with(&["canary-mid-update"]);
    for assignment in [
        "web=argoproj/rollouts-demo:yellow",
        "*=argoproj/rollouts-demo:yellow",
    ] {
        env.clear_requests();
        assert_nothing_done(
            &env,
            &["set", "image", "web", assignment],
            "rollout 'web' already runs the images asked for; nothing to do\n",
        );
    }
    // One container that does change makes it a real write.
    env.clear_requests();
    let out = run(
        &env,
        &["set", "image", "web", "web=argoproj/rollouts-demo:green"],
    );
    assert_ok(&out, "rollout \"web\" image updated\n");
    assert_eq!(env.writes().len(), 1);
}

#[test]
fn restart_of_a_rollout_without_pods_does_nothing_unless_it_is_for_later() {
    let env = env_with(&["canary-mid-update"]);
    env.mutate(ARGO, "Rollout", "default", "web", |o| {
        o["status"]["replicas"] = json!(0)
    });
    env.clear_requests();
    assert_nothing_done(
        &env,
        &["restart", "web"],
        "rollout 'web' has no pods to restart; nothing to do\n",
    );
    let out = run(&env, &["restart", "web", "--in", "10m"]);
    assert_ok(&out, "rollout 'web' restarts in 10m\n");
    assert_eq!(env.writes().len(), 1);
}

#[test]
fn a_no_op_under_dry_run_says_the_same_and_writes_nothing() {
    let env = env_with(&["canary-aborted"]);
    assert_nothing_done(
        &env,
        &["abort", "--dry-run", "payments"],
        "rollout 'payments' is already aborted; nothing to do\n",
    );
}

#[test]
fn pause_of_several_rollouts_writes_each_and_reports_the_one_that_failed() {
    let env = env_with(&["canary-mid-update", "bluegreen-paused", "workloadref"]);
    let out = run(&env, &["pause", "web", "missing", "api"]);
    assert_eq!(out.exit(), 1, "{}", out.stderr_str());
    assert_eq!(
        out.stdout_str(),
        "rollout 'web' paused\nrollout 'api' paused\n"
    );
    assert_eq!(
        out.stderr_str(),
        "error: rollouts.argoproj.io \"missing\" not found in namespace \"default\"\n"
    );
    let paths: Vec<String> = env.writes().iter().map(|w| w.path.clone()).collect();
    assert_eq!(paths, [format!("{RO}/web"), format!("{RO}/api")]);
    assert_eq!(rollout(&env, "web")["spec"]["paused"], json!(true));
    assert_eq!(rollout(&env, "api")["spec"]["paused"], json!(true));
}

#[test]
fn abort_and_retry_of_several_rollouts_mix_writes_and_no_ops() {
    let env = env_with(&["canary-mid-update", "canary-aborted"]);
    let out = run(&env, &["abort", "web", "payments"]);
    assert_ok(
        &out,
        "rollout 'web' aborted\nrollout 'payments' is already aborted; nothing to do\n",
    );
    assert_eq!(env.writes().len(), 1);
    env.clear_requests();
    let out = run(&env, &["retry", "rollout", "web", "payments"]);
    assert_ok(&out, "rollout 'web' retried\nrollout 'payments' retried\n");
    let paths: Vec<String> = env.writes().iter().map(|w| w.path.clone()).collect();
    assert_eq!(
        paths,
        [format!("{RO}/web/status"), format!("{RO}/payments/status")]
    );
}

#[test]
fn a_refusal_among_several_names_is_one_line_naming_the_object() {
    let env = env_with(&["canary-mid-update"]);
    // Neither exists: both are tried, each failure is its own line.
    let out = run(&env, &["retry", "experiment", "nope-1", "nope-2"]);
    assert_eq!(out.exit(), 1);
    assert_eq!(out.stdout_str(), "");
    assert_eq!(
        out.stderr_str(),
        "error: experiments.argoproj.io \"nope-1\" not found in namespace \"default\"\n\
         error: experiments.argoproj.io \"nope-2\" not found in namespace \"default\"\n"
    );
    assert!(env.writes().is_empty());
}

#[test]
fn retry_of_several_experiments_writes_each() {
    let env = env_with(&["canary-experiment"]);
    let exp = "search-8b5c9d7f46-2-1";
    let out = run(&env, &["retry", "experiment", exp, exp]);
    assert_ok(
        &out,
        &format!("experiment '{exp}' retried\nexperiment '{exp}' retried\n"),
    );
    assert_eq!(env.writes().len(), 2);
}

#[test]
fn a_failure_whose_message_does_not_name_the_object_is_prefixed_with_it() {
    let env = env_with(&["canary-mid-update", "workloadref"]);
    // The server keeps failing writes to `api`; its message does not say which object.
    env.inject(
        "PATCH",
        &format!("{RO}/api"),
        Fault::FailN {
            count: 20,
            status: 500,
            retry_after: None,
        },
    );
    let out = run(&env, &["pause", "api", "web"]);
    assert_eq!(out.exit(), 1, "{}", out.stderr_str());
    assert_eq!(out.stdout_str(), "rollout 'web' paused\n");
    let err = out.stderr_str();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("error: rollout \"api\": "), "{err}");
    assert!(!err.contains("Forbidden"), "{err}");
    assert_eq!(rollout(&env, "web")["spec"]["paused"], json!(true));
    assert_eq!(rollout(&env, "api")["spec"].get("paused"), None);
}
