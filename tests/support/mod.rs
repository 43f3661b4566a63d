//! Shared support for the end-to-end tests: the Kubernetes API test server and `TestEnv`.
#![allow(dead_code)]

pub mod client;
pub mod env;
pub mod objects;
/// The Kubernetes API test server now ships in the library (the playground serves it too).
pub mod server {
    pub use kubectl_rollouts::testserver::*;
}

#[allow(unused_imports)]
pub use env::{Background, OutputExt, TestEnv, wait_until};
#[allow(unused_imports)]
pub use server::{Fault, RecordedRequest, RequestInfo, ServerBuilder, Store, TestServer};
