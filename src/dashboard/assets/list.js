// The list page: every rollout of the namespace (or all, under -A) from the namespace event
// stream, with filter chips and their counts, search over names, labels and images, sorting,
// and `/` to focus the search. Rows are built once per change of their rollout and reused,
// so thousands of rollouts stay quick to filter and sort.
"use strict";

const FILTERS = [
  ["all", "All", () => true],
  ["attention", "Needs attention", (s) => ["Degraded", "Paused", "InvalidSpec", "Error", "Unknown"].includes(s)],
  ["Progressing", "Progressing", (s) => s === "Progressing"],
  ["Degraded", "Degraded", (s) => s === "Degraded"],
  ["Paused", "Paused", (s) => s === "Paused"],
  ["Healthy", "Healthy", (s) => s === "Healthy"],
];
const STATUS_ORDER = { Degraded: 0, InvalidSpec: 0, Error: 0, Paused: 1, Progressing: 2, Unknown: 3, Healthy: 4 };

const state = {
  rollouts: new Map(), // "ns/name" -> {info, row, text}
  filter: "all",
  query: "",
  sort: "name",
  namespace: null,
  stream: null,
  scheduled: false,
  allNamespaces: false,
  resyncing: null, // the keys sent since `resync`, until `synced`
  namespaces: new Set(), // the picker's namespaces (those with rollouts)
  pickerFilled: false,
};

function key(info) {
  const m = info.objectMeta || {};
  return (m.namespace || "") + "/" + (m.name || "");
}

function images(info) {
  return (info.containers || []).map((c) => c.image).filter(Boolean);
}

function buildRow(info) {
  const m = info.objectMeta || {};
  const href = ROOT + "rollout/" + encodeURIComponent(m.namespace) + "/" + encodeURIComponent(m.name);
  const weight = info.strategy === "Canary" ? (info.setWeight || "0") + "%" : "-";
  return el("tr", { class: "row " + tone(info.status), dataset: { key: key(info) } },
    el("td", {}, statusBadge(info.status)),
    el("td", { class: "name" }, el("a", { href }, m.name), info.message ? el("div", { class: "msg" }, info.message) : null),
    el("td", { class: "col-ns" }, m.namespace),
    el("td", {}, info.strategy || "-"),
    el("td", {}, info.step || "-"),
    el("td", {}, weight),
    el("td", {}, (info.ready || 0) + "/" + (info.desired || 0)),
    el("td", {}, String(info.updated || 0)),
    el("td", { class: "images" }, images(info).map((i) => el("div", {}, i))),
    el("td", {}, age(m.creationTimestamp)));
}

/** What the search box matches: names, namespace, labels (k=v) and images. */
function searchText(info) {
  const m = info.objectMeta || {};
  const labels = Object.entries(m.labels || {}).map(([k, v]) => k + "=" + v);
  return [m.name, m.namespace, ...labels, ...images(info)].join(" ").toLowerCase();
}

function upsert(info) {
  const k = key(info);
  state.rollouts.set(k, { info, row: buildRow(info), text: searchText(info) });
  if (state.resyncing) state.resyncing.add(k);
}

// The stream sends every current rollout between `resync` and `synced` (on connecting, after
// a reconnect, when many changed at once or this page fell behind): what was not sent in
// between is gone, even if its deletion was missed.
function onResync() {
  // The marks (here, at `synced` and after drawing) let a benchmark see where a load's time goes.
  performance.mark("resync");
  state.resyncing = new Set();
}

function onSynced() {
  performance.mark("synced");
  if (!state.resyncing) return;
  for (const k of [...state.rollouts.keys()]) if (!state.resyncing.has(k)) state.rollouts.delete(k);
  state.resyncing = null;
  // Every rollout of every namespace is here: so are the namespaces that have rollouts.
  if (state.namespace === ALL_NAMESPACES) learnNamespaces([...state.rollouts.values()].map((r) => r.info.objectMeta.namespace));
  schedule();
}

/** Adds namespaces to the picker (it only grows: a namespace emptied of rollouts stays). */
function learnNamespaces(list) {
  const before = state.namespaces.size;
  for (const ns of list) if (ns) state.namespaces.add(ns);
  if (state.namespaces.size !== before || !state.pickerFilled) fillPicker();
}

function fillPicker() {
  state.pickerFilled = true;
  const options = (state.allNamespaces ? [ALL_NAMESPACES] : []).concat([...state.namespaces].sort());
  if (!options.includes(state.namespace)) options.push(state.namespace);
  document.getElementById("namespace").replaceChildren(...options.map((ns) =>
    el("option", { value: ns, selected: ns === state.namespace }, ns === ALL_NAMESPACES ? "all namespaces" : ns)));
}

function schedule() {
  // Inside a resync frame the page draws once, at its end (`synced`): drawing thousands of
  // rows at every animation frame while they arrive would take seconds.
  if (state.scheduled || state.resyncing) return;
  state.scheduled = true;
  requestAnimationFrame(() => { state.scheduled = false; render(); });
}

function compare(a, b) {
  const ma = a.info.objectMeta || {}, mb = b.info.objectMeta || {};
  const byName = () => (ma.namespace + "/" + ma.name).localeCompare(mb.namespace + "/" + mb.name);
  switch (state.sort) {
    case "status":
      return (STATUS_ORDER[a.info.status] ?? 3) - (STATUS_ORDER[b.info.status] ?? 3) || byName();
    case "age":
      return (mb.creationTimestamp || "").localeCompare(ma.creationTimestamp || "") || byName();
    case "namespace":
      return (ma.namespace || "").localeCompare(mb.namespace || "") || (ma.name || "").localeCompare(mb.name || "");
    default:
      return (ma.name || "").localeCompare(mb.name || "") || (ma.namespace || "").localeCompare(mb.namespace || "");
  }
}

function render() {
  const words = state.query.toLowerCase().split(/\s+/).filter(Boolean);
  const searched = [...state.rollouts.values()].filter((r) => words.every((w) => r.text.includes(w)));
  const counts = {};
  for (const [id, , pred] of FILTERS) counts[id] = searched.filter((r) => pred(r.info.status)).length;
  // The chips stay the same elements (a click or focus is never lost to a redraw).
  const chips = document.getElementById("chips");
  if (!chips.children.length) {
    chips.append(...FILTERS.map(([id, label]) =>
      el("button", { class: "chip", type: "button", dataset: { filter: id },
        onclick: () => { state.filter = id; render(); } }, label, " ", el("span", { class: "count" }))));
  }
  for (const chip of chips.children) {
    const id = chip.dataset.filter;
    chip.classList.toggle("on", state.filter === id);
    chip.setAttribute("aria-pressed", String(state.filter === id));
    chip.querySelector(".count").textContent = String(counts[id]);
  }
  const pred = FILTERS.find(([id]) => id === state.filter)[2];
  const shown = searched.filter((r) => pred(r.info.status)).sort(compare);
  document.getElementById("rows").replaceChildren(...shown.map((r) => r.row));
  document.getElementById("empty").hidden = shown.length > 0;
  document.getElementById("summary").textContent =
    shown.length + " of " + state.rollouts.size + " rollouts" +
    (state.namespace === ALL_NAMESPACES ? " in all namespaces" : " in namespace " + state.namespace);
  performance.mark("drawn");
}

function onEvent(data) {
  if (data.error) {
    banner(data.error.message);
    return;
  }
  const ev = data.result;
  if (!ev || !ev.rolloutInfo) return;
  if (ev.type === "Deleted") state.rollouts.delete(key(ev.rolloutInfo));
  else upsert(ev.rolloutInfo);
  schedule();
}

function show(namespace) {
  state.namespace = namespace;
  state.rollouts.clear();
  if (state.stream) state.stream.close();
  document.body.classList.toggle("all-ns", namespace === ALL_NAMESPACES);
  const url = new URL(location.href);
  url.searchParams.set("namespace", namespace);
  history.replaceState(null, "", url);
  banner("");
  render();
  state.resyncing = null;
  state.stream = follow("rollouts/" + encodeURIComponent(namespace) + "/info/watch", onEvent, liveState,
    { resync: onResync, synced: onSynced });
}

async function start() {
  const settings = await dashboardSettings();
  state.allNamespaces = settings.allNamespaces;
  const wanted = new URL(location.href).searchParams.get("namespace");
  const initial = wanted || (settings.allNamespaces ? ALL_NAMESPACES : settings.namespace);
  const picker = document.getElementById("namespace");
  show(initial);
  fillPicker();
  // Showing every namespace, the stream brings the namespaces that have rollouts (see
  // onSynced). Otherwise ask: the answer takes one list of every rollout, so it comes
  // beside the stream, never before it.
  if (initial !== ALL_NAMESPACES) {
    api("GET", "namespace").then((nsInfo) =>
      learnNamespaces(nsInfo.ok ? nsInfo.json.availableNamespaces || [] : [settings.namespace]));
  }
  picker.addEventListener("change", () => show(picker.value));
  const search = document.getElementById("search");
  search.addEventListener("input", () => { state.query = search.value; render(); });
  document.getElementById("sort").addEventListener("change", (e) => { state.sort = e.target.value; render(); });
  document.addEventListener("keydown", (e) => {
    if (e.key === "/" && document.activeElement !== search) { e.preventDefault(); search.focus(); }
    if (e.key === "Escape" && document.activeElement === search) { search.value = ""; state.query = ""; render(); }
  });
}

start();
