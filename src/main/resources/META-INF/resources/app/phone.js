// The browser phone: drives a call through the JSON API (/api/calls), shows and speaks the
// prompts, keeps the transcript, and shows the score card and the review at the end.
// Plain JavaScript, no build step. Works without speech synthesis (headless browsers).
(function () {
  "use strict";

  var page = document.getElementById("main");
  var flow = page.dataset.flow;
  var missionId = page.dataset.mission || null;
  var $ = function (id) { return document.getElementById(id); };

  var call = null;       // the last TurnView from the server
  var busy = false;      // a request is in flight: every action waits
  var entry = "";        // keys typed at a digit entry, not sent yet
  var holdTimer = null;
  var SIMULATED_SPEED = 10; // simulated seconds per real second while on hold

  // --- Requests -------------------------------------------------------------------------------

  function problemOf(response) {
    return response.json().then(function (body) {
      return body && body.detail ? body.detail : "The server answered " + response.status + ".";
    }, function () {
      return "The server answered " + response.status + ".";
    });
  }

  function request(method, url, body) {
    var options = { method: method, headers: { "Accept": "application/json" } };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(url, options).then(function (response) {
      if (response.ok) {
        return response.json();
      }
      return problemOf(response).then(function (detail) {
        var error = new Error(detail);
        error.status = response.status;
        throw error;
      });
    }, function () {
      throw new Error("The simulator cannot reach the server. Check that it is running, then start a new call.");
    });
  }

  function run(work) {
    if (busy) {
      return Promise.resolve();
    }
    setBusy(true);
    return work().catch(showProblem).then(function () { setBusy(false); });
  }

  // --- Call actions ---------------------------------------------------------------------------

  function startCall() {
    if (call && call.awaiting && !busy) {
      // Calling again hangs up the call under way.
      request("DELETE", "/api/calls/" + encodeURIComponent(call.callId)).catch(function () {});
    }
    return run(function () {
      resetCall();
      var body = { flow: flow, locale: $("locale").value };
      if (missionId) {
        body.mission = missionId;
      }
      return request("POST", "/api/calls", body).then(showTurn);
    });
  }

  function send(input) {
    if (!call || call.awaiting === null) {
      return Promise.resolve();
    }
    input.turn = call.turn;
    return run(function () {
      return request("POST", "/api/calls/" + encodeURIComponent(call.callId) + "/input", input)
        .then(showTurn);
    });
  }

  function hangUp() {
    if (!call) {
      return Promise.resolve();
    }
    return run(function () {
      return request("DELETE", "/api/calls/" + encodeURIComponent(call.callId)).then(showTurn);
    });
  }

  function askHint() {
    if (!call) {
      return Promise.resolve();
    }
    return run(function () {
      return request("POST", "/api/calls/" + encodeURIComponent(call.callId) + "/hint")
        .then(function (hint) {
          $("hint-text").textContent = "Hint " + hint.hints + ": " + hint.step
            + (hint.detail ? " (" + hint.detail + ")" : "") + ".";
          return refreshTranscript();
        });
    });
  }

  // --- Keys -----------------------------------------------------------------------------------

  function press(key) {
    flash(key);
    if (!call || !call.awaiting || busy) {
      if (busy) {
        $("status").textContent = "Wait for the line to answer…";
      }
      return;
    }
    var awaiting = call.awaiting;
    if (awaiting.kind === "menu") {
      send({ digits: key });
      return;
    }
    var escape = awaiting.escapes.some(function (e) {
      return e.digit === key && (key === "*" || key === "#") && key !== awaiting.finishKey;
    });
    if (entry === "" && escape) {
      send({ digits: key });
      return;
    }
    if (awaiting.finishKey && key === awaiting.finishKey) {
      var keys = entry + key;
      entry = "";
      send({ digits: keys });
      return;
    }
    if (entry.length >= awaiting.maxLength) {
      return; // full: the finish key sends it (a line without one has sent it already)
    }
    entry += key;
    showEntry();
    if (entry.length >= awaiting.maxLength && !awaiting.finishKey) {
      var full = entry;
      entry = "";
      send({ digits: full });
    }
  }

  function flash(key) {
    var button = document.querySelector('.key[data-key="' + key + '"]');
    if (button) {
      button.classList.add("pressed");
      setTimeout(function () { button.classList.remove("pressed"); }, 150);
    }
  }

  function showEntry() {
    var box = $("entry");
    if (!call || !call.awaiting || call.awaiting.kind !== "digits") {
      box.hidden = true;
      return;
    }
    var a = call.awaiting;
    var shown = a.sensitive ? entry.replace(/./g, "•") : entry;
    var length = a.minLength === a.maxLength ? a.maxLength : a.minLength + "–" + a.maxLength;
    box.hidden = false;
    var full = entry.length >= a.maxLength;
    box.textContent = (shown || "—") + "  (" + entry.length + " of " + length + " digits"
      + (a.finishKey ? (full ? ": press " : ", then ") + a.finishKey + (full ? " to send" : "") : "")
      + ")";
  }

  // --- Showing a turn -------------------------------------------------------------------------

  function showTurn(turn) {
    call = turn;
    entry = "";
    var texts = turn.prompts.map(function (p) { return p.text; });
    $("prompt").textContent = texts.join(" ");
    speak(turn.prompts);
    var state = $("state");
    state.dataset.state = turn.state;
    state.textContent = stateName(turn.state);
    $("status").textContent = turn.status;
    $("elapsed").textContent = clock(turn.elapsedSeconds);
    showEntry();
    showHold(turn);
    return refreshTranscript().then(function (report) {
      if (turn.mission && turn.mission.score) {
        showScore(turn.mission.score);
      }
      if ((turn.state === "ended" || turn.state === "on-hold" || (turn.mission && turn.mission.finished))
          && window.IvrReview) {
        window.IvrReview.show(flow, report);
      }
    });
  }

  function stateName(state) {
    return {
      menu: "In a menu",
      digits: "Entering digits",
      "on-hold": "Transferred: on hold",
      ended: "Call ended",
      idle: "Not connected"
    }[state] || state;
  }

  function clock(seconds) {
    var s = Math.max(0, Math.round(seconds));
    var m = Math.floor(s / 60);
    var rest = s % 60;
    return m + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function showHold(turn) {
    clearInterval(holdTimer);
    var box = $("hold");
    if (turn.state !== "on-hold" || !turn.ending) {
      box.hidden = true;
      return;
    }
    var ending = turn.ending;
    var remaining = ending.waitSeconds;
    box.hidden = false;
    $("hold-queue").textContent = ending.queueLabel || ending.queue;
    var tick = function () {
      var position = ending.waitSeconds > 0
        ? Math.max(1, Math.ceil(ending.position * remaining / ending.waitSeconds)) : ending.position;
      $("hold-position").textContent = remaining > 0 ? String(position) : "next";
      $("hold-wait").textContent = remaining > 0 ? clock(remaining)
        : "now (a real agent would answer here; this is practice)";
      if (remaining <= 0) {
        clearInterval(holdTimer);
      }
      remaining -= SIMULATED_SPEED;
    };
    tick();
    holdTimer = setInterval(tick, 1000);
  }

  function refreshTranscript() {
    if (!call) {
      return Promise.resolve(null);
    }
    return request("GET", "/api/calls/" + encodeURIComponent(call.callId)).then(function (report) {
      var list = $("transcript");
      list.textContent = "";
      report.transcript.forEach(function (line) {
        var item = document.createElement("li");
        item.className = "speaker-" + line.speaker;
        var who = document.createElement("span");
        who.className = "who";
        who.textContent = { line: "Line", caller: "You", note: "·" }[line.speaker] || line.speaker;
        var at = document.createElement("span");
        at.className = "at";
        at.textContent = clock(line.at);
        var text = document.createElement("span");
        text.className = "text";
        text.textContent = line.text;
        item.appendChild(at);
        item.appendChild(who);
        item.appendChild(text);
        list.appendChild(item);
      });
      list.scrollTop = list.scrollHeight;
      return report;
    });
  }

  function showScore(score) {
    var box = $("score");
    var wasHidden = box.hidden;
    box.hidden = false;
    $("score-result").textContent = score.reached
      ? "Mission complete: " + score.title + "."
      : "Mission not completed: " + score.title + ".";
    box.dataset.reached = String(score.reached);
    var rows = [
      ["Key presses", score.keyPresses],
      ["Spoken inputs", score.spokenInputs],
      ["Silences", score.silences],
      ["Wrong turns", score.wrongTurns],
      ["Re-prompts heard", score.reprompts],
      ["Hints used", score.hints],
      ["Your time", clock(score.elapsedSeconds) + " (simulated)"],
      ["Quickest route", score.shortestSeconds >= 0 ? clock(score.shortestSeconds) : "none found"]
    ];
    var table = $("score-table");
    table.textContent = "";
    rows.forEach(function (row) {
      var dt = document.createElement("dt");
      dt.textContent = row[0];
      var dd = document.createElement("dd");
      dd.textContent = String(row[1]);
      dd.dataset.score = row[0];
      table.appendChild(dt);
      table.appendChild(dd);
    });
    fill($("score-route"), score.shortestSteps);
    fill($("score-tips"), score.tips);
    if (wasHidden) {
      box.focus();
    }
  }

  function fill(list, items) {
    list.textContent = "";
    items.forEach(function (text) {
      var li = document.createElement("li");
      li.textContent = text;
      list.appendChild(li);
    });
  }

  // --- Speech ---------------------------------------------------------------------------------

  var synth = "speechSynthesis" in window ? window.speechSynthesis : null;

  function speak(prompts) {
    if (!synth || !$("speak").checked) {
      return;
    }
    try {
      synth.cancel();
      var voices = synth.getVoices() || [];
      prompts.forEach(function (p) {
        var u = new window.SpeechSynthesisUtterance(p.text);
        u.lang = p.locale;
        u.rate = parseFloat($("rate").value) || 1;
        var voice = voices.filter(function (v) { return v.lang === p.locale; })[0]
          || voices.filter(function (v) { return v.lang && v.lang.slice(0, 2) === p.locale.slice(0, 2); })[0];
        if (voice) {
          u.voice = voice;
        }
        synth.speak(u);
      });
    } catch (e) {
      $("voice-note").textContent = "The browser could not speak: the prompts are shown as text.";
    }
  }

  function setUpVoice() {
    var rate = $("rate");
    var show = function () { $("rate-value").textContent = parseFloat(rate.value).toFixed(1) + "×"; };
    rate.addEventListener("input", show);
    show();
    if (!synth) {
      $("speak").checked = false;
      $("speak").disabled = true;
      rate.disabled = true;
      $("voice-note").textContent = "This browser cannot speak: the prompts are shown as text.";
      return;
    }
    $("speak").addEventListener("change", function () {
      if (!$("speak").checked) {
        synth.cancel();
      }
    });
  }

  // --- State of the controls ------------------------------------------------------------------

  function setBusy(value) {
    busy = value;
    page.setAttribute("aria-busy", String(value));
    var live = call && call.awaiting;
    document.querySelectorAll(".key").forEach(function (b) { b.disabled = value || !live; });
    $("say").disabled = value || !live;
    $("say-button").disabled = value || !live;
    $("silence").disabled = value || !live;
    $("hangup").disabled = value || !live;
    if ($("hint")) {
      $("hint").disabled = value || !live || (call.mission && call.mission.finished);
    }
    $("call").disabled = value;
    $("call").textContent = call ? "Call again" : "Call";
    $("locale").disabled = value || !!live;
  }

  function showProblem(error) {
    $("problem-text").textContent = error.message;
    $("problem").hidden = false;
    $("restart").textContent = error.status === 503 ? "Call again" : "Start a new call";
    if (error.status === 503) {
      call = null; // the line cannot keep calls now: calling again is the way on
      entry = "";
      clearInterval(holdTimer);
      $("state").dataset.state = "ended";
      $("state").textContent = "Line unavailable";
      $("status").textContent = "The line is unavailable right now. Call again in a moment.";
      showEntry();
    } else if (error.status === 404 || error.status === 409 || !error.status) {
      call = null; // the call is gone (or the server is): only a new call makes sense
      entry = "";
      clearInterval(holdTimer);
      $("state").dataset.state = "ended";
      $("state").textContent = "Not connected";
      $("status").textContent = "This call is no longer on the line.";
      showEntry();
    }
    $("restart").focus();
  }

  function resetCall() {
    call = null;
    entry = "";
    clearInterval(holdTimer);
    $("problem").hidden = true;
    $("hint-text").textContent = "";
    $("transcript").textContent = "";
    $("prompt").textContent = "";
    $("score").hidden = true;
    $("review").hidden = true;
    $("hold").hidden = true;
    showEntry();
  }

  // --- Wiring ---------------------------------------------------------------------------------

  document.querySelectorAll(".key").forEach(function (button) {
    button.addEventListener("click", function () { press(button.dataset.key); });
  });
  $("call").addEventListener("click", startCall);
  $("restart").addEventListener("click", startCall);
  $("hangup").addEventListener("click", hangUp);
  $("silence").addEventListener("click", function () {
    if (call && call.awaiting && call.awaiting.kind === "digits" && entry !== "") {
      var keys = entry;   // a timeout ends a digit entry with what was typed
      entry = "";
      send({ digits: keys });
    } else {
      send({ silence: true });
    }
  });
  if ($("hint")) {
    $("hint").addEventListener("click", askHint);
  }
  $("say-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var words = $("say").value.trim();
    if (words === "") {
      $("say").focus();
      return;
    }
    $("say").value = "";
    send({ speech: words }).then(function () { $("say").focus(); });
  });
  document.addEventListener("keydown", function (event) {
    var tag = event.target && event.target.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT"
        || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (/^[0-9*#]$/.test(event.key)) {
      event.preventDefault();
      press(event.key);
    }
  });

  setUpVoice();
  setBusy(false);
  window.IvrPhone = { state: function () { return { call: call, busy: busy, entry: entry }; } };
})();
