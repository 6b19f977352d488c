// The phone's microphone: where the browser recognises speech (SpeechRecognition, or Chrome's
// webkitSpeechRecognition), the Speak button listens once, shows the words as they are
// recognised, and hands the final words to the phone to send. Elsewhere the button stays hidden,
// and it goes when the browser's recogniser turns out not to work here (Chromium's needs Google's
// online service); typed words stand for speech either way.
(function () {
  "use strict";

  var Recognition = window.SpeechRecognition || window.webkitSpeechRecognition || null;

  var PROBLEMS = {
    "not-allowed": "The browser may not use the microphone here: allow it, or type the words.",
    "service-not-allowed": "The browser may not use the microphone here: allow it, or type the words.",
    "network": "This browser's speech recognition needs its online service, which it cannot reach: type the words instead.",
    "language-not-supported": "This browser cannot recognise speech in the call's language: type the words instead.",
    "no-speech": "No words were heard: press Speak and try again, or type them.",
    "audio-capture": "No microphone was found: type the words instead."
  };

  // Errors after which this browser's recogniser will not work on this page.
  var UNUSABLE = { "network": true, "service-not-allowed": true, "language-not-supported": true };

  /**
   * options: button, heard (where the words are shown), locale() (the call's language now),
   * onSpeech() (the caller started speaking), onWords(words) (the final words, to send).
   */
  function setUp(options) {
    var button = options.button;
    var heard = options.heard;
    var listening = null;
    if (!Recognition) {
      return { supported: false, stop: function () {} };
    }
    button.hidden = false;

    function show(text) {
      heard.hidden = false;
      heard.textContent = text;
    }

    function ended() {
      listening = null;
      button.setAttribute("aria-pressed", "false");
      button.textContent = "Speak";
    }

    function words(event) {
      var finals = "", interim = "";
      for (var i = 0; i < event.results.length; i++) {
        var result = event.results[i];
        if (result.isFinal) {
          finals += result[0].transcript;
        } else {
          interim += result[0].transcript;
        }
      }
      return { finals: finals.trim(), interim: interim.trim() };
    }

    function listen() {
      var r = new Recognition();
      r.lang = options.locale();
      r.interimResults = true;
      r.continuous = false;
      r.maxAlternatives = 1;
      var sent = false;
      r.onspeechstart = function () { options.onSpeech(); };
      r.onresult = function (event) {
        options.onSpeech();
        var w = words(event);
        if (w.finals && !sent) {
          sent = true;
          show("You said: \u201c" + w.finals + "\u201d");
          options.onWords(w.finals);
        } else if (!sent) {
          show("Hearing: \u201c" + w.interim + "\u201d\u2026");
        }
      };
      r.onerror = function (event) {
        show(PROBLEMS[event.error]
          || "The microphone could not be used (" + event.error + "): type the words instead.");
        if (UNUSABLE[event.error]) {
          button.hidden = true; // the browser has the interface but not the service behind it
        }
      };
      r.onend = ended;
      try {
        r.start();
      } catch (e) {
        show("The microphone could not be used: type the words instead.");
        return;
      }
      listening = r;
      button.setAttribute("aria-pressed", "true");
      button.textContent = "Stop";
      show("Listening\u2026 say what you want, as on the phone.");
    }

    button.addEventListener("click", function () {
      if (listening) {
        listening.stop();
      } else {
        listen();
      }
    });

    return {
      supported: true,
      stop: function () {
        if (listening) {
          listening.abort();
          ended();
        }
      }
    };
  }

  window.IvrMic = { setUp: setUp };
})();
