//! Tests of the whole lint pipeline on small inputs (the realistic manifests are in tests/fixtures/lint, run by tests/e2e/lint.rs).
