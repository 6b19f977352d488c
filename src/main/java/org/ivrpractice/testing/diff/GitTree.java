package org.ivrpractice.testing.diff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.flow.Position;
import org.ivrpractice.flow.Problem;

/**
 * The flows of a folder (or one flow file) as they were at a git commit, read with the {@code git}
 * command: the folder's {@code *.yaml} files at that commit (flows, their practice data, the
 * sub-flows they call), loaded as {@link FlowLoader} loads the working tree. Problems name the
 * files as git does, {@code HEAD:ivr-flows/card-services.yaml:14:7}.
 */
public final class GitTree {

  /** Why the flows at a commit cannot be read, said for the person who asked. */
  public static final class GitError extends Exception {
    GitError(String message) {
      super(message);
    }
  }

  private static final long TIMEOUT_SECONDS = 30;

  private final Path folder;
  private final String ref;

  private GitTree(Path folder, String ref) {
    this.folder = folder;
    this.ref = ref;
  }

  /**
   * Loads the flows of {@code target} at {@code ref}: a folder's flows, or a flow file with the
   * sub-flows and data beside it.
   *
   * @param target a folder or a flow file of the working tree
   * @param ref a commit, branch or tag ({@code HEAD}, {@code main}, {@code v1.2})
   * @throws GitError when the target is in no git repository, the ref is unknown, or git fails
   */
  public static LoadResult load(Path target, String ref) throws GitError {
    boolean file = Files.isRegularFile(target);
    Path folder = file ? parentOf(target) : target;
    if (!Files.isDirectory(folder)) {
      throw new GitError("No such folder: " + folder + ".");
    }
    GitTree tree = new GitTree(folder, ref);
    tree.checkRepository();
    Map<String, String> texts = tree.yamlFiles();
    LoadResult loaded = file ? fileAt(target, texts) : FlowLoader.fromSources(texts);
    return new LoadResult(loaded.flows(), tree.named(loaded.problems()));
  }

  /** The flow file and what it calls, or nothing when the commit has no such file. */
  private static LoadResult fileAt(Path target, Map<String, String> texts) {
    String name = target.getFileName().toString();
    return FlowLoader.fromSources(texts, texts.containsKey(name) ? List.of(name) : List.of());
  }

  private static Path parentOf(Path file) {
    Path parent = file.getParent();
    return parent == null ? Path.of(".") : parent;
  }

  private void checkRepository() throws GitError {
    if (run("rev-parse", "--is-inside-work-tree") == null) {
      throw new GitError(
          folder
              + " is not in a git repository, so there is no commit to compare with. Compare two"
              + " copies instead: diff OLD NEW.");
    }
    if (run("rev-parse", "--verify", "--quiet", ref + "^{commit}") == null) {
      throw new GitError(
          "There is no commit '"
              + ref
              + "' in the git repository of "
              + folder
              + ". Give a commit, a branch or a tag ('git log --oneline' lists the commits).");
    }
  }

  /** The folder's {@code .yaml} files at the commit, by file name, sorted. */
  private Map<String, String> yamlFiles() throws GitError {
    String listing = run("ls-tree", "-z", ref, "--", ".");
    if (listing == null) {
      throw new GitError("git could not list " + folder + " at " + ref + ".");
    }
    Map<String, String> texts = new TreeMap<>();
    for (String entry : listing.split("\0")) {
      int tab = entry.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      String[] meta = entry.substring(0, tab).split(" ");
      String name = entry.substring(tab + 1);
      if (meta.length == 3 && meta[1].equals("blob") && isYaml(name)) {
        String text = run("cat-file", "blob", meta[2]);
        if (text == null) {
          throw new GitError("git could not read " + shown(name) + ".");
        }
        texts.put(name, text);
      }
    }
    return texts;
  }

  private static boolean isYaml(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /** The problems with each file named {@code ref:folder/file}. */
  private List<Problem> named(List<Problem> problems) {
    List<Problem> out = new ArrayList<>();
    for (Problem p : problems) {
      Position at = p.position();
      out.add(
          new Problem(
              new Position(shown(at.file()), at.line(), at.column()),
              p.nodeId(),
              p.message(),
              p.fix()));
    }
    return out;
  }

  /** {@code HEAD:ivr-flows/card-services.yaml} */
  private String shown(String name) {
    String dir = folder.normalize().toString();
    return ref + ":" + (dir.isEmpty() || dir.equals(".") ? "" : dir + "/") + name;
  }

  /** What git printed, or null when it failed; its own messages are not the user's concern. */
  private String run(String... args) throws GitError {
    List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
    command.addAll(List.of(args));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new GitError("Cannot run git (" + e.getMessage() + "): is git installed?");
    }
    try (InputStream in = process.getInputStream()) {
      String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new GitError("git did not answer within " + TIMEOUT_SECONDS + " seconds.");
      }
      return process.exitValue() == 0 ? out : null;
    } catch (IOException e) {
      throw new GitError("Cannot read what git printed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GitError("Interrupted while git was running.");
    }
  }
}
