package org.ivrpractice.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ivrpractice.testing.diff.BundledFlowCopies;
import org.ivrpractice.testing.diff.TempGitRepo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code diff}, as a flow's author or a pull request's check runs it (without the server). */
class DiffCommandTest {

  private record Run(int exitCode, String out, String err) {}

  private static Run diff(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = IvrCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 1];
    all[0] = "diff";
    System.arraycopy(args, 0, all, 1, args.length);
    int code = cl.execute(all);
    return new Run(code, out.toString(), err.toString());
  }

  private static String lastLine(String text) {
    return text.strip().lines().reduce((a, b) -> b).orElse("");
  }

  @Test
  void failOnChangeExitsWith1WhenCallersWouldNoticeAndWithout0(@TempDir Path dir)
      throws IOException {
    Path old = BundledFlowCopies.copy(dir.resolve("old"));
    Path now = BundledFlowCopies.copy(dir.resolve("new"));
    BundledFlowCopies.rewordIntroAndMoveMoreOptions(now);

    Run guarded = diff(old.toString(), now.toString(), "--fail-on-change");
    Run plain =
        diff(
            old.resolve("card-services.yaml").toString(),
            now.resolve("card-services.yaml").toString());

    assertEquals(1, guarded.exitCode(), guarded.out() + guarded.err());
    assertTrue(
        guarded
            .out()
            .contains(
                "--- card-services en-US, queue supervisors: press 1, press 6, press 3 (65.0 s)\n"
                    + "+++ card-services en-US, queue supervisors: press 1, press 9, press 3 (65.8 s,"
                    + " +0.8 s)\n"),
        guarded.out());
    assertEquals("Changes for callers on 1 of 3 lines: card-services.", lastLine(guarded.out()));
    assertEquals(0, plain.exitCode(), plain.out() + plain.err());
    assertEquals("Changes for callers on 1 of 1 line: card-services.", lastLine(plain.out()));
  }

  @Test
  void aCommentsAndLayoutEditIsNoChangeAndExits0EvenWithFailOnChange(@TempDir Path dir)
      throws IOException {
    Path old = BundledFlowCopies.copy(dir.resolve("old"));
    Path now = BundledFlowCopies.copy(dir.resolve("new"));
    BundledFlowCopies.editCommentsAndLayoutOnly(now);

    Run run = diff(old.toString(), now.toString(), "--fail-on-change");

    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals("No change for callers.\n", run.out());
  }

  @Test
  void gitHeadOnAnUnchangedTreeIsNoChangeAndAnUncommittedEditIsOne(@TempDir Path root)
      throws Exception {
    Path flows = BundledFlowCopies.copy(root.resolve("ivr-flows"));
    TempGitRepo.init(root).commitAll("the bundled flows");

    Run unchanged = diff("--git", "HEAD", flows.toString(), "--fail-on-change");
    BundledFlowCopies.rewordIntroAndMoveMoreOptions(flows);
    Run edited = diff("--git", "HEAD", flows.toString(), "--fail-on-change");

    assertEquals(0, unchanged.exitCode(), unchanged.out() + unchanged.err());
    assertEquals("No change for callers.\n", unchanged.out());
    assertEquals(1, edited.exitCode(), edited.out() + edited.err());
    assertTrue(edited.out().contains("+For more options, press 9.\n+[press 9]\n"), edited.out());
  }

  @Test
  void gitOutsideARepositoryOrWithAnUnknownRefIsExplainedWithExit2(@TempDir Path root)
      throws Exception {
    Files.copy(Path.of("ivr-flows/hello.yaml"), root.resolve("hello.yaml"));

    Run outside = diff("--git", "HEAD", root.toString());
    TempGitRepo.init(root).commitAll("hello");
    Run unknown = diff("--git", "v9.9", root.toString());

    assertEquals(2, outside.exitCode());
    assertTrue(outside.err().startsWith(root + " is not in a git repository"), outside.err());
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().startsWith("There is no commit 'v9.9'"), unknown.err());
    assertEquals("", outside.out() + unknown.out());
  }

  @Test
  void aBrokenFlowIsPrintedAsCheckPrintsItWithExit2(@TempDir Path dir) throws IOException {
    Path old = BundledFlowCopies.copy(dir.resolve("old"));
    Path now = BundledFlowCopies.copy(dir.resolve("new"));
    BundledFlowCopies.replace(now.resolve("hello.yaml"), "goto: hours", "goto: hourz");

    Run run = diff(old.toString(), now.toString());

    assertEquals(2, run.exitCode(), run.out());
    assertTrue(
        run.out()
            .matches(
                "(?s)After, the flows have problems:\n\\Q"
                    + now.resolve("hello.yaml")
                    + "\\E:\\d+:\\d+: \\[main\\] .*hourz.*"),
        run.out());
    assertTrue(run.out().contains("1 problem in 1 file.\n"), run.out());
  }

  @Test
  void wrongArgumentsAreAUsageErrorThatSaysWhatToGive(@TempDir Path dir) throws IOException {
    Path hello = Files.copy(Path.of("ivr-flows/hello.yaml"), dir.resolve("hello.yaml"));

    Run one = diff(dir.toString());
    Run mixed = diff(dir.toString(), hello.toString());
    Run missing = diff(dir.toString(), dir.resolve("nowhere").toString());

    assertEquals(2, one.exitCode());
    assertTrue(one.err().startsWith("Give two flow files or two folders to compare"), one.err());
    assertEquals(2, mixed.exitCode());
    assertTrue(mixed.err().startsWith("Compare a folder with a folder"), mixed.err());
    assertEquals(2, missing.exitCode());
    assertTrue(
        missing.err().startsWith("No such file or folder: " + dir.resolve("nowhere") + "."),
        missing.err());
  }
}
