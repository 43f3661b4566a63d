//! Where each field is: a map from field path to line, found by a light scan of the text.
//!
//! serde_yaml 0.9 gives positions only for syntax errors, not for values. A YAML crate with
//! spans would be a second YAML parser in the tree for one feature; Kubernetes manifests are
//! block-style YAML (or JSON), whose structure shows in indentation and `- ` markers, so a
//! scan of keys and list items finds the line of every field. Limits, on purpose: inside a
//! flow collection (`{a: 1}` or `[1, 2]` in YAML) and inside block scalars nothing is
//! indexed, and a path that is not indexed takes the line of its nearest indexed parent.

use std::collections::HashMap;

use super::{Path, Seg};

/// Field path (as printed) to 1-based line.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    lines: HashMap<String, usize>,
    json: bool,
}

impl LineIndex {
    /// Whether this indexes a JSON text (a top-level JSON array is a list of objects).
    pub fn is_json(&self) -> bool {
        self.json
    }

    /// The line of `path`, else of its nearest parent that has one.
    pub fn line_of(&self, path: &Path) -> Option<usize> {
        let mut p = path.clone();
        loop {
            if let Some(l) = self.lines.get(&p.to_string()) {
                return Some(*l);
            }
            p.0.pop()?;
        }
    }

    /// The index of the object at `base` (an item of a `List`), with paths relative to it.
    pub fn under(&self, base: &Path) -> LineIndex {
        let prefix = base.to_string();
        let mut lines = HashMap::new();
        for (k, v) in &self.lines {
            let rest = match k.strip_prefix(&prefix) {
                Some("") => "",
                Some(r) => match r.strip_prefix('.') {
                    Some(r) => r,
                    None => continue,
                },
                None => continue,
            };
            lines.insert(rest.to_string(), *v);
        }
        LineIndex {
            lines,
            json: self.json,
        }
    }

    fn record(&mut self, frames: &[(usize, Seg)], line: usize) {
        let path = Path(frames.iter().map(|(_, s)| s.clone()).collect());
        self.lines.entry(path.to_string()).or_insert(line);
    }

    /// Indexes one YAML document whose first line is line `first_line` of its file.
    pub fn yaml(text: &str, first_line: usize) -> LineIndex {
        let mut index = LineIndex::default();
        // (column, segment): the open keys and list items above the current line.
        let mut frames: Vec<(usize, Seg)> = Vec::new();
        // Lines indented deeper than this belong to a block scalar or a flow collection.
        let mut skip_deeper_than: Option<usize> = None;
        let mut open_brackets: i32 = 0;
        for (n, raw) in text.lines().enumerate() {
            let line_no = first_line + n;
            let content = raw.trim_start_matches(' ');
            let mut col = raw.len() - content.len();
            if content.trim().is_empty() || content.starts_with('#') {
                continue;
            }
            index.lines.entry(String::new()).or_insert(line_no);
            if open_brackets > 0 {
                open_brackets += bracket_balance(content);
                continue;
            }
            if let Some(limit) = skip_deeper_than {
                if col > limit {
                    continue;
                }
                skip_deeper_than = None;
            }
            let mut rest = content;
            loop {
                if rest == "-" || rest.starts_with("- ") {
                    while frames.last().is_some_and(|(c, _)| *c > col) {
                        frames.pop();
                    }
                    let next = match frames.last() {
                        Some((c, Seg::Index(i))) if *c == col => {
                            let i = *i + 1;
                            frames.pop();
                            i
                        }
                        _ => 0,
                    };
                    frames.push((col, Seg::Index(next)));
                    index.record(&frames, line_no);
                    let after = rest[1..].trim_start_matches(' ');
                    if after.starts_with('|') || after.starts_with('>') {
                        skip_deeper_than = Some(col);
                        break;
                    }
                    col += rest.len() - after.len();
                    rest = after;
                    if rest.is_empty() {
                        break;
                    }
                    continue;
                }
                let Some((key, value)) = split_key(rest) else {
                    break;
                };
                while frames.last().is_some_and(|(c, _)| *c >= col) {
                    frames.pop();
                }
                frames.push((col, Seg::Key(key)));
                index.record(&frames, line_no);
                let value = value.trim();
                if value.starts_with('|') || value.starts_with('>') {
                    skip_deeper_than = Some(col);
                } else if value.starts_with('[') || value.starts_with('{') {
                    open_brackets = bracket_balance(value).max(0);
                }
                break;
            }
        }
        index
    }

    /// Indexes a JSON text (one object, a `List`, or an array).
    pub fn json(text: &str) -> LineIndex {
        let mut index = LineIndex {
            json: true,
            ..LineIndex::default()
        };
        let mut scan = JsonScan {
            bytes: text.as_bytes(),
            pos: 0,
            line: 1,
        };
        let mut path = Vec::new();
        scan.skip_ws();
        index.lines.insert(String::new(), scan.line);
        scan.value(&mut path, &mut index);
        index
    }
}

/// Splits a YAML stream at `---` lines: (first line number, text) of each document.
pub fn split_yaml_documents(text: &str) -> Vec<(usize, &str)> {
    let mut docs = Vec::new();
    let mut start_byte = 0;
    let mut start_line = 1;
    let mut offset = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let bare = line.trim_end();
        if bare == "---" || bare.starts_with("--- ") || bare == "..." {
            docs.push((start_line, &text[start_byte..offset]));
            start_byte = offset + line.len();
            start_line = n + 2;
        }
        offset += line.len();
    }
    docs.push((start_line, &text[start_byte..]));
    docs
}

/// `key: value` or `key:` at the start of `s` (plain or quoted key), else `None`.
fn split_key(s: &str) -> Option<(String, &str)> {
    let (key, rest) = if let Some(q) = s.chars().next().filter(|c| *c == '"' || *c == '\'') {
        let end = s[1..].find(q)? + 1;
        (s[1..end].to_string(), &s[end + 1..])
    } else {
        let mut end = None;
        for (i, c) in s.char_indices() {
            if c == ':' && s[i + 1..].chars().next().is_none_or(|n| n == ' ') {
                end = Some(i);
                break;
            }
            if c == '#' && i > 0 && s.as_bytes()[i - 1] == b' ' {
                return None;
            }
        }
        let end = end?;
        (s[..end].trim_end().to_string(), &s[end..])
    };
    let value = rest.strip_prefix(':')?;
    if !value.is_empty() && !value.starts_with(' ') {
        return None;
    }
    if key.is_empty() || key.starts_with(['{', '[']) {
        return None;
    }
    Some((key, value))
}

/// Opening minus closing brackets on a line, outside quotes.
fn bracket_balance(s: &str) -> i32 {
    let mut depth = 0;
    let mut quote = None;
    for c in s.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[' | '{') => depth += 1,
            (None, ']' | '}') => depth -= 1,
            (None, '#') => break,
            _ => {}
        }
    }
    depth
}

/// A JSON walker that records where each member and element starts. The text already
/// parsed (serde_json checked it), so malformed input only needs to end the walk.
struct JsonScan<'a> {
    bytes: &'a [u8],
    pos: usize,
    line: usize,
}

impl JsonScan<'_> {
    fn skip_ws(&mut self) {
        while let Some(&b) = self.bytes.get(self.pos) {
            match b {
                b'\n' => self.line += 1,
                b' ' | b'\t' | b'\r' => {}
                _ => return,
            }
            self.pos += 1;
        }
    }

    fn string(&mut self) -> String {
        let start = self.pos + 1;
        self.pos += 1;
        while let Some(&b) = self.bytes.get(self.pos) {
            match b {
                b'\\' => self.pos += 1,
                b'"' => break,
                _ => {}
            }
            self.pos += 1;
        }
        let raw = &self.bytes[start..self.pos.min(self.bytes.len())];
        self.pos += 1;
        let quoted = format!("\"{}\"", String::from_utf8_lossy(raw));
        serde_json::from_str(&quoted).unwrap_or_default()
    }

    fn value(&mut self, path: &mut Vec<(usize, Seg)>, index: &mut LineIndex) {
        self.skip_ws();
        match self.bytes.get(self.pos) {
            Some(b'{') => {
                self.pos += 1;
                loop {
                    self.skip_ws();
                    match self.bytes.get(self.pos) {
                        Some(b'"') => {
                            let line = self.line;
                            let key = self.string();
                            path.push((0, Seg::Key(key)));
                            index.record(path, line);
                            self.skip_ws();
                            if self.bytes.get(self.pos) == Some(&b':') {
                                self.pos += 1;
                            }
                            self.value(path, index);
                            path.pop();
                        }
                        Some(b',') => self.pos += 1,
                        Some(b'}') => {
                            self.pos += 1;
                            return;
                        }
                        _ => return,
                    }
                }
            }
            Some(b'[') => {
                self.pos += 1;
                let mut i = 0;
                loop {
                    self.skip_ws();
                    match self.bytes.get(self.pos) {
                        Some(b']') => {
                            self.pos += 1;
                            return;
                        }
                        Some(b',') => self.pos += 1,
                        Some(_) => {
                            path.push((0, Seg::Index(i)));
                            index.record(path, self.line);
                            self.value(path, index);
                            path.pop();
                            i += 1;
                        }
                        None => return,
                    }
                }
            }
            Some(b'"') => {
                self.string();
            }
            Some(_) => {
                while let Some(&b) = self.bytes.get(self.pos) {
                    if matches!(b, b',' | b'}' | b']') || b.is_ascii_whitespace() {
                        break;
                    }
                    self.pos += 1;
                }
            }
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROLLOUT: &str = "\
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: web   # the shop
  labels: {app: web}
spec:
  template:
    spec:
      containers:
      - name: app
        image: nginx
        args:
        - |
          multi
          line: not a key
      - name: sidecar
  strategy:
    canary:
      steps:
        - setWeight: 20
        - pause: {duration: 10s}
        -   setWeight: 40
";

    fn line(index: &LineIndex, path: &str) -> Option<usize> {
        index.lines.get(path).copied()
    }

    #[test]
    fn yaml_keys_and_list_items_get_their_lines() {
        let idx = LineIndex::yaml(ROLLOUT, 1);
        assert_eq!(line(&idx, "metadata.name"), Some(4));
        assert_eq!(line(&idx, "metadata.labels"), Some(5));
        assert_eq!(
            line(&idx, "spec.template.spec.containers[0].name"),
            Some(10)
        );
        assert_eq!(
            line(&idx, "spec.template.spec.containers[0].image"),
            Some(11)
        );
        assert_eq!(
            line(&idx, "spec.template.spec.containers[1].name"),
            Some(16)
        );
        assert_eq!(
            line(&idx, "spec.strategy.canary.steps[0].setWeight"),
            Some(20)
        );
        assert_eq!(line(&idx, "spec.strategy.canary.steps[1].pause"), Some(21));
        assert_eq!(
            line(&idx, "spec.strategy.canary.steps[2].setWeight"),
            Some(22)
        );
        assert_eq!(line(&idx, "spec.strategy"), Some(17));
    }

    #[test]
    fn block_scalars_and_flow_collections_are_not_read_as_keys() {
        let idx = LineIndex::yaml(ROLLOUT, 1);
        assert!(!idx.lines.keys().any(|k| k.contains("line")), "{idx:?}");
        assert_eq!(line(&idx, "metadata.labels.app"), None);
    }

    #[test]
    fn a_missing_field_takes_the_line_of_its_parent() {
        let idx = LineIndex::yaml(ROLLOUT, 1);
        let p = Path::of("spec.strategy.canary.steps")
            .idx(1)
            .key("pause.duration");
        assert_eq!(idx.line_of(&p), Some(21));
    }

    #[test]
    fn documents_are_split_at_separator_lines_with_their_first_line() {
        let text = "a: 1\n---\nb: 2\nc: 3\n--- \n...\nd: 4\n";
        let docs = split_yaml_documents(text);
        let firsts: Vec<usize> = docs.iter().map(|d| d.0).collect();
        assert_eq!(firsts, [1, 3, 6, 7]);
        let idx = LineIndex::yaml(docs[1].1, docs[1].0);
        assert_eq!(line(&idx, "c"), Some(4));
    }

    #[test]
    fn json_members_and_elements_get_their_lines() {
        let text = "{\n  \"kind\": \"Rollout\",\n  \"spec\": {\n    \"steps\": [\n      {\"setWeight\": 5},\n      {\"pause\": {}}\n    ]\n  }\n}\n";
        let idx = LineIndex::json(text);
        assert_eq!(line(&idx, "kind"), Some(2));
        assert_eq!(line(&idx, "spec.steps[0].setWeight"), Some(5));
        assert_eq!(line(&idx, "spec.steps[1].pause"), Some(6));
    }

    #[test]
    fn a_list_item_index_is_relative_to_the_item() {
        let text = "{\"kind\": \"List\", \"items\": [\n {\"kind\": \"A\"},\n {\"kind\": \"B\",\n  \"spec\": {}}]}";
        let idx = LineIndex::json(text).under(&Path::of("items").idx(1));
        assert_eq!(line(&idx, "kind"), Some(3));
        assert_eq!(line(&idx, "spec"), Some(4));
    }
}
