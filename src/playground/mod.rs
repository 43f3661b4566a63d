//! `kubectl rollouts playground`: the example objects and the simulated controller behind the
//! local demo cluster. A learning and demo aid, not Argo Rollouts.

pub mod controller;

use jiff::{SignedDuration, Timestamp};
use serde_json::Value;

use crate::apiserver::Store;

/// The instant the example objects' timestamps are written against; loading shifts every
/// timestamp by (now − this), so ages look the same whenever the playground starts.
pub const OBJECTS_NOW: &str = "2030-01-01T12:00:00Z";

/// The example objects, one scenario per file.
pub const OBJECTS: &[(&str, &str)] = &[
    ("namespaces.yaml", include_str!("objects/namespaces.yaml")),
    ("web.yaml", include_str!("objects/web.yaml")),
    ("checkout.yaml", include_str!("objects/checkout.yaml")),
    ("payments.yaml", include_str!("objects/payments.yaml")),
    ("search.yaml", include_str!("objects/search.yaml")),
    ("api.yaml", include_str!("objects/api.yaml")),
];

/// Parses every example object, with timestamps moved so that `OBJECTS_NOW` becomes `now`.
pub fn objects(now: Timestamp) -> Result<Vec<Value>, String> {
    let base: Timestamp = OBJECTS_NOW.parse().map_err(|e| format!("{e}"))?;
    let shift = now.duration_since(base);
    let shift = SignedDuration::from_secs(shift.as_secs());
    let mut out = Vec::new();
    for (file, text) in OBJECTS {
        for doc in serde_yaml::Deserializer::from_str(text) {
            let mut v: Value = serde::Deserialize::deserialize(doc)
                .map_err(|e| format!("example objects {file}: {e}"))?;
            if v.is_null() {
                continue;
            }
            shift_times(&mut v, shift);
            out.push(v);
        }
    }
    Ok(out)
}

/// Moves every RFC 3339 UTC timestamp string (`YYYY-MM-DDTHH:MM:SSZ`) by `shift`.
fn shift_times(v: &mut Value, shift: SignedDuration) {
    match v {
        Value::String(s) => {
            if s.len() == 20
                && s.ends_with('Z')
                && s.as_bytes().get(10) == Some(&b'T')
                && let Ok(t) = s.parse::<Timestamp>()
                && let Ok(moved) = t.checked_add(shift)
            {
                *s = moved.to_string();
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|x| shift_times(x, shift)),
        Value::Object(map) => map.values_mut().for_each(|x| shift_times(x, shift)),
        _ => {}
    }
}

/// Loads the example objects into `store`.
pub fn load(store: &mut Store, now: Timestamp) -> Result<usize, String> {
    let objs = objects(now)?;
    let n = objs.len();
    for o in objs {
        store.put(o);
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_object_parses_and_times_move_to_now() {
        let now: Timestamp = "2026-05-01T08:00:00Z".parse().unwrap();
        let objs = objects(now).unwrap();
        assert!(objs.len() > 20, "{}", objs.len());
        let web = objs
            .iter()
            .find(|o| o["kind"] == "Rollout" && o["metadata"]["name"] == "web")
            .unwrap();
        // Written as 2030-01-01T11:50:00Z, ten minutes before OBJECTS_NOW.
        assert_eq!(
            web["status"]["pauseConditions"][0]["startTime"],
            "2026-05-01T07:50:00Z"
        );
        // Not a timestamp: untouched.
        assert_eq!(
            web["spec"]["template"]["spec"]["containers"][0]["image"],
            "argoproj/rollouts-demo:yellow"
        );
    }

    #[test]
    fn five_rollouts_over_two_namespaces() {
        let objs = objects(Timestamp::UNIX_EPOCH).unwrap();
        let mut rollouts: Vec<String> = objs
            .iter()
            .filter(|o| o["kind"] == "Rollout")
            .map(|o| {
                format!(
                    "{}/{}",
                    o["metadata"]["namespace"].as_str().unwrap(),
                    o["metadata"]["name"].as_str().unwrap()
                )
            })
            .collect();
        rollouts.sort();
        assert_eq!(
            rollouts,
            [
                "default/checkout",
                "default/payments",
                "default/web",
                "team-a/api",
                "team-a/search"
            ]
        );
    }
}
