package org.ivrpractice.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ivrpractice.flow.Problem;
import org.junit.jupiter.api.Test;

/** What a Studio import cannot convert is reported all at once, with its place in the JSON. */
class StudioImportProblemsTest {

  @Test
  void unsupportedWidgetsAndBadLiquidAreAllReportedWithLineAndColumnAndNothingIsWritten() {
    ImportResult result = ImportedFlows.studio("broken-widgets.json");
    assertFalse(result.ok());
    assertTrue(result.files().isEmpty());
    assertEquals(
        List.of(
            "broken-widgets.json:20:16: [greeting] widget 'greeting' (say-play) uses the Liquid"
                + " tag '{% if flow.variables.vip %}', which has no counterpart in a flow. Fix:"
                + " write 'say' with {{widgets.x.Digits}}, {{flow.variables.k}} or"
                + " {{trigger.call.From}} only (docs/import.md)",
            "broken-widgets.json:20:16: [greeting] widget 'greeting' (say-play) uses the Liquid"
                + " tag '{% endif %}', which has no counterpart in a flow. Fix: write 'say' with"
                + " {{widgets.x.Digits}}, {{flow.variables.k}} or {{trigger.call.From}} only"
                + " (docs/import.md)",
            "broken-widgets.json:20:16: [greeting] widget 'greeting' (say-play) uses the Liquid"
                + " filter '| upcase' in {{trigger.call.To | upcase}}, which has no counterpart"
                + " in a flow. Fix: write 'say' with {{widgets.x.Digits}}, {{flow.variables.k}}"
                + " or {{trigger.call.From}} only (docs/import.md)",
            "broken-widgets.json:23:5: [text_receipt] widget 'text_receipt' (send-message) has no"
                + " counterpart in a phone flow the import can write. Fix: replace it in Studio,"
                + " or remove it before importing; the import converts gather-input-on-call,"
                + " split-based-on, say-play, set-variables, connect-call-to, enqueue-call,"
                + " send-to-flex, record-voicemail, run-subflow, make-http-request, run-function",
            "broken-widgets.json:37:5: [pay] widget 'pay' (capture-payments) has no counterpart"
                + " in a phone flow the import can write. Fix: replace it in Studio, or remove it"
                + " before importing; the import converts gather-input-on-call, split-based-on,"
                + " say-play, set-variables, connect-call-to, enqueue-call, send-to-flex,"
                + " record-voicemail, run-subflow, make-http-request, run-function"),
        result.problems().stream().map(Problem::format).toList());
    assertEquals(
        List.of("studio-no-person", "studio-cut-off"),
        result.traps().stream().map(t -> t.rule()).toList(),
        "the traps of the original are told too, but not widgets only a problem cut off");
  }

  @Test
  void anOldV1ExportIsRefusedWithAWayForward() {
    ImportResult result = ImportedFlows.studio("v1-export.json");
    assertEquals(
        List.of(
            "v1-export.json:3:19: this is an old Studio v1 export (InitialState, widget SIDs),"
                + " which cannot be imported. Fix: open the flow in the Studio editor and export"
                + " it again (Trigger > Export to JSON), or fetch its 'definition' with the Studio"
                + " REST API v2"),
        result.problems().stream().map(Problem::format).toList());
  }

  @Test
  void invalidJsonIsReportedWhereItBreaks() {
    ImportResult result =
        StudioImporter.importFlow("cut.json", "{\n  \"states\": [\n    {\"name\": ");
    assertEquals(1, result.problems().size());
    assertTrue(
        result.problems().get(0).format().startsWith("cut.json:3:"),
        result.problems().get(0).format());
  }

  @Test
  void aCallOfTheExportsFunctionsWithoutTheirParametersIsReported() {
    String json =
        """
        {"description": "Half-made", "initial_state": "Trigger", "flags": {},
         "states": [
          {"name": "Trigger", "type": "trigger", "properties": {},
           "transitions": [{"event": "incomingCall", "next": "find"}]},
          {"name": "find", "type": "run-function",
           "properties": {"url": "https://acme-1234.twil.io/ivr-lookup",
                          "parameters": [{"key": "table", "value": "cards"}]},
           "transitions": [{"event": "success", "next": "ref"}, {"event": "fail"}]},
          {"name": "ref", "type": "run-function",
           "properties": {"url": "https://acme-1234.twil.io/ivr-reference", "parameters": []},
           "transitions": [{"event": "success"}, {"event": "fail"}]}
         ]}
        """;
    ImportResult result = StudioImporter.importFlow("half.json", json);
    assertEquals(
        List.of(
            "half.json:7:33: [find] widget 'find' (run-function) calls ivr-lookup without a"
                + " 'table' and a parameter with what the caller gave ({{widgets.x.Digits}})",
            "half.json:10:83: [ref] widget 'ref' (run-function) calls ivr-reference without a"
                + " 'length', and a set-variables after it that keeps its reference"),
        result.problems().stream()
            .map(Problem::format)
            .map(f -> f.replaceFirst("\\. Fix: .*", ""))
            .toList());
  }
}
