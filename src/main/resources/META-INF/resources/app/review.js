// The review of a call: the line drawn as a diagram (nodes and ways from GET
// /api/flows/{id}/diagram, laid out by dagre), with the caller's path and the quickest route
// overlaid as CSS classes. Only the line and the sub-flows the call or the route entered are drawn.
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";
  var diagrams = {};

  function diagramOf(flow) {
    if (!diagrams[flow]) {
      diagrams[flow] = fetch("/api/flows/" + encodeURIComponent(flow) + "/diagram", {
        headers: { "Accept": "application/json" }
      }).then(function (r) {
        if (!r.ok) {
          throw new Error("The diagram could not be loaded (" + r.status + ").");
        }
        return r.json();
      });
    }
    return diagrams[flow];
  }

  function pairs(path) {
    var out = {};
    for (var i = 1; i < path.length; i++) {
      out[path[i - 1] + "->" + path[i]] = true;
    }
    return out;
  }

  function flowOf(nodeId) {
    return nodeId.split("/")[0];
  }

  function layout(diagram, path, quickest) {
    var shown = {};
    shown[diagram.flow] = true;
    path.concat(quickest).forEach(function (n) { shown[flowOf(n)] = true; });
    var g = new dagre.graphlib.Graph({ compound: true, multigraph: false });
    g.setGraph({ rankdir: "TB", nodesep: 18, ranksep: 34, marginx: 12, marginy: 12 });
    g.setDefaultEdgeLabel(function () { return {}; });
    diagram.flows.forEach(function (f) {
      if (shown[f.id]) {
        g.setNode("cluster:" + f.id, { label: f.name, cluster: true, paddingTop: 24 });
      }
    });
    diagram.nodes.forEach(function (n) {
      if (shown[n.flow]) {
        g.setNode(n.id, { label: n.node, kind: n.kind, width: 16 + 7 * n.node.length, height: 28 });
        g.setParent(n.id, "cluster:" + n.flow);
      }
    });
    var known = {};
    var taken = pairs(path), routed = pairs(quickest);
    diagram.edges.forEach(function (e) {
      var key = e.from + "->" + e.to;
      // Escapes and fallbacks lead from every menu to the agent: drawn only when taken.
      var incidental = (e.kind === "escape" || e.kind === "fallback") && !taken[key] && !routed[key];
      if (g.hasNode(e.from) && g.hasNode(e.to) && !incidental) {
        known[key] = true;
        if (e.from !== e.to) {
          g.setEdge(e.from, e.to, { label: e.label, kind: e.kind });
        }
      }
    });
    // Ways the call took that the graph draws elsewhere (an escape out of a sub-flow).
    Object.keys(taken).forEach(function (key) {
      var ends = key.split("->");
      if (!known[key] && ends[0] !== ends[1] && g.hasNode(ends[0]) && g.hasNode(ends[1])) {
        g.setEdge(ends[0], ends[1], { label: "", kind: "jump" });
      }
    });
    dagre.layout(g);
    return g;
  }

  function el(name, attributes, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (k) { node.setAttribute(k, attributes[k]); });
    if (parent) {
      parent.appendChild(node);
    }
    return node;
  }

  function draw(g, path, quickest) {
    var visited = {}, onRoute = {};
    path.forEach(function (n) { visited[n] = true; });
    quickest.forEach(function (n) { onRoute[n] = true; });
    var walked = pairs(path), routed = pairs(quickest);
    var size = g.graph();
    var svg = el("svg", {
      width: Math.ceil(size.width), height: Math.ceil(size.height),
      viewBox: "0 0 " + Math.ceil(size.width) + " " + Math.ceil(size.height),
      role: "img", "aria-labelledby": "diagram-title", "class": "flow-diagram"
    });
    el("title", { id: "diagram-title" }, svg).textContent =
      "Diagram of the flow: your path is highlighted" + (quickest.length ? ", and the quickest route outlined" : "");
    var defs = el("defs", {}, svg);
    var marker = el("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "9", refY: "5",
      markerUnits: "userSpaceOnUse", markerWidth: "9", markerHeight: "9", orient: "auto-start-reverse" }, defs);
    el("path", { d: "M 0 0 L 10 5 L 0 10 z", "class": "arrow" }, marker);
    g.nodes().forEach(function (id) {
      var n = g.node(id);
      if (n.cluster) {
        var box = el("g", { "class": "cluster" }, svg);
        el("rect", { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height, rx: 8 }, box);
        el("text", { x: n.x - n.width / 2 + 8, y: n.y - n.height / 2 + 15 }, box).textContent = n.label;
      }
    });
    g.edges().forEach(function (e) {
      var edge = g.edge(e);
      var key = e.v + "->" + e.w;
      var classes = ["edge", "edge-" + edge.kind];
      if (walked[key]) { classes.push("on-caller"); }
      if (routed[key]) { classes.push("on-quickest"); }
      var d = edge.points.map(function (p, i) { return (i ? "L" : "M") + p.x.toFixed(1) + " " + p.y.toFixed(1); }).join(" ");
      var group = el("g", { "class": classes.join(" "), "data-edge": key }, svg);
      el("path", { d: d, "marker-end": "url(#arrow)" }, group);
      if (edge.label && edge.kind === "option") {
        var mid = edge.points[Math.floor(edge.points.length / 2)];
        el("text", { x: mid.x + 4, y: mid.y - 3, "class": "edge-label" }, group).textContent = edge.label;
      }
    });
    var last = path[path.length - 1];
    g.nodes().forEach(function (id) {
      var n = g.node(id);
      if (n.cluster) {
        return;
      }
      var classes = ["node", "kind-" + n.kind];
      if (visited[id]) { classes.push("visited"); }
      if (onRoute[id]) { classes.push("quickest"); }
      if (id === last) { classes.push("current"); }
      var group = el("g", { "class": classes.join(" "), "data-node": id }, svg);
      el("rect", { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height, rx: n.kind === "menu" || n.kind === "collect" ? 4 : 12 }, group);
      el("text", { x: n.x, y: n.y + 4, "text-anchor": "middle" }, group).textContent = n.label;
      el("title", {}, group).textContent = id + " (" + n.kind + ")"
        + (visited[id] ? ", on your path" : "") + (onRoute[id] ? ", on the quickest route" : "");
    });
    return svg;
  }

  function describe(container, path, quickest) {
    var text = document.createElement("p");
    text.className = "path-text";
    text.id = "path-text";
    text.textContent = "Your path: " + (path.length ? path.join(" → ") : "none") + ".";
    container.appendChild(text);
    if (quickest.length) {
      var route = document.createElement("p");
      route.className = "path-text";
      route.id = "quickest-text";
      route.textContent = "Quickest route: " + quickest.join(" → ") + ".";
      container.appendChild(route);
    }
  }

  function show(flow, report) {
    var section = document.getElementById("review");
    var container = document.getElementById("diagram");
    if (!report) {
      return Promise.resolve();
    }
    return diagramOf(flow).then(function (diagram) {
      var path = report.path || [];
      var quickest = report.quickestPath || [];
      container.textContent = "";
      if (typeof dagre === "undefined") {
        container.textContent = "The diagram library did not load; the path is listed below.";
      } else {
        container.appendChild(draw(layout(diagram, path, quickest), path, quickest));
      }
      describe(container, path, quickest);
      section.hidden = false;
      scrollToPath(container);
    }).catch(function (error) {
      container.textContent = error.message;
      section.hidden = false;
    });
  }

  /** Fit to the width (an overview) or actual size (readable, scrolls); actual size by default. */
  function setUpZoom() {
    var button = document.getElementById("zoom");
    if (!button) {
      return;
    }
    button.addEventListener("click", function () {
      var fit = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", String(fit));
      button.textContent = fit ? "Show the diagram at actual size" : "Fit the diagram to the width";
      document.getElementById("diagram").classList.toggle("fit", fit);
    });
  }

  function scrollToPath(container) {
    var first = container.querySelector(".node.visited");
    if (first && first.getBBox) {
      var box = first.getBBox();
      container.scrollLeft = Math.max(0, box.x - 40);
      container.scrollTop = Math.max(0, box.y - 40);
    }
  }

  setUpZoom();
  window.IvrReview = { show: show };
})();
