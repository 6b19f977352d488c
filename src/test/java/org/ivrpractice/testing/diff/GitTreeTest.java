package org.ivrpractice.testing.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.ivrpractice.flow.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitTreeTest {

  private static final String HELLO_AT = "ivr-flows/hello.yaml";

  private static Path committedHello(Path root) throws Exception {
    Path flows = Files.createDirectories(root.resolve("ivr-flows"));
    Files.copy(Path.of(HELLO_AT), flows.resolve("hello.yaml"));
    Files.writeString(flows.resolve("notes.txt"), "not a flow");
    TempGitRepo.init(root).commitAll("hello");
    return flows;
  }

  @Test
  void aFolderAtACommitLoadsAsTheSameFolderOnDisk(@TempDir Path root) throws Exception {
    Path flows = committedHello(root);

    LoadResult atHead = GitTree.load(flows, "HEAD");
    LoadResult onDisk = FlowLoader.load(List.of(flows));

    assertEquals(List.of(), atHead.problems());
    assertEquals(onDisk.flows().keySet(), atHead.flows().keySet());
    assertEquals(onDisk.flow("hello").nodes().keySet(), atHead.flow("hello").nodes().keySet());
  }

  @Test
  void aProblemAtACommitNamesTheFileAsGitDoes(@TempDir Path root) throws Exception {
    Path flows = committedHello(root);
    BundledFlowCopies.replace(flows.resolve("hello.yaml"), "goto: hours", "goto: hourz");
    TempGitRepo.init(root).commitAll("broken");

    LoadResult atHead = GitTree.load(flows.resolve("hello.yaml"), "HEAD");

    List<String> problems = atHead.problems().stream().map(Problem::format).toList();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems
            .get(0)
            .matches("HEAD:\\Q" + flows + "\\E/hello\\.yaml:\\d+:\\d+: \\[main\\] .*hourz.*"),
        problems.get(0));
  }

  @Test
  void aFolderInNoRepositoryOrAnUnknownCommitIsExplained(@TempDir Path root) throws Exception {
    GitTree.GitError outside =
        assertThrows(GitTree.GitError.class, () -> GitTree.load(root, "HEAD"));
    assertEquals(
        root
            + " is not in a git repository, so there is no commit to compare with. Compare two"
            + " copies instead: diff OLD NEW.",
        outside.getMessage());

    Path flows = committedHello(root);
    GitTree.GitError unknown =
        assertThrows(GitTree.GitError.class, () -> GitTree.load(flows, "no-such-branch"));
    assertEquals(
        "There is no commit 'no-such-branch' in the git repository of "
            + flows
            + ". Give a commit, a branch or a tag ('git log --oneline' lists the commits).",
        unknown.getMessage());
  }
}
