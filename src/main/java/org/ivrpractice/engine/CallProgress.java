package org.ivrpractice.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.Text;

/**
 * One step of a call while it runs: the call's state, opened up for change, and what the step has
 * produced so far. It lives only inside {@link Engine#step}; what leaves the engine is the
 * immutable {@link CallState} and {@link Turn} that {@link #toStep()} builds.
 */
final class CallProgress {

  /** Automatic node entries allowed in one step before the flow counts as looping. */
  static final int MAX_ENTRIES = 200;

  final Flow topFlow;
  private Flow flow;
  private String nodeId;
  private final List<CallState.Frame> calls;
  private String locale;
  int noInputs;
  int noMatches;

  /** Read here by the engine's other classes; written only through {@link #set} and co. */
  Map<String, String> variables;

  Map<String, String> digests;

  // The state's own maps are read as they are and copied on the first write: most turns set
  // nothing, and a call holds a few dozen variables once a lookup has run.
  private boolean variablesCopied;
  private boolean digestsCopied;
  private final long seed;
  private int references;
  private final List<Prompt> prompts = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private Awaiting awaiting;
  private Ending ending;
  private final List<SavedRecord> saves = new ArrayList<>();
  private RecordRequest needs;
  private int entries;

  CallProgress(Flow topFlow, CallState state) {
    this.topFlow = topFlow;
    this.flow = topFlow.flow(state.currentFlow());
    this.nodeId = state.node();
    this.calls = new ArrayList<>(state.calls());
    this.locale = state.locale();
    this.noInputs = state.noInputs();
    this.noMatches = state.noMatches();
    this.variables = state.variables();
    this.digests = state.digests();
    this.seed = state.seed();
    this.references = state.references();
  }

  Flow flow() {
    return flow;
  }

  Node node() {
    return flow.node(nodeId);
  }

  String locale() {
    return locale;
  }

  long seed() {
    return seed;
  }

  /** Counts a reference number as generated and returns how many were generated before it. */
  int nextReference() {
    return references++;
  }

  /** Moves to a node of the current flow, as an entry: counters start again. */
  void enter(String targetId) {
    if (++entries > MAX_ENTRIES) {
      throw new IllegalStateException(
          "flow " + flow.id() + " loops at " + nodeId + " without waiting for input");
    }
    nodeId = flow.node(targetId).id();
    noInputs = 0;
    noMatches = 0;
    event(Event.Kind.ENTERED, null);
  }

  /** Leaves any sub-flows for the top-level flow (before entering one of its nodes). */
  void returnToTopFlow() {
    calls.clear();
    flow = topFlow;
  }

  /** Starts a sub-flow called from the current node; the caller then enters its start node. */
  void callSubflow(String subflowId) {
    calls.add(new CallState.Frame(flow.id(), nodeId));
    flow = topFlow.flow(subflowId);
  }

  /** Leaves the current sub-flow and returns the calling {@code subflow} node. */
  Node.Subflow returnFromSubflow() {
    if (calls.isEmpty()) {
      throw new IllegalStateException(
          "flow " + flow.id() + " returns at " + nodeId + " but no flow called it");
    }
    CallState.Frame frame = calls.remove(calls.size() - 1);
    flow = topFlow.flow(frame.flowId());
    nodeId = frame.nodeId();
    return (Node.Subflow) flow.node(frame.nodeId());
  }

  /** Sets a variable; {@code locale} switches the call's language instead. */
  void set(String name, String value) {
    if (name.equals("locale")) {
      locale = value;
    } else {
      writableVariables().put(name, value);
      if (digests.containsKey(name)) {
        writableDigests().remove(name);
      }
    }
  }

  /**
   * Forgets every variable under {@code prefix} ({@code account.}): a lookup that finds a record
   * replaces the one before it whole, so no field of an earlier record is read as this one's.
   */
  void clearPrefix(String prefix) {
    if (hasPrefix(variables, prefix)) {
      writableVariables().keySet().removeIf(name -> name.startsWith(prefix));
    }
    if (hasPrefix(digests, prefix)) {
      writableDigests().keySet().removeIf(name -> name.startsWith(prefix));
    }
  }

  private static boolean hasPrefix(Map<String, String> values, String prefix) {
    for (String name : values.keySet()) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Keeps a sensitive value: masked among the variables, and its digest for lookups. */
  void setSensitive(String name, String digits) {
    setSensitive(name, digits, SensitiveDigits.digest(digits));
  }

  /** The same, with the digest already known. */
  void setSensitive(String name, String digits, String digest) {
    writableVariables().put(name, SensitiveDigits.mask(digits));
    writableDigests().put(name, digest);
  }

  private Map<String, String> writableVariables() {
    if (!variablesCopied) {
      reserveVariables(0);
    }
    return variables;
  }

  /**
   * Makes room for {@code more} variables about to be set (a lookup sets a record's fields), so the
   * map is not rehashed as it grows.
   */
  void reserveVariables(int more) {
    if (variablesCopied && more <= 4) {
      return; // a few more fit without much rehashing
    }
    int needed = variables.size() + more;
    Map<String, String> copy = new LinkedHashMap<>(Math.max(16, needed * 4 / 3 + 1));
    copy.putAll(variables);
    variables = copy;
    variablesCopied = true;
  }

  private Map<String, String> writableDigests() {
    if (!digestsCopied) {
      digests = new LinkedHashMap<>(digests);
      digestsCopied = true;
    }
    return digests;
  }

  /** Says a text, if there is one, with the call's variables filled in. */
  void say(Text text) {
    if (text != null) {
      say(PromptRenderer.render(text, locale, variables, digests));
    }
  }

  void say(String words) {
    if (!words.isBlank()) {
      prompts.add(new Prompt(words, locale));
    }
  }

  void event(Event.Kind kind, String detail) {
    events.add(new Event(kind, flow.id(), nodeId, detail));
  }

  void await(Awaiting what) {
    this.awaiting = what;
  }

  /** Keeps a record the call saved, for the channel to store. */
  void save(SavedRecord record) {
    saves.add(record);
  }

  /** Stops the step at a lookup that needs a saved record the channel must look up. */
  void need(RecordRequest request) {
    this.needs = request;
  }

  void end(Ending how) {
    this.ending = how;
    this.awaiting = null;
    event(Event.Kind.ENDED, how.outcome().yamlName());
  }

  boolean ended() {
    return ending != null;
  }

  /**
   * The values as the next state keeps them, in the order they were set, so states compare and
   * print alike: the state's own map when the step wrote none, else this step's copy, which no one
   * writes after {@link #toStep}.
   */
  private static Map<String, String> readOnly(Map<String, String> values) {
    return Collections.unmodifiableMap(values);
  }

  /** What the step produced; the last use of this object. */
  Step toStep() {
    CallState state =
        new CallState(
            topFlow.id(),
            flow.id(),
            nodeId,
            List.copyOf(calls),
            locale,
            noInputs,
            noMatches,
            readOnly(variables),
            readOnly(digests),
            seed,
            references,
            ending != null);
    Turn turn =
        new Turn(
            List.copyOf(prompts),
            awaiting,
            ending,
            flow.id(),
            nodeId,
            List.copyOf(events),
            List.copyOf(saves),
            needs);
    return new Step(state, turn);
  }
}
