package org.ivrpractice.channels.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.List;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowCatalog;
import org.ivrpractice.testing.ScenarioReader;

/**
 * What the flow editor does with a flow file of the configured folder: read it, check a draft of
 * it, run its scenarios against a draft, try a draft in the simulator, and save a draft over it.
 * Every refusal is an {@link ApiProblem} a person can act on.
 */
final class FlowEditor {

  /** {@code GET /api/flows/{id}/source}: the file, its text, its hash, and whether saves work. */
  record SourceView(String file, String yaml, String hash, boolean saving) {}

  /**
   * {@code POST /api/flows/check}: the draft's problems and its diagram (null if it does not load).
   */
  record CheckView(
      boolean ok,
      String file,
      List<EditorProblem> problems,
      List<EditorProblem> otherFiles,
      FlowDiagram diagram) {}

  /**
   * {@code PUT /api/flows/{id}/source}: the file now holds the draft, hashing to this. The server's
   * watch on the folder makes it live for new calls, as for any save of the file.
   */
  record SavedView(String file, String hash) {}

  /** {@code POST /api/flows/{id}/drafts}: the draft's revision and the phone page that calls it. */
  record DraftView(String revision, String simulator) {}

  static final String CHANGED_ON_DISK =
      "The file changed on disk since you opened it; reload it to get the new text (copy your"
          + " draft first to keep it), make your change again and save.";

  private final FlowCatalog catalog;
  private final FlowFiles files;
  private final boolean saving;

  FlowEditor(FlowCatalog catalog, boolean saving) {
    this.catalog = catalog;
    this.files = new FlowFiles(catalog.folder());
    this.saving = saving;
  }

  SourceView source(String id) {
    FlowFiles.Source source = files.read(fileOf(id));
    return new SourceView(source.file(), source.text(), source.hash(), saving);
  }

  CheckView check(String id, String yaml) {
    if (id == null || id.isBlank()) {
      throw ApiProblem.badInput(
          "Name the flow the draft is of: {\"flow\": \"card-services\", \"yaml\": \"...\"}, or"
              + " ?flow=card-services with the YAML as the body.");
    }
    DraftCheck check = DraftCheck.of(files, id, fileOf(id), yaml);
    Flow flow = check.flow();
    return new CheckView(
        check.ok(),
        check.file(),
        check.problems(),
        check.otherFiles(),
        flow == null ? null : FlowDiagram.of(flow));
  }

  DraftScenarios scenarios(String id, String yaml) {
    DraftCheck check = loading(id, yaml, "the scenarios cannot run");
    String file = id + ScenarioReader.SUFFIX;
    String text =
        files
            .textOf(file)
            .orElseThrow(
                () ->
                    ApiProblem.badInput(
                        "The flow '"
                            + id
                            + "' has no scenario file ("
                            + file
                            + " beside it): write one to test it (docs/scenarios.md)."));
    try {
      return DraftScenarios.run(check, file, text, files.flowIds());
    } catch (DraftScenarios.Unrunnable e) {
      throw new ApiProblem(
          400,
          "The scenarios cannot run",
          "The scenario file "
              + file
              + " does not fit this draft: fix the draft or the scenario file.",
          e.problems());
    }
  }

  /** Only when saving is on: {@link OperatorGuard} answers 404 before this otherwise. */
  SavedView save(String id, String yaml, String base) {
    String file = fileOf(id);
    if (base == null || base.isBlank()) {
      throw ApiProblem.badInput(
          "The request needs \"base\": the hash that GET /api/flows/"
              + id
              + "/source gave, so that a file changed since is not overwritten.");
    }
    DraftCheck check = DraftCheck.of(files, id, file, yaml);
    if (!check.savable()) {
      String current = files.read(file).hash();
      if (!current.equals(base)) {
        throw new ApiProblem(409, "The file changed on disk", CHANGED_ON_DISK);
      }
      throw refused(check, "The draft was not saved");
    }
    FlowFiles.Saved saved;
    try {
      saved = files.save(file, yaml, base);
    } catch (UncheckedIOException e) {
      throw new ApiProblem(500, "The file could not be written", cannotWrite(file, e.getCause()));
    }
    if (saved instanceof FlowFiles.Saved.Written written) {
      return new SavedView(written.file(), written.hash());
    }
    throw new ApiProblem(409, "The file changed on disk", CHANGED_ON_DISK);
  }

  /** Why a save failed, without the server's paths: the file system's reason. */
  private static String cannotWrite(String file, IOException cause) {
    String reason =
        cause instanceof FileSystemException f && f.getReason() != null
            ? f.getReason()
            : cause.getClass().getSimpleName();
    return "The server could not write "
        + file
        + " in its flows folder ("
        + reason
        + "), so nothing was changed. Is the folder read-only (a read-only mount)? Copy your"
        + " draft to keep it.";
  }

  DraftView draft(String id, String yaml) {
    fileOf(id);
    Flow onDisk = catalog.result().flows().get(id);
    if (onDisk != null && onDisk.isSubflow()) {
      throw ApiProblem.badInput(
          "'"
              + id
              + "' is a sub-flow, and a call cannot start in a sub-flow: try a draft of a line"
              + " that calls it.");
    }
    FlowCatalog.DraftResult result = catalog.draft(id, yaml);
    if (result.revision() == null) {
      throw new ApiProblem(
          400,
          "The draft cannot be tried",
          "The draft has problems, so no call can run on it: fix them and try again.",
          result.problems().stream().map(EditorProblem::of).toList());
    }
    return new DraftView(result.revision(), "/simulator/" + id + "?revision=" + result.revision());
  }

  /** The draft checked; refused with its problems when its flow does not load. */
  private DraftCheck loading(String id, String yaml, String what) {
    DraftCheck check = DraftCheck.of(files, id, fileOf(id), yaml);
    if (check.flow() == null) {
      throw refused(check, "The draft does not load, so " + what);
    }
    return check;
  }

  private static ApiProblem refused(DraftCheck check, String title) {
    long errors = check.everyProblem().stream().filter(EditorProblem::isError).count();
    return new ApiProblem(
        400,
        title,
        title
            + ": "
            + errors
            + (errors == 1 ? " error" : " errors")
            + " (listed in \"problems\", each with its line, column and fix). Warnings do not"
            + " stop it.",
        check.everyProblem());
  }

  private String fileOf(String id) {
    return files
        .fileOf(id == null ? "" : id)
        .orElseThrow(
            () ->
                ApiProblem.notFound(
                    "There is no flow file '"
                        + id
                        + ".yaml' in the flows folder. The flows are: "
                        + String.join(", ", files.flowIds())
                        + "."));
  }
}
