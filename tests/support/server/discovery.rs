//! The resource types the test server knows, and the discovery documents that describe them.

use serde_json::{Value, json};

/// One served resource type.
#[derive(Debug, Clone)]
pub struct ResourceDef {
    /// `""` for the core group.
    pub group: &'static str,
    pub version: &'static str,
    pub plural: &'static str,
    pub singular: &'static str,
    pub kind: &'static str,
    pub namespaced: bool,
    pub short_names: &'static [&'static str],
    pub has_status: bool,
    /// Custom resources (CRDs) differ from built-ins in small visible ways: list items keep
    /// `apiVersion`/`kind`, and strategic merge patch is refused.
    pub custom: bool,
}

impl ResourceDef {
    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.to_string()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }

    /// `rollouts.argoproj.io`, or `pods` for the core group, as error messages print it.
    pub fn group_resource(&self) -> String {
        if self.group.is_empty() {
            self.plural.to_string()
        } else {
            format!("{}.{}", self.plural, self.group)
        }
    }

    /// Whether `name` designates this type: plural, singular, kind or short name, any case.
    pub fn answers_to(&self, name: &str) -> bool {
        let n = name.to_ascii_lowercase();
        n == self.plural
            || n == self.singular
            || n == self.kind.to_ascii_lowercase()
            || self.short_names.contains(&n.as_str())
    }

    /// Fields besides metadata.name/namespace usable in a field selector.
    pub fn extra_selectable_fields(&self) -> &'static [&'static str] {
        if self.group.is_empty() && self.plural == "pods" {
            &["status.phase", "spec.nodeName", "spec.restartPolicy"]
        } else {
            &[]
        }
    }
}

const fn def(
    group: &'static str,
    version: &'static str,
    plural: &'static str,
    singular: &'static str,
    kind: &'static str,
    namespaced: bool,
    short_names: &'static [&'static str],
    has_status: bool,
) -> ResourceDef {
    ResourceDef {
        group,
        version,
        plural,
        singular,
        kind,
        namespaced,
        short_names,
        has_status,
        custom: false,
    }
}

pub const ARGO_GROUP: &str = "argoproj.io";

/// The built-in types plus, when `with_argo`, the Argo Rollouts CRDs.
pub fn resource_defs(with_argo: bool) -> Vec<ResourceDef> {
    let mut defs = vec![
        def("", "v1", "pods", "pod", "Pod", true, &["po"], true),
        def("", "v1", "podtemplates", "podtemplate", "PodTemplate", true, &[], false),
        def("", "v1", "namespaces", "namespace", "Namespace", false, &["ns"], true),
        def("", "v1", "services", "service", "Service", true, &["svc"], true),
        def("apps", "v1", "replicasets", "replicaset", "ReplicaSet", true, &["rs"], true),
        def("apps", "v1", "deployments", "deployment", "Deployment", true, &["deploy"], true),
        def("batch", "v1", "jobs", "job", "Job", true, &[], true),
    ];
    if with_argo {
        let crds = [
            ("rollouts", "rollout", "Rollout", &["ro"][..], true),
            ("experiments", "experiment", "Experiment", &["exp"][..], true),
            ("analysisruns", "analysisrun", "AnalysisRun", &["ar"][..], true),
            ("analysistemplates", "analysistemplate", "AnalysisTemplate", &["at"][..], false),
        ];
        for (plural, singular, kind, short, status) in crds {
            let mut d = def(ARGO_GROUP, "v1alpha1", plural, singular, kind, true, short, status);
            d.custom = true;
            defs.push(d);
        }
    }
    defs
}

const VERBS: [&str; 8] = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

/// `/api/v1` or `/apis/{group}/{version}`: an `APIResourceList`, subresources included.
pub fn resource_list(defs: &[ResourceDef], group: &str, version: &str) -> Option<Value> {
    let mut resources = Vec::new();
    for d in defs.iter().filter(|d| d.group == group && d.version == version) {
        let mut r = json!({
            "name": d.plural,
            "singularName": d.singular,
            "namespaced": d.namespaced,
            "kind": d.kind,
            "verbs": VERBS,
        });
        if !d.short_names.is_empty() {
            r["shortNames"] = json!(d.short_names);
        }
        resources.push(r);
        if d.has_status {
            resources.push(json!({
                "name": format!("{}/status", d.plural),
                "singularName": "",
                "namespaced": d.namespaced,
                "kind": d.kind,
                "verbs": ["get", "patch", "update"],
            }));
        }
    }
    if resources.is_empty() {
        return None;
    }
    let group_version = if group.is_empty() { version.to_string() } else { format!("{group}/{version}") };
    Some(json!({
        "kind": "APIResourceList",
        "apiVersion": "v1",
        "groupVersion": group_version,
        "resources": resources,
    }))
}

/// `/apis`: every named group with its single served version.
pub fn group_list(defs: &[ResourceDef]) -> Value {
    let mut groups: Vec<Value> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for d in defs.iter().filter(|d| !d.group.is_empty()) {
        if seen.contains(&d.group) {
            continue;
        }
        seen.push(d.group);
        let gv = json!({"groupVersion": d.api_version(), "version": d.version});
        groups.push(json!({"name": d.group, "versions": [gv.clone()], "preferredVersion": gv}));
    }
    json!({"kind": "APIGroupList", "apiVersion": "v1", "groups": groups})
}

/// `/apis/{group}`: one `APIGroup`.
pub fn group(defs: &[ResourceDef], name: &str) -> Option<Value> {
    let d = defs.iter().find(|d| d.group == name && !name.is_empty())?;
    let gv = json!({"groupVersion": d.api_version(), "version": d.version});
    Some(json!({
        "kind": "APIGroup",
        "apiVersion": "v1",
        "name": name,
        "versions": [gv.clone()],
        "preferredVersion": gv,
    }))
}

pub fn core_versions(addr: &str) -> Value {
    json!({
        "kind": "APIVersions",
        "versions": ["v1"],
        "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": addr}],
    })
}

pub fn version() -> Value {
    json!({
        "major": "1",
        "minor": "33",
        "emulationMajor": "1",
        "emulationMinor": "33",
        "minCompatibilityMajor": "1",
        "minCompatibilityMinor": "32",
        "gitVersion": "v1.33.1",
        "gitCommit": "8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828",
        "gitTreeState": "clean",
        "buildDate": "2025-05-15T08:19:08Z",
        "goVersion": "go1.24.2",
        "compiler": "gc",
        "platform": "linux/amd64",
    })
}
