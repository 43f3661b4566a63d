//! The writing commands: read, plan (pure, in `patch`), then write guarded by the
//! resourceVersion the plan was computed from. On a conflict: read again, plan again, retry a
//! bounded number of times. `--dry-run` prints the plan and a diff and writes nothing.

use anyhow::Result;
use jiff::SignedDuration;
use serde_json::Value;

use super::{connect, output};
use crate::cli::{
    DryRun, ExperimentWriteArgs, PromoteArgs, RestartArgs, SetImageArgs, SetWeightArgs, UndoArgs,
    WriteArgs,
};
use crate::exit::{CodedError, ExitCode};
use crate::k8s::Cluster;
use crate::k8s::resources::EXPERIMENTS;
use crate::k8s::write::{
    Outcome, Round, plan_and_write, rollout_round, set_image_round, undo_round,
};
use crate::patch::{self, PatchError, Plan};
use crate::render;
use crate::settings::{Settings, parse_duration};

pub async fn undo(args: &UndoArgs, settings: &Settings) -> Result<ExitCode> {
    let cluster = connect(settings).await?;
    let ns = cluster.namespace.clone();
    execute(&cluster, &args.name, args.dry, || {
        undo_round(&cluster, &ns, &args.name, args.to_revision)
    })
    .await
}

pub async fn promote(args: &PromoteArgs, settings: &Settings) -> Result<ExitCode> {
    simple(settings, &args.name, args.dry, |ro| {
        patch::promote(ro, args.full)
    })
    .await
}

pub async fn set_weight(args: &SetWeightArgs, settings: &Settings) -> Result<ExitCode> {
    simple(settings, &args.name, args.dry, |ro| match args.weight {
        Some(weight) if !args.restore => patch::set_weight(ro, i64::from(weight), args.no_pause),
        _ => patch::restore_steps(ro),
    })
    .await
}

pub async fn pause(args: &WriteArgs, settings: &Settings) -> Result<ExitCode> {
    simple(settings, &args.name, args.dry, patch::pause).await
}

pub async fn abort(args: &WriteArgs, settings: &Settings) -> Result<ExitCode> {
    simple(settings, &args.name, args.dry, patch::abort).await
}

pub async fn retry_rollout(args: &WriteArgs, settings: &Settings) -> Result<ExitCode> {
    simple(settings, &args.name, args.dry, patch::retry_rollout).await
}

pub async fn retry_experiment(args: &ExperimentWriteArgs, settings: &Settings) -> Result<ExitCode> {
    let cluster = connect(settings).await?;
    let ns = cluster.namespace.clone();
    execute(&cluster, &args.name, args.dry, || async {
        let experiment = cluster.get(&EXPERIMENTS, &ns, &args.name).await?;
        let plan = patch::retry_experiment(&experiment)?;
        Ok(Round {
            plan,
            objects: vec![experiment],
        })
    })
    .await
}

pub async fn restart(args: &RestartArgs, settings: &Settings) -> Result<ExitCode> {
    let delay = parse_duration(&args.in_).map_err(|e| {
        CodedError::new(
            ExitCode::Usage,
            format!("invalid --in {:?}: {e}{}", args.in_, one_hint(&e)),
        )
    })?;
    let delay = SignedDuration::try_from(delay)
        .map_err(|_| CodedError::new(ExitCode::Usage, "--in is too long"))?;
    let now = settings.now();
    let label = args.in_.trim().to_string();
    simple(settings, &args.name, args.dry, |ro| {
        patch::restart_with_label(ro, delay, &label, now)
    })
    .await
}

pub async fn set_image(args: &SetImageArgs, settings: &Settings) -> Result<ExitCode> {
    let mut assignments = Vec::new();
    for pair in &args.images {
        match pair.split_once('=') {
            Some((c, i)) if !c.is_empty() && !i.is_empty() && !i.contains(char::is_whitespace) => {
                assignments.push((c.to_string(), i.to_string()))
            }
            _ => {
                return Err(CodedError::new(
                    ExitCode::Usage,
                    format!("invalid image assignment {pair:?}: expected CONTAINER=IMAGE"),
                )
                .into());
            }
        }
    }
    let cluster = connect(settings).await?;
    let ns = cluster.namespace.clone();
    execute(&cluster, &args.name, args.dry, || {
        set_image_round(&cluster, &ns, &args.name, &assignments)
    })
    .await
}

/// A command that reads only the rollout and plans from it.
async fn simple<F>(settings: &Settings, name: &str, dry: DryRun, plan: F) -> Result<ExitCode>
where
    F: Fn(&Value) -> Result<Plan, PatchError>,
{
    let cluster = connect(settings).await?;
    let ns = cluster.namespace.clone();
    execute(&cluster, name, dry, || {
        rollout_round(&cluster, &ns, name, &plan)
    })
    .await
}

/// Reads, plans and writes (the shared guarded path), then prints what happened.
async fn execute<F, Fut>(cluster: &Cluster, name: &str, dry: DryRun, round: F) -> Result<ExitCode>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<Round>>,
{
    match plan_and_write(cluster, name, dry.dry_run, round)
        .await
        .map_err(refusal)?
    {
        Outcome::Unchanged(r) => output::println(&r.plan.message)?,
        Outcome::Preview(r) => output::print(&dry_run_text(&r.plan, &r.objects))?,
        Outcome::Written { plan, .. } => output::println(&plan.message)?,
    }
    Ok(ExitCode::Ok)
}

/// The patches, then what each object would look like afterwards, as a diff.
fn dry_run_text(plan: &Plan, objects: &[Value]) -> String {
    let mut out = patch::describe(plan);
    for obj in objects {
        let after = patch::preview_plan(obj, plan);
        if &after == obj {
            continue;
        }
        let kind = obj["kind"].as_str().unwrap_or("object");
        let name = obj["metadata"]["name"].as_str().unwrap_or_default();
        let header = format!("\n--- {kind} {name} (now)\n+++ {kind} {name} (after)\n");
        out.push_str(&render::diff_text(&header, obj, &after));
    }
    out.push_str("\ndry run: nothing was written\n");
    out
}

/// Planner refusals carry their own exit code: a bad number is a usage error.
fn refusal(e: anyhow::Error) -> anyhow::Error {
    match e.downcast_ref::<PatchError>() {
        Some(PatchError::WeightOutOfRange { .. }) => {
            let msg = e.to_string();
            CodedError::new(ExitCode::Usage, msg).into()
        }
        _ => e,
    }
}

/// Some duration errors carry their own unit hint; one hint is enough.
fn one_hint(e: &anyhow::Error) -> &'static str {
    if e.to_string().contains("(use ") {
        ""
    } else {
        " (use e.g. 30s, 10m, 1h)"
    }
}
