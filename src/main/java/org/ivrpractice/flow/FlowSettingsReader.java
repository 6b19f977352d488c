package org.ivrpractice.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.YamlTree.YEntry;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YNode;
import org.ivrpractice.flow.YamlTree.YScalar;

/** Reads a flow's line-wide settings: its queues, its defaults for input nodes and its escapes. */
final class FlowSettingsReader {

  private final ReadContext context;
  private final Problems problems;

  FlowSettingsReader(ReadContext context) {
    this.context = context;
    this.problems = context.problems();
  }

  Map<String, Queue> readQueues(MapReader top) {
    Map<String, Queue> queues = new LinkedHashMap<>();
    YNode node = top.node("queues");
    YMap map =
        node == null ? null : MapReader.asMap(node, node.position(), null, "'queues'", problems);
    if (map == null) {
      return queues;
    }
    for (YEntry e : map.entries()) {
      YMap q =
          MapReader.asMap(e.value(), e.keyPosition(), null, "queue '" + e.key() + "'", problems);
      if (q == null) {
        continue;
      }
      MapReader r =
          new MapReader(
              q,
              null,
              "queue '" + e.key() + "'",
              Set.of("label", "wait", "position"),
              Map.of(),
              problems);
      Text label = r.has("label") ? context.text(r.node("label"), null, "label") : null;
      Integer wait = r.integer("wait", 0, 86_400, 120);
      Integer position = r.integer("position", 1, 1_000, null);
      int waitSeconds = wait == null ? 120 : wait;
      queues.put(
          e.key(),
          new Queue(
              e.key(),
              label,
              waitSeconds,
              position == null ? Math.max(1, waitSeconds / 60) : position,
              e.keyPosition()));
    }
    return queues;
  }

  InputDefaults readDefaults(MapReader top) {
    YNode node = top.node("defaults");
    YMap map =
        node == null ? null : MapReader.asMap(node, node.position(), null, "'defaults'", problems);
    MapReader r =
        map == null
            ? null
            : new MapReader(
                map,
                null,
                "'defaults'",
                Set.of("timeout", "retries", "noInput", "noMatch", "fallback"),
                Map.of(),
                problems);
    Integer timeout = r == null ? null : r.integer("timeout", 1, 60, BuiltIns.TIMEOUT_SECONDS);
    Integer retries = r == null ? null : r.integer("retries", 0, 9, BuiltIns.RETRIES);
    Position localesAt = top.position("locales");
    Text noInput = defaultText(r, "noInput", BuiltIns.NO_INPUT, localesAt);
    Text noMatch = defaultText(r, "noMatch", BuiltIns.NO_MATCH, localesAt);
    String fallback = r == null ? null : r.string("fallback");
    if (fallback != null) {
      context.wrote("", "defaults.fallback", r.position("fallback"));
    }
    return new InputDefaults(
        timeout == null ? BuiltIns.TIMEOUT_SECONDS : timeout,
        retries == null ? BuiltIns.RETRIES : retries,
        noInput,
        noMatch,
        fallback);
  }

  private Text defaultText(
      MapReader r, String key, Map<String, String> builtIn, Position localesAt) {
    if (r != null && r.has(key)) {
      return context.text(r.node(key), null, "defaults." + key);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (String locale : context.locales()) {
      String t = builtIn.get(locale);
      if (t == null) {
        problems.add(
            localesAt,
            null,
            "there is no built-in " + key + " text for " + locale,
            "add defaults: " + key + ": with a " + locale + " text");
        t = builtIn.get("en-US");
      }
      texts.put(locale, t);
    }
    return Text.of(texts);
  }

  List<Escape> readEscapes(MapReader top) {
    Map<String, Escape> escapes = new LinkedHashMap<>();
    BuiltIns.escapes(context.file()).forEach(e -> escapes.put(e.name(), e));
    YNode node = top.node("escapes");
    YMap map =
        node == null ? null : MapReader.asMap(node, node.position(), null, "'escapes'", problems);
    if (map == null) {
      return List.copyOf(escapes.values());
    }
    for (YEntry e : map.entries()) {
      if (e.value() instanceof YScalar s && "false".equals(s.text())) {
        escapes.remove(e.key());
        continue;
      }
      Escape escape = readEscape(e);
      if (escape != null) {
        escapes.put(e.key(), escape);
      }
    }
    return List.copyOf(escapes.values());
  }

  /** One escape the flow declares or redefines; null when it is not a mapping (reported). */
  private Escape readEscape(YEntry e) {
    YMap m =
        MapReader.asMap(e.value(), e.keyPosition(), null, "escape '" + e.key() + "'", problems);
    if (m == null) {
      return null;
    }
    boolean repeat = e.key().equals(Escape.REPEAT);
    MapReader r =
        new MapReader(
            m,
            null,
            "escape '" + e.key() + "'",
            repeat ? Set.of("digit", "say") : Set.of("digit", "say", "goto"),
            repeat ? Map.of() : Map.of("goto", "agent"),
            problems);
    String digit = r.string("digit");
    if (digit != null && !digit.matches("[0-9*#]")) {
      problems.add(
          r.position("digit"),
          null,
          "the escape's digit '" + digit + "' is not one key",
          "use one of 0-9, * or #");
    }
    String target = repeat ? null : r.string("goto");
    if (target != null) {
      context.wrote("", "escapes." + e.key() + ".goto", r.position("goto"));
    }
    return new Escape(e.key(), digit, r.strings("say"), target, e.keyPosition());
  }
}
