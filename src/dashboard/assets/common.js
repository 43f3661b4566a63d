// Shared by both pages: the API, event streams, DOM building without innerHTML (text from
// the cluster is never parsed as HTML), ages that tick every second, banners and toasts.
"use strict";

const ROOT = document.querySelector('meta[name="rollouts-root"]').content;
const ALL_NAMESPACES = "_all";

/** Calls the dashboard's API; resolves to {ok, status, json, message}. */
async function api(method, path, body) {
  const init = { method, credentials: "same-origin", headers: {} };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(ROOT + "api/v1/" + path, init);
  } catch (e) {
    return { ok: false, status: 0, json: null, message: "the dashboard is not reachable: " + e.message };
  }
  let json = null;
  try { json = await res.json(); } catch (_) { json = null; }
  const message = res.headers.get("x-rollouts-message") ||
    (json && !res.ok && json.message) || (res.ok ? "" : "HTTP " + res.status);
  return { ok: res.ok, status: res.status, json, message };
}

/**
 * Follows an event stream; `onData` gets each event's JSON. Reconnects by itself. `named`
 * maps the names of named events (the list stream's `resync` / `synced`) to handlers.
 */
function follow(path, onData, onState, named) {
  const es = new EventSource(ROOT + "api/v1/" + path, { withCredentials: true });
  for (const [name, handler] of Object.entries(named || {})) es.addEventListener(name, handler);
  es.onopen = () => onState && onState("live");
  es.onerror = () => onState && onState(es.readyState === EventSource.CLOSED ? "closed" : "reconnecting");
  es.onmessage = (ev) => {
    let data;
    try { data = JSON.parse(ev.data); } catch (_) { return; }
    onData(data);
  };
  return es;
}

/** el("div", {class: "x", onclick: f}, child, "text", …) */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k === "class") e.className = v;
    else if (k === "dataset") Object.assign(e.dataset, v);
    else if (v === true) e.setAttribute(k, "");
    else e.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** kubectl's age format: 45s, 3m12s, 5h4m, 2d3h, 400d. */
function formatAge(seconds) {
  seconds = Math.max(0, Math.floor(seconds));
  const d = Math.floor(seconds / 86400), h = Math.floor(seconds / 3600) % 24;
  const m = Math.floor(seconds / 60) % 60, s = seconds % 60;
  if (d >= 8) return d + "d";
  if (d > 0) return h ? d + "d" + h + "h" : d + "d";
  if (h > 0) return m ? h + "h" + m + "m" : h + "h";
  if (m >= 10) return m + "m";
  if (m > 0) return s ? m + "m" + s + "s" : m + "m";
  return s + "s";
}

/** An element whose text is the age of `ts` (RFC 3339), kept current by the ticker. */
function age(ts) {
  if (!ts) return el("span", { class: "age" }, "-");
  return el("time", { class: "age", datetime: ts, dataset: { since: ts } }, ageText(ts));
}

/** An element counting down to `ts` ("scale down in 25s"), kept current by the ticker. */
function countdown(ts, label) {
  return el("time", { class: "countdown", datetime: ts, dataset: { until: ts, label } }, countdownText(ts, label));
}

function ageText(ts) {
  return formatAge((Date.now() - Date.parse(ts)) / 1000);
}

function countdownText(ts, label) {
  const left = (Date.parse(ts) - Date.now()) / 1000;
  return left > 0 ? label + " in " + formatAge(left) : label + " now";
}

// Only a text that changed is written: writing the same text still makes the browser lay the
// page out again, and 2,000 rows of "12d" rewritten every second kept it busy for seconds.
function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

setInterval(() => {
  for (const t of document.querySelectorAll("[data-since]")) setText(t, ageText(t.dataset.since));
  for (const t of document.querySelectorAll("[data-until]")) setText(t, countdownText(t.dataset.until, t.dataset.label));
}, 1000);

/** The CSS class of a status (Healthy, Degraded, Running, CrashLoopBackOff…). */
function tone(status) {
  switch (status) {
    case "Healthy": case "Successful": case "Running": case "Completed": return "ok";
    case "Progressing": case "Pending": case "ContainerCreating": case "Terminating": return "busy";
    case "Paused": return "paused";
    case "ScaledDown": return "neutral";
    case "Degraded": case "Failed": case "Error": case "InvalidSpec": case "ReplicaFailure": return "bad";
    case "Inconclusive": case "Unknown": return "warn";
    default:
      return /Err|BackOff|Fail|Invalid|OOM/.test(status || "") ? "bad" : "busy";
  }
}

/** Our glyph per tone: the anchor's icons (in the API) include ॥, which many fonts lack. */
const GLYPHS = { ok: "✔", busy: "◌", paused: "‖", bad: "✖", warn: "⚠", neutral: "•" };

function glyph(status) {
  return GLYPHS[tone(status)] || "";
}

/** A status with its glyph; `running` is the tone of "Running" (a pod that runs is fine, an
 * analysis or experiment that runs is still busy). */
function statusBadge(status, running) {
  const t = status === "Running" && running ? running : tone(status);
  return el("span", { class: "status " + t }, el("span", { class: "icon" }, GLYPHS[t] || ""), " ", status || "Unknown");
}

/** A message across the top: errors of the API, "permission denied for USER", read-only. */
function banner(text, kind) {
  const b = document.getElementById("banner");
  if (!text) { b.hidden = true; b.textContent = ""; return; }
  b.hidden = false;
  b.className = "banner " + (kind || "error");
  b.textContent = text;
}

let toastTimer = null;
function toast(text, kind) {
  const t = document.getElementById("toast");
  if (!t) return;
  t.hidden = false;
  t.className = "toast " + (kind || "ok");
  t.textContent = text;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { t.hidden = true; }, 6000);
}

/** Shows the live/reconnecting state of a stream in the header. */
function liveState(state) {
  const l = document.getElementById("live");
  l.textContent = state === "live" ? "live" : state;
  l.className = "live " + state;
}

/** The dashboard's own settings: read-only, all namespaces, default namespace. */
async function dashboardSettings() {
  const r = await api("GET", "dashboard");
  const s = r.ok ? r.json : { readOnly: true, allNamespaces: false, namespace: "default" };
  const mode = document.getElementById("mode");
  if (s.readOnly) {
    mode.hidden = false;
    mode.textContent = "read-only";
    mode.title = "started with --read-only: nothing can be changed from here";
  }
  return s;
}
