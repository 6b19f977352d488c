package org.ivrpractice.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ivrpractice.flow.Node;
import org.ivrpractice.flow.NodeVisitor;
import org.ivrpractice.flow.Outcome;
import org.ivrpractice.flow.Queue;

/**
 * Runs nodes: each visit does what its node does and returns the id of the node to enter next in
 * the same step, or null when the call now waits for the caller or has ended.
 */
final class NodeRunner implements NodeVisitor<String> {

  private final CallProgress call;

  private NodeRunner(CallProgress call) {
    this.call = call;
  }

  /** Enters a node of the current flow and runs on until the call waits or ends. */
  static void runFrom(CallProgress call, String nodeId) {
    NodeRunner runner = new NodeRunner(call);
    String next = nodeId;
    while (next != null) {
      call.enter(next);
      next = call.node().accept(runner);
    }
  }

  /**
   * Goes on from a lookup that waited for a saved record: the record found ({@code saved}), else
   * the practice data; then runs on until the call waits or ends.
   */
  static void answer(CallProgress call, Map<String, String> saved) {
    if (!(call.node() instanceof Node.Lookup lookup)) {
      throw new IllegalStateException("the call is not waiting for a saved record");
    }
    boolean found =
        saved != null
            ? RecordLookup.copySaved(call, lookup, saved)
            : RecordLookup.find(call, lookup);
    String next = new NodeRunner(call).looked(lookup, found);
    if (next != null) {
      runFrom(call, next);
    }
  }

  /** Says the current input node's prompt again and waits, counters unchanged. */
  static void prompt(CallProgress call) {
    call.node().accept(new NodeRunner(call));
  }

  @Override
  public String visit(Node.Say node) {
    call.say(node.prompt());
    return node.next();
  }

  @Override
  public String visit(Node.Menu node) {
    InputPrompts.offerMenu(call, node);
    return null;
  }

  @Override
  public String visit(Node.Collect node) {
    InputPrompts.offerCollect(call, node);
    return null;
  }

  @Override
  public String visit(Node.Lookup node) {
    RecordRequest saved = RecordLookup.savedRecordRequest(call, node);
    if (saved != null) {
      call.need(saved);
      return null;
    }
    return looked(node, RecordLookup.find(call, node));
  }

  /** After a lookup: say whether it found the record, and where the call goes. */
  String looked(Node.Lookup node, boolean found) {
    call.event(Event.Kind.LOOKUP, found ? "found" : "not-found");
    return found ? node.found() : node.notFound();
  }

  @Override
  public String visit(Node.Save node) {
    Map<String, String> fields = new LinkedHashMap<>();
    node.record()
        .forEach(
            (field, template) -> fields.put(field, PromptRenderer.value(template, call.variables)));
    call.save(new SavedRecord(node.table(), node.key(), fields));
    call.event(Event.Kind.SAVED, node.table());
    return node.next();
  }

  @Override
  public String visit(Node.Branch node) {
    for (int i = 0; i < node.cases().size(); i++) {
      Node.Case c = node.cases().get(i);
      if (c.condition().test(call.variables)) {
        call.event(Event.Kind.BRANCH, String.valueOf(i));
        return c.target();
      }
    }
    call.event(Event.Kind.BRANCH, "else");
    return node.otherwise();
  }

  @Override
  public String visit(Node.Reference node) {
    String reference = ReferenceNumbers.generate(call.seed(), call.nextReference(), node.length());
    call.set(node.into(), reference);
    return node.next();
  }

  @Override
  public String visit(Node.Transfer node) {
    call.say(node.prompt());
    Queue queue = queue(node.queue());
    if (queue == null) {
      call.end(new Ending(Outcome.TRANSFERRED, node.queue(), null, 0, 0));
    } else {
      String label =
          queue.label() == null
              ? null
              : PromptRenderer.render(queue.label(), call.locale(), call.variables, call.digests);
      call.end(
          new Ending(
              Outcome.TRANSFERRED, queue.name(), label, queue.waitSeconds(), queue.position()));
    }
    return null;
  }

  /** The queue as the current flow declares it, else as the top-level flow does. */
  private Queue queue(String name) {
    Queue own = call.flow().queues().get(name);
    return own != null ? own : call.topFlow.queues().get(name);
  }

  @Override
  public String visit(Node.Hangup node) {
    call.say(node.prompt());
    call.end(Ending.of(node.outcome() == null ? Outcome.SELF_SERVED : node.outcome()));
    return null;
  }

  @Override
  public String visit(Node.Subflow node) {
    call.callSubflow(node.flow());
    return call.flow().start();
  }

  @Override
  public String visit(Node.Return node) {
    Node.Subflow caller = call.returnFromSubflow();
    Map<String, String> exits = caller.exits();
    String target = exits.get(node.exit());
    if (target == null) {
      throw new IllegalStateException(
          "sub-flow node "
              + caller.id()
              + " has no exit "
              + node.exit()
              + "; it has "
              + exits.keySet());
    }
    return target;
  }
}
