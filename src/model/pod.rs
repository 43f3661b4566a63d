//! The parts of a `v1` Pod that kubectl's STATUS, READY and RESTARTS columns depend on.

use serde_json::Value;

use super::{Meta, Reader};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum ContainerState {
    Waiting {
        reason: String,
    },
    Running,
    Terminated {
        reason: String,
        exit_code: i64,
        signal: i64,
    },
    #[default]
    Unknown,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContainerStatus {
    pub name: String,
    pub ready: bool,
    /// `started` as reported (None when absent).
    pub started: Option<bool>,
    pub restart_count: i64,
    pub state: ContainerState,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pod {
    pub meta: Meta,
    pub phase: String,
    pub reason: String,
    pub containers: i64,
    /// spec.initContainers: name, and whether it is a restartable (sidecar) init container.
    pub init_containers: Vec<(String, bool)>,
    pub init_statuses: Vec<ContainerStatus>,
    pub statuses: Vec<ContainerStatus>,
    /// status.conditions as (type, status, reason).
    pub conditions: Vec<(String, String, String)>,
}

impl Pod {
    pub fn read(obj: &Value, warnings: &mut Vec<String>) -> Pod {
        let r = &mut Reader::new("Pod", obj, warnings);
        let meta = Meta::read(obj, r);
        let containers = r.arr(obj, "", &["spec", "containers"]).len();
        let mut init_containers = Vec::new();
        for (i, c) in r
            .arr(obj, "", &["spec", "initContainers"])
            .iter()
            .enumerate()
        {
            let at = format!("spec.initContainers[{i}]");
            let name = r.str(c, &at, &["name"]).unwrap_or_default();
            let always = r.str(c, &at, &["restartPolicy"]).as_deref() == Some("Always");
            init_containers.push((name, always));
        }
        let init_statuses = read_statuses(r, obj, "initContainerStatuses");
        let statuses = read_statuses(r, obj, "containerStatuses");
        let mut conditions = Vec::new();
        for (i, c) in r.arr(obj, "", &["status", "conditions"]).iter().enumerate() {
            let at = format!("status.conditions[{i}]");
            conditions.push((
                r.str(c, &at, &["type"]).unwrap_or_default(),
                r.str(c, &at, &["status"]).unwrap_or_default(),
                r.str(c, &at, &["reason"]).unwrap_or_default(),
            ));
        }
        Pod {
            phase: r.str(obj, "", &["status", "phase"]).unwrap_or_default(),
            reason: r.str(obj, "", &["status", "reason"]).unwrap_or_default(),
            containers: i64::try_from(containers).unwrap_or(i64::MAX),
            init_containers,
            init_statuses,
            statuses,
            conditions,
            meta,
        }
    }

    /// Whether a condition of `kind` has status True.
    pub fn condition_true(&self, kind: &str) -> bool {
        self.conditions
            .iter()
            .any(|(t, s, _)| t == kind && s == "True")
    }

    /// Whether the init container named `name` is a restartable (sidecar) one.
    pub fn is_restartable_init(&self, name: &str) -> bool {
        self.init_containers
            .iter()
            .any(|(n, always)| n == name && *always)
    }
}

fn read_statuses(r: &mut Reader<'_>, obj: &Value, field: &str) -> Vec<ContainerStatus> {
    let mut out = Vec::new();
    for (i, c) in r.arr(obj, "", &["status", field]).iter().enumerate() {
        let at = format!("status.{field}[{i}]");
        let state = if r.has_obj(c, &at, &["state", "waiting"]) {
            ContainerState::Waiting {
                reason: r
                    .str(c, &at, &["state", "waiting", "reason"])
                    .unwrap_or_default(),
            }
        } else if r.has_obj(c, &at, &["state", "terminated"]) {
            ContainerState::Terminated {
                reason: r
                    .str(c, &at, &["state", "terminated", "reason"])
                    .unwrap_or_default(),
                exit_code: r
                    .int(c, &at, &["state", "terminated", "exitCode"])
                    .unwrap_or(0),
                signal: r
                    .int(c, &at, &["state", "terminated", "signal"])
                    .unwrap_or(0),
            }
        } else if r.has_obj(c, &at, &["state", "running"]) {
            ContainerState::Running
        } else {
            ContainerState::Unknown
        };
        let started = r.get(c, &at, &["started"]).and_then(Value::as_bool);
        out.push(ContainerStatus {
            name: r.str(c, &at, &["name"]).unwrap_or_default(),
            ready: r.bool(c, &at, &["ready"]),
            started,
            restart_count: r.int(c, &at, &["restartCount"]).unwrap_or(0),
            state,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_container_states() {
        let obj = json!({
            "spec": {"containers": [{}, {}], "initContainers": [
                {"name": "init"}, {"name": "side", "restartPolicy": "Always"}]},
            "status": {"phase": "Running", "containerStatuses": [
                {"name": "a", "ready": true, "restartCount": 2, "state": {"running": {}}},
                {"name": "b", "state": {"terminated": {"exitCode": 1, "signal": 9}}},
                {"name": "c", "state": {"waiting": {"reason": "CrashLoopBackOff"}}},
                {"name": "d", "state": {}}
            ]}
        });
        let pod = Pod::read(&obj, &mut Vec::new());
        assert_eq!(pod.containers, 2);
        assert!(pod.is_restartable_init("side"));
        assert!(!pod.is_restartable_init("init"));
        assert_eq!(pod.statuses[0].state, ContainerState::Running);
        assert_eq!(pod.statuses[0].restart_count, 2);
        assert_eq!(
            pod.statuses[1].state,
            ContainerState::Terminated {
                reason: String::new(),
                exit_code: 1,
                signal: 9
            }
        );
        assert_eq!(
            pod.statuses[2].state,
            ContainerState::Waiting {
                reason: "CrashLoopBackOff".into()
            }
        );
        assert_eq!(pod.statuses[3].state, ContainerState::Unknown);
    }
}
