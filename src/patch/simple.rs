//! One-field writes: `pause`, `abort`, `retry rollout|experiment`, `restart`.

use jiff::{SignedDuration, Timestamp};
use serde_json::{Value, json};

use super::{ObjectRef, PatchError, Plan, Write, guarded_merge, name_of, resource_version};

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

/// `{"spec":{"paused":true}}` → `rollout 'NAME' paused`.
pub fn pause(rollout: &Value) -> Result<Plan, PatchError> {
    let rv = resource_version(rollout, "rollout")?;
    Ok(one_write(
        ObjectRef::rollout(rollout),
        None,
        &rv,
        json!({"spec": {"paused": true}}),
        format!("rollout '{}' paused", name_of(rollout)),
    ))
}

/// Status subresource `{"status":{"abort":true}}` → `rollout 'NAME' aborted`.
pub fn abort(rollout: &Value) -> Result<Plan, PatchError> {
    let rv = resource_version(rollout, "rollout")?;
    Ok(one_write(
        ObjectRef::rollout(rollout),
        Some("status"),
        &rv,
        json!({"status": {"abort": true}}),
        format!("rollout '{}' aborted", name_of(rollout)),
    ))
}

/// Status subresource `{"status":{"abort":false}}` → `rollout 'NAME' retried`.
pub fn retry_rollout(rollout: &Value) -> Result<Plan, PatchError> {
    let rv = resource_version(rollout, "rollout")?;
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
    use super::*;

    fn ro() -> Value {
        json!({"metadata": {"name": "web", "namespace": "prod", "resourceVersion": "8"}})
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
        let plan = retry_rollout(&ro()).unwrap();
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
        let w = &plan.writes[0];
        assert_eq!(
            w.target.api_path(w.subresource),
            "/apis/argoproj.io/v1alpha1/namespaces/prod/experiments/exp-1"
        );
        assert_eq!(
            w.body,
            PatchBody::Merge(json!({"metadata": {"resourceVersion": "12"}, "status": null}))
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
