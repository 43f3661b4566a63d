//! The REST handlers under `/<root>/api/v1/`: the anchor's RolloutService routes plus ours
//! (pause, set weight, history). Reads are the CLI's scoped reads; writes are the CLI's
//! planners on the shared guarded path. A refusal is a 4xx with the CLI's one-line message as
//! `{"code", "message"}`; failures of the cluster are 502/504, never a 500.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State as Shared};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use jiff::SignedDuration;
use serde::Serialize;
use serde_json::{Value, json};

use super::info::{self, RolloutInfo};
use super::{State, actions, sse};
use crate::k8s::write::{Outcome, Round, plan_and_write, rollout_round};
use crate::k8s::write::{set_image_round, undo_round};
use crate::k8s::{K8sError, ListQuery, reads};
use crate::model::resource::ROLLOUTS;
use crate::patch::{self, PatchError};
use crate::render;
use crate::view::{self, RolloutObjects};

/// The namespace name that means "every namespace" (under `-A`); not a valid namespace name.
pub const ALL_NAMESPACES: &str = "_all";
/// The header that carries the CLI's message of a write (the body is the Rollout, as the
/// anchor answers).
pub const MESSAGE_HEADER: &str = "x-rollouts-message";

type S = Shared<Arc<State>>;

/// A rollout's info for the rollout page: the anchor's fields plus, unless read-only, which
/// actions the CLI would carry out.
pub(crate) fn detail(state: &State, objs: &RolloutObjects) -> RolloutInfo {
    let mut info = info::rollout_info(objs);
    if !state.options.read_only {
        info.actions = Some(actions::available(objs, state.now()));
    }
    info
}

pub async fn get_info(Shared(state): S, Path((ns, name)): Path<(String, String)>) -> Response {
    match reads::rollout_objects(&state.cluster, &ns, &name).await {
        Ok(objs) => json_ok(&detail(&state, &objs)),
        Err(e) => fail(&e.into(), &state),
    }
}

pub async fn watch_info(Shared(state): S, Path((ns, name)): Path<(String, String)>) -> Response {
    sse::rollout(state, ns, name).await
}

pub async fn list_infos(Shared(state): S, Path(ns): Path<String>) -> Response {
    let ns = match list_scope(&state, &ns) {
        Ok(ns) => ns,
        Err(r) => return *r,
    };
    let mut rollouts: Vec<RolloutInfo> = Vec::new();
    // Page by page: the objects of a large list are never all held at once.
    let read = state
        .cluster
        .list_pages(&ROLLOUTS, ns.as_deref(), &ListQuery::default(), |page| {
            rollouts.extend(page.iter().map(info::list_info));
        })
        .await;
    match read {
        Ok(_) => {
            rollouts.sort_by(|a, b| {
                (&a.object_meta.namespace, &a.object_meta.name)
                    .cmp(&(&b.object_meta.namespace, &b.object_meta.name))
            });
            // Encoded straight from the structs (a `json!` tree of 2,000 infos costs ~10 MB).
            #[derive(serde::Serialize)]
            struct RolloutInfoList {
                rollouts: Vec<RolloutInfo>,
            }
            json_ok(&RolloutInfoList { rollouts })
        }
        Err(e) => fail(&e.into(), &state),
    }
}

pub async fn watch_list(Shared(state): S, Path(ns): Path<String>) -> Response {
    match list_scope(&state, &ns) {
        Ok(ns) => sse::list(state, ns).await,
        Err(r) => *r,
    }
}

/// `_all` means every namespace, and only under `-A`.
fn list_scope(state: &State, ns: &str) -> Result<Option<String>, Box<Response>> {
    if ns != ALL_NAMESPACES {
        return Ok(Some(ns.to_string()));
    }
    if state.options.all_namespaces {
        Ok(None)
    } else {
        Err(Box::new(error(
            StatusCode::FORBIDDEN,
            "this dashboard shows one namespace at a time; start it with -A to show all",
        )))
    }
}

/// `NamespaceInfo`: the namespace to show first, and the namespaces that have rollouts (as
/// the anchor finds them: one list of rollouts in all namespaces; without the right to list
/// them, just ours).
pub async fn namespace(Shared(state): S) -> Response {
    let mut available: Vec<String> = Vec::new();
    let read = state
        .cluster
        .list_pages(&ROLLOUTS, None, &ListQuery::default(), |page| {
            for ro in page.iter() {
                if let Some(ns) = ro["metadata"]["namespace"].as_str()
                    && !available.iter().any(|a| a == ns)
                {
                    available.push(ns.to_string());
                }
            }
        })
        .await;
    if read.is_err() || available.is_empty() {
        available = vec![state.cluster.namespace.clone()];
    }
    available.sort();
    let namespace = if state.options.all_namespaces {
        ALL_NAMESPACES.to_string()
    } else {
        state.cluster.namespace.clone()
    };
    json_ok(&json!({"namespace": namespace, "availableNamespaces": available}))
}

pub async fn version() -> Response {
    json_ok(&json!({"rolloutsVersion": format!("kubectl-rollouts v{}", env!("CARGO_PKG_VERSION"))}))
}

/// Ours: what the pages need to know about this dashboard (never a credential).
pub async fn settings(Shared(state): S) -> Response {
    json_ok(&json!({
        "readOnly": state.options.read_only,
        "allNamespaces": state.options.all_namespaces,
        "namespace": state.cluster.namespace,
        "context": state.cluster.context,
    }))
}

/// Ours: the revisions `undo` can go to, each with the diff an undo to it would apply.
pub async fn history(Shared(state): S, Path((ns, name)): Path<(String, String)>) -> Response {
    let read = async {
        let rollout = state.cluster.get(&ROLLOUTS, &ns, &name).await?;
        let replica_sets = reads::rollout_replica_sets(&state.cluster, &ns, &rollout).await?;
        let workload = reads::workload(&state.cluster, &ns, &rollout).await?;
        anyhow::Ok((rollout, replica_sets, workload))
    };
    let (rollout, replica_sets, workload) = match read.await {
        Ok(r) => r,
        Err(e) => return fail(&e, &state),
    };
    let current = match patch::current_template(&rollout, workload.as_ref()) {
        Ok(t) => t.unwrap_or(Value::Null),
        Err(e) => return fail(&e.into(), &state),
    };
    // An undo also puts back the steps set-weight replaced: part of every diff then.
    let steps = match patch::steps_after_restore(&rollout) {
        Ok(Some(restored)) => render::diff_text(
            "--- current canary steps (set by set-weight)\n+++ after undo (set-weight's record restored)\n",
            &json!({ "steps": crate::model::current_steps(&rollout) }),
            &json!({ "steps": restored }),
        ),
        Ok(None) => String::new(),
        Err(e) => return fail(&e.into(), &state),
    };
    let entries: Vec<Value> = view::history(&rollout, &replica_sets)
        .into_iter()
        .map(|e| {
            let same = patch::is_subset(&current, &e.template);
            let mut diff = if same {
                String::new()
            } else {
                render::diff_text("", &current, &e.template)
            };
            diff.push_str(&steps);
            json!({
                "revision": e.revision, "name": e.name, "images": e.images, "roles": e.roles,
                "created": e.created.map(|t| format!("{t:.0}")),
                "current": same && steps.is_empty(), "diff": diff.lines().collect::<Vec<_>>(),
            })
        })
        .collect();
    json_ok(&json!({ "revisions": entries }))
}

#[derive(serde::Deserialize, Default)]
struct PromoteBody {
    #[serde(default)]
    full: bool,
}

pub async fn promote(
    Shared(state): S,
    Path((ns, name)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let full = if body.iter().all(u8::is_ascii_whitespace) {
        false
    } else {
        match serde_json::from_slice::<PromoteBody>(&body) {
            Ok(b) => b.full,
            Err(e) => {
                return error(
                    StatusCode::BAD_REQUEST,
                    &format!("invalid request body: {e} (expected {{\"full\": true|false}})"),
                );
            }
        }
    };
    let plan = move |ro: &Value| patch::promote(ro, full);
    planned(&state, &ns, &name, plan).await
}

pub async fn abort(Shared(state): S, Path((ns, name)): Path<(String, String)>) -> Response {
    planned(&state, &ns, &name, patch::abort).await
}

pub async fn retry(Shared(state): S, Path((ns, name)): Path<(String, String)>) -> Response {
    planned(&state, &ns, &name, patch::retry_rollout).await
}

pub async fn pause(Shared(state): S, Path((ns, name)): Path<(String, String)>) -> Response {
    planned(&state, &ns, &name, patch::pause).await
}

/// Restart now, as the anchor's dashboard does (`restart --in 0s`).
pub async fn restart(Shared(state): S, Path((ns, name)): Path<(String, String)>) -> Response {
    let now = state.now();
    let plan = move |ro: &Value| patch::restart(ro, SignedDuration::ZERO, now);
    planned(&state, &ns, &name, plan).await
}

pub async fn set_weight(
    Shared(state): S,
    Path((ns, name, weight)): Path<(String, String, String)>,
) -> Response {
    let Ok(weight) = weight.parse::<i64>() else {
        return error(
            StatusCode::BAD_REQUEST,
            &format!("invalid weight {weight:?}: expected a whole number"),
        );
    };
    let plan = move |ro: &Value| patch::set_weight(ro, weight, false);
    planned(&state, &ns, &name, plan).await
}

/// Ours, as `set-weight NAME --restore`: the steps set-weight replaced come back.
pub async fn restore_weight(
    Shared(state): S,
    Path((ns, name)): Path<(String, String)>,
) -> Response {
    planned(&state, &ns, &name, patch::restore_steps).await
}

pub async fn undo(
    Shared(state): S,
    Path((ns, name, revision)): Path<(String, String, String)>,
) -> Response {
    let Ok(revision) = revision.parse::<u64>() else {
        return error(
            StatusCode::BAD_REQUEST,
            &format!("invalid revision {revision:?}: expected a whole number (0 = the previous)"),
        );
    };
    write(&state, &name, || {
        undo_round(&state.cluster, &ns, &name, Some(revision))
    })
    .await
}

/// `set/{container}/{image…}/{tag}`: the image may have slashes (a registry path).
pub async fn set_image(
    Shared(state): S,
    Path((ns, name, container, rest)): Path<(String, String, String, String)>,
) -> Response {
    let image = match rest.rsplit_once('/') {
        Some((image, tag))
            if !image.is_empty() && !tag.is_empty() && !rest.contains(char::is_whitespace) =>
        {
            format!("{image}:{tag}")
        }
        _ => {
            return error(
                StatusCode::BAD_REQUEST,
                &format!("invalid image {rest:?}: expected IMAGE/TAG after the container name"),
            );
        }
    };
    let assignments = vec![(container, image)];
    write(&state, &name, || {
        set_image_round(&state.cluster, &ns, &name, &assignments)
    })
    .await
}

/// A write planned from the rollout alone (promote, abort, retry, pause, restart, set-weight).
async fn planned<F>(state: &State, ns: &str, name: &str, plan: F) -> Response
where
    F: Fn(&Value) -> Result<crate::patch::Plan, PatchError>,
{
    write(state, name, || {
        rollout_round(&state.cluster, ns, name, &plan)
    })
    .await
}

/// Runs one guarded write the way the CLI does and answers with the Rollout (as the anchor
/// does) and the CLI's message in a header.
async fn write<F, Fut>(state: &State, name: &str, round: F) -> Response
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<Round>>,
{
    let (message, object) = match plan_and_write(&state.cluster, name, false, round).await {
        Ok(Outcome::Written { plan, last }) => (plan.message, last),
        Ok(Outcome::Unchanged(r) | Outcome::Preview(r)) => (
            r.plan.message,
            r.objects.into_iter().next().unwrap_or(Value::Null),
        ),
        Err(e) => return fail(&e, state),
    };
    let mut res = json_ok(&object);
    if let Ok(v) = HeaderValue::from_str(&message) {
        res.headers_mut().insert(MESSAGE_HEADER, v);
    }
    res
}

/// The status and one-line message for an error of a read or a write.
pub(crate) fn failure(e: &anyhow::Error, state: &State) -> (StatusCode, String) {
    let line = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for cause in e.chain() {
        if let Some(p) = cause.downcast_ref::<PatchError>() {
            let status = match p {
                PatchError::WeightOutOfRange { .. } => StatusCode::BAD_REQUEST,
                PatchError::RevisionNotFound(_) => StatusCode::NOT_FOUND,
                _ => StatusCode::CONFLICT,
            };
            return (status, line(p.to_string()));
        }
        if let Some(k) = cause.downcast_ref::<K8sError>() {
            let status = match k {
                K8sError::NotFound { .. } => StatusCode::NOT_FOUND,
                K8sError::Forbidden { message, .. } => {
                    let who = forbidden_user(message).unwrap_or_else(|| {
                        format!("the user of context \"{}\"", state.cluster.context)
                    });
                    return (
                        StatusCode::FORBIDDEN,
                        line(format!("permission denied for {who}: {message}")),
                    );
                }
                K8sError::Conflict { .. } => StatusCode::CONFLICT,
                K8sError::Api { code, .. } if (400..500).contains(code) && *code != 401 => {
                    StatusCode::from_u16(*code).unwrap_or(StatusCode::BAD_REQUEST)
                }
                K8sError::Timeout { .. } => StatusCode::GATEWAY_TIMEOUT,
                _ => StatusCode::BAD_GATEWAY,
            };
            return (status, line(k.to_string()));
        }
    }
    // What is left is the write loop giving up on an object that kept changing.
    (StatusCode::CONFLICT, line(format!("{e:#}")))
}

/// `User "alice"` in the API server's RBAC message.
fn forbidden_user(message: &str) -> Option<String> {
    let start = message.find("User \"")? + "User \"".len();
    let len = message[start..].find('"')?;
    Some(message[start..start + len].to_string())
}

pub(crate) fn error_body(status: StatusCode, message: &str) -> Value {
    json!({"code": status.as_u16(), "message": message})
}

pub(crate) fn error(status: StatusCode, message: &str) -> Response {
    let mut res = json_ok(&error_body(status, message));
    *res.status_mut() = status;
    res
}

fn fail(e: &anyhow::Error, state: &State) -> Response {
    let (status, message) = failure(e, state);
    error(status, &message)
}

pub(crate) fn json_ok<T: Serialize>(value: &T) -> Response {
    match serde_json::to_vec(value) {
        Ok(body) => (
            [(header::CONTENT_TYPE, "application/json")],
            Bytes::from(body),
        )
            .into_response(),
        Err(e) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("cannot encode the answer: {e}"),
        )
            .into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::forbidden_user;

    #[test]
    fn the_forbidden_user_is_read_from_the_rbac_message() {
        let m = "rollouts.argoproj.io \"web\" is forbidden: User \"alice\" cannot patch resource \"rollouts\" in API group \"argoproj.io\" in the namespace \"default\"";
        assert_eq!(forbidden_user(m).as_deref(), Some("alice"));
        assert_eq!(forbidden_user("forbidden"), None);
    }
}
