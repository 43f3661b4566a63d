//! kubectl-rollouts: everything but argument dispatch lives in this library so tests and the
//! binary share one build.
//!
//! Data flows one way: flags (`cli`) → `settings` → cluster reads (`k8s`) → pure computation
//! (`view`, `patch`) → rendering (`render`) or a guarded write (`k8s`).
//!
//! A module is `pub` when the binary (`main.rs`), the tests, the benchmark or the fuzz target
//! use it; `k8s` and `playground` are reached only through `commands`.

pub mod apiserver;
pub mod cli;
pub mod commands;
mod dashboard;
pub mod exit;
mod k8s;
pub mod lint;
pub mod model;
pub mod patch;
mod playground;
pub mod render;
pub mod settings;
pub mod suggest;
pub mod view;
