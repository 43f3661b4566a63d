//! The readable line diff shown by `history --diff` and `--dry-run`: two values as sorted
//! YAML, compared line by line, cut to hunks with context.

use serde_json::{Map, Value};

/// Unchanged lines shown around each change.
const CONTEXT: usize = 3;

/// `header`, then the hunks of `current` → `target` (three lines of context), one per line.
pub fn diff_text(header: &str, current: &Value, target: &Value) -> String {
    let mut text = header.to_string();
    for l in diff_hunks(&template_diff(current, target), CONTEXT) {
        text.push_str(&l);
        text.push('\n');
    }
    text
}

/// `v` as YAML with object keys sorted, so that two objects differing only in key order render
/// the same and the output does not depend on how the server ordered fields.
pub fn to_yaml_sorted(v: &Value) -> String {
    let sorted = sort_keys(v);
    match serde_yaml::to_string(&sorted) {
        Ok(s) => s,
        // serde_yaml cannot fail on a serde_json::Value; fall back to JSON rather than panic.
        Err(_) => serde_json::to_string_pretty(&sorted).unwrap_or_default(),
    }
}

fn sort_keys(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            let mut out = Map::new();
            for k in keys {
                if let Some(val) = m.get(k) {
                    out.insert(k.clone(), sort_keys(val));
                }
            }
            Value::Object(out)
        }
        Value::Array(a) => Value::Array(a.iter().map(sort_keys).collect()),
        other => other.clone(),
    }
}

/// A line diff of `current` → `target` rendered as YAML: every line of the result starts with
/// `-` (only in current), `+` (only in target) or ` ` (both), in document order. Lines that
/// are removed come before the lines that replace them.
pub fn template_diff(current: &Value, target: &Value) -> Vec<String> {
    let a_text = to_yaml_sorted(current);
    let b_text = to_yaml_sorted(target);
    let a: Vec<&str> = a_text.lines().collect();
    let b: Vec<&str> = b_text.lines().collect();
    line_diff(&a, &b)
}

/// Cells of the LCS table we allow (16 MB of u32), far above any pod template.
const MAX_TABLE: usize = 4_000_000;

/// Longest-common-subsequence line diff. Common prefix and suffix are trimmed first, so the
/// quadratic table only covers the changed middle (pod templates are a few hundred lines).
fn line_diff(a: &[&str], b: &[&str]) -> Vec<String> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let am = &a[prefix..a.len() - suffix];
    let bm = &b[prefix..b.len() - suffix];

    let mut out: Vec<String> = a[..prefix].iter().map(|l| format!(" {l}")).collect();
    let (n, m) = (am.len(), bm.len());
    if n.saturating_mul(m) > MAX_TABLE {
        // Too big to align line by line within bounded memory: show the middle as replaced.
        out.extend(am.iter().map(|l| format!("-{l}")));
        out.extend(bm.iter().map(|l| format!("+{l}")));
        out.extend(a[a.len() - suffix..].iter().map(|l| format!(" {l}")));
        return out;
    }
    // lcs[i][j] = length of the LCS of am[i..] and bm[j..].
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if am[i] == bm[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && am[i] == bm[j] {
            out.push(format!(" {}", am[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push(format!("-{}", am[i]));
            i += 1;
        } else {
            out.push(format!("+{}", bm[j]));
            j += 1;
        }
    }
    out.extend(a[a.len() - suffix..].iter().map(|l| format!(" {l}")));
    out
}

/// The changed lines of a [`template_diff`] with `context` unchanged lines around each change;
/// `...` marks skipped lines. No changes → empty.
pub fn diff_hunks(lines: &[String], context: usize) -> Vec<String> {
    let changed: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].starts_with(' '))
        .collect();
    if changed.is_empty() {
        return Vec::new();
    }
    let mut keep = vec![false; lines.len()];
    for &i in &changed {
        let lo = i.saturating_sub(context);
        let hi = i.saturating_add(context).min(lines.len() - 1);
        keep[lo..=hi].iter_mut().for_each(|k| *k = true);
    }
    let mut out = Vec::new();
    let mut skipping = false;
    for (line, kept) in lines.iter().zip(&keep) {
        if *kept {
            out.push(line.clone());
            skipping = false;
        } else if !skipping {
            out.push("...".to_string());
            skipping = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn yaml_is_sorted_by_key() {
        assert_eq!(
            to_yaml_sorted(&json!({"b": 1, "a": {"d": 2, "c": [3]}})),
            "a:\n  c:\n  - 3\n  d: 2\nb: 1\n"
        );
    }

    #[test]
    fn diff_of_an_image_change() {
        let current = json!({"spec": {"containers": [{"image": "a:1", "name": "app"}]}});
        let target = json!({"spec": {"containers": [{"image": "a:2", "name": "app"}]}});
        assert_eq!(
            template_diff(&current, &target),
            vec![
                " spec:",
                "   containers:",
                "-  - image: a:1",
                "+  - image: a:2",
                "     name: app"
            ]
        );
    }

    #[test]
    fn diff_of_identical_values_has_no_markers() {
        let v = json!({"a": 1, "b": 2});
        assert_eq!(template_diff(&v, &v), vec![" a: 1", " b: 2"]);
    }

    #[test]
    fn hunks_keep_context_around_changes() {
        let lines: Vec<String> = [" a", " b", " c", "-d", "+e", " f", " g", " h", " i", "+j"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            diff_hunks(&lines, 1),
            vec!["...", " c", "-d", "+e", " f", "...", " i", "+j"]
        );
        assert_eq!(diff_hunks(&[" a".to_string()], 3), Vec::<String>::new());
    }

    #[test]
    fn huge_diffs_degrade_to_replace_everything() {
        let a: Vec<String> = (0..2100).map(|i| format!("a{i}")).collect();
        let b: Vec<String> = (0..2100).map(|i| format!("b{i}")).collect();
        let a: Vec<&str> = a.iter().map(String::as_str).collect();
        let b: Vec<&str> = b.iter().map(String::as_str).collect();
        let out = line_diff(&a, &b);
        assert_eq!(out.len(), 4200);
        assert_eq!((out[0].as_str(), out[2100].as_str()), ("-a0", "+b0"));
    }

    #[test]
    fn line_diff_insertions_and_deletions() {
        assert_eq!(
            line_diff(&["a", "b", "c"], &["a", "x", "c", "d"]),
            vec![" a", "-b", "+x", " c", "+d"]
        );
        assert_eq!(line_diff(&[], &["a"]), vec!["+a"]);
        assert_eq!(line_diff(&["a"], &[]), vec!["-a"]);
        assert_eq!(line_diff(&["x", "a", "y"], &["a"]), vec!["-x", " a", "-y"]);
    }
}
