//! Writing to stdout without panicking on a closed pipe (`| head` is success, not a crash),
//! and `-o json|yaml` documents.

use std::io::Write;

use serde::Serialize;

use crate::cli::OutputFormat;

/// Marker error: stdout was closed by the reader.
#[derive(Debug, thiserror::Error)]
#[error("broken pipe")]
pub struct BrokenPipe;

/// Writes text to stdout and flushes.
pub fn print(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(BrokenPipe.into()),
        Err(e) => Err(anyhow::Error::new(e).context("cannot write to stdout")),
    }
}

/// Writes a line (adds the newline when missing).
pub fn println(text: &str) -> anyhow::Result<()> {
    if text.ends_with('\n') {
        print(text)
    } else {
        print(&format!("{text}\n"))
    }
}

pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| c.downcast_ref::<BrokenPipe>().is_some())
}

/// `-o json|yaml`: one value as a document (JSON pretty-printed; schemas in the README).
pub fn data<T: Serialize>(value: &T, format: OutputFormat) -> anyhow::Result<String> {
    Ok(match format {
        OutputFormat::Json => format!("{}\n", serde_json::to_string_pretty(value)?),
        OutputFormat::Yaml => serde_yaml::to_string(value)?,
    })
}

/// One document of a stream (`--watch -o ...`): JSON documents follow each other, as
/// `kubectl get -w -o json` prints them; YAML ones start with `---` so the stream stays YAML.
pub fn stream_item<T: Serialize>(value: &T, format: OutputFormat) -> anyhow::Result<String> {
    Ok(match format {
        OutputFormat::Json => data(value, format)?,
        OutputFormat::Yaml => format!("---\n{}", data(value, format)?),
    })
}
