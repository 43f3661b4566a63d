//! kubectl-rollouts against kubectl, on the same test API server, in the same run:
//! start-up, `get rollout` in a crowded namespace, `list rollouts -A` over 2,000 rollouts, and
//! how quickly `get -w` redraws after a change; the dashboard's info, event latency and list
//! page. Medians of several runs; requests, bytes and
//! peak memory from single runs.
//!
//! ```text
//! cargo bench --bench compare                      # builds the release binary and runs it
//! BENCH_ONLY=startup,get cargo bench --bench compare
//! KUBECTL_ROLLOUTS_BIN=/path/to/other/build cargo bench --bench compare   # another build
//! KUBECTL_ROLLOUTS_BASELINE=/path/to/old/build BENCH_ONLY=ab cargo bench --bench compare
//! ```
//!
//! `ab` runs `get rollout web` in a small namespace with our binary and the baseline in
//! turns under `perf stat`, and reports wall and CPU time of each (before/after one change).
//!
//! Without `--bench` (as `cargo test --benches` runs it) it only says how to run it.

#[path = "../support/mod.rs"]
mod support;
// The browser tests' WebDriver client, for the list page's time in Chromium.
#[allow(dead_code)]
#[path = "../browser/webdriver.rs"]
mod webdriver;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use support::env::{SCRUBBED_VARS, kubectl_path};
use support::{Background, OutputExt, TestEnv};

const NOW: &str = "2026-11-22T12:00:00Z";

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        println!("compare: run with `cargo bench --bench compare` (release build)");
        return;
    }
    let only = std::env::var("BENCH_ONLY").unwrap_or_default();
    let wanted = |name: &str| only.is_empty() || only.split(',').any(|s| s.trim() == name);
    let bin = ours();
    println!("# kubectl-rollouts vs kubectl\n");
    println!("binary:  {}", bin.display());
    println!("kubectl: {}", kubectl_path().display());
    println!("machine: {}\n", machine());
    let mut report = Report::default();
    if wanted("startup") {
        startup(&bin, &mut report);
    }
    if wanted("get") {
        get(&bin, &mut report);
    }
    if wanted("list") {
        list(&bin, &mut report);
    }
    if wanted("watch") {
        watch(&bin, &mut report);
    }
    if wanted("dashboard") {
        dashboard(&mut report);
    }
    if let Some(baseline) = std::env::var_os("KUBECTL_ROLLOUTS_BASELINE")
        && wanted("ab")
    {
        ab(&bin, Path::new(&baseline));
    }
    println!("\n## Targets\n");
    for line in &report.targets {
        println!("{line}");
    }
}

#[derive(Default)]
struct Report {
    targets: Vec<String>,
}

impl Report {
    fn target(&mut self, what: &str, ok: bool, detail: String) {
        let mark = if ok { "met" } else { "MISSED" };
        self.targets.push(format!("- {what}: {detail} — {mark}"));
    }
}

/// `KUBECTL_ROLLOUTS_BIN`, else the binary cargo built for this bench (release under
/// `cargo bench`).
fn ours() -> PathBuf {
    match std::env::var_os("KUBECTL_ROLLOUTS_BIN") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_BIN_EXE_kubectl-rollouts")),
    }
}

fn machine() -> String {
    let cpus = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    format!(
        "{cpus} cores, {model}; load average at start {}",
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    )
}

/// A hermetic command for `program` against `env`'s server (what the tests use).
fn command<S: AsRef<OsStr>>(env: &TestEnv, program: &Path, args: &[S]) -> Command {
    let mut cmd = Command::new(program);
    for var in SCRUBBED_VARS {
        cmd.env_remove(var);
    }
    cmd.env("HOME", env.dir())
        .env("KUBECONFIG", env.kubeconfig())
        .env("KUBECTL_ROLLOUTS_NOW", NOW)
        .current_dir(env.dir())
        .stdin(Stdio::null())
        .args(args);
    cmd
}

/// Runs to completion, checks success, returns the wall time.
fn timed(mut cmd: Command) -> Duration {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let started = Instant::now();
    let out = cmd.output().expect("run command");
    let took = started.elapsed();
    assert!(out.status.success(), "{cmd:?} failed: {}", out.stderr_str());
    took
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// Median wall time of `runs` runs, after one warm-up run (kubectl fills its discovery cache).
fn median_of<S: AsRef<OsStr>>(env: &TestEnv, program: &Path, args: &[S], runs: usize) -> Duration {
    timed(command(env, program, args));
    median(
        (0..runs)
            .map(|_| timed(command(env, program, args)))
            .collect(),
    )
}

/// Peak resident memory (KiB) of one run, from `/usr/bin/time` (getrusage of the child).
fn peak_kib<S: AsRef<OsStr>>(env: &TestEnv, program: &Path, args: &[S]) -> Option<u64> {
    let time = Path::new("/usr/bin/time");
    if !time.is_file() {
        return None;
    }
    let out_file = env.dir().join("maxrss");
    let mut cmd = command(env, time, &["-f", "%M", "-o"]);
    cmd.arg(&out_file).arg(program).args(args);
    timed(cmd);
    std::fs::read_to_string(&out_file).ok()?.trim().parse().ok()
}

/// Requests and response bytes of one run (warm: after the median runs).
fn traffic<S: AsRef<OsStr>>(env: &TestEnv, program: &Path, args: &[S]) -> (usize, usize) {
    env.clear_requests();
    timed(command(env, program, args));
    (env.requests().len(), env.bytes_served())
}

fn mib(kib: Option<u64>) -> String {
    kib.map(|k| format!("{:.1} MiB", k as f64 / 1024.0))
        .unwrap_or_else(|| "n/a".into())
}

fn runs(default: usize) -> usize {
    std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

// ----- scenarios -----

fn startup(bin: &Path, report: &mut Report) {
    let env = TestEnv::new();
    let n = runs(21);
    let ours = median_of(&env, bin, &["version"], n);
    let theirs = median_of(&env, &kubectl_path(), &["version", "--client"], n);
    let ratio = ours.as_secs_f64() / theirs.as_secs_f64();
    println!("## Start-up (median of {n})\n");
    println!("| command | wall |");
    println!("|---|---|");
    println!("| `kubectl-rollouts version` | {} |", ms(ours));
    println!("| `kubectl version --client` | {} |", ms(theirs));
    println!("| ratio | {ratio:.3}× |\n");
    report.target(
        "start-up ≤ 0.25× kubectl",
        ratio <= 0.25,
        format!("{ratio:.3}×"),
    );
}

fn by_kind<'a>(objs: &'a [Value], kind: &str) -> &'a Value {
    objs.iter()
        .find(|o| o["kind"] == kind)
        .unwrap_or_else(|| panic!("fixture has no {kind}"))
}

/// A copy of `template` under a new name, namespace and uid, labelled `app: <app>` (and a
/// pod-template hash of its own), owned by `owner_uid` (or by nothing).
fn variant(template: &Value, ns: &str, name: &str, app: &str, owner_uid: Option<&str>) -> Value {
    let mut o = template.clone();
    let meta = &mut o["metadata"];
    meta["name"] = json!(name);
    meta["namespace"] = json!(ns);
    meta["uid"] = json!(format!("bench-{ns}-{name}"));
    if let Some(m) = meta.as_object_mut() {
        m.remove("resourceVersion");
    }
    if let Some(labels) = meta["labels"].as_object_mut() {
        // Another workload's labels: its own app and its own pod-template hash.
        if labels.contains_key("app") {
            labels.insert("app".into(), json!(app));
        }
        if labels.contains_key("rollouts-pod-template-hash") {
            labels.insert(
                "rollouts-pod-template-hash".into(),
                json!(format!("{app}-h")),
            );
        }
    }
    match owner_uid {
        Some(uid) => {
            if let Some(refs) = meta["ownerReferences"].as_array_mut() {
                for r in refs {
                    r["uid"] = json!(uid);
                    r["name"] = json!(format!("{app}-owner"));
                }
            }
        }
        None => {
            if let Some(m) = meta.as_object_mut() {
                m.remove("ownerReferences");
            }
        }
    }
    o
}

/// The `web` rollout of `canary-mid-update` with its own children, plus 5,000 unrelated pods,
/// 500 unrelated ReplicaSets and 300 analysis runs of other rollouts in the same namespace.
fn crowded_namespace() -> TestEnv {
    let env = TestEnv::new();
    let fixture = env.load_fixture("canary-mid-update");
    let pod = by_kind(&fixture, "Pod").clone();
    let rs = by_kind(&fixture, "ReplicaSet").clone();
    let run = by_kind(&fixture, "AnalysisRun").clone();
    env.with_store(|s| {
        s.set_history_limit(100);
        // (template, how many, name prefix after the app, digits) — each spread over 50 apps.
        for (template, count, prefix, width) in [
            (&pod, 5000, "7d9f-", 5),
            (&rs, 500, "5c", 4),
            (&run, 300, "run-", 4),
        ] {
            for i in 0..count {
                let app = format!("svc-{}", i % 50);
                let name = format!("{app}-{prefix}{i:0width$}");
                s.put(variant(template, "default", &name, &app, Some("x")));
            }
        }
    });
    env
}

fn get(bin: &Path, report: &mut Report) {
    let env = crowded_namespace();
    let n = runs(11);
    println!(
        "## `get rollout web` among 5,000 pods, 500 ReplicaSets, 300 analysis runs (median of {n})\n"
    );
    let (ratio, our_mem) = head_to_head(
        &env,
        bin,
        &["get", "rollout", "web"],
        &["get", "rollout", "web", "-o", "json"],
        n,
    );
    report.target(
        "get no slower than kubectl's single GET",
        ratio <= 1.0,
        format!("{ratio:.2}×"),
    );
    report.target(
        "peak memory of get ≤ 20 MiB",
        our_mem.is_some_and(|k| k <= 20 * 1024),
        mib(our_mem),
    );
}

/// Runs our command and kubectl's on the same server, prints a table of wall time (median of
/// `n`), requests, bytes read and peak memory for each, and returns our time as a ratio of
/// kubectl's and our peak memory.
fn head_to_head(
    env: &TestEnv,
    bin: &Path,
    ours_args: &[&str],
    kubectl_args: &[&str],
    n: usize,
) -> (f64, Option<u64>) {
    let kubectl = kubectl_path();
    let ours = median_of(env, bin, ours_args, n);
    let theirs = median_of(env, &kubectl, kubectl_args, n);
    let (our_reqs, our_bytes) = traffic(env, bin, ours_args);
    let (their_reqs, their_bytes) = traffic(env, &kubectl, kubectl_args);
    let our_mem = peak_kib(env, bin, ours_args);
    let their_mem = peak_kib(env, &kubectl, kubectl_args);
    let ratio = ours.as_secs_f64() / theirs.as_secs_f64();
    println!("| command | wall | requests | bytes read | peak memory |");
    println!("|---|---|---|---|---|");
    println!(
        "| `kubectl-rollouts {}` | {} | {our_reqs} | {our_bytes} | {} |",
        ours_args.join(" "),
        ms(ours),
        mib(our_mem)
    );
    println!(
        "| `kubectl {}` | {} | {their_reqs} | {their_bytes} | {} |",
        kubectl_args.join(" "),
        ms(theirs),
        mib(their_mem)
    );
    println!("| ratio | {ratio:.2}× | | | |\n");
    (ratio, our_mem)
}

/// 2,000 rollouts in 40 namespaces (the tests' crowd), with a short watch history: the
/// server need not keep 2,000 creations for watchers that never come.
fn many_rollouts() -> TestEnv {
    let env = support::dashboard::many_rollouts(2000);
    env.with_store(|s| s.set_history_limit(100));
    env
}

fn list(bin: &Path, report: &mut Report) {
    let env = many_rollouts();
    let n = runs(7);
    println!("## `list rollouts -A` over 2,000 rollouts in 40 namespaces (median of {n})\n");
    let (ratio, _) = head_to_head(
        &env,
        bin,
        &["list", "rollouts", "-A"],
        &["get", "rollouts", "-A", "-o", "json"],
        n,
    );
    report.target(
        "list -A no slower than kubectl",
        ratio <= 1.0,
        format!("{ratio:.2}×"),
    );
}

fn watch(bin: &Path, report: &mut Report) {
    let env = crowded_namespace();
    let changes = runs(9);
    let bg = Background::spawn(command(&env, bin, &["get", "rollout", "web", "-w"]));
    assert!(
        bg.wait_for_stdout(Duration::from_secs(20), |s| s.contains("Name:")),
        "no first view: {}",
        bg.stderr_so_far()
    );
    // All five watches (rollout, ReplicaSets, pods, experiments, analysis runs) are up.
    assert!(support::wait_until(Duration::from_secs(20), || {
        env.requests()
            .iter()
            .filter(|r| r.is_watch() && r.status == 200)
            .count()
            >= 5
    }));
    let mut latencies = Vec::new();
    for k in 0..changes {
        // Past the redraw throttle, so each change is drawn on its own.
        std::thread::sleep(Duration::from_millis(400));
        let marker = format!("bench-change-{k}");
        let started = Instant::now();
        env.mutate("argoproj.io/v1alpha1", "rollouts", "default", "web", |r| {
            r["status"]["message"] = json!(marker);
        });
        let deadline = started + Duration::from_secs(10);
        loop {
            if bg.stdout_so_far().contains(&marker) {
                latencies.push(started.elapsed());
                break;
            }
            assert!(Instant::now() < deadline, "change {k} was never drawn");
            std::thread::sleep(Duration::from_millis(1));
        }
    }
    drop(bg);
    let worst = latencies.iter().max().copied().unwrap_or_default();
    let med = median(latencies);
    println!("## `get rollout web -w`: change on the server → redrawn view ({changes} changes)\n");
    println!("| median | worst |");
    println!("|---|---|");
    println!("| {} | {} |\n", ms(med), ms(worst));
    report.target(
        "redraw ≤ 300 ms",
        med <= Duration::from_millis(300),
        format!("median {}", ms(med)),
    );
}

/// Wall time and CPU time (`perf stat` task-clock, all threads) of one run.
fn wall_and_cpu<S: AsRef<OsStr>>(env: &TestEnv, program: &Path, args: &[S]) -> (f64, f64) {
    let out_file = env.dir().join("perf-stat");
    let mut cmd = command(
        env,
        Path::new("perf"),
        &["stat", "-x,", "-e", "task-clock", "-o"],
    );
    cmd.arg(&out_file).arg(program).args(args);
    let wall = timed(cmd).as_secs_f64() * 1000.0;
    let text = std::fs::read_to_string(&out_file).expect("perf stat output");
    let cpu = text
        .lines()
        .find(|l| l.contains("task-clock"))
        .and_then(|l| l.split(',').next())
        .and_then(|v| v.parse().ok())
        .expect("task-clock");
    (wall, cpu)
}

fn ab(bin: &Path, baseline: &Path) {
    let env = TestEnv::new();
    env.load_fixture("canary-mid-update");
    let n = runs(41);
    let args = ["get", "rollout", "web"];
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for _ in 0..n {
        ours.push(wall_and_cpu(&env, bin, &args));
        theirs.push(wall_and_cpu(&env, baseline, &args));
    }
    let med = |v: &[(f64, f64)], f: fn(&(f64, f64)) -> f64| {
        let mut x: Vec<f64> = v.iter().map(f).collect();
        x.sort_by(f64::total_cmp);
        x[x.len() / 2]
    };
    println!("## A/B: `get rollout web` (fixture only), {n} runs each, in turns\n");
    println!("| build | wall (under perf stat) | CPU (task-clock) |");
    println!("|---|---|---|");
    for (name, v) in [(bin, &ours), (baseline, &theirs)] {
        println!(
            "| {} | {:.1} ms | {:.1} ms |",
            name.display(),
            med(v, |t| t.0),
            med(v, |t| t.1),
        );
    }
    println!();
}

// ----- the dashboard -----

/// One API request to the dashboard: wall time and answer size.
fn dashboard_get(d: &support::dashboard::Dashboard, path: &str) -> (Duration, usize) {
    let started = Instant::now();
    let res = d.get(path);
    let took = started.elapsed();
    assert_eq!(res.status, 200, "{path}: {}", res.text());
    (took, res.body.len())
}

/// Resident memory now and at its peak (KiB), from /proc.
fn rss_kib(pid: u32) -> (Option<u64>, Option<u64>) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// The dashboard of the binary cargo built for this bench (the test support starts it; it does
/// not follow `KUBECTL_ROLLOUTS_BIN`).
fn dashboard(report: &mut Report) {
    let kubectl = kubectl_path();
    let n = runs(11);

    // One rollout's info among 5,000 pods, against what kubectl reads for the same picture.
    let env = crowded_namespace();
    let d = support::dashboard::Dashboard::start(&env, &[]);
    dashboard_get(&d, "rollouts/default/web/info");
    let info_wall = median(
        (0..n)
            .map(|_| dashboard_get(&d, "rollouts/default/web/info").0)
            .collect(),
    );
    env.clear_requests();
    let (_, answer) = dashboard_get(&d, "rollouts/default/web/info");
    let (info_reqs, info_bytes) = (env.requests().len(), env.bytes_served());
    let one = ["get", "rollout", "web", "-o", "json"];
    let anchor = [
        "get",
        "pods,replicasets,analysisruns,experiments",
        "-o",
        "json",
    ];
    let one_wall = median_of(&env, &kubectl, &one, n);
    let (one_reqs, one_bytes) = traffic(&env, &kubectl, &one);
    let anchor_wall = median_of(&env, &kubectl, &anchor, n);
    let (anchor_reqs, anchor_bytes) = traffic(&env, &kubectl, &anchor);
    println!("## Dashboard: one rollout's info among 5,000 pods (median of {n})\n");
    println!("| request | wall | requests to the API server | bytes read |");
    println!("|---|---|---|---|");
    println!(
        "| `GET /rollouts/api/v1/rollouts/default/web/info` ({answer} bytes answered) | {} | {info_reqs} | {info_bytes} |",
        ms(info_wall)
    );
    println!(
        "| `kubectl {}` | {} | {one_reqs} | {one_bytes} |",
        one.join(" "),
        ms(one_wall)
    );
    println!(
        "| `kubectl {}` (the anchor's reads) | {} | {anchor_reqs} | {anchor_bytes} |",
        anchor.join(" "),
        ms(anchor_wall)
    );
    let vs_one = info_wall.as_secs_f64() / one_wall.as_secs_f64();
    let vs_anchor = info_wall.as_secs_f64() / anchor_wall.as_secs_f64();
    println!(
        "| ratios | {vs_one:.2}× / {vs_anchor:.4}× | | {:.4}× of the anchor's bytes |\n",
        info_bytes as f64 / anchor_bytes as f64
    );
    report.target(
        "dashboard info no slower than kubectl's single GET",
        vs_one <= 1.0,
        format!("{vs_one:.2}×"),
    );

    // A change on the server → the event on the rollout's stream.
    let latencies = sse_latencies(&env, &d, runs(9));
    let worst = latencies.iter().max().copied().unwrap_or_default();
    let med = median(latencies);
    println!("## Dashboard: change on the server → event on the stream\n");
    println!("| median | worst |");
    println!("|---|---|");
    println!("| {} | {} |\n", ms(med), ms(worst));
    report.target(
        "SSE event ≤ 50 ms after the change",
        med <= Duration::from_millis(50),
        format!("median {}", ms(med)),
    );
    drop(d);

    // The list of 2,000 rollouts: the API, the page in Chromium, the process's memory.
    let env = many_rollouts();
    let d = support::dashboard::Dashboard::start(&env, &["-A"]);
    dashboard_get(&d, "rollouts/_all/info");
    let samples: Vec<(Duration, usize)> = (0..runs(7))
        .map(|_| dashboard_get(&d, "rollouts/_all/info"))
        .collect();
    let size = samples[0].1;
    let list_wall = median(samples.into_iter().map(|s| s.0).collect());
    let all = ["get", "rollouts", "-A", "-o", "json"];
    let kubectl_list = median_of(&env, &kubectl, &all, runs(7));
    let page = page_load(&d);
    let show = |p: Option<Duration>| p.map(ms).unwrap_or_else(|| "n/a (no Chromium here)".into());
    let (rss, hwm) = rss_kib(d.pid());
    println!("## Dashboard: the list of 2,000 rollouts in 40 namespaces\n");
    println!("| what | figure |");
    println!("|---|---|");
    println!(
        "| `GET rollouts/_all/info` (median) | {} , {size} bytes |",
        ms(list_wall)
    );
    println!(
        "| `kubectl {}` (median) | {} |",
        all.join(" "),
        ms(kubectl_list)
    );
    println!(
        "| page shows all 2,000 in Chromium (entry URL → rows drawn), cold / warm (median of 3) | {} / {} |",
        show(page.map(|p| p.0)),
        show(page.map(|p| p.1))
    );
    println!(
        "| dashboard memory after the page | {} now, {} peak |\n",
        mib(rss),
        mib(hwm)
    );
    report.target(
        "list page shows 2,000 rollouts within 1 s (cold)",
        page.is_some_and(|p| p.0 <= Duration::from_secs(1)),
        show(page.map(|p| p.0)),
    );
    report.target(
        "dashboard memory ≤ 50 MiB",
        hwm.is_some_and(|k| k <= 50 * 1024),
        mib(hwm),
    );
}

/// Opens the rollout's event stream and times `changes` changes from the write on the server
/// to the event's arrival.
fn sse_latencies(
    env: &TestEnv,
    d: &support::dashboard::Dashboard,
    changes: usize,
) -> Vec<Duration> {
    use std::io::{BufRead, BufReader, Write};
    let addr = d.base.trim_start_matches("http://").to_string();
    let mut s = std::net::TcpStream::connect(&addr).expect("connect to the dashboard");
    write!(
        s,
        "GET {}api/v1/rollouts/default/web/info/watch HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {}\r\n\r\n",
        d.root, d.token
    )
    .expect("send");
    let (tx, rx) = std::sync::mpsc::channel::<(Instant, String)>();
    let reader = s.try_clone().expect("clone stream");
    std::thread::spawn(move || {
        for line in BufReader::new(reader).lines().map_while(Result::ok) {
            if tx.send((Instant::now(), line)).is_err() {
                break;
            }
        }
    });
    let first = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("the stream answers");
    assert!(first.1.contains("200"), "{}", first.1);
    let mut out = Vec::new();
    for k in 0..changes {
        // Past the redraw throttle, so each change is sent on its own.
        std::thread::sleep(Duration::from_millis(400));
        while rx.try_recv().is_ok() {}
        let marker = format!("bench-sse-{k}");
        let started = Instant::now();
        env.mutate("argoproj.io/v1alpha1", "rollouts", "default", "web", |r| {
            r["status"]["message"] = json!(marker);
        });
        let deadline = started + Duration::from_secs(10);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let (at, line) = rx.recv_timeout(left).expect("the change arrives");
            if line.contains(&marker) {
                out.push(at - started);
                break;
            }
        }
    }
    let _ = s.shutdown(std::net::Shutdown::Both);
    out
}

/// One load of the entry URL (all namespaces) until the list shows every rollout: the time,
/// and where it went by the page's own clock (ms since navigation start).
fn one_load(b: &webdriver::Browser, url: &str) -> (Duration, Value) {
    let started = Instant::now();
    b.goto(url);
    b.wait_for_text("#summary", Duration::from_secs(30), |t| {
        t.starts_with("2000 of 2000")
    });
    let took = started.elapsed();
    let marks = b.script(
        "const at = (n) => { const m = performance.getEntriesByName(n).pop(); return m ? Math.round(m.startTime) : null; };\
         const nav = performance.getEntriesByType('navigation')[0];\
         return {html: Math.round(nav.responseEnd), scripts: Math.round(nav.domContentLoadedEventEnd),\
                 resync: at('resync'), synced: at('synced'), drawn: at('drawn')};",
    );
    (took, marks)
}

/// The list page's load with 2,000 rollouts in Chromium, median of three: cold (the
/// dashboard's stream for the list has stopped, so it lists every rollout afresh) and warm
/// (another tab's stream is still open, as when a second tab opens the list).
fn page_load(d: &support::dashboard::Dashboard) -> Option<(Duration, Duration)> {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    if !Path::new(&chromium).is_file() {
        return None;
    }
    let b = webdriver::Browser::start();
    let url = format!("{}&namespace=_all", d.entry);
    // A warm-up load (the browser's own start-up is not the page's time).
    one_load(&b, &url);
    let mut cold = Vec::new();
    for _ in 0..3 {
        b.goto("about:blank");
        // A hub stops a second after its last listener has gone.
        std::thread::sleep(Duration::from_secs(2));
        let (took, marks) = one_load(&b, &url);
        println!(
            "cold load: {} — by the page's clock (ms): {marks}",
            ms(took)
        );
        cold.push(took);
    }
    // Warm: a second browser window keeps the list's stream open.
    let other = webdriver::Browser::start();
    one_load(&other, &url);
    let mut warm = Vec::new();
    for _ in 0..3 {
        b.goto("about:blank");
        let (took, marks) = one_load(&b, &url);
        println!(
            "warm load: {} — by the page's clock (ms): {marks}",
            ms(took)
        );
        warm.push(took);
    }
    println!();
    Some((median(cold), median(warm)))
}
