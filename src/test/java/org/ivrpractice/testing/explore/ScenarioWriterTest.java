package org.ivrpractice.testing.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ivrpractice.testing.ScenarioSuite;
import org.ivrpractice.testing.SuiteResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioWriterTest {

  @Test
  void writesTheQuickestRouteToEachEndingOnce() {
    String yaml =
        ScenarioWriter.write(ExploreFlows.bank(), new Explorer().explore(ExploreFlows.bank()));

    assertEquals(
        """
        # Written by 'explore --write-scenarios': the quickest route to each ending of bank.
        # A starting suite: add 'hear:' steps for what callers must be told.
        flow: bank
        seed: 1
        scenarios:
          - name: "Reaches the agents queue by the quickest route"
            steps:
              - press: "0"
              - end: transferred to agents

          - name: "Reaches the priority queue by the quickest route"
            steps:
              - press: "2"
              - press: "378734493671000"
              - end: transferred to priority

          - name: "Reaches the hours hangup by the quickest route"
            steps:
              - press: "1"
              - at: hours
              - end: self-served

        """,
        yaml);
  }

  @Test
  void whatItWritesPasses(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("bank.yaml"), ExploreFlows.BANK);
    Files.writeString(dir.resolve("bank.data.yaml"), ExploreFlows.DATA);
    Files.writeString(
        dir.resolve("bank.scenarios.yaml"),
        ScenarioWriter.write(ExploreFlows.bank(), new Explorer().explore(ExploreFlows.bank())));

    SuiteResult result = ScenarioSuite.load(List.of(dir)).run(List.of());

    assertEquals(List.of(), result.problems());
    assertEquals(3, result.passed());
    assertEquals(0, result.failed());
  }
}
