package org.ivrpractice.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.YamlTree.YNode;

/**
 * What the readers of one flow file share, handed down from the flow to its nodes and their parts
 * so that no reader needs to call back up: where problems go, where each key was written, the
 * locales every text must have, and (once they are read) the defaults an input node starts from.
 */
final class ReadContext {

  private final String file;
  private final Problems problems;
  private final SourceMap sources;
  private final Map<String, LintIgnore> lintIgnores;
  private final List<String> locales;
  private final TextReader texts;
  private final InputDefaults defaults;
  private final Set<String> escapeNames;

  /** A context for the flow's own settings, before the defaults of its input nodes are read. */
  ReadContext(String file, List<String> locales, Problems problems) {
    this(file, problems, new SourceMap(), new LinkedHashMap<>(), locales, null, Set.of());
  }

  private ReadContext(
      String file,
      Problems problems,
      SourceMap sources,
      Map<String, LintIgnore> lintIgnores,
      List<String> locales,
      InputDefaults defaults,
      Set<String> escapeNames) {
    this.file = file;
    this.problems = problems;
    this.sources = sources;
    this.lintIgnores = lintIgnores;
    this.locales = locales;
    this.texts = new TextReader(locales, sources, problems);
    this.defaults = defaults;
    this.escapeNames = escapeNames;
  }

  /** The same context, for reading nodes: with the flow's defaults and global escapes. */
  ReadContext forNodes(InputDefaults defaults, List<Escape> escapes) {
    Set<String> names = new LinkedHashSet<>();
    escapes.forEach(e -> names.add(e.name()));
    return new ReadContext(
        file,
        problems,
        sources,
        lintIgnores,
        locales,
        defaults,
        Collections.unmodifiableSet(names));
  }

  String file() {
    return file;
  }

  Problems problems() {
    return problems;
  }

  /** Where each key was written, for the validator's messages. */
  SourceMap sources() {
    return sources;
  }

  List<String> locales() {
    return locales;
  }

  /** The flow's defaults for input nodes; null while the flow's settings are read. */
  InputDefaults defaults() {
    return defaults;
  }

  /** The names of the flow's global escapes, in order: every input node keeps them by default. */
  Set<String> escapeNames() {
    return escapeNames;
  }

  /** Remembers where {@code key} of {@code nodeId} ("" for the flow) was written. */
  void wrote(String nodeId, String key, Position position) {
    sources.put(nodeId, key, position);
  }

  /** Reads a text the caller hears (see {@link TextReader}). */
  Text text(YNode node, String nodeId, String sourceKey) {
    return texts.read(node, nodeId, sourceKey);
  }

  /** The text under {@code key}, or null when the mapping has none. */
  Text text(MapReader r, String nodeId, String key) {
    return r.has(key) ? text(r.node(key), nodeId, key) : null;
  }

  /** The node id under {@code key}, remembering where it was written. */
  String target(MapReader r, String nodeId, String key) {
    wrote(nodeId, key, r.position(key));
    return r.string(key);
  }

  /** Records a node's {@code lint:} key. */
  void lintIgnore(String nodeId, LintIgnore ignore) {
    lintIgnores.put(nodeId, ignore);
  }

  /** The {@code lint:} keys read so far, by node. */
  Map<String, LintIgnore> lintIgnores() {
    return Map.copyOf(lintIgnores);
  }
}
