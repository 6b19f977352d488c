package org.ivrpractice.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.flow.Position;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.flow.Problems;

/**
 * The scenario files among some paths, read and checked, with the flows they test: loaded from the
 * folders the scenario files are in (like {@code check}, every flow of those folders is loaded, and
 * its problems are the suite's problems). {@link #run} runs every file that has no problem.
 */
public final class ScenarioSuite {

  /** Where scenario files are looked for when no path is given. */
  public static final Path DEFAULT_FOLDER = Path.of("ivr-flows");

  private final List<String> fileNames;
  private final Map<String, ScenarioFile> files;
  private final Map<String, Flow> flows;
  private final List<Problem> problems;

  private ScenarioSuite(
      List<String> fileNames,
      Map<String, ScenarioFile> files,
      Map<String, Flow> flows,
      List<Problem> problems) {
    this.fileNames = List.copyOf(fileNames);
    this.files = files;
    this.flows = flows;
    this.problems = List.copyOf(problems);
  }

  /**
   * Finds and reads the scenario files among these files and folders (for a folder, its {@code
   * *.scenarios.yaml}), and loads the flows of their folders.
   */
  public static ScenarioSuite load(List<Path> paths) {
    Problems problems = new Problems();
    List<Path> found = find(paths.isEmpty() ? List.of(DEFAULT_FOLDER) : paths, problems);
    Set<Path> folders = new LinkedHashSet<>();
    found.forEach(f -> folders.add(folderOf(f)));
    LoadResult loaded = folders.isEmpty() ? null : FlowLoader.load(List.copyOf(folders));
    Map<String, Flow> flows = loaded == null ? Map.of() : loaded.flows();
    if (loaded != null) {
      loaded.problems().forEach(problems::add);
    }
    Set<String> unloadable = new TreeSet<>(flowIdsIn(folders));
    unloadable.removeAll(flows.keySet());
    ScenarioReader reader = new ScenarioReader(flows, unloadable);
    List<String> names = new ArrayList<>();
    Map<String, ScenarioFile> files = new LinkedHashMap<>();
    for (Path path : found) {
      String name = path.toString();
      names.add(name);
      try {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        ScenarioFile file = reader.read(name, text, problems);
        if (file != null) {
          files.put(name, file);
        }
      } catch (IOException e) {
        problems.add(Position.unknown(name), null, "cannot read: " + e.getMessage(), null);
      }
    }
    return new ScenarioSuite(names, files, flows, problems.sorted());
  }

  /** The names of every scenario file found, with problems or not, in the order they run. */
  public List<String> fileNames() {
    return fileNames;
  }

  /** The scenario file of that name, or null when it has a problem. */
  public ScenarioFile file(String name) {
    return files.get(name);
  }

  /** The scenario files without problems, in the order they run. */
  public List<ScenarioFile> files() {
    return List.copyOf(files.values());
  }

  /** The flows the scenarios call, by id. */
  public Map<String, Flow> flows() {
    return flows;
  }

  /** Every problem: of scenario files, of the flows, of the paths given. */
  public List<Problem> problems() {
    return problems;
  }

  /** The problems in one file. */
  public List<Problem> problemsOf(String fileName) {
    return problems.stream().filter(p -> p.position().file().equals(fileName)).toList();
  }

  /** Runs every scenario file without problems on the engine. */
  public SuiteResult run(List<ScenarioListener> listeners) {
    return run(new EngineDriver(flows), listeners);
  }

  /** Runs every scenario file without problems through {@code driver}, one call at a time. */
  public SuiteResult run(CallDriver driver, List<ScenarioListener> listeners) {
    ScenarioRunner runner = new ScenarioRunner(driver, listeners);
    List<ScenarioResult> results = new ArrayList<>();
    for (ScenarioFile file : files.values()) {
      listeners.forEach(l -> l.fileStarted(file));
      for (Scenario scenario : file.scenarios()) {
        results.add(runner.run(file, scenario));
      }
    }
    SuiteResult result = new SuiteResult(files(), results, problems);
    listeners.forEach(l -> l.suiteFinished(result));
    return result;
  }

  private static List<Path> find(List<Path> paths, Problems problems) {
    Set<Path> found = new LinkedHashSet<>();
    for (Path given : paths) {
      Path path = given.normalize();
      if (Files.isDirectory(path)) {
        List<Path> inFolder = scenarioFilesIn(path, problems);
        if (inFolder.isEmpty()) {
          problems.add(
              Position.unknown(path.toString()),
              null,
              "no scenario files (*" + ScenarioReader.SUFFIX + ") in this folder",
              "write <flowId>" + ScenarioReader.SUFFIX + " beside a flow (see docs/scenarios.md)");
        }
        found.addAll(inFolder);
      } else if (Files.isRegularFile(path) && path.toString().endsWith(ScenarioReader.SUFFIX)) {
        found.add(path);
      } else if (Files.isRegularFile(path)) {
        problems.add(
            Position.unknown(path.toString()),
            null,
            "this is not a scenario file",
            "give <flowId>" + ScenarioReader.SUFFIX + " files or folders of them");
      } else {
        problems.add(
            Position.unknown(path.toString()),
            null,
            "no such file or folder",
            "give scenario files or folders of them (default: " + DEFAULT_FOLDER + ")");
      }
    }
    return List.copyOf(found);
  }

  private static List<Path> scenarioFilesIn(Path folder, Problems problems) {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.toString().endsWith(ScenarioReader.SUFFIX))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      problems.add(
          Position.unknown(folder.toString()), null, "cannot list: " + e.getMessage(), null);
      return List.of();
    }
  }

  private static Path folderOf(Path file) {
    Path parent = file.getParent();
    return parent == null ? Path.of(".") : parent;
  }

  /** The ids of the flow files in these folders, whether they load or not. */
  private static Set<String> flowIdsIn(Set<Path> folders) {
    Set<String> ids = new TreeSet<>();
    for (Path folder : folders) {
      try (Stream<Path> list = Files.list(folder)) {
        list.map(p -> p.getFileName().toString())
            .filter(FlowLoader::isFlowFile)
            .forEach(n -> ids.add(n.replaceFirst("\\.ya?ml$", "")));
      } catch (IOException e) {
        // the folder was listed a moment ago; if it cannot be now, no flow is known in it
      }
    }
    return ids;
  }
}
