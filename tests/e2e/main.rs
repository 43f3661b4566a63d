//! The single end-to-end test binary: every scenario module runs against the test server.

#[path = "../support/mod.rs"]
mod support;

mod cluster_access;
mod dry_run;
mod history;
mod kubectl_fidelity;
mod list_basics;
mod promote;
mod server_api;
mod server_kube_client;
mod set_weight;
mod simple_writes;
mod undo;
