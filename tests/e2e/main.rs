//! The single end-to-end test binary: every scenario module runs against the test server.

#[path = "../support/mod.rs"]
mod support;

mod cli_surface;
mod cluster_access;
mod completion;
mod create;
mod dashboard;
mod dashboard_live;
mod dry_run;
mod faults;
mod get_experiment;
mod get_rollout;
mod global_flags;
mod history;
mod honest_writes;
mod krew_manifest;
mod kubectl_fidelity;
mod kubectl_tables;
mod lint;
mod list_basics;
mod list_rollouts;
mod machine_output;
mod playground;
mod promote;
mod read_budget;
mod server_api;
mod server_kube_client;
mod set_weight;
mod simple_writes;
mod status;
mod terminal;
mod terminate;
mod undo;
mod watch;
mod watch_backoff;
