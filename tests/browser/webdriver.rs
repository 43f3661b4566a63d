//! A tiny WebDriver client (the W3C protocol's HTTP/JSON, spoken over a plain TCP stream) for
//! driving Debian's headless Chromium through chromedriver: enough to open pages, find and
//! click elements, read text, run a script and take screenshots. Every wait is bounded.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// Where Debian puts them; `CHROMIUM` / `CHROMEDRIVER` override.
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// What to do on a machine without them (the README's test script does it).
pub const INSTALL_HINT: &str = "install them with `apt-get update && apt-get install -y chromium chromium-driver`, or run `tests/run.sh`, which does that and then runs the tests";

/// One WebDriver request may take this long.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

fn tool(var: &str, default: &str) -> PathBuf {
    let path = std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(default));
    if !path.is_file() {
        panic!(
            "the browser tests need Chromium and chromedriver, and {} is missing: {INSTALL_HINT}",
            path.display()
        );
    }
    path
}

/// chromedriver and one headless Chromium session; both end when this is dropped.
pub struct Browser {
    driver: Child,
    port: u16,
    session: String,
    _profile: tempfile::TempDir,
}

impl Browser {
    pub fn start() -> Browser {
        let chromium = tool("CHROMIUM", CHROMIUM);
        let chromedriver = tool("CHROMEDRIVER", CHROMEDRIVER);
        let port = free_port();
        let driver = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let profile = tempfile::tempdir().expect("a profile directory");
        let mut b = Browser {
            driver,
            port,
            session: String::new(),
            _profile: profile,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while b.call("GET", "/status", None).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not answer");
            std::thread::sleep(Duration::from_millis(50));
        }
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--window-size=1400,1000",
            &format!("--user-data-dir={}", b._profile.path().display()),
        ];
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": chromium.display().to_string(), "args": args}
        }}});
        let v = b
            .call("POST", "/session", Some(&caps))
            .unwrap_or_else(|e| panic!("cannot start a Chromium session: {e}"));
        b.session = v["sessionId"].as_str().expect("a session id").to_string();
        b
    }

    pub fn goto(&self, url: &str) {
        self.cmd("POST", "url", json!({ "url": url }));
    }

    pub fn url(&self) -> String {
        self.cmd("GET", "url", Value::Null)
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// The first element matching a CSS selector, if any.
    pub fn find(&self, css: &str) -> Option<String> {
        let p = format!("/session/{}/element", self.session);
        let v = self
            .call(
                "POST",
                &p,
                Some(&json!({"using": "css selector", "value": css})),
            )
            .ok()?;
        v[ELEMENT_KEY].as_str().map(str::to_string)
    }

    /// Waits (bounded) for an element matching `css`.
    pub fn wait_for(&self, css: &str, limit: Duration) -> String {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(e) = self.find(css) {
                return e;
            }
            if Instant::now() >= deadline {
                panic!(
                    "no element {css} within {limit:?} on {}; page text:\n{}",
                    self.url(),
                    self.text_of("body")
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits (bounded) until `cond(page text)` holds; returns the text.
    pub fn wait_for_text(&self, css: &str, limit: Duration, cond: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + limit;
        loop {
            let t = self.text_of(css);
            if cond(&t) {
                return t;
            }
            if Instant::now() >= deadline {
                panic!("{css} never matched within {limit:?}; its text:\n{t}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Finds and clicks the element matching `css`, finding it again when the page redrew it
    /// between the two (a live page replaces rows as events arrive). Bounded.
    pub fn click_css(&self, css: &str, limit: Duration) {
        let deadline = Instant::now() + limit;
        loop {
            let e = self.wait_for(css, limit);
            let p = format!("/session/{}/element/{e}/click", self.session);
            match self.call("POST", &p, Some(&json!({}))) {
                Ok(_) => return,
                Err(err) if err.contains("stale element") && Instant::now() < deadline => {}
                Err(err) => panic!("click {css}: {err}"),
            }
        }
    }

    /// The rendered text of the first element matching `css` ("" when there is none).
    pub fn text_of(&self, css: &str) -> String {
        match self.find(css) {
            Some(e) => self
                .cmd("GET", &format!("element/{e}/text"), Value::Null)
                .as_str()
                .unwrap_or_default()
                .to_string(),
            None => String::new(),
        }
    }

    pub fn send_keys(&self, element: &str, text: &str) {
        self.cmd(
            "POST",
            &format!("element/{element}/value"),
            json!({ "text": text }),
        );
    }

    /// Runs a script in the page and returns its value.
    pub fn script(&self, body: &str) -> Value {
        self.cmd("POST", "execute/sync", json!({"script": body, "args": []}))
    }

    /// Saves a PNG of the window.
    pub fn screenshot(&self, path: &Path) {
        let b64 = self.cmd("GET", "screenshot", Value::Null);
        let png = base64_decode(b64.as_str().expect("base64 screenshot"));
        assert!(png.starts_with(b"\x89PNG"), "not a PNG");
        std::fs::write(path, png).expect("write screenshot");
    }

    fn cmd(&self, method: &str, what: &str, body: Value) -> Value {
        let path = format!("/session/{}/{what}", self.session);
        let body = (!body.is_null()).then_some(body);
        self.call(method, &path, body.as_ref())
            .unwrap_or_else(|e| panic!("{method} {what}: {e}"))
    }

    /// One WebDriver command: its `value`, or the error it answered.
    fn call(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Value, String> {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).map_err(|e| e.to_string())?;
        s.set_read_timeout(Some(COMMAND_TIMEOUT))
            .map_err(|e| e.to_string())?;
        let body = body.map(Value::to_string).unwrap_or_default();
        write!(
            s,
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.port,
            body.len()
        )
        .map_err(|e| e.to_string())?;
        let mut reader = BufReader::new(s);
        let mut status = String::new();
        reader.read_line(&mut status).map_err(|e| e.to_string())?;
        let mut length = None;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).map_err(|e| e.to_string())? == 0
                || line.trim().is_empty()
            {
                break;
            }
            if let Some((k, v)) = line.split_once(':')
                && k.eq_ignore_ascii_case("content-length")
            {
                length = v.trim().parse::<usize>().ok();
            }
        }
        let mut buf = Vec::new();
        match length {
            Some(n) => {
                buf.resize(n, 0);
                reader.read_exact(&mut buf).map_err(|e| e.to_string())?;
            }
            None => {
                reader.read_to_end(&mut buf).map_err(|e| e.to_string())?;
            }
        }
        let v: Value = serde_json::from_slice(&buf).map_err(|e| format!("{e}: {status}"))?;
        if status.split_whitespace().nth(1) != Some("200") {
            return Err(format!("{} {}", status.trim(), v["value"]));
        }
        Ok(v["value"].clone())
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self.call("DELETE", &format!("/session/{}", self.session), None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Standard base64 (the screenshot's encoding).
fn base64_decode(s: &str) -> Vec<u8> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes() {
        let Some(v) = value(c) else { continue };
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

#[test]
fn base64_decodes_the_standard_alphabet() {
    assert_eq!(base64_decode("aGVsbG8="), b"hello");
    assert_eq!(base64_decode("iVBORw=="), b"\x89PNG");
}
