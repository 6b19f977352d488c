package org.ivrpractice.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ivrpractice.interop.ConnectFlow.Action;
import org.ivrpractice.interop.ConnectFlow.Condition;
import org.ivrpractice.interop.JsonTree.JObject;

/**
 * Get customer input ({@code GetParticipantInput}): with DTMF conditions a menu, with {@code
 * StoreInput} a collect into {@code stored_input}; {@code InputTimeLimitExceeded} and {@code
 * NoMatchingCondition} are where its no-input and no-match go.
 */
final class ConnectInput {

  private final ConnectContext context;
  private final Action input;

  ConnectInput(ConnectContext context, Action input) {
    this.context = context;
    this.input = input;
  }

  void write() {
    if (input.parameters().get("LexV2Bot") != null || input.parameters().get("LexBot") != null) {
      context.problem(
          input,
          input.at(),
          input.describe() + " asks an Amazon Lex bot, which cannot run offline",
          "use DTMF conditions (press 1, press 2) for the practice flow");
      return;
    }
    List<String> lines = new ArrayList<>();
    String prompt = context.prompt(input);
    if ("true".equalsIgnoreCase(input.parameter("StoreInput"))) {
      lines.addAll(collect(prompt));
    } else {
      lines.addAll(menu(prompt));
    }
    Integer timeout = StudioGathers.number(input.parameter("InputTimeLimitSeconds"));
    if (timeout != null) {
      lines.add("timeout: " + Math.max(1, Math.min(60, timeout)));
    }
    lines.addAll(fallback());
    context.out.node(input.id(), context.origin(input), lines);
  }

  private List<String> collect(String prompt) {
    List<String> lines = new ArrayList<>();
    lines.add("type: collect");
    lines.add("prompt: " + FlowYaml.quote(prompt == null ? "(no prompt)" : prompt));
    Integer max = ConnectImporter.maximumLength(input);
    lines.add("length: \"1-" + (max == null ? 20 : Math.min(max, 30)) + "\"");
    JObject dtmf = input.parameters().object("DTMFConfiguration");
    String finish = dtmf == null ? null : dtmf.text("InputTerminationSequence");
    lines.add("finishKey: \"" + (finish != null && finish.matches("[*#]") ? finish : "#") + "\"");
    lines.add("into: " + ConnectText.STORED);
    lines.add("next: " + context.target(input, input.next(), null));
    return lines;
  }

  private List<String> menu(String prompt) {
    List<String> lines = new ArrayList<>();
    lines.add("type: menu");
    boolean recording = input.parameter("Text") == null && input.parameter("SSML") == null;
    if (prompt != null && recording) {
      // a recording's words are unknown: the options' labels say the keys after it
      lines.add("intro: " + FlowYaml.quote(prompt));
      prompt = null;
    } else if (prompt != null) {
      lines.add("prompt: " + FlowYaml.quote(prompt));
    }
    lines.add("options:");
    Map<String, String> seen = new LinkedHashMap<>();
    for (Condition c : input.conditions()) {
      String key = c.operands().isEmpty() ? "" : String.valueOf(c.operands().get(0)).strip();
      if (!"Equals".equals(c.operator()) || !key.matches("[0-9*#]")) {
        context.problem(
            input,
            c.at(),
            input.describe()
                + " has a condition '"
                + c.operator()
                + " "
                + key
                + "': a menu"
                + " answers to one key",
            "use Equals with one key (0-9, * or #), or Store customer input for longer entries");
        continue;
      }
      Map<String, String> set = new LinkedHashMap<>();
      String target = context.target(input, c.next(), set);
      if (seen.putIfAbsent(key, target) == null) {
        lines.add("  - " + option(key, target, set, prompt == null));
      }
    }
    return lines;
  }

  private static String option(
      String key, String target, Map<String, String> set, boolean labelled) {
    StringBuilder out = new StringBuilder("{ digit: \"").append(key).append('"');
    if (labelled) {
      out.append(", label: ").append(FlowYaml.quote(target.replaceAll("[-_]+", " ")));
    }
    if (!set.isEmpty()) {
      List<String> pairs = new ArrayList<>();
      set.forEach((k, v) -> pairs.add(StudioVariables.variableName(k) + ": " + FlowYaml.quote(v)));
      out.append(", set: { ").append(String.join(", ", pairs)).append(" }");
    }
    return out.append(", goto: ").append(target).append(" }").toString();
  }

  /** Where a silent or unmatched caller goes; back to the input itself re-prompts. */
  private List<String> fallback() {
    String timeout = input.errors().get("InputTimeLimitExceeded");
    String noMatch =
        input.errors().getOrDefault("NoMatchingCondition", input.errors().get("NoMatchingError"));
    boolean timeoutSelf = input.identifier().equals(timeout);
    boolean noMatchSelf = input.identifier().equals(noMatch);
    List<String> lines = new ArrayList<>();
    if (!timeoutSelf && !noMatchSelf) {
      lines.add("retries: 0");
    }
    String to =
        timeout != null && !timeoutSelf
            ? timeout
            : noMatch != null && !noMatchSelf ? noMatch : null;
    lines.add("fallback: " + (to == null ? context.cutOff() : context.target(input, to, null)));
    return lines;
  }
}
