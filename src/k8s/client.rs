//! The connection to the API server: kubeconfig loading as kubectl does it, raw JSON requests
//! with a per-request timeout, bounded retries of transient failures, and API errors turned
//! into one clear line.

use std::time::Duration;

use bytes::Bytes;
use http::{Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::Value;

use super::config::{self, Loaded, first_line};
use super::error::{K8sError, api_error};
use super::trace::RequestLog;
use crate::model::resource::{Resource, encode_query};
use crate::patch::PatchBody;
use crate::settings::{CONNECT_TIMEOUT, ClusterSettings};

/// Attempts for a request that fails transiently (429, 5xx, dropped connection).
const MAX_ATTEMPTS: u32 = 4;
/// First backoff; doubles each attempt.
const BASE_BACKOFF: Duration = Duration::from_millis(200);
/// We never wait longer than this for a Retry-After.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(10);
/// Page size for lists; large namespaces are read in pages like kubectl does.
const PAGE_SIZE: u32 = 500;

/// A connected cluster: the client plus what error messages need to name.
#[derive(Clone)]
pub struct Cluster {
    client: kube::Client,
    /// The namespace to use: `-n`, else the context's, else `default`.
    pub namespace: String,
    /// The kubeconfig context in use (for messages).
    pub context: String,
    /// The server URL (for messages).
    pub server: String,
    request_timeout: Option<Duration>,
    log: RequestLog,
}

/// One page-joined list result.
#[derive(Debug, Clone, Default)]
pub struct ObjectList {
    pub items: Vec<Value>,
    pub resource_version: String,
}

/// How a list is narrowed on the server.
#[derive(Debug, Clone, Default)]
pub struct ListQuery<'a> {
    pub label_selector: Option<&'a str>,
    pub field_selector: Option<&'a str>,
}

impl Cluster {
    /// Loads the kubeconfig (or in-cluster config) the way kubectl does, lays the override
    /// flags over it, and builds a client. Nothing is sent to the server here.
    pub async fn connect(settings: &ClusterSettings) -> Result<Cluster, K8sError> {
        let log = RequestLog::new(settings.verbosity);
        let Loaded {
            mut config,
            context,
            files,
        } = config::load(settings).await?;
        log.config_loaded(&files);
        config.connect_timeout = Some(CONNECT_TIMEOUT);
        // Our own bounded retry decides what may be retried (writes only when guarded).
        config.default_retry = false;
        // Per-request timeouts are ours (a watch may be silent for minutes).
        config.read_timeout = None;
        if config.cluster_url.scheme_str() == Some("http") {
            // A plain-http cluster never does TLS, yet without a CA kube's connector builds a
            // platform verifier that reads and parses every system root certificate (half the
            // CPU time of a small `get`). An empty CA list makes it build an empty store.
            config.root_cert = Some(Vec::new());
            config.root_cert_file = None;
        }
        let namespace = settings
            .namespace
            .clone()
            .unwrap_or_else(|| config.default_namespace.clone());
        let server = config
            .cluster_url
            .to_string()
            .trim_end_matches('/')
            .to_string();
        let client = kube::Client::try_from(config).map_err(|e| {
            K8sError::Config(format!(
                "cannot set up a client for {server}: {}",
                first_line(&e)
            ))
        })?;
        Ok(Cluster {
            client,
            namespace,
            context,
            server,
            request_timeout: settings.request_timeout,
            log,
        })
    }

    /// GET one object. Not found becomes `K8sError::NotFound`.
    pub async fn get(
        &self,
        res: &Resource,
        namespace: &str,
        name: &str,
    ) -> Result<Value, K8sError> {
        let path = res.path(Some(namespace), Some(name));
        let body = self
            .send(Method::GET, &path, None, None, true)
            .await
            .map_err(|e| e.with_object(res, name, namespace))?;
        self.parse(&body)
    }

    /// GET one object of a cluster-scoped kind (a ClusterAnalysisTemplate).
    pub async fn get_cluster_scoped(&self, res: &Resource, name: &str) -> Result<Value, K8sError> {
        let path = res.path(None, Some(name));
        let body = self
            .send(Method::GET, &path, None, None, true)
            .await
            .map_err(|e| e.with_object(res, name, ""))?;
        self.parse(&body)
    }

    /// Lists a collection (namespace None = all namespaces), following `continue` tokens.
    pub async fn list(
        &self,
        res: &Resource,
        namespace: Option<&str>,
        query: &ListQuery<'_>,
    ) -> Result<ObjectList, K8sError> {
        let mut items = Vec::new();
        let resource_version = self
            .list_pages(res, namespace, query, |page| items.append(page))
            .await?;
        Ok(ObjectList {
            items,
            resource_version,
        })
    }

    /// Lists a collection and hands each page's items to `on_page` as it arrives, so a caller
    /// that keeps only a summary of each object (a table row) never holds every object at
    /// once. Returns the list's resourceVersion.
    pub async fn list_pages(
        &self,
        res: &Resource,
        namespace: Option<&str>,
        query: &ListQuery<'_>,
        mut on_page: impl FnMut(&mut Vec<Value>),
    ) -> Result<String, K8sError> {
        let base = res.path(namespace, None);
        let mut resource_version = String::new();
        let mut cont: Option<String> = None;
        // Bounded: a server that keeps handing out continue tokens cannot loop us forever.
        for _ in 0..10_000 {
            let mut params = vec![format!("limit={PAGE_SIZE}")];
            if let Some(l) = query.label_selector {
                params.push(format!("labelSelector={}", encode_query(l)));
            }
            if let Some(f) = query.field_selector {
                params.push(format!("fieldSelector={}", encode_query(f)));
            }
            if let Some(c) = &cont {
                params.push(format!("continue={}", encode_query(c)));
            }
            let path = format!("{base}?{}", params.join("&"));
            let body = self
                .send(Method::GET, &path, None, None, true)
                .await
                .map_err(|e| e.with_collection(res))?;
            let mut page = self.parse(&body)?;
            drop(body);
            if let Some(items) = page.get_mut("items").and_then(Value::as_array_mut) {
                on_page(items);
            }
            let meta = page.get("metadata");
            if let Some(rv) = meta
                .and_then(|m| m.get("resourceVersion"))
                .and_then(Value::as_str)
            {
                resource_version = rv.to_string();
            }
            match meta.and_then(|m| m.get("continue")).and_then(Value::as_str) {
                Some(c) if !c.is_empty() => cont = Some(c.to_string()),
                _ => return Ok(resource_version),
            }
        }
        Err(K8sError::Decode {
            server: self.server.clone(),
            detail: format!("listing {} never finished", res.group_resource()),
        })
    }

    /// PATCH an object (or its status). A patch guarded by a resourceVersion may safely be
    /// retried after a transient failure (a repeat that finds the object changed, even by our
    /// own first attempt, answers Conflict); an unguarded one is sent once.
    pub async fn patch(
        &self,
        res: &Resource,
        namespace: &str,
        name: &str,
        subresource: Option<&str>,
        body: &PatchBody,
    ) -> Result<Value, K8sError> {
        let mut path = res.path(Some(namespace), Some(name));
        if let Some(sub) = subresource {
            path.push('/');
            path.push_str(sub);
        }
        let bytes = serde_json::to_vec(body.value()).map_err(|e| K8sError::Decode {
            server: self.server.clone(),
            detail: e.to_string(),
        })?;
        let body = self
            .send(
                Method::PATCH,
                &path,
                Some(body.content_type()),
                Some(bytes),
                body.is_guarded(),
            )
            .await
            .map_err(|e| e.with_object(res, name, namespace))?;
        self.parse(&body)
    }

    /// POST a new object into its collection (`namespace` None for a cluster-scoped kind).
    /// Never retried after a transient failure: the first attempt may have created it, and
    /// with `generateName` a repeat would create a second one.
    pub async fn create(
        &self,
        res: &Resource,
        namespace: Option<&str>,
        obj: &Value,
    ) -> Result<Value, K8sError> {
        let path = res.path(namespace, None);
        let bytes = serde_json::to_vec(obj).map_err(|e| K8sError::Decode {
            server: self.server.clone(),
            detail: e.to_string(),
        })?;
        let body = self
            .send(
                Method::POST,
                &path,
                Some("application/json"),
                Some(bytes),
                false,
            )
            .await?;
        self.parse(&body)
    }

    /// Starts a watch request and returns the response body stream (caller frames the lines).
    /// Only the wait for the response head is bounded by the request timeout.
    pub async fn watch_raw(&self, path_and_query: &str) -> Result<kube::client::Body, K8sError> {
        let req = self.request(Method::GET, path_and_query, None, Vec::new())?;
        let started = std::time::Instant::now();
        let fut = self.client.send(req.map(kube::client::Body::from));
        let res = match self.request_timeout {
            Some(t) => tokio::time::timeout(t, fut).await.map_err(|_| {
                self.log_response("GET", path_and_query, None, started, None);
                self.timeout_error(t)
            })?,
            None => fut.await,
        }
        .map_err(|e| {
            self.log_response("GET", path_and_query, None, started, None);
            self.transport_error(&e)
        })?;
        let status = res.status();
        // A watch streams for minutes: its line is written when the head arrives, as kubectl's.
        self.log_response("GET", path_and_query, Some(status), started, None);
        if !status.is_success() {
            let body = res
                .into_body()
                .collect()
                .await
                .map(|b| b.to_bytes())
                .unwrap_or_default();
            return Err(api_error(status, &body, &self.context));
        }
        Ok(res.into_body())
    }

    fn parse(&self, body: &Bytes) -> Result<Value, K8sError> {
        serde_json::from_slice(body).map_err(|e| K8sError::Decode {
            server: self.server.clone(),
            detail: format!("response is not JSON: {e}"),
        })
    }

    fn request(
        &self,
        method: Method,
        path: &str,
        content_type: Option<&str>,
        body: Vec<u8>,
    ) -> Result<Request<Vec<u8>>, K8sError> {
        let mut builder = Request::builder()
            .method(method)
            .uri(path)
            .header(header::ACCEPT, "application/json");
        if let Some(ct) = content_type {
            builder = builder.header(header::CONTENT_TYPE, ct);
        }
        builder
            .body(body)
            .map_err(|e| K8sError::Config(format!("bad request {path}: {e}")))
    }

    /// Sends one request with the timeout and bounded retries; returns the body of a 2xx.
    async fn send(
        &self,
        method: Method,
        path: &str,
        content_type: Option<&str>,
        body: Option<Vec<u8>>,
        retryable: bool,
    ) -> Result<Bytes, K8sError> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            let req = self.request(
                method.clone(),
                path,
                content_type,
                body.clone().unwrap_or_default(),
            )?;
            let outcome = self.send_once(req).await;
            let (err, retry_after) = match outcome {
                Ok(Ok(bytes)) => return Ok(bytes),
                Ok(Err((status, retry_after, bytes))) => {
                    let err = api_error(status, &bytes, &self.context);
                    if !is_transient_status(status) {
                        return Err(err);
                    }
                    (err, retry_after)
                }
                Err(err) => {
                    if !matches!(err, K8sError::Unreachable { .. }) {
                        return Err(err);
                    }
                    (err, None)
                }
            };
            if !retryable || attempt >= MAX_ATTEMPTS {
                return Err(gave_up(err, attempt));
            }
            let backoff = BASE_BACKOFF * 2u32.pow(attempt - 1);
            let wait = retry_after
                .map(|r| r.min(MAX_RETRY_AFTER))
                .unwrap_or(backoff);
            tokio::time::sleep(wait).await;
        }
    }

    /// Ok(Ok(body)) for 2xx, Ok(Err(status…)) for an HTTP error, Err for transport failures.
    #[allow(clippy::type_complexity)]
    async fn send_once(
        &self,
        req: Request<Vec<u8>>,
    ) -> Result<Result<Bytes, (StatusCode, Option<Duration>, Bytes)>, K8sError> {
        let client = self.client.clone();
        let method = req.method().to_string();
        let path = req
            .uri()
            .path_and_query()
            .map(|p| p.to_string())
            .unwrap_or_default();
        let started = std::time::Instant::now();
        let fut = async move {
            let res = client.send(req.map(kube::client::Body::from)).await?;
            let status = res.status();
            let retry_after = res
                .headers()
                .get(header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok())
                .map(Duration::from_secs);
            let bytes = res.into_body().collect().await?.to_bytes();
            Ok::<_, kube::Error>((status, retry_after, bytes))
        };
        let result = match self.request_timeout {
            Some(t) => tokio::time::timeout(t, fut).await.map_err(|_| {
                self.log_response(&method, &path, None, started, None);
                self.timeout_error(t)
            })?,
            None => fut.await,
        };
        let (status, retry_after, bytes) = result.map_err(|e| {
            self.log_response(&method, &path, None, started, None);
            self.transport_error(&e)
        })?;
        self.log_response(&method, &path, Some(status), started, Some(bytes.len()));
        if status.is_success() {
            Ok(Ok(bytes))
        } else {
            Ok(Err((status, retry_after, bytes)))
        }
    }

    /// The `-v` line of one request: the full URL as kubectl prints it.
    fn log_response(
        &self,
        method: &str,
        path: &str,
        status: Option<StatusCode>,
        started: std::time::Instant,
        bytes: Option<usize>,
    ) {
        if self.log.enabled() {
            let url = format!("{}{path}", self.server);
            self.log
                .response(method, &url, status, started.elapsed(), bytes);
        }
    }

    fn timeout_error(&self, t: Duration) -> K8sError {
        K8sError::Timeout {
            server: self.server.clone(),
            after: format!("{}s", t.as_secs_f64()),
        }
    }

    fn transport_error(&self, e: &kube::Error) -> K8sError {
        match e {
            kube::Error::Auth(a) => K8sError::Config(format!(
                "cannot get credentials for context \"{}\": {}",
                self.context,
                first_line(a)
            )),
            other => K8sError::Unreachable {
                server: self.server.clone(),
                detail: root_cause(other),
            },
        }
    }
}

/// The last transient error, saying how often we tried (a single attempt says nothing more).
fn gave_up(err: K8sError, attempts: u32) -> K8sError {
    if attempts < 2 {
        return err;
    }
    match err {
        K8sError::Api {
            code,
            reason,
            message,
        } => K8sError::Api {
            code,
            reason,
            message: format!("{message} (HTTP {code}, gave up after {attempts} attempts)"),
        },
        K8sError::Unreachable { server, detail } => K8sError::Unreachable {
            server,
            detail: format!("{detail} (gave up after {attempts} attempts)"),
        },
        other => other,
    }
}

fn is_transient_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 500 | 502 | 503 | 504)
}

/// The innermost cause of an error, on one line (connection refused, dns error, …).
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur: &(dyn std::error::Error + 'static) = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    first_line(cur)
}
