//! Our pages, styles and scripts, embedded in the binary (no build step, nothing from the
//! network). The two HTML pages are one shell (`page.html`) with a `<main>` each; the scripts
//! fill them from the API and its events.

use axum::extract::{Path, State as Shared};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

use super::State;

/// The shell both pages share: head, scripts, the top bar; a page fills in its title, its
/// script, what its top bar adds and its `<main>`.
const PAGE_HTML: &str = include_str!("assets/page.html");
const LIST_MAIN_HTML: &str = include_str!("assets/list-main.html");
const ROLLOUT_MAIN_HTML: &str = include_str!("assets/rollout-main.html");
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

/// One of the two pages: the shell with the page's parts in it.
struct Page {
    title: &'static str,
    script: &'static str,
    /// What the top bar shows after the brand.
    nav: &'static str,
    main: &'static str,
}

const LIST: Page = Page {
    title: "Rollouts",
    script: "list.js",
    nav: r#"<label class="ns">Namespace <select id="namespace" aria-label="Namespace"></select></label>"#,
    main: LIST_MAIN_HTML,
};

const ROLLOUT: Page = Page {
    title: "Rollout",
    script: "rollout.js",
    nav: r#"<span class="crumb" id="crumb"></span>"#,
    main: ROLLOUT_MAIN_HTML,
};

impl Page {
    fn render(&self, root: &str) -> String {
        let shell = PAGE_HTML
            .replace("__TITLE__", self.title)
            .replace("__SCRIPT__", self.script)
            .replace("__NAV__", self.nav)
            .replace("__MAIN__", self.main);
        fill(&shell, root, "")
    }
}

pub async fn list_page(Shared(state): Shared<Arc<State>>) -> Response {
    html(StatusCode::OK, &LIST.render(&state.options.root))
}

pub async fn rollout_page(Shared(state): Shared<Arc<State>>) -> Response {
    html(StatusCode::OK, &ROLLOUT.render(&state.options.root))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_page_is_the_shell_filled_with_its_own_parts_and_no_placeholder_is_left() {
        for (page, script, part) in [
            (&LIST, "list.js", r#"<tbody id="rows">"#),
            (&ROLLOUT, "rollout.js", r#"<dialog id="confirm""#),
        ] {
            let html = page.render("/rollouts/");
            assert!(!html.contains("__"), "{html}");
            assert!(html.starts_with("<!doctype html>"));
            assert!(html.trim_end().ends_with("</html>"));
            assert!(html.contains(&format!(
                r#"<script src="/rollouts/assets/{script}" defer></script>"#
            )));
            assert!(html.contains(r#"<meta name="rollouts-root" content="/rollouts/">"#));
            assert_eq!(html.matches("<main>").count(), 1);
            assert!(html.contains(part), "{html}");
            assert!(html.contains(page.nav));
        }
    }
}
