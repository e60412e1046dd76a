//! Plain text laid out in terminal cells (unicode width, not characters or bytes): word
//! wrap, links broken only between their parts, columns padded to a width. The screens and
//! the line-by-line output both use it, so text lines up the same way in both.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Greedy word wrap at `width` cells; a word longer than a line is cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_with(text, |_| width)
}

/// `wrap` with `first` before the first line and `rest` before the others (a symbol and a
/// hanging indent), every line still at most `width` cells; no line at all for blank text.
pub fn wrap_hanging(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    let room = |prefix: &str| width.saturating_sub(prefix.width()).max(1);
    let lines = wrap_with(text, |index| room(if index == 0 { first } else { rest }));
    lines
        .into_iter()
        .enumerate()
        .map(|(index, line)| format!("{}{line}", if index == 0 { first } else { rest }))
        .collect()
}

/// Greedy word wrap where line `n` holds at most `width_of(n)` cells.
fn wrap_with(text: &str, width_of: impl Fn(usize) -> usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let needed = if line.is_empty() {
            word.width()
        } else {
            line.width() + 1 + word.width()
        };
        if needed > width_of(lines.len()) && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        while line.width() > width_of(lines.len()) {
            let cut = cut_to(&line, width_of(lines.len()));
            let rest = line[cut.len()..].to_string();
            lines.push(cut);
            line = rest;
        }
    }
    finish(lines, line)
}

/// `wrap` kept to at most `lines` lines: text that does not fit ends in "…" on the last
/// one, so that nothing is cut without saying so.
pub fn wrap_at_most(text: &str, width: usize, lines: usize) -> Vec<String> {
    let mut wrapped = wrap(text, width);
    if wrapped.len() > lines && lines > 0 {
        wrapped.truncate(lines);
        if let Some(last) = wrapped.last_mut() {
            while !last.is_empty() && last.width() + 1 > width {
                last.pop();
            }
            last.push('…');
        }
    }
    wrapped
}

/// `text` within `width` cells, ending in "…" when cut: never cut without a sign.
pub fn ellipsize(text: &str, width: usize) -> std::borrow::Cow<'_, str> {
    if text.width() <= width {
        return text.into();
    }
    let mut out: String = leading_within(text.chars(), width).collect();
    out.push('…');
    out.into()
}

/// `ellipsize` from the start: "…" then the end of `text`, where the end says more (a
/// file's name at the end of its path).
pub fn ellipsize_front(text: &str, width: usize) -> std::borrow::Cow<'_, str> {
    if text.width() <= width {
        return text.into();
    }
    let kept: Vec<char> = leading_within(text.chars().rev(), width).collect();
    std::iter::once('…')
        .chain(kept.into_iter().rev())
        .collect::<String>()
        .into()
}

/// The leading `chars` that fit in `width` cells with one left for an ellipsis.
fn leading_within(chars: impl Iterator<Item = char>, width: usize) -> impl Iterator<Item = char> {
    let mut used = 0;
    chars.take_while(move |&c| {
        used += c.width().unwrap_or(0);
        used < width
    })
}

/// An address or link wrapped at `width` cells for a person to read or copy: broken only
/// after a `/`, `?`, `&` or `#` (never inside `//`), and cut inside a part only when that
/// part alone is wider than a line.
pub fn wrap_link(link: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut parts: Vec<&str> = Vec::new();
    let mut start = 0;
    let mut chars = link.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if matches!(c, '/' | '?' | '&' | '#') && next.is_some_and(|n| n != '/') {
            let end = at + c.len_utf8();
            parts.push(&link[start..end]);
            start = end;
        }
    }
    if start < link.len() || parts.is_empty() {
        parts.push(&link[start..]);
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    for part in parts {
        if !line.is_empty() && line.width() + part.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        line.push_str(part);
        cut_overflow(&mut lines, &mut line, width);
    }
    finish(lines, line)
}

/// Moves whatever of `line` is wider than `width` to lines of their own, cut at `width`.
fn cut_overflow(lines: &mut Vec<String>, line: &mut String, width: usize) {
    while line.width() > width {
        let cut = cut_to(line, width);
        let rest = line[cut.len()..].to_string();
        lines.push(cut);
        *line = rest;
    }
}

/// The lines with the last one added: at least one line, even for empty text.
fn finish(mut lines: Vec<String>, line: String) -> Vec<String> {
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn cut_to(text: &str, width: usize) -> String {
    let mut used = 0;
    let mut out = String::new();
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

/// Greedy word wrap at `width` cells for text a person may copy from: a word wider than a
/// line (a link, an id) stays whole on a line of its own, for the terminal to fold.
pub fn wrap_keeping_words(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    finish(lines, line)
}

/// A wait in whole seconds, rounded up (a wait said is never shorter than the real one), at
/// least one.
pub fn whole_seconds(wait: std::time::Duration) -> u64 {
    let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    secs.max(1)
}

/// A wait in words: "4 minutes 10 seconds", "30 seconds", "1 minute".
pub fn duration(wait: std::time::Duration) -> String {
    let secs = whole_seconds(wait);
    let count = |n: u64, unit: &str| format!("{n} {unit}{}", if n == 1 { "" } else { "s" });
    match (secs / 60, secs % 60) {
        (0, s) => count(s, "second"),
        (m, 0) => count(m, "minute"),
        (m, s) => format!("{} {}", count(m, "minute"), count(s, "second")),
    }
}

/// `duration`, in `lang`.
pub fn duration_in(lang: crate::lang::Lang, wait: std::time::Duration) -> String {
    use crate::lang::tr_args;
    let secs = whole_seconds(wait);
    match (secs / 60, secs % 60) {
        (0, s) => tr_args(lang, "shared-duration-seconds", &[("seconds", s.into())]),
        (m, 0) => tr_args(lang, "shared-duration-minutes", &[("minutes", m.into())]),
        (m, s) => tr_args(
            lang,
            "shared-duration-minutes-seconds",
            &[("minutes", m.into()), ("seconds", s.into())],
        ),
    }
    .into_owned()
}

/// An amount a provider sent as text ("1234.56") with its currency, as `lang` writes it:
/// "1,234.56 EUR", "1 234,56 EUR".
pub fn amount_in(lang: crate::lang::Lang, amount: &str, currency: Option<&str>) -> String {
    let amount = crate::lang::Arg::Decimal(amount.into());
    let currency = currency.unwrap_or_default();
    crate::tr!(lang, "shared-amount", amount, currency)
        .trim_end()
        .to_string()
}

/// `text` with its first letter made a capital, to begin a sentence with a phrase.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `text` followed by spaces up to `width` cells (as is when already as wide or wider).
pub fn pad(text: &str, width: usize) -> String {
    let mut padded = text.to_string();
    padded.extend(std::iter::repeat_n(' ', width.saturating_sub(text.width())));
    padded
}

/// Rows of cells as lines whose columns line up: each column as wide as its widest cell,
/// two spaces between columns, the last column unpadded.
pub fn columns(rows: &[Vec<String>]) -> Vec<String> {
    let count = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..count)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|cell| cell.width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    rows.iter()
        .map(|row| {
            let last = row.len().saturating_sub(1);
            let cells: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(c, cell)| {
                    if c == last {
                        cell.clone()
                    } else {
                        pad(cell, widths[c])
                    }
                })
                .collect();
            cells.join("  ").trim_end().to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn wrap_hanging_puts_the_symbol_first_and_indents_the_rest_within_the_width() {
        use unicode_width::UnicodeWidthStr;
        let lines = super::wrap_hanging("bad thing here and more", 12, "✗ ", "  ");
        assert_eq!(lines, ["✗ bad thing", "  here and", "  more"]);
        assert!(lines.iter().all(|l| l.width() <= 12));
        let cut = super::wrap_hanging("abcdefghijkl", 6, "", "  ");
        assert_eq!(cut, ["abcdef", "  ghij", "  kl"]);
        assert!(super::wrap_hanging("  ", 10, "i ", "  ").is_empty());
    }

    use super::*;

    #[test]
    fn a_cut_text_says_so_and_keeps_within_its_width() {
        assert_eq!(ellipsize("Cleura", 6), "Cleura");
        assert_eq!(ellipsize("Cleura Cloud", 8), "Cleura …");
        assert_eq!(ellipsize("日本語のテキスト", 7), "日本語…");
        assert_eq!(ellipsize_front("~/a/b/token", 20), "~/a/b/token");
        let path = "/home/someone/.local/share/cloudboard/cleura-token";
        assert_eq!(ellipsize_front(path, 20), "…dboard/cleura-token");
        assert_eq!(ellipsize_front(path, 20).width(), 20);
    }

    #[test]
    fn links_break_only_between_their_parts() {
        let address = "http://127.0.0.1:47811/cozy/instances/bench1.mycozy.cloud";
        assert_eq!(wrap_link(address, 80), vec![address]);
        assert_eq!(
            wrap_link(address, 35),
            vec![
                "http://127.0.0.1:47811/cozy/",
                "instances/bench1.mycozy.cloud"
            ]
        );
        for width in 20..address.len() {
            let lines = wrap_link(address, width);
            assert_eq!(lines.concat(), address, "nothing lost at {width}");
            for line in &lines[..lines.len() - 1] {
                assert!(line.ends_with('/'), "{line:?} at {width}");
            }
        }
        assert_eq!(
            wrap_link("https://x.cc/onboard?email=a%40b.org&slug=alice", 30),
            vec!["https://x.cc/onboard?", "email=a%40b.org&slug=alice"]
        );
        // Never between the slashes of a scheme; a part wider than a line is cut.
        assert_eq!(wrap_link("http://abc/def", 10), vec!["http://", "abc/def"]);
        assert_eq!(wrap_link("abcdefgh", 3), vec!["abc", "def", "gh"]);
        assert_eq!(wrap_link("", 5), vec![""]);
    }

    #[test]
    fn wrap_breaks_between_words_and_cuts_long_ones() {
        assert_eq!(wrap("a bb ccc", 4), vec!["a bb", "ccc"]);
        assert_eq!(wrap("abcdefgh", 3), vec!["abc", "def", "gh"]);
        assert_eq!(wrap("", 5), vec![""]);
    }

    #[test]
    fn wrap_keeping_words_leaves_a_long_link_whole() {
        assert_eq!(
            wrap_keeping_words("open https://example.org/a/very/long/link now", 10),
            vec!["open", "https://example.org/a/very/long/link", "now"]
        );
        assert_eq!(wrap_keeping_words("a bb ccc", 4), vec!["a bb", "ccc"]);
        assert_eq!(wrap_keeping_words("", 5), vec![""]);
    }

    #[test]
    fn columns_line_up_in_cells_whatever_the_characters() {
        let rows: Vec<Vec<String>> = [
            ["Tag", "Region", "Status"],
            ["東京", "Zürich", "up"],
            ["Sto2", "Stockholm", "up"],
        ]
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
        let lines = columns(&rows);
        // The second column starts at the same cell on every line.
        for (line, second) in lines.iter().zip(["Region", "Zürich", "Stockholm"]) {
            let byte = line.find(second).unwrap();
            assert_eq!(line[..byte].width(), 6, "{lines:#?}");
        }
        assert_eq!(pad("東", 4).width(), 4);
    }

    #[test]
    fn durations_read_as_words() {
        use std::time::Duration;
        assert_eq!(duration(Duration::from_secs(30)), "30 seconds");
        assert_eq!(duration(Duration::from_secs(300)), "5 minutes");
        assert_eq!(duration(Duration::from_secs(250)), "4 minutes 10 seconds");
        assert_eq!(duration(Duration::from_secs(61)), "1 minute 1 second");
        assert_eq!(duration(Duration::ZERO), "1 second");
    }

    #[test]
    fn an_amount_keeps_its_digits_in_the_language_s_signs_or_is_said_as_it_came() {
        use crate::lang::Lang::{En, Fr};
        assert_eq!(amount_in(En, "1234.50", Some("EUR")), "1,234.50 EUR");
        assert_eq!(
            amount_in(Fr, "1234.50", Some("EUR")),
            "1\u{202F}234,50\u{A0}EUR"
        );
        assert_eq!(amount_in(Fr, "0.00", None), "0,00");
        assert_eq!(amount_in(Fr, "-12", Some("CHF")), "-12\u{A0}CHF");
        // More digits than a number here keeps, or no number as a machine writes one.
        for as_sent in ["12345678901234567890.12", "007", "1e3", "+5", "n/a"] {
            assert_eq!(amount_in(Fr, as_sent, None), as_sent);
        }
    }

    #[test]
    fn wrap_at_most_ends_what_does_not_fit_in_an_ellipsis() {
        let text = "word ".repeat(40);
        let lines = wrap_at_most(&text, 12, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'), "{lines:?}");
        assert!(lines.iter().all(|l| l.width() <= 12), "{lines:?}");
        assert_eq!(wrap_at_most("short", 12, 3), ["short"]);
    }
}
