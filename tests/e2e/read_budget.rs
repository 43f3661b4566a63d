//! The read budget of `get rollout`: in a namespace crowded with thousands of unrelated Pods
//! and ReplicaSets and the AnalysisRuns of other rollouts, a handful of requests, each narrowed
//! on the server, and bytes served within a small multiple of the rollout's own objects.

use serde_json::{Value, json};

use super::get_rollout::{assert_golden, get_text};
use super::watch::WATCH_WEB_FOR_2S;
use crate::support::{OutputExt, TestEnv};

const UNRELATED_RS: usize = 300;
const PODS_PER_RS: usize = 10;
/// Other rollouts of the namespace, each with the AnalysisRuns the controller keeps.
const OTHER_ROLLOUTS: usize = 20;
const RUNS_PER_ROLLOUT: usize = 10;

/// A finished background AnalysisRun of another rollout, labelled as the controller does.
fn unrelated_run(rollout: usize, n: usize) -> Value {
    let hash = format!(
        "{:x}",
        0x6b00_0000_u64 + (rollout * 100 + n) as u64 * 104_729
    );
    let created = format!("2026-11-2{}T{:02}:00:00Z", 1 + n % 2, n);
    let measurement = |k: usize| {
        json!({"phase": "Successful", "value": "[0.998]",
            "startedAt": created, "finishedAt": created,
            "metadata": {"query": format!("sum(rate(http_requests_total{{app=\"svc-{rollout}\",code!~\"5..\"}}[5m])) / sum(rate(http_requests_total{{app=\"svc-{rollout}\"}}[5m])) #{k}")}})
    };
    json!({
        "apiVersion": "argoproj.io/v1alpha1", "kind": "AnalysisRun",
        "metadata": {
            "name": format!("svc-{rollout}-{hash}-{n}"), "namespace": "default",
            "uid": format!("30000000-0000-4000-8000-{:012}", rollout * 100 + n),
            "creationTimestamp": created,
            "labels": {"rollout-type": "Background", "rollouts-pod-template-hash": hash},
            "annotations": {"rollout.argoproj.io/revision": n.to_string()},
            "ownerReferences": [{"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout",
                "name": format!("svc-{rollout}"), "controller": true, "blockOwnerDeletion": true,
                "uid": format!("40000000-0000-4000-8000-{rollout:012}")}]
        },
        "spec": {"metrics": [{"name": "success-rate", "interval": "5m", "successCondition": "result[0] >= 0.95",
            "failureLimit": 3, "provider": {"prometheus": {"address": "http://prometheus.monitoring:9090",
            "query": format!("sum(rate(http_requests_total{{app=\"svc-{rollout}\"}}[5m]))")}}}]},
        "status": {"phase": "Successful", "startedAt": created,
            "metricResults": [{"name": "success-rate", "phase": "Successful", "count": 4, "successful": 4,
                "measurements": (0..4).map(measurement).collect::<Vec<_>>()}],
            "runSummary": {"count": 1, "successful": 1}}
    })
}

/// A Deployment-owned ReplicaSet and its pods, shaped like what Kubernetes writes.
fn unrelated_workload(i: usize) -> Vec<Value> {
    let app = format!("svc-{i:03}");
    let hash = format!("{:010x}", 0x5a3c_0000_u64 + i as u64 * 7919)
        .chars()
        .map(|c| if c == '0' { 'b' } else { c })
        .collect::<String>();
    let rs_name = format!("{app}-{hash}");
    let rs_uid = format!("00000000-0000-4000-8000-{i:012}");
    let labels = json!({"app": app, "pod-template-hash": hash, "team": "platform"});
    let container = json!({
        "name": app, "image": format!("registry.example.com/{app}:1.{i}.0"),
        "imagePullPolicy": "IfNotPresent",
        "ports": [{"containerPort": 8080, "name": "http", "protocol": "TCP"}],
        "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}},
        "terminationMessagePath": "/dev/termination-log",
        "terminationMessagePolicy": "File"
    });
    let mut out = vec![json!({
        "apiVersion": "apps/v1", "kind": "ReplicaSet",
        "metadata": {
            "name": rs_name, "namespace": "default", "uid": rs_uid, "generation": 1,
            "creationTimestamp": "2026-11-21T08:00:00Z", "labels": labels,
            "annotations": {"deployment.kubernetes.io/desired-replicas": PODS_PER_RS.to_string(),
                "deployment.kubernetes.io/max-replicas": "13", "deployment.kubernetes.io/revision": "1"},
            "ownerReferences": [{"apiVersion": "apps/v1", "kind": "Deployment", "name": app,
                "uid": format!("10000000-0000-4000-8000-{i:012}"), "controller": true,
                "blockOwnerDeletion": true}]
        },
        "spec": {"replicas": PODS_PER_RS, "selector": {"matchLabels": {"app": app, "pod-template-hash": hash}},
            "template": {"metadata": {"labels": labels}, "spec": {"containers": [container],
                "dnsPolicy": "ClusterFirst", "restartPolicy": "Always", "schedulerName": "default-scheduler",
                "securityContext": {}, "terminationGracePeriodSeconds": 30}}},
        "status": {"replicas": PODS_PER_RS, "fullyLabeledReplicas": PODS_PER_RS, "readyReplicas": PODS_PER_RS,
            "availableReplicas": PODS_PER_RS, "observedGeneration": 1}
    })];
    for p in 0..PODS_PER_RS {
        let suffix: String = format!("{:05x}", i * 31 + p * 977)
            .chars()
            .map(|c| if c == '0' { 'z' } else { c })
            .collect();
        out.push(json!({
            "apiVersion": "v1", "kind": "Pod",
            "metadata": {
                "name": format!("{rs_name}-{suffix}"), "namespace": "default",
                "uid": format!("20000000-0000-4000-8000-{:012}", i * 100 + p),
                "creationTimestamp": "2026-11-21T08:00:05Z", "labels": labels,
                "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": rs_name,
                    "uid": rs_uid, "controller": true, "blockOwnerDeletion": true}]
            },
            "spec": {"containers": [container], "dnsPolicy": "ClusterFirst",
                "nodeName": format!("node-{}", p % 7), "restartPolicy": "Always",
                "schedulerName": "default-scheduler", "serviceAccountName": "default",
                "terminationGracePeriodSeconds": 30,
                "tolerations": [{"effect": "NoExecute", "key": "node.kubernetes.io/not-ready",
                    "operator": "Exists", "tolerationSeconds": 300}]},
            "status": {"phase": "Running", "podIP": format!("10.4.{}.{}", i % 250, p + 2),
                "hostIP": format!("10.0.0.{}", p % 7 + 10), "qosClass": "Burstable",
                "startTime": "2026-11-21T08:00:05Z",
                "conditions": [
                    {"type": "Initialized", "status": "True", "lastTransitionTime": "2026-11-21T08:00:05Z"},
                    {"type": "Ready", "status": "True", "lastTransitionTime": "2026-11-21T08:00:12Z"},
                    {"type": "ContainersReady", "status": "True", "lastTransitionTime": "2026-11-21T08:00:12Z"},
                    {"type": "PodScheduled", "status": "True", "lastTransitionTime": "2026-11-21T08:00:05Z"}],
                "containerStatuses": [{"name": app, "ready": true, "started": true, "restartCount": 0,
                    "image": format!("registry.example.com/{app}:1.{i}.0"),
                    "imageID": format!("registry.example.com/{app}@sha256:{:064x}", i),
                    "containerID": format!("containerd://{:064x}", i * 100 + p),
                    "state": {"running": {"startedAt": "2026-11-21T08:00:10Z"}}}]}
        }));
    }
    out
}

fn uid(o: &Value) -> &str {
    o["metadata"]["uid"].as_str().unwrap_or_default()
}

fn owned_by<'a>(objs: &'a [Value], owners: &[&str]) -> Vec<&'a Value> {
    objs.iter()
        .filter(|o| {
            o["metadata"]["ownerReferences"]
                .as_array()
                .is_some_and(|refs| {
                    refs.iter()
                        .any(|r| owners.contains(&r["uid"].as_str().unwrap_or("")))
                })
        })
        .collect()
}

/// Bytes of `objs` as the server sends them in a list (built-in types without TypeMeta).
fn list_item_bytes(objs: &[&Value], builtin: bool) -> usize {
    objs.iter()
        .map(|o| {
            let mut o = (*o).clone();
            if builtin && let Some(m) = o.as_object_mut() {
                m.remove("apiVersion");
                m.remove("kind");
            }
            o.to_string().len()
        })
        .sum()
}

/// The rollout's own objects, by ownerReference from the rollout down: the rollout, its
/// ReplicaSets and their Pods, its AnalysisRuns and Experiments (with theirs).
pub(crate) fn own_bytes(env: &TestEnv, name: &str) -> usize {
    let rollout = env
        .get("argoproj.io/v1alpha1", "Rollout", "default", name)
        .unwrap();
    let rss = env.list("apps/v1", "ReplicaSet", Some("default"));
    let pods = env.list("v1", "Pod", Some("default"));
    let runs = env.list("argoproj.io/v1alpha1", "AnalysisRun", Some("default"));
    let exps = env.list("argoproj.io/v1alpha1", "Experiment", Some("default"));
    let own_exps = owned_by(&exps, &[uid(&rollout)]);
    let mut owners: Vec<&str> = vec![uid(&rollout)];
    owners.extend(own_exps.iter().map(|e| uid(e)));
    let own_rs = owned_by(&rss, &owners);
    let rs_uids: Vec<&str> = own_rs.iter().map(|r| uid(r)).collect();
    let own_pods = owned_by(&pods, &rs_uids);
    let own_runs = owned_by(&runs, &owners);
    rollout.to_string().len()
        + list_item_bytes(&own_rs, true)
        + list_item_bytes(&own_pods, true)
        + list_item_bytes(&own_runs, false)
        + list_item_bytes(&own_exps, false)
}

pub(crate) fn crowded(fixture: &str) -> TestEnv {
    let env = TestEnv::new();
    env.load_fixture(fixture);
    env.with_store(|s| {
        for i in 0..UNRELATED_RS {
            for o in unrelated_workload(i) {
                s.put(o);
            }
        }
        for r in 0..OTHER_ROLLOUTS {
            for n in 0..RUNS_PER_ROLLOUT {
                s.put(unrelated_run(r, n));
            }
        }
    });
    env
}

fn check_budget(rollout: &str, fixture: &str) {
    let env = crowded(fixture);
    assert!(env.list("v1", "Pod", Some("default")).len() >= UNRELATED_RS * PODS_PER_RS);
    env.clear_requests();
    let text = get_text(&env, &["get", "rollout", rollout, "--no-color"]);
    // The crowd changes nothing in the view.
    assert_golden(&format!("get-rollout-{rollout}.txt"), &text);

    let reqs = env.requests();
    let served = env.bytes_served();
    let own = own_bytes(&env, rollout);
    let ratio = served as f64 / own as f64;
    eprintln!(
        "read budget {rollout}: {} requests, {served} bytes served, {own} own bytes, ratio {ratio:.2}",
        reqs.len()
    );
    assert!(reqs.len() <= 10, "{} requests: {reqs:#?}", reqs.len());
    assert!(
        served <= 3 * own,
        "{served} bytes served for {own} bytes of own objects (ratio {ratio:.2})"
    );
    let ns = "/namespaces/default";
    let sel = |path: &str| -> Vec<Option<String>> {
        reqs.iter()
            .filter(|r| r.path == path)
            .map(|r| r.query_param("labelSelector"))
            .collect()
    };
    assert_eq!(
        reqs.iter()
            .filter(|r| r.path == format!("/apis/argoproj.io/v1alpha1{ns}/rollouts/{rollout}"))
            .count(),
        1
    );
    let rs = sel(&format!("/apis/apps/v1{ns}/replicasets"));
    let pods = sel(&format!("/api/v1{ns}/pods"));
    assert!(!rs.is_empty() && rs.iter().all(Option::is_some), "{rs:?}");
    assert!(
        !pods.is_empty() && pods.iter().all(Option::is_some),
        "{pods:?}"
    );
    // AnalysisRuns by the hashes of the rollout's ReplicaSets; with experiments also the
    // unlabelled runs experiments start.
    let mut runs = sel(&format!("/apis/argoproj.io/v1alpha1{ns}/analysisruns"));
    runs.sort();
    let ro_uid = env
        .get("argoproj.io/v1alpha1", "Rollout", "default", rollout)
        .unwrap()["metadata"]["uid"]
        .clone();
    let own_hashes: Vec<String> = env
        .list("apps/v1", "ReplicaSet", Some("default"))
        .iter()
        .filter(|r| r["metadata"]["ownerReferences"][0]["uid"] == ro_uid)
        .map(|r| {
            r["metadata"]["labels"]["rollouts-pod-template-hash"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(!own_hashes.is_empty());
    let has_experiments = text.contains(" Experiment ");
    let expected_reads = if has_experiments { 2 } else { 1 };
    assert_eq!(runs.len(), expected_reads, "{runs:?}");
    if has_experiments {
        assert_eq!(runs[0].as_deref(), Some("!rollouts-pod-template-hash"));
    }
    let by_hash = runs[expected_reads - 1]
        .as_deref()
        .expect("runs read by hash");
    assert!(
        by_hash.starts_with("rollouts-pod-template-hash in ("),
        "{by_hash}"
    );
    for h in &own_hashes {
        assert!(by_hash.contains(h.as_str()), "{h} missing from {by_hash}");
    }
    assert_eq!(
        sel(&format!("/apis/argoproj.io/v1alpha1{ns}/experiments")).len(),
        1
    );
    assert!(reqs.iter().all(|r| r.method == "GET" && !r.is_watch()));
}

#[test]
fn a_canary_in_a_crowded_namespace_stays_within_budget() {
    check_budget("web", "canary-mid-update");
}

#[test]
fn a_rollout_with_an_experiment_in_a_crowded_namespace_stays_within_budget() {
    check_budget("search", "canary-experiment");
}

#[test]
fn a_blue_green_in_a_crowded_namespace_stays_within_budget() {
    check_budget("checkout", "bluegreen-paused");
}

#[test]
fn the_rollout_selector_is_what_narrows_the_reads() {
    // The same crowd carries `app: web` on one Deployment's pods: those are read (the
    // selector matches) but not shown (the owner is not the rollout).
    let env = crowded("canary-mid-update");
    env.clear_requests();
    get_text(&env, &["get", "rollout", "web", "--no-color"]);
    let rs_read = env
        .requests()
        .into_iter()
        .find(|r| r.path == "/apis/apps/v1/namespaces/default/replicasets")
        .unwrap();
    assert_eq!(
        rs_read.query_param("labelSelector").as_deref(),
        Some("app=web")
    );
}

/// `get -w` watches like it reads: the AnalysisRun lists and watches carry the rollout's
/// hashes, so the crowd's runs are not streamed to it either.
#[test]
fn watching_in_a_crowded_namespace_reads_about_what_one_get_reads() {
    let env = crowded("canary-mid-update");
    env.clear_requests();
    get_text(&env, &["get", "rollout", "web", "--no-color"]);
    let one_get = env.bytes_served();
    env.clear_requests();
    let (out, killed) = env.run_for(WATCH_WEB_FOR_2S, std::time::Duration::from_secs(20));
    assert!(!killed, "get -w did not stop at its timeout");
    assert_eq!(out.exit(), 0, "{}", out.stderr_str());
    let watching = env.bytes_served();
    eprintln!("get: {one_get} bytes; get -w: {watching} bytes");
    // The first read, then one list per watch: about twice one get, far from the 400 kB of
    // the crowd's runs.
    assert!(
        watching <= 3 * one_get,
        "get -w read {watching} bytes, one get {one_get}"
    );
    let runs: Vec<_> = env
        .requests()
        .into_iter()
        .filter(|r| r.path == "/apis/argoproj.io/v1alpha1/namespaces/default/analysisruns")
        .collect();
    assert!(runs.iter().any(|r| r.is_watch()), "{runs:#?}");
    for r in &runs {
        let sel = r.query_param("labelSelector").unwrap_or_default();
        assert!(
            sel.starts_with("rollouts-pod-template-hash in ("),
            "{} {:?}",
            r.path,
            r.query
        );
    }
}
