//! Shared support for the end-to-end tests: the Kubernetes API test server and `TestEnv`.
#![allow(dead_code)]

pub mod client;
pub mod dashboard;
pub mod env;
pub mod objects;
pub mod tls;
pub mod writes;
/// The in-memory Kubernetes API server ships in the library (the playground serves it); its
/// test-only parts come with the `test-support` feature the tests turn on.
pub mod server {
    pub use kubectl_rollouts::apiserver::ApiServer as TestServer;
    pub use kubectl_rollouts::apiserver::*;
}

#[allow(unused_imports)]
pub use env::{Background, OutputExt, TestEnv, wait_until};
#[allow(unused_imports)]
pub use server::{Fault, RecordedRequest, RequestInfo, ServerBuilder, Store, TestServer};
