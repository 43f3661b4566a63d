//! `terminate analysisrun|experiment NAME…`: sets `spec.terminate`, guarded like every write;
//! an object already terminated or finished is left alone ("…; nothing to do"). Several names
//! are each read, planned and written on their own ([`write::for_each_name`]).

use anyhow::Result;

use super::connect;
use super::write::{self, Round};
use crate::cli::{DryRun, TerminateCommand};
use crate::exit::ExitCode;
use crate::model::resource::{ANALYSISRUNS, EXPERIMENTS};
use crate::patch::{self, Terminable};
use crate::settings::Settings;

pub async fn run(cmd: &TerminateCommand, settings: &Settings) -> Result<ExitCode> {
    match cmd {
        TerminateCommand::AnalysisRun(a) => {
            terminate(&a.names, a.dry, Terminable::AnalysisRun, settings).await
        }
        TerminateCommand::Experiment(a) => {
            terminate(&a.names, a.dry, Terminable::Experiment, settings).await
        }
    }
}

async fn terminate(
    names: &[String],
    dry: DryRun,
    what: Terminable,
    settings: &Settings,
) -> Result<ExitCode> {
    let cluster = connect(settings).await?;
    let ns = cluster.namespace.clone();
    let res = match what {
        Terminable::AnalysisRun => ANALYSISRUNS,
        Terminable::Experiment => EXPERIMENTS,
    };
    write::for_each_name(names, what.word(), |name| {
        let (cluster, ns, res) = (&cluster, &ns, &res);
        async move {
            write::execute(cluster, name, dry, || async {
                let obj = cluster.get(res, ns, name).await?;
                let plan = patch::terminate(&obj, what)?;
                Ok(Round {
                    plan,
                    objects: vec![obj],
                })
            })
            .await
        }
    })
    .await
}
