// The flow page: the line's diagram (diagram.js) with each node marked covered or not covered by
// the scenarios, from GET /api/flows/{id}/analysis. Every sub-flow starts open; a closed one is
// coloured covered only when all its nodes are. The tables are on the page already.
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
    var start = diagram.nodes.length ? diagram.nodes[0].id : null;
    return D.show(container, diagram, {
      title: "Diagram of " + diagram.flow + " and its sub-flows: nodes a scenario reaches are"
        + " filled green, nodes no scenario reaches have a dashed red outline",
      fitButton: document.getElementById("zoom"),
      open: function () { return true; },
      focus: start ? "[data-node='" + start + "']" : null,
      nodeClasses: function (id) { return [nodes[id] || "not-covered"]; },
      groupClasses: function (flowId, members) {
        var covered = members.filter(function (id) { return nodes[id] === "covered"; }).length;
        return [covered === members.length ? "covered" : "not-covered"];
      },
      describe: function (id) {
        return nodes[id] === "covered" ? ", covered by a scenario" : ", not covered by any scenario";
      }
    });
  }

  Promise.all([D.load(flow), analysisOf(flow), D.ensureLibrary()]).then(function (all) {
    return draw(all[0], all[1].nodes);
  }).catch(function (error) {
    container.textContent = error.message + " The coverage tables are below.";
  });
})();
