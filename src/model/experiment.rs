//! The parts of an Experiment (`argoproj.io/v1alpha1`) that `get` and `list` show.

use jiff::Timestamp;
use serde_json::Value;

use super::{Meta, Reader};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Experiment {
    pub meta: Meta,
    pub phase: String,
    pub message: String,
    /// spec.duration as written.
    pub duration: Option<String>,
    pub available_at: Option<Timestamp>,
    /// spec.templates[].selector, as written (label selectors of the templates' ReplicaSets).
    pub selectors: Vec<Value>,
}

impl Experiment {
    pub fn read(obj: &Value, warnings: &mut Vec<String>) -> Experiment {
        let r = &mut Reader::new("Experiment", obj, warnings);
        let meta = Meta::read(obj, r);
        let mut selectors = Vec::new();
        for (i, t) in r.arr(obj, "", &["spec", "templates"]).iter().enumerate() {
            let at = format!("spec.templates[{i}]");
            if r.has_obj(t, &at, &["selector"])
                && let Some(sel) = t.get("selector")
            {
                selectors.push(sel.clone());
            }
        }
        Experiment {
            phase: r.str(obj, "", &["status", "phase"]).unwrap_or_default(),
            message: r.str(obj, "", &["status", "message"]).unwrap_or_default(),
            duration: r.str(obj, "", &["spec", "duration"]),
            available_at: r.ts(obj, "", &["status", "availableAt"]),
            selectors,
            meta,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_experiment() {
        let obj = json!({
            "metadata": {"name": "ex"},
            "spec": {"duration": "1h", "templates": [
                {"name": "a", "selector": {"matchLabels": {"app": "a"}}},
                {"name": "b"}, 7]},
            "status": {"phase": "Running", "availableAt": "2024-01-01T00:00:00Z"}
        });
        let mut w = Vec::new();
        let ex = Experiment::read(&obj, &mut w);
        assert_eq!(ex.phase, "Running");
        assert_eq!(ex.duration.as_deref(), Some("1h"));
        assert_eq!(ex.selectors, vec![json!({"matchLabels": {"app": "a"}})]);
        assert!(ex.available_at.is_some());
        assert_eq!(
            w,
            vec!["Experiment ex: spec.templates[2] is not an object; ignored"]
        );
    }
}
