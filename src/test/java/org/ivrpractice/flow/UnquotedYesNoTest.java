package org.ivrpractice.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnquotedYesNoTest {

  @Test
  void anUnquotedYesAsASpokenWordIsExplainedWithTheQuotingFix() {
    LoadResult result =
        FlowLoader.fromSources(
            Map.of(
                "y.yaml",
                """
                id: y
                nodes:
                  confirm:
                    type: menu
                    options:
                      - { digit: 1, label: that was me, say: [yes], goto: bye }
                      - { digit: 2, label: it was not me, say: ["no"], goto: bye }
                  bye: { type: hangup }
                  agent: { type: hangup }
                """));

    assertEquals(
        List.of(
            "y.yaml:6:47: [confirm] 'say' of option 1 must be a text, but YAML reads an unquoted"
                + " yes as true or false. Fix: put the word in quotes, for example \"yes\""),
        result.problems().stream().map(Problem::format).toList());
  }
}
