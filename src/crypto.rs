//! Client-side passphrase hashing for a new Cozy (being written on the `crypto` branch).
//!
//! STAND-IN, so the Cozy flow compiles against the agreed API until "Merge the crypto" lands:
//! at that merge, take the crypto branch's file whole.

use secrecy::SecretString;

pub const DEFAULT_ITERATIONS: u32 = 650_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HashedPassphrase {
    pub passphrase_hash: String,
    pub protected_key: String,
    pub iterations: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    #[error("passphrase hashing is not built yet")]
    NotBuilt,
}

pub fn hash_passphrase(
    _passphrase: &SecretString,
    _fqdn: &str,
    _iterations: u32,
) -> Result<HashedPassphrase, CryptoError> {
    Err(CryptoError::NotBuilt)
}
