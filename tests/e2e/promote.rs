//! `promote` end to end: blue-green pause, canary pause step, canary between steps,
//! inconclusive analysis, `--full`, manual pauses (spec + status writes, their order and
//! guards), the end of the steps, and a conflict on the second of two writes.

use std::sync::{Arc, Mutex};

use serde_json::json;

use crate::support::writes::{
    ARGO, MERGE, RO, assert_changed_only, assert_ok, assert_patch, rollout, run, rv,
};
use crate::support::{OutputExt, TestEnv};

#[test]
fn paused_blue_green_clears_the_pause_condition() {
    let env = TestEnv::new();
    env.load_fixture("bluegreen-paused");
    let before = rollout(&env, "checkout");
    let out = run(&env, &["promote", "checkout"]);
    assert_ok(&out, "rollout 'checkout' promoted\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RO}/checkout/status"),
        MERGE,
        json!({"metadata": {"resourceVersion": rv(&before)}, "status": {"pauseConditions": null}}),
    );
    let after = rollout(&env, "checkout");
    assert_changed_only(&before, &after, |o| {
        o["status"]
            .as_object_mut()
            .unwrap()
            .remove("pauseConditions");
    });
}

#[test]
fn canary_at_a_pause_step_clears_the_pause_and_keeps_the_index() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    let before = rollout(&env, "web");
    let out = run(&env, &["promote", "web"]);
    assert_ok(&out, "rollout 'web' promoted\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RO}/web/status"),
        MERGE,
        json!({"metadata": {"resourceVersion": rv(&before)}, "status": {"pauseConditions": null}}),
    );
    let after = rollout(&env, "web");
    assert_eq!(after["status"]["currentStepIndex"], json!(1));
    assert_changed_only(&before, &after, |o| {
        o["status"]
            .as_object_mut()
            .unwrap()
            .remove("pauseConditions");
    });
}

#[test]
fn canary_between_steps_advances_one_step() {
    // `search` runs its experiment step (index 1 of 4) with no pause condition.
    let env = TestEnv::new();
    env.load_fixture("canary-experiment");
    let before = rollout(&env, "search");
    let out = run(&env, &["promote", "search"]);
    assert_ok(&out, "rollout 'search' promoted\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RO}/search/status"),
        MERGE,
        json!({"metadata": {"resourceVersion": rv(&before)},
            "status": {"pauseConditions": null, "currentStepIndex": 2}}),
    );
    let after = rollout(&env, "search");
    assert_changed_only(&before, &after, |o| {
        o["status"]["currentStepIndex"] = json!(2)
    });
}

#[test]
fn the_index_stops_at_the_number_of_steps() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    // At the last step (index 4 of 5) with no pause: one more step, to 5.
    env.mutate(ARGO, "Rollout", "default", "web", |o| {
        o["status"]["currentStepIndex"] = json!(4);
        o["status"]
            .as_object_mut()
            .unwrap()
            .remove("pauseConditions");
    });
    let before = rollout(&env, "web");
    let out = run(&env, &["promote", "web"]);
    assert_ok(&out, "rollout 'web' promoted\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RO}/web/status"),
        MERGE,
        json!({"metadata": {"resourceVersion": rv(&before)},
            "status": {"pauseConditions": null, "currentStepIndex": 5}}),
    );
    assert_eq!(rollout(&env, "web")["status"]["currentStepIndex"], json!(5));

    // At 5 of 5 there is nothing left: no write, and the message says so.
    env.clear_requests();
    let at_end = rollout(&env, "web");
    let out = run(&env, &["promote", "web"]);
    assert_ok(
        &out,
        "rollout 'web' is not paused and has no step left to promote; nothing to do\n",
    );
    assert!(env.writes().is_empty(), "{:?}", env.writes());
    assert_eq!(rollout(&env, "web"), at_end);
}

#[test]
fn a_healthy_rollout_at_its_last_step_has_nothing_to_promote() {
    let env = TestEnv::new();
    env.load_fixture("workloadref");
    let out = run(&env, &["promote", "api"]);
    assert_ok(
        &out,
        "rollout 'api' is not paused and has no step left to promote; nothing to do\n",
    );
    assert!(env.writes().is_empty());
    let out = run(&env, &["promote", "api", "--full"]);
    assert_ok(
        &out,
        "rollout 'api' already runs its stable pods; nothing to do\n",
    );
    assert!(env.writes().is_empty());
}

#[test]
fn inconclusive_analysis_moves_past_the_analysis_step() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    env.mutate(ARGO, "Rollout", "default", "web", |o| {
        o["spec"]["strategy"]["canary"]["steps"] = json!([
            {"setWeight": 20},
            {"analysis": {"templates": [{"templateName": "success-rate"}]}},
            {"pause": {}},
            {"setWeight": 60}
        ]);
        o["status"]["currentStepIndex"] = json!(1);
        o["status"]["controllerPause"] = json!(true);
        o["status"]["pauseConditions"] = json!([
            {"reason": "InconclusiveAnalysisRun", "startTime": "2026-11-22T11:50:00Z"}
        ]);
        o["status"]["canary"]["currentStepAnalysisRunStatus"] =
            json!({"name": "web-5f8c7d9b64-3-1", "status": "Inconclusive"});
    });
    let before = rollout(&env, "web");
    let out = run(&env, &["promote", "web"]);
    assert_ok(&out, "rollout 'web' promoted\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RO}/web/status"),
        MERGE,
        json!({"metadata": {"resourceVersion": rv(&before)},
            "status": {"pauseConditions": null, "controllerPause": false, "currentStepIndex": 2}}),
    );
    let after = rollout(&env, "web");
    assert_changed_only(&before, &after, |o| {
        let status = o["status"].as_object_mut().unwrap();
        status.remove("pauseConditions");
        status.insert("controllerPause".into(), json!(false));
        status.insert("currentStepIndex".into(), json!(2));
    });
}

#[test]
fn full_sets_promote_full_on_status() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    let before = rollout(&env, "web");
    let out = run(&env, &["promote", "web", "--full"]);
    assert_ok(&out, "rollout 'web' fully promoted\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 1);
    assert_patch(
        &writes[0],
        &format!("{RO}/web/status"),
        MERGE,
        json!({"metadata": {"resourceVersion": rv(&before)}, "status": {"promoteFull": true}}),
    );
    let after = rollout(&env, "web");
    assert_changed_only(&before, &after, |o| {
        o["status"]["promoteFull"] = json!(true)
    });
}

#[test]
fn a_manually_paused_rollout_is_unpaused_then_its_status_written() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    env.mutate(ARGO, "Rollout", "default", "web", |o| {
        o["spec"]["paused"] = json!(true)
    });
    let before = rollout(&env, "web");
    // What the server holds as each PATCH arrives (a hook that only looks).
    let versions = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&versions);
    env.before_patch(2, move |store, _| {
        let o = store
            .get(ARGO, "Rollout", "default", "web")
            .expect("rollout");
        seen.lock().unwrap().push(rv(&o));
    });
    let out = run(&env, &["promote", "web"]);
    assert_ok(&out, "rollout 'web' promoted\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 2, "{writes:?}");
    let versions = versions.lock().unwrap().clone();
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0], rv(&before));
    assert_patch(
        &writes[0],
        &format!("{RO}/web"),
        MERGE,
        json!({"metadata": {"resourceVersion": rv(&before)}, "spec": {"paused": false}}),
    );
    // The second write is guarded by the version the first one produced.
    assert_ne!(versions[1], versions[0]);
    assert_patch(
        &writes[1],
        &format!("{RO}/web/status"),
        MERGE,
        json!({"metadata": {"resourceVersion": versions[1]}, "status": {"pauseConditions": null}}),
    );
    assert_eq!(writes[0].status, 200);
    assert_eq!(writes[1].status, 200);
    let after = rollout(&env, "web");
    assert_changed_only(&before, &after, |o| {
        o["spec"]["paused"] = json!(false);
        o["status"]
            .as_object_mut()
            .unwrap()
            .remove("pauseConditions");
    });
    assert_eq!(after["status"]["currentStepIndex"], json!(1));
}

#[test]
fn a_manually_paused_canary_without_conditions_is_unpaused_and_advanced() {
    // The Go plugin's rule: no pause condition on a canary with steps → next step.
    let env = TestEnv::new();
    env.load_fixture("canary-experiment");
    env.mutate(ARGO, "Rollout", "default", "search", |o| {
        o["spec"]["paused"] = json!(true)
    });
    let before = rollout(&env, "search");
    let out = run(&env, &["promote", "search"]);
    assert_ok(&out, "rollout 'search' promoted\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 2, "{writes:?}");
    assert_eq!(writes[0].path, format!("{RO}/search"));
    assert_eq!(writes[0].body_json()["spec"], json!({"paused": false}));
    assert_eq!(writes[1].path, format!("{RO}/search/status"));
    assert_eq!(
        writes[1].body_json()["status"],
        json!({"pauseConditions": null, "currentStepIndex": 2})
    );
    let after = rollout(&env, "search");
    assert_changed_only(&before, &after, |o| {
        o["spec"]["paused"] = json!(false);
        o["status"]["currentStepIndex"] = json!(2);
    });
}

#[test]
fn full_on_a_manually_paused_rollout_unpauses_too() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    env.mutate(ARGO, "Rollout", "default", "web", |o| {
        o["spec"]["paused"] = json!(true)
    });
    let out = run(&env, &["promote", "web", "--full"]);
    assert_ok(&out, "rollout 'web' fully promoted\n");
    let writes = env.writes();
    assert_eq!(writes.len(), 2);
    assert_eq!(writes[0].path, format!("{RO}/web"));
    assert_eq!(writes[0].body_json()["spec"], json!({"paused": false}));
    assert_eq!(writes[1].path, format!("{RO}/web/status"));
    assert_eq!(
        writes[1].body_json()["status"],
        json!({"promoteFull": true})
    );
    let after = rollout(&env, "web");
    assert_eq!(after["spec"]["paused"], json!(false));
    assert_eq!(after["status"]["promoteFull"], json!(true));
}

#[test]
fn a_conflict_on_the_second_write_does_not_promote_twice() {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    env.mutate(ARGO, "Rollout", "default", "web", |o| {
        o["spec"]["paused"] = json!(true)
    });
    // The controller reacts to the unpause and writes status before our status patch lands.
    let calls = Arc::new(Mutex::new(0));
    let seen = Arc::clone(&calls);
    env.before_patch(2, move |store, _| {
        let mut n = seen.lock().unwrap();
        *n += 1;
        if *n == 2 {
            store.mutate(ARGO, "Rollout", "default", "web", |o| {
                o["status"]["message"] = json!("reconciled");
            });
        }
    });
    let out = run(&env, &["promote", "web"]);
    assert_ok(&out, "rollout 'web' promoted\n");
    let writes = env.writes();
    let summary: Vec<(String, u16)> = writes.iter().map(|w| (w.path.clone(), w.status)).collect();
    assert_eq!(
        summary,
        vec![
            (format!("{RO}/web"), 200),
            (format!("{RO}/web/status"), 409),
            (format!("{RO}/web/status"), 200),
        ]
    );
    // Planned again from the fresh read: still only the pause condition to clear.
    assert_eq!(
        writes[2].body_json()["status"],
        json!({"pauseConditions": null})
    );
    let after = rollout(&env, "web");
    assert_eq!(after["spec"]["paused"], json!(false));
    assert_eq!(after["status"].get("pauseConditions"), None);
    assert_eq!(after["status"]["currentStepIndex"], json!(1));
    assert_eq!(after["status"]["message"], json!("reconciled"));
    assert!(out.stderr_str().is_empty());
}
