package org.ivrpractice.practice;

import java.util.Optional;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.Queue;
import org.ivrpractice.flow.Template;
import org.ivrpractice.flow.Text;

/**
 * A mission's goal in people's words, for a mission whose file says no {@code done:}: a queue by
 * its label, a node by what the line says there or else by the menu option that leads to it, never
 * by its id alone.
 */
final class GoalSentence {

  private GoalSentence() {}

  static String transferredTo(String queue, Flow line, String locale) {
    return "you are transferred to " + queueLabel(queue, line, locale) + ".";
  }

  static String selfServed() {
    return "the line helps you without an agent and says goodbye.";
  }

  static String reached(String flowId, String nodeId, Flow line, String locale) {
    Flow flow = MissionChecks.flows(line).get(flowId);
    Node node = flow == null ? null : flow.nodes().get(nodeId);
    if (node == null) {
      return "the call reaches the step \u201c" + nodeId.replace('-', ' ') + "\u201d.";
    }
    Text prompt = node.texts().get("prompt");
    if (prompt != null) {
      return "the line says \u201c" + firstSentence(prompt.in(locale)) + "\u201d";
    }
    Optional<String> label = optionTo(flow, nodeId, locale);
    if (label.isPresent()) {
      return "you reach \u201c" + label.get() + "\u201d.";
    }
    return "the call reaches the step \u201c" + nodeId.replace('-', ' ') + "\u201d.";
  }

  private static String queueLabel(String queue, Flow line, String locale) {
    for (Flow flow : MissionChecks.flows(line).values()) {
      Queue q = flow.queues().get(queue);
      if (q != null && q.label() != null) {
        return q.label().in(locale).source();
      }
    }
    return queue;
  }

  /** The label of a menu option of the flow that goes to the node. */
  private static Optional<String> optionTo(Flow flow, String nodeId, String locale) {
    return flow.nodes().values().stream()
        .filter(Node.Menu.class::isInstance)
        .flatMap(n -> ((Node.Menu) n).options().stream())
        .filter(o -> nodeId.equals(o.target()) && o.label() != null)
        .map(o -> o.label().in(locale).source())
        .findFirst();
  }

  /** The template's first sentence, each variable read as an ellipsis. */
  private static String firstSentence(Template template) {
    StringBuilder text = new StringBuilder();
    for (Template.Part part : template.parts()) {
      text.append(part instanceof Template.Literal l ? l.text() : "\u2026");
    }
    String all = text.toString().strip();
    int end = all.indexOf(". ");
    return end < 0 ? all : all.substring(0, end + 1);
  }
}
