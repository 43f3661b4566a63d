//! The dashboard in a real browser: Debian's headless Chromium, driven over WebDriver, against
//! the binary and the test API server. Open the entry URL, see the rollouts, filter and search,
//! open one, promote it behind the confirmation and see the tree change live; read-only and a
//! Kubernetes 403 as the user sees them. Screenshots of every page land in
//! `target/browser-artifacts/`. Without Chromium these tests fail, saying how to install it.

#[path = "../support/mod.rs"]
mod support;
mod webdriver;

use std::path::PathBuf;
use std::time::Duration;

use serde_json::{Value, json};

use support::TestEnv;
use support::dashboard::Dashboard;
use webdriver::Browser;

const ARGO: &str = "argoproj.io/v1alpha1";
const WAIT: Duration = Duration::from_secs(15);

/// `target/browser-artifacts/`, next to cargo's own test scratch directory.
fn artifact(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("target dir")
        .join("browser-artifacts");
    std::fs::create_dir_all(&dir).expect("artifacts dir");
    dir.join(name)
}

fn now_minus(seconds: i64) -> String {
    let t = jiff::Timestamp::now() - jiff::SignedDuration::from_secs(seconds);
    format!("{t:.0}")
}

/// The rollout page of `default/web`, entered with the token.
fn open_web(d: &Dashboard, b: &Browser) {
    b.goto(&format!(
        "{}rollout/default/web?token={}",
        d.root_url(),
        d.token
    ));
}

fn world() -> TestEnv {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    env.load_fixture("bluegreen-paused");
    env.load_fixture("canary-aborted");
    env
}

#[test]
fn the_list_shows_the_rollouts_with_filters_and_search_and_the_token_leaves_the_address_bar() {
    let env = world();
    let d = Dashboard::start(&env, &[]);
    let b = Browser::start();
    b.goto(&d.entry);
    let rows = b.wait_for_text("#rows", WAIT, |t| {
        t.contains("web") && t.contains("checkout") && t.contains("payments")
    });
    assert!(
        rows.contains("Paused") && rows.contains("Degraded"),
        "{rows}"
    );
    assert!(rows.contains("argoproj/rollouts-demo:yellow"), "{rows}");
    assert!(!b.url().contains("token="), "{}", b.url());
    let chips = b.text_of("#chips");
    for expected in [
        "All 3",
        "Needs attention 3",
        "Degraded 1",
        "Paused 2",
        "Healthy 0",
    ] {
        assert!(chips.contains(expected), "{expected} in {chips}");
    }
    b.screenshot(&artifact("list.png"));

    // `/` focuses the search; a label or an image matches as well as a name.
    let focused = b.script(
        "document.body.dispatchEvent(new KeyboardEvent('keydown', {key: '/', bubbles: true}));\
         return document.activeElement.id;",
    );
    assert_eq!(focused, json!("search"));
    let search = b.wait_for("#search", WAIT);
    b.send_keys(&search, "checkout");
    b.wait_for_text("#summary", WAIT, |t| t.starts_with("1 of 3"));
    assert!(!b.text_of("#rows").contains("payments"));
    b.script("const s = document.getElementById('search'); s.value = 'yellow'; s.dispatchEvent(new Event('input'));");
    let rows = b.wait_for_text("#summary", WAIT, |t| t.starts_with("1 of 3"));
    assert!(b.text_of("#rows").contains("web"), "{rows}");
    b.script("const s = document.getElementById('search'); s.value = ''; s.dispatchEvent(new Event('input'));");

    // A chip filters; its count stays.
    b.click_css("button.chip[data-filter=Degraded]", WAIT);
    b.wait_for_text("#summary", WAIT, |t| t.starts_with("1 of 3"));
    assert!(b.text_of("#rows").contains("payments"));

    // Live: a rollout that turns healthy moves between the counts.
    env.mutate(ARGO, "Rollout", "default", "checkout", |ro| {
        ro["status"]["pauseConditions"] = Value::Null;
        ro["status"]["phase"] = "Healthy".into();
    });
    b.click_css("button.chip[data-filter=all]", WAIT);
    b.wait_for_text("#chips", WAIT, |t| t.contains("Paused 1"));
}

#[test]
fn the_list_of_two_thousand_rollouts_in_all_namespaces_shows_every_one_and_stays_live() {
    let env = support::dashboard::many_rollouts(2000);
    let d = Dashboard::start(&env, &["-A"]);
    let b = Browser::start();
    b.goto(&format!("{}&namespace=_all", d.entry));
    b.wait_for_text("#summary", WAIT, |t| {
        t == "2000 of 2000 rollouts in all namespaces"
    });
    let rows = b.script("return document.querySelectorAll('#rows tr').length;");
    assert_eq!(rows, json!(2000));
    // The picker knows the 40 namespaces from the stream itself (no list of its own).
    let picker =
        b.script("return [...document.querySelectorAll('#namespace option')].map((o) => o.value);");
    let picker: Vec<String> = serde_json::from_value(picker).expect("option values");
    assert_eq!(picker.len(), 41, "{picker:?}");
    assert_eq!(picker[0], "_all");
    assert_eq!(picker[1], "team-00");
    assert_eq!(picker[40], "team-39");
    let lists_of_all = env
        .requests()
        .iter()
        .filter(|r| {
            r.path == "/apis/argoproj.io/v1alpha1/rollouts"
                && !r.is_watch()
                && !r.query.contains("continue=")
        })
        .count();
    assert_eq!(lists_of_all, 1, "one list of every rollout: the stream's");
    b.screenshot(&artifact("list-2000.png"));
    // Still live after the whole picture: a deletion and a search reach the rows.
    env.delete(ARGO, "Rollout", "team-17", "app-1817");
    b.wait_for_text("#summary", WAIT, |t| t.starts_with("1999 of 1999"));
    let search = b.wait_for("#search", WAIT);
    b.send_keys(&search, "app-181");
    let summary = b.wait_for_text("#summary", WAIT, |t| t.starts_with("9 of 1999"));
    assert!(!b.text_of("#rows").contains("app-1817"), "{summary}");
}

#[test]
fn a_mass_deletion_reaches_the_open_list_page_through_a_resync() {
    let env = support::dashboard::many_rollouts(300);
    let d = Dashboard::start(&env, &["-A"]);
    let b = Browser::start();
    b.goto(&format!("{}&namespace=_all", d.entry));
    b.wait_for_text("#summary", WAIT, |t| t.starts_with("300 of 300"));
    // More changes at once than the stream sends one by one: it sends a resync frame, and the
    // page drops what the frame no longer holds.
    for i in 0..200 {
        env.delete(
            ARGO,
            "Rollout",
            &format!("team-{:02}", i % 40),
            &format!("app-{i:04}"),
        );
    }
    b.wait_for_text("#summary", WAIT, |t| t.starts_with("100 of 100"));
    let rows = b.text_of("#rows");
    assert!(
        !rows.contains("app-0199") && rows.contains("app-0200"),
        "{rows}"
    );
}

#[test]
fn a_rollout_is_promoted_from_its_page_behind_a_confirmation_and_the_tree_changes_live() {
    let env = world();
    // A pod started a moment ago: its age ticks in seconds.
    let fresh = now_minus(3);
    env.mutate("v1", "Pod", "default", "web-5f8c7d9b64-rbqjr", |p| {
        p["metadata"]["creationTimestamp"] = fresh.clone().into();
    });
    let d = Dashboard::start(&env, &[]);
    let b = Browser::start();
    b.goto(&d.entry);
    b.click_css("#rows a[href$='/rollout/default/web']", WAIT);
    b.wait_for_text("#name", WAIT, |t| t == "web");
    let summary = b.wait_for_text("#summary", WAIT, |t| t.contains("1/5"));
    assert!(summary.contains("33%"), "{summary}");
    assert!(summary.contains("argoproj/rollouts-demo:blue"), "{summary}");
    let revisions = b.text_of("#revisions");
    for expected in [
        "Revision 3",
        "web-5f8c7d9b64",
        "web-7b9d4c6f58-s7psh",
        "CrashLoopBackOff",
        "web-5f8c7d9b64-3",
        "success when result[0] >= 0.95",
        "Revision 1",
    ] {
        assert!(revisions.contains(expected), "{expected} in {revisions}");
    }
    assert!(
        b.text_of("#steps li.current")
            .contains("Pause until promoted")
    );
    // Ages tick every second.
    let age_css = "[data-revision='3'] .pod time.age";
    let first = b.text_of(age_css);
    b.wait_for_text(age_css, Duration::from_secs(5), |t| {
        t != first && t.ends_with('s')
    });
    // The CLI's reasons, on the buttons it would not press.
    let actions = b.text_of("#actions");
    assert!(actions.contains("Promote full"), "{actions}");
    b.screenshot(&artifact("rollout.png"));

    env.clear_requests();
    b.click_css("#action-promote:not([disabled])", WAIT);
    b.wait_for("dialog#confirm[open]", WAIT);
    assert!(b.text_of("#confirm-title").contains("Promote web"));
    // Nothing is written before the confirmation.
    assert!(env.writes().is_empty());
    b.screenshot(&artifact("confirm.png"));
    b.click_css("#confirm-ok", WAIT);
    b.wait_for_text("#toast", WAIT, |t| t == "rollout 'web' promoted");
    let writes = env.writes();
    assert_eq!(writes.len(), 1, "{writes:#?}");
    assert_eq!(
        writes[0].path,
        "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts/web/status"
    );
    b.wait_for_text("#status-line", WAIT, |t| !t.contains("Paused"));

    // The controller's part: the next step, a second canary pod.
    env.mutate(ARGO, "Rollout", "default", "web", |ro| {
        ro["status"]["currentStepIndex"] = 2.into();
    });
    env.mutate("apps/v1", "ReplicaSet", "default", "web-5f8c7d9b64", |rs| {
        rs["spec"]["replicas"] = 2.into();
        rs["status"]["replicas"] = 2.into();
        rs["status"]["availableReplicas"] = 2.into();
    });
    let mut pod = env
        .get("v1", "Pod", "default", "web-5f8c7d9b64-rbqjr")
        .unwrap();
    pod["metadata"]["name"] = "web-5f8c7d9b64-x9k2m".into();
    pod["metadata"]["uid"] = "5c1d6a4e-33b0-4e37-9d59-2f3e0a7b9c11".into();
    pod["metadata"]["creationTimestamp"] = now_minus(1).into();
    if let Some(m) = pod["metadata"].as_object_mut() {
        m.remove("resourceVersion");
    }
    env.create(pod);
    b.wait_for_text("#revisions", WAIT, |t| t.contains("web-5f8c7d9b64-x9k2m"));
    b.wait_for_text("#steps li.current", WAIT, |t| t.contains("Set weight 40%"));
    b.screenshot(&artifact("rollout-after-promote.png"));
}

#[test]
fn undo_shows_the_history_diff_before_it_writes() {
    let env = world();
    let d = Dashboard::start(&env, &[]);
    let b = Browser::start();
    open_web(&d, &b);
    b.click_css("button.undo[data-revision='2']", WAIT);
    b.wait_for("dialog#confirm[open]", WAIT);
    let diff = b.text_of("#confirm-diff");
    assert!(
        diff.contains("-") && diff.contains("yellow") && diff.contains("blue"),
        "{diff}"
    );
    b.screenshot(&artifact("undo-confirm.png"));
    b.click_css("#confirm-cancel", WAIT);
    std::thread::sleep(Duration::from_millis(300));
    assert!(env.writes().is_empty(), "cancel writes nothing");
}

#[test]
fn read_only_pages_say_so_and_offer_no_actions() {
    let env = world();
    let d = Dashboard::start(&env, &["--read-only"]);
    let b = Browser::start();
    open_web(&d, &b);
    b.wait_for_text("#revisions", WAIT, |t| t.contains("Revision 3"));
    assert_eq!(b.text_of("#mode"), "read-only");
    let hidden = b.script(
        "return [document.getElementById('actions').hidden, document.querySelectorAll('button.undo, .set-image').length];",
    );
    assert_eq!(hidden, json!([true, 0]));
    b.screenshot(&artifact("rollout-read-only.png"));
}

#[test]
fn a_kubernetes_403_reads_permission_denied_for_the_user() {
    let env = TestEnv::builder()
        .server(support::TestServer::builder().user("alice"))
        .build();
    env.load_fixture("canary-mid-update");
    env.forbid(
        "PATCH",
        "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts/web",
    );
    let d = Dashboard::start(&env, &[]);
    let b = Browser::start();
    open_web(&d, &b);
    b.click_css("#action-abort:not([disabled])", WAIT);
    b.click_css("#confirm-ok", WAIT);
    let text = b.wait_for_text("#banner", WAIT, |t| !t.is_empty());
    assert!(text.starts_with("permission denied for alice"), "{text}");
    b.screenshot(&artifact("permission-denied.png"));
}
