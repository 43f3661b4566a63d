//! Our clap value parsers (durations, `CONTAINER=IMAGE`, speeds) and the one-line refusal
//! they raise, so that a bad value reads the same as our other errors.

/// A refusal by one of our value parsers: the whole one-line message, which `main` prints as
/// `error: …` (instead of clap's multi-line block) with the usage exit code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueError(pub String);

impl std::fmt::Display for ValueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ValueError {}

/// The one-line message of a clap error that one of our value parsers raised.
pub fn value_error_line(e: &clap::Error) -> Option<String> {
    std::error::Error::source(e)?
        .downcast_ref::<ValueError>()
        .map(|v| v.0.clone())
}

/// `--in`: a flag duration and the text typed (the Go plugin prints it back as typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delay {
    pub text: String,
    pub duration: jiff::SignedDuration,
}

/// One `CONTAINER=IMAGE` of `set image` (`*` names every container).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageAssignment {
    pub container: String,
    pub image: String,
}

pub(super) fn parse_timeout(text: &str) -> Result<std::time::Duration, ValueError> {
    crate::model::duration::parse_flag(text).map_err(|e| {
        ValueError(format!(
            "invalid --timeout {text:?}: {e} (use e.g. 90s or 5m)"
        ))
    })
}

pub(super) fn parse_in(text: &str) -> Result<Delay, ValueError> {
    let refuse = |e: String| {
        // The parser's message may already say which units to use; one hint is enough.
        let hint = if e.contains("(use ") {
            ""
        } else {
            " (use e.g. 30s, 10m, 1h)"
        };
        ValueError(format!("invalid --in {text:?}: {e}{hint}"))
    };
    let d = crate::model::duration::parse_flag(text).map_err(refuse)?;
    let duration = jiff::SignedDuration::try_from(d)
        .map_err(|_| ValueError("--in is too long".to_string()))?;
    Ok(Delay {
        text: text.trim().to_string(),
        duration,
    })
}

pub(super) fn parse_image_assignment(pair: &str) -> Result<ImageAssignment, ValueError> {
    match pair.split_once('=') {
        Some((c, i)) if !c.is_empty() && !i.is_empty() && !i.contains(char::is_whitespace) => {
            Ok(ImageAssignment {
                container: c.to_string(),
                image: i.to_string(),
            })
        }
        _ => Err(ValueError(format!(
            "invalid image assignment {pair:?}: expected CONTAINER=IMAGE"
        ))),
    }
}

/// A speed factor: a finite number from 0.1 to 10000.
pub(super) fn parse_speed(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && (0.1..=10_000.0).contains(&v) => Ok(v),
        _ => Err(format!("'{s}' is not a speed from 0.1 to 10000")),
    }
}
