package org.ivrpractice.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ivrpractice.flow.Flow;
import org.ivrpractice.flow.Problem;
import org.ivrpractice.flow.Problems;

/**
 * Writes one of our lines as a Twilio Studio flow definition (docs/import.md): menus as a gather
 * with splits on its digits and words, the global escapes as conditions of every menu, no-input and
 * no-match counted in flow variables as Studio needs, transfers as enqueue-call, sub-flows inlined,
 * lookups, reference numbers and saved cases as calls of {@link StudioFunctions}. A text or a
 * condition that reads what Studio has no counterpart for is reported, every one at once.
 */
public final class StudioExporter {

  /** What an export made: the definition's JSON, or the problems (then the JSON is null). */
  public record Export(String json, List<Problem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private StudioExporter() {}

  public static Export export(Flow flow) {
    Problems problems = new Problems();
    StudioStates states = new StudioStates();
    StudioExportNodes nodes = new StudioExportNodes(flow, states, problems);
    states.add(
        "Trigger",
        "trigger",
        List.of(
            StudioStates.on("incomingMessage", null),
            StudioStates.on("incomingCall", nodes.entry(flow, "", flow.start())),
            StudioStates.on("incomingConversationMessage", null),
            StudioStates.on("incomingRequest", null),
            StudioStates.on("incomingParent", null)));
    nodes.writeAll();
    if (!problems.isEmpty()) {
      return new Export(null, problems.sorted());
    }
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("description", nodes.map().description(flow.name()));
    definition.put("states", new ArrayList<>(states.all()));
    definition.put("initial_state", "Trigger");
    definition.put("flags", Map.of("allow_concurrent_calls", true));
    try {
      return new Export(JSON.writeValueAsString(definition) + "\n", List.of());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
