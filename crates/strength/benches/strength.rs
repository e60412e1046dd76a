//! The passphrase strength estimate, which the passphrase screen runs on every keystroke:
//! the built-in estimator beside the `zxcvbn` crate it replaces, on the same passphrases.
//! The crate's first call also builds its word maps; that cost is outside these figures.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

const PASSPHRASES: [&str; 3] = [
    "MyCozy2026!",
    "correct horse battery staple 42",
    "the quick brown fox jumps over the lazy dog again and again",
];

fn strength(c: &mut Criterion) {
    let mut group = c.benchmark_group("strength");
    let personal = ["alice@example.org", "alice", "cozy"];
    // The slowest kind of input: the most look-alikes, at the length the field allows.
    let look_alikes = "4@8({[<3691!|70$5+%2".repeat(13);
    for passphrase in PASSPHRASES.iter().copied().chain([look_alikes.as_str()]) {
        let length = passphrase.len();
        group.bench_with_input(
            BenchmarkId::new("cloudboard", length),
            passphrase,
            |b, p| b.iter(|| cloudboard_strength::estimate(std::hint::black_box(p), &personal)),
        );
        group.bench_with_input(
            BenchmarkId::new("zxcvbn_crate", length),
            passphrase,
            |b, p| b.iter(|| zxcvbn::zxcvbn(std::hint::black_box(p), &personal)),
        );
    }
    group.finish();
}

criterion_group!(benches, strength);
criterion_main!(benches);
