package org.ivrpractice.testing.lint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.LintIgnore;
import org.ivrpractice.flow.Problems;

/**
 * The IVR usability lint: rules that a valid flow can still break, each with an id, a severity, a
 * message with file:line:column and a fix. A node silences a rule with {@code lint: { ignore:
 * [rule-id], reason: "..." }}. It runs on flows that passed validation; see docs/analysis.md.
 */
public final class Linter {

  /** The id of the check on the ids that {@code lint: ignore} names. */
  static final String UNKNOWN_RULE = "unknown-lint-rule";

  static final List<LintRule> RULES =
      List.of(
          new PromptDigitRule(),
          new OptionCountRule(),
          new AgentRouteRule(),
          new RepeatRule(),
          new PromptLengthRule(),
          new AgentDepthRule(),
          new SensitivePromptRule(),
          new SynonymOverlapRule());

  private Linter() {}

  /** A rule as the docs and {@code check --help} list it. */
  public record RuleInfo(String id, Severity severity, String summary) {}

  /** Every rule, in the order they run. */
  public static List<RuleInfo> rules() {
    return RULES.stream().map(r -> new RuleInfo(r.id(), r.severity(), r.summary())).toList();
  }

  /** Lints each flow file once (sub-flows on their own, not through their callers). */
  public static LintReport lint(Collection<Flow> flows) {
    List<LintFinding> findings = new ArrayList<>();
    List<LintFinding> silenced = new ArrayList<>();
    List<Flow> ordered = flows.stream().sorted(Comparator.comparing(Flow::id)).toList();
    for (Flow flow : ordered) {
      for (LintRule rule : RULES) {
        rule.check(flow, new LintContext(flow, rule, findings, silenced));
      }
      unknownRules(flow, findings);
    }
    return new LintReport(findings, silenced);
  }

  private static void unknownRules(Flow flow, List<LintFinding> findings) {
    Set<String> known = RULES.stream().map(LintRule::id).collect(Collectors.toSet());
    for (Map.Entry<String, LintIgnore> e : flow.lintIgnores().entrySet()) {
      for (String id : e.getValue().rules()) {
        if (!known.contains(id)) {
          findings.add(
              new LintFinding(
                  UNKNOWN_RULE,
                  Severity.ERROR,
                  e.getValue().position(),
                  e.getKey(),
                  "lint: ignore names '" + id + "', which is no lint rule",
                  Problems.suggestion(id, known, "the rules")));
        }
      }
    }
  }
}
