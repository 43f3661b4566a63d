//! kubectl 1.32 against the test server.
