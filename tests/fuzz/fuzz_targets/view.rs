//! Objects as a server might send them (a JSON object, or an array of objects of any kinds)
//! into the view builder, the renderers and the planners. A panic, or a control character
//! from the input reaching the text we print, is a finding.
#![no_main]

use jiff::{SignedDuration, Timestamp};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

use kubectl_rollouts::patch;
use kubectl_rollouts::render::{self, Theme};
use kubectl_rollouts::view::{self, ExperimentObjects, RolloutObjects};

fn of_kind(objs: &[Value], kind: &str) -> Vec<Value> {
    objs.iter()
        .filter(|o| o.get("kind").and_then(Value::as_str) == Some(kind))
        .cloned()
        .collect()
}

/// Only newlines and our own SGR colour sequences may reach the terminal.
fn check(text: &str) {
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            assert_eq!(chars.next(), Some('['), "bare ESC in {text:?}");
            for d in chars.by_ref() {
                if d == 'm' {
                    break;
                }
                assert!(d.is_ascii_digit() || d == ';', "odd escape in {text:?}");
            }
            continue;
        }
        assert!(
            c == '\n'
                || !(c.is_control()
                    || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')),
            "unsafe {c:?} in {text:?}"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    let objs = match input {
        Value::Array(a) => a,
        other => vec![other],
    };
    let now: Timestamp = "2026-11-22T12:00:00Z".parse().unwrap();
    let rs = of_kind(&objs, "ReplicaSet");
    let pods = of_kind(&objs, "Pod");
    let runs = of_kind(&objs, "AnalysisRun");
    let experiments = of_kind(&objs, "Experiment");
    let workload = of_kind(&objs, "Deployment").into_iter().next();
    // Anything without a known kind is tried as a rollout too.
    let rollouts: Vec<&Value> = objs
        .iter()
        .filter(|o| {
            !matches!(
                o.get("kind").and_then(Value::as_str),
                Some("ReplicaSet" | "Pod" | "AnalysisRun" | "Experiment" | "Deployment")
            )
        })
        .collect();
    for rollout in rollouts {
        let o = RolloutObjects {
            rollout: rollout.clone(),
            replica_sets: rs.clone(),
            pods: pods.clone(),
            experiments: experiments.clone(),
            analysis_runs: runs.clone(),
            experiment_replica_sets: rs.clone(),
            experiment_pods: pods.clone(),
        };
        let v = view::build_rollout_view(&o);
        check(&render::render_rollout(&v, &Theme::colored(), now));
        let _ = render::to_json(&v).expect("view serialises to JSON");
        let row = view::rollout_row(rollout);
        check(&render::render_rollout_list(
            std::slice::from_ref(&row),
            true,
            Some(now),
            &Theme::plain(),
        ));
        let (phase, message) = view::rollout_status(rollout);
        check(&render::status_line(&phase, &message));
        check(&render::render_history(&view::history(rollout, &rs), now));
        let _ = view::selector_to_query(&rollout["spec"]["selector"]);
        let plans = [
            patch::undo(rollout, &rs, workload.as_ref(), None),
            patch::set_weight(rollout, 40, false),
            patch::promote(rollout, false),
            patch::promote(rollout, true),
            patch::pause(rollout),
            patch::abort(rollout),
            patch::retry_rollout(rollout),
            patch::restart(rollout, SignedDuration::from_secs(30), now),
            patch::set_image_for_rollout(
                rollout,
                workload.as_ref(),
                &[("app".into(), "x:1".into())],
            ),
        ];
        for plan in plans.into_iter().flatten() {
            for w in &plan.writes {
                assert!(w.body.guard().is_some(), "unguarded write {w:?}");
            }
            let _ = patch::describe(&plan);
            let _ = patch::preview_plan(rollout, &plan);
        }
    }
    for exp in &experiments {
        let o = ExperimentObjects {
            experiment: exp.clone(),
            replica_sets: rs.clone(),
            pods: pods.clone(),
            analysis_runs: runs.clone(),
        };
        let v = view::build_experiment_view(&o);
        check(&render::render_experiment(&v, &Theme::colored(), now));
        check(&render::render_experiment_list(
            &[view::experiment_row(exp)],
            true,
            now,
        ));
        let _ = patch::retry_experiment(exp);
    }
});
