// The review of a call: the line drawn as a diagram (diagram.js), with the caller's path and the
// quickest route overlaid as CSS classes. The sub-flows the call or the route entered start open,
// the others closed; the view is scrolled to the path, and a legend says what is what.
(function () {
  "use strict";

  var D = window.IvrDiagram;

  function options(diagram, path, quickest) {
    var entered = {};
    path.concat(quickest).forEach(function (n) { entered[D.flowOf(n)] = true; });
    var visited = {}, onRoute = {};
    path.forEach(function (n) { visited[n] = true; });
    quickest.forEach(function (n) { onRoute[n] = true; });
    var taken = D.pairs(path), routed = D.pairs(quickest);
    var last = path[path.length - 1];
    return {
      title: "Diagram of the flow: your path is highlighted"
        + (quickest.length ? ", and the quickest route outlined" : ""),
      fitButton: document.getElementById("zoom"),
      open: function (flow) { return entered[flow]; },
      // A sub-flow's returns are drawn only when taken (its calling node's exits show them).
      keeps: function (key) { return taken[key] || routed[key]; },
      // Ways the call took that the graph draws elsewhere (an escape out of a sub-flow).
      jumps: Object.keys(taken).concat(Object.keys(routed)),
      focus: path.length ? ".node.visited, .node.quickest" : null,
      nodeClasses: function (id) {
        var classes = [];
        if (visited[id]) { classes.push("visited"); }
        if (onRoute[id]) { classes.push("quickest"); }
        if (id === last) { classes.push("current"); }
        return classes;
      },
      edgeClasses: function (key) {
        var classes = [];
        if (taken[key]) { classes.push("on-caller"); }
        if (routed[key]) { classes.push("on-quickest"); }
        return classes;
      },
      groupClasses: function (flow, members) {
        return members.some(function (id) { return visited[id]; }) ? ["visited"] : [];
      },
      describe: function (id) {
        return (visited[id] ? ", on your path" : "") + (onRoute[id] ? ", on the quickest route" : "")
          + (id === last ? ", where the call is now" : "");
      }
    };
  }

  /** A small drawing for the legend: a way (solid or dashed line) or a stub. */
  function swatch(kind) {
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("width", "34");
    svg.setAttribute("height", "14");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("class", "ivr-diagram");
    var g = document.createElementNS(svg.namespaceURI, "g");
    g.setAttribute("class", kind === "stub" ? "stub" : "edge " + kind);
    var shape = document.createElementNS(svg.namespaceURI, kind === "stub" ? "rect" : "path");
    if (kind === "stub") {
      [["x", 1], ["y", 1], ["width", 32], ["height", 12], ["rx", 6]].forEach(function (a) {
        shape.setAttribute(a[0], a[1]);
      });
    } else {
      shape.setAttribute("d", "M 1 7 L 33 7");
    }
    g.appendChild(shape);
    svg.appendChild(g);
    return svg;
  }

  function legend(container, hasRoute) {
    var old = document.getElementById("diagram-legend");
    if (old) {
      old.remove();
    }
    var p = document.createElement("p");
    p.className = "diagram-legend";
    p.id = "diagram-legend";
    var items = [["on-caller", "your path (blue, solid), ending at the thick outline"]];
    if (hasRoute) {
      items.push(["on-quickest", "the quickest route (orange, dashed)"]);
    }
    items.push(["stub", "“agent” and “back to main menu”: the ways every menu has there"]);
    items.forEach(function (item) {
      var span = document.createElement("span");
      span.appendChild(swatch(item[0]));
      span.appendChild(document.createTextNode(item[1]));
      p.appendChild(span);
    });
    container.parentNode.insertBefore(p, container);
  }

  function describe(container, path, quickest) {
    ["path-text", "quickest-text"].forEach(function (id) {
      var old = document.getElementById(id);
      if (old) {
        old.remove();
      }
    });
    var after = container.nextSibling;
    var text = document.createElement("p");
    text.className = "path-text";
    text.id = "path-text";
    text.textContent = "Your path: " + (path.length ? path.join(" → ") : "none") + ".";
    container.parentNode.insertBefore(text, after);
    if (quickest.length) {
      var route = document.createElement("p");
      route.className = "path-text";
      route.id = "quickest-text";
      route.textContent = "Quickest route: " + quickest.join(" → ") + ".";
      container.parentNode.insertBefore(route, after);
    }
  }

  function show(flow, report) {
    var section = document.getElementById("review");
    var container = document.getElementById("diagram");
    if (!report) {
      return Promise.resolve();
    }
    var path = report.path || [];
    var quickest = report.quickestPath || [];
    return Promise.all([D.load(flow), D.ensureLibrary()]).then(function (all) {
      container.textContent = "";
      describe(container, path, quickest);
      legend(container, quickest.length > 0);
      section.hidden = false;
      return D.show(container, all[0], options(all[0], path, quickest));
    }).catch(function (error) {
      container.textContent = error.message + " The path is listed below.";
      describe(container, path, quickest);
      section.hidden = false;
    });
  }

  window.IvrReview = { show: show };
})();
