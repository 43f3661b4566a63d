//! The only code that talks to the API server: client from kubeconfig, reads scoped to one
//! rollout, guarded patches and the read-plan-write loop, watches.

mod client;
mod error;
pub mod follow;
pub mod reads;
pub mod resources;
pub mod watch;
pub mod write;

pub use client::{Cluster, ListQuery, ObjectList};
pub use error::{K8sError, api_error};
pub use resources::Resource;
