//! Client-side passphrase hashing for a new Cozy (being written).
