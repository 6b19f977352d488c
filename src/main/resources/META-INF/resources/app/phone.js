// The browser phone: drives a call through the JSON API (/api/calls), shows and speaks the
// prompts, keeps the transcript, and shows the score card and the review when the call ends.
// Whatever the caller does (keys, words, silence, hang up) is queued and taken in order, one
// request at a time, so nothing is lost while the line answers. Plain JavaScript, no build step;
// works without speech synthesis, Web Audio or speech recognition (headless browsers).
(function () {
  "use strict";

  var $ = function (id) { return document.getElementById(id); };
  var page = $("main");
  var flow = page.dataset.flow;
  var missionId = page.dataset.mission || null;
  var revision = page.dataset.revision || null;
  var sound = window.IvrSound;
  var callReport = window.IvrCallReport; // the transcript and the score card
  var clock = callReport.clock;

  var call = null;       // the last TurnView from the server
  var phase = "idle";    // idle, starting, live, on-hold (transferred) or ended
  var queue = [];        // what the caller did that is not taken yet, in order
  var sending = false;   // a request of the call is in flight: the queue waits for its answer
  var transcriptStale = false; // a turn was shown: the transcript is fetched once nothing is in flight
  var loading = 0;       // transcript requests in flight
  var shownReport = 0;   // the transcript request whose answer is shown (older ones are dropped)
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

  function callUrl(suffix) {
    return "/api/calls/" + encodeURIComponent(call.callId) + (suffix || "");
  }

  // --- The call and its queue -----------------------------------------------------------------

  function inCall() {
    return phase === "starting" || phase === "live" || phase === "on-hold";
  }

  function startCall() {
    if (inCall()) {
      return;
    }
    resetCall();
    phase = "starting";
    sending = true;
    $("status").textContent = "Calling…";
    var body = { flow: flow };
    if ($("locale")) {
      body.locale = $("locale").value;
    }
    if (missionId) {
      body.mission = missionId;
    }
    if (revision) {
      body.revision = revision;
    }
    updateControls();
    request("POST", "/api/calls", body).then(function (turn) {
      answered(turn);
      bringPhoneIntoView();
    }, failed);
  }

  /** Queues what the caller did; it is taken once every earlier action has been answered. */
  function act(action) {
    if (phase === "starting" || phase === "live" || (phase === "on-hold" && action.hangUp)) {
      queue.push(action);
      pump();
    }
  }

  function pump() {
    while (!sending && call && queue.length > 0) {
      take(queue.shift());
    }
    // Once per burst of queued actions, not once per answer: only the last report is shown.
    if (transcriptStale && !sending && call) {
      transcriptStale = false;
      refreshTranscript(call);
    }
    updateControls();
  }

  function take(action) {
    if (action.hangUp) {
      if (phase === "live" || phase === "on-hold") {
        sendRequest("DELETE", callUrl());
      }
      return;
    }
    if (!call.awaiting) {
      return; // on hold or ended: no one listens to keys or words any more
    }
    if (action.hint) {
      askHint();
    } else if (action.key) {
      takeKey(action.key);
    } else if (action.speech) {
      send({ speech: action.speech });
    } else if (action.silence) {
      takeSilence();
    }
  }

  function send(input) {
    input.turn = call.turn;
    sendRequest("POST", callUrl("/input"), input);
  }

  function sendRequest(method, url, body) {
    sending = true;
    request(method, url, body).then(answered, failed);
  }

  function answered(turn) {
    sending = false;
    // Actions already queued barge in on this turn's prompts: they are shown, not spoken.
    showTurn(turn, queue.length === 0);
    pump();
  }

  function failed(error) {
    sending = false;
    queue = [];
    showProblem(error);
    updateControls();
  }

  function askHint() {
    sending = true;
    request("POST", callUrl("/hint")).then(function (hint) {
      sending = false;
      $("hint-text").textContent = "Hint " + hint.hints + ": " + hint.step
        + (hint.detail ? " (" + hint.detail + ")" : "") + ".";
      refreshTranscript(call);
      pump();
    }, failed);
  }

  // --- Keys -----------------------------------------------------------------------------------

  function press(key) {
    flash(key);
    if (phase !== "starting" && phase !== "live") {
      return;
    }
    if ($("speak").checked) {
      sound.tone(key);
    }
    sound.bargeIn();
    act({ key: key });
  }

  /** A key, against what the call awaits now: a menu takes it, a digit entry collects it. */
  function takeKey(key) {
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

  function takeSilence() {
    if (call.awaiting.kind === "digits" && entry !== "") {
      var keys = entry;   // a timeout ends a digit entry with what was typed
      entry = "";
      send({ digits: keys });
    } else {
      send({ silence: true });
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

  function showTurn(turn, spoken) {
    call = turn;
    entry = "";
    phase = turn.state === "ended" ? "ended" : turn.state === "on-hold" ? "on-hold" : "live";
    updateControls(); // the keys are live before the prompt shows: a key pressed then is taken
    $("prompt").textContent = turn.prompts.map(function (p) { return p.text; }).join(" ");
    if (spoken) {
      speak(turn.prompts);
    }
    var state = $("state");
    state.dataset.state = turn.state;
    state.textContent = stateName(turn.state);
    $("status").textContent = turn.status;
    $("elapsed").textContent = clock(turn.elapsedSeconds);
    showEntry();
    showHold(turn);
    showMission(turn.mission);
    transcriptStale = true; // fetched by pump() once nothing more is in flight
  }

  /** After the transcript: the score card once the call has ended, and the review with it. */
  function showEnd(turn, report) {
    if (turn.mission && turn.mission.score) {
      callReport.score($("score"), turn.mission.score);
    }
    var over = turn.state === "ended" || (turn.state === "on-hold" && !turn.mission);
    if (over && window.IvrReview) {
      window.IvrReview.show(flow, report);
    }
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

  function showMission(mission) {
    var box = $("mission-status");
    box.hidden = !(mission && mission.message);
    box.textContent = mission && mission.message ? mission.message : "";
    box.dataset.reached = String(!!(mission && mission.reached));
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
        : "now (a real agent would answer here; this is practice: hang up to end the call)";
      if (remaining <= 0) {
        clearInterval(holdTimer);
      }
      remaining -= SIMULATED_SPEED;
    };
    tick();
    holdTimer = setInterval(tick, 1000);
  }

  function refreshTranscript(turn) {
    var asked = ++shownReport;
    loading++;
    updateControls();
    request("GET", "/api/calls/" + encodeURIComponent(turn.callId)).then(function (report) {
      if (asked === shownReport) {
        callReport.transcript($("transcript"), report);
        showEnd(turn, report);
      }
    }, function (error) {
      if (asked === shownReport) {
        showProblem(error);
      }
    }).then(function () {
      loading--;
      updateControls();
    });
  }

  /** At the start of a call, the phone is scrolled into view if its keys or button are not. */
  function bringPhoneIntoView() {
    var phone = $("phone");
    if (phone.getBoundingClientRect().top < 0
        || $("call").getBoundingClientRect().bottom > window.innerHeight) {
      phone.scrollIntoView({ block: "start" });
    }
  }

  // --- Voice ----------------------------------------------------------------------------------

  function speak(prompts) {
    if (!sound.canSpeak || !$("speak").checked) {
      return;
    }
    if (!sound.speak(prompts, parseFloat($("rate").value) || 1)) {
      $("voice-note").textContent = "The browser could not speak: the prompts are shown as text.";
    }
  }

  function setUpVoice() {
    var rate = $("rate");
    var show = function () { $("rate-value").textContent = parseFloat(rate.value).toFixed(1) + "×"; };
    rate.addEventListener("input", show);
    show();
    $("speak").addEventListener("change", function () {
      if (!$("speak").checked) {
        sound.stop();
      }
    });
    if (!sound.canSpeak) {
      $("speak").checked = false;
      $("speak").disabled = true;
      rate.disabled = true;
      $("voice-note").textContent = "This browser cannot speak: the prompts are shown as text.";
    }
  }

  function currentLocale() {
    var prompts = call && call.prompts;
    return prompts && prompts.length ? prompts[prompts.length - 1].locale : page.dataset.locale;
  }

  var mic = window.IvrMic.setUp({
    button: $("mic"),
    heard: $("heard"),
    locale: currentLocale,
    onSpeech: function () { sound.bargeIn(); },
    onWords: function (words) { act({ speech: words }); }
  });

  // --- State of the controls ------------------------------------------------------------------

  function updateControls() {
    var taking = phase === "starting" || phase === "live";
    page.setAttribute("aria-busy", String(sending || queue.length > 0 || loading > 0));
    document.querySelectorAll(".key").forEach(function (b) { b.disabled = !taking; });
    $("say").disabled = !taking;
    $("say-button").disabled = !taking;
    $("silence").disabled = !taking;
    $("mic").disabled = !taking;
    if ($("hint")) {
      $("hint").disabled = phase !== "live" || !call || (call.mission && call.mission.reached);
    }
    var button = $("call");
    button.dataset.phase = phase;
    button.textContent = inCall() ? "Hang up" : phase === "ended" ? "Call again" : "Call";
    if ($("locale")) {
      $("locale").disabled = inCall();
    }
  }

  function showProblem(error) {
    $("problem-text").textContent = error.message;
    $("problem").hidden = false;
    $("restart").textContent = error.status === 503 ? "Call again" : "Start a new call";
    if (error.status === 503 || error.status === 404 || error.status === 409 || !error.status) {
      // The call is gone (or the line cannot keep calls now): only a new call makes sense.
      call = null;
      phase = "ended";
      entry = "";
      queue = [];
      clearInterval(holdTimer);
      sound.stop();
      mic.stop();
      $("state").dataset.state = "ended";
      $("state").textContent = error.status === 503 ? "Line unavailable" : "Not connected";
      $("status").textContent = error.status === 503
        ? "The line is unavailable right now. Call again in a moment."
        : "This call is no longer on the line.";
      showEntry();
    }
    updateControls();
    $("restart").focus();
  }

  function resetCall() {
    call = null;
    entry = "";
    queue = [];
    transcriptStale = false;
    shownReport++;
    clearInterval(holdTimer);
    $("problem").hidden = true;
    $("hint-text").textContent = "";
    $("heard").hidden = true;
    $("transcript").textContent = "";
    $("prompt").textContent = "";
    $("score").hidden = true;
    $("review").hidden = true;
    $("hold").hidden = true;
    showMission(null);
    showEntry();
  }

  function hangUp() {
    sound.stop();
    mic.stop();
    act({ hangUp: true });
  }

  // --- Wiring ---------------------------------------------------------------------------------

  document.querySelectorAll(".key").forEach(function (button) {
    button.addEventListener("click", function () { press(button.dataset.key); });
  });
  $("call").addEventListener("click", function (event) {
    if (event.detail > 1) {
      return; // the second click of a double click neither hangs up nor calls again
    }
    if (inCall()) {
      hangUp();
    } else {
      startCall();
    }
  });
  $("restart").addEventListener("click", function () {
    if (call && inCall()) {
      request("DELETE", callUrl()).catch(function () {});
    }
    phase = "idle";
    startCall();
  });
  $("silence").addEventListener("click", function () { act({ silence: true }); });
  if ($("hint")) {
    $("hint").addEventListener("click", function () { act({ hint: true }); });
  }
  $("say-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var words = $("say").value.trim();
    if (words === "") {
      $("say").focus();
      return;
    }
    $("say").value = "";
    sound.bargeIn();
    act({ speech: words });
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
  updateControls();
  window.IvrPhone = {
    state: function () {
      return { call: call, phase: phase, queued: queue.length, sending: sending, entry: entry };
    }
  };
})();
