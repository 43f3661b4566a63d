//! Durations as the Go tools print and parse them: kubectl's `HumanDuration` for AGE columns,
//! Go's `time.Duration.String()`, and Go's `time.ParseDuration` (experiment `spec.duration`).

use jiff::SignedDuration;

const NANOS_PER_SEC: i128 = 1_000_000_000;

/// kubectl's `duration.HumanDuration`: about two significant figures, always truncated.
/// More than a second in the past is `<invalid>`; up to a second in the past counts as `0s`.
pub fn human_age(d: SignedDuration) -> String {
    // Go converts the float seconds to int, i.e. truncates toward zero.
    let seconds = d.as_secs();
    if seconds < -1 {
        return "<invalid>".to_string();
    }
    if seconds < 0 {
        return "0s".to_string();
    }
    if seconds < 60 * 2 {
        return format!("{seconds}s");
    }
    let minutes = seconds / 60;
    if minutes < 10 {
        let s = seconds % 60;
        return if s == 0 {
            format!("{minutes}m")
        } else {
            format!("{minutes}m{s}s")
        };
    }
    if minutes < 60 * 3 {
        return format!("{minutes}m");
    }
    let hours = seconds / 3600;
    if hours < 8 {
        let m = minutes % 60;
        return if m == 0 {
            format!("{hours}h")
        } else {
            format!("{hours}h{m}m")
        };
    }
    if hours < 48 {
        return format!("{hours}h");
    }
    let days = hours / 24;
    if hours < 24 * 8 {
        let h = hours % 24;
        return if h == 0 {
            format!("{days}d")
        } else {
            format!("{days}d{h}h")
        };
    }
    if hours < 24 * 365 * 2 {
        return format!("{days}d");
    }
    let years = days / 365;
    if hours < 24 * 365 * 8 {
        let dy = days % 365;
        return if dy == 0 {
            format!("{years}y")
        } else {
            format!("{years}y{dy}d")
        };
    }
    format!("{years}y")
}

/// Go's `time.Duration.String()` of `d` rounded to whole seconds (half away from zero, as
/// Go's `Round` does): `0s`, `29s`, `1m5s`, `1h0m0s`, `-3s`.
pub fn go_duration(d: SignedDuration) -> String {
    let nanos = d.as_nanos();
    let half = NANOS_PER_SEC / 2;
    let rounded = if nanos >= 0 {
        (nanos + half) / NANOS_PER_SEC
    } else {
        (nanos - half) / NANOS_PER_SEC
    };
    let sign = if rounded < 0 { "-" } else { "" };
    let total = rounded.unsigned_abs();
    let (h, m, s) = (total / 3600, (total / 60) % 60, total % 60);
    if h > 0 {
        format!("{sign}{h}h{m}m{s}s")
    } else if m > 0 {
        format!("{sign}{m}m{s}s")
    } else {
        format!("{sign}{s}s")
    }
}

/// Go's `time.ParseDuration`: `300ms`, `-1.5h`, `2h45m`, `0`. Units ns, us, µs, μs, ms, s, m,
/// h; every number needs a unit (except a lone `0`). None when Go would return an error,
/// including overflow of Go's 64-bit nanoseconds.
pub fn parse_go_duration(s: &str) -> Option<SignedDuration> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: i64) -> SignedDuration {
        SignedDuration::from_secs(s)
    }

    #[test]
    fn human_age_near_zero_and_negative() {
        assert_eq!(human_age(SignedDuration::ZERO), "0s");
        assert_eq!(human_age(SignedDuration::from_millis(-1999)), "0s");
        assert_eq!(human_age(secs(-1)), "0s");
        assert_eq!(human_age(secs(-2)), "<invalid>");
        assert_eq!(human_age(SignedDuration::from_millis(999)), "0s");
        assert_eq!(human_age(SignedDuration::from_millis(1999)), "1s");
    }

    #[test]
    fn human_age_seconds_up_to_two_minutes() {
        assert_eq!(human_age(secs(59)), "59s");
        assert_eq!(human_age(secs(60)), "60s");
        assert_eq!(human_age(secs(119)), "119s");
        assert_eq!(human_age(SignedDuration::from_millis(119_999)), "119s");
    }

    #[test]
    fn human_age_minutes_and_seconds_under_ten_minutes() {
        assert_eq!(human_age(secs(120)), "2m");
        assert_eq!(human_age(secs(121)), "2m1s");
        assert_eq!(human_age(secs(9 * 60 + 59)), "9m59s");
        assert_eq!(human_age(secs(5 * 60)), "5m");
    }

    #[test]
    fn human_age_minutes_under_three_hours() {
        assert_eq!(human_age(secs(600)), "10m");
        assert_eq!(human_age(secs(601)), "10m");
        assert_eq!(human_age(secs(3600)), "60m");
        assert_eq!(human_age(secs(3 * 3600 - 1)), "179m");
    }

    #[test]
    fn human_age_hours_and_minutes_under_eight_hours() {
        assert_eq!(human_age(secs(3 * 3600)), "3h");
        assert_eq!(human_age(secs(3 * 3600 + 60)), "3h1m");
        assert_eq!(human_age(secs(3 * 3600 + 59)), "3h");
        assert_eq!(human_age(secs(8 * 3600 - 1)), "7h59m");
    }

    #[test]
    fn human_age_hours_under_two_days() {
        assert_eq!(human_age(secs(8 * 3600)), "8h");
        assert_eq!(human_age(secs(8 * 3600 + 3599)), "8h");
        assert_eq!(human_age(secs(48 * 3600 - 1)), "47h");
    }

    #[test]
    fn human_age_days_and_hours_under_eight_days() {
        assert_eq!(human_age(secs(48 * 3600)), "2d");
        assert_eq!(human_age(secs(49 * 3600)), "2d1h");
        assert_eq!(human_age(secs(8 * 86400 - 1)), "7d23h");
    }

    #[test]
    fn human_age_days_under_two_years() {
        assert_eq!(human_age(secs(8 * 86400)), "8d");
        assert_eq!(human_age(secs(8 * 86400 + 23 * 3600)), "8d");
        assert_eq!(human_age(secs(730 * 86400 - 1)), "729d");
    }

    #[test]
    fn human_age_years_and_days_under_eight_years() {
        assert_eq!(human_age(secs(730 * 86400)), "2y");
        assert_eq!(human_age(secs(731 * 86400)), "2y1d");
        assert_eq!(human_age(secs(8 * 365 * 86400 - 1)), "7y364d");
    }

    #[test]
    fn human_age_years_beyond_eight() {
        assert_eq!(human_age(secs(8 * 365 * 86400)), "8y");
        assert_eq!(human_age(secs(9 * 365 * 86400 + 100 * 86400)), "9y");
        assert_eq!(human_age(SignedDuration::MAX), "292471208677y");
    }

    #[test]
    fn go_duration_formats_like_go() {
        assert_eq!(go_duration(SignedDuration::ZERO), "0s");
        assert_eq!(go_duration(secs(29)), "29s");
        assert_eq!(go_duration(secs(65)), "1m5s");
        assert_eq!(go_duration(secs(3600)), "1h0m0s");
        assert_eq!(go_duration(secs(90061)), "25h1m1s");
        assert_eq!(go_duration(secs(-3)), "-3s");
        assert_eq!(go_duration(secs(-65)), "-1m5s");
    }

    #[test]
    fn go_duration_rounds_half_away_from_zero() {
        assert_eq!(go_duration(SignedDuration::from_millis(29_499)), "29s");
        assert_eq!(go_duration(SignedDuration::from_millis(29_500)), "30s");
        assert_eq!(go_duration(SignedDuration::from_millis(-1_500)), "-2s");
        assert_eq!(go_duration(SignedDuration::from_millis(-400)), "0s");
    }

    #[test]
    fn parse_go_duration_accepts_go_syntax() {
        assert_eq!(parse_go_duration("0"), Some(SignedDuration::ZERO));
        assert_eq!(parse_go_duration("30s"), Some(secs(30)));
        assert_eq!(parse_go_duration("5m"), Some(secs(300)));
        assert_eq!(parse_go_duration("1h"), Some(secs(3600)));
        assert_eq!(parse_go_duration("2h45m"), Some(secs(9900)));
        assert_eq!(parse_go_duration("1.5h"), Some(secs(5400)));
        assert_eq!(parse_go_duration("-1m"), Some(secs(-60)));
        assert_eq!(parse_go_duration("+1s"), Some(secs(1)));
        assert_eq!(
            parse_go_duration("300ms"),
            Some(SignedDuration::from_millis(300))
        );
        assert_eq!(
            parse_go_duration("1µs"),
            Some(SignedDuration::from_nanos(1000))
        );
        assert_eq!(
            parse_go_duration(".5s"),
            Some(SignedDuration::from_millis(500))
        );
    }

    #[test]
    fn parse_go_duration_rejects_what_go_rejects() {
        assert_eq!(parse_go_duration(""), None);
        assert_eq!(parse_go_duration("60"), None);
        assert_eq!(parse_go_duration("5d"), None);
        assert_eq!(parse_go_duration("s"), None);
        assert_eq!(parse_go_duration("."), None);
        assert_eq!(parse_go_duration("-"), None);
        assert_eq!(parse_go_duration("1h "), None);
        assert_eq!(parse_go_duration("3000000h"), None);
    }
}
