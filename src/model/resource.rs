//! The Kubernetes resource types we read and write, and their API paths: the coordinates
//! every layer shares (the planners' write targets, the client's URLs, the API server's routes).

use super::ARGO_GROUP;

/// A resource type: group/version/plural, as it appears in API paths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resource {
    pub group: &'static str,
    pub version: &'static str,
    pub plural: &'static str,
    pub kind: &'static str,
}

pub const ROLLOUTS: Resource = argo("rollouts", "Rollout");
pub const EXPERIMENTS: Resource = argo("experiments", "Experiment");
pub const ANALYSISRUNS: Resource = argo("analysisruns", "AnalysisRun");
pub const ANALYSISTEMPLATES: Resource = argo("analysistemplates", "AnalysisTemplate");
/// Cluster-scoped: its path has no namespace.
pub const CLUSTERANALYSISTEMPLATES: Resource =
    argo("clusteranalysistemplates", "ClusterAnalysisTemplate");
pub const REPLICASETS: Resource = of("apps", "v1", "replicasets", "ReplicaSet");
pub const DEPLOYMENTS: Resource = of("apps", "v1", "deployments", "Deployment");
pub const PODS: Resource = of("", "v1", "pods", "Pod");
pub const PODTEMPLATES: Resource = of("", "v1", "podtemplates", "PodTemplate");

const fn of(
    group: &'static str,
    version: &'static str,
    plural: &'static str,
    kind: &'static str,
) -> Resource {
    Resource {
        group,
        version,
        plural,
        kind,
    }
}

/// An Argo Rollouts resource: every one is served as `argoproj.io/v1alpha1`.
const fn argo(plural: &'static str, kind: &'static str) -> Resource {
    of(ARGO_GROUP, "v1alpha1", plural, kind)
}

impl Resource {
    /// `rollouts.argoproj.io`, `pods` — the name the API server uses in its messages.
    pub fn group_resource(&self) -> String {
        if self.group.is_empty() {
            self.plural.to_string()
        } else {
            format!("{}.{}", self.plural, self.group)
        }
    }

    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.to_string()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }

    /// Path of the collection (namespace None = all namespaces) or of one object.
    pub fn path(&self, namespace: Option<&str>, name: Option<&str>) -> String {
        let mut p = if self.group.is_empty() {
            format!("/api/{}", self.version)
        } else {
            format!("/apis/{}/{}", self.group, self.version)
        };
        if let Some(ns) = namespace {
            p.push_str("/namespaces/");
            p.push_str(&encode_segment(ns));
        }
        p.push('/');
        p.push_str(self.plural);
        if let Some(n) = name {
            p.push('/');
            p.push_str(&encode_segment(n));
        }
        p
    }
}

/// Percent-encodes a path segment (names are DNS labels on a real server, but the user types
/// them and we never want a `/` or `?` to change the path).
pub fn encode_segment(s: &str) -> String {
    encode(s, |b| b.is_ascii_alphanumeric() || b"-._~:".contains(&b))
}

/// Percent-encodes a query value.
pub fn encode_query(s: &str) -> String {
    encode(s, |b| b.is_ascii_alphanumeric() || b"-._~".contains(&b))
}

fn encode(s: &str, keep: impl Fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if keep(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_for_core_and_group_resources() {
        assert_eq!(
            ROLLOUTS.path(Some("default"), Some("web")),
            "/apis/argoproj.io/v1alpha1/namespaces/default/rollouts/web"
        );
        assert_eq!(
            ROLLOUTS.path(None, None),
            "/apis/argoproj.io/v1alpha1/rollouts"
        );
        assert_eq!(PODS.path(Some("a"), None), "/api/v1/namespaces/a/pods");
        assert_eq!(
            PODS.path(Some("a"), Some("x/../y")),
            "/api/v1/namespaces/a/pods/x%2F..%2Fy"
        );
        assert_eq!(ROLLOUTS.group_resource(), "rollouts.argoproj.io");
        assert_eq!(PODS.group_resource(), "pods");
    }

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(
            encode_query("app=web,tier in (a,b)"),
            "app%3Dweb%2Ctier%20in%20%28a%2Cb%29"
        );
    }
}
