//! `history`: one row per revision, newest first.

use jiff::Timestamp;

use super::{human_age, tabwrite};
use crate::view::HistoryEntry;

/// `REVISION  REPLICASET  IMAGES  ROLES  AGE  CHANGE-CAUSE`; empty roles show `-`, unknown
/// ages `<unknown>`, a missing change cause `<none>` (as `kubectl rollout history` does).
pub fn render_history(entries: &[HistoryEntry], now: Timestamp) -> String {
    let mut rows = vec![vec![
        "REVISION".to_string(),
        "REPLICASET".to_string(),
        "IMAGES".to_string(),
        "ROLES".to_string(),
        "AGE".to_string(),
        "CHANGE-CAUSE".to_string(),
    ]];
    for e in entries {
        let age = e
            .created
            .map(|c| human_age(now.duration_since(c)))
            .unwrap_or_else(|| "<unknown>".to_string());
        let join = |v: &[String]| {
            if v.is_empty() {
                "-".to_string()
            } else {
                v.join(",")
            }
        };
        rows.push(vec![
            e.revision.to_string(),
            super::sanitize::clean(&e.name).into_owned(),
            super::sanitize::clean(&join(&e.images)).into_owned(),
            super::sanitize::clean(&join(&e.roles)).into_owned(),
            age,
            super::sanitize::clean(e.change_cause.as_deref().unwrap_or("<none>")).into_owned(),
        ]);
    }
    tabwrite(&rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(
        revision: u64,
        name: &str,
        images: &[&str],
        roles: &[&str],
        created: &str,
    ) -> HistoryEntry {
        HistoryEntry {
            revision,
            name: name.to_string(),
            pod_template_hash: String::new(),
            images: images.iter().map(|s| s.to_string()).collect(),
            roles: roles.iter().map(|s| s.to_string()).collect(),
            created: created.parse().ok(),
            change_cause: None,
            template: serde_json::Value::Null,
        }
    }

    #[test]
    fn rows_align_and_fill_blanks() {
        let now: Timestamp = "2026-11-22T12:00:00Z".parse().unwrap();
        let text = render_history(
            &[
                HistoryEntry {
                    change_cause: Some("kubectl set image web app=nginx:1.27".into()),
                    ..entry(
                        3,
                        "web-7c9f",
                        &["nginx:1.27"],
                        &["canary"],
                        "2026-11-22T11:55:00Z",
                    )
                },
                entry(
                    2,
                    "web-6d4b88",
                    &["nginx:1.26", "envoy:1"],
                    &["stable"],
                    "2026-11-21T12:00:00Z",
                ),
                entry(1, "web-5f", &["nginx:1.25"], &[], "bad"),
            ],
            now,
        );
        let expected = "\
REVISION  REPLICASET  IMAGES              ROLES   AGE        CHANGE-CAUSE
3         web-7c9f    nginx:1.27          canary  5m         kubectl set image web app=nginx:1.27
2         web-6d4b88  nginx:1.26,envoy:1  stable  24h        <none>
1         web-5f      nginx:1.25          -       <unknown>  <none>
";
        assert_eq!(text, expected);
    }
}
