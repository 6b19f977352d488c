// The flow page: the line's diagram (diagram.js) with each node marked covered or not covered by
// the scenarios, from GET /api/flows/{id}/analysis. The tables are on the page already.
(function () {
  "use strict";

  var D = window.IvrDiagram;
  var main = document.querySelector("main[data-flow]");
  var container = document.getElementById("diagram");
  if (!main || !container) {
    return;
  }
  var flow = main.getAttribute("data-flow");

  function analysisOf(flow) {
    return fetch("/api/flows/" + encodeURIComponent(flow) + "/analysis", {
      headers: { "Accept": "application/json" }
    }).then(function (r) {
      if (!r.ok) {
        throw new Error("The coverage could not be loaded (" + r.status + ").");
      }
      return r.json();
    });
  }

  function draw(diagram, nodes) {
    var g = D.layout(diagram, {});
    return D.draw(g, {
      title: "Diagram of " + diagram.flow + " and its sub-flows: nodes a scenario reaches are"
        + " filled green, nodes no scenario reaches have a dashed red outline",
      nodeClasses: function (id) { return [nodes[id] || "not-covered"]; },
      describe: function (id) {
        return nodes[id] === "covered" ? ", covered by a scenario" : ", not covered by any scenario";
      }
    });
  }

  D.setUpZoom(document.getElementById("zoom"), container);
  if (typeof dagre === "undefined") {
    container.textContent = "The diagram library did not load; the coverage tables are below.";
    return;
  }
  Promise.all([D.load(flow), analysisOf(flow)]).then(function (both) {
    container.textContent = "";
    container.appendChild(draw(both[0], both[1].nodes));
    container.setAttribute("data-drawn", "true");
    // dagre may place the line's start away from the top left corner: bring it into view.
    if (both[0].nodes.length) {
      D.scrollTo(container, "[data-node='" + both[0].nodes[0].id + "']");
    }
  }).catch(function (error) {
    container.textContent = error.message;
  });
})();
