package org.ivrpractice.channels.web;

/**
 * Stand-ins for the browser's speech and audio, run before a page's scripts ({@link
 * HeadlessChromium#beforePages}), so that a test can see what the phone asks of them: headless
 * Chromium has no voice to hear, no sound card, and no recogniser service.
 */
final class BrowserFakes {

  private BrowserFakes() {}

  /**
   * Speech synthesis that only notes what it is asked, in {@code window.__speech}: {@code
   * speak:<text>}, and {@code cancel:speaking} or {@code cancel:quiet} (whether it was speaking).
   */
  static final String SYNTHESIS =
      """
      (function () {
        var log = [];
        var fake = {
          speaking: false, pending: false, paused: false,
          speak: function (u) { log.push('speak:' + u.text); fake.speaking = true; },
          cancel: function () {
            log.push(fake.speaking ? 'cancel:speaking' : 'cancel:quiet');
            fake.speaking = false;
          },
          getVoices: function () { return []; },
          pause: function () {}, resume: function () {},
          addEventListener: function () {}, removeEventListener: function () {}
        };
        delete window.speechSynthesis;
        Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
        window.SpeechSynthesisUtterance = function (text) { this.text = text; };
        window.__speech = log;
      })();
      """;

  /** Web Audio that notes each oscillator's frequency as it starts, in {@code window.__tones}. */
  static final String AUDIO =
      """
      (function () {
        var tones = [];
        function param() {
          return { value: 0, setValueAtTime: function () {},
                   linearRampToValueAtTime: function () {}, exponentialRampToValueAtTime: function () {} };
        }
        function FakeAudio() { this.currentTime = 0; this.state = 'running'; this.destination = {}; }
        FakeAudio.prototype.createGain = function () { return { gain: param(), connect: function () {} }; };
        FakeAudio.prototype.createOscillator = function () {
          var o = { type: 'sine', frequency: param(), connect: function () {}, stop: function () {},
                    start: function () { tones.push(o.frequency.value); } };
          return o;
        };
        FakeAudio.prototype.resume = function () { return Promise.resolve(); };
        window.AudioContext = FakeAudio;
        delete window.webkitAudioContext;
        window.__tones = tones;
      })();
      """;

  /**
   * A speech recogniser the test speaks into: each one made is in {@code window.__recognisers};
   * {@code r.hear(words, isFinal)} delivers a result as the browser would, {@code r.fail(error)} an
   * error.
   */
  static final String RECOGNITION =
      """
      (function () {
        var made = [];
        function FakeRecognition() { this.lang = ''; this.started = false; made.push(this); }
        FakeRecognition.prototype.start = function () { this.started = true; };
        FakeRecognition.prototype.stop = function () {
          this.started = false;
          if (this.onend) { this.onend({}); }
        };
        FakeRecognition.prototype.abort = FakeRecognition.prototype.stop;
        FakeRecognition.prototype.hear = function (words, isFinal) {
          if (!this.heard && this.onspeechstart) { this.heard = true; this.onspeechstart({}); }
          var result = { 0: { transcript: words, confidence: 0.9 }, length: 1, isFinal: isFinal };
          this.onresult({ resultIndex: 0, results: { 0: result, length: 1 } });
          if (isFinal) { this.stop(); }
        };
        FakeRecognition.prototype.fail = function (error) {
          this.onerror({ error: error });
          this.stop();
        };
        window.SpeechRecognition = FakeRecognition;
        window.webkitSpeechRecognition = FakeRecognition;
        window.__recognisers = made;
      })();
      """;

  /** A browser without speech recognition. */
  static final String NO_RECOGNITION =
      "delete window.SpeechRecognition; delete window.webkitSpeechRecognition;";
}
