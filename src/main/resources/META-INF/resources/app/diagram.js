// A line drawn as a diagram: its nodes and ways from GET /api/flows/{id}/diagram, laid out by
// dagre and drawn as SVG. The pages that draw it (the review after a call, the flow page) say
// which flows to show and which classes and descriptions each node and way gets.
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";
  var diagrams = {};

  /** The diagram of a line, fetched once per page. */
  function load(flow) {
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

  /** {"a->b": true, "b->c": true} for the path [a, b, c]. */
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

  /**
   * Lays the diagram out. options.shows(flowId): whether to draw a flow (default: all);
   * options.keeps(key): whether to draw an escape or fallback way "from->to" (they lead from every
   * menu to the agent, so by default they are left out); options.jumps: ways "from->to" to draw
   * even where the diagram has none (an escape out of a sub-flow).
   */
  function layout(diagram, options) {
    var shows = options.shows || function () { return true; };
    var keeps = options.keeps || function () { return false; };
    var g = new dagre.graphlib.Graph({ compound: true, multigraph: false });
    g.setGraph({ rankdir: "TB", nodesep: 18, ranksep: 34, marginx: 12, marginy: 12 });
    g.setDefaultEdgeLabel(function () { return {}; });
    diagram.flows.forEach(function (f) {
      if (shows(f.id)) {
        g.setNode("cluster:" + f.id, { label: f.name, cluster: true, paddingTop: 24 });
      }
    });
    diagram.nodes.forEach(function (n) {
      if (shows(n.flow)) {
        g.setNode(n.id, { label: n.node, kind: n.kind, width: 16 + 7 * n.node.length, height: 28 });
        g.setParent(n.id, "cluster:" + n.flow);
      }
    });
    var known = {};
    diagram.edges.forEach(function (e) {
      var key = e.from + "->" + e.to;
      var incidental = (e.kind === "escape" || e.kind === "fallback") && !keeps(key);
      if (g.hasNode(e.from) && g.hasNode(e.to) && !incidental) {
        known[key] = true;
        if (e.from !== e.to) {
          g.setEdge(e.from, e.to, { label: e.label, kind: e.kind });
        }
      }
    });
    (options.jumps || []).forEach(function (key) {
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

  /**
   * Draws a laid-out diagram as an SVG image. options.title: its accessible name;
   * options.nodeClasses(id) and options.edgeClasses(key): extra classes; options.describe(id):
   * words added to a node's tooltip (", on your path").
   */
  function draw(g, options) {
    var nodeClasses = options.nodeClasses || function () { return []; };
    var edgeClasses = options.edgeClasses || function () { return []; };
    var describe = options.describe || function () { return ""; };
    var size = g.graph();
    var svg = el("svg", {
      width: Math.ceil(size.width), height: Math.ceil(size.height),
      viewBox: "0 0 " + Math.ceil(size.width) + " " + Math.ceil(size.height),
      role: "img", "aria-labelledby": "diagram-title", "class": "flow-diagram"
    });
    el("title", { id: "diagram-title" }, svg).textContent = options.title;
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
      var classes = ["edge", "edge-" + edge.kind].concat(edgeClasses(key));
      var d = edge.points.map(function (p, i) { return (i ? "L" : "M") + p.x.toFixed(1) + " " + p.y.toFixed(1); }).join(" ");
      var group = el("g", { "class": classes.join(" "), "data-edge": key }, svg);
      el("path", { d: d, "marker-end": "url(#arrow)" }, group);
      if (edge.label && edge.kind === "option") {
        var mid = edge.points[Math.floor(edge.points.length / 2)];
        el("text", { x: mid.x + 4, y: mid.y - 3, "class": "edge-label" }, group).textContent = edge.label;
      }
    });
    g.nodes().forEach(function (id) {
      var n = g.node(id);
      if (n.cluster) {
        return;
      }
      var classes = ["node", "kind-" + n.kind].concat(nodeClasses(id));
      var group = el("g", { "class": classes.join(" "), "data-node": id }, svg);
      el("rect", { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height, rx: n.kind === "menu" || n.kind === "collect" ? 4 : 12 }, group);
      el("text", { x: n.x, y: n.y + 4, "text-anchor": "middle" }, group).textContent = n.label;
      el("title", {}, group).textContent = id + " (" + n.kind + ")" + describe(id);
    });
    return svg;
  }

  /** The zoom button: fit to the width (an overview) or actual size (readable, scrolls). */
  function setUpZoom(button, container) {
    if (!button) {
      return;
    }
    button.addEventListener("click", function () {
      var fit = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", String(fit));
      button.textContent = fit ? "Show the diagram at actual size" : "Fit the diagram to the width";
      container.classList.toggle("fit", fit);
    });
  }

  /** Scrolls the diagram's box to the first node that matches a selector. */
  function scrollTo(container, selector) {
    var first = container.querySelector(selector);
    if (first && first.getBBox) {
      var box = first.getBBox();
      container.scrollLeft = Math.max(0, box.x - 40);
      container.scrollTop = Math.max(0, box.y - 40);
    }
  }

  window.IvrDiagram = {
    load: load, pairs: pairs, flowOf: flowOf, layout: layout, draw: draw,
    setUpZoom: setUpZoom, scrollTo: scrollTo
  };
})();
