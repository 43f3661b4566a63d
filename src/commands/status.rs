//! `status`: print `Phase - message` each time it changes until the rollout is Healthy
//! (exit 0) or Degraded (exit 1), or the timeout is reached (exit 3).

use std::time::Duration;

use anyhow::Result;

use super::{connect, output};
use crate::cli::StatusArgs;
use crate::exit::{CodedError, ExitCode};
use crate::k8s::watch::{Flow, WatchSpec, deadline_in, follow, sleep_until};
use crate::model::Phase;
use crate::model::resource::ROLLOUTS;
use crate::render;
use crate::view;

pub async fn run(args: &StatusArgs, settings: &crate::settings::Settings) -> Result<ExitCode> {
    let timeout = args.timeout;
    let cluster = connect(settings).await?;
    let ns = cluster.namespace.clone();
    let rollout = cluster.get(&ROLLOUTS, &ns, &args.name).await?;
    let (phase, message) = view::rollout_status(&rollout);
    // Once (`--watch=false`): the Go plugin's one-shot text, `Healthy`/`Degraded` alone.
    let mut last = if args.watch {
        render::status_line(&phase, &message)
    } else {
        render::status_once_line(&phase, &message)
    };
    let show = |phase: &str, message: &str, line: &str| -> Result<()> {
        match args.output {
            Some(f) => {
                let doc = StatusDoc {
                    name: &args.name,
                    namespace: &ns,
                    phase,
                    message,
                };
                // Watching streams documents, like `get -w -o json`; once is one document.
                output::print(&if args.watch {
                    output::stream_item(&doc, f)?
                } else {
                    output::data(&doc, f)?
                })
            }
            None => output::println(line),
        }
    };
    show(phase.as_str(), &message, &last)?;
    if let Some(code) = verdict(&phase, &message)? {
        return Ok(code);
    }
    if !args.watch {
        // Degraded failed above (exit 1), as it does in the Go plugin.
        return Ok(ExitCode::Ok);
    }
    let spec = WatchSpec::named(ROLLOUTS, Some(&ns), Some(&args.name));
    let mut outcome: Option<ExitCode> = None;
    let mut failure: Option<anyhow::Error> = None;
    let name = args.name.clone();
    // No Ctrl-C handler here: an interrupted `status --watch` ends as the shell ends it.
    let until = sleep_until(deadline_in(timeout));
    let stopped = follow(&cluster, vec![spec], until, |snap| {
        let Some(ro) = snap[0].first() else {
            anyhow::bail!("rollout \"{name}\" was deleted");
        };
        let (phase, message) = view::rollout_status(ro);
        let line = render::status_line(&phase, &message);
        if line != last {
            show(phase.as_str(), &message, &line)?;
            last = line;
        }
        match verdict(&phase, &message) {
            Ok(Some(code)) => {
                outcome = Some(code);
                Ok(Flow::Stop)
            }
            Ok(None) => Ok(Flow::Continue),
            Err(e) => {
                failure = Some(e);
                Ok(Flow::Stop)
            }
        }
    })
    .await?;
    if let Some(e) = failure {
        return Err(e);
    }
    match (stopped, outcome) {
        (true, Some(code)) => Ok(code),
        _ => Err(CodedError::new(
            ExitCode::Timeout,
            format!(
                "timeout reached: rollout \"{}\" did not become Healthy within {} (last status: {last})",
                args.name,
                human(timeout)
            ),
        )
        .into()),
    }
}

/// `status -o json|yaml`: the rollout's phase and message (schema in the README).
#[derive(serde::Serialize)]
struct StatusDoc<'a> {
    name: &'a str,
    namespace: &'a str,
    phase: &'a str,
    message: &'a str,
}

/// Healthy ends with 0; Degraded ends with an error (exit 1) carrying the message.
fn verdict(phase: &Phase, message: &str) -> Result<Option<ExitCode>> {
    match phase {
        Phase::Healthy => Ok(Some(ExitCode::Ok)),
        Phase::Degraded => {
            let detail = if message.is_empty() {
                String::new()
            } else {
                format!(": {message}")
            };
            Err(CodedError::new(ExitCode::Failure, format!("rollout is Degraded{detail}")).into())
        }
        _ => Ok(None),
    }
}

fn human(d: Duration) -> String {
    let secs = d.as_secs();
    if secs >= 60 && secs.is_multiple_of(60) {
        format!("{}m", secs / 60)
    } else if d.subsec_millis() > 0 {
        format!("{}ms", d.as_millis())
    } else {
        format!("{secs}s")
    }
}
