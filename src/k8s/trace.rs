//! `-v N`: kubectl's request log on stderr. At 6 and above one line per request (method, URL,
//! status, time), in the shape of kubectl's `round_trippers` lines so people and scripts who
//! read those read ours; at 8 and above the response size too. Only what is on the request
//! line is printed, never a header: no token, no certificate.

use std::io::Write;
use std::time::Duration;

use http::StatusCode;

/// The level at which requests are logged (kubectl's).
pub const REQUESTS: u8 = 6;
/// The level at which response sizes are logged too.
pub const SIZES: u8 = 8;

/// Where request lines go, and from which level.
#[derive(Debug, Clone, Copy, Default)]
pub struct RequestLog {
    pub level: u8,
}

impl RequestLog {
    pub fn new(level: u8) -> Self {
        Self { level }
    }

    pub fn enabled(&self) -> bool {
        self.level >= REQUESTS
    }

    /// `Config loaded from file:  PATH`, as kubectl's loader says it at 6.
    pub fn config_loaded(&self, files: &[std::path::PathBuf]) {
        if !self.enabled() {
            return;
        }
        for f in files {
            self.emit(&format!("Config loaded from file:  {}", f.display()));
        }
    }

    /// One finished request (or the head of a watch). `status` None: no answer came
    /// (refused, timed out), which kubectl prints as an empty status.
    pub fn response(
        &self,
        method: &str,
        url: &str,
        status: Option<StatusCode>,
        took: Duration,
        bytes: Option<usize>,
    ) {
        if !self.enabled() {
            return;
        }
        self.emit(&response_line(self.level, method, url, status, took, bytes));
    }

    fn emit(&self, message: &str) {
        let line = format!("{} {message}\n", klog_header(jiff::Timestamp::now()));
        // A closed stderr must not fail the command; the log is a diagnostic.
        let _ = std::io::stderr().lock().write_all(line.as_bytes());
    }
}

fn response_line(
    level: u8,
    method: &str,
    url: &str,
    status: Option<StatusCode>,
    took: Duration,
    bytes: Option<usize>,
) -> String {
    let status = status
        .map(|s| format!("{} {}", s.as_u16(), s.canonical_reason().unwrap_or("")))
        .unwrap_or_default();
    let mut line = format!(
        "\"Response\" verb={:?} url={:?} status={:?} milliseconds={}",
        method,
        url,
        status.trim_end(),
        took.as_millis()
    );
    if level >= SIZES
        && let Some(b) = bytes
    {
        line.push_str(&format!(" bytes={b}"));
    }
    line
}

/// klog's prefix: `I1202 04:46:44.869347   19785 client.rs]` (UTC; severity I, pid).
fn klog_header(now: jiff::Timestamp) -> String {
    let t = now.to_zoned(jiff::tz::TimeZone::UTC);
    format!(
        "I{:02}{:02} {:02}:{:02}:{:02}.{:06} {:>7} client.rs]",
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.subsec_nanosecond() / 1000,
        std::process::id()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_response_line_reads_like_kubectls_round_trippers_line() {
        let line = response_line(
            6,
            "GET",
            "http://127.0.0.1:6443/api/v1/pods?limit=500",
            Some(StatusCode::OK),
            Duration::from_millis(12),
            Some(345),
        );
        assert_eq!(
            line,
            "\"Response\" verb=\"GET\" url=\"http://127.0.0.1:6443/api/v1/pods?limit=500\" status=\"200 OK\" milliseconds=12"
        );
        let with_size = response_line(8, "PATCH", "http://h/x", None, Duration::ZERO, Some(7));
        assert_eq!(
            with_size,
            "\"Response\" verb=\"PATCH\" url=\"http://h/x\" status=\"\" milliseconds=0 bytes=7"
        );
    }

    #[test]
    fn the_header_is_klogs() {
        let t: jiff::Timestamp = "2026-12-02T04:46:44.869347Z".parse().unwrap();
        let h = klog_header(t);
        assert!(h.starts_with("I1202 04:46:44.869347 "), "{h}");
        assert!(h.ends_with(" client.rs]"), "{h}");
    }
}
