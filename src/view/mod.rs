//! Pure: Kubernetes objects (as JSON) in, views out. No I/O, no clock, no environment.

pub mod types;
pub use types::*;
mod stubs;
pub use stubs::*;
