//! One module per command: read, compute (in `view`/`patch`), render or write, print.

pub mod completion;
pub mod create;
pub mod dashboard;
pub mod get;
pub mod history;
pub mod lint;
pub mod list;
pub mod output;
pub mod playground;
pub mod status;
pub mod terminate;
pub mod version;
pub mod write;

use anyhow::Result;

use crate::cli::{Command, GetCommand, ListCommand, RetryCommand, SetCommand};
use crate::exit::ExitCode;
use crate::k8s::Cluster;
use crate::render::Theme;
use crate::settings::Settings;

/// Runs one command to completion.
pub async fn run(command: Command, settings: &Settings) -> Result<ExitCode> {
    match command {
        Command::Version(args) => version::run(&args),
        Command::Completion(args) => completion::script(&args),
        Command::Complete(args) => completion::complete(&args, settings).await,
        Command::Get(GetCommand::Rollout(args)) => get::rollout(&args, settings).await,
        Command::Get(GetCommand::Experiment(args)) => get::experiment(&args, settings).await,
        Command::List(ListCommand::Rollouts(args)) => list::rollouts(&args, settings).await,
        Command::List(ListCommand::Experiments(args)) => list::experiments(&args, settings).await,
        Command::Status(args) => status::run(&args, settings).await,
        Command::Undo(args) => write::undo(&args, settings).await,
        Command::Promote(args) => write::promote(&args, settings).await,
        Command::SetWeight(args) => write::set_weight(&args, settings).await,
        Command::Pause(args) => write::pause(&args, settings).await,
        Command::Abort(args) => write::abort(&args, settings).await,
        Command::Retry(RetryCommand::Rollout(args)) => write::retry_rollout(&args, settings).await,
        Command::Retry(RetryCommand::Experiment(args)) => {
            write::retry_experiment(&args, settings).await
        }
        Command::Restart(args) => write::restart(&args, settings).await,
        Command::Set(SetCommand::Image(args)) => write::set_image(&args, settings).await,
        Command::History(args) => history::run(&args, settings).await,
        Command::Playground(args) => playground::run(&args).await,
        Command::Dashboard(args) => dashboard::run(&args, settings).await,
        Command::Lint(args) => lint::run(&args),
        Command::Create(args) => create::run(&args, settings).await,
        Command::Terminate(cmd) => terminate::run(&cmd, settings).await,
    }
}

/// The colour theme the settings decided on.
pub fn theme(settings: &Settings) -> Theme {
    Theme {
        color: settings.color,
    }
}

/// Connects with the settings' cluster flags.
pub async fn connect(settings: &Settings) -> Result<Cluster> {
    Ok(Cluster::connect(&settings.cluster).await?)
}
