// The review of a call: the line drawn as a diagram (diagram.js), with the caller's path and the
// quickest route overlaid as CSS classes. Only the line and the sub-flows the call or the route
// entered are drawn.
(function () {
  "use strict";

  var D = window.IvrDiagram;

  function draw(diagram, path, quickest) {
    var shown = {};
    shown[diagram.flow] = true;
    path.concat(quickest).forEach(function (n) { shown[D.flowOf(n)] = true; });
    var visited = {}, onRoute = {};
    path.forEach(function (n) { visited[n] = true; });
    quickest.forEach(function (n) { onRoute[n] = true; });
    var taken = D.pairs(path), routed = D.pairs(quickest);
    var last = path[path.length - 1];
    var g = D.layout(diagram, {
      shows: function (flow) { return shown[flow]; },
      // Escapes and fallbacks lead from every menu to the agent: drawn only when taken.
      keeps: function (key) { return taken[key] || routed[key]; },
      // Ways the call took that the graph draws elsewhere (an escape out of a sub-flow).
      jumps: Object.keys(taken)
    });
    return D.draw(g, {
      title: "Diagram of the flow: your path is highlighted"
        + (quickest.length ? ", and the quickest route outlined" : ""),
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
      describe: function (id) {
        return (visited[id] ? ", on your path" : "") + (onRoute[id] ? ", on the quickest route" : "");
      }
    });
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
    return D.load(flow).then(function (diagram) {
      var path = report.path || [];
      var quickest = report.quickestPath || [];
      container.textContent = "";
      if (typeof dagre === "undefined") {
        container.textContent = "The diagram library did not load; the path is listed below.";
      } else {
        container.appendChild(draw(diagram, path, quickest));
      }
      describe(container, path, quickest);
      section.hidden = false;
      D.scrollTo(container, ".node.visited");
    }).catch(function (error) {
      container.textContent = error.message;
      section.hidden = false;
    });
  }

  D.setUpZoom(document.getElementById("zoom"), document.getElementById("diagram"));
  window.IvrReview = { show: show };
})();
