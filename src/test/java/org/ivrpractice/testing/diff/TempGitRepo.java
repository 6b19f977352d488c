package org.ivrpractice.testing.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A git repository in a test's temporary folder, driven with the git command. */
public final class TempGitRepo {

  private final Path root;

  private TempGitRepo(Path root) {
    this.root = root;
  }

  /** A new repository at {@code root}. */
  public static TempGitRepo init(Path root) throws IOException, InterruptedException {
    TempGitRepo repo = new TempGitRepo(root);
    repo.git("init", "-q");
    return repo;
  }

  /** Adds every file and commits them. */
  public void commitAll(String message) throws IOException, InterruptedException {
    git("add", "-A");
    git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", message);
  }

  private void git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), "git " + String.join(" ", args) + ": " + out);
  }
}
