//! Writing commands (being written).
use anyhow::{Result, bail};
use crate::cli::*;
use crate::exit::ExitCode;
use crate::settings::Settings;
pub async fn undo(_a: &UndoArgs, _s: &Settings) -> Result<ExitCode> { bail!("not implemented yet") }
pub async fn promote(_a: &PromoteArgs, _s: &Settings) -> Result<ExitCode> { bail!("not implemented yet") }
pub async fn set_weight(_a: &SetWeightArgs, _s: &Settings) -> Result<ExitCode> { bail!("not implemented yet") }
pub async fn pause(_a: &WriteArgs, _s: &Settings) -> Result<ExitCode> { bail!("not implemented yet") }
pub async fn abort(_a: &WriteArgs, _s: &Settings) -> Result<ExitCode> { bail!("not implemented yet") }
pub async fn retry_rollout(_a: &WriteArgs, _s: &Settings) -> Result<ExitCode> { bail!("not implemented yet") }
pub async fn retry_experiment(_a: &WriteArgs, _s: &Settings) -> Result<ExitCode> { bail!("not implemented yet") }
pub async fn restart(_a: &RestartArgs, _s: &Settings) -> Result<ExitCode> { bail!("not implemented yet") }
pub async fn set_image(_a: &SetImageArgs, _s: &Settings) -> Result<ExitCode> { bail!("not implemented yet") }
pub async fn history(_a: &HistoryArgs, _s: &Settings) -> Result<ExitCode> { bail!("not implemented yet") }
