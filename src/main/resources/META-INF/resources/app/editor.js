// The flow editor (/flows/{id}/edit): the flow file in CodeMirror (vendor/codemirror, window.CM)
// with YAML highlighting and line numbers. Every change is checked, 300 ms after the typing
// stops, by POST /api/flows/check: its problems and lint findings are underlined (CodeMirror's
// lint diagnostics) and listed (a click goes to the place), and the draft's diagram is drawn with
// diagram.js. The buttons try the draft in the simulator, run the line's scenarios on it and save
// it (PUT /api/flows/{id}/source with the hash the file had when it was opened). docs/editor.md.
(function () {
  "use strict";

  var CM = window.CM;
  var D = window.IvrDiagram;
  var main = document.querySelector("main.editor-page[data-flow]");
  if (!main || !CM) {
    return;
  }
  var flow = main.getAttribute("data-flow");
  var isLine = main.getAttribute("data-line") === "true";
  var api = "/api/flows/" + encodeURIComponent(flow);
  var CHECK_DELAY_MS = 300;
  var SAVED = "Saved — live for new calls within 2 s.";

  var view = null;
  var file = null;
  var base = null;      // the hash of the file as it was opened or last saved
  var savedText = null; // its text
  var saving = false;

  function byId(id) {
    return document.getElementById(id);
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  /** A JSON request; resolves with {ok, status, body} (a problem's body too). */
  function request(method, path, body) {
    return fetch(path, {
      method: method,
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (json) {
        return { ok: r.ok, status: r.status, body: json };
      });
    });
  }

  function draft() {
    return view.state.doc.toString();
  }

  // ---- Messages ----------------------------------------------------------------------------

  function status(text) {
    byId("status").textContent = text;
  }

  function showAlert(text, offerReload) {
    byId("alert-text").textContent = text;
    byId("reload").hidden = !offerReload;
    byId("alert").hidden = false;
  }

  function clearAlert() {
    byId("alert").hidden = true;
  }

  /** A refusal's detail, and its first problems, for the alert. */
  function refusal(answer, fallback) {
    var detail = answer.body.detail || fallback + " (" + answer.status + ").";
    var problems = (answer.body.problems || []).filter(function (p) {
      return p.severity === "error";
    });
    return [detail].concat(problems.slice(0, 3).map(place)).join(" ");
  }

  function place(p) {
    var at = p.line > 0 ? p.file + ":" + p.line + ":" + p.column : p.file;
    return at + ": " + describe(p);
  }

  function describe(p) {
    return (p.node ? "[" + p.node + "] " : "") + p.message + (p.fix ? ". Fix: " + p.fix : "");
  }

  function markDirty() {
    var dirty = view !== null && draft() !== savedText;
    byId("dirty").hidden = !dirty;
  }

  window.addEventListener("beforeunload", function (event) {
    if (view !== null && draft() !== savedText) {
      event.preventDefault();
      event.returnValue = "";
    }
  });

  // ---- Where a problem is in the text ------------------------------------------------------

  /** The offset of a 1-based line and column, kept inside the text; null for no line. */
  function offsetOf(doc, line, column) {
    if (!line || line < 1) {
      return null;
    }
    if (line > doc.lines) {
      return doc.length;
    }
    var l = doc.line(line);
    return Math.min(l.from + Math.max(column || 1, 1) - 1, l.to);
  }

  /** Where the underline ends: over a key and its value (`goto: billing`), or a word. */
  function endOf(doc, from) {
    var line = doc.lineAt(from);
    var rest = line.text.slice(from - line.from);
    var key = /^[^\s,\[\]{}#]+/.exec(rest);
    if (!key) {
      return Math.min(from + 1, line.to);
    }
    var end = key[0].length;
    if (/:$/.test(key[0])) {
      var value = /^[ \t]+("(?:[^"\\]|\\.)*"?|'[^']*'?|[^\s,\[\]{}#"'][^,\[\]{}#]*[^\s,\[\]{}#]|[^\s,\[\]{}#"'])/
        .exec(rest.slice(end));
      end += value ? value[0].length : 0;
    }
    return from + end;
  }

  function diagnostics(doc, problems) {
    return problems.filter(function (p) { return p.line > 0; }).map(function (p) {
      var from = offsetOf(doc, p.line, p.column);
      return {
        from: from,
        to: Math.max(from, endOf(doc, from)),
        severity: p.severity === "error" ? "error" : p.severity === "warning" ? "warning" : "info",
        source: p.rule || "check",
        message: describe(p)
      };
    });
  }

  /** Puts the cursor on a problem's place and the focus in the text. */
  function goTo(p) {
    var doc = view.state.doc;
    var from = offsetOf(doc, p.line, p.column);
    if (from === null) {
      return;
    }
    view.dispatch({ selection: { anchor: from, head: endOf(doc, from) }, scrollIntoView: true });
    view.focus();
  }

  // ---- The list of problems ----------------------------------------------------------------

  function problemItem(p, clickable) {
    var item = element("li", "severity-" + p.severity);
    var at = p.line > 0 ? p.line + ":" + p.column : "file";
    if (clickable && p.line > 0) {
      var link = element("button", "at", at);
      link.type = "button";
      link.setAttribute("aria-label", "Go to line " + p.line + ", column " + p.column);
      link.addEventListener("click", function () { goTo(p); });
      item.appendChild(link);
    } else {
      item.appendChild(element("code", "at", clickable ? at : p.file + (p.line > 0 ? ":" + at : "")));
    }
    item.appendChild(element("span", "severity", p.severity));
    if (p.rule) {
      item.appendChild(element("code", "rule", p.rule));
    }
    item.appendChild(element("span", "message", describe(p)));
    return item;
  }

  function listProblems(answer) {
    var list = byId("problems");
    list.textContent = "";
    answer.problems.forEach(function (p) { list.appendChild(problemItem(p, true)); });
    var errors = answer.problems.filter(function (p) { return p.severity === "error"; }).length;
    byId("problem-count").textContent = answer.problems.length
      ? "(" + errors + (errors === 1 ? " error, " : " errors, ")
        + (answer.problems.length - errors) + " other)"
      : "";
    byId("problems-empty").textContent = answer.problems.length
      ? "" : "No problems: the draft passes every check.";
    byId("problems-empty").hidden = answer.problems.length > 0;
    var others = byId("other-problems");
    others.textContent = "";
    answer.otherFiles.forEach(function (p) { others.appendChild(problemItem(p, false)); });
    byId("other-files").hidden = answer.otherFiles.length === 0;
  }

  // ---- The diagram -------------------------------------------------------------------------

  var drawn = null;    // the diagram on the page, as JSON
  var waiting = null;  // the next one to draw
  var drawing = false;

  function drawDiagram(diagram) {
    byId("diagram-note").hidden = diagram !== null;
    if (diagram === null || JSON.stringify(diagram) === drawn) {
      return;
    }
    waiting = diagram;
    if (!drawing) {
      drawNext();
    }
  }

  /** One drawing at a time; a diagram that came while one was drawn is drawn next. */
  function drawNext() {
    var diagram = waiting;
    waiting = null;
    drawing = true;
    drawn = JSON.stringify(diagram);
    var start = diagram.nodes.length ? diagram.nodes[0].id : null;
    D.show(byId("diagram"), diagram, {
      title: "Diagram of the draft of " + diagram.flow + " and its sub-flows",
      fitButton: byId("zoom"),
      open: function () { return true; },
      focus: start ? "[data-node='" + start + "']" : null
    }).catch(function (error) {
      byId("diagram").textContent = error.message;
    }).then(function () {
      drawing = false;
      if (waiting) {
        drawNext();
      }
    });
  }

  // ---- Checking ----------------------------------------------------------------------------

  /** CodeMirror's lint source: checks the text, lists what it finds, redraws the diagram. */
  function check(editor) {
    var doc = editor.state.doc;
    return request("POST", "/api/flows/check", { flow: flow, yaml: doc.toString() })
      .then(function (answer) {
        if (editor.state.doc !== doc) {
          return []; // typed since: the next check shows what is there now
        }
        if (!answer.ok) {
          byId("problems-empty").hidden = false;
          byId("problems-empty").textContent = refusal(answer, "The draft could not be checked");
          return [];
        }
        listProblems(answer.body);
        drawDiagram(answer.body.diagram);
        main.setAttribute("data-checked", String(answer.body.ok));
        return diagnostics(doc, answer.body.problems);
      })
      .catch(function () {
        byId("problems-empty").textContent = "The server did not answer the check.";
        return [];
      });
  }

  // ---- The buttons -------------------------------------------------------------------------

  /** Save needs saving on; trying and testing need a line. */
  function usable(button) {
    return button.id === "save" ? saving : isLine;
  }

  /** A button is off while its request is out, and the page says it is busy. */
  function busy(button, on) {
    button.disabled = on || !usable(button);
    main.setAttribute("aria-busy", on ? "true" : "false");
  }

  function tryDraft() {
    var button = byId("try-draft");
    // Opened at the click, so that a pop-up blocker lets it through; pointed at the draft after.
    var phone = window.open("", "_blank");
    if (phone) {
      phone.opener = null;
    }
    busy(button, true);
    clearAlert();
    request("POST", api + "/drafts", { yaml: draft() }).then(function (answer) {
      if (!answer.ok) {
        if (phone) {
          phone.close();
        }
        showAlert(refusal(answer, "The draft could not be tried"), false);
        return;
      }
      if (phone) {
        phone.location.href = answer.body.simulator;
      }
      tried(answer.body);
    }).catch(function () {
      showAlert("The server did not answer: the draft was not tried.", false);
    }).then(function () { busy(button, false); });
  }

  function tried(draftAnswer) {
    var text = byId("status");
    text.textContent = "The phone is calling this draft (revision " + draftAnswer.revision + "): ";
    var link = element("a", null, "open it again");
    link.href = draftAnswer.simulator;
    link.target = "_blank";
    link.rel = "noopener";
    text.appendChild(link);
    text.appendChild(document.createTextNode("."));
  }

  function scenarioItem(s) {
    var item = element("li", "scenario " + (s.passed ? "pass" : "fail"));
    item.appendChild(element("span", "verdict", s.passed ? "PASS" : "FAIL"));
    item.appendChild(element("span", "name", s.name));
    if (s.failure) {
      var why = element("div", "failure");
      why.appendChild(element("p", null, "Line " + s.failure.line + ": " + s.failure.step));
      why.appendChild(element("p", null, s.failure.message));
      why.appendChild(element("p", "heard", "Heard: " + (s.failure.heard.length
        ? s.failure.heard.map(function (h) { return "“" + h + "”"; }).join(" ") : "nothing")));
      item.appendChild(why);
    }
    return item;
  }

  function runScenarios() {
    var button = byId("run-scenarios");
    var list = byId("scenario-results");
    busy(button, true);
    byId("scenario-summary").textContent = "Running…";
    request("POST", api + "/scenarios", { yaml: draft() }).then(function (answer) {
      list.textContent = "";
      if (!answer.ok) {
        byId("scenario-summary").textContent = refusal(answer, "The scenarios could not run");
        return;
      }
      byId("scenario-summary").textContent = answer.body.passed + " passed, " + answer.body.failed
        + " failed (" + answer.body.file + ", on this draft).";
      answer.body.scenarios.forEach(function (s) { list.appendChild(scenarioItem(s)); });
    }).catch(function () {
      byId("scenario-summary").textContent = "The server did not answer: the scenarios did not run.";
    }).then(function () { busy(button, false); });
  }

  /** The draft against the revision callers get now, as the diff command prints it. */
  function showChanges() {
    var button = byId("show-changes");
    var out = byId("changes");
    busy(button, true);
    byId("changes-summary").textContent = "Comparing the routes of both…";
    request("POST", api + "/diff", { yaml: draft() }).then(function (answer) {
      if (!answer.ok) {
        out.hidden = true;
        byId("changes-summary").textContent = refusal(answer, "The draft could not be compared");
        return;
      }
      byId("changes-summary").textContent = !answer.body.ok
        ? "Fix the draft's problems first: only a flow that loads can be compared."
        : answer.body.changed
          ? "Callers would notice these changes (against revision " + answer.body.against + "):"
          : "No change for callers (against revision " + answer.body.against + ").";
      out.textContent = answer.body.report;
      out.hidden = !answer.body.changed && answer.body.ok;
    }).catch(function () {
      byId("changes-summary").textContent = "The server did not answer: nothing was compared.";
    }).then(function () { busy(button, false); });
  }

  function save() {
    var button = byId("save");
    var text = draft();
    busy(button, true);
    clearAlert();
    request("PUT", api + "/source", { yaml: text, base: base }).then(function (answer) {
      if (answer.ok) {
        base = answer.body.hash;
        savedText = text;
        status(SAVED);
      } else {
        showAlert(refusal(answer, "The draft was not saved"), answer.status === 409);
      }
      markDirty();
    }).catch(function () {
      showAlert("The server did not answer: the draft was not saved.", false);
    }).then(function () { busy(button, false); });
  }

  /** After a conflict: the file as it is on disk now replaces the draft. */
  function reload() {
    load().then(function (source) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: source.yaml } });
      clearAlert();
      status("The file was loaded again as it is on disk; make your change again and save.");
      markDirty();
    });
  }

  // ---- Start -------------------------------------------------------------------------------

  function load() {
    return request("GET", api + "/source").then(function (answer) {
      if (!answer.ok) {
        throw new Error(answer.body.detail || "The flow file could not be loaded.");
      }
      file = answer.body.file;
      base = answer.body.hash;
      savedText = answer.body.yaml;
      saving = answer.body.saving;
      return answer.body;
    });
  }

  function showSaving() {
    byId("save-note").textContent = saving
      ? "Save writes " + file + " in the server's flows folder, unless it changed there since you"
        + " opened it."
      : "Saving is off on this server (ivr.editor.save=false): drafts can be checked, tried and"
        + " tested here, not saved. It is on in dev mode; a public server keeps it off.";
  }

  function start(source) {
    var extensions = [
      CM.basicSetup,
      CM.keymap.of([CM.indentWithTab]),
      CM.yaml(),
      CM.EditorView.lineWrapping,
      CM.lintGutter(),
      CM.linter(check, { delay: CHECK_DELAY_MS }),
      CM.EditorView.updateListener.of(function (update) {
        if (update.docChanged) {
          markDirty();
        }
      }),
      CM.EditorView.contentAttributes.of({ "aria-label": "The flow file " + file }),
      // CodeMirror's styles go in a <style> the page's Content-Security-Policy lets in by nonce.
      CM.EditorView.cspNonce.of(main.dataset.styleNonce || "")
    ];
    if (source.yaml.indexOf("\r\n") >= 0) {
      extensions.push(CM.EditorState.lineSeparator.of("\r\n"));
    }
    var box = byId("editor");
    box.textContent = "";
    view = new CM.EditorView({
      state: CM.EditorState.create({ doc: source.yaml, extensions: extensions }),
      parent: box
    });
    showSaving();
    ["try-draft", "run-scenarios", "show-changes", "save"]
      .forEach(function (id) { busy(byId(id), false); });
  }

  byId("try-draft").addEventListener("click", tryDraft);
  byId("run-scenarios").addEventListener("click", runScenarios);
  byId("show-changes").addEventListener("click", showChanges);
  byId("save").addEventListener("click", save);
  byId("reload").addEventListener("click", reload);
  load().then(start).catch(function (error) {
    byId("editor").textContent = error.message;
    main.setAttribute("aria-busy", "false");
  });
})();
