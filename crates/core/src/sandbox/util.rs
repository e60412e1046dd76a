//! Small things every simulated provider needs: random ids and tokens, RFC 3339 times, and
//! reading a request body as JSON whatever its content type says.

use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::Value;

/// `n` random bytes; the sandbox is a test double, so a failing random source falls back to
/// the clock rather than failing a request.
fn random_bytes(n: usize) -> Vec<u8> {
    let mut bytes = vec![0u8; n];
    if getrandom::fill(&mut bytes).is_err() {
        let mut seed = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0x9e37_79b9_7f4a_7c15);
        for b in &mut bytes {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            *b = seed as u8;
        }
    }
    bytes
}

pub fn random_hex(chars: usize) -> String {
    random_bytes(chars.div_ceil(2))
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>()[..chars]
        .to_string()
}

pub fn random_alnum(chars: usize) -> String {
    const SET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    random_bytes(chars)
        .iter()
        .map(|b| SET[usize::from(*b) % SET.len()] as char)
        .collect()
}

pub fn random_digits(n: usize) -> String {
    random_bytes(n)
        .iter()
        .map(|b| char::from(b'0' + b % 10))
        .collect()
}

/// A random (version 4) UUID.
pub fn uuid() -> String {
    let mut b = random_bytes(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        h[0..4].concat(),
        h[4..6].concat(),
        h[6..8].concat(),
        h[8..10].concat(),
        h[10..16].concat()
    )
}

/// Now, as RFC 3339 in UTC (`2026-11-22T23:05:00Z`).
pub fn now_rfc3339() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let days = (secs / 86_400) as i64;
    let rest = secs % 86_400;
    let (year, month, day) = civil(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        (rest % 3600) / 60,
        rest % 60
    )
}

/// The civil date (year, month, day) of a day counted from 1970-01-01 (Howard Hinnant's
/// algorithm).
fn civil(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// An HTTP date (RFC 7231 IMF-fixdate), `Tue, 11 Mar 2014 15:47:14 GMT`, for `secs` since
/// 1970.
pub fn http_date(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rest = secs % 86_400;
    let (year, month, day) = civil(days);
    // 1970-01-01 was a Thursday.
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(days % 7) as usize];
    let month = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][(month - 1) as usize];
    format!(
        "{weekday}, {day:02} {month} {year:04} {:02}:{:02}:{:02} GMT",
        rest / 3600,
        (rest % 3600) / 60,
        rest % 60
    )
}

/// Reads a body as JSON regardless of its Content-Type: the providers' own documents send
/// JSON as `application/x-www-form-urlencoded` (curl -d) and the real services accept it.
/// With `single_quotes`, a body with no double quote at all is read with its single quotes
/// taken as double ones: CloudSigma's login example is printed that way.
pub fn parse_json_body(body: &[u8], single_quotes: bool) -> Result<Value, String> {
    match serde_json::from_slice::<Value>(body) {
        Ok(value) => Ok(value),
        Err(first) => {
            if single_quotes && !body.contains(&b'"') && body.contains(&b'\'') {
                let swapped: Vec<u8> = body
                    .iter()
                    .map(|b| if *b == b'\'' { b'"' } else { *b })
                    .collect();
                if let Ok(value) = serde_json::from_slice::<Value>(&swapped) {
                    return Ok(value);
                }
            }
            if body.iter().all(u8::is_ascii_whitespace) {
                Err("the request body is empty; a JSON object is expected".into())
            } else {
                Err(format!("the request body is not valid JSON ({first})"))
            }
        }
    }
}

/// A field that must be a string, if present.
pub fn opt_str<'a>(obj: &'a Value, name: &str) -> Result<Option<&'a str>, String> {
    match obj.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.as_str())),
        Some(_) => Err(format!("{name} must be a string")),
    }
}

/// A field that must be present and a string.
pub fn req_str<'a>(obj: &'a Value, name: &str) -> Result<&'a str, String> {
    opt_str(obj, name)?.ok_or_else(|| format!("{name} is required"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_their_shapes() {
        let id = uuid();
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
        assert_eq!(random_hex(32).len(), 32);
        assert!(random_hex(32).chars().all(|c| c.is_ascii_hexdigit()));
        assert!(random_digits(6).chars().all(|c| c.is_ascii_digit()));
    }

    #[test]
    fn http_dates_are_as_general_rst_prints_them() {
        // general.rst's example cookie: expires=Tue, 11-Mar-2014 15:47:14 GMT.
        assert_eq!(http_date(1_394_552_834), "Tue, 11 Mar 2014 15:47:14 GMT");
        assert_eq!(http_date(0), "Thu, 01 Jan 1970 00:00:00 GMT");
    }

    #[test]
    fn rfc3339_looks_right() {
        let t = now_rfc3339();
        assert_eq!(t.len(), 20, "{t}");
        assert!(t.starts_with("20") && t.ends_with('Z'), "{t}");
    }

    #[test]
    fn single_quoted_bodies_are_read_only_when_asked() {
        let body = b"{\n'username':'123@asd.com',\n'password':'parola'\n\n}";
        assert!(parse_json_body(body, false).is_err());
        let v = parse_json_body(body, true).unwrap();
        assert_eq!(v["username"], "123@asd.com");
        assert!(parse_json_body(b"  ", true).unwrap_err().contains("empty"));
    }
}
