//! Our pages, styles and scripts, embedded in the binary (no build step, nothing from the
//! network). The two HTML pages are shells: the scripts fill them from the API and its events.

use axum::extract::{Path, State as Shared};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

use super::State;

const LIST_HTML: &str = include_str!("assets/list.html");
const ROLLOUT_HTML: &str = include_str!("assets/rollout.html");
const UNAUTHORIZED_HTML: &str = include_str!("assets/unauthorized.html");

/// Every file under `assets/` a page may load, with its content type.
const FILES: &[(&str, &str, &str)] = &[
    (
        "app.css",
        "text/css; charset=utf-8",
        include_str!("assets/app.css"),
    ),
    (
        "common.js",
        "text/javascript; charset=utf-8",
        include_str!("assets/common.js"),
    ),
    (
        "list.js",
        "text/javascript; charset=utf-8",
        include_str!("assets/list.js"),
    ),
    (
        "rollout.js",
        "text/javascript; charset=utf-8",
        include_str!("assets/rollout.js"),
    ),
];

pub async fn list_page(Shared(state): Shared<Arc<State>>) -> Response {
    html(StatusCode::OK, &fill(LIST_HTML, &state.options.root, ""))
}

pub async fn rollout_page(Shared(state): Shared<Arc<State>>) -> Response {
    html(StatusCode::OK, &fill(ROLLOUT_HTML, &state.options.root, ""))
}

pub async fn asset(Path(file): Path<String>) -> Response {
    match FILES.iter().find(|(name, _, _)| *name == file) {
        Some((_, content_type, body)) => {
            ([(header::CONTENT_TYPE, *content_type)], *body).into_response()
        }
        None => super::api::error(StatusCode::NOT_FOUND, "no such asset"),
    }
}

/// The page a browser without the token sees: how to get in, nothing more.
pub fn unauthorized_page(why: &str) -> Response {
    html(StatusCode::UNAUTHORIZED, &fill(UNAUTHORIZED_HTML, "", why))
}

/// The shells carry the root path (checked to be URL-safe characters only) and a message
/// (escaped).
fn fill(template: &str, root: &str, message: &str) -> String {
    template
        .replace("__ROOT__", root)
        .replace("__MESSAGE__", &escape(message))
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn html(status: StatusCode, body: &str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body.to_string(),
    )
        .into_response()
}
