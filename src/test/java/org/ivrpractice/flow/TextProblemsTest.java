package org.ivrpractice.flow;

import static org.ivrpractice.flow.FlowProblems.assertProblems;

import org.junit.jupiter.api.Test;

/**
 * The problems of the texts a caller hears: locales missing or not declared, a plain text in a flow
 * of two locales, and templates that cannot be read. Each test asserts the exact message a flow
 * author reads: {@code file:line:column: [node] what is wrong. Fix: how}.
 */
class TextProblemsTest {

  @Test
  void textMissingInADeclaredLocaleIsReported() {
    assertProblems(
        """
        id: line
        locales: [en-US, es-US]
        nodes:
          welcome:
            type: hangup
            prompt:
              en-US: "Goodbye."
        """,
        "line.yaml:7:7: [welcome] 'prompt' has no es-US text. Fix: add es-US: \"...\" under"
            + " 'prompt'");
  }

  @Test
  void plainTextInATwoLocaleFlowIsReported() {
    assertProblems(
        """
        id: line
        locales: [en-US, es-US]
        nodes:
          welcome:
            type: hangup
            prompt: "Goodbye."
        """,
        "line.yaml:6:13: [welcome] 'prompt' is one plain text, but the flow speaks en-US and es-US."
            + " Fix: write one text per locale: en-US: ..., es-US: ...");
  }

  @Test
  void textForALocaleTheFlowDoesNotDeclareIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: hangup
            prompt:
              en-US: "Goodbye."
              fr-FR: "Au revoir."
        """,
        "line.yaml:7:7: [welcome] 'prompt' has a text for fr-FR, which the flow does not declare."
            + " Fix: add fr-FR to the flow's locales, or remove this text");
  }

  @Test
  void optionSettingALocaleTheFlowDoesNotDeclareIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: French, set: { locale: fr-FR }, goto: bye }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "line.yaml:6:36: [main] option 1 sets locale fr-FR, which the flow does not declare. Fix:"
            + " add fr-FR to the flow's locales, or set one of en-US");
  }

  @Test
  void templateSyntaxErrorIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: hangup
            prompt: "You have {points points."
        """,
        "line.yaml:5:13: [welcome] in 'prompt', a '{' has no closing '}'. Fix: close the variable"
            + " with '}' or write '{{'");
  }
}
