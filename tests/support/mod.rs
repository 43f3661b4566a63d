//! Shared support for the end-to-end tests: the Kubernetes API test server and `TestEnv`.
#![allow(dead_code)]

pub mod client;
pub mod env;
pub mod objects;
pub mod server;

#[allow(unused_imports)]
pub use env::{Background, OutputExt, TestEnv, wait_until};
#[allow(unused_imports)]
pub use server::{Fault, RecordedRequest, RequestInfo, ServerBuilder, Store, TestServer};
