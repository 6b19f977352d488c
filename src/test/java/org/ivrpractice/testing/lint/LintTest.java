package org.ivrpractice.testing.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.flow.Problem;
import org.junit.jupiter.api.Test;

/** Each lint rule firing on a small flow, and silenced there by the node's {@code lint:} key. */
class LintTest {

  /** A small line that breaks no rule; the tests below break one each. */
  private static final String CLEAN =
      """
      id: shop
      queues:
        agents: { label: Customer care, wait: 60 }
      nodes:
        main:
          type: menu
          prompt: "For our hours, press 1. For your order, press 2."
          options:
            - { digit: 1, say: [hours], goto: hours }
            - { digit: 2, say: [order], goto: order }
        hours: { type: hangup, prompt: "We open at nine. Goodbye." }
        order: { type: transfer, queue: agents, prompt: "Please hold." }
        agent: { type: transfer, queue: agents, prompt: "Please hold for an agent." }
      """;

  private static final String SILENCE =
      "    lint: { ignore: [%s], reason: \"checked with the product owner\" }\n";

  @Test
  void theCleanFlowHasNoFindings() {
    assertEquals(List.of(), lint(CLEAN).findings());
  }

  @Test
  void promptNamingAKeyNoOptionHasIsAnError() {
    String yaml = CLEAN.replace("For your order, press 2.", "For your order, press 7.");

    assertEquals(
        List.of(
            "shop.yaml:5:3: error [prompt-digit-mismatch] [main] the en-US prompt says to press"
                + " 7, but no option or escape of this menu answers to 7. Fix: add an option with"
                + " digit: 7, or correct the prompt; or, if it is meant, add lint: { ignore:"
                + " [prompt-digit-mismatch], reason: \"...\" }",
            "shop.yaml:10:9: error [prompt-digit-mismatch] [main] the en-US prompt never names"
                + " option 2, so callers cannot find it. Fix: add \"press 2\" for it to the"
                + " prompt, or leave the prompt out to generate it from the labels; or, if it is"
                + " meant, add lint: { ignore: [prompt-digit-mismatch], reason: \"...\" }"),
        formatted(lint(yaml)));
    assertEquals(false, lint(yaml).ok());
    assertSilenced(silenceAt(yaml, "main", "prompt-digit-mismatch"), "prompt-digit-mismatch", 2);
  }

  @Test
  void escapeKeysAndSpokenKeyWordsCountAsNamed() {
    String yaml =
        CLEAN.replace(
            "For your order, press 2.",
            "For your order, press two. For an agent, press 0. To hear this again, press star.");
    assertEquals(List.of(), lint(yaml).findings());
  }

  @Test
  void moreThanFiveOptionsIsAWarning() {
    StringBuilder options = new StringBuilder();
    for (int d = 1; d <= 6; d++) {
      options.append("      - { digit: ").append(d).append(", label: item ").append(d);
      options.append(", goto: hours }\n");
    }
    String yaml =
        CLEAN
            .replace("    prompt: \"For our hours, press 1. For your order, press 2.\"\n", "")
            .replace(
                "      - { digit: 1, say: [hours], goto: hours }\n"
                    + "      - { digit: 2, say: [order], goto: order }\n",
                options.toString())
            .replace("  order: { type: transfer, queue: agents, prompt: \"Please hold.\" }\n", "");

    assertFindings(yaml, "too-many-options", "shop.yaml:5:3: warning [too-many-options] [main]");
    assertSilenced(silenceAt(yaml, "main", "too-many-options"), "too-many-options", 1);
  }

  @Test
  void aMenuWithoutTheAgentEscapeOrATransferOptionIsAWarning() {
    String yaml =
        CLEAN
            .replace(
                "order: { type: transfer, queue: agents, prompt: \"Please hold.\" }",
                "order: { type: hangup, prompt: \"Your order is on its way. Goodbye.\" }")
            .replace("    options:", "    escapes: [repeat]\n    options:");

    assertFindings(yaml, "no-agent-route", "shop.yaml:5:3: warning [no-agent-route] [main]");
    assertEquals(
        List.of(),
        findings(
            CLEAN.replace("    options:", "    escapes: [repeat]\n    options:"), "no-agent-route"),
        "option 2 transfers, so the menu has a way to an agent");
    assertSilenced(silenceAt(yaml, "main", "no-agent-route"), "no-agent-route", 1);
  }

  @Test
  void aMenuWithoutRepeatOrAWayBackIsAWarning() {
    String yaml = CLEAN.replace("    options:", "    escapes: [agent]\n    options:");

    assertFindings(yaml, "no-repeat", "shop.yaml:5:3: warning [no-repeat] [main]");
    String withWayBack =
        yaml.replace(
                "For our hours, press 1.", "For our hours, press 1. To hear this again, press 3.")
            .replace(
                "      - { digit: 2, say: [order], goto: order }\n",
                "      - { digit: 2, say: [order], goto: order }\n"
                    + "      - { digit: 3, say: [again], goto: main }\n");
    assertEquals(List.of(), findings(withWayBack, "no-repeat"));
    assertSilenced(silenceAt(yaml, "main", "no-repeat"), "no-repeat", 1);
  }

  @Test
  void aPromptOverFortyWordsIsAWarning() {
    String words = "word ".repeat(41).strip();
    String yaml = CLEAN.replace("We open at nine. Goodbye.", words);

    assertEquals(
        List.of(
            "shop.yaml:11:3: warning [prompt-too-long] [hours] the en-US prompt has 41 words"
                + " (about 16 seconds); callers hold about 40. Fix: say less, or split it over two"
                + " nodes; or, if it is meant, add lint: { ignore: [prompt-too-long], reason:"
                + " \"...\" }"),
        findings(yaml, "prompt-too-long"));
    String silenced =
        yaml.replace(
            "  hours: { type: hangup, prompt: \"" + words + "\" }",
            "  hours:\n    type: hangup\n    prompt: \""
                + words
                + "\"\n"
                + SILENCE.formatted("prompt-too-long").stripTrailing());
    assertSilenced(silenced, "prompt-too-long", 1);
  }

  @Test
  void anAgentBehindFiveMenusIsAWarning() {
    String yaml = menusBeforeAgent(5);

    assertFindings(
        yaml,
        "agent-too-deep",
        "deep.yaml:5:3: warning [agent-too-deep] [m1] the quickest way to an agent makes a caller"
            + " answer 5 menus or entries");
    assertEquals(List.of(), findings(menusBeforeAgent(4), "agent-too-deep"));
    assertSilenced(silenceAt(yaml, "m1", "agent-too-deep"), "agent-too-deep", 1);
  }

  /** A line of menus without the agent escape, one after the other, the last one to an agent. */
  private static String menusBeforeAgent(int menus) {
    StringBuilder nodes = new StringBuilder("id: deep\nqueues:\n  agents: { wait: 1 }\nnodes:\n");
    for (int i = 1; i <= menus; i++) {
      String next = i == menus ? "agent" : "m" + (i + 1);
      nodes.append("  m").append(i).append(":\n    type: menu\n    escapes: [repeat]\n");
      nodes.append("    prompt: \"To go on, press 1.\"\n");
      nodes.append("    options: [ { digit: 1, goto: ").append(next).append(" } ]\n");
    }
    return nodes.append("  agent: { type: transfer, queue: agents }\n").toString();
  }

  @Test
  void aSensitiveValueReadOutIsAWarning() {
    String yaml =
        CLEAN
            .replace("goto: order }", "goto: card }")
            .replace(
                "  agent:",
                String.join(
                    "\n",
                    "  card:",
                    "    type: collect",
                    "    prompt: \"Enter your card number.\"",
                    "    length: 4",
                    "    sensitive: true",
                    "    into: card",
                    "    next: read",
                    "  read:",
                    "    type: say",
                    "    prompt: \"You entered {card}.\"",
                    "    next: order",
                    "  agent:"));

    assertFindings(
        yaml,
        "sensitive-in-prompt",
        "shop.yaml:20:3: warning [sensitive-in-prompt] [read] the prompt reads out {card}");
    assertSilenced(silenceAt(yaml, "read", "sensitive-in-prompt"), "sensitive-in-prompt", 1);
  }

  @Test
  void aSynonymInsideAnotherOptionsSynonymIsAWarning() {
    String yaml =
        CLEAN
            .replace("say: [order]", "say: [order, lost card]")
            .replace("say: [hours]", "say: [hours, card]");

    assertEquals(
        List.of(
            "shop.yaml:9:9: warning [overlapping-synonyms] [main] option 1's \"card\" lies inside"
                + " option 2's \"lost card\": which one a caller reaches depends on the words"
                + " around it. Fix: make the synonyms distinct, or drop the shorter one; or, if it"
                + " is meant, add lint: { ignore: [overlapping-synonyms], reason: \"...\" }"),
        findings(yaml, "overlapping-synonyms"));
    assertSilenced(silenceAt(yaml, "main", "overlapping-synonyms"), "overlapping-synonyms", 1);
  }

  @Test
  void anIgnoreNamingNoRuleIsAnErrorWithASuggestion() {
    String yaml = silenceAt(CLEAN, "main", "prompt-too-lnog");

    assertEquals(
        List.of(
            "shop.yaml:7:5: error [unknown-lint-rule] [main] lint: ignore names"
                + " 'prompt-too-lnog', which is no lint rule. Fix: did you mean"
                + " 'prompt-too-long'?"),
        formatted(lint(yaml)));
  }

  @Test
  void aLintKeyWithoutAReasonIsAFlowProblem() {
    LoadResult result =
        FlowLoader.fromSources(
            Map.of(
                "shop.yaml",
                CLEAN.replace("    options:", "    lint: { ignore: [no-repeat] }\n    options:")));

    assertEquals(
        List.of(
            "shop.yaml:8:11: [main] 'lint' needs 'reason'. Fix: add reason: \"why the rule does not"
                + " apply\""),
        result.problems().stream().map(Problem::format).toList());
  }

  @Test
  void theBundledFlowsHaveNoLintErrors() {
    LoadResult loaded = FlowLoader.load(List.of(Path.of("ivr-flows")));
    LintReport report = Linter.lint(loaded.flows().values());
    assertEquals(
        List.of(),
        report.findings().stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .map(LintFinding::format)
            .toList());
  }

  // --- helpers ---

  /** The flow with {@code lint: { ignore: [rule] }} added under the node's {@code type:}. */
  private static String silenceAt(String yaml, String node, String rule) {
    String block = "  " + node + ":\n    type: ";
    if (!yaml.contains(block)) {
      throw new IllegalArgumentException("write " + node + " as a block in the test flow");
    }
    int at = yaml.indexOf(block) + ("  " + node + ":\n").length();
    int lineEnd = yaml.indexOf('\n', at) + 1;
    return yaml.substring(0, lineEnd) + SILENCE.formatted(rule) + yaml.substring(lineEnd);
  }

  private static void assertSilenced(String yaml, String rule, int count) {
    LintReport report = lint(yaml);
    assertEquals(List.of(), findings(report, rule));
    assertEquals(count, report.silenced().stream().filter(f -> f.rule().equals(rule)).count());
  }

  private static void assertFindings(String yaml, String rule, String start) {
    List<String> found = findings(yaml, rule);
    assertEquals(1, found.size(), found.toString());
    assertEquals(start, found.get(0).substring(0, Math.min(start.length(), found.get(0).length())));
  }

  private static List<String> findings(String yaml, String rule) {
    return findings(lint(yaml), rule);
  }

  private static List<String> findings(LintReport report, String rule) {
    return report.findings().stream()
        .filter(f -> f.rule().equals(rule))
        .map(LintFinding::format)
        .toList();
  }

  private static List<String> formatted(LintReport report) {
    return report.findings().stream().map(LintFinding::format).toList();
  }

  private static LintReport lint(String yaml) {
    return Linter.lint(load(yaml).values());
  }

  private static Map<String, org.ivrpractice.flow.Flow> load(String yaml) {
    String id = yaml.lines().findFirst().orElseThrow().substring(3).strip();
    LoadResult result = FlowLoader.fromSources(Map.of(id + ".yaml", yaml));
    assertEquals(List.of(), result.problems().stream().map(Problem::format).toList());
    return result.flows();
  }
}
