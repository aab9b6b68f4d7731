/* storywire web page: plain DOM, no framework. Every piece of text goes in through
   textContent / text nodes (never innerHTML), so article text can never become markup. */
"use strict";

const API = "/api/v1";
const SVG = "http://www.w3.org/2000/svg";
const LANGS = { en: "English", fr: "Français", de: "Deutsch", uk: "Українська", ru: "Русский", es: "Español",
  it: "Italiano", pl: "Polski", zh: "中文", ar: "العربية" };
const RTL = new Set(["ar"]);

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

const enc = encodeURIComponent;
const link = (href, ...children) => h("a", { href }, ...children);
const storyHref = (id) => "#/story/" + enc(id);
const entityHref = (id) => "#/entity/" + enc(id);
const langBadge = (code) => h("span", { class: "lang", title: LANGS[code] || code, "data-lang": code }, code || "?");

async function get(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== undefined && v !== null && v !== "") query.set(k, v);
  const url = API + path + (query.toString() ? "?" + query : "");
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) {
    const error = new Error(response.status === 404 ? "Not found." : "The server answered " + response.status + ".");
    error.status = response.status;
    throw error;
  }
  return response.json();
}

function show(...children) {
  const view = document.getElementById("view");
  view.replaceChildren(...children.flat().filter(Boolean));
  window.scrollTo(0, 0);
}

function span(first, last) {
  if (!first && !last) return "date unknown";
  return first === last || !last ? first : first + " – " + last;
}

/* ---------- charts ---------- */

function dayNumber(iso) { return Math.floor(Date.parse(iso + "T00:00:00Z") / 86400000); }

function barChart(points, opts) {
  /* points: [{date, value}], drawn on a true time axis; gaps stay gaps */
  const width = 900, height = opts.height || 140, pad = { l: 34, r: 8, t: 10, b: 22 };
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart", role: "img", "aria-label": opts.label });
  if (!points.length) return h("p", { class: "muted" }, "No dated articles yet.");
  const days = points.map((p) => dayNumber(p.date));
  const lo = Math.min(...days), hi = Math.max(...days) + 1;
  const top = Math.max(...points.map((p) => p.value), 1);
  const x = (d) => pad.l + ((d - lo) / (hi - lo)) * (width - pad.l - pad.r);
  const y = (v) => height - pad.b - (v / top) * (height - pad.t - pad.b);
  const barWidth = Math.max(2, Math.min(18, (width - pad.l - pad.r) / (hi - lo) - 1));
  svg.appendChild(s("line", { x1: pad.l, x2: width - pad.r, y1: y(0), y2: y(0), class: "axis" }));
  svg.appendChild(s("text", { x: pad.l - 6, y: y(top) + 4, class: "tick", "text-anchor": "end" }, String(top)));
  svg.appendChild(s("text", { x: pad.l - 6, y: y(0), class: "tick", "text-anchor": "end" }, "0"));
  points.forEach((p, i) => {
    const bar = s("rect", { x: x(days[i]), y: y(p.value), width: barWidth, height: y(0) - y(p.value), class: "bar" },
      s("title", {}, `${p.date}: ${p.value} ${opts.unit}`));
    if (opts.onclick) { bar.classList.add("clickable"); bar.addEventListener("click", () => opts.onclick(p)); }
    svg.appendChild(bar);
  });
  const labels = [lo, Math.floor((lo + hi) / 2), hi - 1];
  labels.forEach((d, i) => {
    const iso = new Date(d * 86400000).toISOString().slice(0, 10);
    svg.appendChild(s("text", { x: x(d), y: height - 6, class: "tick", "text-anchor": ["start", "middle", "end"][i] }, iso));
  });
  for (const marker of opts.markers || []) {
    const d = dayNumber(marker.date.slice(0, 10));
    if (!Number.isFinite(d)) continue;
    svg.appendChild(s("circle", { cx: x(Math.min(Math.max(d, lo), hi - 1)) + barWidth / 2, cy: pad.t, r: 5, class: "marker" },
      s("title", {}, marker.label)));
  }
  return svg;
}

/* ---------- views ---------- */

function storyCard(story) {
  return h("li", { class: "story" },
    h("div", { class: "story-head" },
      link(storyHref(story.id), story.title || story.id),
      h("span", { class: "count" }, story.article_count + (story.article_count === 1 ? " article" : " articles"))),
    h("div", { class: "meta" },
      h("span", { class: "langs" }, story.languages.map(langBadge)),
      h("span", { class: "dates" }, span(story.first_published, story.last_published)),
      story.sources.length ? h("span", { class: "sources" }, story.sources.join(" · ")) : null));
}

async function viewStories(params) {
  const limit = 30, offset = Number(params.get("offset") || 0);
  const filters = { language: params.get("language") || "", since: params.get("since") || "",
    until: params.get("until") || "", q: params.get("q") || "", entity: params.get("entity") || "" };
  const [page, volume] = await Promise.all([get("/stories", { ...filters, limit, offset }), get("/volume")]);
  const languageSelect = h("select", { name: "language", "aria-label": "Language" },
    h("option", { value: "" }, "all languages"),
    Object.entries(LANGS).map(([code, name]) => h("option", { value: code, selected: filters.language === code }, name)));
  const form = h("form", { class: "filters", onsubmit: (e) => {
      e.preventDefault();
      const data = new URLSearchParams(new FormData(form));
      for (const [k, v] of [...data]) if (!v) data.delete(k);
      location.hash = "#/?" + data;
    } },
    languageSelect,
    h("label", {}, "from ", h("input", { type: "date", name: "since", value: filters.since })),
    h("label", {}, "to ", h("input", { type: "date", name: "until", value: filters.until })),
    h("input", { type: "text", name: "q", value: filters.q, placeholder: "words in the stories", maxlength: 500 }),
    filters.entity ? h("input", { type: "hidden", name: "entity", value: filters.entity }) : null,
    h("button", { type: "submit" }, "Filter"));
  const chart = barChart(volume.map((d) => ({ date: d.date, value: d.articles })),
    { label: "Articles per day", unit: "articles",
      onclick: (p) => { location.hash = "#/?since=" + p.date + "&until=" + p.date; } });
  const pager = h("div", { class: "pager" },
    offset > 0 ? link(pageHash(params, Math.max(0, offset - limit)), "← newer") : null,
    h("span", { class: "muted" }, `${page.total ? offset + 1 : 0}–${offset + page.items.length} of ${page.total}`),
    offset + limit < page.total ? link(pageHash(params, offset + limit), "older →") : null);
  show(h("section", { class: "panel" }, h("h2", {}, "Story volume"), chart),
    h("section", {}, h("h1", {}, "Stories"), form,
      page.items.length ? h("ul", { class: "stories", id: "story-list" }, page.items.map(storyCard))
        : h("p", { class: "muted" }, "No stories match."), pager));
}

function pageHash(params, offset) {
  const next = new URLSearchParams(params);
  next.set("offset", offset);
  return "#/?" + next;
}

function markedText(article, names) {
  /* the article text as text nodes, with each linked mention wrapped in <a class=mention> */
  const text = article.text;
  const out = [];
  let at = 0;
  const mentions = article.mentions.filter((m) => m.start >= 0 && m.end <= text.length).sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    if (m.start < at) continue;
    out.push(text.slice(at, m.start));
    const title = (names[m.entity] && names[m.entity].name) || m.text;
    out.push(m.entity ? h("a", { class: "mention t-" + m.type, href: entityHref(m.entity), title: title + " · " + m.type },
      text.slice(m.start, m.end)) : h("mark", { class: "mention t-" + m.type }, text.slice(m.start, m.end)));
    at = m.end;
  }
  out.push(text.slice(at));
  return out;
}

async function viewStory(id) {
  const data = await get("/stories/" + enc(id));
  const story = data.story;
  const names = {};
  for (const e of data.entities) names[e.id] = e;
  for (const [k, v] of Object.entries(data.names)) names[k] = v;
  const columns = data.languages.map((group) => h("section", { class: "column", "data-lang": group.language,
      dir: RTL.has(group.language) ? "rtl" : null, lang: group.language },
    h("h3", {}, langBadge(group.language), " ", LANGS[group.language] || group.language,
      h("span", { class: "muted" }, ` · ${group.articles.length}`)),
    group.articles.map((a) => h("article", { class: "article" },
      h("h4", {}, a.title || a.id),
      h("div", { class: "meta" }, a.published || "undated", a.source ? " · " + a.source : "",
        a.url ? [" · ", h("a", { href: a.url, rel: "noopener noreferrer", target: "_blank" }, "source")] : null),
      h("div", { class: "text" }, markedText(a, names))))));
  const events = data.events.length ? h("section", { class: "panel" }, h("h2", {}, "Events"), eventList(data.events)) : null;
  show(h("h1", {}, story.title || story.id),
    h("div", { class: "meta" }, h("span", { class: "langs", id: "story-languages" }, story.languages.map(langBadge)),
      h("span", {}, span(story.first_published, story.last_published)),
      h("span", {}, story.article_count + " articles"),
      story.storyline ? link("#/storyline/" + enc(story.storyline), "storyline") : null),
    story.sources.length ? h("p", { class: "sources" }, "Sources: " + story.sources.join(" · ")) : null,
    h("div", { class: "chips" }, data.entities.slice(0, 14).map((e) =>
      link(entityHref(e.id), h("span", { class: "chip t-" + e.type }, e.name, h("small", {}, " " + e.articles))))),
    events,
    h("div", { class: "columns", style: null }, columns));
}

function eventList(events) {
  return h("ul", { class: "events" }, events.map((e) => {
    const name = (id) => (e.names[id] && e.names[id].name) || id;
    return h("li", {}, h("span", { class: "etype" }, e.type), " ",
      h("span", { class: "muted" }, e.date || "undated"), " ",
      e.sources.map((id, i) => [i ? ", " : "", link(entityHref(id), name(id))]),
      e.targets.length ? [" → ", e.targets.map((id, i) => [i ? ", " : "", link(entityHref(id), name(id))])] : null,
      e.place ? [" in ", link(entityHref(e.place), name(e.place))] : null,
      e.status !== "happened" ? h("span", { class: "muted" }, ` (${e.status})`) : null,
      e.story ? [" · ", link(storyHref(e.story), "story")] : null);
  }));
}

async function viewEntity(id) {
  const [entity, timeline, stories] = await Promise.all([
    get("/entities/" + enc(id)), get("/entities/" + enc(id) + "/timeline"), get("/stories", { entity: id, limit: 20 })]);
  const aliases = Object.entries(entity.aliases_by_language).sort();
  const chart = barChart(timeline.mentions.map((d) => ({ date: d.date, value: d.articles })),
    { label: "Articles naming " + entity.name + " per day", unit: "articles",
      markers: timeline.events.filter((e) => e.date).map((e) => ({ date: e.date, label: e.type + " " + e.date })) });
  show(h("h1", {}, entity.name, " ", h("span", { class: "chip t-" + entity.type }, entity.type)),
    h("p", { class: "meta" }, `${entity.article_count} articles`, entity.country ? " · " + entity.country : ""),
    h("section", { class: "panel" }, h("h2", {}, "Aliases"),
      h("table", { class: "aliases" }, aliases.map(([lang, forms]) =>
        h("tr", {}, h("th", {}, langBadge(lang)), h("td", { lang }, forms.join(" · ")))))),
    h("section", { class: "panel" }, h("h2", {}, "Timeline"), chart,
      timeline.events.length ? eventList(timeline.events) : h("p", { class: "muted" }, "No events recorded yet.")),
    h("section", {}, h("h2", {}, "Stories"),
      h("ul", { class: "stories" }, stories.items.map(storyCard))));
}

async function viewSearch(params) {
  const q = params.get("q") || "";
  document.getElementById("search-box").value = q;
  const data = await get("/search", { q, limit: 50 });
  show(h("h1", {}, "Search: ", h("q", {}, q)),
    h("p", { class: "meta" }, `${data.hits.length} articles in `, h("span", { class: "langs", id: "search-languages" },
      data.languages.map(langBadge))),
    data.entities.length ? h("div", { class: "chips" }, "Names: ", data.entities.map((e) =>
      link(entityHref(e.id), h("span", { class: "chip t-" + e.type }, e.name)))) : null,
    h("ol", { class: "hits", id: "hits" }, data.hits.map((hit) => h("li", { class: "hit", "data-lang": hit.language },
      h("div", {}, langBadge(hit.language), " ", link(hit.story ? storyHref(hit.story) : "#/", hit.title || hit.id),
        h("span", { class: "muted" }, " " + (hit.published || ""))),
      hit.snippet ? h("p", { class: "snippet", lang: hit.language }, hit.snippet) : null,
      h("div", { class: "via muted" }, "found by " + hit.matched_by.join(", "))))));
}

async function viewNetwork() {
  const data = await get("/network", { limit: 80 });
  if (!data.edges.length) {
    show(h("h1", {}, "Actor network"), h("p", { class: "muted" }, "No events with two or more actors yet."));
    return;
  }
  show(h("h1", {}, "Actor network"), h("p", { class: "muted" }, "Who met or dealt with whom; thicker lines, more events."),
    networkChart(data));
}

function networkChart(data) {
  /* a small force layout (Fruchterman-Reingold with cooling): nodes repel, edges pull to a rest length */
  const width = 960, height = 640;
  const k = 0.45 * Math.sqrt((width * height) / Math.max(1, data.nodes.length));
  const nodes = data.nodes.map((n, i) => ({ ...n, x: width / 2 + 200 * Math.cos(i * 2.4) * Math.sqrt((i + 1) / data.nodes.length),
    y: height / 2 + 200 * Math.sin(i * 2.4) * Math.sqrt((i + 1) / data.nodes.length) }));
  const byId = Object.fromEntries(nodes.map((n) => [n.id, n]));
  const edges = data.edges.filter((e) => byId[e.source] && byId[e.target]);
  let temperature = width / 10;
  for (let step = 0; step < 300; step++, temperature *= 0.98) {
    for (const n of nodes) {  // gravity keeps loose parts on the canvas
      n.dx = (width / 2 - n.x) * 0.2; n.dy = (height / 2 - n.y) * 0.3;
    }
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i], b = nodes[j];
      const dx = a.x - b.x, dy = a.y - b.y, d = Math.max(0.5, Math.hypot(dx, dy));
      const push = (k * k) / d / d;
      a.dx += dx * push; a.dy += dy * push; b.dx -= dx * push; b.dy -= dy * push;
    }
    for (const e of edges) {
      const a = byId[e.source], b = byId[e.target];
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(0.5, Math.hypot(dx, dy));
      const pull = (d / k) * Math.min(2, 0.5 + e.events / 2);
      a.dx += dx * pull; a.dy += dy * pull; b.dx -= dx * pull; b.dy -= dy * pull;
    }
    for (const n of nodes) {
      const d = Math.max(1e-6, Math.hypot(n.dx, n.dy)), move = Math.min(d, temperature);
      n.x = Math.min(width - 80, Math.max(20, n.x + (n.dx / d) * move));
      n.y = Math.min(height - 15, Math.max(15, n.y + (n.dy / d) * move));
    }
  }
  const labelled = new Set([...nodes].sort((a, b) => b.events - a.events).slice(0, 30).map((n) => n.id));
  const svg = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "chart network", role: "img", "aria-label": "Actor network" });
  for (const e of edges) {
    const a = byId[e.source], b = byId[e.target];
    svg.appendChild(s("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: "edge", "stroke-width": Math.min(8, 0.5 + e.events) },
      s("title", {}, `${a.name} – ${b.name}: ${Object.entries(e.types).map(([t, n]) => t + " " + n).join(", ")}`)));
  }
  for (const n of nodes) {
    svg.appendChild(s("a", { href: entityHref(n.id) },
      s("circle", { cx: n.x, cy: n.y, r: 4 + Math.min(10, Math.sqrt(n.events) * 2), class: "node t-" + n.type },
        s("title", {}, `${n.name} · ${n.events} events`)),
      labelled.has(n.id) ? s("text", { x: n.x + 9, y: n.y + 4, class: "label" }, n.name || n.id) : null));
  }
  return svg;
}

async function viewStoryline(id) {
  const line = await get("/storylines/" + enc(id));
  show(h("h1", {}, line.title), h("p", { class: "meta" }, span(line.first_published, line.last_published)),
    h("ul", { class: "stories" }, line.stories.map((st) => storyCard({ ...st, article_count: st.articles.length, sources: [] }))));
}

/* ---------- routing ---------- */

async function route() {
  const hash = location.hash.slice(1) || "/";
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  try {
    if (parts[0] === "story" && parts[1]) await viewStory(parts[1]);
    else if (parts[0] === "entity" && parts[1]) await viewEntity(parts[1]);
    else if (parts[0] === "storyline" && parts[1]) await viewStoryline(parts[1]);
    else if (parts[0] === "search") await viewSearch(params);
    else if (parts[0] === "network") await viewNetwork();
    else await viewStories(params);
  } catch (error) {
    show(h("h1", {}, "Something went wrong"), h("p", { class: "error" }, error.message));
  }
  document.body.dataset.ready = "1";
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const q = document.getElementById("search-box").value.trim();
    if (q) location.hash = "#/search?q=" + enc(q);
  });
  window.addEventListener("hashchange", () => { document.body.dataset.ready = ""; route(); });
  route();
});
