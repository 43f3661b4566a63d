//! Exit codes, in one place, for CI scripts (documented in the README).

/// The process exit codes of every command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    /// Success (for `status`: the rollout is Healthy).
    Ok = 0,
    /// The operation failed, the object was not found, or (for `status`) the rollout is Degraded.
    Failure = 1,
    /// Usage error: unknown flag, bad value (clap uses 2 as well).
    Usage = 2,
    /// `status --timeout` was reached before the rollout became Healthy or Degraded.
    Timeout = 3,
    /// The cluster could not be used: unreachable, request timed out, unauthorized or
    /// forbidden, bad kubeconfig or context, or Argo Rollouts not installed.
    Cluster = 4,
}

impl ExitCode {
    pub fn code(self) -> i32 {
        self as i32
    }
}

/// An error that carries its own exit code; anything else exits with [`ExitCode::Failure`].
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct CodedError {
    pub code: ExitCode,
    pub message: String,
}

impl CodedError {
    pub fn new(code: ExitCode, message: impl Into<String>) -> Self {
        CodedError {
            code,
            message: message.into(),
        }
    }
}

/// The exit code for an error chain: the first [`CodedError`] or cluster error decides.
pub fn code_for(err: &anyhow::Error) -> ExitCode {
    for cause in err.chain() {
        if let Some(c) = cause.downcast_ref::<CodedError>() {
            return c.code;
        }
        if let Some(k) = cause.downcast_ref::<crate::k8s::K8sError>() {
            return k.exit_code();
        }
    }
    ExitCode::Failure
}

/// An error chain as the one line every failure is printed as (without the `error: `): the
/// server's or a library's text may carry newlines.
pub fn one_line(err: &anyhow::Error) -> String {
    format!("{err:#}")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_distinct_and_stable() {
        let all = [
            ExitCode::Ok,
            ExitCode::Failure,
            ExitCode::Usage,
            ExitCode::Timeout,
            ExitCode::Cluster,
        ];
        let codes: Vec<i32> = all.iter().map(|c| c.code()).collect();
        assert_eq!(codes, vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn coded_error_deep_in_chain_decides() {
        let err = anyhow::Error::new(CodedError::new(ExitCode::Timeout, "timed out"))
            .context("waiting for rollout");
        assert_eq!(code_for(&err), ExitCode::Timeout);
        assert_eq!(code_for(&anyhow::anyhow!("plain")), ExitCode::Failure);
    }
}
