//! The sandbox: an offline simulator of the three providers (being written).
