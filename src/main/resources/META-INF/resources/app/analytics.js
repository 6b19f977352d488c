// The analytics page: where a line's callers went, from GET /api/flows/{id}/analytics (real calls)
// or GET /api/flows/{id}/crowd (the last practice crowd, simulated), drawn three ways: the line's
// diagram (diagram.js) with traffic as line width and abandonment as node colour, charts (Apache
// ECharts, canvas) and tables with the same figures. It asks again every 10 seconds while the tab
// is shown, without reloading the page. A practice crowd's figures are only ever shown on their
// own, labelled as simulated: the two views never mix.
(function () {
  "use strict";

  var REFRESH_MS = 10000;
  var OUTCOMES = ["self-served", "transferred", "hung-up", "abandoned", "error"];
  var COLOURS = {
    "self-served": "#1d6b35", "transferred": "#0b5cad", "hung-up": "#c25e00",
    "abandoned": "#b3261e", "error": "#6b4fa0"
  };
  var SINCE_MS = { hour: 3600 * 1000, day: 24 * 3600 * 1000 };
  /** Abandonment bands, as the legend names them: under 5 %, 15 %, 30 %, then 30 % or more. */
  var BANDS = [0.05, 0.15, 0.30];

  var D = window.IvrDiagram;
  var main = document.querySelector("main.analytics-page[data-flow]");
  if (!main) {
    return;
  }
  var flow = main.getAttribute("data-flow");
  var api = "/api/flows/" + encodeURIComponent(flow);
  var $ = function (id) { return document.getElementById(id); };

  var state = {
    since: main.getAttribute("data-since") || "all",
    channel: main.getAttribute("data-channel") || "all",
    view: new URLSearchParams(location.search).get("view") === "simulated" ? "simulated" : "real",
    shown: null,      // the report on the page now
    crowd: null,      // the last crowd run ({callers, seed, profiles, report}), when there is one
    svg: null,        // the diagram as drawn now
    generation: 0,    // bumped when the view or the filters change: older answers are dropped
    timer: null,
    refreshes: 0
  };
  var charts = {};

  // ---- Asking the server --------------------------------------------------------------------

  function getJson(url, options) {
    return fetch(url, Object.assign({ headers: { "Accept": "application/json" },
      credentials: "same-origin" }, options || {})).then(function (r) {
      return r.text().then(function (text) {
        var body = null;
        try {
          body = text ? JSON.parse(text) : null;
        } catch (ignored) {
          body = null;
        }
        return { status: r.status, ok: r.ok, body: body };
      });
    });
  }

  function problemText(answer, what) {
    var detail = answer.body && (answer.body.detail || answer.body.title);
    return what + " (" + answer.status + ")" + (detail ? ": " + detail : ".");
  }

  function realUrl() {
    var query = new URLSearchParams();
    if (SINCE_MS[state.since]) {
      query.set("since", String(Date.now() - SINCE_MS[state.since]));
    }
    if (state.channel !== "all") {
      query.set("channel", state.channel);
    }
    var q = query.toString();
    return api + "/analytics" + (q ? "?" + q : "");
  }

  /** The last crowd run, or null when none has run on this line (404). */
  function loadCrowd() {
    return getJson(api + "/crowd").then(function (answer) {
      if (answer.status === 404) {
        return null;
      }
      if (!answer.ok) {
        throw new Error(problemText(answer, "The practice crowd could not be loaded"));
      }
      return answer.body;
    });
  }

  function loadReal() {
    return getJson(realUrl()).then(function (answer) {
      if (!answer.ok) {
        throw new Error(problemText(answer, "The figures could not be loaded"));
      }
      return answer.body;
    });
  }

  /** Asks for the figures of the view shown, and shows them (unless the view changed meanwhile). */
  function refresh() {
    var generation = state.generation;
    var view = state.view;
    var asked = view === "simulated" ? loadCrowd().then(function (crowd) {
      state.crowd = crowd;
      return crowd ? crowd.report : null;
    }) : loadReal();
    return asked.then(function (report) {
      if (generation !== state.generation) {
        return;
      }
      $("load-problem").textContent = "";
      state.refreshes++;
      main.setAttribute("data-refreshes", String(state.refreshes));
      if (view === "simulated" && !report) {
        showNoCrowd();
        return;
      }
      show(report, view);
    }).catch(function (error) {
      if (generation === state.generation) {
        $("load-problem").textContent = error.message + " Trying again in "
          + REFRESH_MS / 1000 + " seconds.";
      }
    });
  }

  // ---- Refreshing on its own, while the tab is shown ----------------------------------------

  function schedule() {
    clearTimeout(state.timer);
    if (!document.hidden) {
      state.timer = setTimeout(tick, REFRESH_MS);
    }
  }

  function tick() {
    refresh().then(schedule);
  }

  document.addEventListener("visibilitychange", function () {
    if (document.hidden) {
      clearTimeout(state.timer);
    } else {
      tick();
    }
  });

  /** A change of view or filters: the address says it, and the figures are asked for at once. */
  function changed() {
    state.generation++;
    var query = new URLSearchParams();
    if (state.since !== "all") {
      query.set("since", state.since);
    }
    if (state.channel !== "all") {
      query.set("channel", state.channel);
    }
    if (state.view === "simulated") {
      query.set("view", "simulated");
    }
    var q = query.toString();
    history.replaceState(null, "", location.pathname + (q ? "?" + q : ""));
    showView();
    clearTimeout(state.timer);
    tick();
  }

  // ---- Formatting ---------------------------------------------------------------------------

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  function clock(ms, withDate) {
    var d = new Date(ms);
    var time = pad(d.getHours()) + ":" + pad(d.getMinutes());
    return withDate ? d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) + " " + time : time;
  }

  /**
   * When a slot of calls over time starts: the clock for real calls; for a crowd, whose callers
   * call at no real time (their calls count from 0), minutes from the crowd's start.
   */
  function when(r, slot, withDate) {
    if (r.simulated) {
      return "+" + Math.round(slot.startMs / 60000) + " min";
    }
    return clock(slot.startMs, withDate);
  }

  function percent(share) {
    return (Math.round(share * 1000) / 10).toFixed(1) + " %";
  }

  function seconds(ms) {
    return ms === null || ms === undefined ? "–" : (ms / 1000).toFixed(1) + " s";
  }

  /** A node's id as the page shows it: the line's own nodes by name, a sub-flow's with its flow. */
  function nodeName(id) {
    return id.indexOf(flow + "/") === 0 ? id.substring(flow.length + 1) : id;
  }

  // ---- Tables -------------------------------------------------------------------------------

  function cell(row, text, header, number) {
    var c = document.createElement(header ? "th" : "td");
    if (header) {
      c.setAttribute("scope", "row");
    }
    if (number) {
      c.className = "number";
    }
    c.textContent = text;
    row.appendChild(c);
    return c;
  }

  /** Fills a table's body: rows of [header, ...cells]; numbers are right-aligned. */
  function fill(tableId, rows, emptyText) {
    var body = $(tableId).querySelector("tbody");
    body.textContent = "";
    if (!rows.length) {
      var tr = document.createElement("tr");
      var td = cell(tr, emptyText);
      td.colSpan = $(tableId).querySelectorAll("thead th").length;
      body.appendChild(tr);
      return;
    }
    rows.forEach(function (values) {
      var tr = document.createElement("tr");
      values.forEach(function (v, i) {
        cell(tr, String(v), i === 0, i > 0 && /^[\d.,–]+( %| s)?$/.test(String(v)));
      });
      body.appendChild(tr);
    });
  }

  function showTables(r) {
    $("figure-calls").textContent = String(r.calls);
    $("figure-containment").textContent = r.calls ? percent(r.containment) : "–";
    $("figure-median").textContent = seconds(r.medianTimeToAgentMs);
    $("figure-p90").textContent = seconds(r.p90TimeToAgentMs);
    fill("outcomes-table", OUTCOMES.map(function (o) {
      var n = (r.outcomes || {})[o] || 0;
      return [o, n, r.calls ? percent(n / r.calls) : "–"];
    }), "No calls.");
    fill("channels-table", Object.keys(r.channels || {}).map(function (c) {
      return [c, r.channels[c]];
    }), "No calls.");
    fill("transfers-table", (r.transfers || []).map(function (q) {
      return [q.queue, q.calls, percent(q.share)];
    }), "No call was transferred.");
    fill("time-to-agent-table", (r.timeToAgent || []).map(function (b) {
      return [b.label, b.calls];
    }), "No call was transferred.");
    fill("nodes-table", (r.nodes || []).map(function (n) {
      return [nodeName(n.node), n.visits, n.calls, n.abandoned, percent(n.abandonment),
        n.noInput, n.noMatch, percent(n.repromptRate)];
    }), "No calls.");
    fill("paths-table", (r.topPaths || []).map(function (p) {
      return [p.path.map(nodeName).join(" → "), p.outcome, p.calls];
    }), "No calls.");
    fill("missions-table", (r.missions || []).map(function (m) {
      var left = Object.keys(m.leftAt || {}).map(function (k) {
        return nodeName(k) + ": " + m.leftAt[k];
      }).join(", ");
      return [m.mission, m.calls, m.reached, percent(m.share), left || "–"];
    }), "No call had a mission.");
    fill("over-time-table", (r.overTime || []).map(function (s) {
      var parts = OUTCOMES.filter(function (o) { return (s.outcomes || {})[o]; }).map(function (o) {
        return o + " " + s.outcomes[o];
      });
      return [when(r, s, true), s.calls, parts.join(", ") || "–"];
    }), "No calls.");
  }

  /** The crowd's profiles (the simulated view only): who the callers were, and how each fared. */
  function showProfiles(profiles) {
    $("profiles-table").hidden = !profiles;
    if (profiles) {
      fill("profiles-table", profiles.map(function (p) {
        var o = p.outcomes || {};
        return [p.name, p.callers, o["self-served"] || 0, o.transferred || 0, o.abandoned || 0,
          percent(p.containment), seconds(p.medianTimeToAgentMs)];
      }), "No profiles.");
    }
  }

  // ---- Charts (ECharts, drawn to canvas; tooltips as canvas text, so no inline styles) -------

  function chart(id) {
    if (!window.echarts) {
      return null;
    }
    if (!charts[id]) {
      charts[id] = window.echarts.init($(id), null, { renderer: "canvas" });
    }
    return charts[id];
  }

  var BASE = {
    animation: false,
    textStyle: { fontFamily: "system-ui, sans-serif" },
    tooltip: { renderMode: "richText" }
  };

  function options(extra) {
    return Object.assign({}, BASE, extra);
  }

  function bucketOf(buckets, ms) {
    for (var i = 0; i < buckets.length; i++) {
      var b = buckets[i];
      if (ms >= b.fromMs && (b.toMs === null || b.toMs === undefined || ms < b.toMs)) {
        return b.label;
      }
    }
    return null;
  }

  function drawOverTime(r) {
    var slots = r.overTime || [];
    var wide = slots.some(function (s) { return s.widthMs >= 24 * 3600 * 1000; });
    var c = chart("chart-over-time");
    if (c) {
      c.setOption(options({
        tooltip: { trigger: "axis", renderMode: "richText" },
        legend: { top: 0 },
        grid: { left: 8, right: 12, top: 72, bottom: 8, containLabel: true },
        xAxis: { type: "category", data: slots.map(function (s) { return when(r, s, wide); }) },
        yAxis: { type: "value", minInterval: 1, name: "calls" },
        series: OUTCOMES.map(function (o) {
          return { name: o, type: "bar", stack: "calls", itemStyle: { color: COLOURS[o] },
            data: slots.map(function (s) { return (s.outcomes || {})[o] || 0; }) };
        })
      }), true);
    }
    var busiest = slots.reduce(function (b, s) { return !b || s.calls > b.calls ? s : b; }, null);
    $("over-time-summary").textContent = slots.length
      ? r.calls + " calls in " + slots.length + " periods from " + when(r, slots[0], true)
        + "; the busiest, from " + when(r, busiest, wide) + ", had " + busiest.calls + "."
      : "No calls.";
  }

  function drawOutcomes(r) {
    var c = chart("chart-outcomes");
    var counts = OUTCOMES.map(function (o) { return (r.outcomes || {})[o] || 0; });
    if (c) {
      c.setOption(options({
        tooltip: { trigger: "item", renderMode: "richText" },
        grid: { left: 8, right: 48, top: 16, bottom: 8, containLabel: true },
        yAxis: { type: "category", data: OUTCOMES, inverse: true },
        xAxis: { type: "value", minInterval: 1 },
        series: [{ type: "bar", name: "calls", label: { show: true, position: "right" },
          data: counts.map(function (n, i) {
            return { value: n, itemStyle: { color: COLOURS[OUTCOMES[i]] } };
          }) }]
      }), true);
    }
    $("outcomes-summary").textContent = r.calls
      ? OUTCOMES.map(function (o, i) { return o + " " + counts[i]; }).join(", ") + " of "
        + r.calls + " calls; containment " + percent(r.containment) + "."
      : "No calls.";
  }

  function drawTimeToAgent(r) {
    var buckets = r.timeToAgent || [];
    // One dashed line per bucket that holds the median or the 90th percentile, labelled with both
    // when one bucket holds both.
    var marks = [];
    [["median", r.medianTimeToAgentMs], ["90th percentile", r.p90TimeToAgentMs]].forEach(function (m) {
      var at = m[1] === null || m[1] === undefined ? null : bucketOf(buckets, m[1]);
      if (at === null) {
        return;
      }
      var words = m[0] + " " + seconds(m[1]);
      var same = marks.filter(function (k) { return k.xAxis === at; })[0];
      if (same) {
        same.label.formatter += "\n" + words;
      } else {
        marks.push({ name: m[0], xAxis: at, label: { formatter: words, position: "end", lineHeight: 16 } });
      }
    });
    var c = chart("chart-time-to-agent");
    if (c) {
      c.setOption(options({
        tooltip: { trigger: "axis", renderMode: "richText" },
        grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
        xAxis: { type: "category", data: buckets.map(function (b) { return b.label; }) },
        yAxis: { type: "value", minInterval: 1, name: "calls" },
        series: [{ type: "bar", name: "transferred calls", itemStyle: { color: COLOURS.transferred },
          data: buckets.map(function (b) { return b.calls; }),
          markLine: { symbol: "none", silent: true, lineStyle: { color: "#1b1f24", type: "dashed" },
            data: marks } }]
      }), true);
    }
    var transferred = buckets.reduce(function (n, b) { return n + b.calls; }, 0);
    $("time-to-agent-summary").textContent = transferred
      ? transferred + " calls reached an agent: median " + seconds(r.medianTimeToAgentMs)
        + ", 90th percentile " + seconds(r.p90TimeToAgentMs) + "."
      : "No call reached an agent.";
  }

  function drawCharts(r) {
    if (!window.echarts) {
      document.querySelectorAll(".chart").forEach(function (box) {
        box.textContent = "The chart library did not load: the tables below have the same figures.";
      });
    }
    drawOverTime(r);
    drawOutcomes(r);
    drawTimeToAgent(r);
  }

  window.addEventListener("resize", function () {
    Object.keys(charts).forEach(function (id) { charts[id].resize(); });
  });

  // ---- The diagram: traffic as line width, abandonment as node colour ----------------------

  function band(n) {
    if (!n || !n.calls) {
      return "no-calls";
    }
    if (n.abandonment <= 0) {
      return "abandon-0";
    }
    for (var i = 0; i < BANDS.length; i++) {
      if (n.abandonment < BANDS[i]) {
        return "abandon-" + (i + 1);
      }
    }
    return "abandon-4";
  }

  function titleOf(g, words) {
    var t = g.querySelector(":scope > title");
    if (!t) {
      t = document.createElementNS("http://www.w3.org/2000/svg", "title");
      g.appendChild(t);
    }
    if (!g.hasAttribute("data-base-title")) {
      g.setAttribute("data-base-title", t.textContent);
    }
    t.textContent = g.getAttribute("data-base-title") + words;
  }

  /** Styles the drawn diagram from the report shown (again after each refresh and each redraw). */
  function decorate(svg) {
    var r = state.shown;
    if (!svg || !r) {
      return;
    }
    var nodes = {};
    (r.nodes || []).forEach(function (n) { nodes[n.node] = n; });
    var traffic = {};
    var most = 1;
    (r.edges || []).forEach(function (e) {
      traffic[e.from + "->" + e.to] = e.calls;
      most = Math.max(most, e.calls);
    });
    svg.querySelectorAll("g.node[data-node]").forEach(function (g) {
      var n = nodes[g.getAttribute("data-node")];
      ["no-calls", "abandon-0", "abandon-1", "abandon-2", "abandon-3", "abandon-4"].forEach(function (c) {
        g.classList.remove(c);
      });
      g.classList.add(band(n));
      titleOf(g, n ? ": " + n.calls + " calls, " + n.abandoned + " hung up here ("
        + percent(n.abandonment) + ")" : ": no calls");
    });
    svg.querySelectorAll("g.edge[data-edges]").forEach(function (g) {
      var calls = g.getAttribute("data-edges").split(" ").reduce(function (sum, key) {
        return sum + (traffic[key] || 0);
      }, 0);
      var width = calls ? 1.5 + 8.5 * Math.sqrt(calls / most) : 1;
      g.querySelector("path").style.strokeWidth = width.toFixed(2) + "px";
      g.setAttribute("data-calls", String(calls));
      g.classList.toggle("no-traffic", !calls);
      titleOf(g, calls === 1 ? "1 call took this way" : calls + " calls took this way");
    });
  }

  function drawDiagram() {
    Promise.all([D.load(flow), D.ensureLibrary()]).then(function (all) {
      var diagram = all[0];
      var start = diagram.nodes.length ? diagram.nodes[0].id : null;
      return D.show($("diagram"), diagram, {
        title: "Diagram of " + diagram.flow + " and its sub-flows: the wider a way, the more calls"
          + " took it; the redder a node, the more of its callers hung up there",
        fitButton: $("zoom"),
        open: function () { return true; },
        focus: start ? "[data-node='" + start + "']" : null,
        drawn: function (svg) {
          state.svg = svg;
          decorate(svg);
        }
      });
    }).catch(function (error) {
      $("diagram").textContent = error.message + " The nodes table below has the same figures.";
    });
  }

  // ---- The two views ------------------------------------------------------------------------

  function showView() {
    var simulated = state.view === "simulated";
    main.setAttribute("data-view", state.view);
    $("show-real").setAttribute("aria-pressed", String(!simulated));
    $("show-simulated").setAttribute("aria-pressed", String(simulated));
    $("filters").querySelector("fieldset").disabled = simulated;
    if (!simulated) {
      $("simulated-label").hidden = true;
    }
  }

  /** The simulated view before any crowd ran: no figures at all, rather than the real ones. */
  function showNoCrowd() {
    show({ flow: flow, simulated: true, calls: 0, outcomes: {}, channels: {}, containment: 0,
      transfers: [], nodes: [], edges: [], medianTimeToAgentMs: null, p90TimeToAgentMs: null,
      timeToAgent: [], topPaths: [], missions: [], overTime: [] }, "none");
    var label = $("simulated-label");
    label.hidden = false;
    label.textContent = "No practice crowd has run on this line yet: run one above.";
    $("updated").textContent = "";
  }

  function show(report, view) {
    state.shown = report;
    var label = $("simulated-label");
    if (view === "simulated" && state.crowd) {
      label.hidden = false;
      label.textContent = "Simulated: " + state.crowd.callers + " practice callers, seed "
        + state.crowd.seed + " — not real calls.";
      $("show-simulated").disabled = false;
    } else {
      label.hidden = true;
    }
    showProfiles(view === "simulated" && state.crowd ? state.crowd.profiles : null);
    main.setAttribute("data-loaded", view === "none" ? "none" : report.simulated ? "simulated" : "real");
    showTables(report);
    drawCharts(report);
    decorate(state.svg);
    var now = new Date();
    $("updated").textContent = (view === "simulated" ? "Practice crowd shown; updated " : "Updated ")
      + pad(now.getHours()) + ":" + pad(now.getMinutes()) + ":" + pad(now.getSeconds());
  }

  // ---- The page's controls ------------------------------------------------------------------

  function runCrowd(event) {
    event.preventDefault();
    var form = $("crowd-form");
    if (!form.reportValidity()) {
      return;
    }
    var callers = parseInt($("crowd-callers").value, 10);
    var seed = parseInt($("crowd-seed").value, 10);
    var button = $("run-crowd");
    var status = $("crowd-status");
    button.disabled = true;
    status.textContent = "Running " + callers + " practice callers…";
    getJson(api + "/crowd", {
      method: "POST",
      headers: { "Accept": "application/json", "Content-Type": "application/json" },
      body: JSON.stringify({ callers: callers, seed: seed })
    }).then(function (answer) {
      if (!answer.ok) {
        throw new Error(problemText(answer, "The practice crowd did not run"));
      }
      state.crowd = answer.body;
      $("show-simulated").disabled = false;
      status.textContent = "Done: " + answer.body.callers + " practice callers, seed "
        + answer.body.seed + ".";
      state.view = "simulated";
      changed();
    }).catch(function (error) {
      status.textContent = error.message;
    }).then(function () {
      button.disabled = false;
    });
  }

  function setUp() {
    $("crowd-form").addEventListener("submit", runCrowd);
    $("filters").addEventListener("submit", function (event) {
      event.preventDefault();
      changed();
    });
    $("since").addEventListener("change", function () {
      state.since = $("since").value;
      changed();
    });
    $("channel").addEventListener("change", function () {
      state.channel = $("channel").value;
      changed();
    });
    $("show-real").addEventListener("click", function () {
      state.view = "real";
      changed();
    });
    $("show-simulated").addEventListener("click", function () {
      state.view = "simulated";
      changed();
    });
    // Whether a crowd has run decides whether its view can be chosen.
    loadCrowd().then(function (crowd) {
      state.crowd = crowd;
      $("show-simulated").disabled = !crowd;
    }).catch(function () { /* the real view does not need it */ });
    showView();
    drawDiagram();
    tick();
  }

  setUp();
})();
