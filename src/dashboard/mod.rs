//! `kubectl rollouts dashboard`: the anchor's RolloutService REST API (routes and JSON of
//! `rollout.proto`) and our own web pages, served on the same reads, views and guarded writes
//! as the CLI. Safe by default: loopback only, a random token per start, Host and Origin checks,
//! optional read-only mode, no credential of the kubeconfig ever sent to the browser.

pub mod actions;
mod api;
mod assets;
pub mod auth;
pub mod info;
mod routes;
mod sse;

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::{Context, Result};
use jiff::Timestamp;

use crate::k8s::Cluster;

/// How the dashboard was asked to run.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where to listen; port 0 picks a free one.
    pub listen: SocketAddr,
    /// The path everything is served under, normalised to `/x/` (or `/`).
    pub root: String,
    pub read_only: bool,
    /// `-A`: the list shows every namespace.
    pub all_namespaces: bool,
    /// Pinned clock (tests); None = the real clock.
    pub fixed_now: Option<Timestamp>,
}

/// What every handler shares.
pub(crate) struct State {
    pub cluster: Cluster,
    pub options: Options,
    pub token: String,
    pub cookie: String,
    pub bound: SocketAddr,
    pub hubs: sse::Hubs,
    pub shutdown: tokio::sync::watch::Receiver<bool>,
}

impl State {
    pub fn now(&self) -> Timestamp {
        self.options.fixed_now.unwrap_or_else(Timestamp::now)
    }
}

/// A bound, not yet serving dashboard: the entry URL is known before the first request.
pub struct Dashboard {
    listener: tokio::net::TcpListener,
    state: Arc<State>,
    stop: tokio::sync::watch::Sender<bool>,
}

impl Dashboard {
    /// Binds the address and draws the token.
    pub async fn bind(cluster: Cluster, options: Options) -> Result<Dashboard> {
        let listener = tokio::net::TcpListener::bind(options.listen)
            .await
            .with_context(|| format!("cannot listen on {}", options.listen))?;
        let bound = listener.local_addr()?;
        let token = auth::new_token().context("cannot draw a random token")?;
        let (stop, shutdown) = tokio::sync::watch::channel(false);
        let state = Arc::new(State {
            cluster,
            cookie: auth::cookie_name(bound.port()),
            options,
            token,
            bound,
            hubs: sse::Hubs::default(),
            shutdown,
        });
        Ok(Dashboard {
            listener,
            state,
            stop,
        })
    }

    /// `http://ADDR:PORT/<root>/?token=TOKEN`: the one URL that lets a browser in.
    pub fn entry_url(&self) -> String {
        format!(
            "http://{}{}?token={}",
            self.state.bound, self.state.options.root, self.state.token
        )
    }

    pub fn address(&self) -> SocketAddr {
        self.state.bound
    }

    /// Serves until `until` completes; then ends every event stream and returns.
    pub async fn serve(
        self,
        until: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> Result<()> {
        let app = routes::router(self.state.clone());
        let stop = self.stop;
        let server = axum::serve(self.listener, app).with_graceful_shutdown(async move {
            until.await;
            // Open event streams would keep the graceful shutdown waiting forever.
            let _ = stop.send(true);
        });
        server.await.context("the dashboard stopped")?;
        Ok(())
    }
}

/// `--root-path` as typed (`rollouts`, `/a/b/`, ``) → `/rollouts/`, `/a/b/`, `/`; None when it
/// has characters a URL path segment should not carry.
pub fn normalize_root(raw: &str) -> Option<String> {
    let trimmed = raw.trim_matches('/');
    if trimmed.is_empty() {
        return Some("/".to_string());
    }
    let ok = trimmed.split('/').all(|seg| {
        !seg.is_empty()
            && seg != "."
            && seg != ".."
            && seg
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-._~".contains(c))
    });
    ok.then(|| format!("/{trimmed}/"))
}

#[cfg(test)]
mod tests {
    use super::normalize_root;

    #[test]
    fn the_root_path_is_normalised_or_refused() {
        assert_eq!(normalize_root("rollouts").as_deref(), Some("/rollouts/"));
        assert_eq!(normalize_root("/a/b/").as_deref(), Some("/a/b/"));
        assert_eq!(normalize_root("").as_deref(), Some("/"));
        assert_eq!(normalize_root("/").as_deref(), Some("/"));
        assert_eq!(normalize_root("a//b"), None);
        assert_eq!(normalize_root("../x"), None);
        assert_eq!(normalize_root("a b"), None);
        assert_eq!(normalize_root("a?b"), None);
    }
}
