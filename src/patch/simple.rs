//! One-field writes: `pause`, `abort`, `retry rollout|experiment`, `restart`.

use jiff::{SignedDuration, Timestamp};
use serde_json::{Value, json};

use super::{
    ObjectRef, PatchError, Plan, Write, at, guarded_merge, name_of, resource_version, str_at,
};

fn one_write(
    target: ObjectRef,
    subresource: Option<&'static str>,
    rv: &str,
    fields: Value,
    message: String,
) -> Plan {
    Plan {
        writes: vec![Write {
            target,
            subresource,
            body: guarded_merge(rv, fields),
        }],
        message,
    }
}

/// A plan that writes nothing: the one wording every no-op uses, `KIND 'NAME' WHY; nothing to
/// do` (as promote's `rollout 'NAME' is not paused and has no step left to promote; nothing
/// to do`).
pub fn nothing_to_do(kind: &str, name: &str, why: &str) -> Plan {
    Plan {
        writes: Vec::new(),
        message: format!("{kind} '{name}' {why}; nothing to do"),
    }
}

fn flag(obj: &Value, path: &[&str]) -> bool {
    at(obj, path).and_then(Value::as_bool) == Some(true)
}

/// `{"spec":{"paused":true}}` → `rollout 'NAME' paused`; already paused: nothing to do.
pub fn pause(rollout: &Value) -> Result<Plan, PatchError> {
    let rv = resource_version(rollout, "rollout")?;
    if flag(rollout, &["spec", "paused"]) {
        return Ok(nothing_to_do(
            "rollout",
            name_of(rollout),
            "is already paused",
        ));
    }
    Ok(one_write(
        ObjectRef::rollout(rollout),
        None,
        &rv,
        json!({"spec": {"paused": true}}),
        format!("rollout '{}' paused", name_of(rollout)),
    ))
}

/// Status subresource `{"status":{"abort":true}}` → `rollout 'NAME' aborted`. Nothing to do
/// when it is aborted already, or when no update is in flight (the current pods are the
/// stable ones: there is nothing to scale down or send traffic away from).
pub fn abort(rollout: &Value) -> Result<Plan, PatchError> {
    let rv = resource_version(rollout, "rollout")?;
    let name = name_of(rollout);
    if flag(rollout, &["status", "abort"]) {
        return Ok(nothing_to_do("rollout", name, "is already aborted"));
    }
    if str_at(rollout, &["status", "currentPodHash"]) == str_at(rollout, &["status", "stableRS"]) {
        return Ok(nothing_to_do(
            "rollout",
            name,
            "has no update in flight to abort (the current pods are the stable ones)",
        ));
    }
    Ok(one_write(
        ObjectRef::rollout(rollout),
        Some("status"),
        &rv,
        json!({"status": {"abort": true}}),
        format!("rollout '{}' aborted", name_of(rollout)),
    ))
}

/// Status subresource `{"status":{"abort":false}}` → `rollout 'NAME' retried`; not aborted:
/// nothing to do.
pub fn retry_rollout(rollout: &Value) -> Result<Plan, PatchError> {
    let rv = resource_version(rollout, "rollout")?;
    if !flag(rollout, &["status", "abort"]) {
        return Ok(nothing_to_do("rollout", name_of(rollout), "is not aborted"));
    }
    Ok(one_write(
        ObjectRef::rollout(rollout),
        Some("status"),
        &rv,
        json!({"status": {"abort": false}}),
        format!("rollout '{}' retried", name_of(rollout)),
    ))
}

/// `{"status":null}` on the experiment's main resource → `experiment 'NAME' retried`.
///
/// The Experiment CRD of Argo Rollouts declares no status subresource (unlike Rollout), so
/// status is part of the main resource and the Go plugin patches it there; a `/status` URL
/// would be NotFound.
pub fn retry_experiment(experiment: &Value) -> Result<Plan, PatchError> {
    let rv = resource_version(experiment, "experiment")?;
    Ok(one_write(
        ObjectRef::experiment(experiment),
        None,
        &rv,
        json!({"status": null}),
        format!("experiment '{}' retried", name_of(experiment)),
    ))
}

/// `{"spec":{"restartAt":"<now + in_>"}}` (RFC 3339, UTC, whole seconds) → `rollout 'NAME'
/// restarts in <in_ formatted like Go's time.Duration>`, e.g. `0s`, `30s`, `1m30s`, `2h0m0s`.
pub fn restart(rollout: &Value, in_: SignedDuration, now: Timestamp) -> Result<Plan, PatchError> {
    restart_with_label(rollout, in_, &crate::model::duration::format_go(in_), now)
}

/// As [`restart`], printing `label` (the duration as the user typed it, as the Go plugin does)
/// in the message.
pub fn restart_with_label(
    rollout: &Value,
    in_: SignedDuration,
    label: &str,
    now: Timestamp,
) -> Result<Plan, PatchError> {
    let rv = resource_version(rollout, "rollout")?;
    // A restart replaces the pods that exist at restartAt; a later one may find pods.
    let pods = at(rollout, &["status", "replicas"])
        .and_then(Value::as_i64)
        .unwrap_or(0);
    if in_.is_zero() && pods == 0 {
        return Ok(nothing_to_do(
            "rollout",
            name_of(rollout),
            "has no pods to restart",
        ));
    }
    let at = now
        .checked_add(in_)
        .map_err(|e| PatchError::RestartTime(e.to_string()))?;
    let at = Timestamp::from_second(at.as_second())
        .map_err(|e| PatchError::RestartTime(e.to_string()))?;
    Ok(one_write(
        ObjectRef::rollout(rollout),
        None,
        &rv,
        json!({"spec": {"restartAt": format!("{at:.0}")}}),
        format!("rollout '{}' restarts in {label}", name_of(rollout)),
    ))
}

#[cfg(test)]
mod tests {
    use super::super::PatchBody;
    use super::super::tests::assert_first_write;
    use super::*;

    /// A canary mid-update with pods, neither paused nor aborted.
    fn ro() -> Value {
        json!({"metadata": {"name": "web", "namespace": "prod", "resourceVersion": "8"},
            "status": {"currentPodHash": "new", "stableRS": "old", "replicas": 3}})
    }

    fn aborted() -> Value {
        let mut ro = ro();
        ro["status"]["abort"] = json!(true);
        ro
    }

    #[test]
    fn writes_that_would_change_nothing_say_so_in_one_wording() {
        let mut paused = ro();
        paused["spec"] = json!({"paused": true});
        let mut idle = ro();
        idle["status"]["currentPodHash"] = json!("old");
        let mut no_pods = ro();
        no_pods["status"]["replicas"] = json!(0);
        let now = Timestamp::UNIX_EPOCH;
        let cases = [
            (
                pause(&paused),
                "rollout 'web' is already paused; nothing to do",
            ),
            (
                abort(&aborted()),
                "rollout 'web' is already aborted; nothing to do",
            ),
            (
                abort(&idle),
                "rollout 'web' has no update in flight to abort (the current pods are the stable ones); nothing to do",
            ),
            (
                retry_rollout(&ro()),
                "rollout 'web' is not aborted; nothing to do",
            ),
            (
                restart(&no_pods, SignedDuration::ZERO, now),
                "rollout 'web' has no pods to restart; nothing to do",
            ),
        ];
        for (plan, message) in cases {
            let plan = plan.unwrap();
            assert!(plan.writes.is_empty(), "{plan:?}");
            assert_eq!(plan.message, message);
        }
        // Later, there may be pods to restart.
        let later = restart(&no_pods, SignedDuration::from_mins(1), now).unwrap();
        assert_eq!(later.writes.len(), 1);
    }

    #[test]
    fn pause_writes_the_spec() {
        let plan = pause(&ro()).unwrap();
        assert_eq!(plan.message, "rollout 'web' paused");
        assert_eq!(plan.writes[0].subresource, None);
        assert_eq!(
            plan.writes[0].body,
            PatchBody::Merge(
                json!({"metadata": {"resourceVersion": "8"}, "spec": {"paused": true}})
            )
        );
    }

    #[test]
    fn abort_and_retry_write_status() {
        let plan = abort(&ro()).unwrap();
        assert_eq!(plan.message, "rollout 'web' aborted");
        assert_eq!(plan.writes[0].subresource, Some("status"));
        assert_eq!(
            plan.writes[0].body,
            PatchBody::Merge(
                json!({"metadata": {"resourceVersion": "8"}, "status": {"abort": true}})
            )
        );
        let plan = retry_rollout(&aborted()).unwrap();
        assert_eq!(plan.message, "rollout 'web' retried");
        assert_eq!(plan.writes[0].subresource, Some("status"));
        assert_eq!(
            plan.writes[0].body,
            PatchBody::Merge(
                json!({"metadata": {"resourceVersion": "8"}, "status": {"abort": false}})
            )
        );
    }

    #[test]
    fn retry_experiment_clears_status_on_the_main_resource() {
        let exp = json!({"metadata": {"name": "exp-1", "namespace": "prod", "resourceVersion": "12"},
            "status": {"phase": "Failed"}});
        let plan = retry_experiment(&exp).unwrap();
        assert_eq!(plan.message, "experiment 'exp-1' retried");
        assert_first_write(
            &plan,
            "/apis/argoproj.io/v1alpha1/namespaces/prod/experiments/exp-1",
            PatchBody::Merge(json!({"metadata": {"resourceVersion": "12"}, "status": null})),
        );
    }

    #[test]
    fn restart_time_is_utc_whole_seconds() {
        let now: Timestamp = "2024-05-01T10:00:00.750Z".parse().unwrap();
        let plan = restart(&ro(), SignedDuration::from_secs(90), now).unwrap();
        assert_eq!(plan.message, "rollout 'web' restarts in 1m30s");
        assert_eq!(
            plan.writes[0].body,
            PatchBody::Merge(json!({"metadata": {"resourceVersion": "8"},
                "spec": {"restartAt": "2024-05-01T10:01:30Z"}}))
        );
        let plan = restart(&ro(), SignedDuration::ZERO, now).unwrap();
        assert_eq!(plan.message, "rollout 'web' restarts in 0s");
        assert_eq!(
            plan.writes[0].body.value()["spec"]["restartAt"],
            json!("2024-05-01T10:00:00Z")
        );
        let plan = restart_with_label(&ro(), SignedDuration::from_mins(5), "5m", now).unwrap();
        assert_eq!(plan.message, "rollout 'web' restarts in 5m");
        assert_eq!(
            plan.writes[0].body.value()["spec"]["restartAt"],
            json!("2024-05-01T10:05:00Z")
        );
    }

    #[test]
    fn every_simple_write_needs_a_resource_version() {
        let bare = json!({"metadata": {"name": "web"}});
        assert!(pause(&bare).is_err());
        assert!(abort(&bare).is_err());
        assert!(retry_rollout(&bare).is_err());
        assert!(retry_experiment(&bare).is_err());
        assert!(restart(&bare, SignedDuration::ZERO, Timestamp::UNIX_EPOCH).is_err());
    }
}
