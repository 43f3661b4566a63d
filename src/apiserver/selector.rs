//! Label and field selectors as kube-apiserver parses them (`labelSelector`, `fieldSelector`).

use serde_json::Value;

/// One parsed label requirement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Requirement {
    Exists(String),
    NotExists(String),
    Equals(String, String),
    NotEquals(String, String),
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
    GreaterThan(String, i64),
    LessThan(String, i64),
}

/// A conjunction of requirements; the empty selector matches everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LabelSelector(pub Vec<Requirement>);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Ident(String),
    Eq,
    DoubleEq,
    NotEq,
    Bang,
    Gt,
    Lt,
    Open,
    Close,
    Comma,
    In,
    NotIn,
}

fn describe(t: &Token) -> String {
    match t {
        Token::Ident(s) => s.clone(),
        Token::Eq => "=".into(),
        Token::DoubleEq => "==".into(),
        Token::NotEq => "!=".into(),
        Token::Bang => "!".into(),
        Token::Gt => ">".into(),
        Token::Lt => "<".into(),
        Token::Open => "(".into(),
        Token::Close => ")".into(),
        Token::Comma => ",".into(),
        Token::In => "in".into(),
        Token::NotIn => "notin".into(),
    }
}

fn lex(input: &str) -> Result<Vec<Token>, String> {
    let chars: Vec<char> = input.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let punct = match (c, next) {
            ('=', Some('=')) => Some((Token::DoubleEq, 2)),
            ('!', Some('=')) => Some((Token::NotEq, 2)),
            ('=', _) => Some((Token::Eq, 1)),
            ('!', _) => Some((Token::Bang, 1)),
            ('>', _) => Some((Token::Gt, 1)),
            ('<', _) => Some((Token::Lt, 1)),
            ('(', _) => Some((Token::Open, 1)),
            (')', _) => Some((Token::Close, 1)),
            (',', _) => Some((Token::Comma, 1)),
            _ => None,
        };
        match punct {
            Some((token, width)) => {
                out.push(token);
                i += width;
            }
            None => {
                let start = i;
                while i < chars.len() && !chars[i].is_whitespace() && !"=!<>(),".contains(chars[i])
                {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                out.push(match word.as_str() {
                    "in" => Token::In,
                    "notin" => Token::NotIn,
                    _ => Token::Ident(word),
                });
            }
        }
    }
    Ok(out)
}

fn valid_name_part(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        && s.starts_with(|c: char| c.is_ascii_alphanumeric())
        && s.ends_with(|c: char| c.is_ascii_alphanumeric())
}

fn validate_key(key: &str) -> Result<(), String> {
    let (prefix, name) = match key.split_once('/') {
        Some((p, n)) => (Some(p), n),
        None => (None, key),
    };
    let prefix_ok = prefix.is_none_or(|p| {
        !p.is_empty()
            && p.len() <= 253
            && p.split('.').all(|l| {
                !l.is_empty()
                    && l.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
    });
    if prefix_ok && valid_name_part(name) {
        Ok(())
    } else {
        Err(format!(
            "invalid label key \"{key}\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
        ))
    }
}

fn validate_value(value: &str) -> Result<(), String> {
    if value.is_empty() || valid_name_part(value) {
        Ok(())
    } else {
        Err(format!(
            "invalid label value: \"{value}\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character"
        ))
    }
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn next(&mut self) -> Option<Token> {
        let t = self.tokens.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    /// An identifier: a key or a value. As in apimachinery's parser (which consumes keys and
    /// values in its `Values` context), the words `in` and `notin` are identifiers here, so
    /// `tier=in` and `in in (a)` are valid; they are keywords only where an operator goes.
    fn ident(&mut self, what: &str) -> Result<String, String> {
        match self.next() {
            Some(Token::Ident(s)) => Ok(s),
            Some(Token::In) => Ok("in".into()),
            Some(Token::NotIn) => Ok("notin".into()),
            Some(t) => Err(format!("found '{}', expected: {what}", describe(&t))),
            None => Err(format!("found '', expected: {what}")),
        }
    }

    fn value_set(&mut self) -> Result<Vec<String>, String> {
        match self.next() {
            Some(Token::Open) => {}
            Some(t) => return Err(format!("found '{}', expected: '('", describe(&t))),
            None => return Err("found '', expected: '('".into()),
        }
        let mut values = Vec::new();
        loop {
            let token = match self.next() {
                Some(Token::In) => Some(Token::Ident("in".into())),
                Some(Token::NotIn) => Some(Token::Ident("notin".into())),
                other => other,
            };
            match token {
                Some(Token::Ident(v)) => {
                    validate_value(&v)?;
                    values.push(v);
                    match self.next() {
                        Some(Token::Comma) => continue,
                        Some(Token::Close) => break,
                        Some(t) => {
                            return Err(format!("found '{}', expected: ',' or ')'", describe(&t)));
                        }
                        None => return Err("found '', expected: ')'".into()),
                    }
                }
                // An empty value inside the set, e.g. `k in (a,)` or `k in ()`.
                Some(Token::Comma) => values.push(String::new()),
                Some(Token::Close) => {
                    values.push(String::new());
                    break;
                }
                Some(t) => {
                    return Err(format!(
                        "found '{}', expected: ',', ')' or identifier",
                        describe(&t)
                    ));
                }
                None => return Err("found '', expected: ')'".into()),
            }
        }
        values.sort();
        values.dedup();
        Ok(values)
    }

    fn requirement(&mut self) -> Result<Requirement, String> {
        if self.peek() == Some(&Token::Bang) {
            self.pos += 1;
            let key = self.ident("identifier after '!'")?;
            validate_key(&key)?;
            return Ok(Requirement::NotExists(key));
        }
        let key = self.ident("identifier")?;
        validate_key(&key)?;
        let op = match self.peek() {
            None | Some(Token::Comma) => return Ok(Requirement::Exists(key)),
            Some(_) => self.next(),
        };
        let single = |p: &mut Parser| -> Result<String, String> {
            match p.peek() {
                // `key=` selects an empty value.
                None | Some(Token::Comma) => Ok(String::new()),
                _ => {
                    let v = p.ident("identifier")?;
                    validate_value(&v)?;
                    Ok(v)
                }
            }
        };
        let number = |p: &mut Parser| -> Result<i64, String> {
            let v = p.ident("identifier")?;
            v.parse::<i64>()
                .map_err(|_| format!("for 'Gt', 'Lt' operators, the value must be an integer: {v}"))
        };
        match op {
            Some(Token::Eq) | Some(Token::DoubleEq) => Ok(Requirement::Equals(key, single(self)?)),
            Some(Token::NotEq) => Ok(Requirement::NotEquals(key, single(self)?)),
            Some(Token::In) => Ok(Requirement::In(key, self.value_set()?)),
            Some(Token::NotIn) => Ok(Requirement::NotIn(key, self.value_set()?)),
            Some(Token::Gt) => Ok(Requirement::GreaterThan(key, number(self)?)),
            Some(Token::Lt) => Ok(Requirement::LessThan(key, number(self)?)),
            Some(t) => Err(format!(
                "found '{}', expected: in, notin, =, ==, !=, gt, lt",
                describe(&t)
            )),
            None => Err("found '', expected: in, notin, =, ==, !=, gt, lt".into()),
        }
    }
}

impl LabelSelector {
    /// Parses the `labelSelector` grammar; the error text mimics the server's.
    pub fn parse(input: &str) -> Result<Self, String> {
        let tokens = lex(input)?;
        let mut p = Parser { tokens, pos: 0 };
        let mut reqs = Vec::new();
        if p.peek().is_none() {
            return Ok(Self(reqs));
        }
        loop {
            let r = p
                .requirement()
                .map_err(|e| format!("unable to parse requirement: {e}"))?;
            reqs.push(r);
            match p.next() {
                None => break,
                Some(Token::Comma) => {}
                Some(t) => {
                    return Err(format!(
                        "unable to parse requirement: found '{}', expected: ',' or 'end of string'",
                        describe(&t)
                    ));
                }
            }
        }
        Ok(Self(reqs))
    }

    pub fn matches(&self, labels: &serde_json::Map<String, Value>) -> bool {
        let get = |k: &str| labels.get(k).and_then(Value::as_str);
        self.0.iter().all(|r| match r {
            Requirement::Exists(k) => labels.contains_key(k),
            Requirement::NotExists(k) => !labels.contains_key(k),
            Requirement::Equals(k, v) => get(k) == Some(v.as_str()),
            Requirement::NotEquals(k, v) => get(k) != Some(v.as_str()),
            Requirement::In(k, vs) => get(k).is_some_and(|x| vs.iter().any(|v| v == x)),
            Requirement::NotIn(k, vs) => get(k).is_none_or(|x| !vs.iter().any(|v| v == x)),
            Requirement::GreaterThan(k, n) => get(k)
                .and_then(|x| x.parse::<i64>().ok())
                .is_some_and(|x| x > *n),
            Requirement::LessThan(k, n) => get(k)
                .and_then(|x| x.parse::<i64>().ok())
                .is_some_and(|x| x < *n),
        })
    }

    pub fn matches_object(&self, obj: &Value) -> bool {
        let empty = serde_json::Map::new();
        let labels = obj
            .pointer("/metadata/labels")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        self.matches(labels)
    }
}

/// `fieldSelector`: only equality on the fields the real server indexes for our kinds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldSelector(pub Vec<(String, bool, String)>);

impl FieldSelector {
    /// `extra_fields` are the kind-specific fields beyond `metadata.name`/`metadata.namespace`
    /// (pods also allow `status.phase` and `spec.nodeName`).
    pub fn parse(input: &str, extra_fields: &[&str]) -> Result<Self, String> {
        let mut out = Vec::new();
        for term in input.split(',').map(str::trim).filter(|t| !t.is_empty()) {
            let (field, equal, value) = if let Some((f, v)) = term.split_once("!=") {
                (f, false, v)
            } else if let Some((f, v)) = term.split_once("==") {
                (f, true, v)
            } else if let Some((f, v)) = term.split_once('=') {
                (f, true, v)
            } else {
                return Err(format!(
                    "invalid selector: '{input}'; can't understand '{term}'"
                ));
            };
            let field = field.trim();
            if field != "metadata.name"
                && field != "metadata.namespace"
                && !extra_fields.contains(&field)
            {
                return Err(format!("field label not supported: {field}"));
            }
            out.push((field.to_string(), equal, value.trim().to_string()));
        }
        Ok(Self(out))
    }

    pub fn matches_object(&self, obj: &Value) -> bool {
        self.0.iter().all(|(field, equal, want)| {
            let pointer = format!("/{}", field.replace('.', "/"));
            let have = obj.pointer(&pointer).and_then(Value::as_str).unwrap_or("");
            (have == want) == *equal
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn labels(v: Value) -> serde_json::Map<String, Value> {
        v.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn parses_every_operator() {
        let s = LabelSelector::parse(
            "app=web, tier in (b,a), env notin (prod), !canary, track, x==1, y!=2",
        )
        .unwrap();
        assert_eq!(
            s.0,
            vec![
                Requirement::Equals("app".into(), "web".into()),
                Requirement::In("tier".into(), vec!["a".into(), "b".into()]),
                Requirement::NotIn("env".into(), vec!["prod".into()]),
                Requirement::NotExists("canary".into()),
                Requirement::Exists("track".into()),
                Requirement::Equals("x".into(), "1".into()),
                Requirement::NotEquals("y".into(), "2".into()),
            ]
        );
    }

    #[test]
    fn prefixed_keys_and_empty_values_are_accepted() {
        let s = LabelSelector::parse("rollouts-pod-template-hash=abc123,app.kubernetes.io/name=")
            .unwrap();
        assert_eq!(
            s.0,
            vec![
                Requirement::Equals("rollouts-pod-template-hash".into(), "abc123".into()),
                Requirement::Equals("app.kubernetes.io/name".into(), "".into()),
            ]
        );
    }

    /// Found by the selector property test: kube-apiserver takes `in`/`notin` as keys and
    /// values; only the operator position makes them keywords.
    #[test]
    fn in_and_notin_are_ordinary_keys_and_values() {
        let sel = LabelSelector::parse("a=in,b in (notin,in),in!=x,notin").expect("valid");
        assert!(sel.matches(&labels(json!({"a": "in", "b": "notin", "notin": ""}))));
        assert!(!sel.matches(&labels(json!({"a": "in", "b": "x", "notin": ""}))));
        assert!(!sel.matches(&labels(
            json!({"a": "in", "b": "in", "in": "x", "notin": ""})
        )));
        assert!(LabelSelector::parse("a in in").is_err());
    }

    #[test]
    fn empty_selector_matches_all() {
        let s = LabelSelector::parse("  ").unwrap();
        assert!(s.matches(&labels(json!({}))));
    }

    #[test]
    fn matching_follows_kubernetes_semantics() {
        let l = labels(json!({"app": "web", "tier": "a"}));
        let m = |sel: &str| LabelSelector::parse(sel).unwrap().matches(&l);
        assert!(m("app=web"));
        assert!(!m("app=api"));
        assert!(m("app!=api"));
        // `!=` and `notin` match objects that lack the key entirely.
        assert!(m("missing!=x"));
        assert!(m("missing notin (x)"));
        assert!(!m("missing in (x)"));
        assert!(m("tier in (a,b)"));
        assert!(!m("tier notin (a,b)"));
        assert!(m("!canary"));
        assert!(!m("!app"));
        assert!(m("app"));
        assert!(!m("app=web,tier=b"));
    }

    #[test]
    fn malformed_selectors_are_rejected() {
        for bad in [
            "app=web=x",
            "tier in a,b",
            "tier in (a",
            "=x",
            "!",
            "a b",
            "-bad=x",
            "k>x",
        ] {
            let err = LabelSelector::parse(bad).expect_err(bad);
            assert!(
                err.starts_with("unable to parse requirement"),
                "{bad}: {err}"
            );
        }
    }

    #[test]
    fn field_selector_on_name_and_namespace() {
        let obj =
            json!({"metadata": {"name": "a", "namespace": "ns1"}, "status": {"phase": "Running"}});
        assert!(
            FieldSelector::parse("metadata.name=a", &[])
                .unwrap()
                .matches_object(&obj)
        );
        assert!(
            !FieldSelector::parse("metadata.name=b", &[])
                .unwrap()
                .matches_object(&obj)
        );
        assert!(
            FieldSelector::parse("metadata.name!=b,metadata.namespace==ns1", &[])
                .unwrap()
                .matches_object(&obj)
        );
        assert!(
            FieldSelector::parse("status.phase=Running", &["status.phase"])
                .unwrap()
                .matches_object(&obj)
        );
        assert!(FieldSelector::parse("spec.replicas=1", &[]).is_err());
        assert!(FieldSelector::parse("metadata.name", &[]).is_err());
    }
}
