//! `lint -f FILE…`: reads the files (or stdin), runs the pure [`crate::lint`] checks, prints
//! one line per problem (or `-o json`/`yaml` data) and exits 1 when there is any.
//!
//! Exit codes: 0 valid; 1 problems, including a document that is not valid YAML or JSON (it
//! is a problem of the manifest, reported with its line like the others); 2 a file that
//! cannot be read (a problem of the command line, like a bad flag).

use std::io::Read;

use anyhow::Result;

use super::output;
use crate::cli::{LintArgs, OutputFormat};
use crate::exit::{CodedError, ExitCode};
use crate::lint::{self, Source};

/// What a `-f` named: its display name and text.
pub struct Input {
    pub name: String,
    pub text: String,
}

/// Reads every `-f` argument; `-` is stdin (once). A file we cannot read is a usage error.
pub fn read_inputs(files: &[String]) -> Result<Vec<Input>> {
    let mut inputs = Vec::new();
    let mut stdin_read = false;
    for f in files {
        if f == "-" {
            if stdin_read {
                return Err(CodedError::new(
                    ExitCode::Usage,
                    "-f - (stdin) may be given only once",
                )
                .into());
            }
            stdin_read = true;
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| CodedError::new(ExitCode::Usage, format!("cannot read stdin: {e}")))?;
            let text = String::from_utf8(bytes)
                .map_err(|_| CodedError::new(ExitCode::Usage, "stdin is not UTF-8 text"))?;
            inputs.push(Input {
                name: "<stdin>".to_string(),
                text,
            });
            continue;
        }
        let bytes = std::fs::read(f).map_err(|e| {
            let why = match e.kind() {
                std::io::ErrorKind::NotFound => "no such file".to_string(),
                std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
                _ => e.to_string(),
            };
            CodedError::new(ExitCode::Usage, format!("cannot read {f}: {why}"))
        })?;
        let text = String::from_utf8(bytes).map_err(|_| {
            CodedError::new(ExitCode::Usage, format!("cannot read {f}: not UTF-8 text"))
        })?;
        inputs.push(Input {
            name: f.clone(),
            text,
        });
    }
    Ok(inputs)
}

/// The inputs as lint sources.
pub fn sources(inputs: &[Input]) -> Vec<Source<'_>> {
    inputs
        .iter()
        .map(|i| Source {
            name: &i.name,
            text: &i.text,
        })
        .collect()
}

pub fn run(args: &LintArgs) -> Result<ExitCode> {
    let inputs = read_inputs(&args.files)?;
    let problems = lint::lint(&sources(&inputs));
    match args.output {
        Some(OutputFormat::Json) => {
            output::println(&serde_json::to_string_pretty(&problems)?)?;
        }
        Some(OutputFormat::Yaml) => output::print(&serde_yaml::to_string(&problems)?)?,
        None => {
            let mut text = String::new();
            for p in &problems {
                text.push_str(&crate::render::sanitize(&p.to_string()));
                text.push('\n');
            }
            output::print(&text)?;
        }
    }
    Ok(if problems.is_empty() {
        ExitCode::Ok
    } else {
        ExitCode::Failure
    })
}
