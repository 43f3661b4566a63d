//! The only code that talks to the API server: client from kubeconfig and kubectl's override
//! flags, reads scoped to one rollout, guarded patches and the read-plan-write loop, watches,
//! the `-v` request log.

pub mod backoff;
mod client;
pub mod config;
mod error;
pub mod follow;
pub mod reads;
pub mod trace;
pub mod watch;
pub mod write;

pub use crate::model::Resource;
pub use client::{Cluster, ListQuery};
pub use config::Overrides;
pub use error::K8sError;
