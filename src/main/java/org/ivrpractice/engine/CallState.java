package org.ivrpractice.engine;

import java.util.List;
import java.util.Map;

/**
 * Everything the engine needs to continue a call: a small immutable value that serialises to JSON
 * (Jackson handles records), so sessions can keep it anywhere. Sensitive values are never in it in
 * clear: {@code variables} holds their masked form and {@code digests} a SHA-256 for lookups.
 *
 * @param flowId the top-level flow of the call
 * @param currentFlow the flow of the current node (a sub-flow while one runs)
 * @param node the current node's id in {@code currentFlow}
 * @param calls the sub-flow calls under way, outermost first
 * @param locale the call's locale
 * @param noInputs silences at the current node so far
 * @param noMatches unmatched inputs at the current node so far
 * @param variables the call's variables (sensitive ones masked)
 * @param digests for each sensitive variable, the SHA-256 (hex) of its digits
 * @param seed the call's seed, from which reference numbers are generated
 * @param references how many reference numbers the call has generated
 * @param ended true once the call has ended
 */
public record CallState(
    String flowId,
    String currentFlow,
    String node,
    List<Frame> calls,
    String locale,
    int noInputs,
    int noMatches,
    Map<String, String> variables,
    Map<String, String> digests,
    long seed,
    int references,
    boolean ended) {

  /**
   * A sub-flow call under way.
   *
   * @param flowId the calling flow
   * @param nodeId the calling {@code subflow} node, whose exits say where to continue
   */
  public record Frame(String flowId, String nodeId) {}
}
