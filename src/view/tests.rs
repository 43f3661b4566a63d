//! End-to-end tests of the view builders over objects built in code.
