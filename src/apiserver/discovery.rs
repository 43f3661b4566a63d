//! The resource types the test server knows, and the discovery documents that describe them.

use serde_json::{Value, json};

/// One served resource type.
#[derive(Debug, Clone)]
pub struct ResourceDef {
    /// `""` for the core group.
    pub group: &'static str,
    pub version: &'static str,
    pub plural: &'static str,
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

    /// The singular name, which for every type we serve is the lower-cased kind.
    pub fn singular(&self) -> String {
        self.kind.to_ascii_lowercase()
    }

    /// Whether `name` designates this type: plural, singular, kind or short name, any case.
    pub fn answers_to(&self, name: &str) -> bool {
        let n = name.to_ascii_lowercase();
        n == self.plural || n == self.singular() || self.short_names.contains(&n.as_str())
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

/// A namespaced type with a status subresource; the exceptions are set by the caller.
fn def(
    group: &'static str,
    plural: &'static str,
    kind: &'static str,
    short_names: &'static [&'static str],
) -> ResourceDef {
    let custom = group == ARGO_GROUP;
    ResourceDef {
        group,
        version: if custom { "v1alpha1" } else { "v1" },
        plural,
        kind,
        namespaced: true,
        short_names,
        has_status: true,
        custom,
    }
}

pub use crate::model::ARGO_GROUP;

/// The built-in types plus, when `with_argo`, the Argo Rollouts CRDs.
pub fn resource_defs(with_argo: bool) -> Vec<ResourceDef> {
    let mut defs = vec![
        def("", "pods", "Pod", &["po"]),
        ResourceDef {
            has_status: false,
            ..def("", "podtemplates", "PodTemplate", &[])
        },
        ResourceDef {
            namespaced: false,
            ..def("", "namespaces", "Namespace", &["ns"])
        },
        def("", "services", "Service", &["svc"]),
        def("apps", "replicasets", "ReplicaSet", &["rs"]),
        def("apps", "deployments", "Deployment", &["deploy"]),
        def("batch", "jobs", "Job", &[]),
    ];
    if with_argo {
        defs.extend([
            def(ARGO_GROUP, "rollouts", "Rollout", &["ro"]),
            // Argo's Experiment CRD declares no status subresource (`subresources: {}`).
            ResourceDef {
                has_status: false,
                ..def(ARGO_GROUP, "experiments", "Experiment", &["exp"])
            },
            def(ARGO_GROUP, "analysisruns", "AnalysisRun", &["ar"]),
            ResourceDef {
                has_status: false,
                ..def(ARGO_GROUP, "analysistemplates", "AnalysisTemplate", &["at"])
            },
            ResourceDef {
                has_status: false,
                namespaced: false,
                ..def(
                    ARGO_GROUP,
                    "clusteranalysistemplates",
                    "ClusterAnalysisTemplate",
                    &["cat"],
                )
            },
        ]);
    }
    defs
}

const VERBS: [&str; 8] = [
    "create",
    "delete",
    "deletecollection",
    "get",
    "list",
    "patch",
    "update",
    "watch",
];

/// `/api/v1` or `/apis/{group}/{version}`: an `APIResourceList`, subresources included.
pub fn resource_list(defs: &[ResourceDef], group: &str, version: &str) -> Option<Value> {
    let mut resources = Vec::new();
    for d in defs
        .iter()
        .filter(|d| d.group == group && d.version == version)
    {
        let mut r = json!({
            "name": d.plural,
            "singularName": d.singular(),
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
    let group_version = if group.is_empty() {
        version.to_string()
    } else {
        format!("{group}/{version}")
    };
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
