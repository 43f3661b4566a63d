//! settings (filled in by its owner).
