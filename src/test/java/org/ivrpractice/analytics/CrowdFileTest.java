package org.ivrpractice.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crowd files: read with defaults, every mistake reported with its file and line. */
class CrowdFileTest {

  @Test
  void theBundledCrowdFileDeclaresTheBuiltInProfiles() {
    CrowdFile.Profiles bundled = CrowdFile.load(Path.of("ivr-flows"), "card-services");

    assertTrue(bundled.ok(), bundled.problems().toString());
    assertEquals(Path.of("ivr-flows", "crowd.yaml").toString(), bundled.source());
    assertEquals(CrowdProfile.DEFAULTS, bundled.profiles());
  }

  @Test
  void aKeyLeftOutTakesItsDefault() {
    CrowdFile.Profiles read =
        CrowdFile.read(
            "crowd.yaml",
            "profiles:\n  - name: plain\n  - name: rushed\n    patience-seconds: 20\n");

    assertTrue(read.ok(), read.problems().toString());
    assertEquals(CrowdProfile.plain("plain", 1), read.profiles().get(0));
    assertEquals(20.0, read.profiles().get(1).patienceSeconds());
    assertEquals(CrowdProfile.Impatience.AGENT, read.profiles().get(1).onImpatience());
  }

  @Test
  void everyMistakeIsReportedWithItsFileLineAndAFix() {
    String text =
        """
        profiles:
          - name: impatient
            patience-secs: 30
          - name: mishears
            mishear-rate: 1.5
          - name: quitter
            on-impatience: leave
          - weight: 2
        """;
    List<String> problems =
        CrowdFile.read("flows/crowd.yaml", text).problems().stream().map(Problem::format).toList();

    assertEquals(4, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("flows/crowd.yaml:3:5:"), problems.get(0));
    assertTrue(problems.get(0).contains("did you mean 'patience-seconds'?"), problems.get(0));
    assertTrue(problems.get(1).startsWith("flows/crowd.yaml:5:19:"), problems.get(1));
    assertTrue(problems.get(1).contains("a number from 0 to 1"), problems.get(1));
    assertTrue(problems.get(2).startsWith("flows/crowd.yaml:7:20:"), problems.get(2));
    assertTrue(problems.get(2).contains("'agent' or 'hang-up'"), problems.get(2));
    assertTrue(problems.get(3).startsWith("flows/crowd.yaml:8:"), problems.get(3));
    assertTrue(problems.get(3).contains("needs 'name'"), problems.get(3));
  }

  @Test
  void aFileWithoutProfilesSaysHowToStartOne() {
    CrowdFile.Profiles read = CrowdFile.read("crowd.yaml", "people: []\n");

    assertFalse(read.ok());
    assertTrue(read.problems().get(0).format().contains("under the key 'profiles'"));
    assertTrue(read.profiles().isEmpty(), "a file with a problem is not used");
  }

  @Test
  void aLinesOwnCrowdFileComesBeforeTheSharedOneAndTheBuiltInProfilesAfter(@TempDir Path dir)
      throws IOException {
    assertEquals("built-in", CrowdFile.load(dir, "hello").source());
    assertEquals(CrowdProfile.DEFAULTS, CrowdFile.load(dir, "hello").profiles());

    Files.writeString(dir.resolve("crowd.yaml"), "profiles:\n  - name: shared\n");
    Files.writeString(dir.resolve("hello.crowd.yaml"), "profiles:\n  - name: own\n");

    assertEquals("own", CrowdFile.load(dir, "hello").profiles().get(0).name());
    assertEquals("shared", CrowdFile.load(dir, "card-services").profiles().get(0).name());
  }

  @Test
  void theFlowLoaderDoesNotTakeACrowdFileForAFlow() {
    assertFalse(FlowLoader.isFlowFile("ivr-flows/crowd.yaml"));
    assertFalse(FlowLoader.isFlowFile("ivr-flows/hello.crowd.yaml"));
    assertTrue(FlowLoader.isFlowFile("ivr-flows/crowded.yaml"));
    assertTrue(CrowdFile.isCrowdFile("hello.crowd.yaml"));
    assertTrue(FlowLoader.load(List.of(Path.of("ivr-flows"))).ok());
  }
}
