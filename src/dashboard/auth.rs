//! Who may talk to the dashboard: the random token of this start (cookie for the browser,
//! `Authorization: Bearer` for scripts), the Host check against DNS rebinding and the Origin
//! check on writes. Pure checks on header values; the middleware in `routes` applies them.

use std::net::{IpAddr, SocketAddr};

/// A fresh random token: 32 hex digits (128 bits) from the operating system's generator.
pub fn new_token() -> std::io::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::getrandom(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The cookie's name carries the port: cookies are per host, not per port, and two
/// dashboards on one machine must not overwrite each other's.
pub fn cookie_name(port: u16) -> String {
    format!("kubectl_rollouts_{port}")
}

/// The `Set-Cookie` value that keeps the token in the browser: not readable by scripts, never
/// sent along with a request another site starts, only below the root path.
pub fn set_cookie(name: &str, token: &str, root: &str) -> String {
    format!("{name}={token}; Path={root}; HttpOnly; SameSite=Strict")
}

/// Equal without an early exit on the first differing byte (no timing oracle on the token).
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Whether the request carries the token: `Authorization: Bearer T` or the cookie.
pub fn authorized(
    token: &str,
    cookie_name: &str,
    authorization: Option<&str>,
    cookies: &[&str],
) -> bool {
    if let Some(a) = authorization
        && let Some(t) = a.strip_prefix("Bearer ")
    {
        return same_secret(t.trim(), token);
    }
    cookies.iter().any(|header| {
        header.split(';').any(|pair| {
            pair.trim()
                .split_once('=')
                .is_some_and(|(k, v)| k == cookie_name && same_secret(v, token))
        })
    })
}

/// Whether the `Host` header names this dashboard: `localhost`, or an IP address it listens
/// on (any IP address when bound to all of them), with the bound port. A DNS name other than
/// localhost is refused: a page of another site whose name was rebound to our address sends
/// its own name.
pub fn host_allowed(host: Option<&str>, bound: SocketAddr) -> bool {
    let Some(host) = host else {
        return false;
    };
    let Some((name, port)) = split_host_port(host) else {
        return false;
    };
    if port != bound.port() {
        return false;
    }
    if name.eq_ignore_ascii_case("localhost") {
        return true;
    }
    match name.parse::<IpAddr>() {
        Ok(ip) => bound.ip().is_unspecified() || ip == bound.ip(),
        Err(_) => false,
    }
}

/// Whether a write's `Origin` is the dashboard's own page (`http://` + the Host it was asked
/// as). No Origin at all is a script (curl), which browsers never are on a PUT.
pub fn origin_allowed(origin: Option<&str>, host: Option<&str>) -> bool {
    match (origin, host) {
        (None, _) => true,
        (Some(o), Some(h)) => o.strip_prefix("http://") == Some(h),
        (Some(_), None) => false,
    }
}

/// `name:port` or `[v6]:port`; the port is required (browsers send it for a non-default one,
/// and the dashboard never listens on 80).
fn split_host_port(host: &str) -> Option<(&str, u16)> {
    let (name, port) = if let Some(rest) = host.strip_prefix('[') {
        let (v6, after) = rest.split_once(']')?;
        (v6, after.strip_prefix(':')?)
    } else {
        host.rsplit_once(':')?
    };
    Some((name, port.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(s: &str) -> SocketAddr {
        s.parse().unwrap()
    }

    #[test]
    fn tokens_are_32_hex_digits_and_differ_per_start() {
        let a = new_token().unwrap();
        let b = new_token().unwrap();
        assert_eq!(a.len(), 32);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }

    #[test]
    fn the_bearer_header_or_the_cookie_authorizes_and_nothing_else() {
        let t = "0123456789abcdef0123456789abcdef";
        let c = "kubectl_rollouts_3100";
        assert!(authorized(t, c, Some(&format!("Bearer {t}")), &[]));
        assert!(!authorized(t, c, Some("Bearer wrong"), &[]));
        // A wrong bearer is not rescued by a right cookie: the script said who it is.
        assert!(!authorized(t, c, Some("Bearer x"), &[&format!("{c}={t}")]));
        assert!(authorized(t, c, None, &[&format!("theme=dark; {c}={t}")]));
        assert!(!authorized(
            t,
            c,
            None,
            &[&format!("kubectl_rollouts_3101={t}")]
        ));
        assert!(!authorized(t, c, None, &[&format!("{c}={t}x")]));
        assert!(!authorized(t, c, None, &[]));
        assert!(!authorized(t, c, Some(&format!("Basic {t}")), &[]));
    }

    #[test]
    fn the_cookie_is_http_only_and_strict() {
        let v = set_cookie("kubectl_rollouts_3100", "abc", "/rollouts/");
        assert_eq!(
            v,
            "kubectl_rollouts_3100=abc; Path=/rollouts/; HttpOnly; SameSite=Strict"
        );
    }

    #[test]
    fn host_must_be_localhost_or_the_bound_address_with_its_port() {
        let local = addr("127.0.0.1:3100");
        assert!(host_allowed(Some("127.0.0.1:3100"), local));
        assert!(host_allowed(Some("localhost:3100"), local));
        assert!(host_allowed(Some("LOCALHOST:3100"), local));
        assert!(!host_allowed(Some("evil.example.com:3100"), local));
        assert!(!host_allowed(Some("127.0.0.1:3101"), local));
        assert!(!host_allowed(Some("127.0.0.1"), local));
        assert!(!host_allowed(Some("10.0.0.5:3100"), local));
        assert!(!host_allowed(None, local));
        let any = addr("0.0.0.0:3100");
        assert!(host_allowed(Some("10.0.0.5:3100"), any));
        assert!(!host_allowed(Some("rebound.example:3100"), any));
        let v6 = addr("[::1]:3100");
        assert!(host_allowed(Some("[::1]:3100"), v6));
        assert!(!host_allowed(Some("[::2]:3100"), v6));
    }

    #[test]
    fn origin_must_be_the_page_the_dashboard_served() {
        let h = Some("127.0.0.1:3100");
        assert!(origin_allowed(Some("http://127.0.0.1:3100"), h));
        assert!(origin_allowed(None, h));
        assert!(!origin_allowed(Some("http://evil.example.com"), h));
        assert!(!origin_allowed(Some("http://localhost:3100"), h));
        assert!(!origin_allowed(Some("null"), h));
        assert!(!origin_allowed(Some("https://127.0.0.1:3100"), h));
        assert!(!origin_allowed(Some("http://127.0.0.1:3100"), None));
    }

    #[test]
    fn secrets_compare_by_value_and_length() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "abcd"));
        assert!(!same_secret("", "a"));
    }
}
