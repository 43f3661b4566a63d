//! patch (filled in by its owner).
