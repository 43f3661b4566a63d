//! The writing commands: read, plan (pure, in `patch`), then write guarded by the
//! resourceVersion the plan was computed from. On a conflict: read again, plan again, retry a
//! bounded number of times. `--dry-run` prints the plan and a diff and writes nothing.

use anyhow::Result;
use serde_json::Value;

use super::{connect, output};
use crate::cli::{
    DryRun, ExperimentWriteArgs, PromoteArgs, RestartArgs, SetImageArgs, SetWeightArgs, UndoArgs,
    WriteArgs,
};
use crate::exit::{CodedError, ExitCode, one_line};
use crate::k8s::Cluster;
use crate::k8s::write::{self, Outcome, plan_and_write, set_image_round, undo_round};
use crate::model::resource::EXPERIMENTS;
use crate::patch::{self, PatchError, Plan};
use crate::render;
use crate::settings::Settings;

/// What one round read (shared with `terminate`).
pub(super) use crate::k8s::write::Round;

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
    each_rollout(settings, args, patch::pause).await
}

pub async fn abort(args: &WriteArgs, settings: &Settings) -> Result<ExitCode> {
    each_rollout(settings, args, patch::abort).await
}

pub async fn retry_rollout(args: &WriteArgs, settings: &Settings) -> Result<ExitCode> {
    each_rollout(settings, args, patch::retry_rollout).await
}

pub async fn retry_experiment(args: &ExperimentWriteArgs, settings: &Settings) -> Result<ExitCode> {
    let cluster = connect(settings).await?;
    let ns = cluster.namespace.clone();
    for_each_name(&args.names, "experiment", |name| {
        execute(&cluster, name, args.dry, || async {
            let experiment = cluster.get(&EXPERIMENTS, &ns, name).await?;
            let plan = patch::retry_experiment(&experiment)?;
            Ok(Round {
                plan,
                objects: vec![experiment],
            })
        })
    })
    .await
}

/// Runs `one` for every name in order, each read, planned and written on its own: a failure
/// is one line on stderr naming the object (`kind "NAME": …` unless the message names it
/// already) and the other names go on. Exit 1 when any failed. With a single name the error
/// is returned as is, so its message and exit code are those of the one-name command.
pub async fn for_each_name<'a, F, Fut>(
    names: &'a [String],
    kind: &str,
    mut one: F,
) -> Result<ExitCode>
where
    F: FnMut(&'a str) -> Fut,
    Fut: std::future::Future<Output = Result<ExitCode>>,
{
    if let [name] = names {
        return one(name).await;
    }
    let mut failed = false;
    for name in names {
        match one(name).await {
            Ok(ExitCode::Ok) => {}
            Ok(_) => failed = true,
            Err(e) if output::is_broken_pipe(&e) => return Err(e),
            Err(e) => {
                failed = true;
                let line = one_line(&e);
                if line.contains(&format!("\"{name}\"")) || line.contains(&format!("'{name}'")) {
                    eprintln!("error: {line}");
                } else {
                    eprintln!("error: {kind} \"{name}\": {line}");
                }
            }
        }
    }
    Ok(if failed {
        ExitCode::Failure
    } else {
        ExitCode::Ok
    })
}

/// [`simple`] for each of several rollout names, over one connection.
async fn each_rollout<F>(settings: &Settings, args: &WriteArgs, plan: F) -> Result<ExitCode>
where
    F: Fn(&Value) -> Result<Plan, PatchError>,
{
    let cluster = connect(settings).await?;
    let ns = cluster.namespace.clone();
    let plan = &plan;
    for_each_name(&args.names, "rollout", |name| {
        let (cluster, ns) = (&cluster, &ns);
        async move { rollout_round(cluster, ns, name, args.dry, plan).await }
    })
    .await
}

pub async fn restart(args: &RestartArgs, settings: &Settings) -> Result<ExitCode> {
    let now = settings.now();
    let (delay, label) = (args.in_.duration, args.in_.text.clone());
    simple(settings, &args.name, args.dry, |ro| {
        patch::restart_with_label(ro, delay, &label, now)
    })
    .await
}

pub async fn set_image(args: &SetImageArgs, settings: &Settings) -> Result<ExitCode> {
    let assignments: Vec<(String, String)> = args
        .images
        .iter()
        .map(|a| (a.container.clone(), a.image.clone()))
        .collect();
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
    rollout_round(&cluster, &ns, name, dry, &plan).await
}

/// Reads the rollout `name`, plans with `plan`, writes (again from a fresh read on conflict).
async fn rollout_round<F>(
    cluster: &Cluster,
    ns: &str,
    name: &str,
    dry: DryRun,
    plan: &F,
) -> Result<ExitCode>
where
    F: Fn(&Value) -> Result<Plan, PatchError>,
{
    execute(cluster, name, dry, || {
        write::rollout_round(cluster, ns, name, plan)
    })
    .await
}

/// Reads, plans and writes (the shared guarded path), then prints what happened.
pub(super) async fn execute<F, Fut>(
    cluster: &Cluster,
    name: &str,
    dry: DryRun,
    round: F,
) -> Result<ExitCode>
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
