//! The URL map under the root path, and the guard every request passes first: Host check,
//! token (exchanged for the cookie on a page URL), Origin check and read-only on writes, and
//! the headers every answer carries (no caching, a strict Content-Security-Policy).

use std::sync::Arc;

use axum::Router;
use axum::extract::{Request, State as Shared};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};

use super::api::{self, error};
use super::{State, assets, auth};

/// Our pages load only our own scripts, styles and API; nothing inline, nothing remote, and
/// no other site may frame them.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

pub fn router(state: Arc<State>) -> Router {
    let root = state.options.root.clone();
    let r = |p: &str| format!("{root}{p}");
    let rollout = |p: &str| r(&format!("api/v1/rollouts/{{ns}}/{{name}}/{p}"));
    let mut app = Router::new()
        .route(&r(""), get(assets::list_page))
        .route(&r("rollout/{ns}/{name}"), get(assets::rollout_page))
        .route(&r("assets/{file}"), get(assets::asset))
        .route(&r("api/v1/rollouts/{ns}/info"), get(api::list_infos))
        .route(&r("api/v1/rollouts/{ns}/info/watch"), get(api::watch_list))
        .route(&rollout("info"), get(api::get_info))
        .route(&rollout("info/watch"), get(api::watch_info))
        .route(&rollout("history"), get(api::history))
        .route(&rollout("promote"), put(api::promote))
        .route(&rollout("abort"), put(api::abort))
        .route(&rollout("retry"), put(api::retry))
        .route(&rollout("restart"), put(api::restart))
        .route(&rollout("pause"), put(api::pause))
        .route(&rollout("setweight/restore"), put(api::restore_weight))
        .route(&rollout("setweight/{weight}"), put(api::set_weight))
        .route(&rollout("undo/{revision}"), put(api::undo))
        .route(&rollout("set/{container}/{*image}"), put(api::set_image))
        .route(&r("api/v1/namespace"), get(api::namespace))
        .route(&r("api/v1/version"), get(api::version))
        .route(&r("api/v1/dashboard"), get(api::settings));
    if root != "/" {
        // `/rollouts` without the slash: the page's relative URLs need it.
        let to = root.clone();
        app = app.route(
            root.trim_end_matches('/'),
            get(move || async move {
                (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response()
            }),
        );
    }
    app.fallback(|| async { error(StatusCode::NOT_FOUND, "no such page or API route") })
        .layer(middleware::from_fn_with_state(state.clone(), guard))
        .with_state(state)
}

/// Every request: Host, token, and for writes Origin and read-only; then the answer's headers.
async fn guard(Shared(state): Shared<Arc<State>>, req: Request, next: Next) -> Response {
    let mut res = check(&state, req, next).await;
    let h = res.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    res
}

async fn check(state: &State, req: Request, next: Next) -> Response {
    let headers = req.headers();
    let host = text(headers, header::HOST);
    if !auth::host_allowed(host, state.bound) {
        return error(
            StatusCode::FORBIDDEN,
            "refused: the Host header does not name this dashboard (open it as 127.0.0.1 or localhost)",
        );
    }
    // A page URL with `?token=`: exchange it for the cookie and drop it from the address bar.
    if req.method() == Method::GET
        && let Some((token, rest)) = take_token(req.uri().query())
    {
        if !auth::same_secret(&token, &state.token) {
            return unauthorized(&req, "the token in the URL is not this dashboard's");
        }
        let location = match rest {
            Some(q) => format!("{}?{q}", req.uri().path()),
            None => req.uri().path().to_string(),
        };
        let cookie = auth::set_cookie(&state.cookie, &state.token, &state.options.root);
        let mut res = (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response();
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            res.headers_mut().insert(header::SET_COOKIE, v);
        }
        return res;
    }
    let cookies: Vec<&str> = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    if !auth::authorized(
        &state.token,
        &state.cookie,
        text(headers, header::AUTHORIZATION),
        &cookies,
    ) {
        return unauthorized(&req, "a token is required");
    }
    let writes = !matches!(*req.method(), Method::GET | Method::HEAD);
    if writes {
        let origin = text(headers, header::ORIGIN);
        let cross_site = text(headers, "sec-fetch-site").is_some_and(|s| s == "cross-site");
        if cross_site || !auth::origin_allowed(origin, host) {
            return error(
                StatusCode::FORBIDDEN,
                "refused: this write comes from another site's page; nothing was written",
            );
        }
        if state.options.read_only {
            return error(
                StatusCode::FORBIDDEN,
                "the dashboard is read-only (started with --read-only); nothing was written",
            );
        }
    }
    next.run(req).await
}

/// 401: JSON for the API, a short page for a browser.
fn unauthorized(req: &Request, why: &str) -> Response {
    let api = req.uri().path().contains("/api/");
    if api {
        return error(
            StatusCode::UNAUTHORIZED,
            &format!(
                "{why}: send Authorization: Bearer TOKEN (printed by `kubectl rollouts dashboard`)"
            ),
        );
    }
    let mut res = assets::unauthorized_page(why);
    *res.status_mut() = StatusCode::UNAUTHORIZED;
    res
}

/// The `token` parameter of a query, and the query without it.
fn take_token(query: Option<&str>) -> Option<(String, Option<String>)> {
    let query = query?;
    let mut token = None;
    let mut rest = Vec::new();
    for pair in query.split('&') {
        match pair.strip_prefix("token=") {
            Some(t) if token.is_none() => token = Some(t.to_string()),
            _ if !pair.is_empty() => rest.push(pair),
            _ => {}
        }
    }
    let rest = (!rest.is_empty()).then(|| rest.join("&"));
    token.map(|t| (t, rest))
}

fn text(headers: &HeaderMap, name: impl header::AsHeaderName) -> Option<&str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

#[cfg(test)]
mod tests {
    use super::take_token;

    #[test]
    fn the_token_is_taken_out_of_the_query_and_the_rest_kept() {
        assert_eq!(take_token(Some("token=abc")), Some(("abc".into(), None)));
        assert_eq!(
            take_token(Some("ns=a&token=abc&x=1")),
            Some(("abc".into(), Some("ns=a&x=1".into())))
        );
        assert_eq!(take_token(Some("ns=a")), None);
        assert_eq!(take_token(None), None);
    }
}
