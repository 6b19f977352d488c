package org.ivrpractice.channels.twilio;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Plays a phone call against the webhooks the way Twilio does: posts signed form parameters
 * (CallSid, From, To, Digits or SpeechResult), then executes the TwiML it gets back, verb by verb.
 * {@code <Say>} is what the caller hears; {@code <Gather>} waits for the caller (keys, speech or
 * silence) and posts to its action; {@code <Redirect>} fetches the next document; {@code <Dial>}
 * and {@code <Enqueue>} hand the call over and report how that went; {@code <Hangup>}, or the end
 * of a document, ends the call, after which the status callback is posted.
 */
final class TwilioCallClient {

  /**
   * What the caller got from one action.
   *
   * @param heard the texts said, in order
   * @param gatherAction where the pending {@code <Gather>} posts (as Twilio resolved it), or null
   * @param ended true once the call is over
   * @param handedTo what a {@code <Dial>} dialled or an {@code <Enqueue>} joined, or null
   */
  record Turn(List<String> heard, String gatherAction, boolean ended, String handedTo) {}

  private record Gather(
      String action,
      Integer numDigits,
      String finishOnKey,
      boolean speech,
      boolean actionOnEmptyResult,
      List<Element> rest,
      String documentUrl) {}

  private final TwilioHttp http;
  private final String twilioBase;
  private String dialOutcome = "completed";
  private String queueOutcome = "bridged";
  private String callSid;
  private Gather pending;
  private boolean ended;
  private String handedTo;

  /**
   * @param serverBase where requests are sent ({@code http://localhost:8081})
   * @param twilioBase the base URL Twilio believes it calls (the public URL behind a proxy, else
   *     {@code serverBase}): what it signs and resolves relative links against
   */
  TwilioCallClient(String serverBase, String twilioBase, String authToken) {
    this(() -> serverBase, twilioBase, authToken);
  }

  /**
   * A caller whose requests reach whichever server {@code servers} names for each (as behind a load
   * balancer), all signed for {@code twilioBase}, the public URL Twilio calls.
   */
  TwilioCallClient(
      java.util.function.Supplier<String> servers, String twilioBase, String authToken) {
    this.http = new TwilioHttp(servers, twilioBase, authToken);
    this.twilioBase = TwilioHttp.trim(twilioBase);
  }

  /** How a {@code <Dial>}ed line answers: {@code completed}, {@code no-answer}, {@code busy}. */
  TwilioCallClient dialOutcome(String status) {
    this.dialOutcome = status;
    return this;
  }

  /** How a caller leaves an {@code <Enqueue>}: {@code bridged}, {@code queue-full}, ... */
  TwilioCallClient queueOutcome(String result) {
    this.queueOutcome = result;
    return this;
  }

  String callSid() {
    return callSid;
  }

  /** A new incoming call to the webhook at {@code link} (root-relative). */
  Turn call(String link) {
    callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
    pending = null;
    ended = false;
    handedTo = null;
    List<String> heard = new ArrayList<>();
    run(fetch(twilioBase + link, Map.of()), twilioBase + link, heard);
    return turn(heard);
  }

  /** The caller presses keys while the gather waits (ending with its finish key, or not). */
  Turn press(String keys) {
    Gather gather = awaiting();
    StringBuilder entered = new StringBuilder();
    int i = 0;
    for (; i < keys.length(); i++) {
      String key = keys.substring(i, i + 1);
      if (key.equals(gather.finishOnKey())) {
        i++;
        break;
      }
      entered.append(key);
      if (gather.numDigits() != null && entered.length() == gather.numDigits()) {
        i++;
        break;
      }
    }
    if (i < keys.length()) {
      throw new AssertionError(
          "keys pressed after the gather completed would reach the next one: " + keys.substring(i));
    }
    return entered.length() == 0 ? silence() : answer(Map.of("Digits", entered.toString()));
  }

  /** The caller speaks (ignored when the gather does not listen: silence). */
  Turn say(String words) {
    Gather gather = awaiting();
    if (!gather.speech()) {
      return silence();
    }
    return answer(Map.of("SpeechResult", words, "Confidence", "0.92"));
  }

  /** The gather times out with nothing. */
  Turn silence() {
    Gather gather = awaiting();
    if (gather.actionOnEmptyResult()) {
      return answer(Map.of());
    }
    pending = null;
    List<String> heard = new ArrayList<>();
    runVerbs(gather.rest(), gather.documentUrl(), heard);
    return turn(heard);
  }

  /** The caller hangs up: Twilio posts the status callback. */
  Turn hangUp() {
    awaiting();
    pending = null;
    end();
    return turn(List.of());
  }

  private Turn answer(Map<String, String> input) {
    Gather gather = pending;
    pending = null;
    List<String> heard = new ArrayList<>();
    run(fetch(gather.action(), input), gather.action(), heard);
    return turn(heard);
  }

  private Gather awaiting() {
    if (ended || pending == null) {
      throw new AssertionError("the call is not waiting for the caller (ended: " + ended + ")");
    }
    return pending;
  }

  private Turn turn(List<String> heard) {
    return new Turn(List.copyOf(heard), pending == null ? null : pending.action(), ended, handedTo);
  }

  private void run(Document doc, String documentUrl, List<String> heard) {
    Element root = doc.getDocumentElement();
    if (!root.getTagName().equals("Response")) {
      throw new AssertionError("the TwiML's root is <" + root.getTagName() + ">, not <Response>");
    }
    runVerbs(children(root), documentUrl, heard);
  }

  private void runVerbs(List<Element> verbs, String documentUrl, List<String> heard) {
    for (int i = 0; i < verbs.size(); i++) {
      Element verb = verbs.get(i);
      switch (verb.getTagName()) {
        case "Say" -> heard.add(verb.getTextContent());
        case "Pause", "Play" -> {}
        case "Gather" -> {
          children(verb).stream()
              .filter(e -> e.getTagName().equals("Say"))
              .forEach(e -> heard.add(e.getTextContent()));
          pending = gather(verb, documentUrl, verbs.subList(i + 1, verbs.size()));
          return;
        }
        case "Redirect" -> {
          String url = resolve(documentUrl, verb.getTextContent().strip());
          run(fetch(url, Map.of()), url, heard);
          return;
        }
        case "Dial" -> {
          handedTo = "dial " + verb.getTextContent().strip();
          if (follow(verb, documentUrl, Map.of("DialCallStatus", dialOutcome), heard)) {
            return;
          }
        }
        case "Enqueue" -> {
          handedTo = "enqueue " + verb.getTextContent().strip();
          String wait = resolve(documentUrl, verb.getAttribute("waitUrl"));
          // Twilio plays the wait document again and again while the caller holds: once is enough.
          Document hold =
              fetch(
                  wait,
                  Map.of(
                      "QueuePosition",
                      "2",
                      "AvgQueueTime",
                      "0",
                      "QueueTime",
                      "0",
                      "CurrentQueueSize",
                      "2"));
          children(hold.getDocumentElement()).stream()
              .filter(e -> e.getTagName().equals("Say"))
              .forEach(e -> heard.add(e.getTextContent()));
          if (follow(verb, documentUrl, Map.of("QueueResult", queueOutcome), heard)) {
            return;
          }
        }
        case "Hangup" -> {
          end();
          return;
        }
        default ->
            throw new AssertionError("a verb this client does not play: " + verb.getTagName());
      }
    }
    end();
  }

  /** Posts to the verb's action, if it has one, and runs what comes back; true if it did. */
  private boolean follow(
      Element verb, String documentUrl, Map<String, String> params, List<String> heard) {
    if (!verb.hasAttribute("action")) {
      return false;
    }
    String action = resolve(documentUrl, verb.getAttribute("action"));
    run(fetch(action, params), action, heard);
    return true;
  }

  private Gather gather(Element verb, String documentUrl, List<Element> rest) {
    String action =
        verb.hasAttribute("action")
            ? resolve(documentUrl, verb.getAttribute("action"))
            : documentUrl;
    Integer numDigits =
        verb.hasAttribute("numDigits") ? Integer.valueOf(verb.getAttribute("numDigits")) : null;
    String finishOnKey = verb.hasAttribute("finishOnKey") ? verb.getAttribute("finishOnKey") : "#";
    String input = verb.hasAttribute("input") ? verb.getAttribute("input") : "dtmf";
    return new Gather(
        action,
        numDigits,
        finishOnKey,
        input.contains("speech"),
        "true".equals(verb.getAttribute("actionOnEmptyResult")),
        List.copyOf(rest),
        documentUrl);
  }

  private void end() {
    if (ended) {
      return;
    }
    ended = true;
    pending = null;
    fetch(
        twilioBase + TwilioRoutes.status(),
        Map.of("CallStatus", "completed", "CallDuration", "42"));
  }

  /** Posts a signed request as Twilio would, and parses the TwiML answer. */
  private Document fetch(String url, Map<String, String> extra) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("AccountSid", "AC00000000000000000000000000000000");
    params.put("CallSid", callSid);
    params.put("From", "+15555550123");
    params.put("To", "+15555550100");
    params.put("Direction", "inbound");
    params.putAll(extra);
    TwilioHttp.Exchange exchange = http.post(url, params);
    if (exchange.status() != 200) {
      throw new AssertionError(
          "HTTP " + exchange.status() + " from " + url + ": " + exchange.body());
    }
    return TwilioHttp.parse(exchange.body());
  }

  private static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        elements.add(e);
      }
    }
    return elements;
  }

  private static String resolve(String documentUrl, String link) {
    return URI.create(documentUrl).resolve(link).toString();
  }

  /** The exchanges as a readable log: each request's URL and parameters, then the TwiML. */
  String transcript() {
    return http.transcript();
  }
}
