//! Property tests over the pure layers: the view builder and renderer on mutated real objects
//! (never a panic, nothing unsafe reaches the terminal), table alignment, the age and duration
//! formatters, label selectors (the query we send selects what the selector means), and the
//! patch planners (undo restores exactly the target template; set-weight keeps the remaining
//! steps byte for byte; every write is guarded).
//!
//! Case counts are modest so `cargo test` stays quick; `PROPTEST_CASES=10000` runs more.

use std::sync::OnceLock;

use jiff::{SignedDuration, Timestamp};
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde::Deserialize;
use serde_json::{Map, Value, json};

use kubectl_rollouts::apiserver::selector::LabelSelector;
use kubectl_rollouts::model::{Phase, StrategyKind};
use kubectl_rollouts::render::{self, Theme};
use kubectl_rollouts::view::{self, RolloutObjects, RolloutRow};
use kubectl_rollouts::{model, patch};

fn cases(n: u32) -> Config {
    Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(n),
        failure_persistence: None,
        ..Config::default()
    }
}

// ----- real objects, mutated -----

const FIXTURES: &[&str] = &[
    "canary-mid-update",
    "bluegreen-paused",
    "canary-aborted",
    "canary-experiment",
    "canary-trafficrouting-pingpong",
    "healthy-bluegreen-two-ns",
    "invalid-spec",
    "multi-revision",
    "workloadref",
];

/// Every fixture's objects, parsed once.
fn fixtures() -> &'static Vec<Vec<Value>> {
    static F: OnceLock<Vec<Vec<Value>>> = OnceLock::new();
    F.get_or_init(|| {
        FIXTURES
            .iter()
            .map(|name| {
                let path = format!("{}/tests/fixtures/{name}.yaml", env!("CARGO_MANIFEST_DIR"));
                let text = std::fs::read_to_string(&path).expect("fixture");
                serde_yaml::Deserializer::from_str(&text)
                    .map(|d| Value::deserialize(d).expect("yaml"))
                    .filter(|v| !v.is_null())
                    .collect()
            })
            .collect()
    })
}

/// JSON pointers of every value inside `v` (the root included).
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                let esc = k.replace('~', "~0").replace('/', "~1");
                pointers(child, format!("{at}/{esc}"), out);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Strings a hostile or broken server might send.
fn odd_string() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        Just(String::new()),
        Just("\n\r\t\u{1b}[2J\u{1b}]0;x\u{7}".to_string()),
        Just("\u{202E}evil\u{200D}👩‍🚀e\u{301}".to_string()),
        Just("x".repeat(3000)),
        Just("2026-11-22T12:00:00Z".to_string()),
        Just("not-a-time".to_string()),
        Just("-3".to_string()),
        Just("1m30s".to_string()),
        Just("Healthy".to_string()),
        Just("Degraded".to_string()),
        Just("Paused".to_string()),
    ]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-5i64..200).prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        odd_string().prop_map(Value::from),
    ]
}

fn arb_json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(("[a-z]{1,8}", inner), 0..4)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// How to change one object: at the `n`-th pointer (mod count), replace or delete.
#[derive(Debug, Clone)]
enum Mutation {
    Replace(usize, Value),
    Delete(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (any::<usize>(), arb_json()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        1 => any::<usize>().prop_map(Mutation::Delete),
    ]
}

fn apply(obj: &mut Value, m: &Mutation) {
    let mut ptrs = Vec::new();
    pointers(obj, String::new(), &mut ptrs);
    match m {
        Mutation::Replace(i, v) => {
            let p = &ptrs[i % ptrs.len()];
            if let Some(slot) = obj.pointer_mut(p) {
                *slot = v.clone();
            }
        }
        Mutation::Delete(i) => {
            let p = &ptrs[i % ptrs.len()];
            let Some((parent, last)) = p.rsplit_once('/') else {
                return;
            };
            let key = last.replace("~1", "/").replace("~0", "~");
            match obj.pointer_mut(parent) {
                Some(Value::Object(m)) => {
                    m.remove(&key);
                }
                Some(Value::Array(a)) => {
                    if let Ok(i) = key.parse::<usize>()
                        && i < a.len()
                    {
                        a.remove(i);
                    }
                }
                _ => {}
            }
        }
    }
}

/// One fixture's objects with mutations spread over them (each names an object by index).
fn mutated_world() -> impl Strategy<Value = Vec<Value>> {
    (
        0..FIXTURES.len(),
        prop::collection::vec((any::<usize>(), mutation()), 1..6),
    )
        .prop_map(|(f, muts)| {
            let mut objs = fixtures()[f].clone();
            for (which, m) in &muts {
                let n = objs.len();
                apply(&mut objs[which % n], m);
            }
            objs
        })
}

fn of_kind(objs: &[Value], kind: &str) -> Vec<Value> {
    objs.iter()
        .filter(|o| o.get("kind").and_then(Value::as_str) == Some(kind))
        .cloned()
        .collect()
}

fn rollout_objects(objs: &[Value], rollout: Value) -> RolloutObjects {
    let rs = of_kind(objs, "ReplicaSet");
    let pods = of_kind(objs, "Pod");
    RolloutObjects {
        rollout,
        replica_sets: rs.clone(),
        pods: pods.clone(),
        experiments: of_kind(objs, "Experiment"),
        analysis_runs: of_kind(objs, "AnalysisRun"),
        experiment_replica_sets: rs,
        experiment_pods: pods,
    }
}

fn now() -> Timestamp {
    "2026-11-22T12:00:00Z".parse().unwrap()
}

/// Nothing a terminal would act on: only newlines, and (coloured) SGR sequences we emit.
fn assert_terminal_safe(text: &str) -> Result<(), TestCaseError> {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            // Our own colours: ESC [ digits/semicolons m.
            prop_assert_eq!(chars.next(), Some('['), "bare ESC in {:?}", text);
            let mut ok = false;
            for d in chars.by_ref() {
                if d == 'm' {
                    ok = true;
                    break;
                }
                prop_assert!(d.is_ascii_digit() || d == ';', "odd escape in {:?}", text);
            }
            prop_assert!(ok);
            continue;
        }
        prop_assert!(
            c == '\n' || !render::sanitize(&c.to_string()).contains('\u{FFFD}') || c == '\u{FFFD}',
            "unsafe {:?} in {:?}",
            c,
            text
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(96))]

    /// The view builder, the renderers and the planners take anything without panicking, and
    /// the text they print is safe for a terminal.
    #[test]
    fn mutated_objects_never_panic(objs in mutated_world(), weight in 0i64..=100) {
        for rollout in of_kind(&objs, "Rollout") {
            let o = rollout_objects(&objs, rollout.clone());
            let v = view::build_rollout_view(&o);
            for theme in [Theme::plain(), Theme::colored()] {
                assert_terminal_safe(&render::render_rollout(&v, &theme, now()))?;
            }
            let _ = render::to_json(&v).expect("json");
            let _ = render::to_yaml(&v).expect("yaml");
            let row = view::rollout_row(&rollout);
            assert_terminal_safe(&render::render_rollout_list(std::slice::from_ref(&row), true, Some(now()), &Theme::plain()))?;
            assert_terminal_safe(&render::render_rollout_list_row(&row, false, None))?;
            let (phase, message) = view::rollout_status(&rollout);
            assert_terminal_safe(&render::status_line(&phase, &message))?;
            let rs = of_kind(&objs, "ReplicaSet");
            let entries = view::history(&rollout, &rs);
            assert_terminal_safe(&render::render_history(&entries, now()))?;
            let workload = of_kind(&objs, "Deployment").into_iter().next();
            let plans = [
                patch::undo(&rollout, &rs, workload.as_ref(), None),
                patch::undo(&rollout, &rs, workload.as_ref(), Some(1)),
                patch::set_weight(&rollout, weight, false),
                patch::promote(&rollout, false),
                patch::promote(&rollout, true),
                patch::pause(&rollout),
                patch::abort(&rollout),
                patch::retry_rollout(&rollout),
                patch::restart(&rollout, SignedDuration::from_secs(30), now()),
                patch::set_image_for_rollout(&rollout, workload.as_ref(), &[("web".into(), "x:1".into())]),
            ];
            for plan in plans.into_iter().flatten() {
                for w in &plan.writes {
                    prop_assert!(w.body.guard().is_some(), "unguarded write {:?}", w);
                }
                let _ = patch::describe(&plan);
                let _ = patch::preview_plan(&rollout, &plan);
            }
        }
        for exp in of_kind(&objs, "Experiment") {
            let o = view::ExperimentObjects {
                experiment: exp.clone(),
                replica_sets: of_kind(&objs, "ReplicaSet"),
                pods: of_kind(&objs, "Pod"),
                analysis_runs: of_kind(&objs, "AnalysisRun"),
            };
            let v = view::build_experiment_view(&o);
            assert_terminal_safe(&render::render_experiment(&v, &Theme::colored(), now()))?;
            let row = view::experiment_row(&exp);
            assert_terminal_safe(&render::render_experiment_list(&[row], true, now()))?;
            for plan in [patch::retry_experiment(&exp)].into_iter().flatten() {
                for w in &plan.writes {
                    prop_assert!(w.body.guard().is_some());
                }
            }
        }
    }

    /// Completely arbitrary JSON in every slot.
    #[test]
    fn arbitrary_json_never_panics(
        rollout in arb_json(),
        children in prop::collection::vec(arb_json(), 0..6),
    ) {
        let o = RolloutObjects {
            rollout: rollout.clone(),
            replica_sets: children.clone(),
            pods: children.clone(),
            experiments: children.clone(),
            analysis_runs: children.clone(),
            experiment_replica_sets: children.clone(),
            experiment_pods: children,
        };
        let v = view::build_rollout_view(&o);
        assert_terminal_safe(&render::render_rollout(&v, &Theme::plain(), now()))?;
        let _ = view::rollout_row(&rollout);
        let _ = view::experiment_row(&rollout);
        let _ = view::selector_to_query(&rollout);
        let _ = patch::set_weight(&rollout, 10, true);
        let _ = patch::promote(&rollout, false);
    }
}

// ----- tables stay aligned -----

/// A cell without whitespace (so columns can be found again in the output).
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9.:/-]{1,24}",
        Just("ロールアウト".to_string()),
        Just("ünïcødé".to_string()),
        Just("✔".to_string()),
    ]
}

/// Display columns (in chars) where each whitespace-separated word starts.
fn starts(line: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut prev_space = true;
    for (i, c) in line.chars().enumerate() {
        if !c.is_whitespace() && prev_space {
            out.push(i);
        }
        prev_space = c.is_whitespace();
    }
    out
}

fn row_strategy() -> impl Strategy<Value = RolloutRow> {
    (
        word(),
        word(),
        prop_oneof![Just(StrategyKind::Canary), Just(StrategyKind::BlueGreen)],
        word(),
        word(),
        word(),
        (0i64..1000, 0i64..1000, 0i64..1000, 0i64..1000, 0i64..1000),
    )
        .prop_map(
            |(namespace, name, strategy, status, step, set_weight, n)| RolloutRow {
                namespace,
                name,
                strategy,
                status: Phase::parse(&status),
                message: String::new(),
                step,
                set_weight,
                ready: n.0,
                current: n.1,
                desired: n.2,
                up_to_date: n.3,
                available: n.4,
            },
        )
}

proptest! {
    #![proptest_config(cases(128))]

    #[test]
    fn rollout_list_columns_line_up(rows in prop::collection::vec(row_strategy(), 1..12), all in any::<bool>()) {
        let text = render::render_rollout_list(&rows, all, None, &Theme::plain());
        let lines: Vec<&str> = text.lines().collect();
        prop_assert_eq!(lines.len(), rows.len() + 1);
        let header = starts(lines[0]);
        prop_assert_eq!(header.len(), if all { 10 } else { 9 });
        for l in &lines[1..] {
            prop_assert_eq!(&starts(l), &header, "misaligned:\n{}", text);
        }
    }

    #[test]
    fn tabwriter_aligns_every_column(
        (cols, cells) in (1usize..6).prop_flat_map(|c| (Just(c), prop::collection::vec(prop::collection::vec(word(), c), 1..10)))
    ) {
        let text = render::tabwrite(&cells);
        let lines: Vec<&str> = text.lines().collect();
        prop_assert_eq!(lines.len(), cells.len());
        let first = starts(lines[0]);
        prop_assert_eq!(first.len(), cols);
        for (l, row) in lines.iter().zip(&cells) {
            prop_assert_eq!(&starts(l), &first);
            // Cells come out in order and unchanged.
            let words: Vec<&str> = l.split_whitespace().collect();
            let expected: Vec<&str> = row.iter().map(String::as_str).collect();
            prop_assert_eq!(words, expected);
            prop_assert!(!l.ends_with(' '), "trailing padding: {:?}", l);
        }
        // Adjacent columns are at least two apart from the widest cell before them.
        for w in first.windows(2) {
            let col = first.iter().position(|s| *s == w[0]).unwrap();
            let widest = cells.iter().map(|r| render::display_width(&r[col])).max().unwrap();
            prop_assert_eq!(w[1] - w[0], widest + 2);
        }
    }
}

// ----- ages and durations -----

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn ages_are_short_and_well_formed(secs in -1_000_000_000_000i64..1_000_000_000_000i64) {
        let age = render::human_age(SignedDuration::from_secs(secs));
        if secs < -1 {
            prop_assert_eq!(age, "<invalid>");
        } else {
            prop_assert!(!age.is_empty() && age.len() <= 8, "{}", age);
            // One or two number+unit pairs, the unit ordering largest first.
            let units: String = age.chars().filter(|c| !c.is_ascii_digit()).collect();
            prop_assert!(
                ["s", "m", "h", "d", "y", "ms", "hm", "dh", "yd"].contains(&units.as_str()),
                "{} for {}s", age, secs
            );
            prop_assert!(age.chars().next().is_some_and(|c| c.is_ascii_digit()));
        }
    }

    #[test]
    fn ages_never_decrease(a in 0i64..100_000_000_000, b in 0i64..100_000_000_000) {
        // Larger durations never print a smaller leading number of the same or a smaller unit.
        let (lo, hi) = (a.min(b), a.max(b));
        let rank = |age: &str| -> (u8, u64) {
            let n: String = age.chars().take_while(char::is_ascii_digit).collect();
            let unit = age.chars().find(|c| !c.is_ascii_digit()).unwrap_or('s');
            let r = match unit { 's' => 0, 'm' => 1, 'h' => 2, 'd' => 3, _ => 4 };
            (r, n.parse().unwrap_or(0))
        };
        let (l, h) = (render::human_age(SignedDuration::from_secs(lo)), render::human_age(SignedDuration::from_secs(hi)));
        prop_assert!(rank(&l) <= rank(&h), "{} ({}s) > {} ({}s)", l, lo, h, hi);
    }

    #[test]
    fn go_durations_round_trip(secs in -9_223_372_036i64..=9_223_372_036i64) {
        let d = SignedDuration::from_secs(secs);
        let text = render::go_duration(d);
        prop_assert_eq!(model::duration::parse_go(&text), Some(d), "{}", text);
    }

    #[test]
    fn duration_parsing_takes_anything(s in any::<String>(), t in "[-+]?[0-9.]{0,12}(ns|us|µs|ms|s|m|h|x)?([0-9.]{0,4}(s|m|h))?") {
        let _ = model::duration::parse_go(&s);
        if let Some(d) = model::duration::parse_go(&t) {
            // Anything Go accepts fits Go's 64-bit nanoseconds.
            prop_assert!(d.as_nanos().unsigned_abs() <= i64::MAX as u128 + 1);
        }
        let _ = model::duration::parse_argo(&s);
    }
}

// ----- label selectors -----

fn label_name() -> impl Strategy<Value = String> {
    prop_oneof!["[a-z]", "[a-z][a-z0-9.-]{0,6}[a-z0-9]"]
}

fn label_key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => label_name(),
        1 => ("[a-z]{1,5}\\.io", label_name()).prop_map(|(p, n)| format!("{p}/{n}")),
    ]
}

fn label_value() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), label_name()]
}

#[derive(Debug, Clone)]
enum Expr {
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
    Exists(String),
    DoesNotExist(String),
}

fn expr() -> impl Strategy<Value = Expr> {
    let values = || prop::collection::vec(label_value(), 1..4);
    prop_oneof![
        (label_key(), values()).prop_map(|(k, v)| Expr::In(k, v)),
        (label_key(), values()).prop_map(|(k, v)| Expr::NotIn(k, v)),
        label_key().prop_map(Expr::Exists),
        label_key().prop_map(Expr::DoesNotExist),
    ]
}

/// What Kubernetes' LabelSelector means, evaluated directly.
fn selects(match_labels: &[(String, String)], exprs: &[Expr], labels: &Map<String, Value>) -> bool {
    let get = |k: &str| labels.get(k).and_then(Value::as_str);
    match_labels.iter().all(|(k, v)| get(k) == Some(v.as_str()))
        && exprs.iter().all(|e| match e {
            Expr::In(k, vs) => get(k).is_some_and(|l| vs.iter().any(|v| v == l)),
            Expr::NotIn(k, vs) => get(k).is_none_or(|l| vs.iter().all(|v| v != l)),
            Expr::Exists(k) => get(k).is_some(),
            Expr::DoesNotExist(k) => get(k).is_none(),
        })
}

proptest! {
    #![proptest_config(cases(256))]

    /// The `labelSelector` we send selects exactly the objects the selector means (checked by
    /// the test server's parser, which follows kube-apiserver's grammar).
    #[test]
    fn selector_queries_mean_what_the_selector_means(
        match_labels in prop::collection::btree_map(label_key(), label_value(), 0..4),
        exprs in prop::collection::vec(expr(), 0..4),
        pool in prop::collection::vec((label_key(), label_value()), 0..6),
        picks in prop::collection::vec(any::<bool>(), 12),
    ) {
        let ml: Vec<(String, String)> = match_labels.into_iter().collect();
        let mut sel = json!({});
        if !ml.is_empty() {
            sel["matchLabels"] = Value::Object(ml.iter().map(|(k, v)| (k.clone(), json!(v))).collect());
        }
        if !exprs.is_empty() {
            sel["matchExpressions"] = Value::Array(exprs.iter().map(|e| match e {
                Expr::In(k, v) => json!({"key": k, "operator": "In", "values": v}),
                Expr::NotIn(k, v) => json!({"key": k, "operator": "NotIn", "values": v}),
                Expr::Exists(k) => json!({"key": k, "operator": "Exists"}),
                Expr::DoesNotExist(k) => json!({"key": k, "operator": "DoesNotExist"}),
            }).collect());
        }
        let query = view::selector_to_query(&sel);
        if ml.is_empty() && exprs.is_empty() {
            prop_assert_eq!(query, None);
            return Ok(());
        }
        let query = query.expect("a valid selector has a query");
        let parsed = LabelSelector::parse(&query).map_err(|e| TestCaseError::fail(format!("{query}: {e}")))?;
        // Label sets built from the selector's own keys and values, so matches are common.
        let mut candidates: Vec<(String, String)> = ml.clone();
        for e in &exprs {
            match e {
                Expr::In(k, vs) | Expr::NotIn(k, vs) => candidates.extend(vs.iter().map(|v| (k.clone(), v.clone()))),
                Expr::Exists(k) | Expr::DoesNotExist(k) => candidates.push((k.clone(), "x".into())),
            }
        }
        candidates.extend(pool);
        let mut labels = Map::new();
        for (i, (k, v)) in candidates.iter().enumerate() {
            if picks[i % picks.len()] {
                labels.insert(k.clone(), json!(v));
            }
        }
        let everything: Map<String, Value> = ml.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
        for set in [labels, everything] {
            prop_assert_eq!(
                parsed.matches(&set),
                selects(&ml, &exprs, &set),
                "query {} on {:?}", query, set
            );
        }
    }
}

// ----- patch planners -----

fn template(image: &str, extra: &Value) -> Value {
    json!({
        "metadata": {"labels": {"app": "web"}},
        "spec": {"containers": [{"name": "web", "image": image, "env": extra}]}
    })
}

fn revision_rs(rev: u64, image: &str, extra: &Value, owner: &str) -> Value {
    let mut t = template(image, extra);
    t["metadata"]["labels"]["rollouts-pod-template-hash"] = json!(format!("h{rev}"));
    json!({
        "apiVersion": "apps/v1",
        "kind": "ReplicaSet",
        "metadata": {
            "name": format!("web-h{rev}"),
            "namespace": "default",
            "uid": format!("rs-{rev}"),
            "annotations": {"rollout.argoproj.io/revision": rev.to_string()},
            "ownerReferences": [{"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout",
                "name": "web", "uid": owner, "controller": true}]
        },
        "spec": {"template": t}
    })
}

fn canary_rollout(steps: &Value, index: Option<u64>, current: &Value) -> Value {
    let mut ro = json!({
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Rollout",
        "metadata": {"name": "web", "namespace": "default", "uid": "ro-uid", "resourceVersion": "777"},
        "spec": {"template": current, "strategy": {"canary": {"steps": steps}}},
        "status": {"currentPodHash": "new", "stableRS": "old"}
    });
    if let Some(i) = index {
        ro["status"]["currentStepIndex"] = json!(i);
    }
    ro
}

proptest! {
    #![proptest_config(cases(128))]

    /// Undo writes exactly the chosen revision's template (hash label removed) and nothing
    /// else, or writes nothing because the rollout already runs it.
    #[test]
    fn undo_restores_exactly_the_target_template(
        images in prop::collection::vec("[a-z]{1,6}:[0-9]", 1..6),
        extras in prop::collection::vec(arb_json(), 6),
        current_image in "[a-z]{1,6}:[0-9]",
        to in prop::option::of(0u64..8),
    ) {
        let current = template(&current_image, &extras[0]);
        let ro = canary_rollout(&json!([]), None, &current);
        let rs: Vec<Value> = images
            .iter()
            .enumerate()
            .map(|(i, img)| revision_rs(i as u64 + 1, img, &extras[i % extras.len()], "ro-uid"))
            .collect();
        let top = images.len() as u64;
        let wanted = match to.filter(|n| *n > 0) {
            Some(n) => n,
            None => top.saturating_sub(1),
        };
        let plan = patch::undo(&ro, &rs, None, to);
        if wanted == 0 || wanted > top {
            prop_assert!(plan.is_err(), "{:?}", plan);
            return Ok(());
        }
        let plan = plan.expect("a plan");
        let target = patch::template_of_replica_set(&rs[wanted as usize - 1]).unwrap();
        if plan.writes.is_empty() {
            prop_assert!(patch::is_subset(&current, &target));
        } else {
            prop_assert_eq!(plan.writes.len(), 1);
            prop_assert_eq!(plan.writes[0].body.guard(), Some("777"));
            let after = patch::preview_plan(&ro, &plan);
            prop_assert_eq!(&after["spec"]["template"], &target);
            // Nothing but the template changed.
            let mut rest = after.clone();
            rest["spec"]["template"] = ro["spec"]["template"].clone();
            prop_assert_eq!(rest, ro);
        }
    }

    /// set-weight: `setWeight W`, then `pause {}` unless told not to, then the steps after
    /// the current one exactly as they were.
    #[test]
    fn set_weight_keeps_the_remaining_steps(
        steps in prop::collection::vec(arb_json(), 0..8),
        index in prop::option::of(0u64..10),
        weight in 0i64..=100,
        no_pause in any::<bool>(),
    ) {
        let ro = canary_rollout(&Value::Array(steps.clone()), index, &template("a:1", &Value::Null));
        let plan = patch::set_weight(&ro, weight, no_pause).expect("in-flight canary");
        prop_assert_eq!(plan.writes.len(), 1);
        prop_assert_eq!(plan.writes[0].body.guard(), Some("777"));
        let after = patch::preview_plan(&ro, &plan);
        let mut expected = vec![json!({"setWeight": weight})];
        if !no_pause {
            expected.push(json!({"pause": {}}));
        }
        let from = index.unwrap_or(0) as usize + 1;
        expected.extend(steps.iter().skip(from).cloned());
        prop_assert_eq!(&after["spec"]["strategy"]["canary"]["steps"], &Value::Array(expected));
        let remain = steps.len().saturating_sub(from);
        let expected_remain = if remain == 1 { "1 step remains".to_string() } else { format!("{remain} steps remain") };
        prop_assert!(plan.message.contains(&expected_remain), "{}", plan.message);
        // Only the steps changed, and set-weight's record of them was added.
        let mut rest = after.clone();
        rest["spec"]["strategy"]["canary"]["steps"] = ro["spec"]["strategy"]["canary"]["steps"].clone();
        let record = rest["metadata"].as_object_mut().unwrap().remove("annotations");
        prop_assert_eq!(rest, ro.clone());
        prop_assert_eq!(
            record.unwrap()["kubectl-rollouts/original-steps"].as_str().map(|s| serde_json::from_str::<Value>(s).unwrap()),
            Some(Value::Array(steps.clone()))
        );
        // --restore brings back exactly the steps there were, and nothing of ours stays.
        let restore = patch::restore_steps(&after).expect("a record");
        let restored = patch::preview_plan(&after, &restore);
        prop_assert_eq!(&restored["spec"]["strategy"]["canary"]["steps"], &Value::Array(steps));
        prop_assert_eq!(&restored["metadata"]["annotations"], &json!({}));
    }

    #[test]
    fn weights_out_of_range_are_refused(weight in prop_oneof![i64::MIN..0, 101i64..i64::MAX]) {
        let ro = canary_rollout(&json!([{"setWeight": 10}]), Some(0), &template("a:1", &Value::Null));
        prop_assert!(patch::set_weight(&ro, weight, false).is_err());
    }
}
