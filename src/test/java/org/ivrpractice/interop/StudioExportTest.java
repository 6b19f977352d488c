package org.ivrpractice.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.FlowLoader;
import org.ivrpractice.flow.LoadResult;
import org.junit.jupiter.api.Test;

/** Our lines as Studio flow definitions: valid by Twilio's rules, and the same line once back. */
class StudioExportTest {

  private static final LoadResult BUNDLED = FlowLoader.load(List.of(Path.of("ivr-flows")));

  @Test
  void helloExportsToAValidDefinitionAndItsScenariosPassAfterImportingItBack() throws Exception {
    StudioExporter.Export export = StudioExporter.export(BUNDLED.flow("hello"));
    assertTrue(export.ok(), () -> export.problems().toString());
    assertEquals(List.of(), StudioDefinitionRules.broken(export.json()));

    ImportResult back = StudioImporter.importFlow("hello.json", export.json());
    Map<String, Flow> flows = ImportedFlows.check(back);
    ImportedFlows.passes(
        flows, "hello", Files.readString(Path.of("ivr-flows/hello.scenarios.yaml")));
  }

  @Test
  void whatStudioCannotDoIsReportedAllAtOnceWithItsPlace() {
    StudioExporter.Export export = StudioExporter.export(BUNDLED.flow("card-services"));
    assertFalse(export.ok());
    assertEquals(
        List.of(
            "card-services.yaml:262:3: [agent] a branch cannot be exported to Studio: the export"
                + " does not write conditions yet",
            "follow-up.yaml:37:3: [find-case] a lookup cannot be exported to Studio: it reads the"
                + " practice data, which a Studio flow does not have",
            "verify-card.yaml:38:3: [find-card] a lookup cannot be exported to Studio: it reads"
                + " the practice data, which a Studio flow does not have"),
        export.problems().stream()
            .map(p -> p.format().replaceFirst("^.*/", "").replaceFirst("\\. Fix: .*", ""))
            .toList());
  }
}
