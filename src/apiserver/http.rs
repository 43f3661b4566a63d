//! HTTP/1.1 serving, routing and the REST verbs, answering as kube-apiserver does.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use http_body_util::{BodyExt, Full, StreamBody, combinators::UnsyncBoxBody};
use hyper::body::{Bytes, Frame, Incoming};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use serde_json::{Value, json};

use super::discovery::{self, ResourceDef};
use super::selector::{FieldSelector, LabelSelector};
use super::store::{EventType, Key, meta_str};
use super::table;
use super::watch::{self, WatchRequest};
use super::{Interference, RequestInfo, RequestMeta, Shared, lock};
use crate::model::json_patch::{PatchError, json_patch, merge_patch};

mod verbs;

use verbs::{apply_patch, commit_update, create, list};

type Body = UnsyncBoxBody<Bytes, Infallible>;

pub(crate) async fn serve(listener: std::net::TcpListener, shared: Arc<Shared>) {
    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
        return;
    };
    let mut stop = shared.shutdown.clone();
    let mut conns = tokio::task::JoinSet::new();
    loop {
        tokio::select! {
            _ = super::stopped(&mut stop) => break,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let shared = shared.clone();
                conns.spawn(connection(stream, shared));
            }
        }
    }
    drop(listener);
    let drain = async { while conns.join_next().await.is_some() {} };
    let _ = tokio::time::timeout(Duration::from_secs(3), drain).await;
    conns.abort_all();
}

async fn connection(stream: tokio::net::TcpStream, shared: Arc<Shared>) {
    let mut stop = shared.shutdown.clone();
    let svc_shared = shared.clone();
    let svc = hyper::service::service_fn(move |req| {
        let shared = svc_shared.clone();
        async move { Ok::<_, Infallible>(handle(shared, req).await) }
    });
    let conn = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .serve_connection(TokioIo::new(stream), svc);
    tokio::pin!(conn);
    tokio::select! {
        _ = conn.as_mut() => {}
        _ = super::stopped(&mut stop) => {
            conn.as_mut().graceful_shutdown();
            let _ = tokio::time::timeout(Duration::from_secs(2), conn).await;
        }
    }
}

/// Decodes `a=b&c=d` with percent-decoding and `+` as space.
pub(crate) fn parse_query(q: &str) -> Vec<(String, String)> {
    fn decode(s: &str) -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' if i + 2 < bytes.len() => {
                    let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                    match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                        Some(b) => {
                            out.push(b);
                            i += 2;
                        }
                        None => out.push(b'%'),
                    }
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
    q.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

fn full(bytes: impl Into<Bytes>) -> Body {
    Full::new(bytes.into()).boxed_unsync()
}

/// A finished, non-streaming answer.
struct Answer {
    status: u16,
    content_type: &'static str,
    body: Vec<u8>,
    headers: Vec<(&'static str, String)>,
}

impl Answer {
    fn json(status: u16, v: &Value) -> Self {
        Self {
            status,
            content_type: "application/json",
            body: v.to_string().into_bytes(),
            headers: Vec::new(),
        }
    }

    fn ok(v: &Value) -> Self {
        Self::json(200, v)
    }

    /// Go's `http.NotFound`, what the real server sends for a path nothing serves.
    fn page_not_found() -> Self {
        Self {
            status: 404,
            content_type: "text/plain; charset=utf-8",
            body: b"404 page not found\n".to_vec(),
            headers: vec![("x-content-type-options", "nosniff".into())],
        }
    }
}

/// A `Status` object as kube-apiserver writes it (field order included).
pub(crate) fn status(code: u16, reason: &str, message: &str, details: Option<Value>) -> Value {
    let mut s = json!({
        "kind": "Status",
        "apiVersion": "v1",
        "metadata": {},
        "status": "Failure",
        "message": message,
        "reason": reason,
    });
    if let Some(d) = details {
        s["details"] = d;
    }
    s["code"] = json!(code);
    s
}

fn details(def: &ResourceDef, name: &str) -> Value {
    let mut d = json!({"name": name});
    if !def.group.is_empty() {
        d["group"] = json!(def.group);
    }
    d["kind"] = json!(def.plural);
    d
}

fn error(code: u16, reason: &str, message: &str, details: Option<Value>) -> Answer {
    Answer::json(code, &status(code, reason, message, details))
}

fn not_found(def: &ResourceDef, name: &str) -> Answer {
    let msg = format!("{} \"{name}\" not found", def.group_resource());
    error(404, "NotFound", &msg, Some(details(def, name)))
}

fn conflict(def: &ResourceDef, name: &str) -> Answer {
    let msg = format!(
        "Operation cannot be fulfilled on {} \"{name}\": the object has been modified; please apply your changes to the latest version and try again",
        def.group_resource()
    );
    error(409, "Conflict", &msg, Some(details(def, name)))
}

fn bad_request(msg: &str) -> Answer {
    error(400, "BadRequest", msg, None)
}

/// A request as the router needs it, read off the connection once.
struct Req {
    method: String,
    path: String,
    query: String,
    params: Vec<(String, String)>,
    headers: http::HeaderMap,
    body: Bytes,
    is_watch: bool,
}

impl Req {
    async fn read(req: Request<Incoming>) -> Req {
        let method = req.method().as_str().to_string();
        let path = req.uri().path().to_string();
        let query = req.uri().query().unwrap_or("").to_string();
        let headers = req.headers().clone();
        let body = match req.into_body().collect().await {
            Ok(b) => b.to_bytes(),
            Err(_) => Bytes::new(),
        };
        let params = parse_query(&query);
        let mut req = Req {
            method,
            path,
            query,
            params,
            headers,
            body,
            is_watch: false,
        };
        req.is_watch = matches!(req.param("watch").as_deref(), Some("true" | "1"));
        req
    }

    fn param(&self, name: &str) -> Option<String> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// What a test's fault asks of a watch that is still to be answered.
#[derive(Default)]
struct Forced {
    drop_after: Option<usize>,
    gone: bool,
    error: Option<Value>,
}

async fn handle(shared: Arc<Shared>, req: Request<Incoming>) -> Response<Body> {
    let req = Req::read(req).await;
    let seq = shared.test.record(RequestMeta {
        method: &req.method,
        path: &req.path,
        query: &req.query,
        headers: &req.headers,
        body: &req.body,
    });

    let required = lock(&shared.token).clone();
    if let Some(token) = required
        && req.header("authorization") != Some(&format!("Bearer {token}"))
    {
        return finish(
            &shared,
            seq,
            error(401, "Unauthorized", "Unauthorized", None),
        );
    }
    let forced = match interference(&shared, &req).await {
        Ok(f) => f,
        Err(a) => return finish(&shared, seq, a),
    };

    let segments: Vec<&str> = req
        .path
        .trim_matches('/')
        .split('/')
        .filter(|s| !s.is_empty())
        .collect();
    let defs = shared.lock_store().defs().to_vec();
    let answer = match segments.as_slice() {
        ["version"] => Answer::ok(&discovery::version()),
        ["api"] => Answer::ok(&discovery::core_versions(&shared.addr.to_string())),
        ["apis"] => Answer::ok(&discovery::group_list(&defs)),
        ["api", "v1"] => discovery::resource_list(&defs, "", "v1")
            .map_or_else(Answer::page_not_found, |v| Answer::ok(&v)),
        ["apis", g] => {
            discovery::group(&defs, g).map_or_else(Answer::page_not_found, |v| Answer::ok(&v))
        }
        ["apis", g, v] => discovery::resource_list(&defs, g, v)
            .map_or_else(Answer::page_not_found, |v| Answer::ok(&v)),
        ["api", "v1", rest @ ..] | ["apis", _, _, rest @ ..] => {
            let (group, version) = match segments.as_slice() {
                ["apis", g, v, ..] => (*g, *v),
                _ => ("", "v1"),
            };
            let Some(target) = resolve(&defs, group, version, rest) else {
                return finish(&shared, seq, Answer::page_not_found());
            };
            match on_resource(&shared, &req, seq, forced, &target) {
                Reply::Answer(answer) => answer,
                Reply::Watching(response) => return response,
            }
        }
        _ => Answer::page_not_found(),
    };
    finish(&shared, seq, answer)
}

/// The test's fault for this request, if any: an answer instead of ours (`Err`), a wait, or
/// what to force on a watch.
async fn interference(shared: &Shared, req: &Req) -> Result<Forced, Answer> {
    let mut forced = Forced::default();
    match shared.test.take_fault(&req.method, &req.path, req.is_watch) {
        Some(Interference::Fail {
            status,
            body,
            retry_after,
        }) => {
            let mut a = Answer::json(status, &body);
            if let Some(s) = retry_after {
                a.headers.push(("retry-after", s.to_string()));
            }
            return Err(a);
        }
        Some(Interference::Delay(duration)) => tokio::time::sleep(duration).await,
        Some(Interference::Hang) => {
            let mut stop = shared.shutdown.clone();
            super::stopped(&mut stop).await;
            return Err(error(
                503,
                "ServiceUnavailable",
                "the server is currently unable to handle the request",
                None,
            ));
        }
        Some(Interference::DropWatchAfter(events)) => forced.drop_after = Some(events),
        Some(Interference::Gone) => forced.gone = true,
        Some(Interference::WatchError(status)) => forced.error = Some(status),
        None => {}
    }
    Ok(forced)
}

/// What a resource request gets: an answer still to be recorded and sent, or a watch's
/// response, already streaming.
enum Reply {
    Answer(Answer),
    Watching(Response<Body>),
}

/// A request for a resource (a verb, or a watch).
fn on_resource(
    shared: &Arc<Shared>,
    req: &Req,
    seq: u64,
    forced: Forced,
    target: &Target,
) -> Reply {
    let param = |name: &str| req.param(name);
    let method = req.method.as_str();
    if shared.test.is_forbidden(method, &req.path) {
        // kube-apiserver authorizes an impersonated request as the impersonated user.
        let user = req.header("impersonate-user").unwrap_or(&shared.user);
        return Reply::Answer(forbidden(user, target, method, req.is_watch));
    }
    if method == "GET" && target.name.is_none() && req.is_watch {
        let mut watch_req = match watch_request(
            target,
            &param,
            forced.drop_after,
            (forced.gone, forced.error),
            seq,
        ) {
            Ok(w) => w,
            Err(a) => return Reply::Answer(a),
        };
        watch_req.table = table::requested_version(req.header("accept"))
            .map(|v| (v, table::Include::parse(param("includeObject").as_deref())));
        return Reply::Watching(start_watch(shared.clone(), watch_req));
    }
    let info = RequestInfo {
        method: req.method.clone(),
        path: req.path.clone(),
        query: req.query.clone(),
        api_version: target.def.api_version(),
        plural: target.def.plural.to_string(),
        namespace: target.namespace.clone(),
        name: target.name.clone(),
        subresource: target.subresource.clone(),
        body: String::from_utf8_lossy(&req.body).into_owned(),
    };
    let answer = resource(
        shared,
        target,
        &info,
        &req.body,
        req.header("content-type"),
        &param,
    );
    Reply::Answer(match table::requested_version(req.header("accept")) {
        Some(version) if method == "GET" => as_table(answer, version, target, &param),
        _ => answer,
    })
}

/// A successful GET answered as the Table the client asked for (errors stay Status objects).
fn as_table(
    answer: Answer,
    version: &str,
    t: &Target,
    param: &dyn Fn(&str) -> Option<String>,
) -> Answer {
    if answer.status != 200 {
        return answer;
    }
    let Ok(v) = serde_json::from_slice::<Value>(&answer.body) else {
        return answer;
    };
    let include = table::Include::parse(param("includeObject").as_deref());
    let out = match v.get("items").and_then(Value::as_array) {
        Some(items) => {
            let refs: Vec<&Value> = items.iter().collect();
            let meta = v.get("metadata").cloned().unwrap_or(json!({}));
            table::table(version, &t.def, &refs, meta, include, true)
        }
        None => {
            let meta = json!({"resourceVersion": meta_str(&v, "resourceVersion")});
            table::table(version, &t.def, &[&v], meta, include, true)
        }
    };
    Answer::ok(&out)
}

fn finish(shared: &Shared, seq: u64, a: Answer) -> Response<Body> {
    shared.test.finish_record(seq, a.status, a.body.len());
    let mut builder = Response::builder()
        .status(StatusCode::from_u16(a.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
        .header("content-type", a.content_type)
        .header("cache-control", "no-cache, private");
    for (k, v) in a.headers {
        builder = builder.header(k, v);
    }
    builder
        .body(full(a.body))
        .unwrap_or_else(|_| Response::new(full("")))
}

/// What a resource path designates.
struct Target {
    def: ResourceDef,
    namespace: Option<String>,
    name: Option<String>,
    subresource: Option<String>,
}

fn resolve(defs: &[ResourceDef], group: &str, version: &str, rest: &[&str]) -> Option<Target> {
    let (ns, plural, name, sub) = match rest {
        [p] => (None, *p, None, None),
        ["namespaces", ns, p] => (Some(*ns), *p, None, None),
        ["namespaces", ns, p, n] => (Some(*ns), *p, Some(*n), None),
        ["namespaces", ns, p, n, s] => (Some(*ns), *p, Some(*n), Some(*s)),
        [p, n] => (None, *p, Some(*n), None),
        [p, n, s] => (None, *p, Some(*n), Some(*s)),
        _ => return None,
    };
    let def = defs
        .iter()
        .find(|d| d.group == group && d.version == version && d.plural == plural)?;
    // A namespaced type addressed by name needs its namespace; a cluster-scoped one has none.
    if (def.namespaced && ns.is_none() && name.is_some()) || (!def.namespaced && ns.is_some()) {
        return None;
    }
    if sub.is_some_and(|s| s != "status" || !def.has_status) {
        return None;
    }
    Some(Target {
        def: def.clone(),
        namespace: ns.map(str::to_string),
        name: name.map(str::to_string),
        subresource: sub.map(str::to_string),
    })
}

fn forbidden(user: &str, t: &Target, method: &str, is_watch: bool) -> Answer {
    let verb = match (method, t.name.is_some()) {
        ("GET", false) if is_watch => "watch",
        ("GET", false) => "list",
        ("GET", true) => "get",
        ("POST", _) => "create",
        ("PUT", _) => "update",
        ("PATCH", _) => "patch",
        ("DELETE", true) => "delete",
        ("DELETE", false) => "deletecollection",
        _ => "get",
    };
    let resource = match &t.subresource {
        Some(s) => format!("{}/{s}", t.def.plural),
        None => t.def.plural.to_string(),
    };
    let subject = match &t.name {
        Some(n) => format!("{} \"{n}\"", t.def.group_resource()),
        None => t.def.group_resource(),
    };
    let scope = match &t.namespace {
        Some(ns) => format!("in the namespace \"{ns}\""),
        None => "at the cluster scope".to_string(),
    };
    let msg = format!(
        "{subject} is forbidden: User \"{user}\" cannot {verb} resource \"{resource}\" in API group \"{}\" {scope}",
        t.def.group
    );
    error(
        403,
        "Forbidden",
        &msg,
        Some(details(&t.def, t.name.as_deref().unwrap_or(""))),
    )
}

fn selectors(
    def: &ResourceDef,
    param: &dyn Fn(&str) -> Option<String>,
) -> Result<(LabelSelector, FieldSelector), Answer> {
    let labels = LabelSelector::parse(&param("labelSelector").unwrap_or_default())
        .map_err(|e| bad_request(&e))?;
    let fields = FieldSelector::parse(
        &param("fieldSelector").unwrap_or_default(),
        def.extra_selectable_fields(),
    )
    .map_err(|e| bad_request(&e))?;
    Ok((labels, fields))
}

fn watch_request(
    t: &Target,
    param: &dyn Fn(&str) -> Option<String>,
    drop_after: Option<usize>,
    (force_gone, force_error): (bool, Option<Value>),
    seq: u64,
) -> Result<WatchRequest, Answer> {
    let (labels, fields) = selectors(&t.def, param)?;
    let resource_version = match param("resourceVersion").as_deref() {
        None | Some("") | Some("0") => None,
        Some(rv) => Some(
            rv.parse::<u64>()
                .map_err(|_| bad_request(&format!("invalid resource version: {rv}")))?,
        ),
    };
    // The real server picks a random timeout between 30 and 60 minutes when none is given.
    let timeout = param("timeoutSeconds")
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(1800);
    Ok(WatchRequest {
        def: t.def.clone(),
        namespace: t.namespace.clone(),
        labels,
        fields,
        resource_version,
        timeout: Duration::from_secs(timeout),
        bookmarks: param("allowWatchBookmarks").as_deref() == Some("true"),
        send_initial_events: param("sendInitialEvents").as_deref() == Some("true"),
        drop_after,
        force_gone,
        force_error,
        record_seq: seq,
        table: None,
    })
}

fn start_watch(shared: Arc<Shared>, w: WatchRequest) -> Response<Body> {
    let (tx, rx) = tokio::sync::mpsc::channel::<Bytes>(64);
    tokio::spawn(watch::run(shared, w, tx));
    let stream = futures::stream::unfold(rx, |mut rx| async move {
        rx.recv()
            .await
            .map(|b| (Ok::<_, Infallible>(Frame::data(b)), rx))
    });
    Response::builder()
        .status(200)
        .header("content-type", "application/json")
        .header("cache-control", "no-cache, private")
        .body(StreamBody::new(stream).boxed_unsync())
        .unwrap_or_else(|_| Response::new(full("")))
}

fn key(t: &Target, name: &str) -> Key {
    (
        t.def.api_version(),
        t.def.plural.to_string(),
        t.namespace.clone().unwrap_or_default(),
        name.to_string(),
    )
}

fn resource(
    shared: &Shared,
    t: &Target,
    info: &RequestInfo,
    body: &[u8],
    content_type: Option<&str>,
    param: &dyn Fn(&str) -> Option<String>,
) -> Answer {
    let mut store = shared.lock_store();
    if info.method != "GET" {
        shared.test.run_hooks(&mut store, info);
    }
    let name = t.name.as_deref().unwrap_or("");
    match (info.method.as_str(), t.name.is_some()) {
        ("GET", true) => match store.get_key(&key(t, name)) {
            Some(obj) => Answer::ok(obj),
            None => not_found(&t.def, name),
        },
        ("GET", false) => list(&store, t, param),
        ("POST", false) => {
            let Ok(obj) = serde_json::from_slice::<Value>(body) else {
                return bad_request("the body of the request could not be decoded as JSON");
            };
            create(&mut store, t, obj)
        }
        ("PUT", true) => {
            let Ok(obj) = serde_json::from_slice::<Value>(body) else {
                return bad_request("the body of the request could not be decoded as JSON");
            };
            let Some(current) = store.get_key(&key(t, name)).cloned() else {
                return not_found(&t.def, name);
            };
            commit_update(&mut store, t, current, obj)
        }
        ("PATCH", true) => {
            let Some(current) = store.get_key(&key(t, name)).cloned() else {
                return not_found(&t.def, name);
            };
            match apply_patch(&t.def, &current, body, content_type) {
                Ok(candidate) => commit_update(&mut store, t, current, candidate),
                Err(a) => a,
            }
        }
        ("DELETE", true) => {
            let k = key(t, name);
            let Some(current) = store.get_key(&k) else {
                return not_found(&t.def, name);
            };
            let opts: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
            let want_rv = opts
                .pointer("/preconditions/resourceVersion")
                .and_then(Value::as_str);
            if want_rv.is_some_and(|rv| rv != meta_str(current, "resourceVersion")) {
                return conflict(&t.def, name);
            }
            match store.delete_key(&k) {
                Some(obj) => Answer::ok(&obj),
                None => not_found(&t.def, name),
            }
        }
        _ => error(
            405,
            "MethodNotAllowed",
            "the server does not allow this method on the requested resource",
            None,
        ),
    }
}
