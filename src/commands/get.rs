//! `get rollout` and `get experiment`: read what belongs to the object, build the view, print
//! it as text or data; with `-w`, follow the watch API and redraw on change.

use std::time::Duration;

use anyhow::Result;
use jiff::Timestamp;

use super::output::data;
use super::{connect, output, theme};
use crate::cli::{GetArgs, OutputFormat};
use crate::exit::ExitCode;
use crate::k8s::follow::follow_rollout;
use crate::k8s::reads;
use crate::k8s::watch::{Flow, WatchSpec, deadline_in, follow_until, sleep_until};
use crate::model::resource::{ANALYSISRUNS, EXPERIMENTS, PODS, REPLICASETS};
use crate::render;
use crate::settings::Settings;
use crate::view::{self, ExperimentObjects, RolloutObjects};

/// How often a terminal's view is redrawn from the watched copy.
const TICK: Duration = Duration::from_secs(1);

/// Clears a terminal before a redraw (cursor home, erase screen).
const CLEAR: &str = "\x1b[H\x1b[2J";

pub async fn rollout(args: &GetArgs, settings: &Settings) -> Result<ExitCode> {
    let cluster = connect(settings).await?;
    let ns = cluster.namespace.clone();
    let objects = reads::rollout_objects(&cluster, &ns, &args.name).await?;
    let mut screen = Screen::new(settings, args.output);
    screen.show_rollout(&objects, args.output, settings)?;
    if !args.watch {
        return Ok(ExitCode::Ok);
    }
    let deadline = deadline_in(Duration::from_secs(args.timeout_seconds));
    let until = async move {
        tokio::select! {
            () = sleep_until(deadline) => {}
            _ = tokio::signal::ctrl_c() => {}
        }
    };
    let tick = screen.tick();
    follow_rollout(&cluster, &ns, &args.name, &objects, until, tick, |objs| {
        screen.show_rollout(objs, args.output, settings)
    })
    .await?;
    Ok(ExitCode::Ok)
}

pub async fn experiment(args: &GetArgs, settings: &Settings) -> Result<ExitCode> {
    let cluster = connect(settings).await?;
    let ns = cluster.namespace.clone();
    let objects = reads::experiment_objects(&cluster, &ns, &args.name).await?;
    let mut screen = Screen::new(settings, args.output);
    screen.present(settings, |at| {
        Ok((
            experiment_text(&objects, args.output, settings, at)?,
            Vec::new(),
        ))
    })?;
    if !args.watch {
        return Ok(ExitCode::Ok);
    }
    // The hashes in the selector only exist once the controller reported them; the watch
    // keeps the selector it started with, so a template created later shows after a restart.
    let selector = view::experiment_selector(&objects.experiment);
    let specs = vec![
        WatchSpec::named(EXPERIMENTS, Some(&ns), Some(&args.name)),
        WatchSpec::selected(ANALYSISRUNS, Some(&ns), None),
        WatchSpec::selected(REPLICASETS, Some(&ns), selector.clone()),
        WatchSpec::selected(PODS, Some(&ns), selector),
    ];
    let name = args.name.clone();
    follow_until(
        &cluster,
        specs,
        deadline_in(Duration::from_secs(args.timeout_seconds)),
        screen.tick(),
        |snap| {
            let Some(experiment) = snap[0].first().cloned() else {
                anyhow::bail!("experiment \"{name}\" was deleted");
            };
            let objects = ExperimentObjects {
                experiment,
                replica_sets: snap[2].clone(),
                pods: snap[3].clone(),
                analysis_runs: snap[1].clone(),
            };
            screen.present(settings, |at| {
                Ok((
                    experiment_text(&objects, args.output, settings, at)?,
                    Vec::new(),
                ))
            })?;
            Ok(Flow::Continue)
        },
    )
    .await?;
    Ok(ExitCode::Ok)
}

/// The rollout's text (or data) and the view's notes about fields it could not read.
fn rollout_text(
    objects: &RolloutObjects,
    format: Option<OutputFormat>,
    settings: &Settings,
    now: Timestamp,
) -> Result<(String, Vec<String>)> {
    let view = view::build_rollout_view(objects);
    match format {
        // The data carries its own `warnings` field.
        Some(f) => Ok((data(&view, f)?, Vec::new())),
        None => Ok((
            render::render_rollout(&view, &theme(settings), now),
            view.warnings,
        )),
    }
}

fn experiment_text(
    objects: &ExperimentObjects,
    format: Option<OutputFormat>,
    settings: &Settings,
    now: Timestamp,
) -> Result<String> {
    let view = view::build_experiment_view(objects);
    match format {
        Some(f) => data(&view, f),
        None => Ok(render::render_experiment(&view, &theme(settings), now)),
    }
}

/// Prints a view only when its text changed; on a terminal each redraw replaces the last.
/// Notes about fields that could not be read go to stderr, each once.
struct Screen {
    last: Option<String>,
    /// The clock the last view was drawn with.
    drawn_at: Option<Timestamp>,
    clear: bool,
    warned: std::collections::HashSet<String>,
}

impl Screen {
    fn new(settings: &Settings, format: Option<OutputFormat>) -> Screen {
        Screen {
            last: None,
            drawn_at: None,
            clear: settings.stdout_is_tty && format.is_none(),
            warned: Default::default(),
        }
    }

    /// How often to redraw from the watched copy although nothing changed: every second on a
    /// terminal, so that ages and scale-down countdowns move (as the Go plugin's do); never
    /// in a pipe or as data, where a view is printed only when it changed.
    fn tick(&self) -> Option<Duration> {
        self.clear.then_some(TICK)
    }

    fn show_rollout(
        &mut self,
        objects: &RolloutObjects,
        format: Option<OutputFormat>,
        settings: &Settings,
    ) -> Result<()> {
        self.present(settings, |at| rollout_text(objects, format, settings, at))
    }

    /// Draws the view `text_at(now)` returns (text and notes) when it changed. In a pipe a
    /// view is printed when the objects changed, not because time passed: it is compared
    /// with the last one at the last one's clock.
    fn present(
        &mut self,
        settings: &Settings,
        text_at: impl Fn(Timestamp) -> Result<(String, Vec<String>)>,
    ) -> Result<()> {
        if !self.clear
            && let (Some(at), Some(last)) = (self.drawn_at, self.last.as_deref())
            && text_at(at)?.0 == last
        {
            return Ok(());
        }
        let now = settings.now();
        let (text, warnings) = text_at(now)?;
        for w in warnings {
            if self.warned.insert(w.clone()) {
                eprintln!("warning: {}", render::sanitize(&w));
            }
        }
        if self.last.as_deref() != Some(text.as_str()) {
            self.drawn_at = Some(now);
        }
        self.show(&text)
    }

    fn show(&mut self, text: &str) -> Result<()> {
        if self.last.as_deref() == Some(text) {
            return Ok(());
        }
        let out = match (&self.last, self.clear) {
            (None, _) => text.to_string(),
            (Some(_), true) => format!("{CLEAR}{text}"),
            // Piped: one view after another, separated by a blank line.
            (Some(_), false) => format!("\n{text}"),
        };
        output::print(&out)?;
        self.last = Some(text.to_string());
        Ok(())
    }
}
