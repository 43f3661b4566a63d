//! The single end-to-end test binary: every scenario module runs against the test server.

#[path = "../support/mod.rs"]
mod support;

mod cluster_access;
mod kubectl_fidelity;
mod list_basics;
mod server_api;
mod server_kube_client;
mod simple_writes;
mod undo;
mod promote;
mod set_weight;
mod history;
mod dry_run;
