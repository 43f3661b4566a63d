//! What `set-weight` leaves on a rollout so the next release runs the user's own steps again:
//! the original steps and the steps set-weight wrote, each raw JSON in an annotation of ours.

use serde_json::Value;

use super::{ORIGINAL_STEPS_ANNOTATION, SET_WEIGHT_STEPS_ANNOTATION};

/// The record as found on a rollout.
#[derive(Debug, Clone, PartialEq)]
pub struct StepsRecord {
    /// The steps before the first set-weight (`Value::Null`: the rollout had none).
    pub original: Value,
    /// The steps set-weight wrote last (None when that annotation is missing, e.g. a record
    /// written by hand).
    pub written: Option<Value>,
}

/// Why a record cannot be used: the annotation does not hold a JSON list of steps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRecord {
    pub annotation: &'static str,
}

impl StepsRecord {
    /// The record on `rollout`: None when there is none; an error when the annotation is not
    /// a JSON list (or null), so that nobody restores garbage into the steps.
    pub fn read(rollout: &Value) -> Result<Option<StepsRecord>, BadRecord> {
        let annotations = rollout.pointer("/metadata/annotations");
        let raw = |key: &str| annotations.and_then(|a| a.get(key)).and_then(Value::as_str);
        let Some(original) = raw(ORIGINAL_STEPS_ANNOTATION) else {
            return Ok(None);
        };
        let steps = |text: &str, annotation| match serde_json::from_str::<Value>(text) {
            Ok(v @ (Value::Array(_) | Value::Null)) => Ok(v),
            _ => Err(BadRecord { annotation }),
        };
        let original = steps(original, ORIGINAL_STEPS_ANNOTATION)?;
        let written = raw(SET_WEIGHT_STEPS_ANNOTATION)
            .map(|w| steps(w, SET_WEIGHT_STEPS_ANNOTATION))
            .transpose()?;
        Ok(Some(StepsRecord { original, written }))
    }

    /// Whether the steps in the cluster are still the ones set-weight wrote. When they are
    /// not, someone put other steps there since (a GitOps sync, `kubectl apply`, an edit):
    /// those are the user's steps now and the record is stale.
    pub fn in_force(&self, rollout: &Value) -> bool {
        let current = current_steps(rollout);
        match &self.written {
            Some(written) => current == Some(written),
            None => current != Some(&self.original),
        }
    }
}

/// `spec.strategy.canary.steps` as written (None when missing).
pub fn current_steps(rollout: &Value) -> Option<&Value> {
    rollout
        .pointer("/spec/strategy/canary/steps")
        .filter(|s| !s.is_null())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ro(annotations: Value, steps: Value) -> Value {
        json!({"metadata": {"name": "web", "annotations": annotations},
            "spec": {"strategy": {"canary": {"steps": steps}}}})
    }

    #[test]
    fn a_rollout_without_the_annotation_has_no_record() {
        assert_eq!(StepsRecord::read(&ro(json!({}), json!([]))), Ok(None));
        assert_eq!(StepsRecord::read(&json!({})), Ok(None));
    }

    #[test]
    fn the_record_is_in_force_while_the_steps_are_the_ones_set_weight_wrote() {
        let written = json!([{"setWeight": 60}, {"pause": {}}]);
        let rollout = ro(
            json!({ORIGINAL_STEPS_ANNOTATION: r#"[{"setWeight":20},{"pause":{}}]"#,
                SET_WEIGHT_STEPS_ANNOTATION: written.to_string()}),
            written.clone(),
        );
        let record = StepsRecord::read(&rollout).unwrap().unwrap();
        assert_eq!(record.original, json!([{"setWeight": 20}, {"pause": {}}]));
        assert!(record.in_force(&rollout));
        // A sync put the git steps back: the record no longer says what the steps should be.
        let synced = ro(
            rollout["metadata"]["annotations"].clone(),
            json!([{"setWeight": 5}]),
        );
        assert!(!record.in_force(&synced));
    }

    #[test]
    fn a_record_that_is_not_a_list_of_steps_is_refused() {
        let rollout = ro(json!({ORIGINAL_STEPS_ANNOTATION: "{oops"}), json!([]));
        assert_eq!(
            StepsRecord::read(&rollout),
            Err(BadRecord {
                annotation: ORIGINAL_STEPS_ANNOTATION
            })
        );
        let rollout = ro(json!({ORIGINAL_STEPS_ANNOTATION: "{\"a\":1}"}), json!([]));
        assert!(StepsRecord::read(&rollout).is_err());
        let rollout = ro(json!({ORIGINAL_STEPS_ANNOTATION: "null"}), json!([]));
        assert_eq!(
            StepsRecord::read(&rollout).unwrap().unwrap().original,
            Value::Null
        );
    }
}
