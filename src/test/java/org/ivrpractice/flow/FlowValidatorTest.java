package org.ivrpractice.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One broken flow per kind of problem the loader reports, each asserting the exact message a flow
 * author reads: {@code file:line:column: [node] what is wrong. Fix: how}.
 */
class FlowValidatorTest {

  private static final String PRACTICE_DATA =
      """
      tables:
        cards:
          - number: "378282246310005"
            holder: Alex Rivera
            tier: Green
      """;

  private static final String VERIFY_SUBFLOW =
      """
      id: verify
      exits: [verified, failed]
      nodes:
        ask-pin:
          type: collect
          prompt: "Please enter your PIN."
          length: 4
          into: pin
          fallback: failed
          next: verified
        verified: { type: return, exit: verified }
        failed: { type: return, exit: failed }
      """;

  // --- YAML ---

  @Test
  void yamlSyntaxErrorIsReportedWithItsLine() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: hangup
            prompt: "Goodbye.
          other: { type: hangup }
        """,
        "?");
  }

  @Test
  void duplicateKeyIsReportedWithBothLines() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: say
            prompt: "Hello."
            next: bye
            next: welcome
          bye: { type: hangup }
        """,
        "?");
  }

  // --- shape: keys and types ---

  @Test
  void unknownKeyIsReportedWithADidYouMean() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: say
            promt: "Hello."
            next: bye
          bye: { type: hangup }
        """,
        "?");
  }

  @Test
  void missingRequiredKeyIsReportedWithAnExample() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: say
            prompt: "Hello."
          bye: { type: hangup }
        """,
        "?");
  }

  @Test
  void valueOfTheWrongTypeIsReportedWithAnExample() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            retries: many
            options:
              - { digit: 1, label: goodbye, goto: bye }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "?");
  }

  @Test
  void unknownNodeTypeIsReportedWithADidYouMeanAndNothingElse() {
    assertProblems(
        """
        id: line
        nodes:
          welcome:
            type: sya
            prompt: "Hello."
            next: bye
          bye: { type: hangup }
        """,
        "?");
  }

  // --- targets ---

  @Test
  void optionToUnknownNodeIsReportedWithItsLineAndASuggestion() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: opening hours, goto: hours }
              - { digit: 2, label: goodbye, goto: bye }
          hour: { type: hangup, prompt: "We open at nine." }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "?");
  }

  @Test
  void startNamingNoNodeIsReported() {
    assertProblems(
        """
        id: line
        start: welcom
        nodes:
          welcome: { type: say, prompt: "Hello.", next: bye }
          bye: { type: hangup }
        """,
        "?");
  }

  @Test
  void nodeNoCallCanReachIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          welcome: { type: say, prompt: "Hello.", next: bye }
          bye: { type: hangup }
          forgotten: { type: hangup, prompt: "Nobody hears this." }
        """,
        "?");
  }

  // --- menus and escapes ---

  @Test
  void sameDigitOnTwoOptionsIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: hours, goto: bye }
              - { digit: 1, label: a joke, goto: bye }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "?");
  }

  @Test
  void sameSynonymOnTwoOptionsIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: hours, say: [hours, open], goto: bye }
              - { digit: 2, label: a joke, say: [joke, Open], goto: bye }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "?");
  }

  @Test
  void optionDigitAndSynonymClashingWithTheAgentEscapeAreReported() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: hours, goto: bye }
              - { digit: 0, label: a person, say: [agent], goto: agent }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "?",
        "?");
  }

  @Test
  void escapeTurnedOffOnTheNodeMakesTheClashLegal() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            escapes: [repeat]
            options:
              - { digit: 1, label: hours, goto: bye }
              - { digit: 0, label: a person, say: [agent], goto: agent }
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """);
  }

  @Test
  void agentEscapeWithNoAgentNodeIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          main:
            type: menu
            options:
              - { digit: 1, label: hours, goto: bye }
          bye: { type: hangup }
        """,
        "?");
  }

  // --- graph ---

  @Test
  void menuThatOnlyLoopsBackToItselfHasNoWayOut() {
    assertProblems(
        """
        id: line
        nodes:
          trap:
            type: menu
            prompt: "Press 1 to hear this again."
            escapes: false
            fallback: trap
            options:
              - { digit: 1, goto: trap }
        """,
        "?");
  }

  @Test
  void loopThroughNoMenuOrCollectIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          ask-pin:
            type: collect
            prompt: "Please enter your PIN."
            length: 4
            into: pin
            next: thanks
          thanks: { type: say, prompt: "Thank you.", next: check }
          check:
            type: branch
            when:
              - { if: pin == "1234", goto: thanks }
            else: agent
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "?");
  }

  // --- texts and locales ---

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
        "?");
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
        "?");
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
        "?");
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
        "?");
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
        "?");
  }

  // --- variables ---

  @Test
  void variableSetOnNoPathIsReportedWithADidYouMean() {
    assertProblems(
        """
        id: line
        nodes:
          ask-pin:
            type: collect
            prompt: "Please enter your PIN."
            length: 4
            into: pin
            next: bye
          bye: { type: hangup, prompt: "Your PIN is {pni|digits}." }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "?");
  }

  @Test
  void variableUsedOnlyBeforeItIsSetIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          welcome: { type: say, prompt: "Your PIN was {pin}.", next: ask-pin }
          ask-pin:
            type: collect
            prompt: "Please enter your PIN."
            length: 4
            into: pin
            next: bye
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "?");
  }

  @Test
  void variablesSetByCollectLookupOptionAndSubflowBeforeUseAreFine() {
    assertNoProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            data: practice.data.yaml
            nodes:
              card-number:
                type: collect
                prompt: "Please enter your card number."
                length: 15
                check: luhn
                into: card
                next: find-card
              find-card:
                type: lookup
                table: cards
                match: { number: card }
                as: account
                found: delivery
                notFound: agent
              delivery:
                type: menu
                prompt: "Hello {account.holder}. For standard delivery, press 1."
                options:
                  - { digit: 1, set: { speed: standard }, goto: verify }
              verify:
                type: subflow
                flow: verify
                exits: { verified: route, failed: agent }
              route:
                type: branch
                when:
                  - { if: speed == "standard" and account.tier == "Green", goto: bye }
                else: agent
              bye: { type: hangup, prompt: "Card {card|digits}, PIN {pin|digits}. Goodbye." }
              agent: { type: transfer, queue: agents }
            queues:
              agents: { label: Care }
            """,
            "practice.data.yaml",
            PRACTICE_DATA,
            "verify.yaml",
            VERIFY_SUBFLOW));
  }

  // --- queues, collects, lookups ---

  @Test
  void undeclaredQueueIsReportedWithADidYouMean() {
    assertProblems(
        """
        id: line
        nodes:
          agent: { type: transfer, queue: agnets }
        queues:
          agents: { label: Care }
        """,
        "?");
  }

  @Test
  void collectWithAnImpossibleLengthIsReported() {
    assertLength("length: \"8-4\"", "?");
    assertLength("length: 0", "?");
    assertLength("length: 31", "?");
    assertLength("length: 1\n    check: luhn", "?");
    assertLength("length: 5\n    check: date", "?");
    assertLength("length: 12\n    check: amount", "?");
  }

  private static void assertLength(String keys, String expected) {
    assertProblems(
        """
        id: line
        nodes:
          ask:
            type: collect
            prompt: "Please enter it."
            %s
            into: entered
            next: bye
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """
            .formatted(keys),
        expected);
  }

  @Test
  void unknownCheckIsReportedWithADidYouMean() {
    assertProblems(
        """
        id: line
        nodes:
          ask:
            type: collect
            prompt: "Please enter your card number."
            length: 15
            check: lunh
            into: card
            next: bye
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "?");
  }

  @Test
  void finishKeyThatIsAlsoTheRepeatEscapeIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          ask:
            type: collect
            prompt: "Please enter your card number, then press star."
            length: 4-15
            finishKey: "*"
            into: card
            next: bye
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "?");
  }

  @Test
  void unknownTableIsReportedWithADidYouMean() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            data: practice.data.yaml
            nodes:
              ask: { type: collect, prompt: "Card?", length: 15, into: card, next: find }
              find:
                type: lookup
                table: card
                match: { number: card }
                as: account
                found: bye
                notFound: bye
              bye: { type: hangup }
              agent: { type: transfer, queue: agents }
            queues:
              agents: { label: Care }
            """,
            "practice.data.yaml",
            PRACTICE_DATA),
        "?");
  }

  @Test
  void lookupMatchingAFieldNoRecordHasIsReported() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            data: practice.data.yaml
            nodes:
              ask: { type: collect, prompt: "Card?", length: 15, into: card, next: find }
              find:
                type: lookup
                table: cards
                match: { numbr: card }
                as: account
                found: bye
                notFound: bye
              bye: { type: hangup }
              agent: { type: transfer, queue: agents }
            queues:
              agents: { label: Care }
            """,
            "practice.data.yaml",
            PRACTICE_DATA),
        "?");
  }

  @Test
  void dataFileThatIsNotBesideTheFlowIsReported() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            data: practise.data.yaml
            nodes:
              bye: { type: hangup }
            """,
            "practice.data.yaml",
            PRACTICE_DATA),
        "?");
  }

  // --- sub-flows ---

  @Test
  void callToASubflowThatDoesNotExistIsReported() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            nodes:
              check: { type: subflow, flow: verfy, exits: { verified: bye, failed: bye } }
              bye: { type: hangup }
            """,
            "verify.yaml",
            VERIFY_SUBFLOW),
        "?");
  }

  @Test
  void subflowCallMissingAnExitIsReported() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            nodes:
              check:
                type: subflow
                flow: verify
                exits: { verified: bye }
              bye: { type: hangup }
            """,
            "verify.yaml",
            VERIFY_SUBFLOW),
        "?");
  }

  @Test
  void subflowCallMappingAnExitTheSubflowDoesNotHaveIsReported() {
    assertProblems(
        Map.of(
            "line.yaml",
            """
            id: line
            nodes:
              check:
                type: subflow
                flow: verify
                exits: { verified: bye, failed: bye, faild: bye }
              bye: { type: hangup }
            """,
            "verify.yaml",
            VERIFY_SUBFLOW),
        "?");
  }

  @Test
  void returnThroughAnUndeclaredExitIsReported() {
    assertProblems(
        """
        id: line
        exits: [verified, failed]
        nodes:
          done: { type: return, exit: verifed }
        """,
        "?");
  }

  @Test
  void returnInAFlowThatIsNotASubflowIsReported() {
    assertProblems(
        """
        id: line
        nodes:
          done: { type: return, exit: verified }
        """,
        "?");
  }

  @Test
  void subflowsCallingEachOtherInACircleAreReported() {
    assertProblems(
        Map.of(
            "ping.yaml",
            """
            id: ping
            exits: [done]
            nodes:
              call-pong: { type: subflow, flow: pong, exits: { done: finish } }
              finish: { type: return, exit: done }
            """,
            "pong.yaml",
            """
            id: pong
            exits: [done]
            nodes:
              call-ping: { type: subflow, flow: ping, exits: { done: finish } }
              finish: { type: return, exit: done }
            """),
        "?",
        "?");
  }

  // --- the flow as a whole ---

  @Test
  void flowIdDifferingFromTheFileNameIsReported() {
    assertProblems(
        """
        id: hello
        nodes:
          bye: { type: hangup }
        """,
        "?");
  }

  @Test
  void branchConditionThatCannotBeReadIsReportedAtItsColumn() {
    assertProblems(
        """
        id: line
        nodes:
          ask: { type: collect, prompt: "PIN?", length: 4, into: pin, next: check }
          check:
            type: branch
            when:
              - if: pin = "1234"
                goto: bye
            else: bye
          bye: { type: hangup }
          agent: { type: transfer, queue: agents }
        queues:
          agents: { label: Care }
        """,
        "?");
  }

  // --- helpers ---

  private static List<String> problems(Map<String, String> files) {
    return FlowLoader.fromSources(files).problems().stream().map(Problem::format).toList();
  }

  private static void assertProblems(String lineYaml, String... expected) {
    assertProblems(Map.of("line.yaml", lineYaml), expected);
  }

  private static void assertProblems(Map<String, String> files, String... expected) {
    assertEquals(List.of(expected), problems(files));
  }

  private static void assertNoProblems(Map<String, String> files) {
    assertEquals(List.of(), problems(new LinkedHashMap<>(files)));
  }
}
