//! A pod's STATUS, READY and RESTARTS, computed the way `kubectl get pods` computes them.

use crate::model::{ContainerState, Pod};

use super::types::PodView;

/// kubectl's pod status text, ready and total containers, and restarts.
pub fn pod_view(pod: &Pod) -> PodView {
    let sidecars = pod.init_containers.iter().filter(|(_, a)| *a).count();
    let total = pod
        .containers
        .saturating_add(i64::try_from(sidecars).unwrap_or(i64::MAX));

    let mut reason = if pod.reason.is_empty() {
        pod.phase.clone()
    } else {
        pod.reason.clone()
    };
    if pod
        .conditions
        .iter()
        .any(|(t, _, r)| t == "PodScheduled" && r == "SchedulingGated")
    {
        reason = "SchedulingGated".to_string();
    }
    let mut tally = Tally {
        reason,
        restarts: 0,
        sidecar_restarts: 0,
        ready: 0,
    };

    let initializing = init_containers(pod, &mut tally);
    if !initializing || pod.condition_true("Initialized") {
        containers(pod, &mut tally);
    }

    if pod.meta.deleted.is_some() {
        tally.reason = if pod.reason == "NodeLost" {
            "Unknown".to_string()
        } else {
            "Terminating".to_string()
        };
    }

    PodView {
        name: pod.meta.name.clone(),
        status: tally.reason,
        ready: tally.ready,
        total,
        restarts: tally.restarts,
        created: pod.meta.created,
    }
}

/// What kubectl's `printPod` accumulates while it walks the containers.
struct Tally {
    reason: String,
    restarts: i64,
    /// Restarts of restartable init containers (sidecars), which count in every case.
    sidecar_restarts: i64,
    ready: i64,
}

/// The init containers, in order, up to the first one still initialising; true when there is
/// one (the reason then says which, as `Init:…`).
fn init_containers(pod: &Pod, t: &mut Tally) -> bool {
    for (i, c) in pod.init_statuses.iter().enumerate() {
        t.restarts = t.restarts.saturating_add(c.restart_count);
        let sidecar = pod.is_restartable_init(&c.name);
        if sidecar {
            t.sidecar_restarts = t.sidecar_restarts.saturating_add(c.restart_count);
        }
        match &c.state {
            ContainerState::Terminated { exit_code: 0, .. } => continue,
            _ if sidecar && c.started == Some(true) => {
                if c.ready {
                    t.ready = t.ready.saturating_add(1);
                }
                continue;
            }
            ContainerState::Terminated {
                reason: r,
                exit_code,
                signal,
            } => {
                t.reason = if !r.is_empty() {
                    format!("Init:{r}")
                } else if *signal != 0 {
                    format!("Init:Signal:{signal}")
                } else {
                    format!("Init:ExitCode:{exit_code}")
                };
            }
            ContainerState::Waiting { reason: r } if !r.is_empty() && r != "PodInitializing" => {
                t.reason = format!("Init:{r}");
            }
            _ => {
                t.reason = format!("Init:{i}/{}", pod.init_containers.len());
            }
        }
        return true;
    }
    false
}

/// The app containers, last first (the first one's state wins, as in kubectl): restarts from
/// the sidecars' on, ready ones, and the reason a waiting or terminated one gives.
fn containers(pod: &Pod, t: &mut Tally) {
    t.restarts = t.sidecar_restarts;
    let mut has_running = false;
    for c in pod.statuses.iter().rev() {
        t.restarts = t.restarts.saturating_add(c.restart_count);
        match &c.state {
            ContainerState::Waiting { reason: r } if !r.is_empty() => t.reason = r.clone(),
            ContainerState::Terminated { reason: r, .. } if !r.is_empty() => t.reason = r.clone(),
            ContainerState::Terminated {
                exit_code, signal, ..
            } => {
                t.reason = if *signal != 0 {
                    format!("Signal:{signal}")
                } else {
                    format!("ExitCode:{exit_code}")
                };
            }
            ContainerState::Running if c.ready => {
                has_running = true;
                t.ready = t.ready.saturating_add(1);
            }
            _ => {}
        }
    }
    if t.reason == "Completed" && has_running {
        t.reason = if pod.condition_true("Ready") {
            "Running".to_string()
        } else {
            "NotReady".to_string()
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn view(obj: Value) -> PodView {
        pod_view(&Pod::read(&obj, &mut Vec::new()))
    }

    fn running(name: &str, ready: bool, restarts: i64) -> Value {
        json!({"name": name, "ready": ready, "restartCount": restarts, "state": {"running": {}}})
    }

    #[test]
    fn running_pod() {
        let v = view(json!({
            "metadata": {"name": "p", "creationTimestamp": "2024-01-01T00:00:00Z"},
            "spec": {"containers": [{}, {}]},
            "status": {"phase": "Running", "containerStatuses": [
                running("a", true, 1), running("b", false, 2)]}
        }));
        assert_eq!(v.name, "p");
        assert_eq!(v.status, "Running");
        assert_eq!((v.ready, v.total, v.restarts), (1, 2, 3));
        assert_eq!(v.created, Some("2024-01-01T00:00:00Z".parse().unwrap()));
    }

    #[test]
    fn pending_and_status_reason() {
        let v = view(json!({"spec": {"containers": [{}]}, "status": {"phase": "Pending"}}));
        assert_eq!((v.status.as_str(), v.ready, v.total), ("Pending", 0, 1));
        let v = view(json!({"status": {"phase": "Failed", "reason": "Evicted"}}));
        assert_eq!(v.status, "Evicted");
    }

    #[test]
    fn waiting_reason_from_first_container_wins() {
        let v = view(
            json!({"spec": {"containers": [{}, {}]}, "status": {"phase": "Running",
            "containerStatuses": [
                {"name": "a", "state": {"waiting": {"reason": "CrashLoopBackOff"}}, "restartCount": 4},
                {"name": "b", "state": {"waiting": {"reason": "ImagePullBackOff"}}}
            ]}}),
        );
        assert_eq!(v.status, "CrashLoopBackOff");
        assert_eq!(v.restarts, 4);
    }

    #[test]
    fn terminated_reason_signal_exit_code() {
        let term = |t: Value| {
            view(
                json!({"spec": {"containers": [{}]}, "status": {"phase": "Running",
                "containerStatuses": [{"name": "a", "state": {"terminated": t}}]}}),
            )
            .status
        };
        assert_eq!(
            term(json!({"reason": "OOMKilled", "exitCode": 137})),
            "OOMKilled"
        );
        assert_eq!(term(json!({"exitCode": 137, "signal": 9})), "Signal:9");
        assert_eq!(term(json!({"exitCode": 2})), "ExitCode:2");
    }

    #[test]
    fn completed_with_running_container() {
        let pod = |conds: Value| {
            view(
                json!({"spec": {"containers": [{}, {}]}, "status": {"phase": "Running",
                "conditions": conds,
                "containerStatuses": [
                    {"name": "a", "state": {"terminated": {"reason": "Completed", "exitCode": 0}}},
                    running("b", true, 0)
                ]}}),
            )
        };
        let v = pod(json!([{"type": "Ready", "status": "True"}]));
        assert_eq!((v.status.as_str(), v.ready), ("Running", 1));
        let v = pod(json!([{"type": "Ready", "status": "False"}]));
        assert_eq!(v.status, "NotReady");
    }

    #[test]
    fn init_containers() {
        let init = |statuses: Value| {
            view(
                json!({"spec": {"containers": [{}], "initContainers": [{"name": "i1"}, {"name": "i2"}]},
                "status": {"phase": "Pending", "initContainerStatuses": statuses,
                    "containerStatuses": [{"name": "c", "restartCount": 9,
                        "state": {"waiting": {"reason": "PodInitializing"}}}]}}),
            )
        };
        let done =
            json!({"name": "i1", "state": {"terminated": {"exitCode": 0}}, "restartCount": 1});
        let v = init(json!([done, {"name": "i2", "state": {"running": {}}, "restartCount": 2}]));
        assert_eq!(v.status, "Init:1/2");
        // Restarts while initialising are those of the init containers.
        assert_eq!(v.restarts, 3);
        let v = init(json!([{"name": "i1", "state": {"waiting": {"reason": "PodInitializing"}}}]));
        assert_eq!(v.status, "Init:0/2");
        let v = init(json!([{"name": "i1", "state": {"waiting": {"reason": "ErrImagePull"}}}]));
        assert_eq!(v.status, "Init:ErrImagePull");
        let v = init(
            json!([{"name": "i1", "state": {"terminated": {"reason": "Error", "exitCode": 1}}}]),
        );
        assert_eq!(v.status, "Init:Error");
        let v =
            init(json!([{"name": "i1", "state": {"terminated": {"exitCode": 3, "signal": 15}}}]));
        assert_eq!(v.status, "Init:Signal:15");
        let v = init(json!([{"name": "i1", "state": {"terminated": {"exitCode": 3}}}]));
        assert_eq!(v.status, "Init:ExitCode:3");
        // All init containers done: the regular containers decide, and count restarts.
        let v = init(json!([done.clone(), done]));
        assert_eq!(v.status, "PodInitializing");
        assert_eq!(v.restarts, 9);
    }

    #[test]
    fn sidecar_init_containers_count_as_containers() {
        let v = view(json!({
            "spec": {"containers": [{}], "initContainers": [{"name": "proxy", "restartPolicy": "Always"}]},
            "status": {"phase": "Running",
                "conditions": [{"type": "Initialized", "status": "True"}],
                "initContainerStatuses": [{"name": "proxy", "started": true, "ready": true,
                    "restartCount": 1, "state": {"running": {}}}],
                "containerStatuses": [running("app", true, 2)]}
        }));
        assert_eq!(v.status, "Running");
        assert_eq!((v.ready, v.total, v.restarts), (2, 2, 3));
    }

    #[test]
    fn scheduling_gated() {
        let v = view(json!({"status": {"phase": "Pending",
            "conditions": [{"type": "PodScheduled", "status": "False", "reason": "SchedulingGated"}]}}));
        assert_eq!(v.status, "SchedulingGated");
    }

    #[test]
    fn deletion_timestamp() {
        let v = view(
            json!({"metadata": {"deletionTimestamp": "2024-01-01T00:00:00Z"},
            "status": {"phase": "Running"}}),
        );
        assert_eq!(v.status, "Terminating");
        let v = view(
            json!({"metadata": {"deletionTimestamp": "2024-01-01T00:00:00Z"},
            "status": {"phase": "Running", "reason": "NodeLost"}}),
        );
        assert_eq!(v.status, "Unknown");
        // NodeLost without deletion is just the reason.
        let v = view(json!({"status": {"phase": "Running", "reason": "NodeLost"}}));
        assert_eq!(v.status, "NodeLost");
    }

    #[test]
    fn malformed_pods_do_not_panic() {
        for p in [
            json!(null),
            json!({"status": {"containerStatuses": [null, 3, {"state": "x"}], "initContainerStatuses": {}}}),
            json!({"status": {"containerStatuses": [{"restartCount": i64::MAX}, {"restartCount": i64::MAX}]}}),
        ] {
            let v = view(p);
            assert!(v.restarts >= 0);
        }
    }
}
