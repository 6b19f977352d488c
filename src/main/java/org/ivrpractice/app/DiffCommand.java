package org.ivrpractice.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.testing.diff.CallerDiff;
import org.ivrpractice.testing.diff.GitTree;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diff OLD NEW} and {@code diff --git REF [PATH]}: what changes for callers. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = ProjectVersion.class,
    header = "Show what changes for callers between two versions of the flows.",
    description = {
      "Compares two flow files, two folders of them, or (with --git) the working tree's flows with"
          + " the same files at a git commit. For each line and locale, it prints the quickest route"
          + " to each queue, hangup and ending whose keys, time or words changed, as a unified diff"
          + " of what the caller hears (a sentence a line) and does ([press 1]), then sentences the"
          + " line says elsewhere that changed. An edit callers cannot notice (comments,"
          + " layout) prints 'No change for callers.'",
      "Exit code 0, or 1 when --fail-on-change is given and callers would notice a change; 2 for"
          + " wrong arguments and for flows with problems (printed as 'check' prints them)."
    })
final class DiffCommand implements Callable<Integer> {

  @Parameters(
      paramLabel = "PATH",
      arity = "0..2",
      description =
          "OLD and NEW: two flow files or two folders. With --git: the folder or flow file to"
              + " compare (default: ivr-flows).")
  List<Path> paths = List.of();

  @Option(
      names = "--git",
      paramLabel = "REF",
      description =
          "Compare the working tree's flows with the same files at this commit, branch or tag"
              + " (HEAD: the last commit).")
  String gitRef;

  @Option(
      names = "--fail-on-change",
      description = "Exit with 1 when callers would notice a change (to guard a pull request).")
  boolean failOnChange;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    LoadResult before;
    LoadResult after;
    if (gitRef != null) {
      Path target = paths.isEmpty() ? Path.of("ivr-flows") : onlyTarget();
      after = FlowLoader.load(List.of(existing(target)));
      try {
        before = GitTree.load(target, gitRef);
      } catch (GitTree.GitError e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(e.getMessage());
        err.flush();
        return 2;
      }
    } else {
      checkOldAndNew();
      before = FlowLoader.load(List.of(paths.get(0)));
      after = FlowLoader.load(List.of(paths.get(1)));
    }
    CallerDiff diff = CallerDiff.between(before, after);
    PrintWriter out = spec.commandLine().getOut();
    out.println(diff.report());
    out.flush();
    if (!diff.ok()) {
      return 2;
    }
    return failOnChange && diff.changed() ? 1 : 0;
  }

  private Path onlyTarget() {
    if (paths.size() > 1) {
      throw usage("With --git, give one folder or flow file (the working tree's), not two.");
    }
    return paths.get(0);
  }

  private void checkOldAndNew() {
    if (paths.size() != 2) {
      throw usage(
          "Give two flow files or two folders to compare (diff OLD NEW), or --git REF to compare"
              + " with a commit.");
    }
    Path old = existing(paths.get(0));
    Path now = existing(paths.get(1));
    if (Files.isDirectory(old) != Files.isDirectory(now)) {
      throw usage(
          "Compare a folder with a folder, or a flow file with a flow file: "
              + old
              + " and "
              + now
              + " are not both either.");
    }
  }

  private Path existing(Path path) {
    if (!Files.exists(path)) {
      throw usage("No such file or folder: " + path + ".");
    }
    return path;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
