//! `lint`: manifests in, problems out. Pure: no cluster, no files (the command reads them).
//!
//! A source (one file, or stdin) is split into documents (YAML `---`, or a JSON object or
//! `List`); each document is parsed, then the Argo Rollouts kinds are decoded strictly
//! ([`decode`]: unknown fields and wrong types are problems with their paths) and checked by
//! the rules of their kind ([`rollout`], [`analysis`], [`experiment`]). Services, Ingresses
//! and Istio VirtualServices in the same input are the references the rollouts are checked
//! against ([`references`]). Every problem carries the line of the field it is about, found
//! by [`lines`] (a light scan of the text, since serde_yaml does not expose positions).

pub mod analysis;
pub mod decode;
pub mod experiment;
pub mod lines;
pub mod pod;
pub mod references;
pub mod rollout;
pub mod types;

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use lines::LineIndex;

/// The API group of the kinds we lint (model's one definition).
pub use crate::model::ARGO_GROUP;

/// One problem, as printed (`FILE:LINE: KIND/NAME: FIELD: message`) and as `-o json` writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub file: String,
    pub line: Option<usize>,
    pub kind: String,
    pub name: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ":")?;
        match (self.kind.is_empty(), self.name.is_empty()) {
            (true, _) => {}
            (false, true) => write!(f, " {}:", self.kind)?,
            (false, false) => write!(f, " {}/{}:", self.kind, self.name)?,
        }
        if !self.field.is_empty() {
            write!(f, " {}:", self.field)?;
        }
        write!(f, " {}", self.message)
    }
}

/// One step of a field path: a key of an object or an index in a list.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// A field path, printed as `spec.strategy.canary.steps[2].setWeight`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Path(pub Vec<Seg>);

impl Path {
    /// A path of keys written with dots: `Path::of("spec.strategy")`.
    pub fn of(dotted: &str) -> Path {
        Path(
            dotted
                .split('.')
                .filter(|s| !s.is_empty())
                .map(|s| Seg::Key(s.to_string()))
                .collect(),
        )
    }

    /// This path, one key further (the key may be dotted: `"pause.duration"`).
    pub fn key(&self, key: &str) -> Path {
        let mut p = self.clone();
        p.0.extend(Path::of(key).0);
        p
    }

    /// This path, one list index further.
    pub fn idx(&self, i: usize) -> Path {
        let mut p = self.clone();
        p.0.push(Seg::Index(i));
        p
    }

    pub fn starts_with(&self, other: &Path) -> bool {
        self.0.starts_with(&other.0)
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Key(k) if i == 0 => write!(f, "{k}")?,
                Seg::Key(k) => write!(f, ".{k}")?,
                Seg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// What the rules of one object found: a field and what is wrong with it.
#[derive(Debug, Default)]
pub struct Findings(pub Vec<(Path, String)>);

impl Findings {
    pub fn add(&mut self, path: Path, message: impl Into<String>) {
        self.0.push((path, message.into()));
    }

    /// A name at `at` (a `name` field) must be set and not seen before among its siblings;
    /// `what` says what it names ("metric name", "argument").
    pub fn unique_name<'a>(
        &mut self,
        name: Option<&'a str>,
        seen: &mut std::collections::HashSet<&'a str>,
        at: Path,
        what: &str,
    ) {
        match name {
            None | Some("") => self.add(at, "is required"),
            Some(n) if !seen.insert(n) => self.add(at, format!("{what} {n:?} is used twice")),
            Some(_) => {}
        }
    }

    /// A number that must be 0 or more.
    pub fn non_negative(&mut self, v: Option<impl Into<i64>>, at: Path) {
        if let Some(n) = v.map(Into::into)
            && n < 0
        {
            self.add(at, format!("{n} is not allowed: must be 0 or more"));
        }
    }
}

/// One input to lint: its display name (a path, or `<stdin>`) and its text.
pub struct Source<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// A parsed document: the object, which source and line it starts at, and where its fields are.
pub struct Document {
    pub file: String,
    pub value: Value,
    pub lines: LineIndex,
}

impl Document {
    fn kind(&self) -> &str {
        self.value["kind"].as_str().unwrap_or("")
    }

    fn group(&self) -> &str {
        let api_version = self.value["apiVersion"].as_str().unwrap_or("");
        api_version.rsplit_once('/').map_or("", |(g, _)| g)
    }

    fn name(&self) -> &str {
        let meta = &self.value["metadata"];
        meta["name"]
            .as_str()
            .or_else(|| meta["generateName"].as_str())
            .unwrap_or("")
    }

    pub fn namespace(&self) -> &str {
        self.value["metadata"]["namespace"].as_str().unwrap_or("")
    }

    /// Whether this is one of the kinds we lint (and `create` writes).
    pub fn is_argo(&self) -> bool {
        self.group() == ARGO_GROUP && ArgoKind::from_kind(self.kind()).is_some()
    }

    fn problem(&self, path: &Path, message: String) -> Problem {
        Problem {
            file: self.file.clone(),
            line: self.lines.line_of(path),
            kind: self.kind().to_string(),
            name: self.name().to_string(),
            field: path.to_string(),
            message,
        }
    }
}

/// The kinds `lint` checks and `create` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgoKind {
    Rollout,
    AnalysisTemplate,
    ClusterAnalysisTemplate,
    AnalysisRun,
    Experiment,
}

impl ArgoKind {
    pub fn from_kind(kind: &str) -> Option<ArgoKind> {
        Some(match kind {
            "Rollout" => ArgoKind::Rollout,
            "AnalysisTemplate" => ArgoKind::AnalysisTemplate,
            "ClusterAnalysisTemplate" => ArgoKind::ClusterAnalysisTemplate,
            "AnalysisRun" => ArgoKind::AnalysisRun,
            "Experiment" => ArgoKind::Experiment,
            _ => return None,
        })
    }
}

/// Splits every source into documents. A document that does not parse is a problem (with the
/// parser's line); the other documents of the source are still returned.
pub fn parse(sources: &[Source<'_>]) -> (Vec<Document>, Vec<Problem>) {
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    for src in sources {
        let trimmed = src.text.trim_start();
        if trimmed.starts_with('{') || trimmed.starts_with('[') {
            parse_json(src, &mut docs, &mut problems);
        } else {
            parse_yaml(src, &mut docs, &mut problems);
        }
    }
    (docs, problems)
}

/// Adds a parsed document, or a problem when it is not an object (a list, a scalar).
fn push_document(docs: &mut Vec<Document>, problems: &mut Vec<Problem>, doc: Document) {
    if doc.value.is_object() {
        docs.push(doc);
    } else {
        let line = doc.lines.line_of(&Path::default());
        problems.push(parse_problem(
            &doc.file,
            line,
            "not a Kubernetes object: expected a mapping with apiVersion, kind and metadata"
                .to_string(),
        ));
    }
}

fn parse_problem(file: &str, line: Option<usize>, message: String) -> Problem {
    Problem {
        file: file.to_string(),
        line,
        kind: String::new(),
        name: String::new(),
        field: String::new(),
        message,
    }
}

fn parse_json(src: &Source<'_>, docs: &mut Vec<Document>, problems: &mut Vec<Problem>) {
    match serde_json::from_str::<Value>(src.text) {
        Ok(value) => add_parsed(src.name, value, LineIndex::json(src.text), docs, problems),
        Err(e) => {
            let msg = format!("invalid JSON: {}", strip_position(&e.to_string()));
            problems.push(parse_problem(src.name, Some(e.line()), msg));
        }
    }
}

fn parse_yaml(src: &Source<'_>, docs: &mut Vec<Document>, problems: &mut Vec<Problem>) {
    for (first_line, text) in lines::split_yaml_documents(src.text) {
        if text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            continue;
        }
        match serde_yaml::from_str::<Value>(text) {
            Ok(Value::Null) => {}
            Ok(value) => {
                let index = LineIndex::yaml(text, first_line);
                add_parsed(src.name, value, index, docs, problems);
            }
            Err(e) => {
                let line = e.location().map(|l| l.line() + first_line - 1);
                let msg = format!("invalid YAML: {}", strip_position(&e.to_string()));
                problems.push(parse_problem(src.name, line, msg));
            }
        }
    }
}

/// A parsed document: a `List` (or a JSON array) adds each item with its own lines.
fn add_parsed(
    file: &str,
    value: Value,
    index: LineIndex,
    docs: &mut Vec<Document>,
    problems: &mut Vec<Problem>,
) {
    let items = match value {
        Value::Array(items) if index.is_json() => Some((items, Path::default())),
        Value::Object(mut m) if m.get("kind").and_then(Value::as_str).is_some_and(is_list) => {
            let items = match m.remove("items") {
                Some(Value::Array(items)) => items,
                _ => Vec::new(),
            };
            Some((items, Path::of("items")))
        }
        other => {
            let doc = Document {
                file: file.to_string(),
                value: other,
                lines: index,
            };
            push_document(docs, problems, doc);
            return;
        }
    };
    if let Some((items, base)) = items {
        for (i, item) in items.into_iter().enumerate() {
            let doc = Document {
                file: file.to_string(),
                value: item,
                lines: index.under(&base.idx(i)),
            };
            push_document(docs, problems, doc);
        }
    }
}

fn is_list(kind: &str) -> bool {
    kind.ends_with("List")
}

/// The parsers append " at line L column C"; we print the line ourselves.
fn strip_position(msg: &str) -> String {
    match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// Lints every source: all problems, in input order (nothing means valid).
pub fn lint(sources: &[Source<'_>]) -> Vec<Problem> {
    let (docs, mut problems) = parse(sources);
    problems.extend(check_documents(&docs));
    // File by file in the order given, each in line order (parse problems among the others).
    let order = |file: &str| sources.iter().position(|s| s.name == file).unwrap_or(0);
    problems.sort_by_key(|p| (order(&p.file), p.line.unwrap_or(0)));
    problems
}

/// The problems of the Argo objects among `docs`; the other documents are references.
pub fn check_documents(docs: &[Document]) -> Vec<Problem> {
    let refs = references::References::collect(docs);
    let mut problems = Vec::new();
    for doc in docs.iter().filter(|d| d.is_argo()) {
        problems.extend(check_document(doc, &refs));
    }
    problems
}

/// The problems of one Argo object (decoding, then its kind's rules, then its references).
pub fn check_document(doc: &Document, refs: &references::References) -> Vec<Problem> {
    let found = match ArgoKind::from_kind(doc.kind()) {
        Some(ArgoKind::Rollout) => run::<types::RolloutSpec>(doc, |ro, out| {
            rollout::check(ro, out);
            references::check(ro, refs, out);
        }),
        Some(ArgoKind::AnalysisTemplate | ArgoKind::ClusterAnalysisTemplate) => {
            run::<types::AnalysisTemplateSpec>(doc, analysis::check_template)
        }
        Some(ArgoKind::AnalysisRun) => run::<types::AnalysisRunSpec>(doc, analysis::check_run),
        Some(ArgoKind::Experiment) => run::<types::ExperimentSpec>(doc, experiment::check),
        None => Vec::new(),
    };
    let mut seen = std::collections::HashSet::new();
    let mut problems: Vec<Problem> = found
        .into_iter()
        .filter(|f| seen.insert(f.clone()))
        .map(|(path, msg)| doc.problem(&path, msg))
        .collect();
    // In file order, as an editor or a CI annotation reads them (stable: ties keep rule order).
    problems.sort_by_key(|p| p.line.unwrap_or(0));
    problems
}

/// Decodes strictly, then runs the rules on what decoded. A rule about a field that could not
/// be decoded would only repeat the decoding problem, so those are left out.
fn run<S>(
    doc: &Document,
    rules: impl FnOnce(&types::Object<S>, &mut Findings),
) -> Vec<(Path, String)>
where
    S: serde::de::DeserializeOwned + Serialize,
{
    let d = decode::strict::<types::Object<S>>(&doc.value);
    let mut found = d.problems;
    if let Some(obj) = d.value {
        let mut out = Findings::default();
        common_metadata(&obj.metadata, &mut out);
        rules(&obj, &mut out);
        found.extend(
            out.0
                .into_iter()
                // ...and so would a rule about the object that held it (a step whose only
                // field had the wrong type has no kind left).
                .filter(|(path, _)| {
                    !d.undecodable.iter().any(|u| {
                        path.starts_with(u) || u.0.len() == path.0.len() + 1 && u.starts_with(path)
                    })
                }),
        );
    }
    found
}

fn common_metadata(
    meta: &Option<k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta>,
    out: &mut Findings,
) {
    let named = meta.as_ref().is_some_and(|m| {
        m.name.as_deref().is_some_and(|n| !n.is_empty())
            || m.generate_name.as_deref().is_some_and(|n| !n.is_empty())
    });
    if !named {
        out.add(
            Path::of("metadata.name"),
            "name or generateName is required",
        );
    }
    if let Some(name) = meta.as_ref().and_then(|m| m.name.as_deref())
        && !name.is_empty()
        && !pod::is_dns_subdomain(name)
    {
        out.add(
            Path::of("metadata.name"),
            format!("{name:?} is not a valid name: lowercase letters, digits, '-' and '.', at most 253 characters"),
        );
    }
}

#[cfg(test)]
mod tests;
