package org.ivrpractice.flow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Loads flow files: reads each one (parse), checks them all (validate), and links the sub-flows
 * they call. Every problem of every file is collected; a flow with a problem, or calling a sub-flow
 * with one, is left out of the result.
 *
 * <p>Practice data files ({@code *.data.yaml}) and sub-flows are found beside the flow that names
 * them; scenario, mission and crowd files are not flows and are passed over.
 */
public final class FlowLoader {

  /** Suffixes of the files in a flows folder that are not flows. */
  public static final List<String> NOT_FLOWS =
      List.of(".scenarios.yaml", ".missions.yaml", ".data.yaml", ".crowd.yaml");

  /** The practice crowd's profiles for every line of a folder (docs/crowd.md): not a flow. */
  public static final String CROWD_FILE = "crowd.yaml";

  private final SourceFiles files;
  private final Problems problems = new Problems();
  private final Map<String, PracticeData> data = new HashMap<>();
  private final Map<String, FlowReader.Draft> drafts = new LinkedHashMap<>();
  private final Map<String, String> fileOfFlow = new HashMap<>();

  /** The data file (path) each flow names, when there is one. */
  private final Map<String, String> dataOfFlow = new HashMap<>();

  /** The ids (file names) of the flow files too broken to read: their problems are reported. */
  private final Set<String> unreadable = new HashSet<>();

  private FlowLoader(SourceFiles files) {
    this.files = new RecordingFiles(files);
  }

  /** Loads the flow files among these files and folders (for a folder, its {@code *.yaml}). */
  public static LoadResult load(List<Path> paths) {
    List<String> names = new ArrayList<>();
    Problems missing = new Problems();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> list = Files.list(path)) {
          list.map(Path::toString).filter(FlowLoader::isFlowFile).sorted().forEach(names::add);
        } catch (IOException e) {
          missing.add(
              Position.unknown(path.toString()), null, "cannot list: " + e.getMessage(), null);
        }
      } else if (Files.isRegularFile(path)) {
        names.add(path.toString());
      } else {
        missing.add(
            Position.unknown(path.toString()),
            null,
            "no such file or folder",
            "give a flow file or a folder of them (default: ivr-flows)");
      }
    }
    FlowLoader loader = new FlowLoader(SourceFiles.disk());
    missing.sorted().forEach(loader.problems::add);
    return loader.run(names);
  }

  /**
   * Loads flows given as text, for tests: file name (such as {@code hello.yaml} or {@code
   * practice.data.yaml}) to its YAML.
   */
  public static LoadResult fromSources(Map<String, String> texts) {
    return fromSources(
        texts, texts.keySet().stream().filter(FlowLoader::isFlowFile).sorted().toList());
  }

  /**
   * Loads the flows {@code roots} (names among {@code texts}) and the sub-flows they call, as
   * {@link #load} loads a flow file and what it needs beside it.
   */
  public static LoadResult fromSources(Map<String, String> texts, List<String> roots) {
    return new FlowLoader(SourceFiles.memory(texts)).run(roots);
  }

  /**
   * The texts of a folder's flow and practice data files, by file name (empty when it cannot be
   * listed; a file that cannot be read is left out, and reported by the load that needs it).
   */
  public static Map<String, String> folderTexts(Path folder) {
    Map<String, String> texts = new java.util.TreeMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file : list.sorted().toList()) {
        String name = file.getFileName().toString();
        if (Files.isRegularFile(file) && (isFlowFile(name) || name.endsWith(".data.yaml"))) {
          try {
            texts.put(name, Files.readString(file, StandardCharsets.UTF_8));
          } catch (IOException e) {
            // left out: the load that needs it says it is missing
          }
        }
      }
    } catch (IOException e) {
      return Map.of();
    }
    return texts;
  }

  /** True for a {@code .yaml} file that is a flow (not data, scenarios, missions or a crowd). */
  public static boolean isFlowFile(String name) {
    return (name.endsWith(".yaml") || name.endsWith(".yml"))
        && NOT_FLOWS.stream().noneMatch(name::endsWith)
        && !Position.fileName(name).equals(CROWD_FILE);
  }

  private LoadResult run(List<String> names) {
    Deque<String> todo = new ArrayDeque<>(names);
    Set<String> read = new HashSet<>();
    while (!todo.isEmpty()) {
      String name = todo.poll();
      if (!read.add(name)) {
        continue;
      }
      FlowReader.Draft draft = readFlow(name);
      if (draft == null) {
        continue;
      }
      for (Node node : draft.flow().nodes().values()) {
        if (node instanceof Node.Subflow s && s.flow() != null && !drafts.containsKey(s.flow())) {
          String sibling = files.sibling(name, s.flow() + ".yaml");
          if (files.exists(sibling)) {
            todo.add(sibling);
          }
        }
      }
    }
    Set<String> broken = new HashSet<>();
    for (FlowReader.Draft draft : drafts.values()) {
      int before = problems.size();
      FlowValidator.validate(draft, drafts, unreadable, problems);
      if (problems.size() > before) {
        broken.add(draft.flow().id());
      }
    }
    List<Problem> sorted = problems.sorted();
    markFilesWithProblems(sorted, broken);
    Map<String, Flow> linked = link(broken);
    return new LoadResult(linked, sorted, sourcesOf(linked));
  }

  /** Adds to {@code broken} every flow whose file has a problem. */
  private void markFilesWithProblems(List<Problem> sorted, Set<String> broken) {
    for (Problem p : sorted) {
      fileOfFlow.forEach(
          (id, file) -> {
            if (file.equals(p.position().file())) {
              broken.add(id);
            }
          });
    }
  }

  /**
   * For each good flow, the texts of the files it was made of (its own, its sub-flows', their
   * practice data), by file name: loading them again with {@link #fromSources} makes the same flow.
   */
  private Map<String, Map<String, String>> sourcesOf(Map<String, Flow> linked) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (Flow flow : linked.values()) {
      Map<String, String> texts = new java.util.TreeMap<>();
      for (Flow part : flow.allFlows()) {
        addSource(texts, fileOfFlow.get(part.id()));
        addSource(texts, dataOfFlow.get(part.id()));
      }
      out.put(flow.id(), java.util.Collections.unmodifiableMap(texts));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private void addSource(Map<String, String> texts, String name) {
    String text = name == null ? null : ((RecordingFiles) files).texts.get(name);
    if (text != null) {
      texts.put(Position.fileName(name), text);
    }
  }

  private FlowReader.Draft readFlow(String name) {
    String text;
    try {
      text = files.read(name);
    } catch (IOException e) {
      problems.add(Position.unknown(name), null, "cannot read: " + e.getMessage(), null);
      return null;
    }
    YamlTree.YNode root;
    try {
      root = YamlTree.read(name, text);
    } catch (YamlTree.YamlError e) {
      problems.add(e.problem());
      unreadable.add(idOfFile(name));
      return null;
    }
    String expectedId = idOfFile(name);
    Map<String, PracticeData> dataFiles = dataBeside(name, root);
    List<String> dataNames =
        files.siblings(name).stream().filter(n -> n.endsWith(".data.yaml")).sorted().toList();
    FlowReader.Draft draft =
        FlowReader.read(name, expectedId, root, dataFiles, dataNames, problems);
    if (draft == null) {
      unreadable.add(expectedId);
      return null;
    }
    String id = draft.flow().id();
    if (drafts.containsKey(id)) {
      problems.add(
          draft.position(),
          null,
          "another file, " + fileOfFlow.get(id) + ", has the flow id '" + id + "'",
          "give each flow its own id");
      return null;
    }
    drafts.put(id, draft);
    fileOfFlow.put(id, name);
    dataNameOf(root).map(d -> files.sibling(name, d)).ifPresent(d -> dataOfFlow.put(id, d));
    return draft;
  }

  /** The data file the flow names, read (once) from beside it. */
  private Map<String, PracticeData> dataBeside(String flowFile, YamlTree.YNode root) {
    if (dataNameOf(root).isEmpty()) {
      return Map.of();
    }
    String dataName = dataNameOf(root).get();
    String path = files.sibling(flowFile, dataName);
    if (!data.containsKey(path)) {
      if (!files.exists(path)) {
        return Map.of();
      }
      data.put(path, PracticeDataReader.read(path, dataName, files, problems));
    }
    return Map.of(dataName, data.get(path));
  }

  /** The file name a flow's {@code data:} key gives. */
  private static java.util.Optional<String> dataNameOf(YamlTree.YNode root) {
    if (root instanceof YamlTree.YMap map
        && map.get("data") instanceof YamlTree.YScalar s
        && s.text() != null) {
      return java.util.Optional.of(s.text());
    }
    return java.util.Optional.empty();
  }

  /** The good flows, each with every sub-flow it calls linked in. */
  private Map<String, Flow> link(Set<String> broken) {
    Map<String, Flow> out = new LinkedHashMap<>();
    for (FlowReader.Draft draft : drafts.values()) {
      Flow flow = draft.flow();
      Set<String> needed = new TreeSet<>();
      collectSubflows(flow, needed);
      if (broken.contains(flow.id())
          || needed.stream().anyMatch(id -> broken.contains(id) || !drafts.containsKey(id))) {
        continue;
      }
      Map<String, Flow> subs = new LinkedHashMap<>();
      needed.forEach(id -> subs.put(id, drafts.get(id).flow()));
      out.put(flow.id(), flow.withSubflows(subs));
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private void collectSubflows(Flow flow, Set<String> into) {
    for (Node node : flow.nodes().values()) {
      if (node instanceof Node.Subflow s && s.flow() != null && into.add(s.flow())) {
        FlowReader.Draft d = drafts.get(s.flow());
        if (d != null) {
          collectSubflows(d.flow(), into);
        }
      }
    }
  }

  /** The flow id a file name implies: {@code ivr-flows/hello.yaml} is {@code hello}. */
  private static String idOfFile(String name) {
    return Position.fileName(name).replaceFirst("\\.ya?ml$", "");
  }
}
