// What the phone page shows of a call's record: the transcript, and the score card once the call
// has ended. Times are simulated seconds, shown as m:ss.
(function () {
  "use strict";

  function clock(seconds) {
    var s = Math.max(0, Math.round(seconds));
    var m = Math.floor(s / 60);
    var rest = s % 60;
    return m + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function fill(list, items) {
    list.textContent = "";
    items.forEach(function (text) {
      var li = document.createElement("li");
      li.textContent = text;
      list.appendChild(li);
    });
  }

  function span(className, text) {
    var element = document.createElement("span");
    element.className = className;
    element.textContent = text;
    return element;
  }

  /** The transcript so far, newest at the bottom and scrolled to. */
  function transcript(list, report) {
    list.textContent = "";
    report.transcript.forEach(function (line) {
      var item = document.createElement("li");
      item.className = "speaker-" + line.speaker;
      item.appendChild(span("at", clock(line.at)));
      item.appendChild(span("who", { line: "Line", caller: "You", note: "·" }[line.speaker] || line.speaker));
      item.appendChild(span("text", line.text));
      list.appendChild(item);
    });
    list.scrollTop = list.scrollHeight;
  }

  /** The score card; focused the first time it shows, so that it is read (and scrolled to). */
  function score(box, card) {
    var wasHidden = box.hidden;
    box.hidden = false;
    box.dataset.reached = String(card.reached);
    box.querySelector("#score-result").textContent =
      (card.reached ? "Mission complete: " : "Mission not completed: ") + card.title + ".";
    box.querySelector("#score-done").textContent = "Done when: " + card.done;
    var rows = [
      ["Key presses", card.keyPresses],
      ["Spoken inputs", card.spokenInputs],
      ["Silences", card.silences],
      ["Wrong turns", card.wrongTurns],
      ["Re-prompts heard", card.reprompts],
      ["Hints used", card.hints],
      ["Your time", clock(card.elapsedSeconds) + " (simulated)"],
      ["Quickest route", card.shortestSeconds >= 0 ? clock(card.shortestSeconds) : "none found"]
    ];
    var table = box.querySelector("#score-table");
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
    // The quickest route is labelled once: its steps go under its time.
    var steps = document.createElement("ol");
    steps.id = "score-route";
    steps.className = "route";
    fill(steps, card.shortestSteps);
    table.lastChild.appendChild(steps);
    fill(box.querySelector("#score-tips"), card.tips);
    if (wasHidden) {
      box.focus();
    }
  }

  window.IvrCallReport = { clock: clock, transcript: transcript, score: score };
})();
