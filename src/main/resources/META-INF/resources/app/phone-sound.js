// The phone's sounds: the line's voice (speech synthesis) and each key's DTMF tone pair (Web
// Audio). A key or words stop the voice at once (barge-in, as on a real line). Each part is left
// out quietly where the browser lacks it: the phone then works in silence.
(function () {
  "use strict";

  // DTMF: each key is one low (row) and one high (column) frequency, in hertz.
  var ROW = { "1": 697, "2": 697, "3": 697, "4": 770, "5": 770, "6": 770,
              "7": 852, "8": 852, "9": 852, "*": 941, "0": 941, "#": 941 };
  var COLUMN = { "1": 1209, "2": 1336, "3": 1477, "4": 1209, "5": 1336, "6": 1477,
                 "7": 1209, "8": 1336, "9": 1477, "*": 1209, "0": 1336, "#": 1477 };
  var TONE_SECONDS = 0.12;
  var LOUDNESS = 0.12;

  var Audio = window.AudioContext || window.webkitAudioContext || null;
  var audio = null; // made at the first key: browsers let a page sound only after a gesture
  var synth = "speechSynthesis" in window && window.SpeechSynthesisUtterance
    ? window.speechSynthesis : null;

  /** Plays the key's two tones together for a moment. */
  function tone(key) {
    if (!Audio || !ROW[key]) {
      return;
    }
    try {
      audio = audio || new Audio();
      if (audio.state === "suspended" && audio.resume) {
        audio.resume();
      }
      var now = audio.currentTime;
      var gain = audio.createGain();
      gain.gain.setValueAtTime(LOUDNESS, now);
      gain.gain.setValueAtTime(LOUDNESS, now + TONE_SECONDS - 0.02);
      gain.gain.linearRampToValueAtTime(0, now + TONE_SECONDS);
      gain.connect(audio.destination);
      [ROW[key], COLUMN[key]].forEach(function (hertz) {
        var oscillator = audio.createOscillator();
        oscillator.type = "sine";
        oscillator.frequency.value = hertz;
        oscillator.connect(gain);
        oscillator.start(now);
        oscillator.stop(now + TONE_SECONDS);
      });
    } catch (e) {
      Audio = null; // no sound here: the keys work without it
    }
  }

  /** Says the prompts in order, each in its locale's voice; false when the browser could not. */
  function speak(prompts, rate) {
    if (!synth) {
      return false;
    }
    try {
      synth.cancel();
      var voices = synth.getVoices() || [];
      prompts.forEach(function (p) {
        var u = new window.SpeechSynthesisUtterance(p.text);
        u.lang = p.locale;
        u.rate = rate;
        var voice = voices.filter(function (v) { return v.lang === p.locale; })[0]
          || voices.filter(function (v) { return v.lang && v.lang.slice(0, 2) === p.locale.slice(0, 2); })[0];
        if (voice) {
          u.voice = voice;
        }
        synth.speak(u);
      });
      return true;
    } catch (e) {
      return false;
    }
  }

  /** The caller pressed a key or spoke: the line stops speaking. True when it was speaking. */
  function bargeIn() {
    if (synth && (synth.speaking || synth.pending)) {
      synth.cancel();
      return true;
    }
    return false;
  }

  function stop() {
    if (synth) {
      synth.cancel();
    }
  }

  window.IvrSound = { canSpeak: !!synth, tone: tone, speak: speak, bargeIn: bargeIn, stop: stop };
})();
