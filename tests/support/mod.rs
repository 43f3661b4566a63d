//! Shared support for the end-to-end tests: the Kubernetes API test server and `TestEnv`.
#![allow(dead_code)]

pub mod client;
pub mod env;
pub mod server;

#[allow(unused_imports)]
pub use env::{OutputExt, TestEnv};
#[allow(unused_imports)]
pub use server::{Fault, RecordedRequest, RequestInfo, ServerBuilder, Store, TestServer};
