//! `set-weight` end to end: the new steps at several step indexes, with and without
//! `--no-pause`, the weight range (also `maxTrafficWeight`), the refusals, and concurrent
//! writers (one that moves the step index between our read and write, one that never stops).

use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

use crate::simple_writes::{
    ARGO, MERGE, RO, assert_changed_only, assert_ok, assert_patch, assert_refused,
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
        json!({"metadata": {"resourceVersion": rv(&before)},
            "spec": {"strategy": {"canary": {"steps": steps.clone()}}}}),
    );
    let after = rollout(env, "web");
    assert_changed_only(&before, &after, |o| {
        o["spec"]["strategy"]["canary"]["steps"] = steps
    });
}

#[test]
fn at_index_1_keeps_the_steps_after_the_current_one() {
    let env = web_at(Some(1));
    check(
        &env,
        &["set-weight", "web", "35"],
        "rollout 'web' set to weight 35, paused until promoted (3 steps remain)\n",
        json!([{"setWeight": 35}, {"pause": {}}, {"setWeight": 40},
            {"pause": {"duration": "10m"}}, {"setWeight": 80}]),
    );
}

#[test]
fn at_index_1_without_pause() {
    let env = web_at(Some(1));
    check(
        &env,
        &["set-weight", "web", "35", "--no-pause"],
        "rollout 'web' set to weight 35 (3 steps remain)\n",
        json!([{"setWeight": 35}, {"setWeight": 40},
            {"pause": {"duration": "10m"}}, {"setWeight": 80}]),
    );
}

#[test]
fn at_index_0_and_without_an_index() {
    let expected = json!([{"setWeight": 50}, {"pause": {}}, {"pause": {}}, {"setWeight": 40},
        {"pause": {"duration": "10m"}}, {"setWeight": 80}]);
    for index in [Some(0), None] {
        let env = web_at(index);
        check(
            &env,
            &["set-weight", "web", "50"],
            "rollout 'web' set to weight 50, paused until promoted (4 steps remain)\n",
            expected.clone(),
        );
    }
}

#[test]
fn at_index_3_one_step_remains() {
    let env = web_at(Some(3));
    check(
        &env,
        &["set-weight", "web", "0"],
        "rollout 'web' set to weight 0, paused until promoted (1 step remains)\n",
        json!([{"setWeight": 0}, {"pause": {}}, {"setWeight": 80}]),
    );
    let env = web_at(Some(3));
    check(
        &env,
        &["set-weight", "web", "100", "--no-pause"],
        "rollout 'web' set to weight 100 (1 step remains)\n",
        json!([{"setWeight": 100}, {"setWeight": 80}]),
    );
}

#[test]
fn at_the_last_step_nothing_remains() {
    let env = web_at(Some(4));
    check(
        &env,
        &["set-weight", "web", "60"],
        "rollout 'web' set to weight 60, paused until promoted (0 steps remain)\n",
        json!([{"setWeight": 60}, {"pause": {}}]),
    );
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
        json!({"metadata": {"resourceVersion": rv(&before)},
            "spec": {"strategy": {"canary": {"steps": steps.clone()}}}}),
    );
    let after = rollout(&env, "storefront");
    assert_changed_only(&before, &after, |o| {
        o["spec"]["strategy"]["canary"]["steps"] = steps
    });
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
    assert_patch(
        &writes[0],
        &format!("{RO}/web"),
        MERGE,
        json!({"metadata": {"resourceVersion": rv(&before)},
            "spec": {"strategy": {"canary": {"steps": [{"setWeight": 35}, {"pause": {}},
                {"setWeight": 40}, {"pause": {"duration": "10m"}}, {"setWeight": 80}]}}}}),
    );
    // Second: planned from index 3, guarded by the version the other writer produced.
    assert_eq!(writes[1].status, 200);
    let theirs = theirs.lock().unwrap().clone();
    assert_patch(
        &writes[1],
        &format!("{RO}/web"),
        MERGE,
        json!({"metadata": {"resourceVersion": theirs},
            "spec": {"strategy": {"canary": {"steps": [{"setWeight": 35}, {"pause": {}},
                {"setWeight": 80}]}}}}),
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
