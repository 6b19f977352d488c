package org.ivrpractice.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ivrpractice.flow.YamlTree.YEntry;
import org.ivrpractice.flow.YamlTree.YMap;
import org.ivrpractice.flow.YamlTree.YNode;

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

  /**
   * The nodes of a flow file as read.
   *
   * @param unreadable the ids of the nodes too broken to read
   * @param written the {@code nodes:} mapping, or null when the file has none
   */
  private record Nodes(Map<String, Node> byId, Set<String> unreadable, YMap written) {}

  private final String file;
  private final Problems problems;
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
    MapReader top = topKeys(map, expectedId);
    String id = readId(top, expectedId);
    ReadContext context = new ReadContext(file, readLocales(top), problems);
    PracticeData data = readData(top, dataFiles, dataNames);
    FlowSettingsReader settings = new FlowSettingsReader(context);
    Map<String, Queue> queues = settings.readQueues(top);
    InputDefaults defaults = settings.readDefaults(top);
    List<Escape> escapes = settings.readEscapes(top);
    List<String> exits = top.strings("exits");
    Nodes nodes = readNodes(top, context.forNodes(defaults, escapes));
    String start = readStart(top, nodes);
    context.wrote("", "start", top.position("start"));
    String flowId = id == null ? expectedId : id;
    Flow flow =
        new Flow(
            flowId,
            top.string("name", flowId),
            top.string("description", ""),
            context.locales(),
            start,
            nodes.byId(),
            Map.copyOf(queues),
            List.copyOf(escapes),
            List.copyOf(exits),
            data,
            Map.of(),
            file,
            context.lintIgnores());
    return new Draft(flow, context.sources(), map.position(), nodes.unreadable(), dataMissing);
  }

  private MapReader topKeys(YMap map, String expectedId) {
    return new MapReader(
        map,
        null,
        "a flow",
        FLOW_KEYS,
        Map.of("id", expectedId, "nodes", "a mapping of node ids to nodes"),
        problems);
  }

  private String readId(MapReader top, String expectedId) {
    String id = top.string("id");
    if (id != null && !id.equals(expectedId)) {
      problems.add(
          top.position("id"),
          null,
          "the flow's id '" + id + "' differs from its file name",
          "name the file " + id + ".yaml, or write id: " + expectedId);
    }
    return id;
  }

  private Nodes readNodes(MapReader top, ReadContext context) {
    YMap written =
        top.has("nodes")
            ? MapReader.asMap(top.node("nodes"), top.position("nodes"), null, "'nodes'", problems)
            : null;
    NodeReader reader = new NodeReader(context);
    Map<String, Node> byId = new LinkedHashMap<>();
    Set<String> unreadable = new LinkedHashSet<>();
    if (written != null) {
      for (YEntry e : written.entries()) {
        Node node = reader.read(e.key(), e.keyPosition(), e.value());
        if (node != null) {
          byId.put(e.key(), node);
        } else {
          unreadable.add(e.key());
        }
      }
    }
    return new Nodes(Collections.unmodifiableMap(byId), Set.copyOf(unreadable), written);
  }

  /** The {@code start:} node, else the first node written. */
  private String readStart(MapReader top, Nodes nodes) {
    String start = top.string("start");
    YMap written = nodes.written();
    if (start == null && written != null && !written.entries().isEmpty()) {
      start = written.entries().get(0).key();
    }
    if (written != null && written.entries().isEmpty()) {
      problems.add(written.position(), null, "the flow has no nodes", "add at least one node");
    }
    return start;
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
}
