package org.ivrpractice.testing.lint;

import java.util.HashSet;
import java.util.Set;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.SensitiveVariables;
import org.ivrpractice.flow.Template;
import org.ivrpractice.flow.Text;

/**
 * {@code sensitive-in-prompt}: a prompt reads out a sensitive value (a card number collected with
 * {@code sensitive: true}, or the record field a lookup matched it with). The engine says it masked
 * ("ending in 0 0 0 5"), but speaking even the tail of a card number can be overheard; warn, so
 * that someone decides.
 */
final class SensitivePromptRule implements LintRule {

  @Override
  public String id() {
    return "sensitive-in-prompt";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "a prompt reads out a sensitive value (it is masked, but still heard)";
  }

  @Override
  public void check(Flow flow, LintContext context) {
    Set<String> sensitive = SensitiveVariables.of(flow.allFlows()); // here and in the sub-flows
    for (Node node : flow.nodes().values()) {
      Set<String> used = new HashSet<>();
      for (Text text : node.texts().values()) {
        for (Template template : text.byLocale().values()) {
          template.variables().stream()
              .map(Template.Variable::path)
              .filter(sensitive::contains)
              .forEach(used::add);
        }
      }
      for (String variable : used) {
        context.report(
            node,
            "the prompt reads out {"
                + variable
                + "}, a sensitive value; it is said masked, but"
                + " even its last digits can be overheard",
            "describe it without the value (\"the card you entered\"); " + context.silence());
      }
    }
  }
}
