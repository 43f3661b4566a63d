//! `dashboard` end to end: the binary serves the RolloutService API against the test API
//! server. Every route; the token, Host and Origin rules; every refusal writes nothing; writes
//! are byte for byte the CLI's; read-only; `-A`; a clean stop on SIGTERM.

use std::io::{Read, Write};
use std::time::Duration;

use serde_json::{Value, json};

use crate::support::dashboard::Dashboard;
use crate::support::writes::{NOW, run};
use crate::support::{OutputExt, TestEnv};

fn env_with(fixture: &str) -> TestEnv {
    let env = TestEnv::new();
    env.load_fixture(fixture);
    env
}

fn start(env: &TestEnv, extra: &[&str]) -> Dashboard {
    Dashboard::start_with(env, extra, &[("KUBECTL_ROLLOUTS_NOW", NOW)])
}

/// One write the server saw: method, path, content type, body.
type Seen = (String, String, Option<String>, Value);

/// One refused request: method, path, extra headers, body, status, start of the message.
type Refusal<'a> = (
    &'a str,
    &'a str,
    Vec<(&'a str, &'a str)>,
    Option<&'a str>,
    u16,
    &'a str,
);

/// The writes the server saw.
fn writes(env: &TestEnv) -> Vec<Seen> {
    env.writes()
        .into_iter()
        .map(|w| {
            let body = w.body_json();
            (w.method, w.path, w.content_type, body)
        })
        .collect()
}

#[test]
fn it_prints_one_entry_url_on_loopback_with_a_fresh_token_each_start() {
    let env = env_with("canary-mid-update");
    let a = start(&env, &[]);
    let b = start(&env, &[]);
    assert!(a.base.starts_with("http://127.0.0.1:"), "{}", a.entry);
    assert_eq!(a.root, "/rollouts/");
    assert_eq!(a.token.len(), 32);
    assert_ne!(a.token, b.token);
    assert!(
        a.stderr().is_empty(),
        "no warning on loopback: {}",
        a.stderr()
    );
}

#[test]
fn sigterm_stops_it_cleanly_with_exit_0() {
    let env = env_with("canary-mid-update");
    let d = start(&env, &[]);
    // With an event stream open: the stop must not wait for it.
    let base = d.base.clone();
    let auth = format!("Bearer {}", d.token);
    let stream = std::thread::spawn(move || {
        crate::support::client::request_within(
            &base,
            "GET",
            "/rollouts/api/v1/rollouts/default/web/info/watch",
            &[("Authorization", &auth)],
            None,
            Duration::from_secs(8),
        )
    });
    std::thread::sleep(Duration::from_millis(500));
    let status = d.terminate().expect("stopped within 10s");
    assert_eq!(status.code(), Some(0));
    let res = stream.join().unwrap();
    assert_eq!(res.status, 200);
}

#[test]
fn the_token_in_the_url_becomes_an_http_only_strict_cookie_and_leaves_the_address_bar() {
    let env = env_with("canary-mid-update");
    let d = start(&env, &[]);
    let res = d.raw(
        "GET",
        &format!("?token={}", d.token),
        &[],
        None,
        Duration::from_secs(5),
    );
    assert_eq!(res.status, 303);
    assert_eq!(res.header("location"), Some("/rollouts/"));
    let cookie = res.header("set-cookie").expect("a cookie").to_string();
    assert_eq!(
        cookie,
        format!(
            "kubectl_rollouts_{}={}; Path=/rollouts/; HttpOnly; SameSite=Strict",
            d.base.rsplit(':').next().unwrap(),
            d.token
        )
    );
    let pair = cookie.split(';').next().unwrap();
    let page = d.raw("GET", "", &[("Cookie", pair)], None, Duration::from_secs(5));
    assert_eq!(page.status, 200);
    assert!(
        page.header("content-type")
            .unwrap()
            .starts_with("text/html")
    );
    assert!(page.text().contains("/rollouts/assets/list.js"));
    // Other query parameters survive the exchange.
    let res = d.raw(
        "GET",
        &format!("rollout/default/web?token={}&x=1", d.token),
        &[],
        None,
        Duration::from_secs(5),
    );
    assert_eq!(
        res.header("location"),
        Some("/rollouts/rollout/default/web?x=1")
    );
    // A wrong token gets nothing.
    let res = d.raw("GET", "?token=0000", &[], None, Duration::from_secs(5));
    assert_eq!(res.status, 401);
    assert!(res.header("set-cookie").is_none());
}

#[test]
fn every_answer_forbids_caching_and_inline_or_remote_code() {
    let env = env_with("canary-mid-update");
    let d = start(&env, &[]);
    let auth = format!("Bearer {}", d.token);
    for path in [
        "",
        "rollout/default/web",
        "assets/app.css",
        "assets/list.js",
        "api/v1/rollouts/default/info",
        "api/v1/nope",
    ] {
        let res = d.raw(
            "GET",
            path,
            &[("Authorization", &auth)],
            None,
            Duration::from_secs(5),
        );
        assert_eq!(res.header("cache-control"), Some("no-store"), "{path}");
        let csp = res.header("content-security-policy").unwrap_or_default();
        assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
        assert!(csp.contains("script-src 'self'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(res.header("x-frame-options"), Some("DENY"), "{path}");
    }
    // The pages have no inline script or style for the policy to forbid.
    for path in ["", "rollout/default/web"] {
        let html = d
            .raw(
                "GET",
                path,
                &[("Authorization", &auth)],
                None,
                Duration::from_secs(5),
            )
            .text();
        for tag in html.split("<script").skip(1) {
            assert!(
                tag.trim_start().starts_with("src="),
                "inline script in {path}: {tag}"
            );
            assert!(tag.contains("></script>"), "{path}: {tag}");
        }
        assert!(!html.contains("<style"), "{path}");
        assert!(!html.contains(" style="), "{path}");
        assert!(
            !html.contains("http://") && !html.contains("https://"),
            "{path}"
        );
    }
}

#[test]
fn the_api_answers_401_without_the_token_and_the_kubeconfig_never_reaches_it() {
    let env = TestEnv::builder().token("s3cr3t-kube-token").build();
    env.load_fixture("canary-mid-update");
    let d = start(&env, &[]);
    for (headers, why) in [
        (vec![], "no token"),
        (vec![("Authorization", "Bearer nope")], "wrong bearer"),
        (vec![("Cookie", "kubectl_rollouts_1=x")], "wrong cookie"),
    ] {
        let res = d.raw(
            "GET",
            "api/v1/rollouts/default/web/info",
            &headers,
            None,
            Duration::from_secs(5),
        );
        assert_eq!(res.status, 401, "{why}");
        assert_eq!(res.json()["code"], 401, "{why}");
    }
    // Nothing reached the cluster for those.
    assert!(
        env.requests()
            .iter()
            .all(|r| !r.path.contains("/rollouts/web")),
        "{:#?}",
        env.requests()
    );
    let ok = d.get("rollouts/default/web/info");
    assert_eq!(ok.status, 200);
    for path in [
        "rollouts/default/web/info",
        "dashboard",
        "namespace",
        "version",
    ] {
        assert!(!d.get(path).text().contains("s3cr3t"), "{path}");
    }
}

/// A request with a Host of our choosing (the client sets the real one).
fn with_host(d: &Dashboard, host: &str) -> String {
    let addr = d.base.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    write!(
        s,
        "GET /rollouts/api/v1/version HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {}\r\nConnection: close\r\n\r\n",
        d.token
    )
    .unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out.lines().next().unwrap_or_default().to_string()
}

#[test]
fn a_host_that_is_not_the_dashboards_own_is_refused_against_dns_rebinding() {
    let env = env_with("canary-mid-update");
    let d = start(&env, &[]);
    let port = d.base.rsplit(':').next().unwrap();
    assert!(with_host(&d, &format!("127.0.0.1:{port}")).contains(" 200 "));
    assert!(with_host(&d, &format!("localhost:{port}")).contains(" 200 "));
    assert!(with_host(&d, &format!("attacker.example:{port}")).contains(" 403 "));
    assert!(with_host(&d, "127.0.0.1:1").contains(" 403 "));
}

#[test]
fn list_info_namespace_version_and_history_answer_the_anchors_json() {
    let env = env_with("canary-mid-update");
    let d = start(&env, &[]);
    let list = d.get("rollouts/default/info");
    assert_eq!(list.status, 200);
    assert_eq!(list.header("content-type"), Some("application/json"));
    let list = list.json();
    let web = list["rollouts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["objectMeta"]["name"] == "web")
        .expect("web in the list");
    assert_eq!(web["status"], "Paused");
    assert_eq!(web["step"], "1/5");
    assert!(web.get("replicaSets").is_none());

    let info = d.get("rollouts/default/web/info").json();
    assert_eq!(info["objectMeta"]["name"], "web");
    assert_eq!(info["actualWeight"], "33");
    assert_eq!(info["replicaSets"].as_array().unwrap().len(), 3);
    assert_eq!(info["analysisRuns"].as_array().unwrap().len(), 2);
    assert_eq!(info["actions"]["promote"], Value::Null);
    assert_eq!(
        info["actions"].as_object().unwrap().len(),
        10,
        "{}",
        info["actions"]
    );

    let ns = d.get("namespace").json();
    assert_eq!(ns["namespace"], "default");
    assert!(
        ns["availableNamespaces"]
            .as_array()
            .unwrap()
            .contains(&json!("default"))
    );
    let v = d.get("version").json();
    assert!(
        v["rolloutsVersion"]
            .as_str()
            .unwrap()
            .starts_with("kubectl-rollouts v")
    );
    let settings = d.get("dashboard").json();
    assert_eq!(settings["readOnly"], false);
    assert_eq!(settings["namespace"], "default");

    let history = d.get("rollouts/default/web/history").json();
    let revs: Vec<i64> = history["revisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["revision"].as_i64().unwrap())
        .collect();
    assert_eq!(revs, [3, 2, 1]);
    let r2 = &history["revisions"][1];
    assert_eq!(r2["current"], false);
    let diff: Vec<&str> = r2["diff"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    assert!(
        diff.iter()
            .any(|l| l.starts_with('-') && l.contains("yellow"))
            && diff
                .iter()
                .any(|l| l.starts_with('+') && l.contains("blue")),
        "{diff:#?}"
    );
    assert_eq!(history["revisions"][0]["current"], true);
    // Reading writes nothing.
    assert!(env.writes().is_empty());
}

#[test]
fn a_missing_rollout_is_a_404_with_the_clis_message() {
    let env = env_with("canary-mid-update");
    let d = start(&env, &[]);
    let res = d.get("rollouts/default/nope/info");
    assert_eq!(res.status, 404);
    assert_eq!(
        res.json(),
        json!({"code": 404, "message": "rollouts.argoproj.io \"nope\" not found in namespace \"default\""})
    );
    assert_eq!(d.get("no/such/route").status, 404);
}

/// The writes of a CLI command and of a dashboard route, each on a fresh copy of `fixture`.
fn cli_and_dashboard_writes(
    fixture: &str,
    cli: &[&str],
    route: &str,
    body: Option<&str>,
) -> (Vec<Seen>, Value, String) {
    let env = env_with(fixture);
    let out = run(&env, cli);
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let by_cli = writes(&env);
    let cli_msg = out.stdout_str().trim().to_string();

    let env = env_with(fixture);
    let d = start(&env, &[]);
    let res = d.put(route, body);
    assert_eq!(res.status, 200, "{route}: {}", res.text());
    assert_eq!(
        res.header("x-rollouts-message"),
        Some(cli_msg.as_str()),
        "{route}"
    );
    let by_dashboard = writes(&env);
    assert_eq!(
        by_dashboard,
        by_cli,
        "{route} writes differ from `{}`",
        cli.join(" ")
    );
    assert!(!by_cli.is_empty(), "{route}: nothing written");
    (by_dashboard, res.json(), cli_msg)
}

#[test]
fn each_write_route_sends_exactly_the_clis_patches() {
    let cases: &[(&str, &[&str], &str, Option<&str>)] = &[
        (
            "canary-mid-update",
            &["promote", "web"],
            "rollouts/default/web/promote",
            Some("{}"),
        ),
        (
            "canary-mid-update",
            &["promote", "web", "--full"],
            "rollouts/default/web/promote",
            Some(r#"{"full": true}"#),
        ),
        (
            "bluegreen-paused",
            &["promote", "checkout"],
            "rollouts/default/checkout/promote",
            None,
        ),
        (
            "canary-mid-update",
            &["abort", "web"],
            "rollouts/default/web/abort",
            None,
        ),
        (
            "canary-aborted",
            &["retry", "rollout", "payments"],
            "rollouts/default/payments/retry",
            None,
        ),
        (
            "healthy-bluegreen-two-ns",
            &["pause", "catalog", "-n", "team-a"],
            "rollouts/team-a/catalog/pause",
            None,
        ),
        (
            "canary-mid-update",
            &["restart", "web"],
            "rollouts/default/web/restart",
            None,
        ),
        (
            "canary-mid-update",
            &["set-weight", "web", "50"],
            "rollouts/default/web/setweight/50",
            None,
        ),
        (
            "canary-mid-update",
            &["undo", "web", "--to-revision", "2"],
            "rollouts/default/web/undo/2",
            None,
        ),
        (
            "canary-mid-update",
            &["undo", "web"],
            "rollouts/default/web/undo/0",
            None,
        ),
        (
            "canary-mid-update",
            &[
                "set",
                "image",
                "web",
                "web=registry.example.com/team/web:2.0",
            ],
            "rollouts/default/web/set/web/registry.example.com/team/web/2.0",
            None,
        ),
        (
            "workloadref",
            &["undo", "api"],
            "rollouts/default/api/undo/0",
            None,
        ),
    ];
    for (fixture, cli, route, body) in cases {
        let (_, answer, _) = cli_and_dashboard_writes(fixture, cli, route, *body);
        // The answer is the object written, as the anchor's server returns the Rollout.
        assert!(answer["metadata"]["name"].is_string(), "{route}: {answer}");
    }
}

#[test]
fn restoring_the_steps_set_weight_replaced_sends_the_clis_patch() {
    let writes_after = |restore: &dyn Fn(&TestEnv)| {
        let env = env_with("canary-mid-update");
        let out = run(&env, &["set-weight", "web", "50"]);
        assert_eq!(out.exit(), 0, "{}", out.stderr_str());
        env.clear_requests();
        restore(&env);
        writes(&env)
    };
    let by_cli = writes_after(&|env| {
        let out = run(env, &["set-weight", "web", "--restore"]);
        assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    });
    let by_dashboard = writes_after(&|env| {
        let d = start(env, &[]);
        let info = d.get("rollouts/default/web/info").json();
        assert_eq!(info["actions"]["setweight-restore"], Value::Null);
        let res = d.put("rollouts/default/web/setweight/restore", None);
        assert_eq!(res.status, 200, "{}", res.text());
    });
    assert_eq!(by_dashboard, by_cli);
    assert_eq!(by_cli.len(), 1);
    // Without a record there is nothing to restore: refused, nothing written.
    let env = env_with("canary-mid-update");
    let d = start(&env, &[]);
    let info = d.get("rollouts/default/web/info").json();
    assert!(
        info["actions"]["setweight-restore"].is_string(),
        "{}",
        info["actions"]
    );
    let res = d.put("rollouts/default/web/setweight/restore", None);
    assert_eq!(res.status, 409, "{}", res.text());
    assert!(env.writes().is_empty());
}

#[test]
fn every_refusal_is_a_4xx_with_the_clis_message_and_writes_nothing() {
    let env = env_with("canary-mid-update");
    env.load_fixture("bluegreen-paused");
    env.load_fixture("healthy-bluegreen-two-ns");
    let d = start(&env, &[]);
    let auth = format!("Bearer {}", d.token);
    let cases: Vec<Refusal> = vec![
        (
            "PUT",
            "api/v1/rollouts/default/checkout/setweight/10",
            vec![],
            None,
            409,
            "cannot set the weight of rollout \"checkout\": it uses the blue-green strategy; set-weight works on canary rollouts only",
        ),
        (
            "PUT",
            "api/v1/rollouts/default/web/setweight/500",
            vec![],
            None,
            400,
            "weight 500 is out of range: it must be a whole number from 0 to 100",
        ),
        (
            "PUT",
            "api/v1/rollouts/default/web/setweight/ten",
            vec![],
            None,
            400,
            "invalid weight \"ten\": expected a whole number",
        ),
        (
            "PUT",
            "api/v1/rollouts/default/web/undo/99",
            vec![],
            None,
            404,
            "unable to find specified revision 99 in history",
        ),
        (
            "PUT",
            "api/v1/rollouts/default/web/set/nginx/nginx/1.27",
            vec![],
            None,
            409,
            "unable to find container named \"nginx\"",
        ),
        (
            "PUT",
            "api/v1/rollouts/default/web/set/web/notag",
            vec![],
            None,
            400,
            "invalid image \"notag\"",
        ),
        (
            "PUT",
            "api/v1/rollouts/default/web/promote",
            vec![],
            Some("{full"),
            400,
            "invalid request body",
        ),
        (
            "PUT",
            "api/v1/rollouts/default/nope/abort",
            vec![],
            None,
            404,
            "rollouts.argoproj.io \"nope\" not found in namespace \"default\"",
        ),
        (
            "PUT",
            "api/v1/rollouts/default/web/promote",
            vec![("Origin", "http://attacker.example")],
            None,
            403,
            "refused: this write comes from another site's page; nothing was written",
        ),
        (
            "PUT",
            "api/v1/rollouts/default/web/abort",
            vec![("Sec-Fetch-Site", "cross-site")],
            None,
            403,
            "refused: this write comes from another site's page",
        ),
    ];
    for (method, path, extra, body, status, message) in cases {
        let mut headers = vec![("Authorization", auth.as_str())];
        headers.extend(extra);
        let res = d.raw(method, path, &headers, body, Duration::from_secs(10));
        assert_eq!(res.status, status, "{path}: {}", res.text());
        let j = res.json();
        assert_eq!(j["code"], status, "{path}");
        assert!(
            j["message"].as_str().unwrap().starts_with(message),
            "{path}: {}",
            j["message"]
        );
        assert!(env.writes().is_empty(), "{path} wrote {:#?}", env.writes());
    }
    // Without the token, no write either.
    let res = d.raw(
        "PUT",
        "api/v1/rollouts/default/web/abort",
        &[],
        None,
        Duration::from_secs(5),
    );
    assert_eq!(res.status, 401);
    // Nothing to do is not a refusal: 200, the CLI's message, nothing written.
    let res = d.put("rollouts/team-a/catalog/promote", None);
    assert_eq!(res.status, 200, "{}", res.text());
    assert!(
        res.header("x-rollouts-message")
            .is_some_and(|m| m.ends_with("nothing to do")),
        "{:?}",
        res.headers
    );
    assert_eq!(res.json()["metadata"]["name"], "catalog");
    assert!(env.writes().is_empty());
}

#[test]
fn a_403_from_kubernetes_says_permission_denied_for_the_user_and_writes_nothing() {
    let env = TestEnv::builder()
        .server(crate::support::TestServer::builder().user("alice"))
        .build();
    env.load_fixture("canary-mid-update");
    env.forbid(
        "PATCH",
        "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts/web",
    );
    let d = start(&env, &[]);
    let res = d.put("rollouts/default/web/abort", None);
    assert_eq!(res.status, 403, "{}", res.text());
    let m = res.json()["message"].as_str().unwrap().to_string();
    assert!(m.starts_with("permission denied for alice: "), "{m}");
    assert!(env.writes().iter().all(|w| w.status == 403));
    let web = env
        .get("argoproj.io/v1alpha1", "Rollout", "default", "web")
        .unwrap();
    assert_ne!(web["status"]["abort"], true);
}

#[test]
fn read_only_refuses_every_put_and_offers_no_actions() {
    let env = env_with("canary-mid-update");
    let d = start(&env, &["--read-only"]);
    for route in [
        "rollouts/default/web/promote",
        "rollouts/default/web/abort",
        "rollouts/default/web/retry",
        "rollouts/default/web/restart",
        "rollouts/default/web/pause",
        "rollouts/default/web/setweight/50",
        "rollouts/default/web/undo/2",
        "rollouts/default/web/set/web/nginx/1",
    ] {
        let res = d.put(route, Some("{}"));
        assert_eq!(res.status, 403, "{route}");
        assert_eq!(
            res.json()["message"],
            "the dashboard is read-only (started with --read-only); nothing was written"
        );
    }
    assert!(env.writes().is_empty());
    assert_eq!(d.get("dashboard").json()["readOnly"], true);
    let info = d.get("rollouts/default/web/info").json();
    assert!(info.get("actions").is_none(), "{}", info["actions"]);
}

#[test]
fn all_namespaces_lists_every_namespace_only_under_dash_a() {
    let env = env_with("healthy-bluegreen-two-ns");
    let one = start(&env, &[]);
    let res = one.get("rollouts/_all/info");
    assert_eq!(res.status, 403);
    assert!(res.json()["message"].as_str().unwrap().contains("-A"));
    let all = start(&env, &["-A"]);
    let list = all.get("rollouts/_all/info").json();
    let mut namespaces: Vec<&str> = list["rollouts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["objectMeta"]["namespace"].as_str().unwrap())
        .collect();
    namespaces.dedup();
    assert!(namespaces.len() >= 2, "{namespaces:?}");
    assert_eq!(all.get("namespace").json()["namespace"], "_all");
}

#[test]
fn the_root_path_is_configurable_and_a_bad_one_is_a_usage_error() {
    let env = env_with("canary-mid-update");
    let d = start(&env, &["--root-path", "/ops/argo/"]);
    assert_eq!(d.root, "/ops/argo/");
    assert_eq!(d.get("version").status, 200);
    let out = env.run(["dashboard", "--port", "0", "--root-path", "a b"]);
    assert_eq!(out.exit(), 2);
    assert!(
        out.stderr_str().contains("invalid --root-path"),
        "{}",
        out.stderr_str()
    );
}

#[test]
fn a_non_loopback_address_warns_on_stderr() {
    let env = env_with("canary-mid-update");
    let d = start(&env, &["--address", "0.0.0.0"]);
    // Wait for the whole line: on a loaded machine the first read may hold only part of it.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !d.stderr().contains('\n') && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        d.stderr().starts_with("warning: listening on 0.0.0.0:"),
        "{}",
        d.stderr()
    );
}
