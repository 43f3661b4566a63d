//! `set-weight` end to end: the new steps at several step indexes, with and without
//! `--no-pause`, the weight range (also `maxTrafficWeight`), the refusals, and concurrent
//! writers (one that moves the step index between our read and write, one that never stops).

use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use crate::support::writes::{
    ARGO, JSON_PATCH, MERGE, RO, assert_changed_only, assert_ok, assert_patch, assert_refused,
    assert_usage_error, rollout, run, rv,
};
use crate::support::{OutputExt, TestEnv};

/// `web` (canary-mid-update): steps `setWeight 20, pause {}, setWeight 40, pause 10m,
/// setWeight 80`, at `index` (None: no currentStepIndex at all).
fn web_at(index: Option<i64>) -> TestEnv {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    env.mutate(ARGO, "Rollout", "default", "web", |o| {
        let status = o["status"].as_object_mut().unwrap();
        match index {
            Some(i) => status.insert("currentStepIndex".into(), json!(i)),
            None => status.remove("currentStepIndex"),
        };
    });
    env
}

/// Runs set-weight on `web` and checks the one PATCH, the message and the rollout afterwards:
/// only the steps changed, to `steps`.
fn check(env: &TestEnv, args: &[&str], message: &str, steps: Value) {
    let before = rollout(env, "web");
    let out = run(env, args);
    assert_ok(&out, message);
    let writes = env.writes();
    assert_eq!(writes.len(), 1, "{writes:?}");
    assert_patch(
        &writes[0],
        &format!("{RO}/web"),
        MERGE,
        json!({"metadata": {"resourceVersion": rv(&before), "annotations": record(&before, &steps)},
            "spec": {"strategy": {"canary": {"steps": steps.clone()}}}}),
    );
    let after = rollout(env, "web");
    assert_changed_only(&before, &after, |o| {
        o["spec"]["strategy"]["canary"]["steps"] = steps.clone();
        o["metadata"]["annotations"][ORIGINAL] = json!(steps_of(&before).to_string());
        o["metadata"]["annotations"][WRITTEN] = json!(steps.to_string());
    });
}

/// Our annotations: the steps before set-weight and the steps it wrote.
const ORIGINAL: &str = "kubectl-rollouts/original-steps";
const WRITTEN: &str = "kubectl-rollouts/set-weight-steps";

fn steps_of(ro: &Value) -> Value {
    ro["spec"]["strategy"]["canary"]["steps"].clone()
}

/// The annotations a first set-weight on `before` adds next to `steps`.
fn record(before: &Value, steps: &Value) -> Value {
    json!({ORIGINAL: steps_of(before).to_string(), WRITTEN: steps.to_string()})
}

/// One set-weight at a step index of `web`: the arguments, the message, and the steps it writes.
struct StepCase {
    /// `currentStepIndex` (None: the status has none).
    index: Option<i64>,
    args: &'static [&'static str],
    message: &'static str,
    steps: Value,
}

#[test]
fn set_weight_keeps_the_steps_after_the_current_one_and_says_how_many_remain() {
    let at_0 = json!([{"setWeight": 50}, {"pause": {}}, {"pause": {}}, {"setWeight": 40},
        {"pause": {"duration": "10m"}}, {"setWeight": 80}]);
    let cases = [
        // At index 1 the steps after the current one are kept.
        StepCase {
            index: Some(1),
            args: &["set-weight", "web", "35"],
            message: "rollout 'web' set to weight 35, paused until promoted (3 steps remain)\n",
            steps: json!([{"setWeight": 35}, {"pause": {}}, {"setWeight": 40},
                {"pause": {"duration": "10m"}}, {"setWeight": 80}]),
        },
        // --no-pause leaves the pause out.
        StepCase {
            index: Some(1),
            args: &["set-weight", "web", "35", "--no-pause"],
            message: "rollout 'web' set to weight 35 (3 steps remain)\n",
            steps: json!([{"setWeight": 35}, {"setWeight": 40},
                {"pause": {"duration": "10m"}}, {"setWeight": 80}]),
        },
        // At index 0, and without an index, the same.
        StepCase {
            index: Some(0),
            args: &["set-weight", "web", "50"],
            message: "rollout 'web' set to weight 50, paused until promoted (4 steps remain)\n",
            steps: at_0.clone(),
        },
        StepCase {
            index: None,
            args: &["set-weight", "web", "50"],
            message: "rollout 'web' set to weight 50, paused until promoted (4 steps remain)\n",
            steps: at_0,
        },
        // At index 3 one step remains, at both ends of the range.
        StepCase {
            index: Some(3),
            args: &["set-weight", "web", "0"],
            message: "rollout 'web' set to weight 0, paused until promoted (1 step remains)\n",
            steps: json!([{"setWeight": 0}, {"pause": {}}, {"setWeight": 80}]),
        },
        StepCase {
            index: Some(3),
            args: &["set-weight", "web", "100", "--no-pause"],
            message: "rollout 'web' set to weight 100 (1 step remains)\n",
            steps: json!([{"setWeight": 100}, {"setWeight": 80}]),
        },
        // At the last step nothing remains.
        StepCase {
            index: Some(4),
            args: &["set-weight", "web", "60"],
            message: "rollout 'web' set to weight 60, paused until promoted (0 steps remain)\n",
            steps: json!([{"setWeight": 60}, {"pause": {}}]),
        },
    ];
    for case in cases {
        let env = web_at(case.index);
        check(&env, case.args, case.message, case.steps);
    }
}

#[test]
fn weight_out_of_range_is_a_usage_error() {
    let env = web_at(Some(1));
    let out = run(&env, &["set-weight", "web", "101"]);
    assert_refused(
        &env,
        &out,
        2,
        "weight 101 is out of range: it must be a whole number from 0 to 100",
    );
    for bad in ["-1", "abc", "35.5", "", "99999999999"] {
        env.clear_requests();
        let out = run(&env, &["set-weight", "web", "--", bad]);
        assert_usage_error(&env, &out);
    }
}

#[test]
fn max_traffic_weight_sets_the_range() {
    let env = TestEnv::new();
    env.load_fixture("canary-trafficrouting-pingpong");
    env.mutate(ARGO, "Rollout", "default", "storefront", |o| {
        o["spec"]["strategy"]["canary"]["trafficRouting"]["maxTrafficWeight"] = json!(1000);
    });
    let out = run(&env, &["set-weight", "storefront", "1001"]);
    assert_refused(
        &env,
        &out,
        2,
        "weight 1001 is out of range: it must be a whole number from 0 to 1000",
    );
    let before = rollout(&env, "storefront");
    let out = run(&env, &["set-weight", "storefront", "250"]);
    assert_ok(
        &out,
        "rollout 'storefront' set to weight 250, paused until promoted (3 steps remain)\n",
    );
    let steps = json!([{"setWeight": 250}, {"pause": {}}, {"pause": {}}, {"setWeight": 60},
        {"pause": {"duration": "5m"}}]);
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RO}/storefront"),
        MERGE,
        json!({"metadata": {"resourceVersion": rv(&before), "annotations": record(&before, &steps)},
            "spec": {"strategy": {"canary": {"steps": steps.clone()}}}}),
    );
    let after = rollout(&env, "storefront");
    assert_eq!(steps_of(&after), steps);
    // A lower maximum refuses what 100 would allow.
    env.mutate(ARGO, "Rollout", "default", "storefront", |o| {
        o["spec"]["strategy"]["canary"]["trafficRouting"]["maxTrafficWeight"] = json!(50);
    });
    env.clear_requests();
    let out = run(&env, &["set-weight", "storefront", "60"]);
    assert_refused(
        &env,
        &out,
        2,
        "weight 60 is out of range: it must be a whole number from 0 to 50",
    );
}

#[test]
fn blue_green_idle_and_aborted_rollouts_are_refused() {
    let env = TestEnv::new();
    env.load_fixture("bluegreen-paused");
    env.load_fixture("workloadref");
    env.load_fixture("canary-aborted");
    let cases = [
        (
            "checkout",
            "cannot set the weight of rollout \"checkout\": it uses the blue-green strategy; \
             set-weight works on canary rollouts only",
        ),
        (
            "api",
            "cannot set the weight of rollout \"api\": no update in progress (the current pods \
             are the stable ones); set-weight holds an in-flight canary",
        ),
        (
            "payments",
            "cannot set the weight of rollout \"payments\": the update was aborted; run \
             `kubectl rollouts retry rollout payments` first",
        ),
    ];
    for (name, message) in cases {
        env.clear_requests();
        let before = rollout(&env, name);
        let out = run(&env, &["set-weight", name, "30"]);
        assert_refused(&env, &out, 1, message);
        assert_eq!(rollout(&env, name), before);
    }
}

#[test]
fn a_step_change_between_read_and_write_is_planned_again_from_the_fresh_state() {
    let env = web_at(Some(1));
    let before = rollout(&env, "web");
    // The controller moves on to step 3 just before our patch lands.
    let theirs = Arc::new(Mutex::new(String::new()));
    let seen = Arc::clone(&theirs);
    env.before_patch(1, move |store, _| {
        let o = store.mutate(ARGO, "Rollout", "default", "web", |o| {
            o["status"]["currentStepIndex"] = json!(3);
        });
        *seen.lock().unwrap() = rv(&o);
    });
    let out = run(&env, &["set-weight", "web", "35"]);
    assert_ok(
        &out,
        "rollout 'web' set to weight 35, paused until promoted (1 step remains)\n",
    );
    let writes = env.writes();
    assert_eq!(writes.len(), 2, "{writes:?}");
    // First attempt: planned from index 1, refused.
    assert_eq!(writes[0].status, 409);
    let first = json!([{"setWeight": 35}, {"pause": {}},
        {"setWeight": 40}, {"pause": {"duration": "10m"}}, {"setWeight": 80}]);
    assert_patch(
        &writes[0],
        &format!("{RO}/web"),
        MERGE,
        json!({"metadata": {"resourceVersion": rv(&before), "annotations": record(&before, &first)},
            "spec": {"strategy": {"canary": {"steps": first}}}}),
    );
    // Second: planned from index 3, guarded by the version the other writer produced.
    assert_eq!(writes[1].status, 200);
    let theirs = theirs.lock().unwrap().clone();
    let second = json!([{"setWeight": 35}, {"pause": {}}, {"setWeight": 80}]);
    assert_patch(
        &writes[1],
        &format!("{RO}/web"),
        MERGE,
        json!({"metadata": {"resourceVersion": theirs, "annotations": record(&before, &second)},
            "spec": {"strategy": {"canary": {"steps": second}}}}),
    );
    let after = rollout(&env, "web");
    assert_eq!(
        after["spec"]["strategy"]["canary"]["steps"],
        json!([{"setWeight": 35}, {"pause": {}}, {"setWeight": 80}])
    );
    assert_eq!(after["status"]["currentStepIndex"], json!(3));
}

#[test]
fn a_writer_that_never_stops_makes_the_command_fail_loudly() {
    let env = web_at(Some(1));
    let before = rollout(&env, "web");
    let mut n = 0;
    env.before_patch(10, move |store, _| {
        n += 1;
        store.mutate(ARGO, "Rollout", "default", "web", |o| {
            o["metadata"]["annotations"]["busy"] = json!(n.to_string());
        });
    });
    let out = run(&env, &["set-weight", "web", "35"]);
    assert_eq!(out.exit(), 1, "{}", out.stderr_str());
    assert_eq!(out.stdout_str(), "");
    assert_eq!(
        out.stderr_str(),
        "error: \"web\" kept changing while we tried to write it (5 attempts, each from a \
         fresh read); try again\n"
    );
    let writes = env.writes();
    assert_eq!(writes.len(), 5, "{writes:?}");
    assert!(writes.iter().all(|w| w.status == 409), "{writes:?}");
    let after = rollout(&env, "web");
    assert_eq!(
        after["spec"]["strategy"]["canary"]["steps"],
        before["spec"]["strategy"]["canary"]["steps"]
    );
}

/// `web` at step 1 after `set-weight web 60`; returns the steps it had before.
fn web_after_set_weight() -> (TestEnv, Value) {
    let env = web_at(Some(1));
    let original = steps_of(&rollout(&env, "web"));
    let out = run(&env, &["set-weight", "web", "60"]);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    env.clear_requests();
    (env, original)
}

/// The steps set-weight 60 writes at step 1 of `web`.
fn held_at_60() -> Value {
    json!([{"setWeight": 60}, {"pause": {}}, {"setWeight": 40},
        {"pause": {"duration": "10m"}}, {"setWeight": 80}])
}

/// Neither of our annotations is on the object.
fn assert_no_record(obj: &Value) {
    let annotations = &obj["metadata"]["annotations"];
    assert_eq!(annotations.get(ORIGINAL), None, "{annotations}");
    assert_eq!(annotations.get(WRITTEN), None, "{annotations}");
}

const REMOVE_RECORD: [&str; 2] = [
    "/metadata/annotations/kubectl-rollouts~1original-steps",
    "/metadata/annotations/kubectl-rollouts~1set-weight-steps",
];

#[test]
fn a_second_set_weight_keeps_the_first_record() {
    let (env, original) = web_after_set_weight();
    let out = run(&env, &["set-weight", "web", "30", "--no-pause"]);
    assert_ok(&out, "rollout 'web' set to weight 30 (3 steps remain)\n");
    let after = rollout(&env, "web");
    let steps = steps_of(&after);
    assert_eq!(steps[0], json!({"setWeight": 30}));
    assert_eq!(
        after["metadata"]["annotations"][ORIGINAL],
        json!(original.to_string())
    );
    assert_eq!(
        after["metadata"]["annotations"][WRITTEN],
        json!(steps.to_string())
    );
}

#[test]
fn set_image_after_set_weight_restores_the_steps_in_the_same_guarded_patch() {
    let (env, original) = web_after_set_weight();
    let before = rollout(&env, "web");
    assert_eq!(steps_of(&before), held_at_60());
    let out = run(
        &env,
        &["set", "image", "web", "web=argoproj/rollouts-demo:green"],
    );
    assert_ok(
        &out,
        "rollout \"web\" image updated; the canary steps set-weight replaced are restored\n",
    );
    let writes = env.writes();
    assert_eq!(writes.len(), 1, "{writes:?}");
    assert_patch(
        &writes[0],
        &format!("{RO}/web"),
        JSON_PATCH,
        json!([
            {"op": "test", "path": "/metadata/resourceVersion", "value": rv(&before)},
            {"op": "replace", "path": "/spec/template/spec/containers/0/image",
                "value": "argoproj/rollouts-demo:green"},
            {"op": "replace", "path": "/spec/strategy/canary/steps", "value": original.clone()},
            {"op": "remove", "path": REMOVE_RECORD[0]},
            {"op": "remove", "path": REMOVE_RECORD[1]},
        ]),
    );
    let after = rollout(&env, "web");
    assert_eq!(steps_of(&after), original);
    assert_no_record(&after);
    // The record is gone: the next release is an ordinary one.
    env.clear_requests();
    let out = run(
        &env,
        &["set", "image", "web", "web=argoproj/rollouts-demo:orange"],
    );
    assert_ok(&out, "rollout \"web\" image updated\n");
    assert_eq!(env.writes()[0].body_json().as_array().unwrap().len(), 2);
}

#[test]
fn undo_after_set_weight_restores_the_steps_too() {
    let (env, original) = web_after_set_weight();
    let out = run(&env, &["undo", "web"]);
    assert_ok(
        &out,
        "rollout 'web' undo; the canary steps set-weight replaced are restored\n",
    );
    let writes = env.writes();
    assert_eq!(writes.len(), 1, "{writes:?}");
    let ops = writes[0].body_json();
    let ops = ops.as_array().unwrap();
    assert_eq!(ops[1]["path"], json!("/spec/template"));
    assert_eq!(
        ops[2],
        json!({"op": "replace", "path": "/spec/strategy/canary/steps", "value": original})
    );
    let after = rollout(&env, "web");
    assert_eq!(steps_of(&after), original);
    assert_no_record(&after);
}

#[test]
fn restore_puts_the_recorded_steps_back_and_removes_the_record() {
    let (env, original) = web_after_set_weight();
    let before = rollout(&env, "web");
    let out = run(&env, &["set-weight", "web", "--restore"]);
    assert_ok(
        &out,
        "rollout 'web' runs its own 5 steps again (set-weight's record restored and removed)\n",
    );
    let writes = env.writes();
    assert_eq!(writes.len(), 1, "{writes:?}");
    assert_patch(
        &writes[0],
        &format!("{RO}/web"),
        JSON_PATCH,
        json!([
            {"op": "test", "path": "/metadata/resourceVersion", "value": rv(&before)},
            {"op": "replace", "path": "/spec/strategy/canary/steps", "value": original.clone()},
            {"op": "remove", "path": REMOVE_RECORD[0]},
            {"op": "remove", "path": REMOVE_RECORD[1]},
        ]),
    );
    let after = rollout(&env, "web");
    assert_eq!(steps_of(&after), original);
    assert_no_record(&after);
    // Again: there is nothing left to restore.
    env.clear_requests();
    let out = run(&env, &["set-weight", "web", "--restore"]);
    assert_refused(
        &env,
        &out,
        1,
        "rollout \"web\" has no steps recorded by set-weight; nothing to restore (its steps are its own)",
    );
}

#[test]
fn restore_takes_no_weight() {
    let env = web_at(Some(1));
    for args in [
        &["set-weight", "web", "30", "--restore"][..],
        &["set-weight", "web", "--restore", "--no-pause"],
        &["set-weight", "web"],
    ] {
        let out = run(&env, args);
        assert_usage_error(&env, &out);
    }
}

#[test]
fn get_says_the_steps_are_set_weights_until_they_are_restored() {
    let (env, original) = web_after_set_weight();
    let notice = "  Steps:         set by set-weight (yours come back with: kubectl rollouts \
                  set-weight web -n default --restore)\n";
    let text = run(&env, &["get", "rollout", "web"]).stdout_str();
    assert!(text.contains(notice), "{text}");
    assert!(
        text.contains(&format!("  ActualWeight:  33\n{notice}Images:")),
        "{text}"
    );
    let data: Value =
        serde_json::from_str(&run(&env, &["get", "rollout", "web", "-o", "json"]).stdout_str())
            .unwrap();
    assert_eq!(data["stepsOverride"], json!({"originalSteps": original}));
    run(&env, &["set-weight", "web", "--restore"]);
    let text = run(&env, &["get", "rollout", "web"]).stdout_str();
    assert!(!text.contains("Steps:"), "{text}");
    let data: Value =
        serde_json::from_str(&run(&env, &["get", "rollout", "web", "-o", "json"]).stdout_str())
            .unwrap();
    assert_eq!(data["stepsOverride"], Value::Null);
}

#[test]
fn dry_run_and_history_show_the_steps_coming_back() {
    let (env, _) = web_after_set_weight();
    let out = run(
        &env,
        &[
            "set",
            "image",
            "web",
            "web=argoproj/rollouts-demo:green",
            "--dry-run",
        ],
    );
    let text = out.stdout_str();
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(env.writes().is_empty());
    for line in [
        "-      - setWeight: 60\n",
        "+      - setWeight: 20\n",
        "-    kubectl-rollouts/original-steps: ",
        "-    kubectl-rollouts/set-weight-steps: ",
        "+      - image: argoproj/rollouts-demo:green\n",
    ] {
        assert!(text.contains(line), "{line:?} missing in\n{text}");
    }
    let out = run(&env, &["history", "web", "--revision", "2", "--diff"]);
    let text = out.stdout_str();
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    assert!(
        text.contains(
            "--- current canary steps (set by set-weight)\n+++ after undo (set-weight's record restored)\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(" steps:\n-- setWeight: 60\n+- setWeight: 20\n - pause: {}\n"),
        "{text}"
    );
}

#[test]
fn a_record_made_stale_by_an_apply_is_dropped_and_the_applied_steps_stay() {
    let (env, _) = web_after_set_weight();
    // `kubectl apply` (or a GitOps sync) of a manifest with new steps; our annotations are not
    // in the manifest, so they stay.
    let applied = json!([{"setWeight": 10}, {"pause": {"duration": "1m"}}]);
    env.mutate(ARGO, "Rollout", "default", "web", |o| {
        o["spec"]["strategy"]["canary"]["steps"] = applied.clone();
    });
    let text = run(&env, &["get", "rollout", "web"]).stdout_str();
    assert!(!text.contains("Steps:"), "{text}");
    let out = run(
        &env,
        &["set", "image", "web", "web=argoproj/rollouts-demo:green"],
    );
    assert_ok(
        &out,
        "rollout \"web\" image updated; set-weight's stale record of the steps is removed\n",
    );
    let ops = env.writes()[0].body_json();
    let ops = ops.as_array().unwrap().clone();
    assert_eq!(ops.len(), 4, "{ops:?}");
    assert_eq!(ops[2], json!({"op": "remove", "path": REMOVE_RECORD[0]}));
    let after = rollout(&env, "web");
    assert_eq!(steps_of(&after), applied);
    assert_no_record(&after);
}
