//! exit (filled in by its owner).
