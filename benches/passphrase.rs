//! The Cozy passphrase hash (PBKDF2-SHA256, 650000 iterations, then one more round and the
//! protected key), as the wizard computes it. `scripts/bench.sh` compares it with Python's
//! `hashlib.pbkdf2_hmac` on the same machine.

use criterion::{Criterion, criterion_group, criterion_main};
use secrecy::SecretString;

fn passphrase(c: &mut Criterion) {
    let mut group = c.benchmark_group("passphrase");
    group.sample_size(10);
    group.bench_function("derive_650000", |b| {
        b.iter(|| {
            cloudboard::crypto::derive(
                std::hint::black_box(b"cozy"),
                std::hint::black_box(b"me@cozy.localhost"),
                650_000,
            )
        })
    });
    let secret = SecretString::from("cozy");
    group.bench_function("hash_passphrase_650000", |b| {
        b.iter(|| cloudboard::crypto::hash_passphrase(&secret, "cozy.localhost", 650_000))
    });
    group.finish();
}

criterion_group!(benches, passphrase);
criterion_main!(benches);
