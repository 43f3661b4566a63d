//! Temporary stand-ins until the view builder lands (removed on merge).
use super::*;
use serde_json::Value;
pub fn rollout_status(_r: &Value) -> (String, String) { (String::new(), String::new()) }
pub fn build_rollout_view(_o: &RolloutObjects) -> RolloutView { RolloutView::default() }
pub fn rollout_row(_r: &Value) -> RolloutRow { RolloutRow::default() }
pub fn build_experiment_view(_o: &ExperimentObjects) -> ExperimentView { ExperimentView::default() }
pub fn experiment_row(_e: &Value) -> ExperimentRow { ExperimentRow::default() }
pub fn selector_to_query(_s: &Value) -> Option<String> { None }
pub fn owner_uid(_o: &Value) -> Option<&str> { None }
