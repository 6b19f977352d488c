package org.ivrpractice.channels.twilio;

import java.util.List;
import org.ivrpractice.engine.Awaiting;
import org.ivrpractice.engine.Ending;
import org.ivrpractice.engine.Prompt;
import org.ivrpractice.engine.Turn;

/**
 * Everything a turn's TwiML depends on, and nothing else: equal documents render to equal XML, so
 * this is also the key under which rendered XML is reused.
 *
 * @param flowId the call's top-level flow (its follow-up URLs name it)
 * @param locale the call's locale (speech recognition, and the channel's own messages)
 * @param preface what the channel says before the turn's prompts, or null
 * @param node where the call waits: {@code node}, or {@code flow/node} in a sub-flow
 * @param prompts what the flow says
 * @param awaiting the input waited for, or null when the call has ended
 * @param ending how the call ended, or null
 */
public record TurnDocument(
    String flowId,
    String locale,
    String preface,
    String node,
    List<Prompt> prompts,
    Awaiting awaiting,
    Ending ending) {

  public TurnDocument {
    prompts = List.copyOf(prompts);
  }

  /** The document of a turn of a call on {@code flowId}, with an optional preface. */
  public static TurnDocument of(String flowId, String locale, Turn turn, String preface) {
    String node =
        turn.flowId().equals(flowId) ? turn.nodeId() : turn.flowId() + "/" + turn.nodeId();
    return new TurnDocument(
        flowId, locale, preface, node, turn.prompts(), turn.awaiting(), turn.ending());
  }
}
