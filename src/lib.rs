//! kubectl-rollouts: everything but argument dispatch lives in this library so tests and the
//! binary share one build.
//!
//! Data flows one way: flags (`cli`) → `settings` → cluster reads (`k8s`) → pure computation
//! (`view`, `patch`) → rendering (`render`) or a guarded write (`k8s`).

pub mod apiserver;
pub mod cli;
pub mod commands;
pub mod dashboard;
pub mod exit;
pub mod k8s;
pub mod lint;
pub mod model;
pub mod patch;
pub mod playground;
pub mod render;
pub mod settings;
pub mod suggest;
pub mod view;
