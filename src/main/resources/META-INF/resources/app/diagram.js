// A line drawn as a diagram: its nodes and ways from GET /api/flows/{id}/diagram, laid out by
// ELK's layered algorithm (vendor/elkjs) with orthogonal edges, and drawn as SVG that pans and
// zooms. Each sub-flow is a group that opens and closes (click its title); the ways every menu has
// to the agent and back to the main menu (marked by the server) are short labelled stubs, not
// lines across the page. The pages that draw it (the review after a call, the flow page) say which
// groups start open and which classes and descriptions each node and way gets.
(function (root) {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";
  var ELK_SCRIPT = "/vendor/elkjs/elk.bundled.js";
  /** Font sizes in diagram units (CSS px at 100 %). */
  var FONT = { node: 14, edge: 13, group: 14, stub: 13 };
  /** "Fit" never shows a label smaller than this on screen: it scrolls instead. */
  var MIN_LABEL_PX = 12;
  var SMALLEST_FONT = 13;
  var MIN_SCALE = 0.25, MAX_SCALE = 3, STEP = 1.25;
  var STUB_TEXT = { "agent": "agent", "main-menu": "back to main menu" };
  var LABELLED = { option: true, found: true, exit: true };

  var LAYOUT = {
    "elk.algorithm": "layered",
    "elk.direction": "DOWN",
    "elk.edgeRouting": "ORTHOGONAL",
    "elk.hierarchyHandling": "INCLUDE_CHILDREN",
    "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
    "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX",
    "elk.spacing.nodeNode": "28",
    "elk.layered.spacing.nodeNodeBetweenLayers": "34",
    "elk.spacing.edgeNode": "14",
    "elk.layered.spacing.edgeNodeBetweenLayers": "14",
    "elk.spacing.edgeEdge": "10",
    "elk.layered.spacing.edgeEdgeBetweenLayers": "10",
    "elk.spacing.edgeLabel": "3",
    "elk.spacing.componentComponent": "40",
    "elk.edgeLabels.placement": "CENTER",
    "elk.padding": "[top=16,left=16,bottom=16,right=16]",
    "elk.json.shapeCoords": "ROOT",
    "elk.json.edgeCoords": "ROOT"
  };
  var GROUP_TITLE_HEIGHT = 30;

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

  /** Loads the layout library once, when the page first draws a diagram (pages link it or not). */
  var loading = {};
  function ensureLibrary() {
    if (root.ELK) {
      return Promise.resolve(root.ELK);
    }
    if (!loading.elk) {
      loading.elk = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = ELK_SCRIPT;
        script.onload = function () { resolve(root.ELK); };
        script.onerror = function () {
          loading.elk = null;
          reject(new Error("The diagram library did not load."));
        };
        document.head.appendChild(script);
      });
    }
    return loading.elk;
  }

  // ---- The graph handed to ELK ------------------------------------------------------------

  function edgeText(e) {
    if (!LABELLED[e.kind] || !e.label) {
      return "";
    }
    return e.label.replace(/\bnotFound\b/g, "not found").replace(/\bexit /g, "");
  }

  /**
   * The ELK graph of a diagram and what each of its shapes stands for. options.open(flowId):
   * whether a sub-flow's group is open (a closed one is one box); options.keeps(key): whether to
   * draw a return way "from->to" (a sub-flow's returns are otherwise shown by the calling node's
   * exits); options.jumps: ways "from->to" to draw even where the diagram has none (an escape out
   * of a sub-flow); measure(text, fontSize): the text's width.
   */
  function build(diagram, options, measure) {
    var open = options.open || function () { return true; };
    var keeps = options.keeps || function () { return false; };
    var graph = { id: "root", layoutOptions: LAYOUT, children: [], edges: [] };
    var shapes = {};   // ELK id -> { type, parent, ... }
    var drawnAs = {};  // diagram node id -> the ELK id that draws it
    var edges = {};    // ELK edge id -> the ELK edge

    function place(parent, shape, what) {
      parent.children.push(shape);
      what.parent = parent;
      shapes[shape.id] = what;
    }

    function addNode(parent, n) {
      var width = Math.ceil(measure(n.node, FONT.node)) + 26;
      place(parent, { id: n.id, width: Math.max(width, 48), height: 32 },
        { type: "node", node: n });
      drawnAs[n.id] = n.id;
    }

    var byFlow = {};
    diagram.nodes.forEach(function (n) {
      (byFlow[n.flow] = byFlow[n.flow] || []).push(n);
    });
    diagram.flows.forEach(function (f) {
      var nodes = byFlow[f.id] || [];
      var id = "group:" + f.id;
      if (f.id === diagram.flow) {
        nodes.forEach(function (n) { addNode(graph, n); });
      } else if (open(f.id)) {
        var title = Math.ceil(measure("▾ " + f.name, FONT.group)) + 28;
        var group = {
          id: id, children: [], edges: [],
          layoutOptions: {
            "elk.padding": "[top=" + (GROUP_TITLE_HEIGHT + 12) + ",left=14,bottom=14,right=14]",
            "elk.nodeSize.constraints": "MINIMUM_SIZE",
            "elk.nodeSize.minimum": "(" + title + ", 60)"
          }
        };
        place(graph, group, { type: "group", flow: f, count: nodes.length });
        nodes.forEach(function (n) { addNode(group, n); });
      } else {
        var text = "▸ " + f.name + " (" + nodes.length + " nodes)";
        place(graph, { id: id, width: Math.ceil(measure(text, FONT.group)) + 28, height: 36 },
          { type: "closed", flow: f, count: nodes.length, text: text,
            members: nodes.map(function (n) { return n.id; }) });
        nodes.forEach(function (n) { drawnAs[n.id] = id; });
      }
    });

    function container(a, b) {
      var pa = shapes[a].parent, pb = shapes[b].parent;
      return pa === pb ? pa : graph;
    }

    function label(text) {
      return text ? [{ text: text, width: Math.ceil(measure(text, FONT.edge)) + 6, height: 17 }] : [];
    }

    function addEdge(from, to, e, key) {
      var id = from + "->" + to;
      var text = from === e.from && to === e.to ? edgeText(e) : "";
      if (edges[id]) {
        shapes[id].keys.push(key);
        return;
      }
      var edge = { id: id, sources: [from], targets: [to], labels: label(text) };
      container(from, to).edges.push(edge);
      edges[id] = edge;
      shapes[id] = { type: "edge", kind: e.kind, keys: [key], stub: e.stub };
    }

    function addStub(from, e, key) {
      var id = "stub:" + from + ":" + e.stub;
      if (shapes[id]) {
        shapes[id].keys.push(key);
        shapes[id + "->"].keys.push(key);
        return;
      }
      // The option's key goes in the stub: a label on its edge would make ELK lengthen it.
      var keys = e.kind === "option" && from === e.from ? e.label + ": " : "";
      var text = keys + (STUB_TEXT[e.stub] || e.stub);
      var parent = shapes[from].parent;
      place(parent, { id: id, width: Math.ceil(measure(text, FONT.stub)) + 20, height: 24 },
        { type: "stub", stub: e.stub, text: text, keys: [key], from: from, to: e.to });
      var edge = { id: id + "->", sources: [from], targets: [id] };
      parent.edges.push(edge);
      edges[edge.id] = edge;
      shapes[edge.id] = { type: "edge", kind: e.kind, keys: [key], stub: e.stub };
    }

    var inDiagram = {};
    diagram.edges.forEach(function (e) {
      var key = e.from + "->" + e.to;
      var from = drawnAs[e.from], to = drawnAs[e.to];
      inDiagram[key] = true;
      if (!from || !to || (e.kind === "return" && !keeps(key))) {
        return;
      }
      if (e.stub) {
        addStub(from, e, key);
      } else if (from !== to) {
        addEdge(from, to, e, key);
      }
    });
    (options.jumps || []).forEach(function (key) {
      var ends = key.split("->");
      var from = drawnAs[ends[0]], to = drawnAs[ends[1]];
      if (from && to && from !== to && !inDiagram[key] && !edges[from + "->" + to]) {
        addEdge(from, to, { from: ends[0], to: ends[1], kind: "jump", label: "" }, key);
      }
    });
    return { graph: graph, shapes: shapes };
  }

  // ---- Drawing ----------------------------------------------------------------------------

  function el(name, attributes, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (k) { node.setAttribute(k, attributes[k]); });
    if (parent) {
      parent.appendChild(node);
    }
    return node;
  }

  function text(parent, x, y, words, size, attributes) {
    var t = el("text", Object.assign({ x: x, y: y }, attributes || {}), parent);
    t.style.fontSize = size + "px";
    t.textContent = words;
    return t;
  }

  /** Widths of texts as the page draws them (its font), measured once per text and size. */
  function measurer() {
    var svg = el("svg", { "class": "ivr-diagram", width: 0, height: 0, "aria-hidden": "true" });
    svg.style.position = "absolute";
    svg.style.visibility = "hidden";
    document.body.appendChild(svg);
    var probe = el("text", { x: 0, y: 0 }, svg);
    var known = {};
    var measure = function (words, size) {
      var key = size + ":" + words;
      if (!(key in known)) {
        probe.style.fontSize = size + "px";
        probe.textContent = words;
        known[key] = probe.getComputedTextLength() || words.length * size * 0.6;
      }
      return known[key];
    };
    measure.done = function () { svg.remove(); };
    return measure;
  }

  function eachShape(node, visit) {
    (node.children || []).forEach(function (child) {
      visit(child);
      eachShape(child, visit);
    });
  }

  function eachEdge(node, visit) {
    (node.edges || []).forEach(visit);
    (node.children || []).forEach(function (child) { eachEdge(child, visit); });
  }

  function pathOf(edge) {
    var d = [];
    (edge.sections || []).forEach(function (s) {
      var points = [s.startPoint].concat(s.bendPoints || [], [s.endPoint]);
      points.forEach(function (p, i) {
        d.push((i ? "L" : "M") + p.x.toFixed(1) + " " + p.y.toFixed(1));
      });
    });
    return d.join(" ");
  }

  function classesOf(base, extra) {
    return base.concat(extra || []).join(" ");
  }

  /**
   * Draws a laid-out graph. options.title: its accessible name; options.nodeClasses(id),
   * options.edgeClasses(key) and options.groupClasses(flowId, nodeIds): extra classes;
   * options.describe(id): words added to a node's tooltip (", on your path").
   */
  function draw(laid, shapes, options, onToggle) {
    var nodeClasses = options.nodeClasses || function () { return []; };
    var edgeClasses = options.edgeClasses || function () { return []; };
    var groupClasses = options.groupClasses || function () { return []; };
    var describe = options.describe || function () { return ""; };
    var width = Math.ceil(laid.width), height = Math.ceil(laid.height);
    var svg = el("svg", {
      width: width, height: height, viewBox: "0 0 " + width + " " + height,
      role: "group", "aria-labelledby": "diagram-title", "class": "ivr-diagram"
    });
    el("title", { id: "diagram-title" }, svg).textContent = options.title;
    var defs = el("defs", {}, svg);
    var marker = el("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "9", refY: "5",
      markerUnits: "userSpaceOnUse", markerWidth: "9", markerHeight: "9", orient: "auto-start-reverse" }, defs);
    el("path", { d: "M 0 0 L 10 5 L 0 10 z", "class": "arrow" }, marker);
    var layers = {};
    ["groups", "edges", "nodes", "labels"].forEach(function (name) {
      layers[name] = el("g", { "class": "layer-" + name }, svg);
    });

    eachShape(laid, function (shape) {
      var what = shapes[shape.id];
      if (what.type === "group" || what.type === "closed") {
        drawGroup(layers, shape, what, groupClasses, onToggle);
      } else if (what.type === "node") {
        drawNode(layers.nodes, shape, what.node, nodeClasses, describe);
      } else if (what.type === "stub") {
        drawStub(layers.nodes, shape, what, edgeClasses);
      }
    });
    eachEdge(laid, function (edge) {
      drawEdge(layers, edge, shapes[edge.id], edgeClasses);
    });
    // The highlighted ways on top of the others, the caller's above the quickest route's.
    [".on-quickest", ".on-caller"].forEach(function (selector) {
      layers.edges.querySelectorAll(selector).forEach(function (g) { layers.edges.appendChild(g); });
    });
    return svg;
  }

  /**
   * A sub-flow: open, a box around its nodes under a title band; closed, one box. The title (the
   * whole box when closed) is a button that closes or opens it.
   */
  function drawGroup(layers, shape, what, groupClasses, onToggle) {
    var closed = what.type === "closed";
    var classes = classesOf(["group", closed ? "closed" : "open"],
      groupClasses(what.flow.id, what.members || []));
    var box = el("g", { "class": classes, "data-group": what.flow.id, "data-shape": shape.id },
      closed ? layers.nodes : layers.groups);
    var title = el("g", {
      "class": "group-title", role: "button", tabindex: "0", "data-flow": what.flow.id,
      "aria-expanded": String(!closed),
      "aria-label": (closed ? "Open" : "Close") + " the sub-flow " + what.flow.name
        + " (" + what.count + " nodes)"
    });
    if (closed) {
      box.appendChild(title);
      el("rect", { x: shape.x, y: shape.y, width: shape.width, height: shape.height, rx: 8 }, title);
    } else {
      el("rect", { x: shape.x, y: shape.y, width: shape.width, height: shape.height, rx: 8 }, box);
      layers.labels.appendChild(title);
      el("rect", { x: shape.x, y: shape.y, width: shape.width, height: GROUP_TITLE_HEIGHT,
        rx: 8, "class": "title-band" }, title);
    }
    text(title, shape.x + 12, shape.y + (closed ? 23 : 20),
      closed ? what.text : "▾ " + what.flow.name, FONT.group, { "class": "label group-label" });
    el("title", {}, title).textContent = (closed ? "Open " : "Close ") + what.flow.name
      + " (sub-flow " + what.flow.id + ", " + what.count + " nodes)";
    var toggle = function (event) {
      event.preventDefault();
      onToggle(what.flow.id, title);
    };
    title.addEventListener("click", toggle);
    title.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        toggle(event);
      }
    });
  }

  function drawNode(layer, shape, n, nodeClasses, describe) {
    var classes = classesOf(["node", "kind-" + n.kind], nodeClasses(n.id));
    var group = el("g", { "class": classes, "data-node": n.id, "data-shape": shape.id }, layer);
    var round = n.kind === "menu" || n.kind === "collect" ? 4 : 15;
    el("rect", { x: shape.x, y: shape.y, width: shape.width, height: shape.height, rx: round }, group);
    text(group, shape.x + shape.width / 2, shape.y + shape.height / 2 + 5, n.node, FONT.node,
      { "text-anchor": "middle", "class": "label node-label" });
    el("title", {}, group).textContent = n.id + " (" + n.kind + ")" + describe(n.id);
  }

  function drawStub(layer, shape, what, edgeClasses) {
    var extra = [];
    what.keys.forEach(function (k) { extra = extra.concat(edgeClasses(k)); });
    var group = el("g", { "class": classesOf(["stub", "stub-" + what.stub], extra),
      "data-stub": what.stub, "data-from": what.from, "data-edge": what.keys[0], "data-shape": shape.id },
      layer);
    el("rect", { x: shape.x, y: shape.y, width: shape.width, height: shape.height, rx: 12 }, group);
    text(group, shape.x + shape.width / 2, shape.y + shape.height / 2 + 4.5, what.text, FONT.stub,
      { "text-anchor": "middle", "class": "label stub-label" });
    el("title", {}, group).textContent = (what.stub === "agent" ? "To the agent" : "Back to the main menu")
      + " from " + what.from + " (the way every menu has there)";
  }

  function drawEdge(layers, edge, what, edgeClasses) {
    var extra = [];
    what.keys.forEach(function (k) { extra = extra.concat(edgeClasses(k)); });
    var base = ["edge", "edge-" + what.kind].concat(what.stub ? ["edge-stub"] : []);
    var group = el("g", { "class": classesOf(base, extra), "data-edge": what.keys[0],
      "data-edges": what.keys.join(" "), "data-from": edge.sources[0], "data-to": edge.targets[0] },
      layers.edges);
    el("path", { d: pathOf(edge), "marker-end": "url(#arrow)" }, group);
    (edge.labels || []).forEach(function (l) {
      var tag = el("g", { "class": classesOf(["edge-tag"], extra), "data-edge": what.keys[0] }, layers.labels);
      el("rect", { x: l.x, y: l.y, width: l.width, height: l.height, rx: 3 }, tag);
      text(tag, l.x + l.width / 2, l.y + l.height - 4, l.text, FONT.edge,
        { "text-anchor": "middle", "class": "label edge-label" });
    });
  }

  // ---- The view: pan, zoom, fit -----------------------------------------------------------

  function View(container, size) {
    this.container = container;
    this.width = size.width;
    this.height = size.height;
    this.scale = 1;
    this.fitted = false;
    this.listeners = [];
  }

  /** The smallest scale at which every label is still MIN_LABEL_PX on screen. */
  View.readable = (MIN_LABEL_PX + 0.05) / SMALLEST_FONT;

  View.prototype.box = function () {
    var c = this.container;
    var style = getComputedStyle(c);
    var maxHeight = parseFloat(style.maxHeight);
    var height = c.clientHeight;
    if (!isNaN(maxHeight) && maxHeight > height) {
      height = maxHeight - (c.offsetHeight - c.clientHeight);
    }
    return { width: c.clientWidth, height: Math.max(height, 120) };
  };

  View.prototype.apply = function (svg) {
    this.svg = svg;
    this.setScale(this.scale);
  };

  View.prototype.setScale = function (scale, anchor) {
    var c = this.container;
    var old = this.scale;
    var s = Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
    var ax = anchor ? anchor.x : c.clientWidth / 2, ay = anchor ? anchor.y : c.clientHeight / 2;
    var px = (c.scrollLeft + ax) / old, py = (c.scrollTop + ay) / old;
    this.scale = s;
    if (this.svg) {
      this.svg.style.width = Math.ceil(this.width * s) + "px";
      this.svg.style.height = Math.ceil(this.height * s) + "px";
    }
    c.scrollLeft = px * s - ax;
    c.scrollTop = py * s - ay;
    this.changed();
  };

  View.prototype.zoom = function (factor, anchor) {
    this.fitted = false;
    this.container.classList.remove("fit");
    this.setScale(this.scale * factor, anchor);
  };

  /**
   * Fits the diagram to the box, never below readable: then it scrolls, and the view shows what
   * the page wants seen first (this.focus(): a part of the diagram), or the top left.
   */
  View.prototype.fit = function () {
    var box = this.box();
    var s = Math.min(box.width / this.width, box.height / this.height, 1);
    this.setScale(Math.max(s, View.readable));
    this.fitted = true;
    this.container.classList.add("fit");
    var part = this.mostOf(this.focus ? this.focus() : []);
    this.show(part || { x: 0, y: 0, width: this.width, height: this.height });
    this.changed();
  };

  /**
   * The part of the diagram to show so that the box holds as many of the given boxes as it can:
   * all of them when they fit, else the box-sized window (around one of them, or from its top
   * left) that holds the most, the earliest in their order on a tie.
   */
  View.prototype.mostOf = function (boxes) {
    if (!boxes.length) {
      return null;
    }
    var m = 16;
    var all = boxes.reduce(function (u, b) {
      return { x1: Math.min(u.x1, b.x - m), y1: Math.min(u.y1, b.y - m),
        x2: Math.max(u.x2, b.x + b.width + m), y2: Math.max(u.y2, b.y + b.height + m) };
    }, { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity });
    var w = this.container.clientWidth / this.scale, h = this.container.clientHeight / this.scale;
    if (all.x2 - all.x1 <= w && all.y2 - all.y1 <= h) {
      return { x: all.x1, y: all.y1, width: all.x2 - all.x1, height: all.y2 - all.y1 };
    }
    var best = null, most = -1;
    boxes.forEach(function (b) {
      [{ x: b.x + b.width / 2 - w / 2, y: b.y + b.height / 2 - h / 2 },
        { x: b.x - 2 * m, y: b.y - 2 * m }].forEach(function (at) {
        var held = boxes.filter(function (o) {
          return o.x >= at.x && o.y >= at.y && o.x + o.width <= at.x + w && o.y + o.height <= at.y + h;
        }).length;
        if (held > most) {
          most = held;
          best = { x: at.x, y: at.y, width: w, height: h };
        }
      });
    });
    return best;
  };

  /** Scrolls so that a part of the diagram is in view: centred when it fits, else its top left. */
  View.prototype.show = function (area) {
    var c = this.container, s = this.scale;
    var left = area.x * s, top = area.y * s, w = area.width * s, h = area.height * s;
    c.scrollLeft = w <= c.clientWidth + 1 ? left + w / 2 - c.clientWidth / 2 : left - 24;
    c.scrollTop = h <= c.clientHeight + 1 ? top + h / 2 - c.clientHeight / 2 : top - 24;
  };

  View.prototype.changed = function () {
    var self = this;
    this.listeners.forEach(function (f) { f(self); });
  };

  /** Drag to move (mouse and pen; touch scrolls natively), Ctrl or ⌘ + wheel (or pinch) zooms. */
  function setUpPanning(view) {
    var c = view.container;
    var drag = null;
    c.addEventListener("pointerdown", function (event) {
      var r = c.getBoundingClientRect();
      var onScrollbar = event.clientX - r.left - c.clientLeft >= c.clientWidth
        || event.clientY - r.top - c.clientTop >= c.clientHeight;
      if (event.pointerType === "touch" || event.button !== 0 || onScrollbar
          || event.target.closest(".group-title")) {
        return;
      }
      drag = { x: event.clientX, y: event.clientY, left: c.scrollLeft, top: c.scrollTop, id: event.pointerId };
      c.classList.add("dragging");
    });
    c.addEventListener("pointermove", function (event) {
      if (!drag || event.pointerId !== drag.id) {
        return;
      }
      if (!c.hasPointerCapture(drag.id) && Math.abs(event.clientX - drag.x) + Math.abs(event.clientY - drag.y) > 3) {
        c.setPointerCapture(drag.id);
      }
      c.scrollLeft = drag.left - (event.clientX - drag.x);
      c.scrollTop = drag.top - (event.clientY - drag.y);
    });
    var stop = function () {
      drag = null;
      c.classList.remove("dragging");
    };
    c.addEventListener("pointerup", stop);
    c.addEventListener("pointercancel", stop);
    c.addEventListener("wheel", function (event) {
      if (!event.ctrlKey && !event.metaKey) {
        return; // the wheel scrolls the box (and the page past its ends), as everywhere else
      }
      event.preventDefault();
      var rect = c.getBoundingClientRect();
      view.zoom(Math.exp(-event.deltaY * 0.0025),
        { x: event.clientX - rect.left, y: event.clientY - rect.top });
    }, { passive: false });
    c.addEventListener("keydown", function (event) {
      if (event.target !== c) {
        return;
      }
      if (event.key === "+" || event.key === "=") {
        view.zoom(STEP);
      } else if (event.key === "-") {
        view.zoom(1 / STEP);
      } else if (event.key === "0") {
        view.fit();
      } else {
        return;
      }
      event.preventDefault();
    });
  }

  function button(label, title) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    if (title) {
      b.title = title;
      b.setAttribute("aria-label", title);
    }
    return b;
  }

  /**
   * The zoom buttons beside the page's fit button (id "zoom"), or in a bar of their own before
   * the box when the page has none, and a line saying the zoom.
   */
  function setUpControls(view, fitButton) {
    var c = view.container;
    var bar = fitButton ? fitButton.parentNode : document.createElement("p");
    if (!fitButton) {
      fitButton = button("Fit");
      bar.appendChild(fitButton);
      c.parentNode.insertBefore(bar, c);
    }
    bar.classList.add("diagram-tools");
    fitButton.removeAttribute("aria-pressed");
    fitButton.textContent = "Fit";
    fitButton.title = "Fit the diagram to the box (labels stay at least " + MIN_LABEL_PX + " px; drag or scroll to see the rest)";
    var out = button("−", "Zoom out");
    var into = button("+", "Zoom in");
    var actual = button("100 %", "Show the diagram at actual size");
    var status = document.createElement("span");
    status.className = "zoom-status";
    status.setAttribute("aria-live", "polite");
    [out, into, actual, status].forEach(function (x) { bar.appendChild(x); });
    var help = document.createElement("span");
    help.className = "note zoom-help";
    help.textContent = "Drag to move; Ctrl + wheel (or pinch) to zoom; click a sub-flow's title to open or close it.";
    bar.appendChild(help);
    var groups = button("Close every sub-flow");
    groups.className = "groups-toggle";
    bar.insertBefore(groups, status);
    view.groupsButton = groups;
    groups.addEventListener("click", function () { view.toggleAll(); });
    fitButton.addEventListener("click", function () { view.fit(); });
    out.addEventListener("click", function () { view.zoom(1 / STEP); });
    into.addEventListener("click", function () { view.zoom(STEP); });
    actual.addEventListener("click", function () { view.zoom(1 / view.scale); });
    view.listeners.push(function (v) {
      var fits = v.width * v.scale <= c.clientWidth + 1 && v.height * v.scale <= c.clientHeight + 1;
      status.textContent = "Zoom " + Math.round(v.scale * 100) + " %"
        + (v.fitted && !fits ? ": labels kept readable, drag or scroll for the rest" : "");
      out.disabled = v.scale <= MIN_SCALE + 1e-6;
      into.disabled = v.scale >= MAX_SCALE - 1e-6;
    });
  }

  // ---- Putting it together ----------------------------------------------------------------

  /** The boxes (in diagram units) of the shapes that match a selector. */
  function boxesOf(svg, selector) {
    return Array.prototype.map.call(svg.querySelectorAll(selector), function (n) {
      return n.getBBox();
    });
  }

  /**
   * Lays out and draws a diagram into the container, with its controls. options as for build
   * and draw, plus options.open(flowId) for the groups open at first, options.fitButton (the
   * page's button that fits the diagram), options.focus: a selector of what to show first
   * (the diagram is fitted, then scrolled to them) and options.drawn(svg): called each time the
   * diagram is drawn (a group opened or closed draws it again), for a page that styles the drawing
   * from figures that change. Resolves with the view once drawn.
   */
  function show(container, diagram, options) {
    var openGroups = {};
    var subflows = diagram.flows.filter(function (f) { return f.id !== diagram.flow; });
    subflows.forEach(function (f) {
      openGroups[f.id] = options.open ? !!options.open(f.id) : true;
    });
    // One view (and one set of controls) per box, kept when the page shows another diagram in it.
    var view = container.ivrView || null;
    var queue = Promise.resolve();
    var elk = null;

    function anyOpen() {
      return subflows.some(function (f) { return openGroups[f.id]; });
    }

    /** Lays out and draws the diagram as the groups are now, then calls then(svg). */
    function render(then) {
      var run = queue.then(function () {
        container.setAttribute("data-drawn", "false");
        var measure = measurer();
        var built = build(diagram, Object.assign({}, options, {
          open: function (flow) { return openGroups[flow]; }
        }), measure);
        measure.done();
        return elk.layout(built.graph).then(function (laid) {
          var svg = draw(laid, built.shapes, options, toggle);
          if (!view) {
            view = new View(container, laid);
            container.ivrView = view;
            container.classList.add("pannable");
            setUpPanning(view);
            setUpControls(view, options.fitButton || null);
          }
          view.width = Math.ceil(laid.width);
          view.height = Math.ceil(laid.height);
          view.toggleAll = toggleAll;
          view.focus = function () { return options.focus ? boxesOf(svg, options.focus) : []; };
          view.groupsButton.hidden = !subflows.length;
          view.groupsButton.textContent = anyOpen() ? "Close every sub-flow" : "Open every sub-flow";
          container.textContent = "";
          container.appendChild(svg);
          view.apply(svg);
          if (options.drawn) {
            options.drawn(svg);
          }
          then(svg);
          container.setAttribute("data-drawn", "true");
          return view;
        });
      });
      queue = run.catch(function () { return null; });
      return run;
    }

    /** Fits the whole diagram, showing what the page asked to see first (view.focus). */
    function fitAndFocus() {
      view.fit();
    }

    /** Opens or closes a group, keeping its title where it was on the screen. */
    function toggle(flow, title) {
      var before = title.getBoundingClientRect();
      openGroups[flow] = !openGroups[flow];
      render(function (svg) {
        var target = svg.querySelector(".group-title[data-flow='" + flow + "']");
        if (target) {
          var after = target.getBoundingClientRect();
          container.scrollLeft += after.left - before.left;
          container.scrollTop += after.top - before.top;
          target.focus({ preventScroll: true });
        }
      });
    }

    function toggleAll() {
      var open = !anyOpen();
      subflows.forEach(function (f) { openGroups[f.id] = open; });
      render(fitAndFocus);
    }

    return ensureLibrary().then(function (ELK) {
      elk = new ELK();
      return render(fitAndFocus);
    });
  }

  root.IvrDiagram = {
    load: load, pairs: pairs, flowOf: flowOf, show: show, ensureLibrary: ensureLibrary
  };
})(window);
