//! Prints the strength estimate of each line of standard input, piece by piece: a way to see
//! why the wizard rates a passphrase as it does.
//! `cargo run -p cloudboard-strength --example strength < samples.txt`

use std::io::BufRead;

fn main() {
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let estimate = cloudboard_strength::estimate(&line, &[]);
        println!(
            "{line:?}: score {} of 4, {:.3e} guesses",
            estimate.score, estimate.guesses
        );
        for piece in &estimate.sequence {
            println!("  {:?} {:?}", piece.token, piece.pattern);
        }
        if let Some(warning) = estimate.feedback.warning {
            println!("  warning: {warning}");
        }
        for suggestion in &estimate.feedback.suggestions {
            println!("  suggestion: {suggestion}");
        }
    }
}
