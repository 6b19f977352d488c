package org.ivrpractice.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Practice records become dotted variable paths, which is how a lookup hands them to a call. */
class PracticeDataTest {

  @Test
  void nestedMapsAndListsFlattenToDottedPathsWithACount() {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("number", "378282246310005");
    record.put("points", 12480);
    record.put(
        "charges",
        List.of(Map.of("merchant", "Harbor Street Cafe"), Map.of("merchant", "Metro Fuel")));
    record.put("flagged", Map.of("amount", "349.00"));

    assertEquals(
        Map.of(
            "number", "378282246310005",
            "points", "12480",
            "charges.0.merchant", "Harbor Street Cafe",
            "charges.1.merchant", "Metro Fuel",
            "charges.count", "2",
            "flagged.amount", "349.00"),
        PracticeData.flatten(record));
  }

  @Test
  void emptyValuesAreLeftOutAndAnEmptyListCountsZero() {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("holder", null);
    record.put("charges", List.of());

    assertEquals(Map.of("charges.count", "0"), PracticeData.flatten(record));
  }

  @Test
  void flattenedPathsKeepTheRecordsOrder() {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("b", "2");
    record.put("a", Map.of("c", "3"));

    assertEquals(List.of("b", "a.c"), List.copyOf(PracticeData.flatten(record).keySet()));
  }

  @Test
  void findReturnsTheFirstRecordWhoseFieldMatches() {
    PracticeData data =
        new PracticeData(
            "practice.data.yaml",
            Map.of(
                "cards",
                List.of(
                    Map.of("number", "378282246310005", "holder", "Alex Rivera"),
                    Map.of("number", "371449635398431", "holder", "María González"))));

    assertEquals(
        Optional.of("María González"),
        data.find("cards", "number", "371449635398431").map(r -> r.get("holder")));
    assertEquals(Optional.empty(), data.find("cards", "number", "000"));
    assertEquals(Optional.empty(), data.find("accounts", "number", "378282246310005"));
  }
}
