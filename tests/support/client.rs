//! A minimal blocking HTTP/1.1 client for poking the test server directly from tests.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use serde_json::Value;

#[derive(Debug, Clone)]
pub struct RawResponse {
    pub status: u16,
    /// Header names lower-cased.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl RawResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// The body as JSON; panics if it is not.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    /// A watch body split into its events.
    pub fn events(&self) -> Vec<Value> {
        self.text()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad event ({e}): {l}")))
            .collect()
    }
}

/// Sends one request (`Connection: close`) and reads the whole response, for at most
/// `limit`: a streaming response is cut there and what arrived is returned.
pub fn request_within(
    base: &str,
    method: &str,
    path_and_query: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
    limit: Duration,
) -> RawResponse {
    let host = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(host).expect("connect to test server");
    let deadline = Instant::now() + limit;
    let mut head =
        format!("{method} {path_and_query} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    let body = body.unwrap_or("");
    if !body.is_empty() || matches!(method, "POST" | "PUT" | "PATCH") {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).expect("send request");
    stream.write_all(body.as_bytes()).expect("send body");

    let mut reader = BufReader::new(stream);
    let set_timeout = |r: &mut BufReader<TcpStream>| {
        let left = deadline
            .saturating_duration_since(Instant::now())
            .max(Duration::from_millis(1));
        let _ = r.get_ref().set_read_timeout(Some(left));
    };
    let mut line = String::new();
    set_timeout(&mut reader);
    // No status line within the limit (a hanging request) reads as status 0.
    let _ = reader.read_line(&mut line);
    let Some(status) = line.split_whitespace().nth(1).and_then(|s| s.parse().ok()) else {
        return RawResponse {
            status: 0,
            headers: Vec::new(),
            body: Vec::new(),
        };
    };
    let mut headers = Vec::new();
    loop {
        line.clear();
        set_timeout(&mut reader);
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    }
    let chunked = headers
        .iter()
        .any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"));
    let mut body = Vec::new();
    if chunked {
        loop {
            line.clear();
            set_timeout(&mut reader);
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                break;
            }
            let Ok(size) = usize::from_str_radix(line.trim(), 16) else {
                break;
            };
            if size == 0 {
                break;
            }
            let mut chunk = vec![0; size + 2];
            set_timeout(&mut reader);
            if reader.read_exact(&mut chunk).is_err() {
                break;
            }
            body.extend_from_slice(&chunk[..size]);
        }
    } else {
        set_timeout(&mut reader);
        let _ = reader.read_to_end(&mut body);
    }
    RawResponse {
        status,
        headers,
        body,
    }
}

pub fn get(base: &str, path_and_query: &str) -> RawResponse {
    request_within(
        base,
        "GET",
        path_and_query,
        &[],
        None,
        Duration::from_secs(10),
    )
}

pub fn send(base: &str, method: &str, path: &str, content_type: &str, body: &str) -> RawResponse {
    request_within(
        base,
        method,
        path,
        &[("Content-Type", content_type)],
        Some(body),
        Duration::from_secs(10),
    )
}
