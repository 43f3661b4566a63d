//! `terminate analysisrun|experiment`: `{"spec":{"terminate":true}}`, guarded, unless the
//! object is already terminated or finished (then nothing is written).

use serde_json::{Value, json};

use super::simple::nothing_to_do;
use super::{ObjectRef, PatchError, Plan, Write, guarded_merge, name_of, resource_version, str_at};
use crate::model::resource::ANALYSISRUNS;

/// What `terminate` stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Terminable {
    AnalysisRun,
    Experiment,
}

impl Terminable {
    /// The word in messages (`analysisrun 'NAME' terminated`).
    pub fn word(self) -> &'static str {
        match self {
            Terminable::AnalysisRun => "analysisrun",
            Terminable::Experiment => "experiment",
        }
    }

    fn target(self, obj: &Value) -> ObjectRef {
        match self {
            Terminable::AnalysisRun => ObjectRef::of(obj, ANALYSISRUNS),
            Terminable::Experiment => ObjectRef::experiment(obj),
        }
    }

    /// The phases in which the controller is done with the object.
    fn finished(self, phase: &str) -> bool {
        match self {
            Terminable::AnalysisRun => {
                matches!(phase, "Successful" | "Failed" | "Error" | "Inconclusive")
            }
            Terminable::Experiment => matches!(phase, "Successful" | "Failed" | "Error"),
        }
    }
}

pub fn terminate(obj: &Value, what: Terminable) -> Result<Plan, PatchError> {
    let name = name_of(obj);
    if obj["spec"]["terminate"].as_bool() == Some(true) {
        return Ok(nothing_to_do(what.word(), name, "is already terminated"));
    }
    let phase = str_at(obj, &["status", "phase"]);
    if what.finished(phase) {
        let why = format!("has already finished ({phase})");
        return Ok(nothing_to_do(what.word(), name, &why));
    }
    let rv = resource_version(obj, what.word())?;
    Ok(Plan {
        writes: vec![Write {
            target: what.target(obj),
            subresource: None,
            body: guarded_merge(&rv, json!({"spec": {"terminate": true}})),
        }],
        message: format!("{} '{name}' terminated", what.word()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patch::PatchBody;

    fn run(phase: Option<&str>, terminate: Option<bool>) -> Value {
        let mut v = json!({
            "apiVersion": "argoproj.io/v1alpha1", "kind": "AnalysisRun",
            "metadata": {"name": "web-6c9f7d-2-1", "namespace": "default", "resourceVersion": "42"},
            "spec": {"metrics": []}
        });
        if let Some(p) = phase {
            v["status"] = json!({"phase": p});
        }
        if let Some(t) = terminate {
            v["spec"]["terminate"] = json!(t);
        }
        v
    }

    #[test]
    fn a_running_run_is_terminated_with_a_guarded_merge_patch() {
        let plan = terminate(&run(Some("Running"), None), Terminable::AnalysisRun).unwrap();
        assert_eq!(plan.message, "analysisrun 'web-6c9f7d-2-1' terminated");
        assert_eq!(plan.writes.len(), 1);
        let w = &plan.writes[0];
        assert_eq!(w.target.resource.plural, "analysisruns");
        assert_eq!(w.subresource, None);
        assert_eq!(
            w.body,
            PatchBody::Merge(
                json!({"metadata": {"resourceVersion": "42"}, "spec": {"terminate": true}})
            )
        );
    }

    #[test]
    fn terminated_or_finished_objects_are_left_alone() {
        let p = terminate(&run(Some("Running"), Some(true)), Terminable::AnalysisRun).unwrap();
        assert!(p.writes.is_empty());
        assert_eq!(
            p.message,
            "analysisrun 'web-6c9f7d-2-1' is already terminated; nothing to do"
        );
        for phase in ["Successful", "Failed", "Error", "Inconclusive"] {
            let p = terminate(&run(Some(phase), None), Terminable::AnalysisRun).unwrap();
            assert!(p.writes.is_empty(), "{phase}");
            assert_eq!(
                p.message,
                format!(
                    "analysisrun 'web-6c9f7d-2-1' has already finished ({phase}); nothing to do"
                )
            );
        }
        // An experiment may still be stopped while Inconclusive is not one of its phases; a
        // Pending one (no phase yet) is terminated.
        let mut exp = run(None, None);
        exp["kind"] = json!("Experiment");
        let p = terminate(&exp, Terminable::Experiment).unwrap();
        assert_eq!(p.writes[0].target.resource.plural, "experiments");
        assert_eq!(p.message, "experiment 'web-6c9f7d-2-1' terminated");
    }
}
