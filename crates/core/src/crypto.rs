//! Client-side passphrase hashing for a new Cozy.
//!
//! A Cozy never receives the passphrase itself: the client stretches it into a master key,
//! sends a hash of that key as the `passphrase` field, and sends a random symmetric key
//! encrypted under the master key as the `key` field (the Bitwarden-compatible vault key).
//! Every Cozy client (web, mobile, Bitwarden apps) recomputes the same values from the
//! passphrase and the instance domain, so the derivation below must match them bit for bit:
//!
//! ```text
//! salt       = "me@" + domain (port removed)
//! master_key = PBKDF2-HMAC-SHA256(passphrase, salt, iterations, 32 bytes)
//! hash       = PBKDF2-HMAC-SHA256(master_key, passphrase, 1, 32 bytes)
//! passphrase = base64(hash)
//! key        = "0." + base64(iv) + "|" + base64(AES-256-CBC-PKCS7(master_key, iv, 64 random bytes))
//! ```

use core::fmt;

use aes::cipher::{BlockModeDecrypt, BlockModeEncrypt, KeyIvInit, block_padding::Pkcs7};
use base64::{Engine as _, prelude::BASE64_STANDARD};
use secrecy::{ExposeSecret, SecretString};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// Iterations the Cozy stack proposes for new instances.
pub const DEFAULT_ITERATIONS: u32 = 650_000;
/// Fewest iterations the Cozy stack accepts.
pub const MIN_ITERATIONS: u32 = 50_000;
/// Most iterations the Cozy stack accepts.
pub const MAX_ITERATIONS: u32 = 5_000_000;

type Aes256CbcEnc = cbc::Encryptor<aes::Aes256>;
type Aes256CbcDec = cbc::Decryptor<aes::Aes256>;

const MASTER_KEY_LEN: usize = 32;
const IV_LEN: usize = 16;
/// 32 bytes of encryption key + 32 bytes of MAC key, as Bitwarden clients expect.
const SYMMETRIC_KEY_LEN: usize = 64;
/// PKCS7 always pads, so a block-aligned 64-byte key gains a whole extra block.
const SEALED_KEY_LEN: usize = SYMMETRIC_KEY_LEN + 16;
/// Bitwarden's encryption type 0 (`AesCbc256_B64`): AES-256-CBC without a MAC. It is the
/// type Cozy clients write at registration, since the MAC key only exists once this is opened.
const PROTECTED_KEY_PREFIX: &str = "0.";

/// Why a passphrase could not be hashed or a protected key could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum CryptoError {
    /// The iteration count is one the Cozy stack would refuse.
    #[error("the number of iterations must be between {min} and {max}, but {got} was asked")]
    IterationsOutOfRange {
        /// The count that was asked for.
        got: u32,
        /// [`MIN_ITERATIONS`].
        min: u32,
        /// [`MAX_ITERATIONS`].
        max: u32,
    },
    /// The passphrase is empty.
    #[error("the passphrase is empty")]
    EmptyPassphrase,
    /// The instance address cannot give the salt the Cozy stack uses.
    #[error("“{address}” is not a usable Cozy address: {reason}")]
    BadInstanceAddress {
        /// The address as it was given.
        address: String,
        /// What is wrong with it, for a person.
        reason: &'static str,
    },
    /// The protected key field does not have the expected shape or does not open.
    // The reason is a fixed text so that no part of the key field ends up in a log.
    #[error("the protected key is malformed: {0}")]
    MalformedProtectedKey(&'static str),
    /// The operating system gave no random bytes.
    #[error("no randomness is available from the operating system: {0}")]
    NoRandomness(#[source] getrandom::Error),
}

/// What is sent to `POST /settings/passphrase` when the instance is registered.
///
/// The hash is what a client sends to log in, so it is as sensitive as the passphrase:
/// `Debug` redacts it and the key, and both are wiped from memory on drop.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct HashedPassphrase {
    /// Standard base64 of the 32-byte hash (44 characters): the `passphrase` field.
    pub passphrase_hash: String,
    /// `"0." + base64(iv) + "|" + base64(ciphertext)`: the `key` field.
    pub protected_key: String,
    /// The iteration count used for the master key: the `iterations` field.
    pub iterations: u32,
}

impl fmt::Debug for HashedPassphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HashedPassphrase")
            .field("passphrase_hash", &"[redacted]")
            .field("protected_key", &"[redacted]")
            .field("iterations", &self.iterations)
            .finish()
    }
}

/// Returns the salt the Cozy stack uses for this instance: `"me@"` + its host, lowercased,
/// with any `:port` removed.
///
/// # Errors
/// [`CryptoError::BadInstanceAddress`] when the address is empty, carries a scheme, a path
/// or characters a host name cannot hold, or has a port that is not a number.
pub fn salt_for_instance(fqdn: &str) -> Result<String, CryptoError> {
    let bad = |reason| CryptoError::BadInstanceAddress {
        address: fqdn.to_owned(),
        reason,
    };
    // Pasted addresses often carry a stray space or newline that no host name can contain.
    let address = fqdn.trim();
    if address.contains("://") {
        return Err(bad("give the address without “https://”"));
    }
    if address.contains('/') {
        return Err(bad("give the address without a path"));
    }
    // The stack cuts its domain at the first ':' to drop the port; cut at the same place so
    // the salt is the one every other client will compute.
    let (host, port) = match address.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (address, None),
    };
    if host.is_empty() {
        return Err(bad("the host name is empty"));
    }
    if port.is_some_and(|port| port.parse::<u16>().is_err()) {
        return Err(bad("the port after “:” is not a number from 0 to 65535"));
    }
    // A salt that differs from the stack's by one character would lock the person out of
    // every other client, so anything that is not a plain DNS name is refused, not guessed.
    if !host
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    {
        return Err(bad(
            "a host name holds only letters, digits, dots and hyphens (use the punycode form of an international name)",
        ));
    }
    if host.split('.').any(str::is_empty) {
        return Err(bad(
            "the host name has an empty part (a leading, trailing or doubled dot)",
        ));
    }
    Ok(format!("me@{}", host.to_ascii_lowercase()))
}

/// Derives the master key, the passphrase hash and a freshly generated protected key for the
/// instance at `fqdn` (a host name, optionally with `:port`).
///
/// This runs `iterations` rounds of PBKDF2 — about a second at [`DEFAULT_ITERATIONS`] in an
/// optimised build — so call it off the UI thread (e.g. `tokio::task::spawn_blocking`).
///
/// # Errors
/// [`CryptoError::IterationsOutOfRange`], [`CryptoError::EmptyPassphrase`],
/// [`CryptoError::BadInstanceAddress`] (see [`salt_for_instance`]) or
/// [`CryptoError::NoRandomness`].
pub fn hash_passphrase(
    passphrase: &SecretString,
    fqdn: &str,
    iterations: u32,
) -> Result<HashedPassphrase, CryptoError> {
    check_iterations(iterations)?;
    // Borrowed, never copied: the only copy of the passphrase stays inside the SecretString.
    let passphrase = passphrase.expose_secret().as_bytes();
    if passphrase.is_empty() {
        return Err(CryptoError::EmptyPassphrase);
    }
    let salt = salt_for_instance(fqdn)?;

    // Drawn before the slow derivation so that a missing RNG fails at once, not after seconds.
    let mut iv = [0u8; IV_LEN];
    getrandom::fill(&mut iv).map_err(CryptoError::NoRandomness)?;
    let mut symmetric_key = Zeroizing::new([0u8; SYMMETRIC_KEY_LEN]);
    getrandom::fill(symmetric_key.as_mut_slice()).map_err(CryptoError::NoRandomness)?;

    let (master_key, hash) = derive(passphrase, salt.as_bytes(), iterations);
    let hash = Zeroizing::new(hash);

    Ok(HashedPassphrase {
        passphrase_hash: BASE64_STANDARD.encode(hash.as_slice()),
        protected_key: seal_key(&master_key, &iv, &symmetric_key),
        iterations,
    })
}

/// Returns `(master_key, hash)` for a passphrase and a full salt (already `"me@…"` for an
/// instance, see [`salt_for_instance`]).
///
/// It checks nothing: the iteration count is used as given (PBKDF2 treats 0 as 1).
/// Use [`hash_passphrase`] to register an instance.
#[must_use]
pub fn derive(passphrase: &[u8], salt: &[u8], iterations: u32) -> (Zeroizing<[u8; 32]>, [u8; 32]) {
    // Written straight into its zeroizing home: the `_array` helpers would return an extra
    // copy of the master key on the stack that nothing wipes.
    let mut master_key = Zeroizing::new([0u8; MASTER_KEY_LEN]);
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(passphrase, salt, iterations, master_key.as_mut_slice());
    // Password and salt swap roles here: the key is stretched once more with the passphrase
    // as salt, so the server never sees anything from which the master key follows directly.
    let mut hash = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(master_key.as_slice(), passphrase, 1, &mut hash);
    (master_key, hash)
}

/// Opens a protected key field (`"0.<iv>|<ciphertext>"`) with the master key and returns the
/// 64-byte symmetric key inside.
///
/// # Errors
/// [`CryptoError::MalformedProtectedKey`] when the field does not have that shape, its parts
/// are not standard base64 of the right lengths, or it does not decrypt to 64 bytes with this
/// master key. There is no MAC, so a wrong master key is only caught by the padding and length
/// checks; those miss it with a probability around 2⁻¹²⁸.
pub fn open_protected_key(
    protected_key: &str,
    master_key: &[u8; 32],
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    use CryptoError::MalformedProtectedKey as Malformed;

    let body = protected_key
        .strip_prefix(PROTECTED_KEY_PREFIX)
        .ok_or(Malformed("it does not start with the encryption type “0.”"))?;
    let (iv_b64, sealed_b64) = body.split_once('|').ok_or(Malformed(
        "the “|” between the IV and the ciphertext is missing",
    ))?;

    let mut iv = [0u8; IV_LEN];
    decode_exact(iv_b64, &mut iv).map_err(|fault| {
        Malformed(match fault {
            DecodeFault::NotBase64 => "the IV is not standard base64",
            DecodeFault::WrongLength => "the IV is not 16 bytes long",
        })
    })?;
    // Zeroizing because decryption happens in place: this buffer ends up holding the key.
    let mut buf = Zeroizing::new([0u8; SEALED_KEY_LEN]);
    decode_exact(sealed_b64, buf.as_mut_slice()).map_err(|fault| {
        Malformed(match fault {
            DecodeFault::NotBase64 => "the ciphertext is not standard base64",
            DecodeFault::WrongLength => "the ciphertext is not 80 bytes long",
        })
    })?;

    let plain = Aes256CbcDec::new(master_key.into(), &iv.into())
        .decrypt_padded::<Pkcs7>(buf.as_mut_slice())
        .map_err(|_| Malformed("it does not decrypt with this master key"))?;
    if plain.len() != SYMMETRIC_KEY_LEN {
        return Err(Malformed("it does not decrypt to a 64-byte key"));
    }
    Ok(Zeroizing::new(plain.to_vec()))
}

fn check_iterations(iterations: u32) -> Result<(), CryptoError> {
    if (MIN_ITERATIONS..=MAX_ITERATIONS).contains(&iterations) {
        Ok(())
    } else {
        Err(CryptoError::IterationsOutOfRange {
            got: iterations,
            min: MIN_ITERATIONS,
            max: MAX_ITERATIONS,
        })
    }
}

fn seal_key(
    master_key: &[u8; MASTER_KEY_LEN],
    iv: &[u8; IV_LEN],
    symmetric_key: &[u8; SYMMETRIC_KEY_LEN],
) -> String {
    // Buffer-to-buffer under the hood: the plaintext is never copied into the returned Vec.
    let sealed =
        Aes256CbcEnc::new(master_key.into(), iv.into()).encrypt_padded_vec::<Pkcs7>(symmetric_key);
    format!(
        "{PROTECTED_KEY_PREFIX}{}|{}",
        BASE64_STANDARD.encode(iv),
        BASE64_STANDARD.encode(sealed)
    )
}

enum DecodeFault {
    NotBase64,
    WrongLength,
}

/// Decodes standard base64 that must fill `out` exactly.
fn decode_exact(b64: &str, out: &mut [u8]) -> Result<(), DecodeFault> {
    match BASE64_STANDARD.decode_slice(b64, out) {
        Ok(len) if len == out.len() => Ok(()),
        Ok(_) | Err(base64::DecodeSliceError::OutputSliceTooSmall) => Err(DecodeFault::WrongLength),
        Err(base64::DecodeSliceError::DecodeError(_)) => Err(DecodeFault::NotBase64),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64_hash(passphrase: &str, salt: &str, iterations: u32) -> String {
        let (_, hash) = derive(passphrase.as_bytes(), salt.as_bytes(), iterations);
        BASE64_STANDARD.encode(hash)
    }

    fn secret(s: &str) -> SecretString {
        SecretString::from(s.to_owned())
    }

    #[test]
    fn vector_5000_iterations() {
        assert_eq!(
            b64_hash("p4ssw0rd", "nobody@example.com", 5000),
            "r5CFRR+n9NQI8a525FY+0BPR0HGOjVJX0cR1KEMnIOo="
        );
    }

    #[test]
    fn vector_100000_iterations() {
        assert_eq!(
            b64_hash("MyFirstPassphrase", "me@alice.example.com", 100_000),
            "pEchSgAzFzEYDBhacAQWfKbKQPbPtUs/u4JzQZAN8ns="
        );
    }

    #[test]
    fn vector_650000_iterations() {
        assert_eq!(
            b64_hash("cozy", "me@cozy.localhost", DEFAULT_ITERATIONS),
            "0KKxIOqYOSIlZwrTRizwABWBTx6OUiY77hW5/V+iEMo="
        );
    }

    #[test]
    fn hash_passphrase_matches_vector_and_key_opens() {
        const EXPECTED: &str = "0KKxIOqYOSIlZwrTRizwABWBTx6OUiY77hW5/V+iEMo=";
        let pass = secret("cozy");
        let first = hash_passphrase(&pass, "cozy.localhost:8080", DEFAULT_ITERATIONS).unwrap();
        assert_eq!(first.passphrase_hash, EXPECTED);
        assert_eq!(first.passphrase_hash.len(), 44);
        assert_eq!(first.iterations, DEFAULT_ITERATIONS);

        let (iv_b64, sealed_b64) = first
            .protected_key
            .strip_prefix("0.")
            .and_then(|body| body.split_once('|'))
            .unwrap();
        assert_eq!(BASE64_STANDARD.decode(iv_b64).unwrap().len(), 16);
        assert_eq!(BASE64_STANDARD.decode(sealed_b64).unwrap().len(), 80);

        let (master_key, _) = derive(b"cozy", b"me@cozy.localhost", DEFAULT_ITERATIONS);
        let key = open_protected_key(&first.protected_key, &master_key).unwrap();
        assert_eq!(key.len(), 64);

        let second = hash_passphrase(&pass, "cozy.localhost:8080", DEFAULT_ITERATIONS).unwrap();
        assert_eq!(second.passphrase_hash, EXPECTED);
        assert_ne!(second.protected_key, first.protected_key);
        let other_key = open_protected_key(&second.protected_key, &master_key).unwrap();
        assert_eq!(other_key.len(), 64);
        assert_ne!(*other_key, *key);
    }

    #[test]
    fn seal_then_open_round_trips() {
        let master_key = [7u8; 32];
        let iv = [9u8; 16];
        let symmetric_key: [u8; 64] = core::array::from_fn(|i| i as u8);
        let sealed = seal_key(&master_key, &iv, &symmetric_key);
        let opened = open_protected_key(&sealed, &master_key).unwrap();
        assert_eq!(opened.as_slice(), symmetric_key.as_slice());
    }

    #[test]
    fn salt_drops_port_and_lowercases() {
        assert_eq!(
            salt_for_instance("alice.mycozy.cloud:8443").unwrap(),
            "me@alice.mycozy.cloud"
        );
        assert_eq!(
            salt_for_instance("Alice.MyCozy.Cloud").unwrap(),
            "me@alice.mycozy.cloud"
        );
        assert_eq!(
            salt_for_instance("  cozy.localhost:8080\n").unwrap(),
            "me@cozy.localhost"
        );
        assert_eq!(salt_for_instance("localhost").unwrap(), "me@localhost");
    }

    #[test]
    fn salt_refuses_bad_addresses() {
        for address in [
            "",
            "   ",
            ":8080",
            "https://alice.mycozy.cloud",
            "alice.mycozy.cloud/settings",
            "alice.mycozy.cloud:port",
            "alice.mycozy.cloud:",
            "alice.mycozy.cloud:99999",
            "alice mycozy.cloud",
            "me@alice.mycozy.cloud",
            "alice.mycozy.cloud.",
            ".alice.mycozy.cloud",
            "alice..cloud",
            "álice.mycozy.cloud",
            "[::1]:8080",
        ] {
            let err = salt_for_instance(address).unwrap_err();
            assert!(
                matches!(err, CryptoError::BadInstanceAddress { .. }),
                "{address:?}: {err:?}"
            );
        }
        assert!(
            salt_for_instance("")
                .unwrap_err()
                .to_string()
                .contains("empty")
        );
    }

    #[test]
    fn iteration_bounds() {
        assert!(check_iterations(MIN_ITERATIONS).is_ok());
        assert!(check_iterations(DEFAULT_ITERATIONS).is_ok());
        assert!(check_iterations(MAX_ITERATIONS).is_ok());
        for iterations in [0, 1, MIN_ITERATIONS - 1, MAX_ITERATIONS + 1, u32::MAX] {
            let err = hash_passphrase(&secret("cozy"), "cozy.localhost", iterations).unwrap_err();
            assert!(
                matches!(err, CryptoError::IterationsOutOfRange { got, .. } if got == iterations)
            );
            let message = err.to_string();
            assert!(
                message.contains("50000") && message.contains("5000000"),
                "{message}"
            );
        }
        // The smallest accepted count goes all the way through.
        let hashed = hash_passphrase(&secret("cozy"), "cozy.localhost", MIN_ITERATIONS).unwrap();
        assert_eq!(hashed.iterations, MIN_ITERATIONS);
    }

    #[test]
    fn empty_passphrase_refused() {
        let err = hash_passphrase(&secret(""), "cozy.localhost", DEFAULT_ITERATIONS).unwrap_err();
        assert!(matches!(err, CryptoError::EmptyPassphrase));
    }

    #[test]
    fn address_checked_before_hashing() {
        let err = hash_passphrase(&secret("cozy"), "", DEFAULT_ITERATIONS).unwrap_err();
        assert!(matches!(err, CryptoError::BadInstanceAddress { .. }));
    }

    #[test]
    fn malformed_protected_keys_refused() {
        let master_key = [7u8; 32];
        let good = seal_key(&master_key, &[9u8; 16], &[3u8; 64]);
        let (iv_b64, sealed_b64) = good.strip_prefix("0.").unwrap().split_once('|').unwrap();
        let short_iv = BASE64_STANDARD.encode([0u8; 15]);
        let long_iv = BASE64_STANDARD.encode([0u8; 17]);
        let short_sealed = BASE64_STANDARD.encode([0u8; 64]);
        let long_sealed = BASE64_STANDARD.encode([0u8; 96]);
        let unpadded_sealed = sealed_b64.trim_end_matches('=');

        let cases = [
            String::new(),
            "0.".to_owned(),
            "0.|".to_owned(),
            format!("2.{iv_b64}|{sealed_b64}"),
            format!("{iv_b64}|{sealed_b64}"),
            format!("0.{iv_b64}{sealed_b64}"),
            format!("0.!!!!|{sealed_b64}"),
            format!("0.{iv_b64}|not base64 at all"),
            format!("0.{iv_b64}|{unpadded_sealed}"),
            format!("0.{short_iv}|{sealed_b64}"),
            format!("0.{long_iv}|{sealed_b64}"),
            format!("0.{iv_b64}|{short_sealed}"),
            format!("0.{iv_b64}|{long_sealed}"),
            format!("0.{iv_b64}|{sealed_b64}|"),
            format!(" 0.{iv_b64}|{sealed_b64}"),
        ];
        for case in &cases {
            let result = open_protected_key(case, &master_key);
            assert!(
                matches!(result, Err(CryptoError::MalformedProtectedKey(_))),
                "{case:?}"
            );
        }
        assert!(open_protected_key(&good, &master_key).is_ok());
        assert!(matches!(
            open_protected_key(&good, &[8u8; 32]),
            Err(CryptoError::MalformedProtectedKey(_))
        ));
    }

    #[test]
    fn debug_redacts_secrets() {
        let hashed = HashedPassphrase {
            passphrase_hash: "r5CFRR+n9NQI8a525FY+0BPR0HGOjVJX0cR1KEMnIOo=".to_owned(),
            protected_key: "0.AAAAAAAAAAAAAAAAAAAAAA==|BBBB".to_owned(),
            iterations: 5000,
        };
        let debug = format!("{hashed:?}");
        assert!(!debug.contains("r5CFRR"), "{debug}");
        assert!(!debug.contains("AAAA"), "{debug}");
        assert!(!debug.contains("BBBB"), "{debug}");
        assert!(
            debug.contains("redacted") && debug.contains("5000"),
            "{debug}"
        );
    }

    #[test]
    fn malformed_key_error_does_not_echo_input() {
        let err = open_protected_key("0.c2VjcmV0|c2VjcmV0", &[0u8; 32]).unwrap_err();
        assert!(!format!("{err} {err:?}").contains("c2VjcmV0"));
    }

    proptest::proptest! {
        #[test]
        fn open_protected_key_never_panics(input in ".*", key in proptest::array::uniform32(0u8..)) {
            let _ = open_protected_key(&input, &key);
        }

        #[test]
        fn open_protected_key_never_panics_on_near_misses(
            input in "0\\.[A-Za-z0-9+/=]{0,30}\\|[A-Za-z0-9+/=]{0,120}",
            key in proptest::array::uniform32(0u8..),
        ) {
            let _ = open_protected_key(&input, &key);
        }

        #[test]
        fn salt_for_instance_never_panics(input in ".*") {
            let _ = salt_for_instance(&input);
        }
    }
}
