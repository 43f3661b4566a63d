//! Whole-output tests: views built by hand, expected text written by hand (column widths
//! counted from the spec: widest cell + 2; trailing spaces are not compared).

use jiff::{SignedDuration, Timestamp};

use super::*;
use crate::model::StrategyKind;
use crate::view::{
    AnalysisRunView, ExperimentRow, ExperimentView, ImageView, JobView, PodView, ReplicaCounts,
    ReplicaSetView, RevisionView, RolloutRow, RolloutView,
};

fn now() -> Timestamp {
    "2024-05-01T12:00:00Z".parse().unwrap()
}

fn ago(secs: i64) -> Option<Timestamp> {
    Some(now() - SignedDuration::from_secs(secs))
}

fn in_future(secs: i64) -> Option<Timestamp> {
    Some(now() + SignedDuration::from_secs(secs))
}

/// Compares line by line, ignoring trailing spaces (as the spec allows).
#[track_caller]
fn assert_text(got: &str, want: &str) {
    let trim = |s: &str| -> Vec<String> { s.lines().map(|l| l.trim_end().to_string()).collect() };
    let (g, w) = (trim(got), trim(want));
    assert!(
        g == w,
        "text differs\n--- got ---\n{got}\n--- want ---\n{want}\n--- first difference ---\n{:?}",
        g.iter()
            .zip(w.iter())
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .map(|(i, (a, b))| format!("line {i}: got {a:?}, want {b:?}"))
            .unwrap_or_else(|| format!("line count: got {}, want {}", g.len(), w.len()))
    );
    assert!(got.ends_with('\n'), "output must end with a newline");
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn pod(name: &str, status: &str, ready: i64, total: i64, restarts: i64, age: i64) -> PodView {
    PodView {
        name: name.into(),
        status: status.into(),
        ready,
        total,
        restarts,
        created: ago(age),
    }
}

fn rs(name: &str, status: &str, roles: &[&str], age: i64, pods: Vec<PodView>) -> ReplicaSetView {
    ReplicaSetView {
        name: name.into(),
        status: status.into(),
        roles: roles.iter().map(|r| r.to_string()).collect(),
        created: ago(age),
        pods,
        ..Default::default()
    }
}

fn image(image: &str, tags: &[&str]) -> ImageView {
    ImageView {
        image: image.into(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
    }
}

fn canary_rollout() -> RolloutView {
    RolloutView {
        name: "guestbook".into(),
        namespace: "default".into(),
        status: "Paused".into(),
        message: "CanaryPauseStep".into(),
        strategy: StrategyKind::Canary,
        step: Some("1/3".into()),
        set_weight: Some(20),
        actual_weight: Some(20),
        images: vec![
            image("argoproj/rollouts-demo:blue", &["stable"]),
            image("argoproj/rollouts-demo:yellow", &["canary"]),
        ],
        replicas: ReplicaCounts {
            desired: 5,
            current: 5,
            updated: 1,
            ready: 5,
            available: 5,
        },
        revisions: vec![
            RevisionView {
                revision: 2,
                replica_sets: vec![rs(
                    "guestbook-6c5f8b7d9",
                    "Healthy",
                    &["canary"],
                    600,
                    vec![pod("guestbook-6c5f8b7d9-abcde", "Running", 1, 1, 0, 600)],
                )],
                experiments: vec![],
                analysis_runs: vec![AnalysisRunView {
                    name: "guestbook-6c5f8b7d9-2-1".into(),
                    revision: 2,
                    status: "Successful".into(),
                    created: ago(300),
                    successful: 3,
                    jobs: vec![JobView {
                        name: "guestbook-6c5f8b7d9-2-1-job".into(),
                        namespace: "default".into(),
                        status: "Successful".into(),
                        started: ago(270),
                    }],
                    ..Default::default()
                }],
            },
            RevisionView {
                revision: 1,
                replica_sets: vec![rs(
                    "guestbook-5b9f8b4c7",
                    "Healthy",
                    &["stable"],
                    11100,
                    vec![
                        pod("guestbook-5b9f8b4c7-aaaaa", "Running", 1, 1, 0, 11100),
                        pod(
                            "guestbook-5b9f8b4c7-bbbbb",
                            "CrashLoopBackOff",
                            0,
                            1,
                            2,
                            3599,
                        ),
                    ],
                )],
                experiments: vec![ExperimentView {
                    name: "guestbook-5b9f8b4c7-1".into(),
                    namespace: "default".into(),
                    status: "Successful".into(),
                    created: ago(1800),
                    replica_sets: vec![rs(
                        "guestbook-5b9f8b4c7-1-baseline",
                        "ScaledDown",
                        &[],
                        1800,
                        vec![],
                    )],
                    ..Default::default()
                }],
                analysis_runs: vec![],
            },
        ],
        created: ago(3600),
        steps_override: None,
        warnings: vec![],
    }
}

const CANARY_TEXT: &str = "\
Name:            guestbook
Namespace:       default
Status:          ॥ Paused
Message:         CanaryPauseStep
Strategy:        Canary
  Step:          1/3
  SetWeight:     20
  ActualWeight:  20
Images:          argoproj/rollouts-demo:blue (stable)
                 argoproj/rollouts-demo:yellow (canary)
Replicas:
  Desired:       5
  Current:       5
  Updated:       1
  Ready:         5
  Available:     5

NAME                                       KIND         STATUS              AGE    INFO
⟳ guestbook                                Rollout      ॥ Paused            60m
├──# revision:2
│  ├──⧉ guestbook-6c5f8b7d9                ReplicaSet   ✔ Healthy           10m    canary
│  │  └──□ guestbook-6c5f8b7d9-abcde       Pod          ✔ Running           10m    ready:1/1
│  └──α guestbook-6c5f8b7d9-2-1            AnalysisRun  ✔ Successful        5m     ✔ 3
│     └──⊞ guestbook-6c5f8b7d9-2-1-job     Job          ✔ Successful        4m30s
└──# revision:1
   ├──⧉ guestbook-5b9f8b4c7                ReplicaSet   ✔ Healthy           3h5m   stable
   │  ├──□ guestbook-5b9f8b4c7-aaaaa       Pod          ✔ Running           3h5m   ready:1/1
   │  └──□ guestbook-5b9f8b4c7-bbbbb       Pod          ✖ CrashLoopBackOff  59m    ready:0/1,restarts:2
   └──Σ guestbook-5b9f8b4c7-1              Experiment   ✔ Successful        30m
      └──⧉ guestbook-5b9f8b4c7-1-baseline  ReplicaSet   • ScaledDown        30m
";

#[test]
fn full_canary_rollout_with_revisions_pods_analysis_job_and_experiment() {
    let got = render_rollout(&canary_rollout(), &Theme::plain(), now());
    assert_text(&got, CANARY_TEXT);
}

#[test]
fn tree_rows_carry_the_go_plugin_cell_layout_and_padding() {
    // Exact bytes (not trimmed) for the first rows: the revision row's STATUS cell is a space
    // and every column but the last is padded.
    let got = rollout_tree(&canary_rollout(), &Theme::plain(), now());
    let mut lines = got.lines();
    assert_eq!(
        lines.next(),
        Some(
            "NAME                                       KIND         STATUS              AGE    INFO"
        )
    );
    assert_eq!(
        lines.next(),
        Some("⟳ guestbook                                Rollout      ॥ Paused            60m    ")
    );
    assert_eq!(
        lines.next(),
        Some(format!("├──# revision:2{}", " ".repeat(28 + 13 + 20 + 7)).as_str())
    );
}

#[test]
fn blue_green_header_has_no_step_or_weight_lines() {
    let view = RolloutView {
        name: "bg".into(),
        namespace: "prod".into(),
        status: "Progressing".into(),
        message: "active service cutover pending".into(),
        strategy: StrategyKind::BlueGreen,
        step: None,
        set_weight: None,
        actual_weight: None,
        images: vec![
            image("nginx:1.25", &["stable", "active"]),
            image("nginx:1.26", &["preview"]),
        ],
        replicas: ReplicaCounts {
            desired: 2,
            current: 4,
            updated: 2,
            ready: 4,
            available: 2,
        },
        revisions: vec![
            RevisionView {
                revision: 3,
                replica_sets: vec![rs(
                    "bg-7d4b9c",
                    "Progressing",
                    &["preview"],
                    45,
                    vec![
                        pod("bg-7d4b9c-x1", "ContainerCreating", 0, 1, 0, 45),
                        pod("bg-7d4b9c-x2", "Pending", 0, 1, 0, 44),
                    ],
                )],
                ..Default::default()
            },
            RevisionView {
                revision: 2,
                replica_sets: vec![rs(
                    "bg-5f6a8e",
                    "Healthy",
                    &["stable", "active"],
                    3 * 86400 + 5 * 3600,
                    vec![pod("bg-5f6a8e-a", "Running", 1, 1, 1, 3 * 86400 + 5 * 3600)],
                )],
                ..Default::default()
            },
            RevisionView {
                revision: 1,
                replica_sets: vec![ReplicaSetView {
                    scale_down_deadline: in_future(29),
                    ..rs("bg-4c3b2a", "Healthy", &[], 8 * 86400, vec![])
                }],
                ..Default::default()
            },
        ],
        created: ago(8 * 86400),
        steps_override: None,
        warnings: vec![],
    };
    let want = "\
Name:            bg
Namespace:       prod
Status:          ◌ Progressing
Message:         active service cutover pending
Strategy:        BlueGreen
Images:          nginx:1.25 (stable, active)
                 nginx:1.26 (preview)
Replicas:
  Desired:       2
  Current:       4
  Updated:       2
  Ready:         4
  Available:     2

NAME                     KIND        STATUS               AGE   INFO
⟳ bg                     Rollout     ◌ Progressing        8d
├──# revision:3
│  └──⧉ bg-7d4b9c        ReplicaSet  ◌ Progressing        45s   preview
│     ├──□ bg-7d4b9c-x1  Pod         ◌ ContainerCreating  45s   ready:0/1
│     └──□ bg-7d4b9c-x2  Pod         ◌ Pending            44s   ready:0/1
├──# revision:2
│  └──⧉ bg-5f6a8e        ReplicaSet  ✔ Healthy            3d5h  stable,active
│     └──□ bg-5f6a8e-a   Pod         ✔ Running            3d5h  ready:1/1,restarts:1
└──# revision:1
   └──⧉ bg-4c3b2a        ReplicaSet  ✔ Healthy            8d    delay:29s
";
    assert_text(&render_rollout(&view, &Theme::plain(), now()), want);
}

#[test]
fn header_without_message_or_images_and_canary_without_step() {
    let view = RolloutView {
        name: "plain".into(),
        namespace: "ns".into(),
        status: "Healthy".into(),
        strategy: StrategyKind::Canary,
        step: None,
        set_weight: Some(100),
        actual_weight: Some(100),
        replicas: ReplicaCounts {
            desired: 1,
            ..Default::default()
        },
        created: ago(5),
        ..Default::default()
    };
    let want = "\
Name:            plain
Namespace:       ns
Status:          ✔ Healthy
Strategy:        Canary
  Step:
  SetWeight:     100
  ActualWeight:  100
Replicas:
  Desired:       1
  Current:       0
  Updated:       0
  Ready:         0
  Available:     0

NAME     KIND     STATUS     AGE  INFO
⟳ plain  Rollout  ✔ Healthy  5s
";
    assert_text(&render_rollout(&view, &Theme::plain(), now()), want);
}

#[test]
fn unknown_statuses_get_a_blank_icon_and_missing_times_unknown_age() {
    let view = RolloutView {
        name: "odd".into(),
        namespace: "ns".into(),
        status: "".into(),
        strategy: StrategyKind::None,
        created: None,
        ..Default::default()
    };
    let want = "\
Name:            odd
Namespace:       ns
Status:
Strategy:
Replicas:
  Desired:       0
  Current:       0
  Updated:       0
  Ready:         0
  Available:     0

NAME   KIND     STATUS  AGE        INFO
⟳ odd  Rollout          <unknown>
";
    let got = render_rollout(&view, &Theme::plain(), now());
    assert_text(&got, want);
    // The status cell is icon (a space) + space + empty status.
    assert!(got.contains("\nStatus:            \n"));
}

fn single_rs_tree(replica_set: ReplicaSetView) -> String {
    let view = RolloutView {
        name: "r".into(),
        status: "Healthy".into(),
        revisions: vec![RevisionView {
            revision: 1,
            replica_sets: vec![replica_set],
            ..Default::default()
        }],
        created: ago(10),
        ..Default::default()
    };
    rollout_tree(&view, &Theme::plain(), now())
}

fn info_of_line(text: &str, needle: &str) -> String {
    text.lines()
        .find(|l| l.contains(needle))
        .map(|l| l.trim_end().to_string())
        .unwrap_or_default()
}

#[test]
fn replica_set_info_lists_roles_then_delay() {
    let passed = single_rs_tree(ReplicaSetView {
        scale_down_deadline: ago(1),
        ..rs("r-1", "Healthy", &["stable", "ping"], 10, vec![])
    });
    assert!(info_of_line(&passed, "r-1").ends_with("  stable,ping,delay:passed"));

    let at_now = single_rs_tree(ReplicaSetView {
        scale_down_deadline: Some(now()),
        ..rs("r-1", "Healthy", &["canary", "pong"], 10, vec![])
    });
    assert!(info_of_line(&at_now, "r-1").ends_with("  canary,pong,delay:0s"));

    let later = single_rs_tree(ReplicaSetView {
        scale_down_deadline: in_future(7200),
        ..rs("r-1", "ScaledDown", &[], 10, vec![])
    });
    assert!(info_of_line(&later, "r-1").ends_with("• ScaledDown  10s  delay:120m"));

    let none = single_rs_tree(rs("r-1", "Healthy", &[], 10, vec![]));
    assert!(info_of_line(&none, "r-1").ends_with("✔ Healthy  10s"));
}

#[test]
fn pod_info_shows_restarts_only_when_positive() {
    let text = single_rs_tree(rs(
        "r-1",
        "Progressing",
        &["canary"],
        10,
        vec![
            pod("p-a", "Running", 2, 2, 0, 10),
            pod("p-b", "Init:0/1", 0, 2, 3, 10),
            pod("p-c", "PodInitializing", 0, 1, 0, 10),
        ],
    ));
    // NAME is as wide as "└──# revision:1" (15) + 2; PodInitializing has no icon (a space).
    let want = "\
NAME             KIND        STATUS             AGE  INFO
⟳ r              Rollout     ✔ Healthy          10s
└──# revision:1
   └──⧉ r-1      ReplicaSet  ◌ Progressing      10s  canary
      ├──□ p-a   Pod         ✔ Running          10s  ready:2/2
      ├──□ p-b   Pod         ◌ Init:0/1         10s  ready:0/2,restarts:3
      └──□ p-c   Pod           PodInitializing  10s  ready:0/1
";
    assert_text(&text, want);
}

fn run(name: &str, status: &str, counts: [i64; 4]) -> AnalysisRunView {
    AnalysisRunView {
        name: name.into(),
        status: status.into(),
        created: ago(10),
        successful: counts[0],
        failed: counts[1],
        inconclusive: counts[2],
        error: counts[3],
        ..Default::default()
    }
}

#[test]
fn analysis_run_counts_in_fixed_order_and_only_when_positive() {
    let view = RolloutView {
        name: "r".into(),
        status: "Degraded".into(),
        revisions: vec![RevisionView {
            revision: 4,
            analysis_runs: vec![
                run("a-all", "Failed", [3, 1, 2, 1]),
                run("a-none", "Pending", [0, 0, 0, 0]),
                run("a-some", "Inconclusive", [0, 0, 5, 0]),
                run("a-err", "Error", [1, 0, 0, 4]),
            ],
            ..Default::default()
        }],
        created: ago(10),
        ..Default::default()
    };
    // NAME is as wide as "└──# revision:4" (15) + 2.
    let want = "\
NAME             KIND         STATUS          AGE  INFO
⟳ r              Rollout      ✖ Degraded      10s
└──# revision:4
   ├──α a-all    AnalysisRun  ✖ Failed        10s  ✔ 3,✖ 1,? 2,⚠ 1
   ├──α a-none   AnalysisRun  ◷ Pending       10s
   ├──α a-some   AnalysisRun  ? Inconclusive  10s  ? 5
   └──α a-err    AnalysisRun  ⚠ Error         10s  ✔ 1,⚠ 4
";
    assert_text(&rollout_tree(&view, &Theme::plain(), now()), want);
}

fn experiment_view() -> ExperimentView {
    ExperimentView {
        name: "exp-1".into(),
        namespace: "default".into(),
        status: "Running".into(),
        message: "".into(),
        created: ago(125),
        duration: "5m".into(),
        available_at: ago(100),
        images: vec![
            image("app:v1", &["Σ:baseline"]),
            image("app:v2", &["Σ:canary"]),
        ],
        replica_sets: vec![
            rs(
                "exp-1-baseline",
                "Healthy",
                &[],
                125,
                vec![pod("exp-1-baseline-p1", "Running", 1, 1, 0, 120)],
            ),
            rs(
                "exp-1-canary",
                "Progressing",
                &[],
                125,
                vec![pod("exp-1-canary-p1", "ErrImagePull", 0, 1, 0, 120)],
            ),
        ],
        analysis_runs: vec![AnalysisRunView {
            jobs: vec![
                JobView {
                    name: "exp-1-analysis-job-1".into(),
                    namespace: "default".into(),
                    status: "Successful".into(),
                    started: ago(59),
                },
                JobView {
                    name: "exp-1-analysis-job-2".into(),
                    namespace: "default".into(),
                    status: "Running".into(),
                    started: None,
                },
            ],
            created: ago(60),
            ..run("exp-1-analysis", "Running", [1, 1, 0, 2])
        }],
    }
}

#[test]
fn experiment_header_and_tree() {
    let want = "\
Name:            exp-1
Namespace:       default
Status:          ◌ Running
Images:          app:v1 (Σ:baseline)
                 app:v2 (Σ:canary)

NAME                          KIND         STATUS          AGE        INFO
Σ exp-1                       Experiment   ◌ Running       2m5s
├──⧉ exp-1-baseline           ReplicaSet   ✔ Healthy       2m5s
│  └──□ exp-1-baseline-p1     Pod          ✔ Running       2m         ready:1/1
├──⧉ exp-1-canary             ReplicaSet   ◌ Progressing   2m5s
│  └──□ exp-1-canary-p1       Pod          ⚠ ErrImagePull  2m         ready:0/1
└──α exp-1-analysis           AnalysisRun  ◌ Running       60s        ✔ 1,✖ 1,⚠ 2
   ├──⊞ exp-1-analysis-job-1  Job          ✔ Successful    59s
   └──⊞ exp-1-analysis-job-2  Job          ◌ Running       <unknown>
";
    assert_text(
        &render_experiment(&experiment_view(), &Theme::plain(), now()),
        want,
    );
}

#[test]
fn experiment_header_shows_message_when_set() {
    let view = ExperimentView {
        name: "e".into(),
        namespace: "n".into(),
        status: "Failed".into(),
        message: "Metric \"m\" assessed Failed".into(),
        created: ago(3),
        ..Default::default()
    };
    let want = "\
Name:            e
Namespace:       n
Status:          ✖ Failed
Message:         Metric \"m\" assessed Failed

NAME  KIND        STATUS    AGE  INFO
Σ e   Experiment  ✖ Failed  3s
";
    assert_text(&render_experiment(&view, &Theme::plain(), now()), want);
}

#[test]
fn plain_theme_has_no_escape_codes() {
    let text = render_rollout(&canary_rollout(), &Theme::plain(), now());
    assert!(!text.contains('\x1b'));
    let text = render_experiment(&experiment_view(), &Theme::plain(), now());
    assert!(!text.contains('\x1b'));
}

#[test]
fn coloured_theme_adds_codes_and_keeps_alignment() {
    let text = render_rollout(&canary_rollout(), &Theme::colored(), now());
    // Icons by meaning, role tags, and the ReplicaSet name with its role.
    assert!(text.contains("\x1b[32m✔\x1b[39m Healthy"));
    assert!(text.contains("\x1b[31m✖\x1b[39m CrashLoopBackOff"));
    assert!(text.contains("\x1b[33mcanary\x1b[39m"));
    assert!(text.contains("\x1b[32mstable\x1b[39m"));
    assert!(text.contains("⧉ \x1b[33mguestbook-6c5f8b7d9\x1b[39m"));
    assert!(text.contains("⧉ \x1b[32mguestbook-5b9f8b4c7\x1b[39m"));
    assert!(text.contains("argoproj/rollouts-demo:yellow (\x1b[33mcanary\x1b[39m)"));
    assert!(text.contains("\x1b[32m✔\x1b[39m 3"));
    // Paused and ScaledDown have no colour.
    assert!(text.contains("Status:          ॥ Paused\n"));
    assert!(text.contains("  • ScaledDown"));
    // Without the codes, the text is exactly the plain text: widths ignore colour codes.
    assert_eq!(
        strip_ansi(&text),
        render_rollout(&canary_rollout(), &Theme::plain(), now())
    );

    let text = render_experiment(&experiment_view(), &Theme::colored(), now());
    assert!(text.contains("Σ \x1b[94mexp-1\x1b[39m"));
    assert!(text.contains("\x1b[94m◌\x1b[39m Running"));
    assert!(text.contains("\x1b[31m⚠\x1b[39m ErrImagePull"));
    assert_eq!(
        strip_ansi(&text),
        render_experiment(&experiment_view(), &Theme::plain(), now())
    );
}

fn rollout_rows() -> Vec<RolloutRow> {
    vec![
        RolloutRow {
            namespace: "default".into(),
            name: "guestbook".into(),
            strategy: StrategyKind::Canary,
            status: "Paused".into(),
            message: "CanaryPauseStep".into(),
            step: "1/3".into(),
            set_weight: "20".into(),
            ready: 5,
            current: 5,
            desired: 5,
            up_to_date: 1,
            available: 5,
        },
        RolloutRow {
            namespace: "team-a".into(),
            name: "bg-service-long".into(),
            strategy: StrategyKind::BlueGreen,
            status: "Healthy".into(),
            message: "".into(),
            step: "-".into(),
            set_weight: "-".into(),
            ready: 2,
            current: 2,
            desired: 2,
            up_to_date: 2,
            available: 2,
        },
    ]
}

#[test]
fn rollout_list_pads_cells_then_aligns() {
    let want = "\
NAME             STRATEGY   STATUS        STEP  SET-WEIGHT  READY  DESIRED  UP-TO-DATE  AVAILABLE
guestbook        Canary     Paused        1/3   20          5/5    5        1           5
bg-service-long  BlueGreen  Healthy       -     -           2/2    2        2           2
";
    assert_text(
        &render_rollout_list(&rollout_rows(), false, None, &Theme::plain()),
        want,
    );
    // Colour never applies to the list.
    assert!(!render_rollout_list(&rollout_rows(), false, None, &Theme::colored()).contains('\x1b'));
}

#[test]
fn rollout_list_with_timestamps_and_all_namespaces() {
    let stamp: Timestamp = "2024-05-01T12:00:00.750Z".parse().unwrap();
    let want = "\
TIMESTAMP             NAMESPACE  NAME        STRATEGY   STATUS        STEP  SET-WEIGHT  READY  DESIRED  UP-TO-DATE  AVAILABLE
2024-05-01T12:00:00Z  default    guestbook   Canary     Paused        1/3   20          5/5    5        1           5
";
    assert_text(
        &render_rollout_list(&rollout_rows()[..1], true, Some(stamp), &Theme::plain()),
        want,
    );
}

#[test]
fn rollout_list_with_all_namespaces_only() {
    let got = render_rollout_list(&rollout_rows()[1..], true, None, &Theme::plain());
    let want = "\
NAMESPACE  NAME             STRATEGY   STATUS        STEP  SET-WEIGHT  READY  DESIRED  UP-TO-DATE  AVAILABLE
team-a     bg-service-long  BlueGreen  Healthy       -     -           2/2    2        2           2
";
    assert_text(&got, want);
}

#[test]
fn rollout_list_without_rows_is_the_header_and_unknown_strategy_shows() {
    assert_text(
        &render_rollout_list(&[], false, None, &Theme::plain()),
        "NAME  STRATEGY  STATUS  STEP  SET-WEIGHT  READY  DESIRED  UP-TO-DATE  AVAILABLE\n",
    );
    let row = RolloutRow {
        name: "x".into(),
        strategy: StrategyKind::None,
        status: "Healthy".into(),
        step: "-".into(),
        set_weight: "-".into(),
        ..Default::default()
    };
    assert!(
        render_rollout_list_row(&row, false, None).starts_with("x           unknown    Healthy")
    );
}

#[test]
fn watch_row_is_aligned_on_its_own_without_header() {
    assert_text(
        &render_rollout_list_row(&rollout_rows()[0], false, None),
        "guestbook   Canary     Paused        1/3   20          5/5    5        1           5\n",
    );
}

fn experiment_rows() -> Vec<ExperimentRow> {
    vec![
        ExperimentRow {
            namespace: "default".into(),
            name: "exp-running".into(),
            status: "Running".into(),
            duration: "1h".into(),
            available_at: ago(1200),
            created: ago(1500),
        },
        ExperimentRow {
            namespace: "default".into(),
            name: "exp-done".into(),
            status: "Successful".into(),
            duration: "5m".into(),
            available_at: ago(600),
            created: ago(10800),
        },
        ExperimentRow {
            namespace: "default".into(),
            name: "e3".into(),
            status: "Pending".into(),
            duration: "-".into(),
            available_at: None,
            created: ago(30),
        },
        ExperimentRow {
            namespace: "default".into(),
            name: "exp-overdue".into(),
            status: "Running".into(),
            duration: "30s".into(),
            available_at: ago(60),
            created: ago(90),
        },
    ]
}

#[test]
fn experiment_list_durations_and_remaining() {
    let want = "\
NAME         STATUS      DURATION  REMAINING  AGE
exp-running  Running     60m       40m        25m
exp-done     Successful  5m        -          3h
e3           Pending     -         -          30s
exp-overdue  Running     30s       -          90s
";
    assert_text(
        &render_experiment_list(&experiment_rows(), false, now()),
        want,
    );
}

#[test]
fn experiment_list_reads_a_bare_integer_duration_as_seconds() {
    let rows = [ExperimentRow {
        namespace: "default".into(),
        name: "exp-secs".into(),
        status: "Running".into(),
        duration: "600".into(),
        available_at: ago(120),
        created: ago(180),
    }];
    let want = "\
NAME        STATUS   DURATION  REMAINING  AGE
exp-secs    Running  10m       8m         3m 
";
    assert_text(&render_experiment_list(&rows, false, now()), want);
}

#[test]
fn experiment_list_with_all_namespaces() {
    let want = "\
NAMESPACE  NAME        STATUS   DURATION  REMAINING  AGE
default    e3          Pending  -         -          30s
";
    assert_text(
        &render_experiment_list(&experiment_rows()[2..3], true, now()),
        want,
    );
}

#[test]
fn status_line_with_and_without_message() {
    assert_eq!(status_line("Healthy", ""), "Healthy");
    assert_eq!(
        status_line("Progressing", "more replicas need to be updated"),
        "Progressing - more replicas need to be updated"
    );
}

#[test]
fn json_and_yaml_use_camel_case_fields() {
    let view = canary_rollout();
    let json = to_json(&view).unwrap();
    assert!(json.starts_with("{\n  \"name\": \"guestbook\","));
    assert!(json.contains("\"setWeight\": 20"));
    assert!(json.contains("\"replicaSets\": ["));
    assert!(!json.contains("warnings"));
    assert!(json.ends_with("}\n"));
    let yaml = to_yaml(&view).unwrap();
    assert!(yaml.starts_with("name: guestbook\nnamespace: default\n"));
    assert!(yaml.contains("actualWeight: 20\n"));
    assert!(yaml.ends_with('\n'));
}
