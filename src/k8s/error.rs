//! Errors from the cluster, each one line that says what went wrong and what to do. Typed
//! because callers branch on them (not found, conflict → retry, cluster → exit code 4).

use http::StatusCode;
use serde_json::Value;

use crate::exit::ExitCode;
use crate::model::resource::Resource;

#[derive(Debug, thiserror::Error)]
pub enum K8sError {
    /// The object does not exist (`rollouts.argoproj.io "x" not found in namespace "ns"`).
    /// `name` is the Status's `details.name`: set when an object (not a whole type) is missing.
    #[error("{message}")]
    NotFound {
        message: String,
        name: Option<String>,
    },
    #[error("Unauthorized: check your credentials for context {context}")]
    Unauthorized { context: String },
    #[error("Forbidden: {message} (context {context})")]
    Forbidden { message: String, context: String },
    #[error("cannot reach the cluster at {server}: {detail}")]
    Unreachable { server: String, detail: String },
    #[error("the cluster at {server} did not answer within {after} (see --request-timeout)")]
    Timeout { server: String, after: String },
    /// The resource type itself is missing: Argo Rollouts (its CRDs) is not installed.
    #[error("the server does not serve {resource}: is Argo Rollouts installed in this cluster?")]
    NotInstalled { resource: String },
    /// 409, or a failed JSON-patch `test` of the resourceVersion: someone else wrote first.
    #[error("{message}")]
    Conflict { message: String },
    #[error("{message}")]
    Api {
        code: u16,
        reason: String,
        message: String,
    },
    #[error("{0}")]
    Config(String),
    #[error("unexpected response from {server}: {detail}")]
    Decode { server: String, detail: String },
}

impl K8sError {
    pub fn exit_code(&self) -> ExitCode {
        match self {
            K8sError::Unauthorized { .. }
            | K8sError::Forbidden { .. }
            | K8sError::Unreachable { .. }
            | K8sError::Timeout { .. }
            | K8sError::NotInstalled { .. }
            | K8sError::Config(_) => ExitCode::Cluster,
            // Overloaded or failing server (what we retry): the cluster is unusable right now,
            // which scripts must tell apart from a rollout that failed.
            K8sError::Api {
                code: 429 | 500 | 502 | 503 | 504,
                ..
            } => ExitCode::Cluster,
            K8sError::NotFound { .. }
            | K8sError::Conflict { .. }
            | K8sError::Api { .. }
            | K8sError::Decode { .. } => ExitCode::Failure,
        }
    }

    pub fn is_not_found(&self) -> bool {
        matches!(self, K8sError::NotFound { .. })
    }

    pub fn is_conflict(&self) -> bool {
        matches!(self, K8sError::Conflict { .. })
    }

    /// A 404 on an object path: either the object is missing (say which, in which namespace)
    /// or the whole resource type is (Argo Rollouts not installed).
    pub fn with_object(self, res: &Resource, name: &str, namespace: &str) -> K8sError {
        match self {
            K8sError::NotFound {
                message,
                name: missing,
            } if missing.as_deref() == Some(name) || message.contains(&format!("\"{name}\"")) => {
                K8sError::NotFound {
                    message: format!(
                        "{} \"{name}\" not found in namespace \"{namespace}\"",
                        res.group_resource()
                    ),
                    name: Some(name.to_string()),
                }
            }
            K8sError::NotFound { .. } => not_installed_or_missing(res),
            other => other,
        }
    }

    /// A 404 on a collection path means the resource type is missing.
    pub fn with_collection(self, res: &Resource) -> K8sError {
        match self {
            K8sError::NotFound { .. } => not_installed_or_missing(res),
            other => other,
        }
    }
}

fn not_installed_or_missing(res: &Resource) -> K8sError {
    if res.group == crate::model::ARGO_GROUP {
        K8sError::NotInstalled {
            resource: format!("{} ({})", res.group_resource(), res.api_version()),
        }
    } else {
        K8sError::Api {
            code: 404,
            reason: "NotFound".into(),
            message: format!("the server does not serve {}", res.group_resource()),
        }
    }
}

/// Turns an HTTP error answer (a `Status` object, usually) into our error.
pub fn api_error(status: StatusCode, body: &[u8], context: &str) -> K8sError {
    let parsed: Option<Value> = serde_json::from_slice(body).ok();
    let field = |k: &str| {
        parsed
            .as_ref()
            .and_then(|v| v.get(k))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let mut message = sanitize(&field("message"));
    let reason = field("reason");
    if message.is_empty() {
        message = format!(
            "the server answered {} {}",
            status.as_u16(),
            status.canonical_reason().unwrap_or("")
        )
        .trim_end()
        .to_string();
    }
    match status.as_u16() {
        401 => K8sError::Unauthorized {
            context: context.to_string(),
        },
        403 => K8sError::Forbidden {
            message,
            context: context.to_string(),
        },
        404 => K8sError::NotFound {
            message,
            name: parsed
                .as_ref()
                .and_then(|v| v.pointer("/details/name"))
                .and_then(Value::as_str)
                .filter(|n| !n.is_empty())
                .map(str::to_string),
        },
        409 => K8sError::Conflict { message },
        code => K8sError::Api {
            code,
            reason,
            message,
        },
    }
}

/// One line, bounded in length, no control characters: the server's text reaches a terminal.
pub(crate) fn sanitize(s: &str) -> String {
    let one: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(500)
        .collect();
    one.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::resource::ROLLOUTS;

    fn status(code: u16, reason: &str, message: &str) -> Vec<u8> {
        serde_json::to_vec(&serde_json::json!({
            "kind": "Status", "apiVersion": "v1", "status": "Failure",
            "message": message, "reason": reason, "code": code
        }))
        .unwrap()
    }

    #[test]
    fn missing_object_names_it_and_its_namespace() {
        let e = api_error(
            StatusCode::NOT_FOUND,
            &status(404, "NotFound", "rollouts.argoproj.io \"web\" not found"),
            "ctx",
        )
        .with_object(&ROLLOUTS, "web", "prod");
        assert_eq!(
            e.to_string(),
            "rollouts.argoproj.io \"web\" not found in namespace \"prod\""
        );
        assert_eq!(e.exit_code(), ExitCode::Failure);
    }

    #[test]
    fn missing_resource_type_means_not_installed() {
        let e = api_error(
            StatusCode::NOT_FOUND,
            &status(
                404,
                "NotFound",
                "the server could not find the requested resource",
            ),
            "ctx",
        )
        .with_object(&ROLLOUTS, "web", "prod");
        assert!(matches!(e, K8sError::NotInstalled { .. }));
        assert!(e.to_string().contains("is Argo Rollouts installed"));
        assert_eq!(e.exit_code(), ExitCode::Cluster);
    }

    #[test]
    fn unauthorized_names_the_context_only() {
        let e = api_error(
            StatusCode::UNAUTHORIZED,
            &status(401, "Unauthorized", "Unauthorized"),
            "prod-admin",
        );
        assert_eq!(
            e.to_string(),
            "Unauthorized: check your credentials for context prod-admin"
        );
    }

    #[test]
    fn invalid_is_an_api_error_with_its_code() {
        let e = api_error(
            StatusCode::UNPROCESSABLE_ENTITY,
            &status(
                422,
                "Invalid",
                "the server rejected our request due to an error in our request",
            ),
            "c",
        );
        assert!(matches!(e, K8sError::Api { code: 422, .. }));
        assert!(!e.is_conflict());
    }

    #[test]
    fn a_missing_object_with_a_long_name_is_not_a_missing_type() {
        // The message is cut at 500 characters; the Status details still name the object.
        let name = "r".repeat(600);
        let body = serde_json::to_vec(&serde_json::json!({
            "kind": "Status", "apiVersion": "v1", "status": "Failure", "reason": "NotFound",
            "message": format!("rollouts.argoproj.io \"{name}\" not found"),
            "details": {"name": name, "group": "argoproj.io", "kind": "rollouts"}, "code": 404
        }))
        .unwrap();
        let e = api_error(StatusCode::NOT_FOUND, &body, "c").with_object(&ROLLOUTS, &name, "prod");
        assert!(e.is_not_found(), "{e}");
        assert!(e.to_string().ends_with("not found in namespace \"prod\""));
    }

    #[test]
    fn non_json_error_body_still_gives_one_line() {
        let e = api_error(StatusCode::BAD_GATEWAY, b"<html>\nbad\n</html>", "c");
        assert_eq!(e.to_string(), "the server answered 502 Bad Gateway");
    }
}
