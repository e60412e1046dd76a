//! The built-in strength estimator scores passphrases as the `zxcvbn` crate does: it
//! implements the same published estimator with its word lists searched in place instead of
//! loaded into hash maps. Where the two differ, the difference is one the crate has from the
//! original zxcvbn (it truncates a keyboard's average number of neighbours to a whole number
//! and counts guesses in integers), so scores may differ by one step on the few passphrases
//! those touch, never more.

use cloudboard_strength as strength;

/// A deterministic spread of what people type: words from every list at many ranks, with
/// capitals, look-alikes, reversal, digits, years and symbols; phrases; keyboard walks;
/// dates; repeats; sequences; random strings.
fn corpus() -> Vec<String> {
    let lists = [
        include_str!("../data/passwords.txt"),
        include_str!("../data/english_wikipedia.txt"),
        include_str!("../data/female_names.txt"),
        include_str!("../data/male_names.txt"),
        include_str!("../data/surnames.txt"),
        include_str!("../data/us_tv_and_film.txt"),
    ];
    let words: Vec<&str> = lists
        .iter()
        .flat_map(|list| {
            list.lines()
                .step_by(401)
                .filter_map(|line| line.split('\t').next())
        })
        .collect();
    let mut samples = Vec::new();
    for (n, word) in words.iter().enumerate() {
        let capital = word[..1].to_uppercase() + &word[1..];
        let l33t: String = word
            .chars()
            .map(|c| match c {
                'a' => '@',
                'o' => '0',
                'e' => '3',
                's' => '$',
                'i' => '1',
                other => other,
            })
            .collect();
        let next = words[(n * 7 + 3) % words.len()];
        let third = words[(n * 13 + 5) % words.len()];
        samples.extend([
            word.to_string(),
            capital.clone(),
            word.to_uppercase(),
            word.chars().rev().collect(),
            l33t,
            format!("{word}123"),
            format!("{capital}{}!", 1950 + n % 80),
            format!("{word}{next}"),
            format!("{word} {next} {third}"),
            format!("{capital}{next}{}", n % 100),
        ]);
    }
    samples.extend(
        [
            "qwerty",
            "qazwsx",
            "1qaz2wsx",
            "zxcvbnm",
            "asdfghjkl;'",
            "QWERTYuiop",
            "poiuytrewq",
            "!QAZ2wsx",
            "789456123",
            "147258369",
            "/*-+",
            "aoeuidhtns",
            "pyfgcrl",
            "zxcvfrtgb",
            "13/05/1987",
            "19870513",
            "5.13.87",
            "1-1-1991",
            "2024",
            "born1999",
            "12121212",
            "aaaaaaaa",
            "abcabcabc",
            "abababab1",
            "xyzxyz!!",
            "abcdefg",
            "9876543",
            "acegikm",
            "ZYXWVU",
            "Tr0ub4dor&3",
            "correct horse battery staple",
            "hunter2",
            "letmein!",
            "ilovecozy",
            "MyCozy2026!",
            "cloudboard",
            "",
            "a",
            "ab",
            "Z9",
            "!!!",
        ]
        .map(String::from),
    );
    // Random strings from a fixed seed, printable ASCII, 4 to 19 characters.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..300 {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let length = 4 + (seed >> 60) as usize;
        let sample: String = (0..length)
            .map(|k| {
                let bits = seed.rotate_left(7 * k as u32) >> 57;
                char::from(b' ' + (bits % 95) as u8)
            })
            .collect();
        samples.push(sample);
    }
    samples
}

/// Where the crate departs from the original zxcvbn, which this estimator follows: it rates
/// an all-capitals word with a digit in it ("MONKEY1") as zero capitalisations, so one guess;
/// it reads a doubled character before a step ("1123") as a sequence; it truncates a
/// keyboard's average number of neighbours (4.6 on a typewriter keyboard) to 4.
fn crate_departs_from_the_original(reference: &zxcvbn::Entropy) -> bool {
    use zxcvbn::matching::patterns::MatchPattern;
    reference.sequence().iter().any(|m| match &m.pattern {
        MatchPattern::Dictionary(d) => d.uppercase_variations == 0,
        MatchPattern::Sequence(_) => {
            let chars: Vec<char> = m.token.chars().collect();
            chars.windows(2).any(|w| w[0] == w[1])
        }
        MatchPattern::Spatial(_) => true,
        _ => false,
    })
}

#[test]
fn scores_agree_with_the_zxcvbn_crate() {
    let samples = corpus();
    let mut set_aside = 0;
    for sample in &samples {
        let ours = strength::estimate(sample, &[]);
        let reference = zxcvbn::zxcvbn(sample, &[]);
        let theirs = u8::from(reference.score());
        if crate_departs_from_the_original(&reference) {
            set_aside += 1;
            assert!(ours.score.abs_diff(theirs) <= 1, "{sample:?}: {ours:?}");
            continue;
        }
        assert_eq!(
            ours.score,
            theirs,
            "{sample:?}: ours {:e} guesses {:?}, zxcvbn {} guesses {:?}",
            ours.guesses,
            ours.sequence,
            reference.guesses(),
            reference.sequence()
        );
    }
    assert!(
        set_aside * 20 < samples.len(),
        "{set_aside} of {} samples hit the crate's departures",
        samples.len()
    );
}

#[test]
fn personal_details_count_as_the_crate_counts_them() {
    let personal = [
        "alice.liddell@example.org",
        "wonderland",
        "cozy",
        "alice.liddell",
    ];
    for sample in [
        "wonderland",
        "Wonderland2026",
        "alice.liddell",
        "dnalrednow",
        "cozycozy",
    ] {
        let ours = strength::estimate(sample, &personal);
        let theirs = u8::from(zxcvbn::zxcvbn(sample, &personal).score());
        assert_eq!(ours.score, theirs, "{sample:?}");
    }
}
