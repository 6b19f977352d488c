package org.ivrpractice.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.YamlTree.YEntry;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YNode;
import org.ivrpractice.flow.YamlTree.YScalar;

/**
 * Reads one flow file's tree into a {@link Flow}, reporting every problem of shape (unknown and
 * missing keys, wrong types, texts missing in a locale, bad templates). Cross-references are
 * checked afterwards by {@link FlowValidator}.
 */
final class FlowReader {

  /**
   * A flow as read, with where its keys stand.
   *
   * @param unreadable the ids of nodes too broken to read (reported already): they are left out of
   *     the flow, but other nodes may still name them
   * @param dataMissing true when the practice data file the flow names was not found (reported)
   */
  record Draft(
      Flow flow,
      SourceMap sources,
      Position position,
      Set<String> unreadable,
      boolean dataMissing) {}

  static final Set<String> KNOWN_LOCALES = Set.of("en-US", "es-US");

  private static final Set<String> FLOW_KEYS =
      Set.of(
          "id",
          "name",
          "description",
          "locales",
          "start",
          "data",
          "queues",
          "defaults",
          "escapes",
          "exits",
          "nodes");

  private final String file;
  private final Problems problems;
  private final SourceMap sources = new SourceMap();
  private final Map<String, LintIgnore> lintIgnores = new LinkedHashMap<>();
  private List<String> locales = BuiltIns.LOCALES;
  private boolean dataMissing;

  private FlowReader(String file, Problems problems) {
    this.file = file;
    this.problems = problems;
  }

  /**
   * Reads a flow.
   *
   * @param expectedId the id the file name implies
   * @param dataFiles the practice data file the flow names, read, by file name
   * @param dataNames the names of all the practice data files beside the flow, for suggestions
   * @return the draft, or null when the file is too broken to read on
   */
  static Draft read(
      String file,
      String expectedId,
      YNode root,
      Map<String, PracticeData> dataFiles,
      List<String> dataNames,
      Problems problems) {
    return new FlowReader(file, problems).read(expectedId, root, dataFiles, dataNames);
  }

  private Draft read(
      String expectedId, YNode root, Map<String, PracticeData> dataFiles, List<String> dataNames) {
    YMap map = MapReader.asMap(root, Position.unknown(file), null, "a flow file", problems);
    if (map == null) {
      return null;
    }
    MapReader top =
        new MapReader(
            map,
            null,
            "a flow",
            FLOW_KEYS,
            Map.of("id", expectedId, "nodes", "a mapping of node ids to nodes"),
            problems);
    String id = top.string("id");
    if (id != null && !id.equals(expectedId)) {
      problems.add(
          top.position("id"),
          null,
          "the flow's id '" + id + "' differs from its file name",
          "name the file " + id + ".yaml, or write id: " + expectedId);
    }
    locales = readLocales(top);
    PracticeData data = readData(top, dataFiles, dataNames);
    FlowSettingsReader settings = new FlowSettingsReader(this);
    Map<String, Queue> queues = settings.readQueues(top);
    FlowSettingsReader.Defaults defaults = settings.readDefaults(top);
    List<Escape> escapes = settings.readEscapes(top);
    List<String> exits = top.strings("exits");
    NodeReader nodes = new NodeReader(this, defaults, escapes, exits);
    Map<String, Node> nodeMap = new LinkedHashMap<>();
    Set<String> unreadable = new LinkedHashSet<>();
    YMap nodesMap =
        top.has("nodes")
            ? MapReader.asMap(top.node("nodes"), top.position("nodes"), null, "'nodes'", problems)
            : null;
    if (nodesMap != null) {
      for (YEntry e : nodesMap.entries()) {
        Node node = nodes.read(e.key(), e.keyPosition(), e.value());
        if (node != null) {
          nodeMap.put(e.key(), node);
        } else {
          unreadable.add(e.key());
        }
      }
    }
    String start = top.string("start");
    if (start == null && nodesMap != null && !nodesMap.entries().isEmpty()) {
      start = nodesMap.entries().get(0).key();
    }
    if (nodesMap != null && nodesMap.entries().isEmpty()) {
      problems.add(nodesMap.position(), null, "the flow has no nodes", "add at least one node");
    }
    sources.put("", "start", top.position("start"));
    Flow flow =
        new Flow(
            id == null ? expectedId : id,
            top.string("name", id == null ? expectedId : id),
            top.string("description", ""),
            locales,
            start,
            java.util.Collections.unmodifiableMap(nodeMap),
            Map.copyOf(queues),
            List.copyOf(escapes),
            List.copyOf(exits),
            data,
            Map.of(),
            file,
            Map.copyOf(lintIgnores));
    return new Draft(flow, sources, map.position(), Set.copyOf(unreadable), dataMissing);
  }

  private List<String> readLocales(MapReader top) {
    if (!top.has("locales")) {
      return BuiltIns.LOCALES;
    }
    List<String> declared = new ArrayList<>(new LinkedHashSet<>(top.strings("locales")));
    for (String locale : declared) {
      if (!locale.matches("[a-z]{2}-[A-Z]{2}")) {
        problems.add(
            top.position("locales"),
            null,
            "'" + locale + "' is not a locale",
            "write locales as language-REGION, for example en-US or es-US");
      }
    }
    if (declared.isEmpty()) {
      problems.add(
          top.position("locales"), null, "no locales are declared", "write locales: [en-US]");
      return BuiltIns.LOCALES;
    }
    return List.copyOf(declared);
  }

  private PracticeData readData(
      MapReader top, Map<String, PracticeData> dataFiles, List<String> dataNames) {
    String name = top.string("data");
    if (name == null) {
      return PracticeData.NONE;
    }
    PracticeData data = dataFiles.get(name);
    if (data == null) {
      dataMissing = true;
      problems.add(
          top.position("data"),
          null,
          "the practice data file '" + name + "' was not found beside the flow",
          dataNames.isEmpty()
              ? "put " + name + " in the same folder as the flow"
              : Problems.suggestion(name, dataNames, "the data files beside it"));
      return PracticeData.NONE;
    }
    return data;
  }

  /** Reads a text the caller hears: a plain string (one locale) or one entry per locale. */
  Text text(YNode node, String nodeId, String sourceKey) {
    Map<String, Template> byLocale = new LinkedHashMap<>();
    sources.put(nodeId == null ? "" : nodeId, sourceKey, node.position());
    String key = SourceMap.describe(sourceKey);
    if (node instanceof YScalar s
        && (s.kind() == YScalar.Kind.TEXT || s.kind() == YScalar.Kind.NUMBER)) {
      if (locales.size() > 1) {
        problems.add(
            node.position(),
            nodeId,
            key + " is one plain text, but the flow speaks " + String.join(" and ", locales),
            "write one text per locale: " + String.join(": ..., ", locales) + ": ...");
      }
      Template t = template(s.text(), node.position(), nodeId, key);
      if (t != null) {
        byLocale.put(locales.get(0), t);
      }
    } else if (node instanceof YMap m) {
      for (YEntry e : m.entries()) {
        if (!locales.contains(e.key())) {
          problems.add(
              e.keyPosition(),
              nodeId,
              key + " has a text for " + e.key() + ", which the flow does not declare",
              "add " + e.key() + " to the flow's locales, or remove this text");
          continue;
        }
        if (!(e.value() instanceof YScalar s) || s.text() == null) {
          problems.add(
              e.keyPosition(),
              nodeId,
              "the " + e.key() + " text of " + key + " is empty",
              "write the words after '" + e.key() + ":'");
          continue;
        }
        Template t = template(s.text(), e.value().position(), nodeId, key);
        if (t != null) {
          byLocale.put(e.key(), t);
        }
      }
      for (String locale : locales) {
        if (m.entry(locale) == null) {
          problems.add(
              m.position(),
              nodeId,
              key + " has no " + locale + " text",
              "add " + locale + ": \"...\" under " + key);
        }
      }
    } else {
      problems.add(
          node.position(),
          nodeId,
          key + " must be a text, or one text per locale, not " + node.describe(),
          "write " + key + ": \"...\"");
    }
    return byLocale.isEmpty() ? null : new Text(byLocale);
  }

  private Template template(String source, Position at, String nodeId, String key) {
    Template.Parsed parsed = Template.parse(source);
    if (parsed.template() == null) {
      problems.add(at, nodeId, "in " + key + ", " + parsed.error(), parsed.fix());
    }
    return parsed.template();
  }

  List<String> locales() {
    return locales;
  }

  SourceMap sources() {
    return sources;
  }

  /** Records a node's {@code lint:} key. */
  void lintIgnore(String nodeId, LintIgnore ignore) {
    lintIgnores.put(nodeId, ignore);
  }

  Problems problems() {
    return problems;
  }

  String file() {
    return file;
  }
}
