//! Durations as the Go tools print them in tables: kubectl's `HumanDuration` for AGE columns
//! and Go's `time.Duration.String()` rounded to seconds (parsing and the exact formatter are
//! in `model::duration`).

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
    // Whole seconds of a SignedDuration always fit its range.
    let secs = i64::try_from(rounded).unwrap_or(if rounded < 0 { i64::MIN } else { i64::MAX });
    crate::model::duration::format_go(SignedDuration::from_secs(secs))
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
}
