//! The test server through raw HTTP.
