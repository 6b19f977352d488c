package org.ivrpractice.interop;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.Problems;
import org.ivrpractice.interop.ConnectFlow.Action;
import org.ivrpractice.interop.JsonTree.JNode;
import org.ivrpractice.interop.JsonTree.JObject;
import org.ivrpractice.interop.JsonTree.JValue;

/**
 * Imports an Amazon Connect flow (the flow language, docs/import.md): each action becomes the node
 * it stands for under its Identifier, with its place in the designer as a comment; everything that
 * cannot be converted is reported at once with its line and column in the JSON.
 */
public final class ConnectImporter {

  private ConnectImporter() {}

  public static ImportResult importFlow(String file, String text) {
    String flowId = FlowIds.fromFile(file);
    Problems problems = new Problems();
    JNode root;
    try {
      root = JsonTree.read(file, text);
    } catch (JsonTree.JsonError e) {
      return new ImportResult(flowId, Map.of(), List.of(e.problem()), List.of());
    }
    ConnectFlow flow = ConnectFlow.read(root, problems);
    if (flow == null) {
      return new ImportResult(flowId, Map.of(), problems.sorted(), List.of());
    }
    ConnectContext context = new ConnectContext(flowId, flow, problems);
    plan(context);
    FlowYaml out = context.out;
    out.comment("Imported from the Amazon Connect flow " + FlowIds.baseName(file) + " by");
    out.comment("'import connect' (docs/import.md). Node ids are the actions' Identifiers; the");
    out.comment("comment above each node says which action it was and where it stood.");
    out.name(metadataText(root, "name", flowId));
    out.description(metadataText(root, "description", null));
    out.start(context.target(null, flow.start(), null));
    if (flow.actions().values().stream().anyMatch(a -> a.type().equals("InvokeLambdaFunction"))) {
      out.data(flowId + ".data.yaml");
    }
    ConnectActions actions = new ConnectActions(context);
    flow.actions().values().forEach(actions::convert);
    if (!problems.isEmpty()) {
      return new ImportResult(flowId, Map.of(), problems.sorted(), List.of());
    }
    Map<String, String> files = new LinkedHashMap<>();
    files.put(flowId + ".yaml", out.text());
    if (!context.tables.isEmpty()) {
      files.put(
          flowId + ".data.yaml", PracticeDataYaml.text(flowId, "Amazon Connect", context.tables));
    }
    return new ImportResult(flowId, files, List.of(), List.of());
  }

  private static void plan(ConnectContext context) {
    Map<String, Set<String>> values = new HashMap<>();
    for (Action a : context.flow.actions().values()) {
      switch (a.type()) {
        case "UpdateContactAttributes" ->
            literals(a).forEach((k, v) -> values.computeIfAbsent(k, x -> new HashSet<>()).add(v));
        case "UpdateContactTargetQueue" ->
            context.queues.put(a.identifier(), queueName(context, a));
        case "GetParticipantInput" -> {
          Integer max = maximumLength(a);
          if (max != null) {
            context.storedLength = Math.max(context.storedLength, Math.min(max, 30));
          }
        }
        default -> {}
      }
    }
    values.forEach(
        (k, v) -> {
          if (v.size() == 1) {
            context.fixedAttributes.put(k, v.iterator().next());
          } else {
            context.optionAttributes.add(k);
          }
        });
  }

  private static String metadataText(JNode root, String key, String otherwise) {
    JObject meta = root instanceof JObject o ? o.object("Metadata") : null;
    String text = meta == null ? null : meta.text(key);
    return text == null || text.isBlank() ? otherwise : text;
  }

  /** The fixed values (no {@code $.} reference) an Update contact attributes action sets. */
  static Map<String, String> literals(Action a) {
    Map<String, String> out = new LinkedHashMap<>();
    textAttributes(a)
        .forEach(
            (k, v) -> {
              if (!computed(v)) {
                out.put(k, v.text());
              }
            });
    return out;
  }

  /**
   * The attributes an Update contact attributes action sets to text, in order (empty when it has
   * none).
   */
  static Map<String, JValue> textAttributes(Action a) {
    Map<String, JValue> out = new LinkedHashMap<>();
    JObject attributes = a.parameters().object("Attributes");
    if (attributes != null) {
      attributes
          .members()
          .forEach(
              (k, v) -> {
                if (v instanceof JValue value && value.text() != null) {
                  out.put(k, value);
                }
              });
    }
    return out;
  }

  /** Whether an attribute's value is computed: it reads another value ({@code $.}). */
  static boolean computed(JValue value) {
    return value.text().contains("$.");
  }

  /** True when a Set working queue action goes straight on to the transfer. */
  static boolean isTransfer(ConnectContext context, Action a) {
    Action next = context.action(a.next());
    return next != null && next.type().equals("TransferContactToQueue");
  }

  /** A queue's name: the designer's name for it, else the end of its ARN. */
  private static String queueName(ConnectContext context, Action a) {
    JObject meta = context.flow.metadata().get(a.identifier());
    JObject queue = meta == null ? null : meta.object("queue");
    String name = queue == null ? null : queue.text("text");
    if (name == null) {
      String arn = a.parameter("QueueId");
      name = arn == null ? a.identifier() : arn.replaceFirst(".*/", "");
    }
    return NodeIds.of(name);
  }

  static Integer maximumLength(Action a) {
    JObject validation = a.parameters().object("InputValidation");
    JObject custom = validation == null ? null : validation.object("CustomValidation");
    return custom == null ? null : StudioGathers.number(custom.text("MaximumLength"));
  }

  /** The queues of the Set working queue actions from which a call can come to this transfer. */
  static Set<String> queuesBefore(ConnectContext context, Action transfer) {
    Set<String> out = new LinkedHashSet<>();
    for (Action a : context.flow.actions().values()) {
      if (a.type().equals("UpdateContactTargetQueue") && leadsTo(context, a, transfer)) {
        out.add(context.queues.get(a.identifier()));
      }
    }
    return out;
  }

  private static boolean leadsTo(ConnectContext context, Action from, Action to) {
    Deque<String> todo = new ArrayDeque<>();
    todo.add(String.valueOf(from.next()));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Action a = context.action(todo.poll());
      if (a == null || !seen.add(a.identifier())) {
        continue;
      }
      if (a == to) {
        return true;
      }
      if (!a.type().equals("UpdateContactTargetQueue")) {
        todo.add(String.valueOf(a.next()));
        a.conditions().forEach(c -> todo.add(String.valueOf(c.next())));
        a.errors().values().forEach(n -> todo.add(String.valueOf(n)));
      }
    }
    return false;
  }
}
