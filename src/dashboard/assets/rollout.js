// The rollout page: what `get rollout` shows (header, canary steps with the current one
// marked, revisions with their ReplicaSets, pods, experiments and analysis runs), live from
// the rollout's event stream; and the actions, each behind a confirmation and disabled with
// the CLI's reason when the CLI would not carry it out. Undo shows the diff first.
"use strict";

const [NS, NAME] = location.pathname.slice(ROOT.length).split("/").slice(1, 3).map(decodeURIComponent);
const page = { info: null, readOnly: true, busy: false };

const ACTIONS = [
  { key: "promote", label: "Promote", path: "promote", body: { full: false },
    text: "Let the rollout go on to its next step." },
  { key: "promote-full", label: "Promote full", path: "promote", body: { full: true },
    text: "Skip the remaining steps, analyses and pauses and go straight to the new version." },
  { key: "pause", label: "Pause", path: "pause", text: "Pause the rollout until it is promoted." },
  { key: "abort", label: "Abort", path: "abort", danger: true,
    text: "Abort the update: traffic and pods go back to the stable version." },
  { key: "retry", label: "Retry", path: "retry", text: "Retry an aborted update from the start." },
  { key: "restart", label: "Restart", path: "restart", text: "Restart every pod of the rollout now, a few at a time." },
  { key: "setweight-restore", label: "Restore steps", path: "setweight/restore",
    text: "Put back the canary steps that set weight replaced." },
];

function stepText(step) {
  if (step.setWeight !== undefined) return "Set weight " + step.setWeight + "%";
  if (step.pause !== undefined) {
    return step.pause && step.pause.duration ? "Pause " + step.pause.duration : "Pause until promoted";
  }
  if (step.analysis) return "Analysis: " + (step.analysis.templates || []).map((t) => t.templateName).join(", ");
  if (step.experiment) {
    return "Experiment: " + (step.experiment.templates || []).map((t) => t.name).join(", ") +
      (step.experiment.duration ? " for " + step.experiment.duration : "");
  }
  if (step.setCanaryScale) return "Set canary scale " + JSON.stringify(step.setCanaryScale);
  if (step.setHeaderRoute) return "Set header route " + (step.setHeaderRoute.name || "");
  if (step.setMirrorRoute) return "Set mirror route " + (step.setMirrorRoute.name || "");
  if (step.plugin) return "Plugin " + (step.plugin.name || "");
  return Object.keys(step).join(", ") || "step";
}

function roles(rs) {
  return ["stable", "canary", "active", "preview", "ping", "pong"].filter((r) => rs[r]);
}

function tags(list) {
  return list.map((t) => el("span", { class: "tag tag-" + t }, t));
}

/** Images that run now, with the roles of the ReplicaSets running them (as `get` shows). */
function runningImages(info) {
  const out = new Map();
  for (const rs of info.replicaSets || []) {
    if (!rs.replicas) continue;
    for (const img of rs.images || []) {
      const set = out.get(img) || new Set();
      roles(rs).forEach((r) => set.add(r));
      out.set(img, set);
    }
  }
  for (const e of info.experiments || []) {
    for (const rs of e.replicaSets || []) {
      if (!rs.replicas) continue;
      for (const img of rs.images || []) {
        const set = out.get(img) || new Set();
        set.add("Σ:" + (rs.template || ""));
        out.set(img, set);
      }
    }
  }
  return [...out.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function renderSummary(info) {
  const rows = [["Strategy", info.strategy || "-"]];
  if (info.strategy === "Canary") {
    rows.push(["Step", info.step || "-"]);
    const bar = el("span", { class: "bar" }, el("span", { class: "fill" }));
    bar.firstChild.style.width = Math.min(100, Number(info.actualWeight || 0)) + "%";
    rows.push(["Set weight", (info.setWeight || "0") + "%"]);
    rows.push(["Actual weight", el("span", {}, (info.actualWeight || "0") + "% ", bar)]);
  }
  rows.push(["Images", el("div", {}, runningImages(info).map(([img, r]) =>
    el("div", { class: "image" }, img, " ", tags([...r])))) ]);
  rows.push(["Replicas", el("span", { class: "counts" },
    ["desired", "current", "updated", "ready", "available"].map((k) =>
      el("span", { class: "count" }, el("b", {}, String(info[k] || 0)), " " + k)))]);
  if (info.restartedAt && info.restartedAt !== "Never") rows.push(["Restarted", age(info.restartedAt)]);
  rows.push(["Created", age(info.objectMeta && info.objectMeta.creationTimestamp)]);
  document.getElementById("summary").replaceChildren(...rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
}

function renderSteps(info) {
  const steps = info.steps || [];
  document.getElementById("steps-card").hidden = steps.length === 0;
  const current = info.step ? Number(info.step.split("/")[0]) : -1;
  document.getElementById("steps").replaceChildren(...steps.map((s, i) =>
    el("li", { class: i < current ? "done" : i === current ? "current" : "todo", "aria-current": i === current ? "step" : null },
      el("span", { class: "marker" }, i < current ? "✔" : i === current ? "▶" : String(i + 1)), " ", stepText(s))));
}

function renderContainers(info) {
  const why = info.actions && info.actions.set;
  document.getElementById("containers").replaceChildren(...(info.containers || []).map((c) => {
    const row = el("div", { class: "container" }, el("b", {}, c.name), " ", el("code", {}, c.image));
    if (!page.readOnly && info.actions) {
      const input = el("input", { type: "text", value: c.image, "aria-label": "New image for " + c.name, size: 40, disabled: !!why });
      const button = el("button", { type: "button", disabled: !!why, title: why || "", onclick: () => setImage(c.name, input.value) }, "Set image");
      row.append(el("div", { class: "set-image" }, input, button, why ? el("span", { class: "why" }, why) : null));
    }
    return row;
  }));
}

function podTile(p) {
  const m = p.objectMeta || {};
  return el("div", { class: "pod " + tone(p.status), title: m.name },
    statusBadge(p.status),
    el("span", { class: "pod-name" }, m.name),
    el("span", { class: "meta" }, "ready " + (p.ready || "0/0") + (p.restarts ? ", restarts " + p.restarts : "")),
    age(m.creationTimestamp));
}

function replicaSetBlock(rs) {
  const m = rs.objectMeta || {};
  return el("div", { class: "rs" },
    el("div", { class: "rs-head" },
      el("span", { class: "kind" }, "ReplicaSet"), statusBadge(rs.status),
      el("b", {}, m.name), tags(roles(rs)), rs.template ? el("span", { class: "tag" }, "Σ:" + rs.template) : null,
      el("span", { class: "meta" }, (rs.available || 0) + "/" + (rs.replicas || 0) + " available"),
      age(m.creationTimestamp),
      rs.scaleDownDeadline ? countdown(rs.scaleDownDeadline, "scale down") : null),
    (rs.pods || []).length ? el("div", { class: "pods" }, rs.pods.map(podTile)) : null);
}

function runBlock(run) {
  const m = run.objectMeta || {};
  const counts = [["✔", run.successful], ["✖", run.failed], ["⚠", run.inconclusive], ["!", run.error]]
    .filter(([, n]) => n).map(([i, n]) => i + " " + n).join("  ");
  const measurements = (run.nonJobInfo || []).map((n) =>
    el("tr", {}, el("td", {}, statusBadge(n.status, "busy")), el("td", {}, el("code", {}, n.value || "")), el("td", {}, age(n.startedAt))));
  const jobs = (run.jobs || []).map((j) =>
    el("tr", {}, el("td", {}, statusBadge(j.status, "busy")), el("td", {}, "Job " + ((j.objectMeta || {}).name || "")), el("td", {}, age(j.startedAt))));
  return el("div", { class: "run" },
    el("div", { class: "rs-head" }, el("span", { class: "kind" }, "AnalysisRun"), statusBadge(run.status, "busy"),
      el("b", {}, m.name), el("span", { class: "meta" }, counts), age(m.creationTimestamp)),
    run.successCondition ? el("div", { class: "meta cond" }, "success when " + run.successCondition) : null,
    measurements.length || jobs.length ? el("table", { class: "measurements" }, el("tbody", {}, jobs, measurements)) : null);
}

function experimentBlock(e) {
  const m = e.objectMeta || {};
  return el("div", { class: "experiment" },
    el("div", { class: "rs-head" }, el("span", { class: "kind" }, "Experiment"), statusBadge(e.status, "busy"),
      el("b", {}, m.name), e.message ? el("span", { class: "meta" }, e.message) : null, age(m.creationTimestamp)),
    (e.replicaSets || []).map(replicaSetBlock), (e.analysisRuns || []).map(runBlock));
}

function renderRevisions(info) {
  const revs = new Set();
  for (const list of [info.replicaSets, info.experiments, info.analysisRuns]) for (const x of list || []) revs.add(x.revision || 0);
  const sorted = [...revs].sort((a, b) => b - a);
  const latest = sorted[0];
  const undoWhy = info.actions ? info.actions.undo : null;
  document.getElementById("revisions").replaceChildren(...sorted.map((rev) => {
    const head = el("div", { class: "rev-head" }, el("h3", {}, "Revision " + rev));
    if (!page.readOnly && info.actions && rev !== latest) {
      head.append(el("button", { type: "button", class: "undo", disabled: !!undoWhy, title: undoWhy || "",
        dataset: { revision: rev }, onclick: () => undo(rev) }, "Roll back to " + rev));
      if (undoWhy) head.append(el("span", { class: "why" }, undoWhy));
    }
    return el("div", { class: "revision", dataset: { revision: rev } }, head,
      (info.replicaSets || []).filter((r) => r.revision === rev).map(replicaSetBlock),
      (info.experiments || []).filter((r) => r.revision === rev).map(experimentBlock),
      (info.analysisRuns || []).filter((r) => r.revision === rev).map(runBlock));
  }));
}

function renderActions(info) {
  const bar = document.getElementById("actions");
  if (page.readOnly || !info.actions) { bar.hidden = true; return; }
  bar.hidden = false;
  const groups = ACTIONS.map((a) => {
    const why = info.actions[a.key];
    return el("div", { class: "action" },
      el("button", { type: "button", id: "action-" + a.key, class: a.danger ? "danger" : "", disabled: !!why || page.busy,
        title: why || a.text, onclick: () => act(a) }, a.label),
      why ? el("span", { class: "why" }, why) : null);
  });
  if (info.strategy === "Canary") {
    const why = info.actions.setweight;
    const input = el("input", { type: "number", min: 0, max: 100, value: info.setWeight || 0, id: "weight",
      "aria-label": "Weight", disabled: !!why });
    groups.push(el("div", { class: "action" },
      input, el("button", { type: "button", id: "action-setweight", disabled: !!why || page.busy, title: why || "",
        onclick: () => setWeight(input.value) }, "Set weight"),
      why ? el("span", { class: "why" }, why) : null));
  }
  bar.replaceChildren(...groups);
}

function render(info) {
  page.info = info;
  const m = info.objectMeta || {};
  document.title = m.name + " · Rollouts";
  document.getElementById("crumb").textContent = m.namespace + " / " + m.name;
  document.getElementById("name").textContent = m.name;
  const icon = document.getElementById("icon");
  icon.textContent = glyph(info.status);
  icon.className = "icon " + tone(info.status);
  document.getElementById("status-line").replaceChildren(statusBadge(info.status),
    info.message ? el("span", { class: "msg" }, " " + info.message) : "");
  renderActions(info);
  renderSummary(info);
  renderSteps(info);
  renderContainers(info);
  renderRevisions(info);
}

/** Asks before a write; `diff` (lines) is shown under the text. Resolves to true on OK. */
function confirmWrite(title, text, diff) {
  const dialog = document.getElementById("confirm");
  document.getElementById("confirm-title").textContent = title;
  document.getElementById("confirm-text").textContent = text;
  const pre = document.getElementById("confirm-diff");
  pre.hidden = !diff;
  pre.replaceChildren(...(diff || []).map((l) =>
    el("span", { class: l.startsWith("+") ? "add" : l.startsWith("-") ? "del" : l.startsWith("@@") ? "hunk" : "" }, l + "\n")));
  return new Promise((resolve) => {
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok"), { once: true });
    dialog.returnValue = "";
    dialog.showModal();
    document.getElementById("confirm-ok").focus();
  });
}

async function write(path, body) {
  page.busy = true;
  const r = await api("PUT", "rollouts/" + encodeURIComponent(NS) + "/" + encodeURIComponent(NAME) + "/" + path, body);
  page.busy = false;
  if (r.ok) {
    banner("");
    toast(r.message || "done");
  } else {
    toast(r.message, "error");
    if (r.status === 403) banner(r.message);
  }
  if (page.info) render(page.info);
}

async function act(a) {
  if (await confirmWrite(a.label + " " + NAME + "?", a.text)) await write(a.path, a.body);
}

async function setWeight(value) {
  const w = Number(value);
  if (await confirmWrite("Set the weight of " + NAME + " to " + w + "%?",
    "The canary is held at " + w + "% and paused until promoted; the remaining steps follow.")) {
    await write("setweight/" + encodeURIComponent(String(value).trim()));
  }
}

async function setImage(container, image) {
  image = image.trim();
  const at = image.lastIndexOf(":");
  if (at <= 0 || image.lastIndexOf("/") > at) {
    toast("give the image with its tag, e.g. registry/app:1.2.3", "error");
    return;
  }
  const path = "set/" + encodeURIComponent(container) + "/" + image.slice(0, at).split("/").map(encodeURIComponent).join("/") +
    "/" + encodeURIComponent(image.slice(at + 1));
  if (await confirmWrite("Set the image of " + container + "?", "The rollout starts an update to " + image + ".")) {
    await write(path);
  }
}

async function undo(revision) {
  const h = await api("GET", "rollouts/" + encodeURIComponent(NS) + "/" + encodeURIComponent(NAME) + "/history");
  if (!h.ok) { toast(h.message, "error"); return; }
  const entry = (h.json.revisions || []).find((r) => r.revision === revision);
  if (!entry) { toast("revision " + revision + " is no longer in the history", "error"); return; }
  const text = entry.current
    ? "The current template already matches revision " + revision + "; nothing would change."
    : "The pod template goes back to revision " + revision + " (" + (entry.images || []).join(", ") + "). The change:";
  if (await confirmWrite("Roll " + NAME + " back to revision " + revision + "?", text, entry.current ? null : entry.diff)) {
    await write("undo/" + revision);
  }
}

async function start() {
  const dialog = document.getElementById("confirm");
  document.getElementById("confirm-ok").addEventListener("click", () => dialog.close("ok"));
  document.getElementById("confirm-cancel").addEventListener("click", () => dialog.close("cancel"));
  const settings = await dashboardSettings();
  page.readOnly = settings.readOnly;
  document.getElementById("crumb").textContent = NS + " / " + NAME;
  follow("rollouts/" + encodeURIComponent(NS) + "/" + encodeURIComponent(NAME) + "/info/watch", (data) => {
    if (data.error) { banner(data.error.message); return; }
    if (data.result) render(data.result);
  }, liveState);
}

start();
