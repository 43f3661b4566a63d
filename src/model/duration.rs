//! Durations, one implementation of each standard: Go's `time.ParseDuration` and
//! `time.Duration.String()`, Argo's duration strings (a bare integer is seconds, as Argo's
//! `DurationString` reads it), and the durations our flags take.
//!
//! Which parser where: `spec.duration` of experiments and pause steps is an Argo duration
//! string, so `"30"` is 30 s there (the controller runs it that long, and `list experiments`
//! shows it so). Flags (`--timeout`, `--in`, `--request-timeout`) take the same syntax, as
//! kubectl's `--request-timeout` does, but refuse negative and absurd values. Only the strict
//! Go parser, without bare integers, is Go's `time.ParseDuration`.

use jiff::SignedDuration;
use serde_json::Value;

/// The longest flag duration we accept: beyond it a deadline would overflow the clock.
const MAX_FLAG_SECS: u64 = 10 * 365 * 86_400;

/// Go's `time.ParseDuration`: `300ms`, `-1.5h`, `2h45m`, `0`. Units ns, us, µs, μs, ms, s, m,
/// h; every number needs a unit (except a lone `0`). None when Go would return an error,
/// including overflow of Go's 64-bit nanoseconds.
pub fn parse_go(s: &str) -> Option<SignedDuration> {
    let (negative, mut rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if rest == "0" {
        return Some(SignedDuration::ZERO);
    }
    if rest.is_empty() {
        return None;
    }
    let mut total: u64 = 0;
    while !rest.is_empty() {
        let int_len = rest.bytes().take_while(u8::is_ascii_digit).count();
        let (int_part, after_int) = rest.split_at(int_len);
        let (frac_part, after_num) = match after_int.strip_prefix('.') {
            Some(tail) => {
                let n = tail.bytes().take_while(u8::is_ascii_digit).count();
                tail.split_at(n)
            }
            None => ("", after_int),
        };
        if int_part.is_empty() && frac_part.is_empty() {
            return None;
        }
        let unit_len = after_num
            .char_indices()
            .find(|&(_, c)| c == '.' || c.is_ascii_digit())
            .map_or(after_num.len(), |(i, _)| i);
        let (unit_name, tail) = after_num.split_at(unit_len);
        let unit: u64 = match unit_name {
            "ns" => 1,
            "us" | "µs" | "μs" => 1_000,
            "ms" => 1_000_000,
            "s" => 1_000_000_000,
            "m" => 60 * 1_000_000_000,
            "h" => 3600 * 1_000_000_000,
            _ => return None,
        };
        let int_value: u64 = if int_part.is_empty() {
            0
        } else {
            int_part.parse().ok()?
        };
        let mut value = int_value.checked_mul(unit)?;
        if !frac_part.is_empty() {
            // Go scales the fraction in floating point; so do we, to land on the same
            // nanosecond.
            let digits = frac_part.len().min(18);
            let frac: u64 = frac_part[..digits].parse().ok()?;
            let scale = 10f64.powi(digits as i32);
            let extra = (frac as f64 * (unit as f64 / scale)) as u64;
            value = value.checked_add(extra)?;
        }
        total = total.checked_add(value)?;
        if total > i64::MAX as u64 {
            return None;
        }
        rest = tail;
    }
    let nanos = total as i64;
    Some(SignedDuration::from_nanos(if negative {
        -nanos
    } else {
        nanos
    }))
}

/// An Argo duration string: a bare integer is seconds, otherwise Go's syntax
/// ([`parse_go`]). None when neither reads it.
pub fn parse_argo(s: &str) -> Option<SignedDuration> {
    if let Ok(secs) = s.parse::<i64>() {
        return Some(SignedDuration::from_secs(secs));
    }
    parse_go(s)
}

/// A duration written as a JSON number of seconds or an Argo duration string (a pause step's
/// or an experiment's `duration`); None when it is neither.
pub fn duration_value(v: &Value) -> Option<SignedDuration> {
    match v {
        Value::Number(n) => n.as_i64().map(SignedDuration::from_secs),
        Value::String(s) => parse_argo(s),
        _ => None,
    }
}

/// Why `t` (trimmed `text`) is not a duration, naming the first bad part as Go does.
fn why_not(text: &str, t: &str) -> String {
    let mut rest = t;
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        if digits == 0 {
            return format!("expected a number in {text:?}");
        }
        rest = &rest[digits..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let (unit, tail) = rest.split_at(unit_len);
        match unit {
            "ns" | "us" | "µs" | "μs" | "ms" | "s" | "m" | "h" => {}
            "" => return format!("missing unit in {text:?} (use s, m or h)"),
            other => return format!("unknown unit {other:?} in {text:?} (use ms, s, m or h)"),
        }
        rest = tail;
    }
    // Every part has a number and a unit: a number like `1.2.3`, or too big for Go.
    format!("duration {text:?} is too long")
}

/// A flag's duration: surrounding spaces ignored, then plain seconds (`30`, `0.5`) or a Go
/// duration, not negative and at most ten years. The error says why, for a one-line usage error.
pub fn parse_flag(text: &str) -> Result<std::time::Duration, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err("empty duration".to_string());
    }
    // Plain seconds may have a fraction (`0.5`), which kubectl itself refuses but costs
    // nothing to accept.
    if t.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && let Ok(secs) = t.parse::<f64>()
    {
        if secs > MAX_FLAG_SECS as f64 {
            return Err(format!("duration {text:?} is too long"));
        }
        return Ok(std::time::Duration::from_secs_f64(secs));
    }
    let d = parse_argo(t).ok_or_else(|| why_not(text, t))?;
    if d.is_negative() {
        return Err(format!("negative duration {text:?}"));
    }
    let d = std::time::Duration::try_from(d).map_err(|_| format!("bad duration {text:?}"))?;
    if d.as_secs() > MAX_FLAG_SECS {
        return Err(format!("duration {text:?} is too long"));
    }
    Ok(d)
}

/// A duration the way Go's `time.Duration.String` prints it: `0s`, `500ms`, `1.5s`, `1m30s`,
/// `1h0m0s`.
pub fn format_go(d: SignedDuration) -> String {
    let sign = if d.is_negative() { "-" } else { "" };
    let nanos_total = d.as_nanos().unsigned_abs();
    if nanos_total == 0 {
        return "0s".to_string();
    }
    if nanos_total < 1_000 {
        return format!("{sign}{nanos_total}ns");
    }
    if nanos_total < 1_000_000 {
        return format!("{sign}{}µs", decimal(nanos_total, 1_000));
    }
    if nanos_total < 1_000_000_000 {
        return format!("{sign}{}ms", decimal(nanos_total, 1_000_000));
    }
    let secs = nanos_total / 1_000_000_000;
    let frac = nanos_total % 1_000_000_000;
    let (h, m, s) = (secs / 3600, (secs % 3600) / 60, secs % 60);
    let s = decimal(s * 1_000_000_000 + frac, 1_000_000_000);
    if h > 0 {
        format!("{sign}{h}h{m}m{s}s")
    } else if m > 0 {
        format!("{sign}{m}m{s}s")
    } else {
        format!("{sign}{s}s")
    }
}

/// `value / unit` with the fraction's trailing zeros trimmed.
fn decimal(value: u128, unit: u128) -> String {
    let whole = value / unit;
    let frac = value % unit;
    if frac == 0 {
        return whole.to_string();
    }
    let width = unit.to_string().len() - 1;
    let frac = format!("{frac:0width$}");
    format!("{whole}.{}", frac.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn secs(s: i64) -> SignedDuration {
        SignedDuration::from_secs(s)
    }

    #[test]
    fn parse_go_duration_accepts_go_syntax() {
        assert_eq!(parse_go("0"), Some(SignedDuration::ZERO));
        assert_eq!(parse_go("30s"), Some(secs(30)));
        assert_eq!(parse_go("5m"), Some(secs(300)));
        assert_eq!(parse_go("1h"), Some(secs(3600)));
        assert_eq!(parse_go("2h45m"), Some(secs(9900)));
        assert_eq!(parse_go("1.5h"), Some(secs(5400)));
        assert_eq!(parse_go("-1m"), Some(secs(-60)));
        assert_eq!(parse_go("+1s"), Some(secs(1)));
        assert_eq!(parse_go("300ms"), Some(SignedDuration::from_millis(300)));
        assert_eq!(parse_go("1µs"), Some(SignedDuration::from_nanos(1000)));
        assert_eq!(parse_go(".5s"), Some(SignedDuration::from_millis(500)));
    }

    #[test]
    fn parse_go_duration_rejects_what_go_rejects() {
        assert_eq!(parse_go(""), None);
        assert_eq!(parse_go("60"), None);
        assert_eq!(parse_go("5d"), None);
        assert_eq!(parse_go("s"), None);
        assert_eq!(parse_go("."), None);
        assert_eq!(parse_go("-"), None);
        assert_eq!(parse_go("1h "), None);
        assert_eq!(parse_go("3000000h"), None);
    }

    fn d(s: &str) -> Option<i64> {
        parse_argo(s).map(|d| d.as_millis() as i64)
    }

    #[test]
    fn argo_duration_strings() {
        assert_eq!(d("30"), Some(30_000));
        assert_eq!(d("1h30m"), Some(5_400_000));
        assert_eq!(d("1.5s"), Some(1_500));
        assert_eq!(d("300ms"), Some(300));
        assert_eq!(d("-2m"), Some(-120_000));
        assert_eq!(d(".5m"), Some(30_000));
        assert_eq!(d("0"), Some(0));
        assert_eq!(d("1d"), None);
        assert_eq!(d("h"), None);
        assert_eq!(d(""), None);
        assert_eq!(d("1h 30m"), None);
        assert_eq!(d("99999999999h"), None);
        assert_eq!(d("µ"), None);
        assert_eq!(parse_argo("2µs"), Some(SignedDuration::from_micros(2)));
    }

    #[test]
    fn a_bare_integer_is_seconds_for_argo_and_an_error_for_go() {
        assert_eq!(parse_argo("30"), Some(secs(30)));
        assert_eq!(parse_go("30"), None);
        assert_eq!(duration_value(&serde_json::json!(45)), Some(secs(45)));
        assert_eq!(duration_value(&serde_json::json!("20")), Some(secs(20)));
        assert_eq!(duration_value(&serde_json::json!(true)), None);
    }

    #[test]
    fn flag_durations_parse_like_go_plus_bare_seconds() {
        assert_eq!(parse_flag("90s").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_flag("5m").unwrap(), Duration::from_secs(300));
        assert_eq!(parse_flag("1h30m").unwrap(), Duration::from_secs(5400));
        assert_eq!(parse_flag("250ms").unwrap(), Duration::from_millis(250));
        assert_eq!(parse_flag("1.5s").unwrap(), Duration::from_millis(1500));
        assert_eq!(parse_flag("12").unwrap(), Duration::from_secs(12));
        assert_eq!(parse_flag("0").unwrap(), Duration::ZERO);
        assert_eq!(parse_flag(" 5m ").unwrap(), Duration::from_secs(300));
        assert_eq!(parse_flag("0.5").unwrap(), Duration::from_millis(500));
        assert_eq!(
            parse_flag("5x").unwrap_err(),
            "unknown unit \"x\" in \"5x\" (use ms, s, m or h)"
        );
        assert_eq!(parse_flag("x5").unwrap_err(), "expected a number in \"x5\"");
        assert_eq!(
            parse_flag("5m3").unwrap_err(),
            "missing unit in \"5m3\" (use s, m or h)"
        );
        for bad in [
            "",
            "-5s",
            "5x",
            "m",
            "5 m",
            "1e400s",
            "99999999999h",
            ".",
            "-1",
            "nan",
        ] {
            assert!(parse_flag(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn format_go_prints_like_go() {
        assert_eq!(format_go(SignedDuration::ZERO), "0s");
        assert_eq!(format_go(SignedDuration::from_secs(10)), "10s");
        assert_eq!(format_go(SignedDuration::from_secs(3600)), "1h0m0s");
        assert_eq!(format_go(SignedDuration::from_secs(3725)), "1h2m5s");
        assert_eq!(format_go(SignedDuration::from_millis(1500)), "1.5s");
        assert_eq!(format_go(SignedDuration::from_millis(500)), "500ms");
        assert_eq!(format_go(SignedDuration::from_micros(1500)), "1.5ms");
        assert_eq!(format_go(SignedDuration::from_nanos(1500)), "1.5µs");
        assert_eq!(format_go(SignedDuration::from_nanos(7)), "7ns");
        assert_eq!(format_go(SignedDuration::from_secs(-30)), "-30s");
    }
}
