//! `list rollouts` and `list experiments`: one table; `--watch` adds a row whenever a rollout's
//! row changes.

use anyhow::Result;
use serde_json::Value;

use super::{connect, output, theme};
use crate::cli::{ListExperimentsArgs, ListRolloutsArgs};
use crate::exit::ExitCode;
use crate::k8s::watch::{Flow, WatchSpec, deadline_in, follow_until};
use crate::k8s::{Cluster, ListQuery, Resource};
use crate::model::resource::{EXPERIMENTS, ROLLOUTS};
use crate::render;
use crate::settings::Settings;
use crate::view::{self, RolloutRow};

pub async fn rollouts(args: &ListRolloutsArgs, settings: &Settings) -> Result<ExitCode> {
    let cluster = connect(settings).await?;
    let mut rows: Vec<RolloutRow> = read(
        &cluster,
        ROLLOUTS,
        args.all_namespaces,
        args.name.as_deref(),
        view::rollout_row,
    )
    .await?;
    let theme = theme(settings);
    sort_rows(&mut rows);
    let stamp = args.timestamps.then(|| settings.now());
    match (args.output, args.watch) {
        // Like `kubectl get -w -o json`: each row its own document, the first ones too.
        (Some(f), true) => {
            for row in &rows {
                output::print(&output::stream_item(row, f)?)?;
            }
        }
        // An empty list is still data (`[]`), as kubectl prints an empty List.
        (Some(f), false) => output::print(&output::data(&rows, f)?)?,
        (None, _) if rows.is_empty() && !args.watch => {
            eprintln!("No resources found.");
            return Ok(ExitCode::Ok);
        }
        (None, _) => output::print(&render::render_rollout_list(
            &rows,
            args.all_namespaces,
            stamp,
            &theme,
        ))?,
    }
    if !args.watch {
        return Ok(ExitCode::Ok);
    }
    // A row counts as changed when a printed column changes: the message is not a column, so
    // a new message alone prints nothing (as in the Go plugin).
    let mut shown: std::collections::BTreeMap<(String, String), RolloutRow> = rows
        .into_iter()
        .map(|mut r| {
            if args.output.is_none() {
                r.message.clear();
            }
            ((r.namespace.clone(), r.name.clone()), r)
        })
        .collect();
    let ns = (!args.all_namespaces).then_some(cluster.namespace.as_str());
    let spec = WatchSpec::named(ROLLOUTS, ns, args.name.as_deref());
    follow_until(
        &cluster,
        vec![spec],
        deadline_in(std::time::Duration::from_secs(args.timeout_seconds)),
        |snap| {
            let mut fresh: Vec<RolloutRow> = snap[0].iter().map(view::rollout_row).collect();
            sort_rows(&mut fresh);
            for mut row in fresh {
                // The data carries the message, so a new message is a change there.
                if args.output.is_none() {
                    row.message.clear();
                }
                let key = (row.namespace.clone(), row.name.clone());
                if shown.get(&key) != Some(&row) {
                    let stamp = args.timestamps.then(|| settings.now());
                    output::print(&match args.output {
                        Some(f) => output::stream_item(&row, f)?,
                        None => render::render_rollout_list_row(&row, args.all_namespaces, stamp),
                    })?;
                    shown.insert(key, row);
                }
            }
            Ok(Flow::Continue)
        },
    )
    .await?;
    Ok(ExitCode::Ok)
}

pub async fn experiments(args: &ListExperimentsArgs, settings: &Settings) -> Result<ExitCode> {
    let cluster = connect(settings).await?;
    let mut rows = read(
        &cluster,
        EXPERIMENTS,
        args.all_namespaces,
        args.name.as_deref(),
        view::experiment_row,
    )
    .await?;
    rows.sort_by(|a, b| (&a.namespace, &a.name).cmp(&(&b.namespace, &b.name)));
    if let Some(f) = args.output {
        output::print(&output::data(&rows, f)?)?;
        return Ok(ExitCode::Ok);
    }
    if rows.is_empty() {
        eprintln!("No resources found.");
        return Ok(ExitCode::Ok);
    }
    output::print(&render::render_experiment_list(
        &rows,
        args.all_namespaces,
        settings.now(),
    ))?;
    Ok(ExitCode::Ok)
}

/// `--name` in one namespace is a GET (so a missing name is an error, as kubectl does);
/// otherwise a list, narrowed by name with a field selector under `-A`. Each object becomes
/// its row as its page arrives: thousands of rollouts are never all held at once.
async fn read<R>(
    cluster: &Cluster,
    res: Resource,
    all_namespaces: bool,
    name: Option<&str>,
    row: fn(&Value) -> R,
) -> Result<Vec<R>> {
    if let (Some(name), false) = (name, all_namespaces) {
        return Ok(vec![row(&cluster
            .get(&res, &cluster.namespace, name)
            .await?)]);
    }
    let field = name.map(|n| format!("metadata.name={n}"));
    let query = ListQuery {
        label_selector: None,
        field_selector: field.as_deref(),
    };
    let ns = (!all_namespaces).then_some(cluster.namespace.as_str());
    let mut rows = Vec::new();
    cluster
        .list_pages(&res, ns, &query, |items| {
            rows.extend(items.drain(..).map(|o| row(&o)));
        })
        .await?;
    Ok(rows)
}

fn sort_rows(rows: &mut [RolloutRow]) {
    rows.sort_by(|a, b| (&a.namespace, &a.name).cmp(&(&b.namespace, &b.name)));
}
