//! Decided once from the flags and the environment: colour, namespace choice, clock, timeouts.
//! Nothing below `main` and `commands` asks the environment again.

use std::time::Duration;

use anyhow::{Context, Result};
use jiff::Timestamp;

use crate::cli::{ColorChoice, GlobalArgs};
use crate::k8s::Overrides;

/// Hidden, for tests and reproducible screenshots: pins "now" (RFC 3339) for ages and delays.
pub const NOW_ENV: &str = "KUBECTL_ROLLOUTS_NOW";

/// The default time each request may take when `--request-timeout` is not given.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// How long we try to open a connection before we say the cluster is unreachable.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug, Clone)]
pub struct Settings {
    pub color: bool,
    /// True when stdout is a terminal (watch mode clears the screen only then).
    pub stdout_is_tty: bool,
    pub cluster: ClusterSettings,
    /// Pinned clock (from [`NOW_ENV`]); None means the real clock.
    pub fixed_now: Option<Timestamp>,
}

#[derive(Debug, Clone, Default)]
pub struct ClusterSettings {
    pub kubeconfig: Option<String>,
    pub context: Option<String>,
    pub cluster: Option<String>,
    pub user: Option<String>,
    pub namespace: Option<String>,
    /// None = wait forever (`--request-timeout 0`).
    pub request_timeout: Option<Duration>,
    /// kubectl's flags laid over the kubeconfig (server, token, TLS, impersonation).
    pub overrides: Overrides,
    /// `-v N`: 6 and above log each request on stderr.
    pub verbosity: u8,
}

/// What the environment says, read once by `main`.
#[derive(Debug, Clone, Default)]
pub struct Env {
    pub stdout_is_tty: bool,
    pub no_color: bool,
    pub term_dumb: bool,
    pub now: Option<String>,
}

impl Env {
    pub fn read() -> Env {
        use std::io::IsTerminal;
        Env {
            stdout_is_tty: std::io::stdout().is_terminal(),
            no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
            term_dumb: std::env::var("TERM").is_ok_and(|t| t == "dumb"),
            now: std::env::var(NOW_ENV).ok(),
        }
    }
}

impl Settings {
    pub fn new(global: &GlobalArgs, env: &Env) -> Result<Settings> {
        let color = decide_color(global.color, global.no_color, env);
        let request_timeout = match &global.request_timeout {
            None => Some(DEFAULT_REQUEST_TIMEOUT),
            Some(text) => {
                let d = parse_request_timeout(text).with_context(|| {
                    format!("invalid --request-timeout {text:?} (use e.g. 30s, 1m, 0.5 or 0)")
                })?;
                if d.is_zero() { None } else { Some(d) }
            }
        };
        let overrides = Overrides::from_args(&global.access).map_err(anyhow::Error::msg)?;
        let fixed_now = match &env.now {
            Some(text) => Some(
                text.parse::<Timestamp>()
                    .with_context(|| format!("invalid {NOW_ENV} {text:?}"))?,
            ),
            None => None,
        };
        Ok(Settings {
            color,
            stdout_is_tty: env.stdout_is_tty,
            cluster: ClusterSettings {
                kubeconfig: global.kubeconfig.clone(),
                context: global.context.clone(),
                cluster: global.cluster.clone(),
                user: global.user.clone(),
                namespace: global.namespace.clone(),
                request_timeout,
                overrides,
                verbosity: global.access.verbosity.unwrap_or(0),
            },
            fixed_now,
        })
    }

    /// The clock every command uses.
    pub fn now(&self) -> Timestamp {
        self.fixed_now.unwrap_or_else(Timestamp::now)
    }
}

/// `--no-color` and `--color never` always win; `--color always` forces colour; otherwise
/// colour only on a terminal without `NO_COLOR` and with a TERM other than `dumb`.
pub fn decide_color(choice: ColorChoice, no_color_flag: bool, env: &Env) -> bool {
    if no_color_flag {
        return false;
    }
    match choice {
        ColorChoice::Never => false,
        ColorChoice::Always => true,
        ColorChoice::Auto => env.stdout_is_tty && !env.no_color && !env.term_dumb,
    }
}

/// `--request-timeout`: a flag duration ([`crate::model::duration::parse_flag`]: a Go
/// duration or plain seconds, whole as kubectl's `30` or not, `0.5`).
fn parse_request_timeout(text: &str) -> Result<Duration> {
    crate::model::duration::parse_flag(text).map_err(anyhow::Error::msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(tty: bool, no_color: bool, dumb: bool) -> Env {
        Env {
            stdout_is_tty: tty,
            no_color,
            term_dumb: dumb,
            now: None,
        }
    }

    #[test]
    fn colour_only_on_a_plain_terminal() {
        assert!(decide_color(
            ColorChoice::Auto,
            false,
            &env(true, false, false)
        ));
        assert!(!decide_color(
            ColorChoice::Auto,
            false,
            &env(false, false, false)
        ));
        assert!(!decide_color(
            ColorChoice::Auto,
            false,
            &env(true, true, false)
        ));
        assert!(!decide_color(
            ColorChoice::Auto,
            false,
            &env(true, false, true)
        ));
        assert!(!decide_color(
            ColorChoice::Auto,
            true,
            &env(true, false, false)
        ));
        assert!(decide_color(
            ColorChoice::Always,
            false,
            &env(false, true, true)
        ));
        assert!(!decide_color(
            ColorChoice::Always,
            true,
            &env(true, false, false)
        ));
        assert!(!decide_color(
            ColorChoice::Never,
            false,
            &env(true, false, false)
        ));
    }

    #[test]
    fn request_timeouts_take_fractional_seconds_too() {
        let ms = Duration::from_millis;
        assert_eq!(parse_request_timeout("0.5").unwrap(), ms(500));
        assert_eq!(parse_request_timeout("0.001").unwrap(), ms(1));
        assert_eq!(parse_request_timeout("1.5s").unwrap(), ms(1500));
        assert_eq!(parse_request_timeout("7").unwrap(), ms(7000));
        for bad in ["-1", "nan", "inf", "1e400", "5x"] {
            assert!(
                parse_request_timeout(bad).is_err(),
                "{bad} should be refused"
            );
        }
    }
}
