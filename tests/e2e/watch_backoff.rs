//! Watches that keep failing: a server that answers every watch with an ERROR event must not
//! turn `get -w` into a tight list/watch loop (requests are counted on the server), and a
//! server that goes away is reported in one line with exit 4, promptly.

use std::time::{Duration, Instant};

use super::get_rollout::{NOW, env_with};
use crate::support::{Background, Fault, OutputExt, TestEnv};

const SHOWS_UP: Duration = Duration::from_secs(10);

fn spawn(env: &TestEnv, args: &[&str]) -> Background {
    let mut cmd = env.cmd(args);
    cmd.env("KUBECTL_ROLLOUTS_NOW", NOW);
    Background::spawn(cmd)
}

/// How many requests `get rollout web -w` sends in `window` while every watch is answered
/// with an ERROR event.
fn requests_under_failing_watches(window: Duration) -> usize {
    let env = env_with("canary-mid-update");
    env.inject_times("GET", "/", Fault::WatchError, usize::MAX);
    let bg = spawn(&env, &["get", "rollout", "web", "-w", "--no-color"]);
    assert!(
        bg.wait_for_stdout(SHOWS_UP, |s| s.contains("Name:")),
        "{}",
        bg.stderr_so_far()
    );
    env.clear_requests();
    std::thread::sleep(window);
    let count = env.requests().len();
    let out = bg.kill();
    assert!(
        !out.stderr_str().contains("panicked"),
        "{}",
        out.stderr_str()
    );
    count
}

#[test]
fn a_server_that_fails_every_watch_gets_a_bounded_number_of_requests() {
    let window = Duration::from_secs(6);
    let count = requests_under_failing_watches(window);
    let per_second = count as f64 / window.as_secs_f64();
    eprintln!("requests under always-failing watches: {count} in {window:?} ({per_second:.1}/s)");
    // Five watches (rollout, ReplicaSets, pods, experiments, analysis runs), each relisting
    // and watching again after a growing delay from 0.8 s: a few dozen requests, where a
    // loop without backoff sends thousands.
    assert!(count <= 60, "{count} requests in {window:?}");
}

/// Time from the server going away to the command's exit, and what it printed.
fn after_the_server_goes_away(
    args: &[&str],
    ready: impl Fn(&str) -> bool,
) -> (Duration, i32, String) {
    let env = env_with("canary-mid-update");
    let bg = spawn(&env, args);
    assert!(
        bg.wait_for_stdout(SHOWS_UP, ready),
        "{}",
        bg.stderr_so_far()
    );
    // The watches are open: a change now would be seen.
    assert!(env.wait_for_request(SHOWS_UP, |r| r.is_watch() && r.status == 200));
    let gone = Instant::now();
    env.go_away();
    let (out, killed) = bg.finish(Duration::from_secs(40));
    let took = gone.elapsed();
    assert!(!killed, "still running {took:?} after the server went away");
    (took, out.exit(), out.stderr_str())
}

#[test]
fn get_watch_reports_a_server_that_went_away_in_one_line_with_exit_4() {
    let (took, code, stderr) =
        after_the_server_goes_away(&["get", "rollout", "web", "-w", "--no-color"], |s| {
            s.contains("Name:")
        });
    eprintln!("get -w noticed the dead server after {took:?}");
    assert_eq!(code, 4, "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("error: "), "{stderr}");
}

#[test]
fn status_reports_a_server_that_went_away_in_one_line_with_exit_4() {
    let (took, code, stderr) =
        after_the_server_goes_away(&["status", "web"], |s| s.contains("Paused"));
    eprintln!("status noticed the dead server after {took:?}: {stderr}");
    assert_eq!(code, 4, "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}
