//! `create -f FILE…` and `create analysisrun --from TEMPLATE | --from-file FILE`: POST new
//! Argo Rollouts objects. Everything is checked before anything is sent: the input parses,
//! every object is of a kind we create, and the lint rules for its kind pass; a refusal
//! creates nothing. `-w` then follows the created rollout or experiment as `get -w` does.

use anyhow::Result;
use serde_json::{Map, Value, json};

use super::lint::{read_inputs, sources};
use super::{connect, get, output};
use crate::cli::{CreateAnalysisRunArgs, CreateArgs, CreateCommand, GetArgs};
use crate::exit::{CodedError, ExitCode};
use crate::k8s::{Cluster, K8sError, Resource};
use crate::lint::lines::LineIndex;
use crate::lint::references::References;
use crate::lint::{self, ArgoKind, Document, Problem};
use crate::model::resource::{ANALYSISTEMPLATES, CLUSTERANALYSISTEMPLATES};
use crate::settings::Settings;

/// The label naming the controller instance that should act on an object.
pub const INSTANCE_ID_LABEL: &str = "argo-rollouts.argoproj.io/instance-id";

/// Fields the server sets; an exported object carries them, a new one must not.
const SERVER_FIELDS: [&str; 6] = [
    "resourceVersion",
    "uid",
    "creationTimestamp",
    "generation",
    "managedFields",
    "selfLink",
];

/// One object to POST.
struct Creation {
    res: Resource,
    kind: ArgoKind,
    /// None for a cluster-scoped kind.
    namespace: Option<String>,
    body: Value,
}

impl Creation {
    fn label(&self, name: &str) -> String {
        format!("{}.argoproj.io/{name}", self.res.kind.to_lowercase())
    }

    fn display_name(&self) -> String {
        let meta = &self.body["metadata"];
        match (meta["name"].as_str(), meta["generateName"].as_str()) {
            (Some(n), _) if !n.is_empty() => n.to_string(),
            (_, Some(g)) => format!("{g}*"),
            _ => String::new(),
        }
    }
}

fn resource_of(kind: ArgoKind) -> Resource {
    use crate::model::resource::{ANALYSISRUNS, EXPERIMENTS, ROLLOUTS};
    match kind {
        ArgoKind::Rollout => ROLLOUTS,
        ArgoKind::Experiment => EXPERIMENTS,
        ArgoKind::AnalysisRun => ANALYSISRUNS,
        ArgoKind::AnalysisTemplate => ANALYSISTEMPLATES,
        ArgoKind::ClusterAnalysisTemplate => CLUSTERANALYSISTEMPLATES,
    }
}

pub async fn run(args: &CreateArgs, settings: &Settings) -> Result<ExitCode> {
    if let Some(CreateCommand::AnalysisRun(a)) = &args.what {
        return analysis_run(a, settings).await;
    }
    if args.files.is_empty() {
        return Err(usage(
            "create needs -f FILE (or: create analysisrun --from TEMPLATE)",
        ));
    }
    let inputs = read_inputs(&args.files)?;
    let (docs, parse_problems) = lint::parse(&sources(&inputs));
    refuse_on(&parse_problems, "the input did not parse")?;
    if docs.is_empty() {
        return Err(failure("the input holds no objects; nothing created"));
    }
    if let Some(other) = docs.iter().find(|d| !d.is_argo()) {
        let v = &other.value;
        return Err(failure(format!(
            "cannot create {} {:?} ({}): create makes Rollouts, Experiments, AnalysisTemplates, ClusterAnalysisTemplates and AnalysisRuns (use kubectl apply for other kinds); nothing created",
            v["kind"].as_str().unwrap_or("(no kind)"),
            v["metadata"]["name"].as_str().unwrap_or(""),
            v["apiVersion"].as_str().unwrap_or("(no apiVersion)"),
        )));
    }
    refuse_on(&lint::check_documents(&docs), "lint found problems")?;

    let followable: Vec<usize> = docs
        .iter()
        .enumerate()
        .filter(|(_, d)| {
            matches!(
                ArgoKind::from_kind(d.value["kind"].as_str().unwrap_or("")),
                Some(ArgoKind::Rollout | ArgoKind::Experiment)
            )
        })
        .map(|(i, _)| i)
        .collect();
    if args.watch && followable.len() != 1 {
        return Err(usage(format!(
            "-w follows one rollout or experiment; the input has {}",
            followable.len()
        )));
    }

    let cluster = connect(settings).await?;
    let mut creations = Vec::new();
    for d in &docs {
        creations.push(plan(d, &cluster, settings)?);
    }
    if args.dry_run {
        let mut text = String::new();
        for c in &creations {
            text.push_str(&preview(c));
        }
        text.push_str("dry run: nothing was created\n");
        output::print(&text)?;
        return Ok(ExitCode::Ok);
    }
    let mut failed = false;
    let mut created_names = Vec::new();
    for c in &creations {
        match post(&cluster, c).await {
            Ok(name) => created_names.push(Some(name)),
            Err(e) if e.exit_code() == ExitCode::Cluster => return Err(e.into()),
            Err(e) => {
                failed = true;
                created_names.push(None);
                eprintln!("error: {}", describe_failure(c, &e));
            }
        }
    }
    if failed {
        return Ok(ExitCode::Failure);
    }
    if args.watch {
        let i = followable[0];
        let c = &creations[i];
        let name = created_names[i].clone().unwrap_or_default();
        return follow(c, &name, args.timeout_seconds, settings).await;
    }
    Ok(ExitCode::Ok)
}

fn usage(msg: impl Into<String>) -> anyhow::Error {
    CodedError::new(ExitCode::Usage, msg).into()
}

fn failure(msg: impl Into<String>) -> anyhow::Error {
    CodedError::new(ExitCode::Failure, msg).into()
}

/// Prints the problems (as `lint` does, on stderr) and refuses when there are any.
fn refuse_on(problems: &[Problem], why: &str) -> Result<()> {
    if problems.is_empty() {
        return Ok(());
    }
    for p in problems {
        eprintln!("{}", crate::render::sanitize(&p.to_string()));
    }
    Err(failure(format!("{why}; nothing created")))
}

/// Where and what to POST for one document.
fn plan(doc: &Document, cluster: &Cluster, settings: &Settings) -> Result<Creation> {
    let kind = ArgoKind::from_kind(doc.value["kind"].as_str().unwrap_or(""))
        .expect("create only plans Argo kinds");
    let res = resource_of(kind);
    let mut body = doc.value.clone();
    if let Some(meta) = body["metadata"].as_object_mut() {
        for f in SERVER_FIELDS {
            meta.remove(f);
        }
    }
    let namespace = if kind == ArgoKind::ClusterAnalysisTemplate {
        if let Some(meta) = body["metadata"].as_object_mut() {
            meta.remove("namespace");
        }
        None
    } else {
        let own = doc.namespace();
        // As kubectl: an explicit -n that disagrees with the manifest is refused.
        if let Some(flag) = settings.cluster.namespace.as_deref()
            && !own.is_empty()
            && own != flag
        {
            return Err(failure(format!(
                "the namespace from the provided object {own:?} does not match the namespace {flag:?}: pass --namespace={own} or leave the manifest's namespace out; nothing created"
            )));
        }
        let ns = if own.is_empty() {
            cluster.namespace.clone()
        } else {
            own.to_string()
        };
        body["metadata"]["namespace"] = json!(ns);
        Some(ns)
    };
    Ok(Creation {
        res,
        kind,
        namespace,
        body,
    })
}

fn preview(c: &Creation) -> String {
    let place = match &c.namespace {
        Some(ns) => format!(" in namespace {ns}"),
        None => String::new(),
    };
    let yaml = crate::render::to_yaml_sorted(&c.body);
    format!(
        "# would create {}{place}\n{yaml}---\n",
        c.label(&c.display_name())
    )
}

/// POSTs one object and prints `KIND.argoproj.io/NAME created`; returns the created name
/// (the server's, when the manifest asked for a generated one).
async fn post(cluster: &Cluster, c: &Creation) -> Result<String, K8sError> {
    let created = cluster
        .create(&c.res, c.namespace.as_deref(), &c.body)
        .await?;
    let name = created["metadata"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    // The line is what scripts read; a closed pipe after a successful POST is not a failure.
    let _ = output::println(&format!("{} created", c.label(&name)));
    Ok(name)
}

fn describe_failure(c: &Creation, e: &K8sError) -> String {
    let name = c.display_name();
    let kind = c.res.kind.to_lowercase();
    let place = match &c.namespace {
        Some(ns) => format!(" in namespace {ns:?}"),
        None => String::new(),
    };
    match e {
        K8sError::Conflict { .. } => format!("{kind} {name:?} already exists{place}"),
        other => format!(
            "{kind} {name:?}{place}: {}",
            other.to_string().lines().next().unwrap_or("")
        ),
    }
}

/// `-w`: the created rollout or experiment, followed as `get -w` does, in its namespace.
async fn follow(
    c: &Creation,
    name: &str,
    timeout_seconds: u64,
    settings: &Settings,
) -> Result<ExitCode> {
    let mut settings = settings.clone();
    settings.cluster.namespace = c.namespace.clone();
    let args = GetArgs {
        name: name.to_string(),
        watch: true,
        timeout_seconds,
        output: None,
    };
    match c.kind {
        ArgoKind::Experiment => get::experiment(&args, &settings).await,
        _ => get::rollout(&args, &settings).await,
    }
}

/// `-a NAME=VALUE` pairs; a malformed one is a usage error.
fn parse_arguments(pairs: &[String]) -> Result<Vec<(String, String)>> {
    let mut out: Vec<(String, String)> = Vec::new();
    for p in pairs {
        match p.split_once('=') {
            Some((n, v)) if !n.is_empty() => {
                if out.iter().any(|(seen, _)| seen == n) {
                    return Err(usage(format!("argument {n:?} is given twice")));
                }
                out.push((n.to_string(), v.to_string()));
            }
            _ => {
                return Err(usage(format!(
                    "invalid argument {p:?}: expected NAME=VALUE"
                )));
            }
        }
    }
    Ok(out)
}

/// The template to run: read from the cluster (`--from`, `--global`) or a file.
async fn read_template(a: &CreateAnalysisRunArgs, cluster: &Cluster) -> Result<Value> {
    if let Some(file) = &a.from_file {
        let inputs = read_inputs(std::slice::from_ref(file))?;
        let (docs, problems) = lint::parse(&sources(&inputs));
        refuse_on(&problems, "the template file did not parse")?;
        let templates: Vec<&Document> = docs
            .iter()
            .filter(|d| {
                d.is_argo()
                    && matches!(
                        d.value["kind"].as_str(),
                        Some("AnalysisTemplate" | "ClusterAnalysisTemplate")
                    )
            })
            .collect();
        return match templates.as_slice() {
            [one] => Ok(one.value.clone()),
            [] => Err(failure(format!(
                "{file} holds no AnalysisTemplate or ClusterAnalysisTemplate; nothing created"
            ))),
            _ => Err(failure(format!(
                "{file} holds {} templates; put the one to run in a file of its own; nothing created",
                templates.len()
            ))),
        };
    }
    let name = a.from.as_deref().unwrap_or_default();
    if a.global {
        cluster
            .get_cluster_scoped(&CLUSTERANALYSISTEMPLATES, name)
            .await
            .map_err(|e| match e {
                K8sError::NotFound { .. } => {
                    failure(format!("clusteranalysistemplate {name:?} not found"))
                }
                other => other.into(),
            })
    } else {
        Ok(cluster
            .get(&ANALYSISTEMPLATES, &cluster.namespace, name)
            .await?)
    }
}

/// The AnalysisRun a template and the given arguments make (as the controller makes one for
/// a rollout): the template's metrics, dry-run and retention rules, and its arguments with
/// the given values, else the template's defaults. Errors name every unresolved argument.
pub fn run_from_template(
    template: &Value,
    given: &[(String, String)],
    name: Option<&str>,
    generate_name: Option<&str>,
    instance_id: Option<&str>,
    namespace: &str,
) -> Result<Value> {
    let tname = template["metadata"]["name"].as_str().unwrap_or("");
    let spec = &template["spec"];
    let declared: Vec<&Value> = spec["args"].as_array().into_iter().flatten().collect();
    for (n, _) in given {
        if !declared.iter().any(|d| d["name"].as_str() == Some(n)) {
            return Err(usage(format!(
                "the template {tname:?} has no argument {n:?} (it declares: {})",
                names_of(&declared)
            )));
        }
    }
    let mut args = Vec::new();
    let mut unresolved = Vec::new();
    for d in &declared {
        let n = d["name"].as_str().unwrap_or("");
        let mut arg = Map::new();
        arg.insert("name".into(), json!(n));
        if let Some((_, v)) = given.iter().find(|(g, _)| g == n) {
            arg.insert("value".into(), json!(v));
        } else if let Some(v) = d.get("value").filter(|v| !v.is_null()) {
            arg.insert("value".into(), v.clone());
        } else if let Some(v) = d.get("valueFrom").filter(|v| !v.is_null()) {
            arg.insert("valueFrom".into(), v.clone());
        } else {
            unresolved.push(format!("args.{n} was not resolved"));
        }
        args.push(Value::Object(arg));
    }
    if !unresolved.is_empty() {
        return Err(failure(format!(
            "{} (pass it with -a NAME=VALUE); nothing created",
            unresolved.join(", ")
        )));
    }
    let mut meta = Map::new();
    match (name, generate_name) {
        (Some(n), _) => meta.insert("name".into(), json!(n)),
        (None, Some(g)) => meta.insert("generateName".into(), json!(g)),
        (None, None) => meta.insert("generateName".into(), json!(format!("{tname}-"))),
    };
    meta.insert("namespace".into(), json!(namespace));
    if let Some(id) = instance_id {
        meta.insert("labels".into(), json!({ INSTANCE_ID_LABEL: id }));
    }
    let mut run_spec = Map::new();
    run_spec.insert("metrics".into(), spec["metrics"].clone());
    if !args.is_empty() {
        run_spec.insert("args".into(), Value::Array(args));
    }
    for field in ["dryRun", "measurementRetention"] {
        if let Some(v) = spec.get(field).filter(|v| !v.is_null()) {
            run_spec.insert(field.into(), v.clone());
        }
    }
    Ok(json!({
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "AnalysisRun",
        "metadata": meta,
        "spec": run_spec,
    }))
}

fn names_of(args: &[&Value]) -> String {
    let names: Vec<&str> = args.iter().filter_map(|a| a["name"].as_str()).collect();
    if names.is_empty() {
        "none".to_string()
    } else {
        names.join(", ")
    }
}

async fn analysis_run(a: &CreateAnalysisRunArgs, settings: &Settings) -> Result<ExitCode> {
    let given = parse_arguments(&a.args)?;
    let cluster = connect(settings).await?;
    let template = read_template(a, &cluster).await?;
    let run = run_from_template(
        &template,
        &given,
        a.name.as_deref(),
        a.generate_name.as_deref(),
        a.instance_id.as_deref(),
        &cluster.namespace,
    )?;
    // The run must pass the AnalysisRun rules (its template may be broken).
    let doc = Document {
        file: "<analysisrun>".to_string(),
        value: run.clone(),
        lines: LineIndex::default(),
    };
    refuse_on(
        &lint::check_document(&doc, &References::default()),
        "the run would be invalid",
    )?;
    let creation = Creation {
        res: crate::model::resource::ANALYSISRUNS,
        kind: ArgoKind::AnalysisRun,
        namespace: Some(cluster.namespace.clone()),
        body: run,
    };
    if a.dry_run {
        output::print(&format!(
            "{}dry run: nothing was created\n",
            preview(&creation)
        ))?;
        return Ok(ExitCode::Ok);
    }
    match post(&cluster, &creation).await {
        Ok(_) => Ok(ExitCode::Ok),
        Err(e) if e.exit_code() == ExitCode::Cluster => Err(e.into()),
        Err(e) => Err(failure(describe_failure(&creation, &e))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template() -> Value {
        json!({
            "apiVersion": "argoproj.io/v1alpha1", "kind": "AnalysisTemplate",
            "metadata": {"name": "success-rate", "namespace": "default"},
            "spec": {
                "args": [
                    {"name": "service-name"},
                    {"name": "port", "value": "9090"},
                    {"name": "token", "valueFrom": {"secretKeyRef": {"name": "prom", "key": "token"}}}
                ],
                "dryRun": [{"metricName": "latency"}],
                "metrics": [{"name": "success-rate", "provider": {"prometheus": {"query": "up"}}}]
            }
        })
    }

    #[test]
    fn a_run_takes_the_templates_spec_with_the_given_and_default_arguments() {
        let given = vec![("service-name".to_string(), "web".to_string())];
        let run = run_from_template(&template(), &given, None, None, Some("ci"), "prod").unwrap();
        assert_eq!(
            run,
            json!({
                "apiVersion": "argoproj.io/v1alpha1", "kind": "AnalysisRun",
                "metadata": {
                    "generateName": "success-rate-", "namespace": "prod",
                    "labels": {"argo-rollouts.argoproj.io/instance-id": "ci"}
                },
                "spec": {
                    "metrics": [{"name": "success-rate", "provider": {"prometheus": {"query": "up"}}}],
                    "args": [
                        {"name": "service-name", "value": "web"},
                        {"name": "port", "value": "9090"},
                        {"name": "token", "valueFrom": {"secretKeyRef": {"name": "prom", "key": "token"}}}
                    ],
                    "dryRun": [{"metricName": "latency"}]
                }
            })
        );
    }

    #[test]
    fn an_argument_with_no_value_is_not_resolved_and_an_unknown_one_is_refused() {
        let e = run_from_template(&template(), &[], Some("r1"), None, None, "default").unwrap_err();
        assert_eq!(
            e.to_string(),
            "args.service-name was not resolved (pass it with -a NAME=VALUE); nothing created"
        );
        let given = vec![("colour".to_string(), "blue".to_string())];
        let e = run_from_template(&template(), &given, None, None, None, "default").unwrap_err();
        assert!(e.to_string().contains("has no argument \"colour\""), "{e}");
        assert_eq!(crate::exit::code_for(&e), ExitCode::Usage);
    }

    #[test]
    fn name_and_generate_name_are_used_as_given() {
        let given = vec![("service-name".to_string(), "web".to_string())];
        let run =
            run_from_template(&template(), &given, Some("manual-1"), None, None, "d").unwrap();
        assert_eq!(run["metadata"]["name"], "manual-1");
        assert!(run["metadata"].get("generateName").is_none());
        let run = run_from_template(&template(), &given, None, Some("sr-"), None, "d").unwrap();
        assert_eq!(run["metadata"]["generateName"], "sr-");
    }

    #[test]
    fn malformed_arguments_are_usage_errors() {
        for bad in ["novalue", "=x"] {
            let e = parse_arguments(&[bad.to_string()]).unwrap_err();
            assert_eq!(crate::exit::code_for(&e), ExitCode::Usage, "{bad}");
        }
        assert_eq!(
            parse_arguments(&["a=b=c".to_string(), "empty=".to_string()]).unwrap(),
            [
                ("a".to_string(), "b=c".to_string()),
                ("empty".to_string(), String::new())
            ]
        );
    }
}
