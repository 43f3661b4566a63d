//! render (filled in by its owner).
