package org.ivrpractice.flow;

import java.util.LinkedHashSet;
import java.util.Set;
import org.ivrpractice.flow.YamlTree.YList;
import org.ivrpractice.flow.YamlTree.YNode;
import org.ivrpractice.flow.YamlTree.YScalar;

/**
 * Reads the input settings of a menu or collect (timeout, retries, retry texts, fallback, escapes),
 * each one the flow's default unless the node says otherwise.
 */
final class InputSettingsReader {

  /** The keys of a node that waits for the caller that are its input settings. */
  static final Set<String> KEYS =
      Set.of("timeout", "retries", "noInput", "noMatch", "fallback", "escapes");

  private InputSettingsReader() {}

  static InputSettings read(String id, MapReader r, ReadContext context) {
    InputDefaults defaults = context.defaults();
    Integer timeout = r.integer("timeout", 1, 60, defaults.timeout());
    Integer retries = r.integer("retries", 0, 9, defaults.retries());
    Text noInput = r.has("noInput") ? context.text(r, id, "noInput") : defaults.noInput();
    Text noMatch = r.has("noMatch") ? context.text(r, id, "noMatch") : defaults.noMatch();
    String fallback = r.has("fallback") ? context.target(r, id, "fallback") : defaults.fallback();
    return new InputSettings(
        timeout == null ? defaults.timeout() : timeout,
        retries == null ? defaults.retries() : retries,
        noInput == null ? defaults.noInput() : noInput,
        noMatch == null ? defaults.noMatch() : noMatch,
        fallback,
        escapes(id, r, context));
  }

  private static Set<String> escapes(String id, MapReader r, ReadContext context) {
    Set<String> escapeNames = context.escapeNames();
    YNode node = r.node("escapes");
    if (node == null) {
      return Set.copyOf(escapeNames);
    }
    if (node instanceof YScalar s && "false".equals(s.text())) {
      return Set.of();
    }
    if (node instanceof YList) {
      Set<String> kept = new LinkedHashSet<>(r.strings("escapes"));
      for (String name : kept) {
        if (!escapeNames.contains(name)) {
          context
              .problems()
              .add(
                  node.position(),
                  id,
                  "there is no global escape '" + name + "'",
                  Problems.suggestion(name, escapeNames, "the escapes"));
        }
      }
      kept.retainAll(escapeNames);
      return Set.copyOf(kept);
    }
    context
        .problems()
        .add(
            node.position(),
            id,
            "'escapes' must be false or a list of escape names, not " + node.describe(),
            "write escapes: false, or escapes: [repeat]");
    return Set.copyOf(escapeNames);
  }
}
